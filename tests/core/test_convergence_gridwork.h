#pragma once
// The convergence scripts' edits of the grid's work beyond requests (visits and the care register,
// disputes, joint work, councils, volunteer service), each through its real service. Included by
// test_convergence_fixture.h after its Base and Office, whose scripts call them.
#include "councils/CouncilService.h"
#include "disputes/DisputeService.h"
#include "joint/JointActivities.h"
#include "joint/JointTasks.h"
#include "visits/CareRegister.h"
#include "visits/VisitService.h"
#include "volunteers/VolunteerServices.h"
#include "volunteers/VolunteerTeams.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace gdtest::convergence {

// A visit or patrol (a third with a photo, some to a care household of this office).
inline void recordVisit(Office &o, const Base &base, int which, QRandomGenerator &rng)
{
    Visit v;
    v.workerId = base.workers.at(which);
    v.gridId = base.grids.at(which);
    v.kind = rng.bounded(2) ? QStringLiteral("visit") : QStringLiteral("patrol");
    v.atMs = o.clock->nowMs() - 60000;
    v.place = QStringLiteral("小区北门");
    v.found = rng.bounded(2) ? QStringLiteral("井盖松动") : QString();
    if (rng.bounded(3) == 0) // a 1×1 PNG
        v.photos << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");
    if (!o.households.isEmpty() && rng.bounded(2))
        v.householdId = o.households.at(int(rng.bounded(quint32(o.households.size()))));
    if (auto id = VisitService(*o.db).record(v); id.ok()) { // refused when the grid or household is another's
        o.visits << *id;
        ++o.edits;
    }
}

// A household put on the care register, or one of this office's given another interval.
inline void editCare(Office &o, const Base &base, int which, int value)
{
    CareRegister care(*o.db);
    CareHousehold h;
    if (!o.households.isEmpty() && value > 0) {
        auto opened = care.open(o.households.at(which % o.households.size()));
        if (!opened)
            return; // deleted by a merge
        h = *opened;
        h.intervalDays = 7 * (value + 1);
    } else {
        h.gridId = base.grids.at(which);
        h.name = QStringLiteral("李秀英");
        h.kind = QStringLiteral("elderly_alone");
    }
    if (auto id = care.save(h); id.ok()) {
        if (h.id.isEmpty())
            o.households << *id;
        ++o.edits;
    }
}

inline void removeVisit(Office &o, QRandomGenerator &rng)
{
    if (o.visits.isEmpty())
        return;
    if (VisitService(*o.db).remove(o.visits.at(int(rng.bounded(quint32(o.visits.size()))))).ok())
        ++o.edits;
}

// A dispute recorded with a party and its grid worker as mediator, or one of this office's given a
// mediation session or settled.
inline void disputeWork(Office &o, const Base &base, int which, QRandomGenerator &rng)
{
    DisputeService service(*o.db);
    const qint64 at = o.clock->nowMs() - 60000;
    if (o.disputes.isEmpty() || rng.bounded(3) == 0) {
        Dispute d;
        d.gridId = base.grids.at(which);
        d.foundMs = at - 3600000;
        d.foundBy = base.workers.at(which);
        d.summary = QStringLiteral("楼上漏水");
        d.risk = rng.bounded(4) == 0 ? QStringLiteral("high") : QStringLiteral("low");
        d.parties << DisputeParty{{}, QStringLiteral("赵建国"), QStringLiteral("13900000001"), {}};
        d.mediators << DisputeMediator{{}, QStringLiteral("worker"), base.workers.at(which), {}};
        if (auto id = service.record(d); id.ok()) {
            o.disputes << *id;
            ++o.edits;
        }
        return;
    }
    const QString id = o.disputes.at(int(rng.bounded(quint32(o.disputes.size()))));
    const bool done =
        rng.bounded(2)
            ? service
                  .addSession(id, DisputeSession{{}, at, QStringLiteral("社区调解室"), QStringLiteral("continue"), {}})
                  .ok()
            : service.settle(id, at, QStringLiteral("协议：修好管道"), {}).ok();
    if (done)
        ++o.edits;
}

// Joint work: an activity of the grid's police grid, a meeting of its community with a task, or
// one of this office's given another person, or its meeting's first open task done.
inline void jointWork(Office &o, const Base &base, int which, QRandomGenerator &rng)
{
    const qint64 at = o.clock->nowMs() - 60000;
    const int roll = int(rng.bounded(4));
    if (roll == 0 || (roll == 2 && o.activities.isEmpty())) {
        JointActivity a;
        a.policeGridId = base.policeGrids.at(which);
        a.gridIds = {base.grids.at(which)};
        a.kind = joint::activityKinds().at(int(rng.bounded(5)));
        a.atMs = at;
        a.summary = QStringLiteral("联合巡逻");
        a.people << JointPerson{{}, base.workers.at(which), {}};
        if (auto id = JointActivityService(*o.db).record(a); id.ok()) {
            o.activities << *id;
            ++o.edits;
        }
    } else if (roll == 1 || (roll == 3 && o.meetings.isEmpty())) {
        JointMeeting m;
        m.level = QStringLiteral("grid");
        m.gridId = base.grids.at(which);
        m.atMs = at;
        m.topic = QStringLiteral("联席会商");
        m.tasks << JointTask{{}, {}, QStringLiteral("清理楼道"), base.workers.at(which), {}, at + 86400000, 0, {},
                             {}, {}};
        if (auto id = JointMeetingService(*o.db).record(m); id.ok()) {
            o.meetings << *id;
            ++o.edits;
        }
    } else if (roll == 2) {
        JointActivityService service(*o.db);
        auto a = service.open(o.activities.at(int(rng.bounded(quint32(o.activities.size())))));
        if (!a)
            return;
        a->people << JointPerson{{}, {}, QStringLiteral("志愿者%1").arg(rng.bounded(100))};
        if (service.edit(*a).ok())
            ++o.edits;
    } else {
        auto m = JointMeetingService(*o.db).open(o.meetings.at(int(rng.bounded(quint32(o.meetings.size())))));
        if (!m)
            return;
        for (const JointTask &t : std::as_const(m->tasks))
            if (t.doneMs == 0) {
                if (JointTaskService(*o.db).complete(t.id, at, QStringLiteral("已办结")).ok())
                    ++o.edits;
                return;
            }
    }
}

// A residents' council of the grid's community recorded, or one of this office's given another
// resolution or more attending.
inline void councilWork(Office &o, const Base &base, int which, QRandomGenerator &rng)
{
    CouncilService service(*o.db);
    if (o.councils.isEmpty() || rng.bounded(2) == 0) {
        Council c;
        c.communityId =
            text(*o.db, QStringLiteral("SELECT community_id FROM grids WHERE id = '%1'").arg(base.grids.at(which)));
        c.atMs = o.clock->nowMs() - 60000;
        c.topic = QStringLiteral("加装电梯");
        c.attendance.residents = 10;
        if (auto id = service.record(c); id.ok()) {
            o.councils << *id;
            ++o.edits;
        }
        return;
    }
    auto c = service.open(o.councils.at(int(rng.bounded(quint32(o.councils.size())))));
    if (!c)
        return;
    if (rng.bounded(2))
        c->resolution = QStringLiteral("同意加装（%1）").arg(rng.bounded(3));
    else
        c->attendance.staff += 1;
    if (service.edit(*c).ok())
        ++o.edits;
}

// A volunteer service by the grid's community team (made by whichever office first needs it: two
// offices' teams of one name stay two teams), or one of this office's given more households.
inline void volunteerWork(Office &o, const Base &base, int which, QRandomGenerator &rng)
{
    VolunteerServiceLog log(*o.db);
    if (o.services.isEmpty() || rng.bounded(2) == 0) {
        const QString community =
            text(*o.db, QStringLiteral("SELECT community_id FROM grids WHERE id = '%1'").arg(base.grids.at(which)));
        QString team;
        QSqlQuery q(o.db->sql());
        q.prepare(QStringLiteral("SELECT id FROM volunteer_teams WHERE community_id = ? AND deleted = 0 ORDER BY id "
                                 "LIMIT 1"));
        q.addBindValue(community);
        if (q.exec() && q.next())
            team = q.value(0).toString();
        if (team.isEmpty()) {
            VolunteerTeam t;
            t.name = QStringLiteral("服务队%1").arg(rng.bounded(1000));
            t.communityId = community;
            auto made = VolunteerTeamService(*o.db).saveTeam(t);
            if (!made)
                return;
            team = *made;
        }
        VolunteerService v;
        v.teamId = team;
        v.gridId = base.grids.at(which);
        v.kindName = QStringLiteral("楼道灯维修");
        v.atMs = o.clock->nowMs() - 60000;
        v.hours = 1;
        v.workerIds = {base.workers.at(which)};
        if (auto id = log.record(v); id.ok()) {
            o.services << *id;
            ++o.edits;
        }
        return;
    }
    auto v = log.open(o.services.at(int(rng.bounded(quint32(o.services.size())))));
    if (!v)
        return;
    v->households += 1;
    if (log.edit(*v).ok())
        ++o.edits;
}

} // namespace gdtest::convergence
