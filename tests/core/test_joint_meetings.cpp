// The three-level joint meetings and their tasks (joint/): a meeting refused by its field with
// nothing written and its place filled in above its level; a task done once, not before its
// meeting, or made a request in the meeting's area, linked both ways; the tasks counted on time as
// a brute-force pass; two offices' attendees and tasks converging, and a street's package carrying
// its own joint work only.
#include "test_joint_world.h"

#include <QRandomGenerator>

using namespace gd;
using namespace gdtest;

TEST_CASE("a joint meeting is refused by the field that is wrong, and nothing is written", "[joint]")
{
    JointWorld w;
    JointMeetingService service(*w.t);
    const auto refused = [&](const JointMeeting &m) {
        auto r = service.record(m);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Invalid);
        return r.error().field;
    };
    JointMeeting m = w.meeting();
    m.level = QStringLiteral("district");
    CHECK(refused(m) == QStringLiteral("level"));
    m = w.meeting();
    m.communityId.clear();
    CHECK(refused(m) == QStringLiteral("community_id"));
    m.level = QStringLiteral("grid");
    CHECK(refused(m) == QStringLiteral("grid_id"));
    m.level = QStringLiteral("street");
    CHECK(refused(m) == QStringLiteral("street_id"));
    m = w.meeting();
    m.atMs = w.t.clock->nowMs() + 24 * kJointHour;
    CHECK(refused(m) == QStringLiteral("at_ms"));
    m = w.meeting();
    m.topic.clear();
    CHECK(refused(m) == QStringLiteral("topic"));
    m.topic = QStringLiteral("会商\n议程");
    CHECK(refused(m) == QStringLiteral("topic"));
    m = w.meeting();
    m.attendees << JointPerson{{}, QStringLiteral("nobody"), {}};
    CHECK(refused(m) == QStringLiteral("people"));
    m = w.meeting();
    m.tasks[0].ownerId.clear();
    CHECK(refused(m) == QStringLiteral("owner_id"));
    m = w.meeting();
    m.tasks[0].dueMs = m.atMs - 24 * kJointHour;
    CHECK(refused(m) == QStringLiteral("due_ms"));
    m = w.meeting();
    m.tasks[0].text.clear();
    CHECK(refused(m) == QStringLiteral("text"));
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM joint_meetings")) == 0);
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM joint_tasks")) == 0);

    // Its place at its level, and the levels above it filled in.
    m = w.meeting();
    m.level = QStringLiteral("grid");
    m.gridId = w.grid;
    m.communityId.clear();
    const JointMeeting held = *service.open(must(service.record(m)));
    CHECK(held.communityId == w.community);
    CHECK(held.streetId == w.street);
    CHECK(held.attendees.size() == 2);
    REQUIRE(held.tasks.size() == 1);
    CHECK(held.tasks.at(0).ownerName == QStringLiteral("陈姝夷"));
    JointMeeting street = w.meeting();
    street.level = QStringLiteral("street");
    street.streetId = w.street;
    street.communityId = w.community; // dropped: a street's meeting
    const JointMeeting streets = *service.open(must(service.record(street)));
    CHECK(streets.communityId.isEmpty());
    JointMeetingFilter byCommunity;
    byCommunity.communityId = w.community;
    CHECK(service.count(byCommunity).value() == 1);
    JointMeetingFilter byStreet;
    byStreet.streetId = w.street;
    CHECK(service.count(byStreet).value() == 2);

    // Changed: the attendees kept by id, the tasks left as they are.
    JointMeeting edit = held;
    edit.topic = QStringLiteral("三月网格警网会商");
    edit.attendees.removeLast();
    REQUIRE(service.edit(edit).ok());
    const JointMeeting after = *service.open(held.id);
    CHECK(after.topic == QStringLiteral("三月网格警网会商"));
    CHECK(after.attendees.size() == 1);
    CHECK(after.attendees.at(0).id == held.attendees.at(0).id);
    CHECK(after.tasks.size() == 1);
}

TEST_CASE("a meeting's task is done once, or becomes a request in the meeting's area", "[joint]")
{
    JointWorld w;
    JointMeetingService meetings(*w.t);
    JointTaskService tasks(*w.t);
    JointMeeting m = w.meeting(48);
    JointTask second;
    second.text = QStringLiteral("排查红岛路沿街商户消防隐患");
    second.ownerId = w.officer;
    second.dueMs = JointTaskService::dueEndMs(QDate(2026, 3, 10));
    m.tasks << second;
    const JointMeeting held = *meetings.open(must(meetings.record(m)));
    REQUIRE(held.tasks.size() == 2);
    const QString first = held.tasks.at(0).id, other = held.tasks.at(1).id;

    CHECK(tasks.complete(first, m.atMs - kJointHour, {}).error().field == QStringLiteral("done_ms"));
    CHECK(tasks.complete(first, w.t.clock->nowMs() + 24 * kJointHour, {}).error().field == QStringLiteral("done_ms"));
    REQUIRE(tasks.complete(first, w.t.clock->nowMs(), QStringLiteral("已清理")).ok());
    CHECK(tasks.complete(first, w.t.clock->nowMs(), {}).error().field == QStringLiteral("done_ms"));
    CHECK(tasks.complete(QStringLiteral("none"), w.t.clock->nowMs(), {}).error().kind == ErrorKind::NotFound);

    // A request in a grid of the meeting's community, found by the task's owner; not outside it.
    Case draft;
    draft.categoryId = w.category;
    draft.requestType = QStringLiteral("report");
    draft.reporterName = QStringLiteral("孙警官");
    const QString street2 = addStreet(*w.t, QStringLiteral("370202003"), QStringLiteral("湛山街道"));
    const QString community2 = addCommunity(*w.t, street2, QStringLiteral("370202003001"), QStringLiteral("湛山社区"));
    draft.gridId =
        addGrid(*w.t, community2, QStringLiteral("370202003001001"), QStringLiteral("湛山社区第1网格"), w.worker);
    CHECK(tasks.toCase(other, draft).error().field == QStringLiteral("grid_id"));
    draft.gridId.clear(); // a community's meeting names no grid of its own
    CHECK(tasks.toCase(other, draft).error().field == QStringLiteral("grid_id"));
    const qint64 casesBefore = scalar(*w.t, QStringLiteral("SELECT count(*) FROM cases"));
    Case bad = draft;
    bad.gridId = w.unpaired;
    bad.categoryId.clear();
    REQUIRE_FALSE(tasks.toCase(other, bad).ok());
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM cases")) == casesBefore);
    draft.gridId = w.unpaired;
    const QString caseId = must(tasks.toCase(other, draft));
    auto c = CaseService(*w.t).caseById(caseId);
    REQUIRE(c.ok());
    CHECK(c->channel == QStringLiteral("patrol"));
    CHECK(c->proactive);
    CHECK(c->foundByWorkerId == w.officer);
    CHECK(c->description == QStringLiteral("排查红岛路沿街商户消防隐患"));
    const JointMeeting after = *meetings.open(held.id);
    CHECK(after.tasks.at(1).caseId == caseId);
    CHECK(after.tasks.at(1).caseNumber == c->number);
    CHECK(tasks.toCase(other, draft).error().field == QStringLiteral("case_id"));
    CHECK(meetings.page({}, 10)->rows.at(0).tasksOpen == 1);
}

TEST_CASE("meeting tasks are counted due, open and on time as a brute-force pass", "[joint]")
{
    JointWorld w;
    JointMeetingService meetings(*w.t);
    JointTaskService tasks(*w.t);
    QRandomGenerator rng(5);
    struct Made {
        QString id;
        qint64 dueMs, doneMs;
    };
    QList<Made> made;
    const QDate today(2026, 3, 2);
    for (int i = 0; i < 12; ++i) {
        JointMeeting m = w.meeting(24 * 20 + i);
        m.tasks.clear();
        for (int k = 0; k < 3; ++k) {
            JointTask t;
            t.text = QStringLiteral("任务%1-%2").arg(i).arg(k);
            t.ownerId = rng.bounded(2) ? w.worker : w.officer;
            t.dueMs = JointTaskService::dueEndMs(today.addDays(-18 + int(rng.bounded(25))));
            m.tasks << t;
        }
        const JointMeeting held = *meetings.open(must(meetings.record(m)));
        for (const JointTask &t : held.tasks) {
            qint64 done = 0;
            if (rng.bounded(3) != 0) {
                done = qMin(w.t.clock->nowMs(), t.dueMs + (qint64(rng.bounded(5)) - 2) * 24 * kJointHour);
                done = qMax(done, m.atMs);
                REQUIRE(tasks.complete(t.id, done).ok());
            }
            made << Made{t.id, t.dueMs, done};
        }
    }
    const qint64 from = JointTaskService::dueEndMs(today.addDays(-15)) + 1;
    const qint64 to = JointTaskService::dueEndMs(today.addDays(-3)) + 1;
    qint64 due = 0, onTime = 0, open = 0;
    for (const Made &m : made) {
        if (m.dueMs >= from && m.dueMs < to) {
            ++due;
            onTime += m.doneMs > 0 && m.doneMs <= m.dueMs;
        }
        open += m.doneMs == 0;
    }
    JointTaskFilter f;
    f.dueFromMs = from;
    f.dueToMs = to;
    CHECK(tasks.count(f).value() == due);
    f.onTimeOnly = true;
    CHECK(tasks.count(f).value() == onTime);
    JointTaskFilter openOnly;
    openOnly.openOnly = true;
    CHECK(tasks.count(openOnly).value() == open);
    const auto list = tasks.list(openOnly);
    REQUIRE(list->size() == open);
    for (int i = 1; i < list->size(); ++i)
        CHECK(list->at(i - 1).dueMs <= list->at(i).dueMs);
    CHECK(due > 0);
    CHECK(onTime > 0);
    CHECK(onTime < due);
}

TEST_CASE("two offices' joint work converges, and a street's package carries its own joint work only",
          "[joint][exchange]")
{
    JointWorld a;
    TestDb b;
    const QString activity = must(JointActivityService(*a.t).record(a.activity()));
    const QString meeting = must(JointMeetingService(*a.t).record(a.meeting()));
    must(JointTeamService(*a.t).addMember(a.grid, a.volunteer, QStringLiteral("volunteer")));
    send(*a.t, *b, a.t.dir.path());
    b.clock->setMs(a.t.clock->nowMs() + 1000);
    a.t.clock->advance(500);
    // Both offices add someone to the activity, a task to the meeting, and the same team member.
    JointActivity onA = *JointActivityService(*a.t).open(activity);
    onA.people << JointPerson{{}, a.head, {}};
    REQUIRE(JointActivityService(*a.t).edit(onA).ok());
    JointActivity onB = *JointActivityService(*b).open(activity);
    onB.people << JointPerson{{}, {}, QStringLiteral("王律师")};
    REQUIRE(JointActivityService(*b).edit(onB).ok());
    JointTask task;
    task.text = QStringLiteral("回访商户");
    task.ownerId = a.officer;
    task.dueMs = JointTaskService::dueEndMs(QDate(2026, 3, 9));
    must(JointTaskService(*a.t).add(meeting, task));
    task.text = QStringLiteral("张贴告示");
    must(JointTaskService(*b).add(meeting, task));
    must(JointTeamService(*a.t).addMember(a.grid, a.leader, QStringLiteral("building_leader")));
    must(JointTeamService(*b).addMember(a.grid, a.leader, QStringLiteral("building_leader")));
    send(*a.t, *b, a.t.dir.path());
    send(*b, *a.t, a.t.dir.path());
    for (Database *db : {a.t.db.get(), b.db.get()}) {
        CHECK(JointActivityService(*db).open(activity)->people.size() == 5);
        CHECK(JointMeetingService(*db).open(meeting)->tasks.size() == 3);
        CHECK(JointTeamService(*db).team(a.grid)->members.size() == 2);
    }
    CHECK(digestOf(*a.t) == digestOf(*b));

    // Another street's police grid, its activity and its street meeting stay home.
    const QString street2 = addStreet(*a.t, QStringLiteral("370202003"), QStringLiteral("湛山街道"));
    const QString community2 = addCommunity(*a.t, street2, QStringLiteral("370202003001"), QStringLiteral("湛山社区"));
    const QString worker2 = addWorker(*a.t, QStringLiteral("王晓梅"), QStringLiteral("13953200007"));
    const QString grid3 =
        addGrid(*a.t, community2, QStringLiteral("370202003001001"), QStringLiteral("湛山社区第1网格"), worker2);
    PoliceGrid pg;
    pg.streetId = street2;
    pg.code = QStringLiteral("ZS01");
    pg.name = QStringLiteral("湛山第一警格");
    const QString police2 = must(PoliceGridService(*a.t).save(pg, {grid3}));
    JointActivity theirs = a.activity();
    theirs.policeGridId = police2;
    theirs.gridIds = {grid3};
    theirs.people = {JointPerson{{}, worker2, {}}};
    must(JointActivityService(*a.t).record(theirs));
    JointMeeting theirMeeting = a.meeting();
    theirMeeting.level = QStringLiteral("street");
    theirMeeting.streetId = street2;
    theirMeeting.tasks[0].ownerId = worker2;
    must(JointMeetingService(*a.t).record(theirMeeting));
    TestDb street;
    exchange::ExportScope scope;
    scope.kind = exchange::ExportScope::Street;
    scope.code = QStringLiteral("370202002");
    send(*a.t, *street, a.t.dir.path(), false, scope);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM joint_activities")) == 1);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM joint_activity_people WHERE deleted = 0")) == 5);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM joint_meetings")) == 1);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM joint_tasks")) == 3);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM joint_team_members")) == 2);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM workers WHERE id = '%1'").arg(worker2)) == 0);
}
