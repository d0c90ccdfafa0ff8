#pragma once
// Residents' councils and grid self-management committees (居民议事会 / 网格自管会) as values: a
// meeting of residents on a matter that concerns them — its topic and place, who attended counted
// by role, the positions voiced, the resolution, any rule adopted (its title and text, such as a
// building's lift-installation code) and the requests it settles (docs/grid-work.md).
#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

struct CouncilAttendance {
    int residents = 0;    // 居民代表
    int partyMembers = 0; // 党员
    int leaders = 0;      // 楼组长、网格长
    int property = 0;     // 物业
    int staff = 0;        // 社区工作者
    int others = 0;       // 其他（驻区单位、律师…）
    int total() const { return residents + partyMembers + leaders + property + staff + others; }
};

struct Council {
    QString id;
    QString kind = QStringLiteral("council"); // council | self_management
    QString communityId, gridId;              // the grid's when a grid's committee met
    qint64 atMs = 0;
    QString topic, place;
    CouncilAttendance attendance;
    QString positions;           // the views voiced (several lines)
    QString resolution;          // what was resolved (several lines)
    QString ruleTitle, ruleText; // a rule adopted, if any
    QStringList caseIds;         // the requests it settles, of the community's grids
};

namespace councils {
QStringList kinds(); // council, self_management
QString kindName(const QString &key);
// The attendance columns in the file, in CouncilAttendance's order, and their names.
QStringList roles(); // residents, party_members, leaders, property, staff, others
QString roleName(const QString &role);
int *countField(CouncilAttendance &a, const QString &role); // null for a role not in roles()
int countOf(const CouncilAttendance &a, const QString &role);

constexpr int kMaxAttendees = 10000; // per role
constexpr int kMaxCases = 30;
} // namespace councils

} // namespace gd
