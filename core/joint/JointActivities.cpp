#include "JointActivities.h"

#include "schema/Tables.h"
#include "storage/KeysetPage.h"
#include "storage/ServiceSupport.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::JointActivityService)
};

QVariant orNull(const QString &id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

QVariantMap personFields(const QString &parentColumn, const QString &parentId, const JointPerson &p)
{
    return {{parentColumn, parentId},
            {QStringLiteral("worker_id"), orNull(p.workerId)},
            {QStringLiteral("name"), p.workerId.isEmpty() ? p.name.trimmed() : QString()}};
}

const char kRowSql[] =
    "SELECT a.id, a.kind, a.police_grid_id, coalesce(p.name, ''), (SELECT group_concat(name, '、') FROM (SELECT "
    "g.name FROM joint_activity_grids ag JOIN grids g ON g.id = ag.grid_id WHERE ag.activity_id = a.id AND "
    "ag.deleted = 0 ORDER BY g.code)), substr(a.summary, 1, 80), coalesce(w.name, ''), a.at_ms, (SELECT count(*) "
    "FROM joint_activity_people jp WHERE jp.activity_id = a.id AND jp.deleted = 0), (SELECT count(*) FROM "
    "joint_activity_links jl WHERE jl.activity_id = a.id AND jl.deleted = 0) FROM joint_activities a LEFT JOIN "
    "police_grids p ON p.id = a.police_grid_id LEFT JOIN workers w ON w.id = a.recorded_by";

JointActivityRow rowOf(const QSqlQuery &q)
{
    JointActivityRow r;
    r.id = q.value(0).toString();
    r.kind = q.value(1).toString();
    r.policeGridId = q.value(2).toString();
    r.policeGridName = q.value(3).toString();
    r.grids = q.value(4).toString();
    r.summary = q.value(5).toString();
    r.recordedByName = q.value(6).toString();
    r.atMs = q.value(7).toLongLong();
    r.people = q.value(8).toInt();
    r.links = q.value(9).toInt();
    return r;
}

} // namespace

Error checkJointPeople(Database &db, const QList<JointPerson> &people)
{
    if (people.size() > joint::kMaxPeople)
        return Error::invalid(QStringLiteral("people"), Text::tr("List at most %1 people.").arg(joint::kMaxPeople));
    RowStore rows(db);
    for (int i = 0; i < people.size(); ++i) {
        const JointPerson &p = people.at(i);
        if (!p.workerId.isEmpty() && !rows.exists(tables::workers(), p.workerId))
            return Error::invalid(QStringLiteral("people"),
                                  Text::tr("Person %1 is not in the people register.").arg(i + 1));
        if (p.workerId.isEmpty() && p.name.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("people"),
                                  Text::tr("Person %1: choose them from the register or write the name.").arg(i + 1));
        if (Error e = check::optionalText(QStringLiteral("people"), Text::tr("Person %1").arg(i + 1), p.name, 50);
            e.isError())
            return e;
    }
    return {};
}

QList<JointPerson> jointPeopleOf(Database &db, const TableDef &table, const QString &parentColumn, const QString &id)
{
    QSqlQuery q(db.sql());
    // Table and column come from code (TableDef and the service), never from user text.
    q.prepare(QStringLiteral("SELECT t.id, coalesce(t.worker_id, ''), coalesce(w.name, t.name) FROM %1 t LEFT JOIN "
                             "workers w ON w.id = t.worker_id WHERE t.%2 = ? AND t.deleted = 0 ORDER BY "
                             "t.created_hlc, t.id")
                  .arg(table.name, parentColumn));
    q.addBindValue(id);
    QList<JointPerson> out;
    if (exec(q).ok())
        while (q.next())
            out << JointPerson{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return out;
}

Error JointActivityService::validate(const JointActivity &a) const
{
    RowStore rows(m_db);
    if (a.policeGridId.isEmpty() || !rows.exists(tables::policeGrids(), a.policeGridId))
        return Error::invalid(QStringLiteral("police_grid_id"), Text::tr("Choose the police grid."));
    if (!joint::activityKinds().contains(a.kind))
        return Error::invalid(QStringLiteral("kind"), Text::tr("'%1' is not a kind of joint work.").arg(a.kind));
    if (Error e = check::happened(QStringLiteral("at_ms"), a.atMs, m_db.nowMs(), tables::kEarliestMs,
                                  Text::tr("the joint work was done"));
        e.isError())
        return e;
    if (a.summary.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("summary"), Text::tr("Say what was done together."));
    if (Error e = check::optionalText(QStringLiteral("summary"), Text::tr("What was done"), a.summary, 2000, true);
        e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("note"), Text::tr("The note"), a.note, 2000, true); e.isError())
        return e;
    if (!a.recordedBy.isEmpty() && !rows.exists(tables::workers(), a.recordedBy))
        return Error::invalid(QStringLiteral("recorded_by"),
                              Text::tr("The worker who recorded it is not in the register."));
    if (a.gridIds.isEmpty())
        return Error::invalid(QStringLiteral("grids"), Text::tr("Choose at least one grid the work was done in."));
    if (a.gridIds.size() > joint::kMaxGrids)
        return Error::invalid(QStringLiteral("grids"), Text::tr("Choose at most %1 grids.").arg(joint::kMaxGrids));
    for (const QString &gridId : a.gridIds) {
        auto grid = rows.fetch(tables::grids(), gridId);
        if (!grid)
            return Error::invalid(QStringLiteral("grids"), Text::tr("There is no such grid."));
        if (grid->value(QStringLiteral("police_grid_id")).toString() != a.policeGridId)
            return Error::invalid(QStringLiteral("grids"), Text::tr("The grid %1 is not paired with the police grid.")
                                                               .arg(grid->value(QStringLiteral("name")).toString()));
    }
    if (Error e = checkJointPeople(m_db, a.people); e.isError())
        return e;
    if (a.caseIds.size() + a.disputeIds.size() > joint::kMaxLinks)
        return Error::invalid(QStringLiteral("links"),
                              Text::tr("Link at most %1 requests and disputes.").arg(joint::kMaxLinks));
    for (const auto &[table, ids, field] : {std::tuple{&tables::cases(), &a.caseIds, "case_id"},
                                            std::tuple{&tables::disputes(), &a.disputeIds, "dispute_id"}}) {
        for (const QString &id : *ids) {
            auto linked = rows.fetch(*table, id);
            if (!linked)
                return Error::invalid(QLatin1String(field), table == &tables::cases()
                                                                ? Text::tr("There is no such request.")
                                                                : Text::tr("There is no such dispute."));
            if (!a.gridIds.contains(linked->value(QStringLiteral("grid_id")).toString()))
                return Error::invalid(QLatin1String(field),
                                      table == &tables::cases()
                                          ? Text::tr("The request is not in a grid of the joint work.")
                                          : Text::tr("The dispute is not in a grid of the joint work."));
        }
    }
    return {};
}

Status JointActivityService::writeParts(const QString &id, const JointActivity &a, bool replace)
{
    const QString parent = QStringLiteral("activity_id");
    if (Status s = syncLinks(m_db, tables::jointActivityGrids(), parent, id, QStringLiteral("grid_id"), a.gridIds); !s)
        return s;
    if (Status s = syncLinks(m_db, tables::jointActivityLinks(), parent, id, QStringLiteral("case_id"), a.caseIds); !s)
        return s;
    if (Status s =
            syncLinks(m_db, tables::jointActivityLinks(), parent, id, QStringLiteral("dispute_id"), a.disputeIds);
        !s)
        return s;
    return writeChildren(
        m_db, tables::jointActivityPeople(), parent, id, a.people, replace,
        [&parent](const QString &activityId, const JointPerson &p) { return personFields(parent, activityId, p); });
}

Result<QString> JointActivityService::record(const JointActivity &a)
{
    return writeTransaction<QString>(m_db, Permission::RecordGridWork, [&]() -> Result<QString> {
        if (Error e = validate(a); e.isError())
            return e;
        auto id = RowStore(m_db).insert(tables::jointActivities(),
                                        {{QStringLiteral("police_grid_id"), a.policeGridId},
                                         {QStringLiteral("kind"), a.kind},
                                         {QStringLiteral("at_ms"), a.atMs},
                                         {QStringLiteral("summary"), a.summary.trimmed()},
                                         {QStringLiteral("recorded_by"), orNull(a.recordedBy)},
                                         {QStringLiteral("note"), a.note.trimmed()}},
                                        a.id);
        if (!id)
            return id.error();
        if (Status s = writeParts(*id, a, false); !s)
            return s.error();
        return *id;
    });
}

Status JointActivityService::edit(const JointActivity &a)
{
    return writeStatus(m_db, Permission::RecordGridWork, [&]() -> Status {
        if (!RowStore(m_db).exists(tables::jointActivities(), a.id))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such joint work."));
        if (Error e = validate(a); e.isError())
            return e;
        if (Status s = RowStore(m_db).update(tables::jointActivities(), a.id,
                                             {{QStringLiteral("police_grid_id"), a.policeGridId},
                                              {QStringLiteral("kind"), a.kind},
                                              {QStringLiteral("at_ms"), a.atMs},
                                              {QStringLiteral("summary"), a.summary.trimmed()},
                                              {QStringLiteral("recorded_by"), orNull(a.recordedBy)},
                                              {QStringLiteral("note"), a.note.trimmed()}});
            !s)
            return s;
        return writeParts(a.id, a, true);
    });
}

Status JointActivityService::remove(const QString &id)
{
    return writeStatus(m_db, Permission::RecordGridWork, [&]() -> Status {
        if (!RowStore(m_db).exists(tables::jointActivities(), id))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such joint work."));
        return RowStore(m_db).tombstone(tables::jointActivities(), id);
    });
}

Result<JointActivity> JointActivityService::open(const QString &id) const
{
    auto row = RowStore(m_db).fetch(tables::jointActivities(), id);
    if (!row)
        return Error::make(ErrorKind::NotFound, Text::tr("There is no such joint work."));
    JointActivity a;
    a.id = id;
    a.policeGridId = row->value(QStringLiteral("police_grid_id")).toString();
    a.kind = row->value(QStringLiteral("kind")).toString();
    a.atMs = row->value(QStringLiteral("at_ms")).toLongLong();
    a.summary = row->value(QStringLiteral("summary")).toString();
    a.recordedBy = row->value(QStringLiteral("recorded_by")).toString();
    a.note = row->value(QStringLiteral("note")).toString();
    const QString parent = QStringLiteral("activity_id = ?");
    for (const Row &r : selectRows(m_db, tables::jointActivityGrids(), parent, {id}, QStringLiteral("created_hlc, id")))
        a.gridIds << r.second.value(QStringLiteral("grid_id")).toString();
    for (const Row &r :
         selectRows(m_db, tables::jointActivityLinks(), parent, {id}, QStringLiteral("created_hlc, id"))) {
        if (const QString c = r.second.value(QStringLiteral("case_id")).toString(); !c.isEmpty())
            a.caseIds << c;
        if (const QString d = r.second.value(QStringLiteral("dispute_id")).toString(); !d.isEmpty())
            a.disputeIds << d;
    }
    a.people = jointPeopleOf(m_db, tables::jointActivityPeople(), QStringLiteral("activity_id"), id);
    return a;
}

QString jointActivityWhere(const JointActivityFilter &f, QVariantList *binds)
{
    QStringList where{QStringLiteral("a.deleted = 0")};
    const auto add = [&](const QString &sql, const QVariant &value) {
        where << sql;
        *binds << value;
    };
    const QString inGrids =
        QStringLiteral("EXISTS (SELECT 1 FROM joint_activity_grids pg WHERE pg.activity_id = a.id AND pg.deleted = 0 "
                       "AND pg.grid_id IN (%1))");
    if (!f.gridId.isEmpty())
        add(inGrids.arg(QStringLiteral("?")), f.gridId);
    if (!f.communityId.isEmpty())
        add(inGrids.arg(QStringLiteral("SELECT id FROM grids WHERE community_id = ?")), f.communityId);
    if (!f.streetId.isEmpty())
        add(inGrids.arg(QStringLiteral("SELECT sg.id FROM grids sg JOIN communities sc ON sc.id = sg.community_id "
                                       "WHERE sc.street_id = ?")),
            f.streetId);
    if (!f.policeGridId.isEmpty())
        add(QStringLiteral("a.police_grid_id = ?"), f.policeGridId);
    if (!f.kind.isEmpty())
        add(QStringLiteral("a.kind = ?"), f.kind);
    if (f.fromMs > 0)
        add(QStringLiteral("a.at_ms >= ?"), f.fromMs);
    if (f.toMs > 0)
        add(QStringLiteral("a.at_ms < ?"), f.toMs);
    return where.join(QStringLiteral(" AND "));
}

Result<JointActivityPage> JointActivityService::page(const JointActivityFilter &f, int limit,
                                                     const QString &afterKey) const
{
    if (limit < 1 || limit > kMaxLimit)
        return Error::invalid(QStringLiteral("limit"),
                              Text::tr("Ask for 1 to %1 joint activities at a time.").arg(kMaxLimit));
    QVariantList binds;
    const QString where = jointActivityWhere(f, &binds);
    return keyset::readPage<JointActivityPage>(
        m_db, QString::fromUtf8(kRowSql), where, binds, QStringLiteral("a.at_ms"), QStringLiteral("a.id"), limit,
        afterKey, rowOf, [](const JointActivityRow &r) { return keyset::keyOf(r.atMs, r.id); });
}

Result<int> JointActivityService::count(const JointActivityFilter &f) const
{
    return countIn(ReadSource::of(m_db), f);
}

Result<int> JointActivityService::countIn(const ReadSource &source, const JointActivityFilter &f)
{
    QVariantList binds;
    const QString where = jointActivityWhere(f, &binds);
    return keyset::countRows(source, QStringLiteral("joint_activities a"), where, binds);
}

} // namespace gd
