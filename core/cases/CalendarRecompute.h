#pragma once
// When the official calendar of a year that was provisional arrives (an administrator imports the
// State Council's notice, enters its days, or a merge brings them from another office), every
// case still running whose deadlines were counted on the provisional calendar has them counted
// again, each change recorded as an event (Action::Reschedule) so every office replays the same
// dates and the timeline says why a date moved.
//
// A deadline keeps the number of working days it counted from where it was counted: the receipt
// for the case's first deadline, the dispatch for the handler's deadline and the sign-for limit,
// the completion for the callback, the reopening for a reopened case's, the deadline it extended
// for an extension. A handler's deadline stays capped at the case's. A completed case keeps the
// deadline it was judged against; only its callback date moves. Deadlines counted in hours
// (utilities) never move. A date an earlier recount wrote (here, or in the office whose import
// came by a merge) was counted on the official days and stands; a deadline that an earlier recount
// left in a year still provisional then is therefore not counted a second time.
#include "CaseTypes.h"
#include "Workflow.h"
#include "calendar/WorkCalendar.h"
#include "storage/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace gd {

class Database;

struct DeadlineMove {
    QString caseId;
    QString number;
    QString field; // "due", "handler_due", "sign_by", "callback_due"
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

struct RecomputeReport {
    QList<int> years; // the years that became official
    int checked = 0;  // cases whose deadlines reach into those years or later
    int moved = 0;    // cases with at least one deadline moved
    QList<DeadlineMove> moves;
};

namespace calendarrecompute {

// The field names of DeadlineMove, in the UI language.
QString fieldName(const QString &field);

// The deadlines of one case counted again: `before` is the calendar they were counted on,
// `after` the one in force now; the payload holds only what moved.
workflow::Rescheduling recompute(const WorkCalendar &before, const WorkCalendar &after, const Case &c,
                                 const QList<CaseEvent> &events);

// Inside the caller's write transaction, after the calendar's rows were written: when the
// calendar now has official years that `before` counted as provisional, every case not yet
// closed with a deadline from the first such year on is counted again and moved by an event.
// Nothing to do (an empty report) when no year became official. progress(done, total) returning
// false cancels (Cancelled), and the caller's transaction rolls everything back.
Result<RecomputeReport> run(Database &db, const WorkCalendar &before,
                            const std::function<bool(qint64, qint64)> &progress = {});

} // namespace calendarrecompute
} // namespace gd
