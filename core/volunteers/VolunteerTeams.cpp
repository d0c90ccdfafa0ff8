#include "VolunteerTeams.h"

#include "schema/Tables.h"
#include "storage/ServiceSupport.h"
#include "storage/Uuid.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::VolunteerTeamService)
};

QString kindId(const QString &name)
{
    return uuid::v5(QStringLiteral("volunteer_kinds/") + name);
}
} // namespace

bool VolunteerTeamService::servesAsResident(const QString &kind, bool partyMember)
{
    return partyMember || kind == QLatin1String("volunteer") || kind == QLatin1String("building_leader");
}

Result<VolunteerTeam> VolunteerTeamService::team(const QString &id) const
{
    auto row = RowStore(m_db).fetch(tables::volunteerTeams(), id);
    if (!row)
        return Error::make(ErrorKind::NotFound, Text::tr("There is no such volunteer team."));
    VolunteerTeam t;
    t.id = id;
    t.name = row->value(QStringLiteral("name")).toString();
    t.communityId = row->value(QStringLiteral("community_id")).toString();
    t.gridId = row->value(QStringLiteral("grid_id")).toString();
    t.leaderId = row->value(QStringLiteral("leader_id")).toString();
    t.note = row->value(QStringLiteral("note")).toString();
    t.active = row->value(QStringLiteral("active")).toBool();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT m.id, m.worker_id, w.name FROM volunteer_members m JOIN workers w ON w.id = "
                             "m.worker_id WHERE m.team_id = ? AND m.deleted = 0 ORDER BY w.name, m.id"));
    q.addBindValue(id);
    if (Status failed = exec(q); !failed)
        return failed.error();
    while (q.next())
        t.members << VolunteerMember{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return t;
}

Result<QList<VolunteerTeam>> VolunteerTeamService::teams(const QString &communityId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM volunteer_teams WHERE deleted = 0 AND active = 1 AND (? = '' OR "
                             "community_id = ?) ORDER BY name, id"));
    q.addBindValue(communityId.isNull() ? QStringLiteral("") : communityId);
    q.addBindValue(communityId.isNull() ? QStringLiteral("") : communityId);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    QList<VolunteerTeam> out;
    for (const QString &id : std::as_const(ids)) {
        auto t = team(id);
        if (!t)
            return t.error();
        out << *t;
    }
    return out;
}

Result<QString> VolunteerTeamService::saveTeam(const VolunteerTeam &t)
{
    return writeTransaction<QString>(m_db, Permission::RecordGridWork, [&]() -> Result<QString> {
        RowStore rows(m_db);
        if (Error e = check::requiredText(QStringLiteral("name"), Text::tr("The team's name"), t.name, 50); e.isError())
            return e;
        if (t.communityId.isEmpty() || !rows.exists(tables::communities(), t.communityId))
            return Error::invalid(QStringLiteral("community_id"), Text::tr("Choose the team's community."));
        if (!t.gridId.isEmpty()) {
            auto grid = rows.fetch(tables::grids(), t.gridId);
            if (!grid || grid->value(QStringLiteral("community_id")).toString() != t.communityId)
                return Error::invalid(QStringLiteral("grid_id"), Text::tr("The grid is not in the team's community."));
        }
        if (!t.leaderId.isEmpty() && !rows.exists(tables::workers(), t.leaderId))
            return Error::invalid(QStringLiteral("leader_id"), Text::tr("The leader is not in the people register."));
        if (Error e = check::optionalText(QStringLiteral("note"), Text::tr("The note"), t.note, 2000, true);
            e.isError())
            return e;
        if (duplicateExists(m_db, tables::volunteerTeams(), QStringLiteral("name"), t.name.trimmed(), t.id,
                            QStringLiteral("community_id"), t.communityId))
            return Error::invalid(QStringLiteral("name"),
                                  Text::tr("The community has a team named %1 already.").arg(t.name.trimmed()));
        return saveRow(m_db, tables::volunteerTeams(), t.id,
                       {{QStringLiteral("name"), t.name.trimmed()},
                        {QStringLiteral("community_id"), t.communityId},
                        {QStringLiteral("grid_id"), t.gridId.isEmpty() ? QVariant() : QVariant(t.gridId)},
                        {QStringLiteral("leader_id"), t.leaderId.isEmpty() ? QVariant() : QVariant(t.leaderId)},
                        {QStringLiteral("note"), t.note.trimmed()},
                        {QStringLiteral("active"), t.active ? 1 : 0}});
    });
}

Result<QString> VolunteerTeamService::addMember(const QString &teamId, const QString &workerId)
{
    return writeTransaction<QString>(m_db, Permission::RecordGridWork, [&]() -> Result<QString> {
        RowStore rows(m_db);
        if (!rows.exists(tables::volunteerTeams(), teamId))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such volunteer team."));
        auto worker = rows.fetch(tables::workers(), workerId);
        if (workerId.isEmpty() || !worker)
            return Error::invalid(QStringLiteral("worker_id"), Text::tr("Choose the member from the people register."));
        const QString name = worker->value(QStringLiteral("name")).toString();
        if (!servesAsResident(worker->value(QStringLiteral("kind")).toString(),
                              worker->value(QStringLiteral("party_member")).toBool()))
            return Error::invalid(QStringLiteral("worker_id"),
                                  Text::tr("%1 is not a volunteer, building leader or party member in the people "
                                           "register.")
                                      .arg(name));
        const auto members = selectRows(m_db, tables::volunteerMembers(), QStringLiteral("team_id = ?"), {teamId});
        for (const Row &r : members)
            if (r.second.value(QStringLiteral("worker_id")).toString() == workerId)
                return Error::invalid(QStringLiteral("worker_id"), Text::tr("%1 is in the team already.").arg(name));
        if (members.size() >= volunteers::kMaxMembers)
            return Error::invalid(QStringLiteral("worker_id"),
                                  Text::tr("A team has at most %1 members.").arg(volunteers::kMaxMembers));
        // One row per team and person: two offices adding the same volunteer keep one member.
        const QString id = uuid::v5(QStringLiteral("volunteer_members/%1/%2").arg(teamId, workerId));
        if (Status s = rows.put(tables::volunteerMembers(), id,
                                {{QStringLiteral("team_id"), teamId}, {QStringLiteral("worker_id"), workerId}});
            !s)
            return s.error();
        return id;
    });
}

Status VolunteerTeamService::removeMember(const QString &memberId)
{
    return writeStatus(m_db, Permission::RecordGridWork, [&]() -> Status {
        if (!RowStore(m_db).exists(tables::volunteerMembers(), memberId))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such team member."));
        return RowStore(m_db).tombstone(tables::volunteerMembers(), memberId);
    });
}

Result<QList<VolunteerKind>> VolunteerTeamService::kinds(bool activeOnly) const
{
    QList<VolunteerKind> out;
    for (const Row &r : selectRows(m_db, tables::volunteerKinds(),
                                   activeOnly ? QStringLiteral("active = 1") : QString(), {}, QStringLiteral("name")))
        out << VolunteerKind{r.first, r.second.value(QStringLiteral("name")).toString(),
                             r.second.value(QStringLiteral("active")).toBool()};
    if (out.isEmpty() && selectRows(m_db, tables::volunteerKinds()).isEmpty())
        for (const QString &name : volunteers::defaultKinds())
            out << VolunteerKind{kindId(name), name, true};
    return out;
}

Result<QString> VolunteerTeamService::kindNamed(const QString &name)
{
    return writeTransaction<QString>(m_db, Permission::RecordGridWork, [&]() -> Result<QString> {
        if (Error e = check::requiredText(QStringLiteral("kind"), Text::tr("The kind of service"), name, 30);
            e.isError())
            return e;
        const QString id = kindId(name.trimmed());
        RowStore rows(m_db);
        if (rows.exists(tables::volunteerKinds(), id))
            return id;
        if (Status s = rows.put(tables::volunteerKinds(), id,
                                {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("active"), 1}});
            !s)
            return s.error();
        return id;
    });
}

Status VolunteerTeamService::setKindActive(const QString &kindId, bool active)
{
    return writeStatus(m_db, Permission::RecordGridWork, [&]() -> Status {
        if (!RowStore(m_db).known(tables::volunteerKinds(), kindId))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such kind of service."));
        return RowStore(m_db).update(tables::volunteerKinds(), kindId, {{QStringLiteral("active"), active ? 1 : 0}});
    });
}

} // namespace gd
