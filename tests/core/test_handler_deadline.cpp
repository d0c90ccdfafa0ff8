// The handler's deadline and signing for a case (issue 16 §1): the handler's clock starts at the
// dispatch and never runs past the case's deadline; signing for it has its own limit and moves no
// deadline; only the handler's own operator signs for a case when the handler has one; a
// sign-for recorded before this rule keeps the deadline it started.
#include "access/OperatorService.h"
#include "calendar/WorkCalendar.h"
#include "cases/CaseQueries.h"
#include "cases/CaseService.h"
#include "cases/CaseWorkload.h"
#include "cases/DeadlineRules.h"
#include "cases/Timeliness.h"
#include "cases/Workflow.h"
#include "storage/Uuid.h"
#include "test_case_world.h"

using namespace gd;
using namespace gdtest;
namespace wf = gd::workflow;

namespace {

qint64 beijing(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

qint64 endOfDay(int y, int m, int d)
{
    return beijing(y, m, d, 23, 59) + 59999;
}

} // namespace

TEST_CASE("the handler's deadline runs from the dispatch, never past the case's, signing moves nothing",
          "[deadlines][cases]")
{
    CaseWorld w; // Monday 2026-03-02 10:00
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    const Case registered = service.caseById(id).value();
    CHECK(registered.dueMs == endOfDay(2026, 3, 9)); // 5 working days from the next day

    SECTION("dispatched the same day: five working days from the dispatch, which is the case's too")
    {
        w.t.clock->setMs(beijing(2026, 3, 2, 15, 0));
        const Case dispatched = service.act(id, {wf::Action::Dispatch, {}, wf::Handler{w.worker, {}}}).value();
        CHECK(dispatched.handlerDueMs == endOfDay(2026, 3, 9));
        CHECK(dispatched.signByMs == endOfDay(2026, 3, 3)); // one working day
        CHECK(dispatched.dueMs == registered.dueMs);
        // Signed two days later: no deadline moves, and the sign-for limit is done with.
        w.t.clock->setMs(beijing(2026, 3, 4, 9, 0));
        const Case signedFor = service.act(id, {wf::Action::Sign}).value();
        CHECK(signedFor.handlerDueMs == dispatched.handlerDueMs);
        CHECK(signedFor.dueMs == dispatched.dueMs);
        CHECK(signedFor.signByMs == 0);
        auto timeline = service.timeline(id);
        REQUIRE(timeline.ok());
        CHECK(std::get<wf::SignFor>(timeline->last().payload).handlerDueMs == 0);
    }
    SECTION("dispatched three days late: the handler has until the case's deadline, not five days more")
    {
        w.t.clock->setMs(beijing(2026, 3, 5, 10, 0));
        const Case dispatched = service.act(id, {wf::Action::Dispatch, {}, wf::Handler{w.worker, {}}}).value();
        CHECK(dispatched.handlerDueMs == registered.dueMs);
        CHECK(dispatched.signByMs == endOfDay(2026, 3, 6));
        // The stored row is the fold of the timeline: the dates came with the dispatch.
        REQUIRE(service.recompute(id));
        CHECK(service.caseById(id)->handlerDueMs == registered.dueMs);
    }
    SECTION("the office sets how long signing for a case may take")
    {
        DeadlineRules rules;
        rules.signDays = 3;
        w.t->setActor(Actor::system());
        REQUIRE(rules.save(*w.t).ok());
        CHECK(DeadlineRules::read(*w.t)->signDays == 3);
        const Case dispatched = service.act(id, {wf::Action::Dispatch, {}, wf::Handler{w.worker, {}}}).value();
        CHECK(dispatched.signByMs == endOfDay(2026, 3, 5));
        rules.signDays = 0;
        CHECK(rules.validate().field == QStringLiteral("sign_days"));
        rules.signDays = 6;
        CHECK(rules.validate().field == QStringLiteral("sign_days"));
    }
}

TEST_CASE("an approved extension moves the handler's deadline too, never past the case's", "[deadlines][cases]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    // Dispatched on Thursday: the handler's five days end on the case's deadline.
    w.t.clock->setMs(beijing(2026, 3, 5, 10, 0));
    REQUIRE(service.act(id, {wf::Action::Dispatch, {}, wf::Handler{w.worker, {}}}).ok());
    REQUIRE(service.act(id, {wf::Action::Sign}).ok());
    REQUIRE(
        service.act(id, {wf::Action::RequestExtension, QStringLiteral("需协调物业"), wf::ExtensionRequest{3}}).ok());
    w.t->setActor(actorAs(Role::Supervisor));
    const Case extended = service.act(id, {wf::Action::DecideExtension, {}, wf::ExtensionDecision{true, 0, 0}}).value();
    CHECK(extended.dueMs == endOfDay(2026, 3, 12));
    CHECK(extended.handlerDueMs <= extended.dueMs);
    CHECK(extended.handlerDueMs == endOfDay(2026, 3, 12));
}

TEST_CASE("only the handler's own operator signs for a case when the handler has one", "[cases][permissions]")
{
    CaseWorld w;
    CaseService service(*w.t);
    OperatorService operators(*w.t);
    must(operators.create(QStringLiteral("admin"), QStringLiteral("管理员"), Role::Admin, QStringLiteral("pass-1234")));
    const QString own = must(operators.create(QStringLiteral("chenshuyi"), QStringLiteral("陈姝夷"), Role::Staff,
                                              QStringLiteral("pass-1234")));
    must(
        operators.create(QStringLiteral("wangfang"), QStringLiteral("王芳"), Role::Staff, QStringLiteral("pass-1234")));
    must(operators.create(QStringLiteral("zhuren"), QStringLiteral("主任"), Role::Supervisor,
                          QStringLiteral("pass-1234")));
    REQUIRE(operators.linkWorker(own, w.worker).ok());
    const auto as = [&](const char *login) {
        auto a = operators.authenticate(QLatin1String(login), QStringLiteral("pass-1234"));
        REQUIRE(a.ok());
        w.t->setActor(*a);
    };
    const QString toWorker = must(service.registerCase(w.draft()));
    REQUIRE(service.act(toWorker, {wf::Action::Dispatch, {}, wf::Handler{w.worker, {}}}).ok());
    const QString toUnit = must(service.registerCase(w.draft()));
    REQUIRE(service.act(toUnit, {wf::Action::Dispatch, {}, wf::Handler{{}, w.unit}}).ok());

    for (const char *other : {"wangfang", "zhuren"}) {
        as(other);
        const auto refused = service.act(toWorker, {wf::Action::Sign});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Permission);
        CHECK(refused.message().contains(QStringLiteral("陈姝夷")));
        CHECK(refused.message().contains(QStringLiteral("chenshuyi")));
    }
    CHECK(service.caseById(toWorker)->state == QStringLiteral("dispatched")); // nothing written
    as("chenshuyi");
    CHECK(service.act(toWorker, {wf::Action::Sign}).ok());
    // A unit has no operator here: the desk records its sign-for.
    as("wangfang");
    CHECK(service.act(toUnit, {wf::Action::Sign}).ok());
}

TEST_CASE("a sign-for recorded before the handler's clock ran from the dispatch keeps its deadline", "[workflow]")
{
    Case intake;
    QList<CaseEvent> events;
    auto add = [&](const char *id, qint64 at, wf::Action action, wf::Payload payload) {
        CaseEvent e;
        e.id = QLatin1String(id);
        e.hlc = e.atMs = at;
        e.action = action;
        e.payload = payload;
        events << e;
    };
    add("r", 10, wf::Action::Register, wf::Registration{{}, 5000, {}});
    add("d", 20, wf::Action::Dispatch, wf::Handler{QStringLiteral("w"), {}}); // no dates: an old dispatch
    add("s", 30, wf::Action::Sign, wf::SignFor{4000});
    const wf::Folded f = wf::fold(intake, events);
    CHECK(f.c.handlerDueMs == 4000);
    CHECK(f.c.signByMs == 0);
    CHECK(f.c.dueMs == 5000);
}

TEST_CASE("the due board and the case list count the cases not signed for in time", "[deadlines][workload]")
{
    CaseWorld w; // Monday 2026-03-02 10:00
    CaseService service(*w.t);
    const QString late = must(service.registerCase(w.draft()));
    REQUIRE(service.act(late, {wf::Action::Dispatch, {}, wf::Handler{{}, w.unit}}).ok());
    const QString taken = must(service.registerCase(w.draft()));
    REQUIRE(service.act(taken, {wf::Action::Dispatch, {}, wf::Handler{{}, w.unit}}).ok());
    REQUIRE(service.act(taken, {wf::Action::Sign}).ok());
    const auto boardAt = [&](qint64 now) {
        auto board = CaseWorkload(*w.t).load(now);
        REQUIRE(board.ok());
        return *board;
    };
    // By the end of Tuesday the unit may still sign; on Wednesday morning it is late.
    CHECK(boardAt(endOfDay(2026, 3, 3)).total.lateToSign == 0);
    const Workload wednesday = boardAt(beijing(2026, 3, 4, 8, 0));
    CHECK(wednesday.total.lateToSign == 1);
    CHECK(wednesday.handlers.first().lateToSign == 1);
    CHECK(timeliness::lateToSign(QStringLiteral("dispatched"), service.caseById(late)->signByMs,
                                 beijing(2026, 3, 4, 8, 0)));
    bool ok = false;
    CaseFilter f = CaseWorkload::filterFor(wednesday.handlers.first(), QStringLiteral("late_sign"), &ok);
    REQUIRE(ok);
    f.nowMs = beijing(2026, 3, 4, 8, 0);
    auto page = CaseQueries(*w.t).page(f, 50);
    REQUIRE(page.ok());
    REQUIRE(page->rows.size() == 1);
    CHECK(page->rows.first().id == late);
}

TEST_CASE("an extension is asked before the deadline, after it only a supervisor asks, marked late",
          "[deadlines][cases]")
{
    CaseWorld w; // Monday 2026-03-02 10:00; due Monday 2026-03-09
    CaseService service(*w.t);
    const Actor staff = actorAs(Role::Staff), supervisor = actorAs(Role::Supervisor);
    const auto dispatched = [&]() {
        w.t->setActor(Actor::system());
        const QString id = must(service.registerCase(w.draft()));
        REQUIRE(service.act(id, {wf::Action::Dispatch, {}, wf::Handler{{}, w.unit}}).ok());
        REQUIRE(service.act(id, {wf::Action::Sign}).ok());
        return id;
    };
    const auto lastRequest = [&](const QString &id) {
        auto timeline = service.timeline(id);
        REQUIRE(timeline.ok());
        return std::get<wf::ExtensionRequest>(timeline->last().payload);
    };

    const QString early = dispatched(), overdue = dispatched();
    w.t->setActor(staff);
    w.t.clock->setMs(beijing(2026, 3, 6, 10, 0));
    // What the caller says about lateness is not taken: the service decides it.
    REQUIRE(service.act(early, {wf::Action::RequestExtension, QStringLiteral("需协调"), wf::ExtensionRequest{3, true}})
                .ok());
    CHECK_FALSE(lastRequest(early).late);

    w.t.clock->setMs(beijing(2026, 3, 10, 9, 0)); // the day after the deadline
    const auto refused =
        service.act(overdue, {wf::Action::RequestExtension, QStringLiteral("忘了申请"), wf::ExtensionRequest{3}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Permission);
    CHECK(refused.message().contains(QStringLiteral("2026-03-09")));
    w.t->setActor(supervisor);
    CHECK(service.act(overdue, {wf::Action::RequestExtension, {}, wf::ExtensionRequest{3}}).error().field ==
          QStringLiteral("note")); // the reason
    REQUIRE(service
                .act(overdue, {wf::Action::RequestExtension, QStringLiteral("物业配合延误，经主任同意"),
                               wf::ExtensionRequest{3}})
                .ok());
    CHECK(lastRequest(overdue).late);
}

TEST_CASE("a reopened case is judged against a new deadline from the reopening, the first completion stays",
          "[deadlines][cases]")
{
    CaseWorld w; // Monday 2026-03-02 10:00; due Monday 2026-03-09
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    REQUIRE(service.act(id, {wf::Action::Dispatch, {}, wf::Handler{{}, w.unit}}).ok());
    REQUIRE(service.act(id, {wf::Action::Sign}).ok());
    w.t.clock->setMs(beijing(2026, 3, 11, 10, 0)); // completed two days late
    const Case first = service.act(id, {wf::Action::Complete, QStringLiteral("已处理")}).value();
    CHECK_FALSE(timeliness::onTime(first.completedMs, first.dueMs));
    REQUIRE(
        service.act(id, {wf::Action::Callback, {}, wf::CallbackOutcome{QStringLiteral("dissatisfied"), false}}).ok());
    w.t.clock->setMs(beijing(2026, 3, 12, 9, 0));
    const Case reopened = service.act(id, {wf::Action::Reopen, QStringLiteral("居民反映未修好")}).value();
    CHECK(reopened.dueMs == endOfDay(2026, 3, 19)); // five working days from the reopening
    CHECK(reopened.handlerDueMs == reopened.dueMs);
    w.t.clock->setMs(beijing(2026, 3, 16, 9, 0));
    const Case second = service.act(id, {wf::Action::Complete, QStringLiteral("更换管件")}).value();
    CHECK(timeliness::onTime(second.completedMs, second.dueMs));
    // The first completion is still on the timeline, with the deadline it missed before it.
    auto timeline = service.timeline(id);
    REQUIRE(timeline.ok());
    int completions = 0;
    for (const CaseEvent &e : *timeline)
        completions += e.action == wf::Action::Complete ? 1 : 0;
    CHECK(completions == 2);
    // The stored row is the fold of the timeline.
    REQUIRE(service.recompute(id));
    CHECK(service.caseById(id)->dueMs == reopened.dueMs);
}

TEST_CASE("each category is routed by its own rule: telecom and billing are not due in 24 hours", "[deadlines][cases]")
{
    CaseWorld w; // Monday 2026-03-02 10:00
    CaseService service(*w.t);
    const auto dueFor = [&](const char *code) {
        Case c = w.draft();
        c.categoryId = uuid::v5(QStringLiteral("categories/") + QLatin1String(code));
        return service.caseById(must(service.registerCase(c)))->dueMs;
    };
    const qint64 in24h = beijing(2026, 3, 3, 10, 0);
    CHECK(dueFor("0704") == in24h); // heating failure: a utility outage
    CHECK(dueFor("0701") == in24h);
    CHECK(dueFor("0705") == endOfDay(2026, 3, 9)); // telecom, under utilities: five working days
    CHECK(dueFor("0706") == endOfDay(2026, 3, 9)); // a billing question
    CHECK(dueFor("07") == in24h);                  // the branch itself keeps its own route
}

TEST_CASE("a completed case is called back by the next working day, the due board queues the callbacks",
          "[deadlines][workload]")
{
    CaseWorld w; // Monday 2026-03-02 10:00
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    REQUIRE(service.act(id, {wf::Action::Dispatch, {}, wf::Handler{{}, w.unit}}).ok());
    REQUIRE(service.act(id, {wf::Action::Sign}).ok());
    w.t.clock->setMs(beijing(2026, 3, 6, 16, 0)); // Friday
    const Case done = service.act(id, {wf::Action::Complete, QStringLiteral("已修复")}).value();
    CHECK(done.callbackDueMs == endOfDay(2026, 3, 9)); // the next working day: Monday
    const auto boardAt = [&](qint64 now) {
        auto board = CaseWorkload(*w.t).load(now);
        REQUIRE(board.ok());
        return *board;
    };
    CHECK(boardAt(beijing(2026, 3, 9, 12, 0)).callbacksWaiting == 1);
    CHECK(boardAt(beijing(2026, 3, 9, 12, 0)).callbacksOverdue == 0);
    const qint64 tuesday = beijing(2026, 3, 10, 9, 0);
    CHECK(boardAt(tuesday).callbacksOverdue == 1);
    CHECK(timeliness::callbackOverdue(QStringLiteral("completed"), done.callbackDueMs, tuesday));
    for (const char *due : {"callback", "callback_overdue"}) {
        CaseFilter f;
        f.due = QLatin1String(due);
        f.nowMs = tuesday;
        auto page = CaseQueries(*w.t).page(f, 50);
        REQUIRE(page.ok());
        REQUIRE(page->rows.size() == 1);
        CHECK(page->rows.first().id == id);
    }
    // Called back: out of the queue, and the row is the fold of the timeline.
    w.t.clock->setMs(tuesday);
    const Case called =
        service.act(id, {wf::Action::Callback, {}, wf::CallbackOutcome{QStringLiteral("satisfied"), true}}).value();
    CHECK(called.callbackDueMs == 0);
    CHECK(boardAt(tuesday).callbacksWaiting == 0);
    REQUIRE(service.recompute(id));
    CHECK(service.caseById(id)->callbackDueMs == 0);
}

TEST_CASE("the callback queue lists the earliest callback deadline first, page after page", "[deadlines][workload]")
{
    CaseWorld w; // Monday 2026-03-02 10:00
    CaseService service(*w.t);
    // Five cases completed on different days (their callback deadlines differ), received in the
    // opposite order, so the received order and the callback order disagree.
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        Case d = w.draft();
        d.receivedMs = beijing(2026, 3, 2, 9, 50 - i);
        ids << must(service.registerCase(d));
        REQUIRE(service.act(ids.last(), {wf::Action::Dispatch, {}, wf::Handler{{}, w.unit}}).ok());
        REQUIRE(service.act(ids.last(), {wf::Action::Sign}).ok());
    }
    // Completed as the days go by (the clock never runs back), in an order of their own.
    const int completed[][2] = {{1, 2}, {3, 3}, {4, 3}, {2, 4}, {0, 5}}; // case, day in March 2026
    for (const auto &c : completed) {
        w.t.clock->setMs(beijing(2026, 3, c[1], 15, c[0]));
        REQUIRE(service.act(ids.at(c[0]), {wf::Action::Complete, QStringLiteral("已处理")}).ok());
    }
    // The oracle: every case's callback deadline, then its id.
    QList<QPair<qint64, QString>> expected;
    for (const QString &id : ids)
        expected << qMakePair(service.caseById(id)->callbackDueMs, id);
    std::sort(expected.begin(), expected.end());

    CaseFilter f;
    f.due = QStringLiteral("callback");
    f.sort = CaseSort::CallbackDueAsc;
    f.nowMs = beijing(2026, 3, 5, 16, 0);
    QStringList listed;
    QString key;
    do { // two at a time: the key carries the order across pages
        auto page = CaseQueries(*w.t).page(f, 2, key);
        REQUIRE(page.ok());
        for (const CaseRow &r : page->rows) {
            listed << r.id;
            CHECK(r.callbackDueMs == service.caseById(r.id)->callbackDueMs);
        }
        key = page->nextKey;
    } while (!key.isEmpty());
    QStringList order;
    for (const auto &e : expected)
        order << e.second;
    CHECK(listed == order);
    CHECK(CaseQueries::sortKeys().contains(QStringLiteral("callback_due")));

    // Only the callback queue has that order: another list is refused with the field named.
    CaseFilter all;
    all.sort = CaseSort::CallbackDueAsc;
    auto refused = CaseQueries(*w.t).page(all, 10);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("sort"));
}
