#pragma once
// Volunteer teams (志愿服务队) and the kinds of service. A team belongs to a community (a grid's
// team, to that grid) with a leader and members from the people register — volunteers, building
// leaders, party members. The kinds of service are the office's editable list, started with
// volunteers::defaultKinds(); a kind's id is made from its name, so two offices adding the same
// kind keep one. Writes need Permission::RecordGridWork, one transaction each, stamped and audited.
#include "VolunteerTypes.h"
#include "storage/Result.h"

namespace gd {

class Database;

class VolunteerTeamService
{
public:
    explicit VolunteerTeamService(Database &db)
        : m_db(db)
    {}

    // Active teams by name, of a community (or every one); with their members.
    Result<QList<VolunteerTeam>> teams(const QString &communityId = {}) const;
    Result<VolunteerTeam> team(const QString &id) const;
    // Refused with the field named: no name or one too long, no community or one not in the file, a
    // grid of another community, a leader not in the register, the name taken in the community.
    Result<QString> saveTeam(const VolunteerTeam &team);
    // A member from the register who is a volunteer, a building leader or a party member; once.
    Result<QString> addMember(const QString &teamId, const QString &workerId);
    Status removeMember(const QString &memberId);

    // The kinds, active ones by name (the defaults when the office has none yet).
    Result<QList<VolunteerKind>> kinds(bool activeOnly = true) const;
    // A kind by its name: the existing one, or added (refused: no name, one too long).
    Result<QString> kindNamed(const QString &name);
    Status setKindActive(const QString &kindId, bool active);

    // Whether the register's person may serve in a team: a volunteer, a building leader or a party
    // member (the same three the 1+1+N teams draw on).
    static bool servesAsResident(const QString &kind, bool partyMember);

private:
    Database &m_db;
};

} // namespace gd
