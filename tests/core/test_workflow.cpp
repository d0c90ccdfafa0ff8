// The workflow rules on their own: guards (state, role, note, details) and the fold of events.
// Events and steps are written here in their stored form (key and JSON) and read through
// EventPayload, as the program reads what another office's package brought.
#include "cases/EventPayload.h"
#include "cases/Workflow.h"

#include <catch2/catch.hpp>

using namespace gd;
using namespace gd::workflow;

namespace {

Actor as(Role role)
{
    Actor a;
    a.operatorId = QStringLiteral("op");
    a.login = QStringLiteral("op");
    a.displayName = QStringLiteral("测试");
    a.role = role;
    a.signedIn = true;
    return a;
}

Action actionOf(const char *key)
{
    const std::optional<Action> a = actionFromKey(QString::fromLatin1(key));
    REQUIRE(a.has_value());
    return *a;
}

CaseEvent ev(const char *key, qint64 hlc, const QJsonObject &data = {})
{
    CaseEvent e;
    e.id = QStringLiteral("e%1").arg(hlc, 4, 10, QLatin1Char('0'));
    e.hlc = hlc;
    e.atMs = 1000 * hlc;
    e.action = actionOf(key);
    e.payload = decode(e.action, data);
    return e;
}

Step st(const char *key, const QString &note = {}, const QJsonObject &data = {})
{
    const Action a = actionOf(key);
    return {a, note, decode(a, data)};
}

Folded through(const QList<CaseEvent> &events)
{
    return fold(Case(), events);
}

const QJsonObject kWorker{{QStringLiteral("worker_id"), QStringLiteral("w1")}};

} // namespace

TEST_CASE("the happy path folds to archived with every date kept", "[workflow]")
{
    const Folded f = through({ev("register", 1, {{"due_ms", 5000.0}}), ev("accept", 2), ev("dispatch", 3, kWorker),
                              ev("sign", 4, {{"handler_due_ms", 4500.0}}), ev("note", 5), ev("complete", 6),
                              ev("callback", 7, {{"satisfaction", "satisfied"}, {"solved", true}}), ev("archive", 8)});
    CHECK(f.c.state == QStringLiteral("archived"));
    CHECK(f.c.dueMs == 5000);
    CHECK(f.c.handlerWorkerId == QStringLiteral("w1"));
    CHECK(f.c.handlerDueMs == 4500);
    CHECK(f.c.completedMs == 6000);
    CHECK(f.c.closedMs == 7000);
    CHECK(f.c.satisfaction == QStringLiteral("satisfied"));
    CHECK(f.c.solved == 1);
    CHECK(f.c.updatedMs == 8000);
}

TEST_CASE("events are folded in HLC order whatever order they arrive in", "[workflow]")
{
    QList<CaseEvent> events{ev("register", 1), ev("dispatch", 2, kWorker), ev("sign", 3), ev("complete", 4)};
    const Folded inOrder = through(events);
    std::reverse(events.begin(), events.end());
    const Folded reversed = through(events);
    CHECK(reversed.c.state == inOrder.c.state);
    CHECK(reversed.c.state == QStringLiteral("completed"));
}

TEST_CASE("guards refuse actions out of their state", "[workflow]")
{
    const Folded registered = through({ev("register", 1)});
    CHECK(guard(registered, st("sign"), as(Role::Staff)).isError());
    CHECK(guard(registered, st("complete", QStringLiteral("done")), as(Role::Staff)).isError());
    CHECK(guard(registered, st("callback"), as(Role::Staff)).isError());
    CHECK_FALSE(guard(registered, st("accept"), as(Role::Staff)).isError());
    CHECK_FALSE(actionFromKey(QStringLiteral("fly")).has_value());
    CHECK(guard(registered, Step{Action::Unknown}, as(Role::Admin))
              .message.contains(QStringLiteral("not a workflow action")));
    // Details of another action's kind are refused, whoever asks.
    CHECK(guard(registered, Step{Action::Dispatch, {}, Supervision{QStringLiteral("red")}}, as(Role::Admin)).isError());
    const Folded archived = through({ev("register", 1), ev("refuse", 2), ev("archive", 3)});
    for (const Action a : manualActions())
        CHECK(guard(archived, Step{a, QStringLiteral("x")}, as(Role::Admin)).isError());
}

TEST_CASE("guards check who may act", "[workflow]")
{
    const Folded dispatched = through({ev("register", 1), ev("dispatch", 2, kWorker)});
    const QJsonObject red{{QStringLiteral("level"), QStringLiteral("red")}};
    CHECK(guard(dispatched, st("supervise", {}, red), as(Role::Staff)).kind == ErrorKind::Permission);
    CHECK_FALSE(guard(dispatched, st("supervise", {}, red), as(Role::Supervisor)).isError());
    Actor nobody;
    CHECK(guard(dispatched, st("sign"), nobody).kind == ErrorKind::Permission);

    const Folded returned =
        through({ev("register", 1), ev("dispatch", 2, kWorker), ev("return", 3, {{"reason", "wrong_area"}})});
    CHECK(returned.c.state == QStringLiteral("returned"));
    CHECK(returned.returnReason == QStringLiteral("wrong_area"));
    CHECK(returned.c.handlerWorkerId.isEmpty());
    CHECK(guard(returned, st("decide_return", {}, kWorker), as(Role::Staff)).kind == ErrorKind::Permission);
    CHECK_FALSE(guard(returned, st("decide_return", {}, kWorker), as(Role::Supervisor)).isError());
}

TEST_CASE("guards check the note and the data an action needs", "[workflow]")
{
    const Folded accepted = through({ev("register", 1), ev("accept", 2)});
    CHECK(guard(accepted, st("dispatch"), as(Role::Staff)).field == QStringLiteral("handler"));
    CHECK(guard(accepted, st("refuse", QStringLiteral("  ")), as(Role::Staff)).field == QStringLiteral("note"));
    const Folded dispatched = through({ev("register", 1), ev("dispatch", 2, kWorker)});
    CHECK(
        guard(dispatched, st("return", QStringLiteral("不是本网格"), {{"reason", "because"}}), as(Role::Staff)).field ==
        QStringLiteral("reason"));
    CHECK(guard(dispatched, st("supervise", {}, {{"level", "purple"}}), as(Role::Supervisor)).field ==
          QStringLiteral("level"));
    const Folded completed = through({ev("register", 1), ev("dispatch", 2, kWorker), ev("sign", 3), ev("complete", 4)});
    CHECK(guard(completed, st("callback", {}, {{"satisfaction", "happy"}, {"solved", true}}), as(Role::Staff)).field ==
          QStringLiteral("satisfaction"));
    CHECK(guard(completed, st("callback", {}, {{"satisfaction", "basic"}}), as(Role::Staff)).field ==
          QStringLiteral("solved"));
    CHECK(guard(completed, st("note", QString(2001, QLatin1Char('x'))), as(Role::Staff)).field ==
          QStringLiteral("note"));
}

TEST_CASE("one extension, decided by a supervisor", "[workflow]")
{
    QList<CaseEvent> events{ev("register", 1, {{"due_ms", 5000.0}}), ev("dispatch", 2, kWorker), ev("sign", 3)};
    Folded f = through(events);
    CHECK(guard(f, st("request_extension", QStringLiteral("等配件"), {{"days", 31}}), as(Role::Staff)).field ==
          QStringLiteral("days"));
    CHECK(guard(f, st("decide_extension", {}, {{"approved", true}}), as(Role::Supervisor)).isError());
    events << ev("request_extension", 4, {{"days", 5}});
    f = through(events);
    CHECK(f.extensionPending);
    CHECK(guard(f, st("request_extension", QStringLiteral("again"), {{"days", 2}}), as(Role::Staff)).isError());
    CHECK(guard(f, st("decide_extension", {}, {{"approved", true}}), as(Role::Staff)).kind == ErrorKind::Permission);
    events << ev("decide_extension", 5, {{"approved", true}, {"due_ms", 9000.0}});
    f = through(events);
    CHECK_FALSE(f.extensionPending);
    CHECK(f.extensionsGranted == 1);
    CHECK(f.c.dueMs == 9000);
    // How many extensions a case may have is the office's rule, checked by CaseService.
    CHECK_FALSE(guard(f, st("request_extension", QStringLiteral("more"), {{"days", 2}}), as(Role::Staff)).isError());
}

TEST_CASE("a dissatisfied callback is reopened by the desk and counted", "[workflow]")
{
    QList<CaseEvent> events{ev("register", 1), ev("dispatch", 2, kWorker), ev("sign", 3), ev("complete", 4)};
    Folded f = through(events);
    // Reopening a completed case nobody complained about is a supervisor's decision.
    CHECK(guard(f, st("reopen", QStringLiteral("复查")), as(Role::Staff)).kind == ErrorKind::Permission);
    events << ev("callback", 5, {{"satisfaction", "dissatisfied"}, {"solved", false}});
    f = through(events);
    CHECK(f.c.solved == 0);
    CHECK_FALSE(guard(f, st("reopen", QStringLiteral("居民不满意，重办")), as(Role::Staff)).isError());
    events << ev("reopen", 6);
    f = through(events);
    CHECK(f.c.state == QStringLiteral("in_progress"));
    CHECK(f.c.reopenCount == 1);
    CHECK(f.c.satisfaction.isEmpty());
    CHECK(f.c.closedMs == 0);
}

TEST_CASE("reports attached and split keep the count right", "[workflow]")
{
    Folded f = through({ev("register", 1), ev("report", 2), ev("report", 3)});
    CHECK(f.c.reportCount == 3);
    f = through({ev("register", 1), ev("report", 2), ev("split", 3)});
    CHECK(f.c.reportCount == 1);
    CHECK(guard(f, st("split"), as(Role::Staff)).isError());
}
