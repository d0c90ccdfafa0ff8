// Every order answered in as few steps as the desk needs (issue 16 §2): a walk-in, a call or a
// patrol find is accepted as it is registered; a matter settled while the resident waits is
// registered and settled in one step (当场办结); "not accepted" (不予受理) and "guided to another
// channel" (引导至其他渠道, with where) are two actions the figures tell apart.
#include "cases/CaseService.h"
#include "cases/EventPayload.h"
#include "cases/RepeatFinder.h"
#include "cases/Timeliness.h"
#include "cases/Workflow.h"
#include "test_case_world.h"

using namespace gd;
using namespace gdtest;
namespace wf = gd::workflow;

TEST_CASE("a walk-in, a call and a patrol find are accepted as they are registered, a hotline order is not",
          "[cases][intake]")
{
    CaseWorld w;
    CaseService service(*w.t);
    for (const QString &channel : cases::channels()) {
        INFO(channel.toStdString());
        Case draft = w.draft();
        draft.channel = channel;
        const QString id = must(service.registerCase(draft));
        const bool atIntake = channel == QLatin1String("walk_in") || channel == QLatin1String("phone") ||
                              channel == QLatin1String("patrol");
        CHECK(cases::acceptedAtIntake(channel) == atIntake);
        const Case c = service.caseById(id).value();
        CHECK(c.state == QLatin1String(atIntake ? "accepted" : "registered"));
        // One event either way: the registration says it was accepted.
        const QList<CaseEvent> events = service.timeline(id).value();
        REQUIRE(events.size() == 1);
        CHECK(std::get<wf::Registration>(events.first().payload).accepted == atIntake);
        // A separate accept is offered only where one is still needed.
        const wf::Folded f = wf::fold(c, events);
        CHECK(service.offeredActions(f).contains(wf::Action::Accept) == !atIntake);
        CHECK(service.offeredActions(f).contains(wf::Action::SettleAtDesk));
    }
}

TEST_CASE("a registration recorded before intake accepted keeps its meaning", "[cases][intake][workflow]")
{
    // A walk-in of an older version: "register" without "accepted" folds as registered.
    const QJsonObject older{{QStringLiteral("due_ms"), 5000.0}};
    const auto r = std::get<wf::Registration>(wf::decode(wf::Action::Register, older));
    CHECK_FALSE(r.accepted);
    CHECK_FALSE(wf::encode(r).contains(QStringLiteral("accepted")));
    wf::Registration now = r;
    now.accepted = true;
    CHECK(wf::encode(now).value(QStringLiteral("accepted")).toBool());
    CaseEvent e;
    e.id = QStringLiteral("e1");
    e.hlc = 1;
    e.action = wf::Action::Register;
    e.payload = r;
    Case intake;
    intake.channel = QStringLiteral("walk_in");
    CHECK(wf::fold(intake, {e}).c.state == QStringLiteral("registered"));
}

TEST_CASE("a matter settled at the desk is registered and settled in one step, with the answer", "[cases][intake]")
{
    CaseWorld w;
    CaseService service(*w.t);
    Case draft = w.draft();
    draft.channel = QStringLiteral("walk_in");
    draft.requestType = QStringLiteral("consultation");
    const QString answer = QStringLiteral("已告知办理居住证所需材料和社区服务站办公时间");
    const QString id = must(service.registerCase(draft, QStringLiteral("  ") + answer + QStringLiteral("\n")));
    const Case c = service.caseById(id).value();
    CHECK(c.state == QStringLiteral("settled"));
    CHECK(c.completedMs == w.t.clock->nowMs());
    CHECK(c.closedMs == c.completedMs);
    CHECK(c.callbackResult == QStringLiteral("not_needed"));
    CHECK(c.callbackDueMs == 0);
    CHECK(c.satisfaction.isEmpty());
    CHECK(c.solved == -1);
    // On time, closed, and never in a queue: no dispatch, no sign-for, no callback.
    CHECK(timeliness::onTime(c.completedMs, c.dueMs));
    CHECK_FALSE(wf::isOpen(c.state));
    CHECK_FALSE(timeliness::openStates().contains(c.state));
    CHECK(RepeatFinder::closedStates().contains(c.state));
    const QList<CaseEvent> events = service.timeline(id).value();
    REQUIRE(events.size() == 2);
    CHECK(events.at(1).action == wf::Action::SettleAtDesk);
    CHECK(events.at(1).note == answer);
    // The answer is searchable like any note, and the case is archived as it stands.
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM cases WHERE callback_result = 'not_needed' AND id = '%1'")
                           .arg(id)) == 1);
    const Case archived = service.act(id, {wf::Action::Archive}).value();
    CHECK(archived.state == QStringLiteral("archived"));
    CHECK(service.recompute(id).ok());
    CHECK(service.caseById(id)->callbackResult == QStringLiteral("not_needed"));
}

TEST_CASE("settling at the desk needs the answer, and is taken only before a dispatch", "[cases][intake]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft())); // an online order: registered
    const auto noAnswer = service.act(id, {wf::Action::SettleAtDesk});
    REQUIRE_FALSE(noAnswer.ok());
    CHECK(noAnswer.error().field == QStringLiteral("note"));
    // From the case page: settled after registration, as at intake.
    CHECK(service.act(id, {wf::Action::SettleAtDesk, QStringLiteral("电话中已解答")})->state ==
          QStringLiteral("settled"));

    const QString dispatched = must(service.registerCase(w.draft()));
    REQUIRE(service.act(dispatched, {wf::Action::Dispatch, {}, wf::Handler{w.worker, {}}}).ok());
    const auto late = service.act(dispatched, {wf::Action::SettleAtDesk, QStringLiteral("已解答")});
    REQUIRE_FALSE(late.ok());
    CHECK(late.message().contains(QStringLiteral("dispatched")));
    CHECK(service.timeline(dispatched)->size() == 2); // nothing written

    // An intake refused field by field settles nothing either.
    Case bad = w.draft();
    bad.description.clear();
    const int before = int(scalar(*w.t, QStringLiteral("SELECT count(*) FROM case_events")));
    CHECK_FALSE(service.registerCase(bad, QStringLiteral("已解答")).ok());
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM case_events")) == before);
}

TEST_CASE("not accepted and guided to another channel are two actions, the target is kept for the figures",
          "[cases][intake]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString refused = must(service.registerCase(w.draft()));
    const QString guided = must(service.registerCase(w.draft()));

    SECTION("not accepted needs the reason")
    {
        CHECK(service.act(refused, {wf::Action::Refuse}).error().field == QStringLiteral("note"));
        const Case c =
            service.act(refused, {wf::Action::Refuse, QStringLiteral("属个人经济纠纷，不属政府职责")}).value();
        CHECK(c.state == QStringLiteral("refused"));
        CHECK(c.closedMs == w.t.clock->nowMs());
        CHECK(service.act(refused, {wf::Action::Archive})->state == QStringLiteral("archived"));
    }
    SECTION("guided elsewhere needs where and what the resident was told")
    {
        const auto noTarget = service.act(guided, {wf::Action::Redirect, QStringLiteral("已告知报警")});
        REQUIRE_FALSE(noTarget.ok());
        CHECK(noTarget.error().field == QStringLiteral("target"));
        const auto unknown = service.act(
            guided, {wf::Action::Redirect, QStringLiteral("已告知报警"), wf::Redirection{QStringLiteral("mars")}});
        CHECK(unknown.error().field == QStringLiteral("target"));
        CHECK(service.act(guided, {wf::Action::Redirect, {}, wf::Redirection{QStringLiteral("police_110")}})
                  .error()
                  .field == QStringLiteral("note"));
        CHECK(service.timeline(guided)->size() == 1);

        const Case c = service
                           .act(guided, {wf::Action::Redirect, QStringLiteral("属于110警情，已告知居民直接报警"),
                                         wf::Redirection{QStringLiteral("police_110")}})
                           .value();
        CHECK(c.state == QStringLiteral("redirected"));
        CHECK_FALSE(wf::isOpen(c.state));
        CHECK(c.closedMs > 0);
        // The target is in the event, where the figures count it.
        CHECK(text(*w.t, QStringLiteral("SELECT json_extract(data, '$.target') FROM case_events WHERE case_id = '%1' "
                                        "AND action = 'redirect'")
                             .arg(guided)) == QStringLiteral("police_110"));
        CHECK(service.act(guided, {wf::Action::Archive})->state == QStringLiteral("archived"));
    }
}

TEST_CASE("every redirect target and state has a name, the closed states are the workflow's", "[cases][intake]")
{
    CHECK(wf::redirectTargets() ==
          QStringList{"police_110", "fire_119", "medical_120", "court", "petition", "other_district", "other_hotline"});
    for (const QString &t : wf::redirectTargets())
        CHECK(wf::redirectTargetName(t) != t);
    for (const QString &s : cases::states())
        CHECK(cases::stateName(s) != s);
    QStringList closed = RepeatFinder::closedStates();
    closed.sort();
    CHECK(closed ==
          QStringList{"archived", "callback_done", "completed", "merged", "redirected", "refused", "settled"});
    QStringList all = closed + timeliness::openStates();
    all.sort();
    QStringList states = cases::states();
    states.sort();
    CHECK(all == states);
}
