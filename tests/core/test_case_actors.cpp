// Who takes an action beyond the role the workflow asks (CaseActors.cpp, issue 16 §1 and §3):
// only the handler's operators sign for a case — a worker's own, or the operators linked to the
// unit it was sent to — and the resident is called back by someone other than the handler unless
// the office allows it. What the case page and the CLI offer follows the same checks.
#include "access/OperatorService.h"
#include "cases/CaseService.h"
#include "cases/DeadlineRules.h"
#include "cases/Workflow.h"
#include "test_case_world.h"

using namespace gd;
using namespace gdtest;
namespace wf = gd::workflow;

namespace {

struct Desk {
    CaseWorld w;
    OperatorService operators{*w.t};
    CaseService service{*w.t};
    QString own, unitOperator, clerk;

    Desk()
    {
        must(operators.create(QStringLiteral("admin"), QStringLiteral("管理员"), Role::Admin,
                              QStringLiteral("pass-1234")));
        as("admin");
        own = must(operators.create(QStringLiteral("chenshuyi"), QStringLiteral("陈姝夷"), Role::Staff,
                                    QStringLiteral("pass-1234")));
        unitOperator = must(operators.create(QStringLiteral("reli"), QStringLiteral("热力站值班员"), Role::Staff,
                                             QStringLiteral("pass-1234")));
        clerk = must(operators.create(QStringLiteral("wangfang"), QStringLiteral("王芳"), Role::Staff,
                                      QStringLiteral("pass-1234")));
        REQUIRE(operators.linkWorker(own, w.worker).ok());
        REQUIRE(operators.linkUnit(unitOperator, w.unit).ok());
    }
    void as(const char *login)
    {
        auto a = operators.authenticate(QLatin1String(login), QStringLiteral("pass-1234"));
        INFO(a.message().toStdString());
        REQUIRE(a.ok());
        w.t->setActor(*a);
    }
    QString dispatched(const wf::Handler &to)
    {
        const QString id = must(service.registerCase(w.draft()));
        REQUIRE(service.act(id, {wf::Action::Dispatch, {}, to}).ok());
        return id;
    }
    QList<wf::Action> offered(const QString &id)
    {
        auto events = service.timeline(id);
        REQUIRE(events.ok());
        return service.offeredActions(wf::fold(service.caseById(id).value(), events.value()));
    }
};

} // namespace

TEST_CASE("an operator is linked to the unit it signs in for, the link is checked and audited", "[cases][permissions]")
{
    Desk d;
    const Operator o = d.operators.byId(d.unitOperator).value();
    CHECK(o.unitId == d.w.unit);
    CHECK(o.unitName == QStringLiteral("市南热力站"));
    CHECK(scalar(*d.w.t, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'operators' AND row_id = "
                                        "'%1' AND after_json LIKE '%unit_id%'")
                             .arg(d.unitOperator)) == 1);
    const auto missing = d.operators.linkUnit(d.clerk, QStringLiteral("no-such-unit"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().field == QStringLiteral("unit_id"));
    // Only an administrator links operators.
    d.as("wangfang");
    CHECK(d.operators.linkUnit(d.clerk, d.w.unit).error().kind == ErrorKind::Permission);
    d.as("admin");
    REQUIRE(d.operators.linkUnit(d.unitOperator, {}).ok()); // an empty id unlinks
    CHECK(d.operators.byId(d.unitOperator)->unitId.isEmpty());
}

TEST_CASE("only the unit's operators sign for a case sent to the unit, and only they are offered it",
          "[cases][permissions]")
{
    Desk d;
    d.as("admin");
    const QString toUnit = d.dispatched({{}, d.w.unit});
    const QString toWorker = d.dispatched({d.w.worker, {}});
    for (const char *other : {"wangfang", "chenshuyi"}) {
        d.as(other);
        CHECK_FALSE(d.offered(toUnit).contains(wf::Action::Sign));
        const auto refused = d.service.act(toUnit, {wf::Action::Sign});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Permission);
        CHECK(refused.message().contains(QStringLiteral("市南热力站")));
        CHECK(refused.message().contains(QStringLiteral("reli")));
    }
    d.as("reli");
    CHECK(d.offered(toUnit).contains(wf::Action::Sign));
    CHECK_FALSE(d.offered(toWorker).contains(wf::Action::Sign)); // the worker signs their own
    CHECK(d.service.act(toUnit, {wf::Action::Sign})->state == QStringLiteral("signed"));
    d.as("chenshuyi");
    CHECK(d.offered(toWorker).contains(wf::Action::Sign));
    CHECK(d.service.act(toWorker, {wf::Action::Sign}).ok());

    // A unit nobody signs in for has its sign-for recorded by the desk, as before.
    d.as("admin");
    REQUIRE(d.operators.linkUnit(d.unitOperator, {}).ok());
    const QString again = d.dispatched({{}, d.w.unit});
    d.as("wangfang");
    CHECK(d.offered(again).contains(wf::Action::Sign));
    CHECK(d.service.act(again, {wf::Action::Sign}).ok());
}

TEST_CASE("the handler does not call back on its own case unless the office allows it", "[cases][callback]")
{
    Desk d;
    d.as("admin");
    const QString id = d.dispatched({d.w.worker, {}});
    d.as("chenshuyi");
    REQUIRE(d.service.act(id, {wf::Action::Sign}).ok());
    REQUIRE(d.service.act(id, {wf::Action::Complete, QStringLiteral("已修复")}).ok());

    // The handler: neither a callback nor an unanswered try is offered or taken.
    CHECK_FALSE(d.offered(id).contains(wf::Action::Callback));
    CHECK_FALSE(d.offered(id).contains(wf::Action::CallbackTry));
    const auto refused =
        d.service.act(id, {wf::Action::Callback, {}, wf::CallbackOutcome{QStringLiteral("satisfied"), true}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Permission);
    CHECK(d.service.act(id, {wf::Action::CallbackTry}).error().kind == ErrorKind::Permission);

    // A colleague calls back, and the event names who did.
    d.as("wangfang");
    CHECK(d.offered(id).contains(wf::Action::Callback));
    REQUIRE(d.service.act(id, {wf::Action::CallbackTry, QStringLiteral("无人接听")}).ok());
    REQUIRE(d.service.act(id, {wf::Action::Callback, {}, wf::CallbackOutcome{QStringLiteral("satisfied"), true}}).ok());
    const auto events = d.service.timeline(id);
    REQUIRE(events.ok());
    CHECK(events->last().operatorLogin == QStringLiteral("wangfang"));
    CHECK(events->last().operatorName == QStringLiteral("王芳"));

    // An office that lets handlers call back their own cases.
    d.as("admin");
    DeadlineRules rules = DeadlineRules::read(*d.w.t).value();
    rules.callbackByOther = 0;
    REQUIRE(rules.save(*d.w.t).ok());
    const QString second = d.dispatched({d.w.worker, {}});
    d.as("chenshuyi");
    REQUIRE(d.service.act(second, {wf::Action::Sign}).ok());
    REQUIRE(d.service.act(second, {wf::Action::Complete, QStringLiteral("已修复")}).ok());
    CHECK(d.offered(second).contains(wf::Action::Callback));
    CHECK(
        d.service.act(second, {wf::Action::Callback, {}, wf::CallbackOutcome{QStringLiteral("satisfied"), true}}).ok());
}
