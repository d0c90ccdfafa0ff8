// The workflow rules on their own: guards (state, role, note, data) and the fold of events.
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

CaseEvent ev(const QString &action, qint64 hlc, const QJsonObject &data = {})
{
    CaseEvent e;
    e.id = QStringLiteral("e%1").arg(hlc, 4, 10, QLatin1Char('0'));
    e.hlc = hlc;
    e.atMs = 1000 * hlc;
    e.action = action;
    e.data = data;
    return e;
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
    CHECK(guard(registered, QStringLiteral("sign"), as(Role::Staff), {}, {}).isError());
    CHECK(guard(registered, QStringLiteral("complete"), as(Role::Staff), QStringLiteral("done"), {}).isError());
    CHECK(guard(registered, QStringLiteral("callback"), as(Role::Staff), {}, {}).isError());
    CHECK_FALSE(guard(registered, QStringLiteral("accept"), as(Role::Staff), {}, {}).isError());
    CHECK(guard(registered, QStringLiteral("fly"), as(Role::Admin), {}, {})
              .message.contains(QStringLiteral("not a workflow action")));
    const Folded archived = through({ev("register", 1), ev("refuse", 2), ev("archive", 3)});
    for (const QString &a : manualActions())
        CHECK(guard(archived, a, as(Role::Admin), QStringLiteral("x"), {}).isError());
}

TEST_CASE("guards check who may act", "[workflow]")
{
    const Folded dispatched = through({ev("register", 1), ev("dispatch", 2, kWorker)});
    const QJsonObject red{{QStringLiteral("level"), QStringLiteral("red")}};
    CHECK(guard(dispatched, QStringLiteral("supervise"), as(Role::Staff), {}, red).kind == ErrorKind::Permission);
    CHECK_FALSE(guard(dispatched, QStringLiteral("supervise"), as(Role::Supervisor), {}, red).isError());
    Actor nobody;
    CHECK(guard(dispatched, QStringLiteral("sign"), nobody, {}, {}).kind == ErrorKind::Permission);

    const Folded returned =
        through({ev("register", 1), ev("dispatch", 2, kWorker), ev("return", 3, {{"reason", "wrong_area"}})});
    CHECK(returned.c.state == QStringLiteral("returned"));
    CHECK(returned.returnReason == QStringLiteral("wrong_area"));
    CHECK(returned.c.handlerWorkerId.isEmpty());
    CHECK(guard(returned, QStringLiteral("decide_return"), as(Role::Staff), {}, kWorker).kind == ErrorKind::Permission);
    CHECK_FALSE(guard(returned, QStringLiteral("decide_return"), as(Role::Supervisor), {}, kWorker).isError());
}

TEST_CASE("guards check the note and the data an action needs", "[workflow]")
{
    const Folded accepted = through({ev("register", 1), ev("accept", 2)});
    CHECK(guard(accepted, QStringLiteral("dispatch"), as(Role::Staff), {}, {}).field == QStringLiteral("handler"));
    CHECK(guard(accepted, QStringLiteral("refuse"), as(Role::Staff), QStringLiteral("  "), {}).field ==
          QStringLiteral("note"));
    const Folded dispatched = through({ev("register", 1), ev("dispatch", 2, kWorker)});
    CHECK(guard(dispatched, QStringLiteral("return"), as(Role::Staff), QStringLiteral("不是本网格"),
                {{"reason", "because"}})
              .field == QStringLiteral("reason"));
    CHECK(guard(dispatched, QStringLiteral("supervise"), as(Role::Supervisor), {}, {{"level", "purple"}}).field ==
          QStringLiteral("level"));
    const Folded completed = through({ev("register", 1), ev("dispatch", 2, kWorker), ev("sign", 3), ev("complete", 4)});
    CHECK(
        guard(completed, QStringLiteral("callback"), as(Role::Staff), {}, {{"satisfaction", "happy"}, {"solved", true}})
            .field == QStringLiteral("satisfaction"));
    CHECK(guard(completed, QStringLiteral("callback"), as(Role::Staff), {}, {{"satisfaction", "basic"}}).field ==
          QStringLiteral("solved"));
    CHECK(guard(completed, QStringLiteral("note"), as(Role::Staff), QString(2001, QLatin1Char('x')), {}).field ==
          QStringLiteral("note"));
}

TEST_CASE("one extension, decided by a supervisor", "[workflow]")
{
    QList<CaseEvent> events{ev("register", 1, {{"due_ms", 5000.0}}), ev("dispatch", 2, kWorker), ev("sign", 3)};
    Folded f = through(events);
    CHECK(guard(f, QStringLiteral("request_extension"), as(Role::Staff), QStringLiteral("等配件"), {{"days", 31}})
              .field == QStringLiteral("days"));
    CHECK(guard(f, QStringLiteral("decide_extension"), as(Role::Supervisor), {}, {{"approved", true}}).isError());
    events << ev("request_extension", 4, {{"days", 5}});
    f = through(events);
    CHECK(f.extensionPending);
    CHECK(guard(f, QStringLiteral("request_extension"), as(Role::Staff), QStringLiteral("again"), {{"days", 2}})
              .isError());
    CHECK(guard(f, QStringLiteral("decide_extension"), as(Role::Staff), {}, {{"approved", true}}).kind ==
          ErrorKind::Permission);
    events << ev("decide_extension", 5, {{"approved", true}, {"due_ms", 9000.0}});
    f = through(events);
    CHECK_FALSE(f.extensionPending);
    CHECK(f.extensionsGranted == 1);
    CHECK(f.c.dueMs == 9000);
    // How many extensions a case may have is the office's rule, checked by CaseService.
    CHECK_FALSE(guard(f, QStringLiteral("request_extension"), as(Role::Staff), QStringLiteral("more"), {{"days", 2}})
                    .isError());
}

TEST_CASE("a dissatisfied callback is reopened by the desk and counted", "[workflow]")
{
    QList<CaseEvent> events{ev("register", 1), ev("dispatch", 2, kWorker), ev("sign", 3), ev("complete", 4)};
    Folded f = through(events);
    // Reopening a completed case nobody complained about is a supervisor's decision.
    CHECK(guard(f, QStringLiteral("reopen"), as(Role::Staff), QStringLiteral("复查"), {}).kind ==
          ErrorKind::Permission);
    events << ev("callback", 5, {{"satisfaction", "dissatisfied"}, {"solved", false}});
    f = through(events);
    CHECK(f.c.solved == 0);
    CHECK_FALSE(guard(f, QStringLiteral("reopen"), as(Role::Staff), QStringLiteral("居民不满意，重办"), {}).isError());
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
    CHECK(guard(f, QStringLiteral("split"), as(Role::Staff), {}, {}).isError());
}
