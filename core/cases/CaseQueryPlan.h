#pragma once
// How CaseQueries reads a filter: which index ranges a page walks (the "driver" list, one range
// per value, merged) and which conditions only check the rows met on the way. Internal to
// CaseQueries; kept apart because choosing the reads is one job and stepping them another.
#include "CaseQueries.h"
#include "storage/ReadSource.h"

#include <QVariantList>

namespace gd {

struct CaseQueryPlan {
    bool empty = false; // a filter that can match nothing (a street without grids)
    qint64 now = 0;
    CaseSort sort = CaseSort::ReceivedDesc;
    // The list read as one index range per value and merged; empty column: one statement.
    QString driverColumn;
    QString index; // pinned with INDEXED BY: the driver's, or cases_handler
    // The range is read whole and sorted (no index gives the order): pick the page's ids
    // first and join only those.
    bool sortIdsFirst = false;
    QStringList driverValues;
    QStringList where; // the other filters, "?" bound from binds in order
    QVariantList binds;
    QStringList countWhere; // the same filters with the driver's list inline, for count()
    QVariantList countBinds;
};

// Validates the filter (Invalid for an unknown state, due filter or channel; Data when
// "due_soon" needs a year the calendar lacks) and resolves streets, communities and categories
// to the grids and categories they stand for.
Result<CaseQueryPlan> planCaseQuery(const ReadSource &source, const CaseFilter &filter);

// The last instant "due_soon" covers at `nowMs`: the end of the next working day. Shared with the
// due board (CaseWorkload) so both count the same cases. Data when the calendar lacks the year.
Result<qint64> dueSoonEndMs(const ReadSource &source, qint64 nowMs);
Result<qint64> dueSoonEndMs(Database &db, qint64 nowMs);

} // namespace gd
