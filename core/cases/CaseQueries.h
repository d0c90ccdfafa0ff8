#pragma once
// The case list at district scale (a million cases and more): filters, four sort orders and
// keyset paging. A page never skips rows with OFFSET and nothing ever loads the whole table:
// each page walks index ranges from where the previous page stopped.
//
// How a page is read (CaseQueryPlan.cpp chooses the index ranges, CaseQueries.cpp steps them):
// - Every order ends in the case id, so rows with the same time still have one fixed order, and
//   the opaque page key is (sort value, id) of the last row shown.
// - A filter that expands to a list (the grids of a street or community, a category with its
//   sub-categories, several states) is read as one index range per list value, merged as they
//   are stepped: a page reads about `limit` + list-size rows, however many cases the street
//   holds. A plain "grid_id IN (…)" would sort every case of the street for every page.
// - The indexes: cases_received, cases_grid, cases_category, cases_handler, cases_state_due
//   (the deadline order and filters) of schema v3; cases_state_received and cases_updated of v4.
//   Measured on a million cases (2 cores): a page of 50 takes 1–25 ms whatever the filter.
// - Cases without a deadline come after all others in the deadline order.
#include "storage/ReadSource.h"
#include "storage/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace gd {

class Database;

enum class CaseSort {
    ReceivedDesc, // newest first (the default)
    ReceivedAsc,  // oldest first
    DueAsc,       // earliest deadline first, cases without one last
    UpdatedDesc,  // most recently changed first
    // Earliest callback deadline first (回访时限): the callback queue's order, for the callbacks
    // waiting only (CaseFilter::due "callback" or "callback_overdue").
    CallbackDueAsc,
};

struct CaseFilter {
    QStringList states; // keys of cases::states(); empty: any
    // "" any; "overdue": open and past its deadline; "due_soon": open, not yet overdue, and due
    // by the end of the next working day (WorkCalendar: today's deadlines count, and on a Friday
    // the next working day is Monday, or the make-up Saturday); "late_sign": dispatched and not
    // signed for by the office's sign-for limit (cases/Timeliness.h); "callback": completed and
    // waiting for its callback (待回访); "callback_overdue": of those, past the callback limit.
    QString due;
    QString streetId;    // through the grids of the street
    QString communityId; // through the grids of the community
    QString gridId;
    QString categoryId; // a category includes its sub-categories
    QString channel;
    QString handlerWorkerId;
    QString handlerUnitId;
    QString leadOrgId;
    // A further condition on the case row (alias c), as core writes it for the cases behind a
    // figure (stats/FigureCases.h); never text a user typed.
    QString condition;
    qint64 fromMs = 0; // received at or after (0: no bound)
    qint64 toMs = 0;   // received before, exclusive (0: no bound)
    CaseSort sort = CaseSort::ReceivedDesc;
    qint64 nowMs = 0; // "now" for the deadline filters and the overdue flag; 0: the database clock
};

// One line of the list: enough to show and sort it without reading the case.
struct CaseRow {
    QString id;
    QString number;
    QString state;
    QString channel;
    QString urgency;
    QString categoryName;
    QString gridCode;
    QString gridName;
    QString address;
    QString reporterName;
    QString reporterPhone;
    QString description; // the first 80 characters
    qint64 receivedMs = 0;
    qint64 dueMs = 0; // 0: no deadline
    qint64 updatedMs = 0;
    qint64 callbackDueMs = 0; // completed, waiting for the callback: call back by then (0: none)
    QString handlerName;      // the grid worker's or the unit's
    QString leadName;
    QString supervision;
    int reportCount = 1;
    bool overdue = false; // open and past its deadline at the filter's "now"
};

struct CasePage {
    QList<CaseRow> rows;
    QString nextKey; // pass to page() for the rows after these; empty when there are none
};

class CaseQueries
{
public:
    explicit CaseQueries(Database &db);
    // A hub's cases (storage/ReadSource.h), read by the same plan; "now" is the source's.
    explicit CaseQueries(ReadSource source)
        : m_source(std::move(source))
    {}

    static constexpr int kMaxLimit = 1000;
    static constexpr int kDescriptionChars = 80;

    // Up to `limit` (1..kMaxLimit) rows after `afterKey` (empty: from the start). A key is only
    // meaningful with the sort it came from: another sort's key is refused (Invalid). Rows
    // changed between two pages may move: a case updated while paging "updated desc" can show
    // again or be passed, as with any keyset list; the received and deadline orders only move
    // on an extension. Errors: Invalid for a bad state, due filter, limit or key; Data when
    // "due_soon" needs a year the working-day calendar lacks.
    Result<CasePage> page(const CaseFilter &filter, int limit, const QString &afterKey = {}) const;

    // How many cases match. Slower than a page: it visits every matching case (in a million-case
    // file about 5 ms for one grid or worker, 0.15–0.2 s for a whole street, up to half a second
    // for all archived cases), so a list shows its pages first and the count when it comes.
    Result<int> count(const CaseFilter &filter) const;

    // EXPLAIN QUERY PLAN of the statements page() runs for this filter and key, one line per
    // plan row ("SEARCH c USING INDEX cases_grid (grid_id=? AND received_ms<?)"), for tests
    // and the benchmark. A merged list plans each range alike, so its statement is shown once.
    QStringList queryPlan(const CaseFilter &filter, const QString &afterKey = {}) const;

    // Sort orders by their key, for the CLI and settings: received, received_asc, due, updated.
    static QStringList sortKeys();
    static bool sortFromKey(const QString &key, CaseSort *sort);

private:
    ReadSource m_source;
};

} // namespace gd
