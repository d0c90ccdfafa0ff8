#include "DemoVisits.h"

#include "DemoNames.h"
#include "DemoRows.h"
#include "calendar/WorkCalendar.h"
#include "storage/Database.h"
#include "storage/Uuid.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace gd::demovisits {

using demo::pick;
using demo::RowWriter;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

const char *const kFindings[] = {"楼道灯不亮",       "楼道堆放杂物", "单元门禁损坏", "下水道返味", "外墙瓷砖松动",
                                 "健身器材螺丝松动", "井盖松动",     "路灯不亮",     "占道摆摊",   "绿化带缺株"};
const char *const kMet[] = {"户主", "老人及其子女", "老人", "租户", "楼长", "物业管家"};
const char *const kPatrolPlaces[] = {"小区北门", "小区南门", "菜市场", "健身广场", "地下车库", "幼儿园门口"};
const char *const kCareNotes[] = {"独居，腿脚不便", "子女在外地", "需定期量血压", "行动不便，需送餐", ""};

struct Grid {
    QString id, workerId;
    QList<QPair<QString, QString>> buildings; // id, name
};

struct Household {
    QString id, gridId, buildingId;
    int interval = 30;
};

} // namespace

Result<DemoVisitsSummary> generate(Database &db, qint64 fromMs, qint64 toMs, quint64 seed, int perWorkerMonth)
{
    DemoVisitsSummary summary;
    // An empty text, not NULL: the tables keep '' for a field left empty.
    const QString empty = QStringLiteral("");
    QRandomGenerator rng(quint32(seed * 48271 + 5));
    const QTimeZone beijing(8 * 3600);
    const WorkCalendar calendar = WorkCalendar::load(db);

    // The grids that have a full-time worker, with their buildings.
    QList<Grid> grids;
    QHash<QString, int> gridIndex;
    {
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral("SELECT g.id, g.worker_id FROM grids g JOIN workers w ON w.id = g.worker_id WHERE "
                                   "g.deleted = 0 AND g.active = 1 AND w.kind = 'full_time' ORDER BY g.code")))
            return Error::make(ErrorKind::Internal, q.lastError().text());
        while (q.next()) {
            gridIndex.insert(q.value(0).toString(), int(grids.size()));
            grids << Grid{q.value(0).toString(), q.value(1).toString(), {}};
        }
        if (!q.exec(QStringLiteral("SELECT grid_id, id, name FROM buildings WHERE deleted = 0 AND active = 1 ORDER BY "
                                   "grid_id, name")))
            return Error::make(ErrorKind::Internal, q.lastError().text());
        while (q.next())
            if (const auto it = gridIndex.constFind(q.value(0).toString()); it != gridIndex.constEnd())
                grids[*it].buildings << qMakePair(q.value(1).toString(), q.value(2).toString());
    }

    // The care register: one to three households a grid, registered before the period.
    RowWriter households(db, "care_households",
                         {QStringLiteral("grid_id"), QStringLiteral("building_id"), QStringLiteral("address"),
                          QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("kind"),
                          QStringLiteral("interval_days"), QStringLiteral("note"), QStringLiteral("active")});
    QHash<QString, QList<Household>> careOf; // grid → households
    for (const Grid &g : std::as_const(grids)) {
        if (g.buildings.isEmpty())
            continue;
        const int n = 1 + int(rng.bounded(3));
        for (int i = 0; i < n; ++i) {
            const auto &building = g.buildings.at(int(rng.bounded(quint32(g.buildings.size()))));
            const int roll = int(rng.bounded(100));
            const char *kind = roll < 60   ? "elderly_alone"
                               : roll < 80 ? "disabled"
                               : roll < 95 ? "difficulty"
                                           : "other";
            const int interval = roll < 20 ? 7 : roll < 60 ? 14 : 30;
            const QString name = demo::personName(rng);
            const QString phone = demo::mobile(rng);
            const QString address = QStringLiteral("%1%2单元%3")
                                        .arg(building.second)
                                        .arg(1 + rng.bounded(4))
                                        .arg((1 + rng.bounded(6)) * 100 + 1 + rng.bounded(2));
            const QString id = uuid::v5(QStringLiteral("demo/care/%1/%2").arg(g.id).arg(i));
            if (Status s = households.insert(id, {g.id, building.first, address, name, phone, QLatin1String(kind),
                                                  interval, pick(rng, kCareNotes), 1});
                !s)
                return s.error();
            careOf[g.id] << Household{id, g.id, building.first, interval};
            ++summary.households;
        }
    }

    RowWriter visits(db, "visits",
                     {QStringLiteral("worker_id"), QStringLiteral("kind"), QStringLiteral("at_ms"),
                      QStringLiteral("grid_id"), QStringLiteral("building_id"), QStringLiteral("unit"),
                      QStringLiteral("room"), QStringLiteral("place"), QStringLiteral("household_id"),
                      QStringLiteral("people_met"), QStringLiteral("found"), QStringLiteral("note"),
                      QStringLiteral("case_id")});
    const auto at = [&](const QDate &day) {
        // Between 8:30 and 17:00, Beijing time, to the minute.
        return QDateTime(day, QTime(8, 30), beijing).toMSecsSinceEpoch() + qint64(rng.bounded(510u)) * 60000;
    };
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs, beijing).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs, beijing).date();
    const qint64 nowMs = db.nowMs();
    // About perWorkerMonth visits a worker a month, on the ~21 working days: a chance a day.
    const double perDay = perWorkerMonth / 21.0;
    for (const Grid &g : std::as_const(grids)) {
        if (g.buildings.isEmpty())
            continue;
        const double level = 0.7 + 0.6 * rng.generateDouble(); // some visit more than others
        QHash<QString, qint64> lastCare;
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            if (!calendar.isWorkingDay(day))
                continue;
            // Care visits when due (one in ten forgotten, so the register has late ones).
            for (const Household &h : careOf.value(g.id)) {
                const qint64 due = lastCare.value(h.id, fromMs) + h.interval * kDayMs;
                if (QDateTime(day, QTime(12, 0), beijing).toMSecsSinceEpoch() < due || rng.bounded(10) == 0)
                    continue;
                const qint64 when = at(day);
                if (when > nowMs)
                    continue;
                if (Status s = visits.insert(uuid::v7(when),
                                             {g.workerId, QStringLiteral("visit"), when, g.id, h.buildingId, empty,
                                              empty, empty, h.id, pick(rng, kMet), empty, empty, QVariant()});
                    !s)
                    return s.error();
                lastCare.insert(h.id, when);
                ++summary.visits;
            }
            double chance = perDay * level;
            while (chance > 0) {
                if (rng.generateDouble() >= chance)
                    break;
                chance -= 1;
                const qint64 when = at(day);
                if (when > nowMs)
                    break;
                const bool patrol = rng.bounded(5) == 0;
                const auto &building = g.buildings.at(int(rng.bounded(quint32(g.buildings.size()))));
                const QString found = rng.bounded(12) == 0 ? pick(rng, kFindings) : empty;
                const QVariantList values =
                    patrol ? QVariantList{g.workerId, QStringLiteral("patrol"), when,       g.id,  QVariant(), empty,
                                          empty,      pick(rng, kPatrolPlaces), QVariant(), empty, found,      empty,
                                          QVariant()}
                           : QVariantList{g.workerId,
                                          QStringLiteral("visit"),
                                          when,
                                          g.id,
                                          building.first,
                                          QString::number(1 + rng.bounded(4)),
                                          QString::number((1 + rng.bounded(6)) * 100 + 1 + rng.bounded(2)),
                                          empty,
                                          QVariant(),
                                          pick(rng, kMet),
                                          found,
                                          empty,
                                          QVariant()};
                if (Status s = visits.insert(uuid::v7(when), values); !s)
                    return s.error();
                ++summary.visits;
            }
        }
    }

    // Each case the demo found on patrol, with the patrol that found it, a quarter of an hour before.
    QSqlQuery found(db.sql());
    if (!found.exec(
            QStringLiteral("SELECT id, found_by_worker_id, grid_id, building_id, received_ms, description FROM "
                           "cases WHERE proactive = 1 AND found_by_worker_id IS NOT NULL AND grid_id IS NOT NULL "
                           "AND deleted = 0 AND state <> 'merged' ORDER BY received_ms")))
        return Error::make(ErrorKind::Internal, found.lastError().text());
    while (found.next()) {
        const qint64 when = found.value(4).toLongLong() - 15 * 60000;
        const QVariant building = found.value(3).isNull() ? QVariant() : found.value(3);
        if (Status s =
                visits.insert(uuid::v7(when), {found.value(1), QStringLiteral("patrol"), when, found.value(2), building,
                                               empty, empty, building.isNull() ? pick(rng, kPatrolPlaces) : empty,
                                               QVariant(), empty, found.value(5), empty, found.value(0)});
            !s)
            return s.error();
        ++summary.visits;
        ++summary.linked;
    }
    return summary;
}

} // namespace gd::demovisits
