#include "JointTeam.h"

#include "schema/Tables.h"
#include "storage/ServiceSupport.h"
#include "storage/Uuid.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::JointTeamService)
};
} // namespace

Result<JointTeam> JointTeamService::team(const QString &gridId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT g.name, coalesce(p.id, ''), coalesce(p.name, ''), coalesce(p.officer_id, ''), coalesce(o.name, ''), "
        "coalesce(g.head_id, ''), coalesce(h.name, '') FROM grids g LEFT JOIN police_grids p ON p.id = "
        "g.police_grid_id AND p.deleted = 0 LEFT JOIN workers o ON o.id = p.officer_id LEFT JOIN workers h ON h.id = "
        "g.head_id WHERE g.id = ? AND g.deleted = 0"));
    q.addBindValue(gridId);
    if (Status failed = exec(q); !failed)
        return failed.error();
    if (!q.next())
        return Error::make(ErrorKind::NotFound, Text::tr("There is no such grid."));
    JointTeam t;
    t.gridId = gridId;
    t.gridName = q.value(0).toString();
    t.policeGridId = q.value(1).toString();
    t.policeGridName = q.value(2).toString();
    t.officerId = q.value(3).toString();
    t.officerName = q.value(4).toString();
    t.headId = q.value(5).toString();
    t.headName = q.value(6).toString();
    QSqlQuery m(m_db.sql());
    m.prepare(QStringLiteral("SELECT t.id, t.worker_id, w.name, t.role FROM joint_team_members t JOIN workers w ON "
                             "w.id = t.worker_id WHERE t.grid_id = ? AND t.deleted = 0 ORDER BY t.role, w.name, t.id"));
    m.addBindValue(gridId);
    if (Status failed = exec(m); !failed)
        return failed.error();
    while (m.next())
        t.members << JointTeamMember{m.value(0).toString(), m.value(1).toString(), m.value(2).toString(),
                                     m.value(3).toString()};
    return t;
}

Result<QString> JointTeamService::addMember(const QString &gridId, const QString &workerId, const QString &role)
{
    return writeTransaction<QString>(m_db, Permission::RecordGridWork, [&]() -> Result<QString> {
        RowStore rows(m_db);
        if (gridId.isEmpty() || !rows.exists(tables::grids(), gridId))
            return Error::invalid(QStringLiteral("grid_id"), Text::tr("Choose the grid whose team this is."));
        auto worker = rows.fetch(tables::workers(), workerId);
        if (workerId.isEmpty() || !worker)
            return Error::invalid(QStringLiteral("worker_id"), Text::tr("Choose the member from the people register."));
        if (!joint::memberRoles().contains(role))
            return Error::invalid(QStringLiteral("role"), Text::tr("'%1' is not a role in the team.").arg(role));
        const QString name = worker->value(QStringLiteral("name")).toString();
        const bool fits = role == QLatin1String("party_member")
                              ? worker->value(QStringLiteral("party_member")).toBool()
                              : worker->value(QStringLiteral("kind")).toString() == role;
        if (!fits)
            return Error::invalid(
                QStringLiteral("role"),
                Text::tr("%1 is not a %2 in the people register.").arg(name, joint::memberRoleName(role)));
        const auto members = selectRows(m_db, tables::jointTeamMembers(), QStringLiteral("grid_id = ?"), {gridId});
        for (const Row &r : members)
            if (r.second.value(QStringLiteral("worker_id")).toString() == workerId)
                return Error::invalid(QStringLiteral("worker_id"), Text::tr("%1 is on the team already.").arg(name));
        if (members.size() >= joint::kMaxMembers)
            return Error::invalid(QStringLiteral("worker_id"),
                                  Text::tr("A grid's team has at most %1 residents.").arg(joint::kMaxMembers));
        // One row per grid and person, so two offices adding the same resident keep one member.
        const QString id = uuid::v5(QStringLiteral("joint_team_members/%1/%2").arg(gridId, workerId));
        if (Status s = rows.put(tables::jointTeamMembers(), id,
                                {{QStringLiteral("grid_id"), gridId},
                                 {QStringLiteral("worker_id"), workerId},
                                 {QStringLiteral("role"), role}});
            !s)
            return s.error();
        return id;
    });
}

Status JointTeamService::removeMember(const QString &memberId)
{
    return writeStatus(m_db, Permission::RecordGridWork, [&]() -> Status {
        if (!RowStore(m_db).exists(tables::jointTeamMembers(), memberId))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such team member."));
        return RowStore(m_db).tombstone(tables::jointTeamMembers(), memberId);
    });
}

} // namespace gd
