#include "TrainingNeeds.h"

#include "calendar/WorkCalendar.h"
#include "schema/Tables.h"
#include "storage/ServiceSupport.h"
#include "storage/Uuid.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace gd::training {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::training)
};

QString needId(const QString &name)
{
    return uuid::v5(QStringLiteral("training_needs/") + name);
}

QString orderId(const QString &workerId, const QString &need, int year)
{
    return uuid::v5(QStringLiteral("training_orders/%1/%2/%3").arg(workerId, need).arg(year));
}

// The need named, stored if it is not yet; in the caller's transaction.
Result<QString> storeNeed(Database &db, const QString &name)
{
    if (Error e = check::requiredText(QStringLiteral("need"), Text::tr("The training need"), name, kMaxNeedChars);
        e.isError())
        return e;
    const QString id = needId(name.trimmed());
    RowStore rows(db);
    if (rows.exists(tables::trainingNeeds(), id))
        return id;
    if (Status s = rows.put(tables::trainingNeeds(), id,
                            {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("active"), 1}});
        !s)
        return s.error();
    return id;
}

QPair<QString, QString> yearDays(int year)
{
    return {QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')),
            QStringLiteral("%1-12-31").arg(year, 4, 10, QLatin1Char('0'))};
}

} // namespace

Result<QList<TrainingNeed>> needs(Database &db, bool activeOnly)
{
    QList<TrainingNeed> out;
    for (const Row &r : selectRows(db, tables::trainingNeeds(), activeOnly ? QStringLiteral("active = 1") : QString(),
                                   {}, QStringLiteral("name")))
        out << TrainingNeed{r.first, r.second.value(QStringLiteral("name")).toString(),
                            r.second.value(QStringLiteral("active")).toBool()};
    // The starting list's needs show until stored (the first use stores one): ids made from the
    // names, so storing one later keeps what was picked; a retired one stays retired.
    for (const QString &name : defaultNeeds())
        if (!RowStore(db).known(tables::trainingNeeds(), needId(name)))
            out << TrainingNeed{needId(name), name, true};
    std::sort(out.begin(), out.end(), [](const TrainingNeed &a, const TrainingNeed &b) { return a.name < b.name; });
    return out;
}

Result<QString> needNamed(Database &db, const QString &name)
{
    return writeTransaction<QString>(db, Permission::RecordGridWork, [&]() -> Result<QString> {
        auto id = storeNeed(db, name);
        if (!id)
            return id;
        // A retired need named again: a supervisor brings it back; anyone else is told why it is not offered.
        auto row = RowStore(db).fetch(tables::trainingNeeds(), *id);
        if (row && !row->value(QStringLiteral("active")).toBool()) {
            if (!requirePermission(db, Permission::ScoreReviews))
                return Error::invalid(QStringLiteral("need"),
                                      Text::tr("The need %1 was retired; a supervisor can bring it back by adding it "
                                               "again.")
                                          .arg(name.trimmed()));
            if (Status s = RowStore(db).update(tables::trainingNeeds(), *id, {{QStringLiteral("active"), 1}}); !s)
                return s.error();
        }
        return id;
    });
}

Status ensureNeed(Database &db, const QString &id)
{
    if (RowStore(db).exists(tables::trainingNeeds(), id))
        return {};
    for (const QString &name : defaultNeeds())
        if (needId(name) == id && !RowStore(db).known(tables::trainingNeeds(), id))
            return Status(storeNeed(db, name).status());
    return Error::make(ErrorKind::NotFound, Text::tr("There is no such training need."));
}

Status setNeedActive(Database &db, const QString &id, bool active)
{
    return writeStatus(db, Permission::ScoreReviews, [&]() -> Status {
        if (Status known = ensureNeed(db, id); !known)
            return known;
        return RowStore(db).update(tables::trainingNeeds(), id, {{QStringLiteral("active"), active ? 1 : 0}});
    });
}

Result<QString> placeOrder(Database &db, const TrainingOrder &o)
{
    return writeTransaction<QString>(db, Permission::RecordGridWork, [&]() -> Result<QString> {
        RowStore rows(db);
        if (o.workerId.isEmpty() || !rows.exists(tables::workers(), o.workerId))
            return Error::invalid(QStringLiteral("worker_id"), Text::tr("Choose the worker who orders."));
        QString need = o.needId;
        if (need.isEmpty()) {
            auto named = storeNeed(db, o.needName);
            if (!named)
                return named.error();
            need = *named;
        } else if (Status known = ensureNeed(db, need); !known) {
            return Error::invalid(QStringLiteral("need"), known.error().message);
        }
        const QDate today = QDateTime::fromMSecsSinceEpoch(db.nowMs(), WorkCalendar::zone()).date();
        if (!o.orderedOn.isValid() || o.orderedOn.year() < 2000)
            return Error::invalid(QStringLiteral("ordered_on"), Text::tr("Give the day of the order, from 2000 on."));
        if (o.orderedOn > today)
            return Error::invalid(
                QStringLiteral("ordered_on"),
                Text::tr("The order's day %1 is still to come.").arg(o.orderedOn.toString(Qt::ISODate)));
        if (Error e = check::optionalText(QStringLiteral("note"), Text::tr("The note"), o.note, 200); e.isError())
            return e;
        const QString id = orderId(o.workerId, need, o.orderedOn.year());
        if (Status s = rows.put(tables::trainingOrders(), id,
                                {{QStringLiteral("worker_id"), o.workerId},
                                 {QStringLiteral("need_id"), need},
                                 {QStringLiteral("ordered_on"), o.orderedOn.toString(Qt::ISODate)},
                                 {QStringLiteral("note"), o.note.trimmed()}});
            !s)
            return s.error();
        return id;
    });
}

Status removeOrder(Database &db, const QString &id)
{
    return writeStatus(db, Permission::RecordGridWork, [&]() -> Status {
        if (!RowStore(db).exists(tables::trainingOrders(), id))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such training order."));
        return RowStore(db).tombstone(tables::trainingOrders(), id);
    });
}

Result<QList<TrainingOrder>> orders(Database &db, int year, const QString &communityId)
{
    const auto days = yearDays(year);
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT o.id, o.worker_id, w.name, o.need_id, n.name, o.ordered_on, o.note, coalesce(c.name, '') FROM "
        "training_orders o JOIN workers w ON w.id = o.worker_id JOIN training_needs n ON n.id = o.need_id LEFT JOIN "
        "communities c ON c.id = w.community_id WHERE o.deleted = 0 AND o.ordered_on >= ? AND o.ordered_on <= ? AND "
        "(? = '' OR w.community_id = ?) ORDER BY o.ordered_on DESC, o.id"));
    q.addBindValue(days.first);
    q.addBindValue(days.second);
    const QString community = communityId.isNull() ? QStringLiteral("") : communityId;
    q.addBindValue(community);
    q.addBindValue(community);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<TrainingOrder> out;
    while (q.next()) {
        TrainingOrder o;
        o.id = q.value(0).toString();
        o.workerId = q.value(1).toString();
        o.workerName = q.value(2).toString();
        o.needId = q.value(3).toString();
        o.needName = q.value(4).toString();
        o.orderedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        o.note = q.value(6).toString();
        o.communityName = q.value(7).toString();
        out << o;
    }
    return out;
}

Result<QList<NeedDemand>> demand(Database &db, int year)
{
    return demandBetween(db, QDate(year, 1, 1), QDate(year, 12, 31));
}

Result<QList<NeedDemand>> demandBetween(Database &db, const QDate &from, const QDate &to)
{
    const QPair<QString, QString> days{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    QSqlQuery q(db.sql());
    // Orders, then sessions and their attendances, per need: one row for each need either touches.
    q.prepare(QStringLiteral(
        "SELECT n.id, n.name, (SELECT count(*) FROM training_orders o WHERE o.need_id = n.id AND o.deleted = 0 AND "
        "o.ordered_on BETWEEN ? AND ?), (SELECT count(DISTINCT t.id) FROM training_session_needs l JOIN trainings t ON "
        "t.id = "
        "l.training_id WHERE l.need_id = n.id AND l.deleted = 0 AND t.deleted = 0 AND t.date BETWEEN ? AND ?), "
        "(SELECT count(DISTINCT a.id) FROM training_session_needs l JOIN trainings t ON t.id = l.training_id JOIN "
        "training_attendees a ON a.training_id = t.id WHERE l.need_id = n.id AND l.deleted = 0 AND t.deleted = 0 AND "
        "a.deleted = 0 AND t.date BETWEEN ? AND ?) FROM training_needs n WHERE n.deleted = 0"));
    // Each ? bound where it stands: Qt's SQLite driver refuses numbered parameters (?1).
    for (int i = 0; i < 3; ++i) {
        q.addBindValue(days.first);
        q.addBindValue(days.second);
    }
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<NeedDemand> out;
    while (q.next()) {
        NeedDemand d;
        d.needId = q.value(0).toString();
        d.needName = q.value(1).toString();
        d.orders = q.value(2).toInt();
        d.sessions = q.value(3).toInt();
        d.attendances = q.value(4).toInt();
        if (d.orders > 0 || d.sessions > 0)
            out << d;
    }
    std::sort(out.begin(), out.end(), [](const NeedDemand &a, const NeedDemand &b) {
        return a.orders != b.orders ? a.orders > b.orders : a.needName < b.needName;
    });
    return out;
}

Result<QList<CommunityDemand>> demandByCommunity(Database &db, int year)
{
    const auto days = yearDays(year);
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT coalesce(c.id, ''), coalesce(c.name, ''), n.id, n.name, count(*) FROM training_orders o JOIN workers w "
        "ON w.id = o.worker_id JOIN training_needs n ON n.id = o.need_id LEFT JOIN communities c ON c.id = "
        "w.community_id WHERE o.deleted = 0 AND o.ordered_on BETWEEN ? AND ? GROUP BY c.id, n.id ORDER BY c.name, "
        "count(*) DESC, n.name"));
    q.addBindValue(days.first);
    q.addBindValue(days.second);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<CommunityDemand> out;
    while (q.next())
        out << CommunityDemand{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toInt()};
    return out;
}

} // namespace gd::training
