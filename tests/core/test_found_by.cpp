// A proactive find (巡查发现) is credited to the worker who found it: the finder named at intake,
// by default the grid worker at the desk or the grid's own worker; the month's review counts it
// for them, not for whoever handles the case (rating/MonthSheet, schema v31).
#include "cases/CaseService.h"
#include "rating/MonthSheet.h"
#include "test_rating_fixture.h"

using namespace gd;
using namespace gdtest;

namespace {

Case patrolFind(const CaseWorld &w)
{
    Case c = w.draft();
    c.channel = QStringLiteral("patrol");
    c.reporterName.clear();
    c.reporterPhone.clear();
    return c;
}

rating::RatingItem proactiveItem(const rating::MonthSheet &sheet)
{
    for (const rating::RatingItem &i : sheet.items)
        if (i.source == QLatin1String("proactive"))
            return i;
    FAIL("the template has no proactive item");
    return {};
}

} // namespace

TEST_CASE("a find on patrol names its finder: the one chosen or the worker at the desk or the grid's worker",
          "[cases][rating]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString other = addWorker(*w.t, QStringLiteral("李娜"), QStringLiteral("13953200055"));

    // Nobody named, the system at the desk: the grid's worker patrols the grid.
    Case found = service.caseById(must(service.registerCase(patrolFind(w)))).value();
    CHECK(found.proactive);
    CHECK(found.foundByWorkerId == w.worker);

    // Named at intake: kept.
    Case named = patrolFind(w);
    named.foundByWorkerId = other;
    CHECK(service.caseById(must(service.registerCase(named))).value().foundByWorkerId == other);

    // A grid worker signed in at the desk found it.
    Actor desk = as(Role::Staff, "lina");
    desk.workerId = other;
    w.t->setActor(desk);
    CHECK(service.caseById(must(service.registerCase(patrolFind(w)))).value().foundByWorkerId == other);
    w.t->setActor(Actor::system());

    // A resident's request has no finder, whatever the draft said.
    Case request = w.draft();
    request.foundByWorkerId = other;
    CHECK(service.caseById(must(service.registerCase(request))).value().foundByWorkerId.isEmpty());

    // A finder who is not on file is refused, naming the field.
    Case ghost = patrolFind(w);
    ghost.foundByWorkerId = QStringLiteral("no-such-worker");
    auto refused = service.registerCase(ghost);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("found_by_worker_id"));
}

TEST_CASE("the month's proactive item credits the finder and not the handler as a find from before v31 did", "[rating]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 11, 20, 10, 0));
    const QString handler = addWorker(*w.t, QStringLiteral("李娜"), QStringLiteral("13953200055"));
    // 陈姝夷 finds two matters in October; both are handled by 李娜.
    caseOf(w, handler, 0, 0, 0, {}, true, beijing(2026, 10, 12, 8, 0));
    caseOf(w, handler, 0, 0, 0, {}, true, beijing(2026, 10, 14, 8, 0));
    QSqlQuery q(w.t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM cases WHERE found_by_worker_id = '%1'").arg(w.worker)));
    REQUIRE(q.next());
    REQUIRE(q.value(0).toInt() == 2);
    q.finish();

    auto sheet = rating::computeMonth(*w.t, QStringLiteral("2026-10"));
    REQUIRE(sheet.ok());
    const rating::RatingItem item = proactiveItem(*sheet);
    const auto rowOf = [&sheet](const QString &worker) {
        for (const rating::SheetRow &r : sheet->rows)
            if (r.workerId == worker)
                return r;
        FAIL("no row");
        return rating::SheetRow();
    };
    CHECK(rowOf(w.worker).values.value(item.code).raw == 2);
    CHECK(rowOf(handler).values.value(item.code).raw == 0);
    CHECK(rating::casesBehind(*w.t, QStringLiteral("2026-10"), w.worker, item)->size() == 2);
    CHECK(rating::casesBehind(*w.t, QStringLiteral("2026-10"), handler, item)->isEmpty());

    // A find registered before the finder was kept names none: it counts for its handler as then.
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET found_by_worker_id = NULL WHERE received_ms = %1")
                       .arg(beijing(2026, 10, 14, 8, 0))));
    sheet = rating::computeMonth(*w.t, QStringLiteral("2026-10"));
    REQUIRE(sheet.ok());
    CHECK(rowOf(w.worker).values.value(item.code).raw == 1);
    CHECK(rowOf(handler).values.value(item.code).raw == 1);
    CHECK(rating::casesBehind(*w.t, QStringLiteral("2026-10"), handler, item)->size() == 1);
}
