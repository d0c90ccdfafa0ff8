#pragma once
// The due board (到期预警): how many open cases each handler and each grid holds, how many of
// them fall due within one working day and how many are overdue; and, for one case, how long its
// extension requests waited for a decision, shown apart from the deadline.
//
// "Due within one working day" and "overdue" are exactly the case list's "due_soon" and
// "overdue" filters (CaseQueries.h), at the same "now", so a number on the board is the length
// of the list it opens. Both count the lead's deadline (due_ms), from registration.
//
// Cost: the open count needs every open case, so the board reads the open states' ranges of
// cases_state_due (state, due_ms) and nothing else: at a million cases of which about eleven
// thousand are open, one statement of 20–25 ms, whatever the archive holds.
#include "CaseQueries.h"
#include "Workflow.h"
#include "storage/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

class Database;
class WorkCalendar;

// One line of the board: a handler (a grid worker or a handling unit) or a grid. The line with
// an empty id gathers the open cases without one (returned, or registered outside any grid).
struct WorkloadRow {
    QString kind; // "worker", "unit" or "grid"; "" for the cases without a handler (or grid)
    QString id;
    QString name;          // the worker's, unit's or grid's name
    QString code;          // the grid's code; the worker's phone
    QString communityId;   // grids only
    QString communityName; // grids only
    int open = 0;
    int dueSoon = 0;
    int overdue = 0;
    int lateToSign = 0; // dispatched, not signed for within the office's limit
};

struct Workload {
    qint64 nowMs = 0;
    qint64 dueSoonEndMs = 0; // the end of the next working day: "due soon" is [now, this]
    // Most overdue first, then most due soon, then most open, then by name.
    QList<WorkloadRow> handlers;
    QList<WorkloadRow> grids;
    WorkloadRow total; // every open case
    // The callback queue (待回访): completed cases waiting for their callback, and those past
    // the office's callback limit.
    int callbacksWaiting = 0;
    int callbacksOverdue = 0;
};

// Time spent waiting for extension decisions: from each request_extension to the event that
// ended the wait (decide_extension, or complete, which drops a pending request), or to now.
// Working time counts only the hours of working days (Beijing calendar days, holidays and
// make-up days as in WorkCalendar), so a request left over a weekend does not look slow.
struct ExtensionWait {
    static constexpr qint64 kHourMs = 3600 * 1000;
    static constexpr qint64 kDayMs = 24 * kHourMs;

    int requests = 0;
    bool pending = false;
    qint64 pendingSinceMs = 0;
    qint64 elapsedMs = 0;        // calendar time, all requests together
    qint64 workingMs = 0;        // the part of elapsedMs on working days
    qint64 pendingWorkingMs = 0; // the part of workingMs the pending request has waited so far

    // Whole working days and the hours left over, of workingMs (or of another span).
    static int days(qint64 ms) { return int(ms / kDayMs); }
    static int hours(qint64 ms) { return int(ms % kDayMs / kHourMs); }
};

class CaseWorkload
{
public:
    explicit CaseWorkload(Database &db)
        : m_db(db)
    {}

    // The board at `nowMs` (0: the database clock). Errors: Data when the working-day calendar
    // lacks the year of the next working day (as the "due_soon" filter), Internal on SQL failure.
    Result<Workload> load(qint64 nowMs = 0) const;

    // EXPLAIN QUERY PLAN of load()'s statement, one line per plan row, for tests and the bench.
    QStringList queryPlan() const;

    // The case list a board cell stands for: the row's handler or grid, the open states, sorted
    // by deadline, and `due` ("", "due_soon", "overdue" or "late_sign"). Empty rows (no handler) give none:
    // the list has no "without a handler" filter, so *ok is false.
    static CaseFilter filterFor(const WorkloadRow &row, const QString &due, bool *ok);

    // One case's waiting time at `nowMs` (0: the database clock). NotFound for an unknown case;
    // Data when a day waited lies outside the calendar's years.
    Result<ExtensionWait> extensionWait(const QString &caseId, qint64 nowMs = 0) const;
    // The same from a timeline (any order: sorted as Workflow's fold sorts it).
    static Result<ExtensionWait> extensionWait(const WorkCalendar &calendar, QList<CaseEvent> events, qint64 nowMs);
    // The part of [fromMs, toMs) that falls on working days (Beijing calendar days).
    static Result<qint64> workingTime(const WorkCalendar &calendar, qint64 fromMs, qint64 toMs);

private:
    Database &m_db;
};

} // namespace gd
