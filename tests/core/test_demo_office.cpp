// The office a first start shows (demo/DemoOffice): the district, a year of cases with some due
// today and some overdue, every past month's star review typed in and approved (stars moved,
// payouts and the year filled), and a street office's package merged with one conflict left.
#include "demo/DemoDistrict.h"
#include "demo/DemoJoint.h"
#include "demo/DemoOffice.h"
#include "disputes/DisputeList.h"
#include "exchange/MergeConflicts.h"
#include "exchange/MergeEngine.h"
#include "joint/JointTasks.h"
#include "rating/Appeals.h"
#include "rating/MonthReview.h"
#include "rating/Payouts.h"
#include "test_case_world.h"
#include "visits/CareRegister.h"

#include <QHashSeed>
#include <QSqlQuery>
#include <QTimeZone>

using namespace gd;
using namespace gdtest;

TEST_CASE("the first-start office: a year of cases, the past months reviewed, a conflict to settle", "[demo]")
{
    TestDb t;
    // 5 December 2026, 10:00 Beijing time: eleven whole months before this one.
    t.clock->setMs(QDateTime(QDate(2026, 12, 5), QTime(10, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
    DemoOfficeOptions options;
    options.cases = 3000; // the shape of the 20,000 at a test's size
    QList<double> progress;
    options.progress = [&progress](double f) {
        progress << f;
        return true;
    };
    const Result<DemoOfficeSummary> built = DemoOffice::build(*t, options);
    INFO(built.message().toStdString());
    REQUIRE(built.ok());
    const DemoOfficeSummary &s = built.value();
    CHECK(s.district.grids == 505);
    CHECK(s.cases.cases == 3000);
    INFO(s.packageError.toStdString());
    CHECK(s.packageError.isEmpty());

    // A year of cases: received over twelve months, some open, some of them overdue.
    CHECK(s.cases.toMs - s.cases.fromMs > qint64(360) * 24 * 3600 * 1000);
    CHECK(s.cases.open > 0);
    CHECK(s.cases.overdue > 0);

    // A year of visits and patrols with the care register behind them: every case found on patrol
    // has the patrol that found it, and a few care households are late for their visit.
    CHECK(s.visits.households > 300);
    CHECK(s.visits.visits > 3000);
    CHECK(s.visits.linked > 0);
    {
        QSqlQuery q(t->sql());
        REQUIRE(
            q.exec(QStringLiteral("SELECT count(*) FROM cases WHERE proactive = 1 AND found_by_worker_id IS NOT NULL "
                                  "AND grid_id IS NOT NULL AND state <> 'merged' AND id NOT IN (SELECT case_id FROM "
                                  "visits WHERE case_id IS NOT NULL)")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        auto late = CareRegister(*t).lateByWorker();
        REQUIRE(late.ok());
        int lateHouseholds = 0;
        for (const LateCare &w : *late)
            lateHouseholds += w.late;
        CHECK(lateHouseholds > 0);
        CHECK(lateHouseholds < s.visits.households / 2);
    }

    // A year of the dispute ledger at a district's volume: most settled, some referred or withdrawn,
    // a few of the newest still open, and the last week's high-risk ones waiting for their review.
    CHECK(s.disputes.disputes > 4500);
    CHECK(s.disputes.disputes < 5500);
    CHECK(s.disputes.settled > s.disputes.disputes * 3 / 4);
    CHECK(s.disputes.sessions >= s.disputes.disputes);
    CHECK(s.disputes.awaitingReview > 0);
    {
        auto waiting = DisputeList(*t).awaitingReview();
        REQUIRE(waiting.ok());
        CHECK(waiting->size() == s.disputes.awaitingReview);
        DisputeFilter open;
        open.outcome = QStringLiteral("open");
        CHECK(DisputeList(*t).count(open).value() > 0);
        // Every dispute has its parties and its grid worker as mediator; none found on a day off.
        QSqlQuery q(t->sql());
        REQUIRE(
            q.exec(QStringLiteral("SELECT count(*) FROM disputes d WHERE (SELECT count(*) FROM dispute_parties p "
                                  "WHERE p.dispute_id = d.id) <> 2 OR NOT EXISTS (SELECT 1 FROM dispute_mediators m "
                                  "WHERE m.dispute_id = d.id AND m.kind = 'worker')")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        REQUIRE(q.exec(QStringLiteral("SELECT min((found_ms + 28800000) % 86400000), max((found_ms + 28800000) % "
                                      "86400000) FROM disputes")));
        REQUIRE(q.next());
        CHECK(q.value(0).toLongLong() >= 8 * 3600000LL + 1800000);
        CHECK(q.value(1).toLongLong() <= 17 * 3600000LL);
    }

    // A year of police–grid joint work: teams, about 3,000 activities, 600 meetings whose tasks are
    // mostly done on time, a few open past their due day.
    CHECK(s.joint.members > 0);
    CHECK(s.joint.activities > 2700);
    CHECK(s.joint.activities < 3300);
    CHECK(s.joint.meetings > 500);
    CHECK(s.joint.meetings < 700);
    CHECK(s.joint.tasks >= s.joint.meetings);
    CHECK(s.joint.tasksOpen > 0);
    CHECK(s.joint.tasksOpen < s.joint.tasks / 5);
    {
        QSqlQuery q(t->sql());
        // Every activity in a grid paired with its police grid; every task due after its meeting.
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM joint_activity_grids ag JOIN joint_activities a ON a.id = "
                                      "ag.activity_id JOIN grids g ON g.id = ag.grid_id WHERE g.police_grid_id IS NOT "
                                      "a.police_grid_id")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM joint_tasks t JOIN joint_meetings m ON m.id = t.meeting_id "
                                      "WHERE t.due_ms < m.at_ms OR (t.done_ms > 0 AND t.done_ms < m.at_ms)")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        JointTaskFilter lateOpen;
        lateOpen.openOnly = true;
        lateOpen.dueToMs = t->nowMs();
        CHECK(JointTaskService(*t).count(lateOpen).value() > 0); // on the due board
    }

    // A year of residents' councils: some adopt a rule, some settle a request.
    CHECK(s.councils.councils > 250);
    CHECK(s.councils.rules > 0);
    CHECK(s.councils.casesSettled > 0);

    // A year of volunteer service: a team per community, about 2,000 services, an hour or two each.
    CHECK(s.volunteers.teams > 0);
    CHECK(s.volunteers.members >= s.volunteers.teams);
    CHECK(s.volunteers.services > 1800);
    CHECK(s.volunteers.services < 2200);
    CHECK(s.volunteers.hours > s.volunteers.services);

    // Every whole month before December reviewed, each submitted the morning after it ended; those
    // whose public notice is over approved in order, November still on notice (until 8 December)
    // with a worker's appeal waiting for its answer.
    REQUIRE(s.approvedMonths.size() == 10);
    CHECK(s.approvedMonths.first() == QStringLiteral("2026-01"));
    CHECK(s.approvedMonths.last() == QStringLiteral("2026-10"));
    CHECK(s.onNotice == QStringLiteral("2026-11"));
    CHECK(rating::monthStatus(*t, QStringLiteral("2026-11"))->state == rating::MonthState::Submitted);
    CHECK(rating::unansweredAppeals(*rating::appeals(*t, QStringLiteral("2026-11"))) == 1);
    // Information and judgement typed in for every worker and month; the home visits counted from the visits.
    CHECK(s.entries > 11 * 400 * 2);
    for (const QString &month : s.approvedMonths) {
        auto status = rating::monthStatus(*t, month);
        REQUIRE(status.ok());
        CHECK(status->state == rating::MonthState::Approved);
    }
    CHECK(rating::monthStatus(*t, QStringLiteral("2026-12"))->state == rating::MonthState::Draft);
    // Most stay at the half-year (the spread of the full demo's 20,000 cases: test_cli_demo.cpp).
    const qint64 moved = scalar(*t, QStringLiteral("SELECT count(*) FROM rating_results WHERE month = '2026-06' AND "
                                                   "star_after <> star_before")),
                 stayed = scalar(*t, QStringLiteral("SELECT count(*) FROM rating_results WHERE month = '2026-06' "
                                                    "AND star_after = star_before"));
    CHECK(stayed > 4 * moved);
    CHECK(s.promoted + s.demoted ==
          scalar(*t, QStringLiteral("SELECT count(*) FROM rating_results WHERE star_after <> star_before")));
    // Inside the half-years no star moved but for the one veto.
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM rating_results WHERE month NOT IN ('2026-06', '2026-12') "
                                    "AND star_after <> star_before AND veto = 0")) == 0);
    // Stars moved over the year, the payouts and the year view have numbers.
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM workers WHERE star > 0 AND deleted = 0")) > 0);
    const auto payouts = rating::payouts(*t, QStringLiteral("2026-10"));
    REQUIRE(payouts.ok());
    CHECK_FALSE(payouts->isEmpty());
    const auto year = rating::yearResults(*t, 2026);
    REQUIRE(year.ok());
    CHECK(year->size() > 400);

    // One package from the street office in the ledger, its conflict open on the Exchange page.
    CHECK(s.conflicts == 1);
    auto open = exchange::openConflicts(*t);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    CHECK(open->first().field == QStringLiteral("households"));
    auto ledger = exchange::mergedPackages(*t);
    REQUIRE(ledger.ok());
    REQUIRE(ledger->size() == 1);
    CHECK(ledger->first().sourceOffice.endsWith(QStringLiteral("办事处")));

    // Progress only moves forward and ends at 1.
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(std::is_sorted(progress.begin(), progress.end()));
    CHECK(progress.last() == 1.0);
}

TEST_CASE("a cancelled first-start office leaves the file as it was", "[demo]")
{
    TestDb t;
    const qint64 audits = scalar(*t, QStringLiteral("SELECT count(*) FROM audit_log"));
    DemoOfficeOptions options;
    options.cases = 1000;
    options.progress = [](double f) { return f < 0.75; }; // during the reviews
    const Result<DemoOfficeSummary> built = DemoOffice::build(*t, options);
    REQUIRE_FALSE(built.ok());
    CHECK(built.error().isCancelled());
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM streets")) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM cases")) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM rating_entries")) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM audit_log")) == audits);
}

TEST_CASE("the grid's joint work of a demo office is the same for the same seed, run after run", "[demo]")
{
    // A hash's order follows the process's hash seed, which changes from run to run: the second
    // office is made under another seed, as the next start of the program would be.
    const auto fingerprint = [](quint64 seed) {
        TestDb t;
        t.clock->setMs(QDateTime(QDate(2026, 12, 5), QTime(10, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
        DemoOptions district;
        district.seed = 7;
        REQUIRE(DemoDistrict::generate(*t, district).ok());
        const qint64 from = t->nowMs() - 120LL * 24 * 3600 * 1000;
        REQUIRE(demojoint::generate(*t, from, t->nowMs(), seed, 600, 120).ok());
        QSqlQuery q(t->sql());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT group_concat(x, ';') FROM (SELECT p.code || a.kind || a.at_ms || a.summary AS x FROM "
            "joint_activities a JOIN police_grids p ON p.id = a.police_grid_id UNION ALL SELECT t.text || t.due_ms || "
            "t.done_ms FROM joint_tasks t ORDER BY 1)")));
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    QHashSeed::setDeterministicGlobalSeed();
    const QString first = fingerprint(11);
    CHECK(first.size() > 1000);
    QHashSeed::resetRandomGlobalSeed();
    CHECK(fingerprint(11) == first);
    CHECK(fingerprint(12) != first);
}
