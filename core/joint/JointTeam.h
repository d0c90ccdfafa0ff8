#pragma once
// A grid's 1+1+N team (警网融合): the police-grid head is the officer of the police grid the grid is
// paired with, the grid head is the grid's head (both kept where the organisation is edited), and
// the N residents — volunteers, building leaders, party members — are picked from the people
// register here. A member's role must fit the register: a volunteer or building leader by their
// kind, a party member by their party membership. Writes need Permission::RecordGridWork.
#include "JointTypes.h"
#include "storage/Result.h"

namespace gd {

class Database;

class JointTeamService
{
public:
    explicit JointTeamService(Database &db)
        : m_db(db)
    {}

    Result<JointTeam> team(const QString &gridId) const;
    // Refused with the field named: no such grid or worker, a role not in the list or not fitting
    // the register, the worker already on the team, the team full (joint::kMaxMembers).
    Result<QString> addMember(const QString &gridId, const QString &workerId, const QString &role);
    Status removeMember(const QString &memberId);

private:
    Database &m_db;
};

} // namespace gd
