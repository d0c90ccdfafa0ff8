// Concurrent work on one case (issue 15 §4): moves two offices took from the same state are a
// branching, folded the same way everywhere, listed until a supervisor settles it; the fold never
// keeps a field from a branch that does not stand.
#include "cases/CaseService.h"
#include "cases/Workflow.h"
#include "test_exchange_fixture.h"

#include <catch2/catch.hpp>

using namespace gd;
using namespace gdtest;
namespace wf = gd::workflow;
using wf::Action;

namespace {

CaseEvent event(const QString &id, qint64 hlc, Action action, const QString &after, wf::Payload payload = {})
{
    CaseEvent e;
    e.id = id;
    e.hlc = hlc;
    e.atMs = hlc;
    e.action = action;
    e.after = after;
    e.payload = std::holds_alternative<std::monostate>(payload) ? wf::emptyPayload(action) : payload;
    return e;
}

Actor as(Role role)
{
    Actor a;
    a.login = QStringLiteral("tester");
    a.displayName = QStringLiteral("tester");
    a.role = role;
    a.signedIn = true;
    return a;
}

// One case known to two offices (A registered and dispatched it, B received it), their clocks
// apart by a second so that A's moves come first in the fold when both act "at once".
struct TwoOffices {
    CaseWorld a;
    TestDb b;
    QString caseId;

    TwoOffices()
    {
        CaseService service(*a.t);
        caseId = must(service.registerCase(a.draft()));
        REQUIRE(service.act(caseId, {Action::Accept}).ok());
        REQUIRE(service.act(caseId, {Action::Dispatch, {}, wf::Handler{a.worker, {}}}).ok());
        REQUIRE(service.act(caseId, {Action::Sign}).ok());
        send(*a.t, *b, a.t.dir.path());
        b.clock->setMs(a.t.clock->nowMs() + 1000);
        a.t.clock->advance(500);
    }
    void exchangeBothWays()
    {
        send(*a.t, *b, a.t.dir.path());
        send(*b, *a.t, a.t.dir.path());
    }
    Case caseIn(Database &db) { return CaseService(db).caseById(caseId).value(); }
    wf::Folded foldedIn(Database &db)
    {
        CaseService service(db);
        return wf::fold(service.caseById(caseId).value(), service.timeline(caseId).value());
    }
};

} // namespace

TEST_CASE("the fold: moves taken after the same move are a branching, the first branch stands", "[workflow][branch]")
{
    Case intake;
    intake.state = QStringLiteral("in_progress"); // a stored row's state: never the fold's start
    intake.closedMs = 99;
    const QList<CaseEvent> events{
        event(QStringLiteral("r"), 10, Action::Register, {}),
        event(QStringLiteral("s"), 20, Action::Sign, QStringLiteral("r")),
        // Office A completes, office B returns the case: both from "signed".
        event(QStringLiteral("c"), 30, Action::Complete, QStringLiteral("s")),
        event(QStringLiteral("ret"), 31, Action::Return, QStringLiteral("s"),
              wf::ReturnReason{QStringLiteral("other")}),
        // B goes on from its own branch; A calls the resident back on its own.
        event(QStringLiteral("dr"), 40, Action::DecideReturn, QStringLiteral("ret"),
              wf::Handler{QStringLiteral("w"), {}}),
        event(QStringLiteral("cb"), 41, Action::Callback, QStringLiteral("c"),
              wf::CallbackOutcome{QStringLiteral("satisfied"), true}),
        // A note written anywhere stands and makes no branching.
        event(QStringLiteral("n"), 50, Action::Note, {}),
    };
    const wf::Folded f = wf::fold(intake, events);
    CHECK(f.c.state == QLatin1String("callback_done"));
    CHECK(f.c.satisfaction == QLatin1String("satisfied"));
    CHECK(f.c.handlerWorkerId.isEmpty()); // the decision on B's branch does not stand
    CHECK(f.overridden == QSet<QString>{QStringLiteral("ret"), QStringLiteral("dr")});
    REQUIRE(f.branchings.size() == 1);
    CHECK(f.branchings.first().after == QLatin1String("s"));
    CHECK(f.branchings.first().heads == QStringList{QStringLiteral("c"), QStringLiteral("ret")});
    CHECK(f.branchings.first().standing == QLatin1String("c"));
    CHECK_FALSE(f.branchings.first().settled);
    CHECK(f.c.branches == 1);
    CHECK(f.lastMove == QLatin1String("cb"));

    // Any order of the same events folds the same.
    QList<CaseEvent> reversed(events.crbegin(), events.crend());
    const wf::Folded g = wf::fold(intake, reversed);
    CHECK(g.c.state == f.c.state);
    CHECK(g.overridden == f.overridden);

    SECTION("a supervisor's settlement makes the other branch stand, and nothing of the first stays")
    {
        QList<CaseEvent> settled = events;
        settled << event(QStringLiteral("x"), 60, Action::Settle, {},
                         wf::BranchChoice{QStringLiteral("s"), QStringLiteral("ret")});
        const wf::Folded h = wf::fold(intake, settled);
        CHECK(h.c.state == QLatin1String("dispatched"));
        CHECK(h.c.handlerWorkerId == QLatin1String("w"));
        CHECK(h.c.satisfaction.isEmpty());
        CHECK(h.c.closedMs == 0);
        CHECK(h.c.completedMs == 0);
        CHECK(h.overridden == QSet<QString>{QStringLiteral("c"), QStringLiteral("cb")});
        CHECK(h.c.branches == 0);
        REQUIRE(h.branchings.size() == 1);
        CHECK(h.branchings.first().settled);
    }
    SECTION("a settlement naming a move that is no head of the branching changes nothing")
    {
        QList<CaseEvent> settled = events;
        settled << event(QStringLiteral("x"), 60, Action::Settle, {},
                         wf::BranchChoice{QStringLiteral("s"), QStringLiteral("n")});
        CHECK(wf::fold(intake, settled).c.branches == 1);
    }
}

TEST_CASE("the fold: events written before branches were recorded keep their meaning", "[workflow][branch]")
{
    Case intake;
    const QList<CaseEvent> events{
        event(QStringLiteral("r"), 10, Action::Register, {}),
        event(QStringLiteral("d"), 20, Action::Dispatch, {}, wf::Handler{QStringLiteral("w1"), {}}),
        event(QStringLiteral("d2"), 21, Action::Dispatch, {}, wf::Handler{QStringLiteral("w2"), {}}),
    };
    const wf::Folded f = wf::fold(intake, events);
    CHECK(f.c.handlerWorkerId == QLatin1String("w2"));
    CHECK(f.branchings.isEmpty());
    CHECK(f.overridden.isEmpty());
}

TEST_CASE("completing a case clears an earlier callback's outcome", "[workflow][branch]")
{
    Case intake;
    const QList<CaseEvent> events{
        event(QStringLiteral("r"), 10, Action::Register, {}),
        event(QStringLiteral("s"), 20, Action::Sign, QStringLiteral("r")),
        event(QStringLiteral("c"), 30, Action::Complete, QStringLiteral("s")),
        event(QStringLiteral("cb"), 40, Action::Callback, QStringLiteral("c"),
              wf::CallbackOutcome{QStringLiteral("satisfied"), true}),
        event(QStringLiteral("o"), 50, Action::Reopen, QStringLiteral("cb")),
        event(QStringLiteral("c2"), 60, Action::Complete, QStringLiteral("o")),
    };
    const wf::Folded f = wf::fold(intake, events);
    CHECK(f.c.state == QLatin1String("completed"));
    CHECK(f.c.satisfaction.isEmpty());
    CHECK(f.c.solved == -1);
    CHECK(f.c.closedMs == 0);
    CHECK(f.c.completedMs == 60);
}

TEST_CASE("two offices acting on one case from the same state end equal, with the branching listed until settled",
          "[exchange][branch]")
{
    TwoOffices o;
    // A completes; B, unaware, returns the case as a wrong dispatch.
    REQUIRE(CaseService(*o.a.t).act(o.caseId, {Action::Complete, QStringLiteral("已修好")}).ok());
    REQUIRE(
        CaseService(*o.b)
            .act(o.caseId, {Action::Return, QStringLiteral("非本网格"), wf::ReturnReason{QStringLiteral("wrong_area")}})
            .ok());
    o.exchangeBothWays();
    CHECK(digestOf(*o.a.t) == digestOf(*o.b));
    for (Database *db : {o.a.t.db.get(), o.b.db.get()}) {
        const Case c = o.caseIn(*db);
        CHECK(c.state == QLatin1String("completed")); // A's move came first
        CHECK(c.branches == 1);
        const wf::Folded f = o.foldedIn(*db);
        REQUIRE(f.branchings.size() == 1);
        CHECK(f.branchings.first().heads.size() == 2);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM cases WHERE branches > 0")) == 1);
    }

    SECTION("only a supervisor settles it, once, and the decision closes it in the other office")
    {
        const wf::Folded f = o.foldedIn(*o.b);
        const QString returned = f.branchings.first().heads.at(1);
        const wf::Step settle{Action::Settle, QStringLiteral("退单理由成立"), wf::BranchChoice{{}, returned}};
        o.b->setActor(as(Role::Staff));
        const auto refused = CaseService(*o.b).act(o.caseId, settle);
        CHECK(refused.error().kind == ErrorKind::Permission);
        o.b->setActor(Actor::system());
        const auto noNote = CaseService(*o.b).act(o.caseId, {Action::Settle, {}, wf::BranchChoice{{}, returned}});
        CHECK(noNote.error().field == QLatin1String("note"));
        const auto wrongKeep =
            CaseService(*o.b).act(o.caseId, {Action::Settle, QStringLiteral("x"), wf::BranchChoice{{}, o.caseId}});
        CHECK(wrongKeep.error().field == QLatin1String("keep"));

        const auto settled = CaseService(*o.b).act(o.caseId, settle);
        INFO(settled.message().toStdString());
        REQUIRE(settled.ok());
        CHECK(settled->state == QLatin1String("returned"));
        CHECK(settled->completedMs == 0);
        CHECK(settled->branches == 0);
        CHECK(CaseService(*o.b).act(o.caseId, settle).message().contains(QLatin1String("no concurrent")));

        o.a.t.clock->advance(5000);
        send(*o.b, *o.a.t, o.a.t.dir.path());
        const Case inA = o.caseIn(*o.a.t);
        CHECK(inA.state == QLatin1String("returned"));
        CHECK(inA.branches == 0);
        CHECK(digestOf(*o.a.t) == digestOf(*o.b));
        // The next move in A is taken after the move that stands.
        const auto next = CaseService(*o.a.t).act(o.caseId, {Action::DecideReturn, {}, wf::Handler{o.a.worker, {}}});
        REQUIRE(next.ok());
        CHECK(next->state == QLatin1String("dispatched"));
        CHECK(text(*o.a.t, QStringLiteral("SELECT after_event FROM case_events WHERE action = 'decide_return'")) ==
              returned);
    }
}

TEST_CASE("a note written while another office moves the case is no branching", "[exchange][branch]")
{
    TwoOffices o;
    REQUIRE(CaseService(*o.a.t).act(o.caseId, {Action::Complete, QStringLiteral("已修好")}).ok());
    REQUIRE(CaseService(*o.b).act(o.caseId, {Action::Note, QStringLiteral("已电话联系居民")}).ok());
    o.exchangeBothWays();
    for (Database *db : {o.a.t.db.get(), o.b.db.get()}) {
        const Case c = o.caseIn(*db);
        CHECK(c.state == QLatin1String("completed"));
        CHECK(c.branches == 0);
    }
    CHECK(CaseService(*o.a.t)
              .act(o.caseId, {Action::Settle, QStringLiteral("x"), wf::BranchChoice{}})
              .message()
              .contains(QLatin1String("no concurrent")));
}

TEST_CASE("a callback on one branch and a reopened, completed case on the other leave no stale satisfaction",
          "[exchange][branch]")
{
    TwoOffices o;
    REQUIRE(CaseService(*o.a.t).act(o.caseId, {Action::Complete, QStringLiteral("已修好")}).ok());
    o.exchangeBothWays();
    o.b.clock->setMs(o.a.t.clock->nowMs() + 1000);
    // A calls back (satisfied); B's supervisor, unaware, reopens and B completes again.
    REQUIRE(CaseService(*o.a.t)
                .act(o.caseId, {Action::Callback, {}, wf::CallbackOutcome{QStringLiteral("satisfied"), true}})
                .ok());
    REQUIRE(CaseService(*o.b).act(o.caseId, {Action::Reopen, QStringLiteral("居民再次来电")}).ok());
    REQUIRE(CaseService(*o.b).act(o.caseId, {Action::Complete, QStringLiteral("再次修好")}).ok());
    o.exchangeBothWays();
    CHECK(digestOf(*o.a.t) == digestOf(*o.b));
    const Case c = o.caseIn(*o.b);
    CHECK(c.branches == 1);
    // A's callback came first and stands: B's reopen and completion do not, and leave nothing.
    CHECK(c.state == QLatin1String("callback_done"));
    CHECK(c.satisfaction == QLatin1String("satisfied"));
    CHECK(c.reopenCount == 0);
}

TEST_CASE("a settlement naming only the branch kept settles the branching that branch heads", "[exchange][branch]")
{
    TwoOffices o;
    // Round 1: both offices ask for an extension (A's request stands); round 2, after exchanging,
    // each decides it differently.
    const wf::Step ask{wf::Action::RequestExtension, QStringLiteral("材料未到"), wf::ExtensionRequest{1}};
    REQUIRE(CaseService(*o.a.t).act(o.caseId, ask).ok());
    REQUIRE(CaseService(*o.b).act(o.caseId, ask).ok());
    o.exchangeBothWays();
    o.b.clock->setMs(o.a.t.clock->nowMs() + 1000);
    REQUIRE(CaseService(*o.a.t).act(o.caseId, {Action::DecideExtension, {}, wf::ExtensionDecision{true}}).ok());
    REQUIRE(CaseService(*o.b).act(o.caseId, {Action::DecideExtension, {}, wf::ExtensionDecision{false}}).ok());
    o.exchangeBothWays();
    const wf::Folded f = o.foldedIn(*o.a.t);
    REQUIRE(f.branchings.size() == 2);
    CHECK(f.c.branches == 2);
    const QString refusal = f.branchings.at(1).heads.at(1); // B's decision, overridden for now
    const auto settled = CaseService(*o.a.t).act(
        o.caseId, {Action::Settle, QStringLiteral("以不予延期为准"), wf::BranchChoice{{}, refusal}});
    INFO(settled.message().toStdString());
    REQUIRE(settled.ok());
    CHECK(settled->branches == 1); // the first branching still waits
    const wf::Folded g = o.foldedIn(*o.a.t);
    CHECK(g.branchings.at(1).settled);
    CHECK_FALSE(g.branchings.at(0).settled);
    CHECK(g.extensionsGranted == 0);
}
