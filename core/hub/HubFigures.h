#pragma once
// The figures on the hub: the office's aggregate (stats/StatsStore.h) kept in the hub's database
// with the same tables, the same facts of a case (stats/CaseFacts.h) and the same grouped inserts,
// read in PostgreSQL's words (HubDialect.h); counted by the office's own query (stats/FigureQuery.h).
// An office keeps its aggregate with triggers; the hub keeps it per ingest, set-wise: the cases a
// package may change are noted before the merge and counted again after it, by the difference
// between their facts then and now.
//   stats_workdays         the working-day index from the hub's calendar
//   stats_case_facts       the facts of every case counted (stats::caseFactsFromCases), kept with
//                          the aggregate: a cut month's days are summed from them, and a case is
//                          counted again by the difference between its facts now and these
//   stats_grid_community   a view of the grids' communities (the hub undoes nothing, so it keeps
//                          no communities of grids gone as an office does)
#include "stats/FigureQuery.h"
#include "storage/Result.h"

#include <memory>

namespace gd {
class WorkCalendar;
}

namespace gd::hub {

class HubConnection;

// In initHub's transaction: what is missing is made, and the aggregate counted again from the
// cases when it was built with another definition of the figures (or never).
Status ensureHubFigures(HubConnection &hub);
// Whether the aggregate is built with this GridDesk's definition.
Result<bool> hubFiguresCurrent(HubConnection &hub);

// An ingest's share, in its transaction. before(): after the package is staged, before anything
// is written: the cases it may change (its cases, the cases of its events, the cases of grids it
// moves to another community) are noted. after(): after the merge and the refold, their facts are
// worked out again and what differs from the facts kept for them is taken out of the counts and
// added; a calendar the package changed counts the cases it affects again with the new working
// days.
class HubFigureUpkeep
{
public:
    explicit HubFigureUpkeep(HubConnection &hub);
    ~HubFigureUpkeep();
    Status before();
    Status after();
    // A change the hub makes itself (a conflict settled): in before()'s place, the cases named are
    // noted; after() counts them again, and with `calendarChanges` also the cases whose working
    // days the calendar's change touches.
    Status before(const QStringList &caseIds, bool calendarChanges = false);

private:
    HubConnection &m_hub;
    std::unique_ptr<WorkCalendar> m_calendar; // the calendar before, when the package brings days
};

// The hub as a place figures are counted: stats::count(hubFigureSource(hub), request).
stats::FigureSource hubFigureSource(HubConnection &hub);

} // namespace gd::hub
