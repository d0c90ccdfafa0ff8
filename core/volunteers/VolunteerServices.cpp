#include "VolunteerServices.h"

#include "VolunteerTeams.h"
#include "schema/Tables.h"
#include "storage/KeysetPage.h"
#include "storage/ServiceSupport.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cmath>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::VolunteerServiceLog)
};

const char kRowSql[] =
    "SELECT s.id, coalesce(t.name, ''), coalesce(g.name, ''), coalesce(k.name, ''), substr(s.summary, 1, 80), "
    "s.at_ms, s.hours, s.households, (SELECT count(*) FROM volunteer_service_people p WHERE p.service_id = s.id AND "
    "p.deleted = 0) FROM volunteer_services s LEFT JOIN volunteer_teams t ON t.id = s.team_id LEFT JOIN grids g ON "
    "g.id = s.grid_id LEFT JOIN volunteer_kinds k ON k.id = s.kind_id";

VolunteerServiceRow rowOf(const QSqlQuery &q)
{
    VolunteerServiceRow r;
    r.id = q.value(0).toString();
    r.teamName = q.value(1).toString();
    r.gridName = q.value(2).toString();
    r.kindName = q.value(3).toString();
    r.summary = q.value(4).toString();
    r.atMs = q.value(5).toLongLong();
    r.hours = q.value(6).toDouble();
    r.households = q.value(7).toInt();
    r.servers = q.value(8).toInt();
    return r;
}

} // namespace

QString volunteerServiceWhere(const VolunteerFilter &f, QVariantList *binds)
{
    QStringList where{QStringLiteral("s.deleted = 0")};
    const auto add = [&](const QString &sql, const QVariant &value) {
        where << sql;
        *binds << value;
    };
    if (!f.gridId.isEmpty())
        add(QStringLiteral("s.grid_id = ?"), f.gridId);
    if (!f.communityId.isEmpty())
        add(QStringLiteral("s.grid_id IN (SELECT id FROM grids WHERE community_id = ?)"), f.communityId);
    if (!f.streetId.isEmpty())
        add(QStringLiteral("s.grid_id IN (SELECT sg.id FROM grids sg JOIN communities sc ON sc.id = sg.community_id "
                           "WHERE sc.street_id = ?)"),
            f.streetId);
    if (!f.teamId.isEmpty())
        add(QStringLiteral("s.team_id = ?"), f.teamId);
    if (!f.kindId.isEmpty())
        add(QStringLiteral("s.kind_id = ?"), f.kindId);
    if (!f.workerId.isEmpty())
        add(QStringLiteral("s.id IN (SELECT service_id FROM volunteer_service_people WHERE worker_id = ? AND deleted = "
                           "0)"),
            f.workerId);
    if (f.fromMs > 0)
        add(QStringLiteral("s.at_ms >= ?"), f.fromMs);
    if (f.toMs > 0)
        add(QStringLiteral("s.at_ms < ?"), f.toMs);
    return where.join(QStringLiteral(" AND "));
}

Error VolunteerServiceLog::validate(const VolunteerService &s) const
{
    RowStore rows(m_db);
    auto team = rows.fetch(tables::volunteerTeams(), s.teamId);
    if (s.teamId.isEmpty() || !team)
        return Error::invalid(QStringLiteral("team_id"), Text::tr("Choose the team that served."));
    if (s.kindId.isEmpty() || !rows.known(tables::volunteerKinds(), s.kindId))
        return Error::invalid(QStringLiteral("kind_id"), Text::tr("Choose the kind of service."));
    auto grid = rows.fetch(tables::grids(), s.gridId);
    if (s.gridId.isEmpty() || !grid)
        return Error::invalid(QStringLiteral("grid_id"), Text::tr("Choose the grid where the service was done."));
    const QString teamGrid = team->value(QStringLiteral("grid_id")).toString();
    if ((!teamGrid.isEmpty() && teamGrid != s.gridId) || grid->value(QStringLiteral("community_id")).toString() !=
                                                             team->value(QStringLiteral("community_id")).toString())
        return Error::invalid(QStringLiteral("grid_id"), Text::tr("The team serves another grid."));
    if (Error e = check::happened(QStringLiteral("at_ms"), s.atMs, m_db.nowMs(), tables::kEarliestMs,
                                  Text::tr("the service was done"));
        e.isError())
        return e;
    if (s.hours < 0.5 || s.hours > volunteers::kMaxHours || std::fmod(s.hours * 2, 1.0) != 0)
        return Error::invalid(QStringLiteral("hours"), Text::tr("Give the hours each volunteer served: 0.5 to %1, in "
                                                                "half hours.")
                                                           .arg(volunteers::kMaxHours));
    if (s.households < 0 || s.households > 10000)
        return Error::invalid(QStringLiteral("households"), Text::tr("Give the households served: 0 to 10,000."));
    if (s.workerIds.isEmpty())
        return Error::invalid(QStringLiteral("workers"), Text::tr("Name at least one volunteer who served."));
    if (s.workerIds.size() > volunteers::kMaxServers)
        return Error::invalid(QStringLiteral("workers"),
                              Text::tr("Name at most %1 volunteers.").arg(volunteers::kMaxServers));
    for (const QString &w : s.workerIds)
        if (!rows.exists(tables::workers(), w))
            return Error::invalid(QStringLiteral("workers"), Text::tr("A volunteer is not in the people register."));
    if (Error e = check::optionalText(QStringLiteral("summary"), Text::tr("What was done"), s.summary, 2000, true);
        e.isError())
        return e;
    return check::optionalText(QStringLiteral("note"), Text::tr("The note"), s.note, 2000, true);
}

QVariantMap VolunteerServiceLog::fieldsOf(const VolunteerService &s) const
{
    return {{QStringLiteral("team_id"), s.teamId},
            {QStringLiteral("grid_id"), s.gridId},
            {QStringLiteral("kind_id"), s.kindId},
            {QStringLiteral("at_ms"), s.atMs},
            {QStringLiteral("hours"), s.hours},
            {QStringLiteral("households"), s.households},
            {QStringLiteral("summary"), s.summary.trimmed()},
            {QStringLiteral("note"), s.note.trimmed()}};
}

namespace {
// The service's kind by its name, found or added in the caller's transaction: a refusal of the
// service takes the new kind back with it.
Error resolveKind(Database &db, VolunteerService *s)
{
    if (!s->kindId.isEmpty() || s->kindName.trimmed().isEmpty())
        return {};
    auto kind = VolunteerTeamService(db).kindNamed(s->kindName);
    if (!kind)
        return kind.error();
    s->kindId = *kind;
    return {};
}
} // namespace

Result<QString> VolunteerServiceLog::record(const VolunteerService &service)
{
    return writeTransaction<QString>(m_db, Permission::RecordGridWork, [&]() -> Result<QString> {
        VolunteerService s = service;
        if (Error e = resolveKind(m_db, &s); e.isError())
            return e;
        if (Error e = validate(s); e.isError())
            return e;
        auto id = RowStore(m_db).insert(tables::volunteerServices(), fieldsOf(s), s.id);
        if (!id)
            return id.error();
        if (Status st = syncLinks(m_db, tables::volunteerServicePeople(), QStringLiteral("service_id"), *id,
                                  QStringLiteral("worker_id"), s.workerIds);
            !st)
            return st.error();
        return *id;
    });
}

Status VolunteerServiceLog::edit(const VolunteerService &service)
{
    return writeStatus(m_db, Permission::RecordGridWork, [&]() -> Status {
        VolunteerService s = service;
        if (Error e = resolveKind(m_db, &s); e.isError())
            return e;
        if (!RowStore(m_db).exists(tables::volunteerServices(), s.id))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such volunteer service."));
        if (Error e = validate(s); e.isError())
            return e;
        if (Status st = RowStore(m_db).update(tables::volunteerServices(), s.id, fieldsOf(s)); !st)
            return st;
        return syncLinks(m_db, tables::volunteerServicePeople(), QStringLiteral("service_id"), s.id,
                         QStringLiteral("worker_id"), s.workerIds);
    });
}

Status VolunteerServiceLog::remove(const QString &id)
{
    return writeStatus(m_db, Permission::RecordGridWork, [&]() -> Status {
        if (!RowStore(m_db).exists(tables::volunteerServices(), id))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such volunteer service."));
        return RowStore(m_db).tombstone(tables::volunteerServices(), id);
    });
}

Result<VolunteerService> VolunteerServiceLog::open(const QString &id) const
{
    auto row = RowStore(m_db).fetch(tables::volunteerServices(), id);
    if (!row)
        return Error::make(ErrorKind::NotFound, Text::tr("There is no such volunteer service."));
    const auto text = [&row](const char *f) { return row->value(QLatin1String(f)).toString(); };
    VolunteerService s;
    s.id = id;
    s.teamId = text("team_id");
    s.gridId = text("grid_id");
    s.kindId = text("kind_id");
    s.atMs = row->value(QStringLiteral("at_ms")).toLongLong();
    s.hours = row->value(QStringLiteral("hours")).toDouble();
    s.households = row->value(QStringLiteral("households")).toInt();
    s.summary = text("summary");
    s.note = text("note");
    for (const Row &r : selectRows(m_db, tables::volunteerServicePeople(), QStringLiteral("service_id = ?"), {id},
                                   QStringLiteral("created_hlc, id")))
        s.workerIds << r.second.value(QStringLiteral("worker_id")).toString();
    return s;
}

Result<VolunteerServicePage> VolunteerServiceLog::page(const VolunteerFilter &f, int limit,
                                                       const QString &afterKey) const
{
    if (limit < 1 || limit > kMaxLimit)
        return Error::invalid(QStringLiteral("limit"),
                              Text::tr("Ask for 1 to %1 volunteer services at a time.").arg(kMaxLimit));
    QVariantList binds;
    const QString where = volunteerServiceWhere(f, &binds);
    return keyset::readPage<VolunteerServicePage>(
        m_db, QString::fromUtf8(kRowSql), where, binds, QStringLiteral("s.at_ms"), QStringLiteral("s.id"), limit,
        afterKey, rowOf, [](const VolunteerServiceRow &r) { return keyset::keyOf(r.atMs, r.id); });
}

Result<int> VolunteerServiceLog::count(const VolunteerFilter &f) const
{
    return countIn(ReadSource::of(m_db), f);
}

Result<int> VolunteerServiceLog::countIn(const ReadSource &source, const VolunteerFilter &f)
{
    QVariantList binds;
    const QString where = volunteerServiceWhere(f, &binds);
    return keyset::countRows(source, QStringLiteral("volunteer_services s"), where, binds);
}

Result<double> VolunteerServiceLog::hours(const VolunteerFilter &f) const
{
    return hoursIn(ReadSource::of(m_db), f);
}

Result<double> VolunteerServiceLog::hoursIn(const ReadSource &source, const VolunteerFilter &f)
{
    QVariantList binds;
    const QString where = volunteerServiceWhere(f, &binds);
    QSqlQuery q(source.db);
    // A service's hours once per volunteer who served in it: its hours times their number.
    q.prepare(source.statement(
        QStringLiteral("SELECT coalesce(sum(s.hours), 0) FROM volunteer_services s JOIN volunteer_service_people p ON "
                       "p.service_id = s.id AND p.deleted = 0 WHERE %1")
            .arg(where)));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (Status failed = exec(q); !failed)
        return failed.error();
    return q.next() ? q.value(0).toDouble() : 0.0;
}

Result<QList<VolunteerTotal>> VolunteerServiceLog::totals(const VolunteerFilter &f, By by) const
{
    QVariantList binds;
    const QString where = volunteerServiceWhere(f, &binds);
    // Per person: the services they served in and their hours; per team or kind: every volunteer's
    // hours summed, the households once per service.
    const QString sql =
        by == By::Person
            ? QStringLiteral("SELECT p.worker_id, coalesce(w.name, ''), count(*), sum(s.hours), sum(s.households) FROM "
                             "volunteer_services s JOIN volunteer_service_people p ON p.service_id = s.id AND "
                             "p.deleted = 0 LEFT JOIN workers w ON w.id = p.worker_id WHERE %1 GROUP BY 1, 2 ORDER BY "
                             "4 DESC, 2")
            : QStringLiteral("SELECT s.%2, coalesce(n.name, ''), count(*), sum(s.hours * (SELECT count(*) FROM "
                             "volunteer_service_people p WHERE p.service_id = s.id AND p.deleted = 0)), "
                             "sum(s.households) FROM volunteer_services s LEFT JOIN %3 n ON n.id = s.%2 WHERE %1 "
                             "GROUP BY 1, 2 ORDER BY 4 DESC, 2")
                  .arg(QStringLiteral("%1"), by == By::Team ? QStringLiteral("team_id") : QStringLiteral("kind_id"),
                       by == By::Team ? QStringLiteral("volunteer_teams") : QStringLiteral("volunteer_kinds"));
    QSqlQuery q(m_db.sql());
    q.prepare(QString(sql).replace(QLatin1String("%1"), where));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<VolunteerTotal> out;
    while (q.next())
        out << VolunteerTotal{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toDouble(),
                              q.value(4).toInt()};
    return out;
}

} // namespace gd
