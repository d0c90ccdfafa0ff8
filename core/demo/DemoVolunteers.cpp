#include "DemoVolunteers.h"

#include "DemoRows.h"
#include "storage/Uuid.h"
#include "volunteers/VolunteerTypes.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace gd::demovolunteers {

using demo::RowWriter;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// Each default kind's share of the services and what is written for it (the seed's team: 42
// stairwell lights, 9 unit doors, 12 home repairs in half a year, besides the rest).
struct Kind {
    int weight;
    const char *summary;
};
const Kind kKinds[] = {{45, "更换楼道灯"},   {10, "维修单元门闭门器"}, {14, "为独居老人维修水管"},
                       {15, "清理楼道杂物"}, {12, "陪伴独居老人聊天"}, {4, "协助社区活动"}};

} // namespace

Result<DemoVolunteersSummary> generate(Database &db, qint64 fromMs, qint64 toMs, quint64 seed, int perYear)
{
    DemoVolunteersSummary summary;
    const QString empty = QStringLiteral("");
    QRandomGenerator rng(quint32(seed * 7727 + 31));
    const QTimeZone beijing(8 * 3600);
    const qint64 nowMs = db.nowMs();
    struct Team {
        QString id, community;
        QStringList grids, members;
    };
    QList<Team> teams;
    {
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral(
                "SELECT c.id, c.name, (SELECT group_concat(g.id, '|') FROM grids g WHERE g.community_id = c.id AND "
                "g.deleted = 0 AND g.active = 1), (SELECT group_concat(DISTINCT w.id) FROM workers w WHERE "
                "w.community_id = c.id AND w.deleted = 0 AND w.kind IN ('volunteer', 'building_leader')) FROM "
                "communities c WHERE c.deleted = 0 ORDER BY c.code")))
            return Error::make(ErrorKind::Internal, q.lastError().text());
        while (q.next()) {
            Team t{uuid::v5(QStringLiteral("demo/volunteer_teams/") + q.value(0).toString()), q.value(0).toString(),
                   q.value(2).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts),
                   q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)};
            if (t.grids.isEmpty() || t.members.isEmpty())
                continue;
            t.members = t.members.mid(0, 12); // a team of a dozen at most
            teams << t;
        }
    }
    if (teams.isEmpty() || toMs <= fromMs)
        return summary;
    RowWriter kindRows(db, "volunteer_kinds", {QStringLiteral("name"), QStringLiteral("active")});
    QStringList kindIds;
    for (const QString &name : volunteers::defaultKinds()) {
        kindIds << uuid::v5(QStringLiteral("volunteer_kinds/") + name);
        if (Status s = kindRows.insert(kindIds.last(), {name, 1}); !s)
            return s.error();
    }
    RowWriter teamRows(db, "volunteer_teams",
                       {QStringLiteral("name"), QStringLiteral("community_id"), QStringLiteral("grid_id"),
                        QStringLiteral("leader_id"), QStringLiteral("note"), QStringLiteral("active")});
    RowWriter memberRows(db, "volunteer_members", {QStringLiteral("team_id"), QStringLiteral("worker_id")});
    QSqlQuery nameOf(db.sql());
    nameOf.prepare(QStringLiteral("SELECT name FROM communities WHERE id = ?"));
    for (const Team &t : std::as_const(teams)) {
        nameOf.addBindValue(t.community);
        const QString community = nameOf.exec() && nameOf.next() ? nameOf.value(0).toString() : QString();
        if (Status s = teamRows.insert(t.id, {QStringLiteral("%1“暖心”志愿服务队").arg(community), t.community,
                                              QVariant(), t.members.first(), empty, 1});
            !s)
            return s.error();
        ++summary.teams;
        for (const QString &w : t.members) {
            if (Status s =
                    memberRows.insert(uuid::v5(QStringLiteral("volunteer_members/%1/%2").arg(t.id, w)), {t.id, w});
                !s)
                return s.error();
            ++summary.members;
        }
    }
    RowWriter services(db, "volunteer_services",
                       {QStringLiteral("team_id"), QStringLiteral("grid_id"), QStringLiteral("kind_id"),
                        QStringLiteral("at_ms"), QStringLiteral("hours"), QStringLiteral("households"),
                        QStringLiteral("summary"), QStringLiteral("note")});
    RowWriter people(db, "volunteer_service_people", {QStringLiteral("service_id"), QStringLiteral("worker_id")});
    int total = 0;
    for (const Kind &k : kKinds)
        total += k.weight;
    const int count = int(double(perYear) * double(toMs - fromMs) / (365.0 * kDayMs));
    QList<qint64> times;
    for (int i = 0; i < count; ++i)
        times << fromMs + qint64(rng.generateDouble() * double(toMs - fromMs));
    std::sort(times.begin(), times.end());
    for (qint64 start : std::as_const(times)) {
        // A morning or an afternoon, weekends included: volunteers serve on their days off.
        const QDate day = QDateTime::fromMSecsSinceEpoch(start, beijing).date();
        const qint64 at = QDateTime(day, QTime(rng.bounded(2) ? 9 : 15, 0), beijing).toMSecsSinceEpoch();
        if (at > nowMs)
            continue;
        const Team &t = teams.at(int(rng.bounded(quint32(teams.size()))));
        int roll = int(rng.bounded(quint32(total))), k = 0;
        while (roll >= kKinds[k].weight)
            roll -= kKinds[k++].weight;
        const double hours = 0.5 * (2 + rng.bounded(4));
        const QString id = uuid::v7(at);
        if (Status s =
                services.insert(id, {t.id, t.grids.at(int(rng.bounded(quint32(t.grids.size())))), kindIds.at(k), at,
                                     hours, int(1 + rng.bounded(4)), QString::fromUtf8(kKinds[k].summary), empty});
            !s)
            return s.error();
        const int served = qMin(int(t.members.size()), 1 + int(rng.bounded(3)));
        const int first = int(rng.bounded(quint32(t.members.size())));
        for (int i = 0; i < served; ++i) {
            if (Status s = people.insert(uuid::v5(id + QStringLiteral("/person/%1").arg(i)),
                                         {id, t.members.at((first + i) % t.members.size())});
                !s)
                return s.error();
            summary.hours += hours;
        }
        ++summary.services;
    }
    return summary;
}

} // namespace gd::demovolunteers
