#pragma once
// The aggregate the figures are read from (schema v32): the measures of CaseFacts.h summed per
// view, month and a few keys, in five local tables the file keeps for itself (never exchanged:
// each office derives them from its cases).
//   stats_grid                 view, month, grid                 totals of a scope, and by street,
//                                                                community, grid or month
//   stats_grid_channel         view, month, grid, channel
//   stats_grid_handler         view, month, grid, handler        a worker ('w:id') or unit ('u:id')
//   stats_grid_category        view, grid, month, category       one grid's categories
//   stats_community_category   view, month, community, category  the categories of larger scopes
// Triggers on the cases table keep them current in the same transaction as every change of a
// case, whatever makes it: the desk, a merge, the undo of a merge, a conflict settled. A row's old
// contribution is taken away and its new one added, only when a column the figures read changed.
// The working days of a case come from stats_workdays, filled from the office's calendar.
#include "CaseFacts.h"
#include "storage/Result.h"

#include <QPair>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace gd {
class WorkCalendar;
}

namespace gd::stats {

struct AggregateTable {
    QString name;
    QStringList keys;       // after view and month, in the facts' key names
    bool gridFirst = false; // the primary key is (view, grid_id, month, …): one grid's months read together
};
const QList<AggregateTable> &aggregateTables();

// What a hub keeping the same aggregate (hub/HubFigures.h) builds it with, in SQLite's words: a
// table, the grouped insert every writer of it uses (each measure summed from `source` with
// `weight` before it: "" added, "-" taken away; added to the rows there when `upsert`), and the
// digest of the definition, which changes with a new version of the figures.
QString createTableSql(const AggregateTable &t);
QString groupedSql(const AggregateTable &t, View view, const QString &source, const QString &weight, bool upsert);
QString definitionDigest();

// The working-day index: for each day (days since 1970-01-01, Beijing time) the working days up to
// and including it, from the calendar as every deadline reads it.
QList<QPair<qint64, qint64>> workdayIndex(const WorkCalendar &calendar);

// The cases (alias c) a change of the calendar from `before` to `after` may count otherwise: those
// received before the last day that changed and done after the first. Empty when no working day
// changed.
QString calendarAffected(const WorkCalendar &before, const WorkCalendar &after);

// Whether the aggregate is built with today's definition and its triggers are all in place: what
// opening a file checks (schema::upkeep) before it takes the time to build it again.
Result<bool> isCurrent(QSqlDatabase db);

// Creates what is missing (tables, triggers, the working-day index) and, when the triggers'
// definition differs from the one the file was built with (a new version of the figures) or the
// aggregate was never built, rebuilds it. Run after the schema ladder, in its transaction.
Status ensureStore(QSqlDatabase db);

// Counts everything again from the cases, in the caller's transaction. progress(fraction) may
// cancel (Cancelled). Also what `griddesk-cli stats rebuild` runs.
Status rebuild(QSqlDatabase db, const std::function<bool(double)> &progress = {});

// For a bulk load (the demo): the triggers go, and rebuild() brings them back with the counts.
Status suspendTriggers(QSqlDatabase db);

// After a change of the calendar, in the caller's transaction: the working-day index filled again
// and the cases whose working days may have changed (received before the last day that changed and
// done after the first) counted again. Nothing when no working day changed.
Status calendarChanged(QSqlDatabase db, const WorkCalendar &before);

// The health check: the aggregate against a full recount of the cases. The differing rows, each
// named "table view month keys: measure stored ≠ counted", at most `limit` of them.
Result<QStringList> recountDifferences(QSqlDatabase db, int limit = 20);

} // namespace gd::stats
