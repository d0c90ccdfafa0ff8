#pragma once
// An office with the grid's other work of three months (tests/core/test_grid_work_figures.cpp, and
// the hub's counts of the same rows in tests/hub/test_hub_grid_work.cpp): two streets with a grid
// each, care households, visits and patrols (some registering a case), disputes ended in every way,
// police-grid joint activities, meetings at each level with tasks done on time or late, residents'
// councils with and without a rule, and volunteer services by one or two volunteers.
#include "cases/CaseService.h"
#include "councils/CouncilService.h"
#include "disputes/DisputeService.h"
#include "joint/JointActivities.h"
#include "joint/JointTasks.h"
#include "org/PoliceGridService.h"
#include "test_exchange_fixture.h"
#include "visits/CareRegister.h"
#include "visits/VisitService.h"
#include "volunteers/VolunteerServices.h"
#include "volunteers/VolunteerTeams.h"

#include <QRandomGenerator>

namespace gdtest {

inline constexpr qint64 kDay = 24LL * 3600 * 1000;

struct WorkWorld : CaseWorld {
    QString street2Grid, worker2, street1, street2, community1, community2, police1, police2;
    WorkWorld()
    {
        street2 = addStreet(*t, QStringLiteral("370202003"), QStringLiteral("湛山街道"));
        community2 = addCommunity(*t, street2, QStringLiteral("370202003001"), QStringLiteral("湛山社区"));
        worker2 = addWorker(*t, QStringLiteral("王晓梅"), QStringLiteral("13953200007"));
        street2Grid =
            addGrid(*t, community2, QStringLiteral("370202003001001"), QStringLiteral("湛山社区第1网格"), worker2);
        street1 = text(*t, QStringLiteral("SELECT id FROM streets WHERE code = '370202002'"));
        community1 = text(*t, QStringLiteral("SELECT community_id FROM grids WHERE id = '%1'").arg(grid));
        // A police grid in each street, paired with its grid.
        for (auto [street, grid, code, out] :
             {std::tuple{street1, this->grid, "JW01", &police1}, std::tuple{street2, street2Grid, "ZS01", &police2}}) {
            gd::PoliceGrid p;
            p.streetId = street;
            p.code = QLatin1String(code);
            p.name = QLatin1String(code);
            *out = gd::PoliceGridService(*t).save(p, {grid}).value();
        }
    }
};

// Three months of the grid's work before the world's clock, drawn from `rng`.
inline void recordGridWork(WorkWorld &w, QRandomGenerator &rng)
{
    using namespace gd;
    const qint64 now = w.t.clock->nowMs();
    // A care household in each grid, visited now and then.
    QStringList households;
    for (const QString &g : {w.grid, w.street2Grid}) {
        CareHousehold h;
        h.gridId = g;
        h.name = QStringLiteral("李秀英");
        h.kind = QStringLiteral("elderly_alone");
        h.intervalDays = 7;
        households << CareRegister(*w.t).save(h).value();
    }
    VisitService visits(*w.t);
    for (int i = 0; i < 120; ++i) {
        const bool second = rng.bounded(3) == 0;
        Visit v;
        v.workerId = second ? w.worker2 : w.worker;
        v.gridId = second ? w.street2Grid : w.grid;
        v.kind = rng.bounded(4) == 0 ? QStringLiteral("patrol") : QStringLiteral("visit");
        v.atMs = now - qint64(rng.bounded(90u)) * kDay - 3600000;
        v.place = QStringLiteral("小区北门");
        if (rng.bounded(4) == 0)
            v.householdId = households.at(second ? 1 : 0);
        v.found = QStringLiteral("井盖松动");
        const QString id = visits.record(v).value();
        if (rng.bounded(8) == 0) {
            Case c = w.draft();
            c.gridId = v.gridId;
            c.buildingId.clear();
            REQUIRE(visits.registerFinding(id, c).ok());
        }
    }
    DisputeService disputes(*w.t);
    for (int i = 0; i < 80; ++i) {
        const bool second = rng.bounded(3) == 0;
        Dispute d;
        d.gridId = second ? w.street2Grid : w.grid;
        d.source = rng.bounded(3) == 0 ? QStringLiteral("report") : QStringLiteral("screening");
        d.risk = rng.bounded(5) == 0 ? QStringLiteral("high") : QStringLiteral("low");
        d.foundMs = now - qint64(20 + rng.bounded(70u)) * kDay;
        d.summary = QStringLiteral("邻里纠纷");
        d.parties << DisputeParty{{}, QStringLiteral("赵建国"), {}, {}};
        const QString id = disputes.record(d).value();
        const qint64 ended = d.foundMs + qint64(rng.bounded(19u)) * kDay;
        switch (rng.bounded(4)) {
        case 0: REQUIRE(disputes.settle(id, ended, QStringLiteral("协议"), {}).ok()); break;
        case 1: REQUIRE(disputes.refer(id, ended, QStringLiteral("court")).ok()); break;
        case 2: REQUIRE(disputes.withdraw(id, ended).ok()); break;
        default: break;
        }
    }

    // Joint work: activities of each police grid, meetings at each level, tasks done on time or not.
    JointActivityService activities(*w.t);
    JointMeetingService meetings(*w.t);
    JointTaskService tasks(*w.t);
    for (int i = 0; i < 60; ++i) {
        const bool second = rng.bounded(3) == 0;
        JointActivity a;
        a.policeGridId = second ? w.police2 : w.police1;
        a.gridIds = {second ? w.street2Grid : w.grid};
        a.kind = joint::activityKinds().at(int(rng.bounded(5)));
        a.atMs = now - qint64(rng.bounded(90u)) * kDay - 3600000;
        a.summary = QStringLiteral("联合巡逻");
        REQUIRE(activities.record(a).ok());
    }
    for (int i = 0; i < 30; ++i) {
        const bool second = rng.bounded(3) == 0;
        JointMeeting m;
        m.level = joint::levels().at(int(rng.bounded(3)));
        m.streetId = second ? w.street2 : w.street1;
        m.communityId = second ? w.community2 : w.community1;
        m.gridId = second ? w.street2Grid : w.grid;
        m.atMs = now - qint64(15 + rng.bounded(75u)) * kDay;
        m.topic = QStringLiteral("联席会商");
        for (int k = 0; k < 2; ++k) {
            JointTask t;
            t.text = QStringLiteral("任务");
            t.ownerId = second ? w.worker2 : w.worker;
            t.dueMs = m.atMs + qint64(2 + rng.bounded(10u)) * kDay;
            m.tasks << t;
        }
        const QString id = meetings.record(m).value();
        const JointMeeting held = meetings.open(id).value();
        for (const JointTask &t : held.tasks)
            if (rng.bounded(4) != 0)
                // Done up to three days early or a day late, never before the meeting nor in the future.
                REQUIRE(
                    tasks.complete(t.id, qBound(held.atMs, t.dueMs + (qint64(rng.bounded(5u)) - 3) * kDay, now)).ok());
    }

    // Residents' councils of both streets' communities, some of a grid's committee, some with a rule.
    for (int i = 0; i < 30; ++i) {
        const bool second = rng.bounded(3) == 0;
        Council c;
        c.communityId = second ? w.community2 : w.community1;
        if (rng.bounded(3) == 0) {
            c.kind = QStringLiteral("self_management");
            c.gridId = second ? w.street2Grid : w.grid;
        }
        c.atMs = now - qint64(rng.bounded(90u)) * kDay - 3600000;
        c.topic = QStringLiteral("加装电梯");
        c.attendance.residents = 5;
        if (rng.bounded(2)) {
            c.ruleTitle = QStringLiteral("规约");
            c.ruleText = QStringLiteral("三分之二同意");
        }
        REQUIRE(CouncilService(*w.t).record(c).ok());
    }
    // Volunteer services by a team of each community, in its grids, by one or two volunteers.
    QStringList servers;
    for (const char *name : {"马志愿", "牛楼长"})
        servers << addWorker(*w.t, QString::fromUtf8(name), {}, QStringLiteral("volunteer"));
    for (const auto &[community, grid] : {std::pair{w.community1, w.grid}, std::pair{w.community2, w.street2Grid}}) {
        VolunteerTeam team;
        team.name = QStringLiteral("服务队");
        team.communityId = community;
        const QString teamId = VolunteerTeamService(*w.t).saveTeam(team).value();
        const QString kind = VolunteerTeamService(*w.t).kindNamed(QStringLiteral("楼道灯维修")).value();
        for (int i = 0; i < 15; ++i) {
            VolunteerService v;
            v.teamId = teamId;
            v.gridId = grid;
            v.kindId = kind;
            v.atMs = now - qint64(rng.bounded(90u)) * kDay - 3600000;
            v.hours = 0.5 * (1 + rng.bounded(6));
            v.workerIds = rng.bounded(2) ? servers : servers.mid(0, 1);
            REQUIRE(VolunteerServiceLog(*w.t).record(v).ok());
        }
    }
}

} // namespace gdtest
