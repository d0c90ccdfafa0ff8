#pragma once
// A street with a police grid paired with two grids (and a third grid not paired), its officer, the
// grid head, a volunteer, a building leader and a party member in the people register: the world
// the joint-work tests share.
#include "joint/JointActivities.h"
#include "joint/JointMeetings.h"
#include "joint/JointTasks.h"
#include "joint/JointTeam.h"
#include "org/PoliceGridService.h"
#include "people/WorkerService.h"
#include "test_exchange_fixture.h"

#include <QSqlQuery>

namespace gdtest {

constexpr qint64 kJointHour = 3600 * 1000;

struct JointWorld : CaseWorld {
    QString street, community, head, officer, volunteer, leader, partyMember, policeGrid, grid2, unpaired;
    JointWorld()
    {
        QSqlQuery q(t->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT id, street_id FROM communities LIMIT 1")));
        REQUIRE(q.next());
        community = q.value(0).toString();
        street = q.value(1).toString();
        head = addWorker(*t, QStringLiteral("刘海燕"), QStringLiteral("13953200003"), QStringLiteral("grid_head"));
        officer = addWorker(*t, QStringLiteral("孙警官"), QStringLiteral("13953200004"), QStringLiteral("police"));
        volunteer = addWorker(*t, QStringLiteral("马志愿"), {}, QStringLiteral("volunteer"), {grid});
        leader = addWorker(*t, QStringLiteral("牛楼长"), {}, QStringLiteral("building_leader"), {grid});
        gd::Worker p = *gd::WorkerService(*t).worker(
            addWorker(*t, QStringLiteral("冯党员"), QStringLiteral("13953200006"), QStringLiteral("part_time")));
        p.partyMember = true;
        partyMember = must(gd::WorkerService(*t).save(p));
        gd::Grid g = *gd::GridService(*t).grid(grid);
        g.headId = head;
        must(gd::GridService(*t).save(g));
        grid2 = addGrid(*t, community, QStringLiteral("370202002001002"), QStringLiteral("红岛路社区第2网格"), worker);
        unpaired =
            addGrid(*t, community, QStringLiteral("370202002001003"), QStringLiteral("红岛路社区第3网格"), worker);
        gd::PoliceGrid pg;
        pg.streetId = street;
        pg.code = QStringLiteral("JW01");
        pg.name = QStringLiteral("八大关第一警格");
        pg.station = QStringLiteral("八大关派出所");
        pg.officerId = officer;
        policeGrid = must(gd::PoliceGridService(*t).save(pg, {grid, grid2}));
    }
    gd::JointActivity activity(qint64 hoursAgo = 3) const
    {
        gd::JointActivity a;
        a.policeGridId = policeGrid;
        a.kind = QStringLiteral("patrol");
        a.atMs = t.clock->nowMs() - hoursAgo * kJointHour;
        a.summary = QStringLiteral("夜间联合巡逻，检查楼道消防通道");
        a.recordedBy = worker;
        a.gridIds = {grid};
        a.people << gd::JointPerson{{}, officer, {}} << gd::JointPerson{{}, volunteer, {}}
                 << gd::JointPerson{{}, {}, QStringLiteral("李调解员")};
        return a;
    }
    gd::JointMeeting meeting(qint64 hoursAgo = 2) const
    {
        gd::JointMeeting m;
        m.level = QStringLiteral("community");
        m.communityId = community;
        m.atMs = t.clock->nowMs() - hoursAgo * kJointHour;
        m.topic = QStringLiteral("三月警网联席会商");
        m.issues = QStringLiteral("书香家园电动车楼道充电");
        m.decisions = QStringLiteral("联合排查，限期清理");
        m.attendees << gd::JointPerson{{}, officer, {}} << gd::JointPerson{{}, head, {}};
        gd::JointTask task;
        task.text = QStringLiteral("清理49号楼楼道电动车");
        task.ownerId = worker;
        task.dueMs = gd::JointTaskService::dueEndMs(QDate(2026, 3, 6));
        m.tasks << task;
        return m;
    }
};

} // namespace gdtest
