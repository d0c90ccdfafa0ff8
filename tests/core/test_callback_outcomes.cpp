// Callbacks that never invent a satisfaction (issue 16 §3): a resident reached says how satisfied;
// one who cannot be reached after the office's tries, who declines, or who needs no callback has
// no satisfaction at all, and the case records how its callback ended.
#include "cases/CaseService.h"
#include "cases/DeadlineRules.h"
#include "cases/EventPayload.h"
#include "cases/Workflow.h"
#include "test_case_world.h"

using namespace gd;
using namespace gdtest;
namespace wf = gd::workflow;

namespace {

// A case completed by the grid's worker, waiting for its callback.
QString completedCase(CaseWorld &w, CaseService &service)
{
    const QString id = must(service.registerCase(w.draft()));
    REQUIRE(service.act(id, {wf::Action::Dispatch, {}, wf::Handler{w.worker, {}}}).ok());
    REQUIRE(service.act(id, {wf::Action::Sign}).ok());
    REQUIRE(service.act(id, {wf::Action::Complete, QStringLiteral("已修复")}).ok());
    return id;
}

wf::CallbackOutcome outcome(const char *result, const char *reason = "")
{
    wf::CallbackOutcome o;
    o.result = QLatin1String(result);
    o.reason = QLatin1String(reason);
    return o;
}

} // namespace

TEST_CASE("a reached callback records satisfaction and solved, the others record neither", "[cases][callback]")
{
    CaseWorld w;
    CaseService service(*w.t);

    SECTION("reached")
    {
        const QString id = completedCase(w, service);
        const Case c =
            service.act(id, {wf::Action::Callback, {}, wf::CallbackOutcome{QStringLiteral("basic"), false}}).value();
        CHECK(c.state == QStringLiteral("callback_done"));
        CHECK(c.callbackResult == QStringLiteral("reached"));
        CHECK(c.satisfaction == QStringLiteral("basic"));
        CHECK(c.solved == 0);
    }
    SECTION("declined")
    {
        const QString id = completedCase(w, service);
        const Case c =
            service.act(id, {wf::Action::Callback, QStringLiteral("居民表示不需要回访"), outcome("declined")}).value();
        CHECK(c.state == QStringLiteral("callback_done"));
        CHECK(c.callbackResult == QStringLiteral("declined"));
        CHECK(c.satisfaction.isEmpty());
        CHECK(c.solved == -1);
        CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM cases WHERE id = '%1' AND solved IS NULL AND "
                                          "satisfaction = '' AND callback_result = 'declined'")
                               .arg(id)) == 1);
        // Archived on that outcome: it is one of the recorded ways a callback ends.
        CHECK(service.act(id, {wf::Action::Archive})->state == QStringLiteral("archived"));
    }
    SECTION("not needed, with why")
    {
        const QString id = completedCase(w, service);
        const auto noReason = service.act(id, {wf::Action::Callback, {}, outcome("not_needed")});
        REQUIRE_FALSE(noReason.ok());
        CHECK(noReason.error().field == QStringLiteral("reason"));
        const Case c = service.act(id, {wf::Action::Callback, {}, outcome("not_needed", "anonymous")}).value();
        CHECK(c.callbackResult == QStringLiteral("not_needed"));
        CHECK(c.satisfaction.isEmpty());
    }
}

TEST_CASE("a satisfaction given for a resident who was not reached is refused, not stored", "[cases][callback]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = completedCase(w, service);
    const int events = int(service.timeline(id)->size());
    for (const char *result : {"unreachable", "declined", "not_needed"}) {
        INFO(result);
        wf::CallbackOutcome made = outcome(result, std::string_view(result) == "not_needed" ? "patrol" : "");
        made.satisfaction = QStringLiteral("satisfied");
        made.solved = true;
        const auto refused = service.act(id, {wf::Action::Callback, QStringLiteral("-"), made});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("satisfaction"));
    }
    // A reason belongs to "not needed" only; a result nobody knows is refused too.
    wf::CallbackOutcome reached{QStringLiteral("satisfied"), true};
    reached.reason = QStringLiteral("anonymous");
    CHECK(service.act(id, {wf::Action::Callback, {}, reached}).error().field == QStringLiteral("reason"));
    CHECK(service.act(id, {wf::Action::Callback, {}, outcome("maybe")}).error().field == QStringLiteral("result"));
    CHECK(service.act(id, {wf::Action::Callback, {}, wf::CallbackOutcome{}}).error().field ==
          QStringLiteral("satisfaction"));
    CHECK(service.timeline(id)->size() == events);
    CHECK(service.caseById(id)->state == QStringLiteral("completed"));
}

TEST_CASE("unreachable only after the office's tries, each recorded, a completion starts the count again",
          "[cases][callback]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = completedCase(w, service);
    REQUIRE(DeadlineRules::read(*w.t)->callbackTries == 3);

    const auto tooSoon = service.act(id, {wf::Action::Callback, {}, outcome("unreachable")});
    REQUIRE_FALSE(tooSoon.ok());
    CHECK(tooSoon.error().field == QStringLiteral("result"));
    CHECK(tooSoon.message().contains(QStringLiteral("3")));
    // Each try is on the timeline and leaves the case waiting for its callback.
    for (int i = 0; i < 2; ++i) {
        const Case c = service.act(id, {wf::Action::CallbackTry, QStringLiteral("无人接听")}).value();
        CHECK(c.state == QStringLiteral("completed"));
        CHECK(c.callbackDueMs > 0);
    }
    auto events = service.timeline(id);
    REQUIRE(events.ok());
    CHECK(wf::fold(service.caseById(id).value(), events.value()).callbackTries == 2);
    // The third call that reaches nobody closes the callback as unreachable.
    const Case c =
        service.act(id, {wf::Action::Callback, QStringLiteral("三次均无人接听"), outcome("unreachable")}).value();
    CHECK(c.callbackResult == QStringLiteral("unreachable"));
    CHECK(c.satisfaction.isEmpty());
    CHECK(c.callbackDueMs == 0);
    // A try is not a move: it never makes a concurrent branch and is never overridden.
    CHECK_FALSE(wf::isMove(wf::Action::CallbackTry));

    // Reopened by a supervisor and completed again: the tries start over.
    const QString other = completedCase(w, service);
    REQUIRE(service.act(other, {wf::Action::CallbackTry}).ok());
    REQUIRE(service.act(other, {wf::Action::CallbackTry}).ok());
    const auto again = service.timeline(other);
    REQUIRE(again.ok());
    wf::Folded f = wf::fold(service.caseById(other).value(), again.value());
    CHECK(f.callbackTries == 2);
    CaseEvent completion;
    completion.id = QStringLiteral("zz");
    completion.hlc = again->last().hlc + 1;
    completion.action = wf::Action::Complete;
    completion.payload = wf::Completion{};
    wf::apply(f, completion);
    CHECK(f.callbackTries == 0);
}

TEST_CASE("the office sets the tries: one try closes a callback as unreachable at once", "[cases][callback]")
{
    CaseWorld w;
    CaseService service(*w.t);
    DeadlineRules rules;
    rules.callbackTries = 1;
    REQUIRE(rules.save(*w.t).ok());
    const QString id = completedCase(w, service);
    CHECK(service.act(id, {wf::Action::Callback, {}, outcome("unreachable")})->callbackResult ==
          QStringLiteral("unreachable"));
    rules.callbackTries = 0;
    CHECK(rules.validate().field == QStringLiteral("callback_tries"));
    rules.callbackTries = 6;
    CHECK(rules.validate().field == QStringLiteral("callback_tries"));
    rules.callbackTries = 3;
    rules.callbackByOther = 2;
    CHECK(rules.validate().field == QStringLiteral("callback_by_other"));
}

TEST_CASE("a callback recorded before the outcomes was reached, the stored form names only what is new",
          "[cases][callback][workflow]")
{
    const QByteArray older(R"({"satisfaction":"satisfied","solved":true})");
    const auto o = std::get<wf::CallbackOutcome>(wf::decode(wf::Action::Callback, older));
    CHECK(o.result == QStringLiteral("reached"));
    CHECK(o.satisfaction == QStringLiteral("satisfied"));
    // A reached callback is stored as before; the others say how they ended and never carry a
    // satisfaction.
    CHECK_FALSE(wf::encode(o).contains(QStringLiteral("result")));
    const QJsonObject unreachable = wf::encode(outcome("unreachable"));
    CHECK(unreachable.value(QStringLiteral("result")).toString() == QStringLiteral("unreachable"));
    CHECK_FALSE(unreachable.contains(QStringLiteral("satisfaction")));
    const auto back =
        std::get<wf::CallbackOutcome>(wf::decode(wf::Action::Callback, wf::encode(outcome("not_needed", "praise"))));
    CHECK(back.result == QStringLiteral("not_needed"));
    CHECK(back.reason == QStringLiteral("praise"));
    for (const QString &r : wf::callbackResults())
        CHECK(wf::callbackResultName(r) != r);
    for (const QString &r : wf::notNeededReasons())
        CHECK(wf::notNeededReasonName(r) != r);
}

TEST_CASE("a reopening clears how the last callback ended", "[cases][callback]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = completedCase(w, service);
    REQUIRE(
        service.act(id, {wf::Action::Callback, {}, wf::CallbackOutcome{QStringLiteral("dissatisfied"), false}}).ok());
    const Case reopened = service.act(id, {wf::Action::Reopen, QStringLiteral("居民不满意，重办")}).value();
    CHECK(reopened.callbackResult.isEmpty());
    CHECK(reopened.satisfaction.isEmpty());
    CHECK(scalar(*w.t,
                 QStringLiteral("SELECT count(*) FROM cases WHERE id = '%1' AND callback_result IS NULL").arg(id)) ==
          1);
}
