#pragma once
// Police–grid joint work (警网融合) as values: a grid's 1+1+N team, the joint activities of the
// five kinds, the three-level joint meetings and their follow-up tasks, with the keys stored in
// the file and their translated names (docs/grid-work.md).
#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

// A person at an activity or a meeting: from the people register, or written by name (a
// committee member, an officer of another station).
struct JointPerson {
    QString id;
    QString workerId;
    QString name; // the register's name when workerId is set (read), else as written
};

struct JointTeamMember {
    QString id;
    QString workerId, workerName, role; // role: volunteer | building_leader | party_member
};

// The 1+1+N team of a grid: the police-grid head (its police grid's officer), the grid head, and N
// residents.
struct JointTeam {
    QString gridId, gridName;
    QString policeGridId, policeGridName, officerId, officerName;
    QString headId, headName;
    QList<JointTeamMember> members;
};

struct JointActivity {
    QString id;
    QString policeGridId;
    QString kind = QStringLiteral("patrol"); // see joint::activityKinds()
    qint64 atMs = 0;
    QString summary;    // what was done (several lines)
    QString recordedBy; // the worker who recorded it
    QString note;
    QStringList gridIds; // grids paired with the police grid, at least one
    QList<JointPerson> people;
    QStringList caseIds, disputeIds; // what it worked on, of its grids
};

struct JointTask {
    QString id;
    QString meetingId;
    QString text;
    QString ownerId, ownerName;
    qint64 dueMs = 0;  // the end of the due day (inclusive)
    qint64 doneMs = 0; // 0 while open
    QString doneNote;
    QString caseId, caseNumber; // the case it became
};

struct JointMeeting {
    QString id;
    QString level = QStringLiteral("community"); // street | community | grid
    QString streetId, communityId, gridId;       // the place at its level (and those above it)
    qint64 atMs = 0;
    QString topic;     // the agenda
    QString issues;    // the issues judged (several lines)
    QString decisions; // what was decided (several lines)
    QString note;
    QList<JointPerson> attendees;
    QList<JointTask> tasks;
};

namespace joint {
// gather 基础信息联采, mediate 矛盾纠纷联调, screen 风险隐患联排, incident 警情发案联处, patrol 治安巡防联控
QStringList activityKinds();
QString activityKindName(const QString &key);
QStringList levels(); // street, community, grid
QString levelName(const QString &key);
QStringList memberRoles(); // volunteer, building_leader, party_member
QString memberRoleName(const QString &key);

constexpr int kMaxPeople = 60;  // a meeting of a street's officers, heads and workers
constexpr int kMaxGrids = 30;   // the grids of one police grid
constexpr int kMaxLinks = 30;   // cases and disputes an activity worked on
constexpr int kMaxTasks = 30;   // follow-up tasks of one meeting
constexpr int kMaxMembers = 50; // the N of a grid's 1+1+N team
} // namespace joint

} // namespace gd
