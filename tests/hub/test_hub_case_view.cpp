// A case read in full on a hub (cases/CaseView.h over the hub's ReadSource) is the case the office
// reads: its row, the names of its grid, handler, category and finder, and its whole timeline in
// order, for cases in every state; a case the hub does not hold is NotFound, named.
#include "HubTestDb.h"
#include "cases/CaseView.h"
#include "cases/WorkflowAction.h"
#include "hub/HubFigures.h"
#include "test_stats_oracle.h"

using namespace gd;
using namespace gdtest;

namespace {

QString described(const CaseView &v)
{
    const Case &c = v.c;
    QStringList parts{c.id,
                      c.number,
                      c.state,
                      c.channel,
                      c.requestType,
                      c.urgency,
                      c.reporterName,
                      c.reporterPhone,
                      c.address,
                      c.description,
                      c.request,
                      c.leadName,
                      c.hotlineOrder,
                      v.grid,
                      v.handler,
                      v.category,
                      v.finder,
                      QString::number(c.receivedMs),
                      QString::number(c.dueMs),
                      QString::number(c.reportCount),
                      QString::number(c.anonymous)};
    for (const CaseEvent &e : v.events)
        parts << e.id + QLatin1Char('|') + workflow::keyText(e.action) + QLatin1Char('|') + QString::number(e.atMs) +
                     QLatin1Char('|') + e.note + QLatin1Char('|') + e.operatorName + QLatin1Char('|') + e.operatorLogin;
    return parts.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("a case read in full on the hub is the case the office reads", "[hub][cases]")
{
    StatsDistrict d(500);
    Database &office = *d.t;
    HubDb h;
    ingestWhole(h, office, QDir(d.t.dir.path()));
    ReadSource atHub = hub::hubFigureSource(*h);
    atHub.nowMs = office.nowMs();

    // A few cases of every state, and those with a unit handling them or found on patrol.
    QStringList sample = ids(office, "SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY state ORDER BY id) "
                                     "AS n FROM cases) WHERE n <= 4");
    sample += ids(office, "SELECT id FROM cases WHERE handler_unit_id IS NOT NULL AND handler_unit_id <> '' LIMIT 3");
    sample += ids(office, "SELECT id FROM cases WHERE found_by_worker_id IS NOT NULL AND found_by_worker_id <> '' "
                          "LIMIT 3");
    REQUIRE(sample.size() > 20);
    int events = 0, units = 0, finders = 0;
    for (const QString &id : sample) {
        INFO(id.toStdString());
        auto mine = caseView(ReadSource::of(office), id);
        REQUIRE(mine.ok());
        auto theirs = caseView(atHub, id);
        INFO(theirs.message().toStdString());
        REQUIRE(theirs.ok());
        CHECK(described(*theirs) == described(*mine));
        CHECK_FALSE(mine->grid.isEmpty());
        CHECK_FALSE(mine->category.isEmpty());
        events += int(mine->events.size());
        units += !mine->c.handlerUnitId.isEmpty() && !mine->handler.isEmpty();
        finders += !mine->finder.isEmpty();
    }
    CHECK(events > sample.size()); // timelines, not just the intake
    CHECK(units > 0);
    CHECK(finders > 0);

    auto none = caseView(atHub, QStringLiteral("no-such-case"));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().kind == ErrorKind::NotFound);
    CHECK(none.message().contains(QStringLiteral("no-such-case")));
}
