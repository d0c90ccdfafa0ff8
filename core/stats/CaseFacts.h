#pragma once
// What one case adds to the office's figures (docs/figures.md): its measures, each a count of 0 or
// 1 (or its working days), and the keys it is counted under. Written once, as SQL over a row of
// the cases table, and used by everything that counts: the triggers that keep the aggregate
// current (StatsStore), its rebuild, the health check's recount, and the direct count of the
// part-months at the edges of a period (FigureQuery).
//
// Which cases count: every case not deleted and not merged into another (a repeat attached to a
// case is a report of it, never a case). A case counts in the month (Beijing time) it was received
// (view "received") or the month it was done (view "completed"); done means completed (settled at
// the desk included) or not accepted / guided elsewhere (those are handled, never solved).
#include <QString>
#include <QStringList>

namespace gd::stats {

enum class View { Received = 0, Completed = 1 };

// The measures, in the aggregate's column order:
//   n            cases
//   done         completed, settled at the desk, not accepted or guided elsewhere
//   on_time      done by the deadline in force (cases/Timeliness.h's one rule)
//   cb_need      completed and needing a callback (not settled at the desk, not "not needed")
//   cb_done      of those, with the callback's outcome: reached, unreachable or declined
//   reached      callbacks reached (an answer given: 满意, 基本满意, 不满意)
//   solved       reached and solved
//   satisfied, basic, dissatisfied   the reached answers
//   unreachable, declined            callbacks that reached nobody, or were refused
//   settled      settled at the desk (当场办结): completed and closed at once, no callback
//   referred     handled by a unit outside the office (转办)
//   repeated     with at least one repeat report attached
//   reopened     reopened after a dissatisfied callback
//   proactive    found on patrol (未诉先办)
//   days_sum, days_n   working days from receipt to done, and the done cases that have them
//   h0 … h20, h21      how many done cases took 0 … 20 working days, and 21 or more
QStringList measureNames();
constexpr int kHistogramDays = 21; // h21 holds 21 days and more

// The columns of the cases table the measures and keys read.
QStringList sourceColumns();

// A subquery of one row per counted case, with every measure and key as a column: over the cases
// table (alias c, with an optional further condition on it) or, in a trigger, over the pseudo-row
// "NEW" or "OLD". The keys: received_month, done_month (NULL until done), grid_id, community_id,
// category_id, channel, handler ('w:<worker id>', 'u:<unit id>' or '').
// `fence` ends each step of the nesting: a database whose planner would copy a step's lookups into
// every measure that reads them (PostgreSQL pulls the subqueries up, so the working-day lookups
// would run once per measure and row) is given its way to keep a step whole (" OFFSET 0"); SQLite
// needs none.
QString factsFromCases(const QString &condition = {}, const QString &fence = {});
QString factsFromRow(const QString &pseudoRow);
// The same facts with the case they are of: case_id, received_ms and done_ms (NULL until done)
// after the keys. What a store keeping the facts of every case (the hub's stats_case_facts,
// hub/HubFigures.h) holds, so that the days of a cut month are summed from them.
QString caseFactsFromCases(const QString &condition = {}, const QString &fence = {});
QStringList keyNames(); // the keys above, in that order

// What of a case's state the figures read, as SQL over the row `alias`: 1 not accepted or guided
// elsewhere (done, never solved), 2 merged into another case (not a case), 0 any other state. A
// change of state that keeps this (signed → in progress) changes no figure.
QString stateClassSql(const QString &alias);

// When the case under `alias` was done (completed, or closed as not accepted or guided elsewhere),
// as SQL: NULL until then.
QString doneMsSql(const QString &alias);

// A measure that counts cases (not days) as a condition on a row of the cases table (alias c),
// merged cases left out: the cases behind a figure, for the case list. Empty for days_sum.
QString measureOnCases(const QString &measure);

// The month key (yyyymm) of an instant in ms, Beijing time, as SQL.
QString monthKeySql(const QString &msExpression);

} // namespace gd::stats
