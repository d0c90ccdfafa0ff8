// Tiered routing (分级流转, issue 16 §2): a case records the tier it is handled at — grid,
// community, street, district department — moves up with a reason and down with an instruction,
// each move on the timeline with the tier it went to; a public-order matter goes at intake to the
// officer of the grid's paired police grid.
#include "cases/CaseService.h"
#include "cases/EventPayload.h"
#include "org/GridService.h"
#include "org/PoliceGridService.h"
#include "test_case_world.h"

using namespace gd;
using namespace gdtest;
namespace wf = gd::workflow;

namespace {

QString dispatched(CaseWorld &w, CaseService &service)
{
    const QString id = must(service.registerCase(w.draft()));
    REQUIRE(service.act(id, {wf::Action::Dispatch, {}, wf::Handler{w.worker, {}}}).ok());
    return id;
}

} // namespace

TEST_CASE("a case starts at the grid, goes up a tier at a time or to the one chosen, and down again",
          "[cases][routing]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = dispatched(w, service);
    CHECK(service.caseById(id)->level == QStringLiteral("grid"));

    // Up needs the reason; without a tier it goes one up, and the event names where.
    CHECK(service.act(id, {wf::Action::RouteUp, {}, wf::Handler{{}, w.unit}}).error().field == QStringLiteral("note"));
    const Case up =
        service.act(id, {wf::Action::RouteUp, QStringLiteral("涉及多户，网格协调不了"), wf::Handler{{}, w.unit}})
            .value();
    CHECK(up.level == QStringLiteral("community"));
    CHECK(up.state == QStringLiteral("dispatched"));
    CHECK(std::get<wf::Handler>(service.timeline(id)->last().payload).level == QStringLiteral("community"));

    // A tier not above where it is, or no tier at all, is refused and writes nothing.
    const int events = int(service.timeline(id)->size());
    wf::Handler sideways{{}, w.unit};
    sideways.level = QStringLiteral("community");
    CHECK(service.act(id, {wf::Action::RouteUp, QStringLiteral("-"), sideways}).error().field ==
          QStringLiteral("tier"));
    sideways.level = QStringLiteral("province");
    CHECK(service.act(id, {wf::Action::RouteUp, QStringLiteral("-"), sideways}).error().field ==
          QStringLiteral("tier"));
    CHECK(service.timeline(id)->size() == events);

    wf::Handler toDistrict{{}, w.unit};
    toDistrict.level = QStringLiteral("district");
    CHECK(service.act(id, {wf::Action::RouteUp, QStringLiteral("需区住建局处理"), toDistrict})->level ==
          QStringLiteral("district"));
    const auto top = service.act(id, {wf::Action::RouteUp, QStringLiteral("-"), wf::Handler{{}, w.unit}});
    REQUIRE_FALSE(top.ok());
    CHECK(top.message().contains(QStringLiteral("top")));

    // Down with the instruction, to the tier chosen or the next one down.
    CHECK(service.act(id, {wf::Action::RouteDown, {}, wf::Handler{w.worker, {}}}).error().field ==
          QStringLiteral("note"));
    wf::Handler toGrid{w.worker, {}};
    toGrid.level = QStringLiteral("grid");
    const Case down =
        service.act(id, {wf::Action::RouteDown, QStringLiteral("已明确责任，由网格员督促物业落实"), toGrid}).value();
    CHECK(down.level == QStringLiteral("grid"));
    CHECK(down.handlerWorkerId == w.worker);
    CHECK(service.act(id, {wf::Action::RouteDown, QStringLiteral("-"), wf::Handler{w.worker, {}}})
              .message()
              .contains(QStringLiteral("lowest")));
    // The row is the fold of the timeline.
    REQUIRE(service.recompute(id));
    CHECK(service.caseById(id)->level == QStringLiteral("grid"));
}

TEST_CASE("a route up recorded before the tiers goes one tier up", "[cases][routing][workflow]")
{
    const auto h = std::get<wf::Handler>(wf::decode(wf::Action::RouteUp, QByteArray(R"({"unit_id":"u"})")));
    CHECK(h.level.isEmpty());
    CHECK_FALSE(wf::encode(wf::Handler{QStringLiteral("w"), {}}).contains(QStringLiteral("level")));
    Case intake;
    QList<CaseEvent> events;
    for (const auto &[id, action] : {std::pair{"a", wf::Action::Register}, std::pair{"b", wf::Action::Dispatch},
                                     std::pair{"c", wf::Action::RouteUp}, std::pair{"d", wf::Action::RouteUp}}) {
        CaseEvent e;
        e.id = QLatin1String(id);
        e.hlc = events.size() + 1;
        e.action = action;
        e.payload = wf::emptyPayload(action);
        events << e;
    }
    CHECK(wf::fold(intake, events).c.level == QStringLiteral("street"));
    CHECK(wf::nextLevel(QStringLiteral("district"), 1) == QStringLiteral("district"));
    CHECK(wf::nextLevel(QStringLiteral("grid"), -1) == QStringLiteral("grid"));
    for (const QString &l : cases::levels())
        CHECK(cases::levelName(l) != l);
}

TEST_CASE("a public-order matter goes at intake to the officer of the grid's paired police grid", "[cases][routing]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString officer =
        addWorker(*w.t, QStringLiteral("赵警官"), QStringLiteral("13800000003"), QStringLiteral("police"));
    QSqlQuery q(w.t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM categories WHERE route = 'police' AND parent_id IS NOT NULL "
                                  "ORDER BY code LIMIT 1")));
    REQUIRE(q.next());
    const QString policeCategory = q.value(0).toString();
    q.finish();
    Case draft = w.draft();
    draft.categoryId = policeCategory;

    // Not paired yet: the grid's own worker, as for any other matter.
    CHECK(service.caseById(must(service.registerCase(draft)))->handlerWorkerId == w.worker);

    PoliceGrid p;
    p.streetId = text(*w.t, QStringLiteral("SELECT id FROM streets LIMIT 1"));
    p.code = QStringLiteral("JG-002-01");
    p.name = QStringLiteral("八大关第一警格");
    p.officerId = officer;
    const QString police = must(PoliceGridService(*w.t).save(p));
    REQUIRE(GridService(*w.t).pair({w.grid}, police).ok());
    CHECK(service.caseById(must(service.registerCase(draft)))->handlerWorkerId == officer);
    // Any other category stays with the grid worker.
    CHECK(service.caseById(must(service.registerCase(w.draft())))->handlerWorkerId == w.worker);
}
