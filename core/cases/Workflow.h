#pragma once
// The workflow of a case as plain rules: which action may follow which state, who may take it,
// and what each event does to the derived state. A case's state is the fold of its events, so
// two offices that hold the same events compute the same state whatever order they merged in.
#include "CaseTypes.h"
#include "WorkflowAction.h"
#include "access/Actor.h"
#include "storage/Result.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace gd {

struct CaseEvent {
    QString id;
    QString caseId;
    qint64 hlc = 0;
    QString site;
    qint64 atMs = 0;
    QString operatorId;
    QString operatorLogin;
    QString operatorName;
    workflow::Action action = workflow::Action::Unknown;
    QString note;
    workflow::Payload payload; // the action's details (WorkflowAction.h)
    // The move this event was taken after: the last standing move of the case in the office that
    // took it (empty for registration and for events written before version 18). Two moves taken
    // after the same one, unaware of each other, are concurrent branches (Folded::branchings).
    QString after;

    // The step this event took: what a user asked for, with what the service computed.
    workflow::Step step() const { return {action, note, payload}; }
};

namespace workflow {

// The longest extension any office may grant (DeadlineRules::extensionMaxDays is capped by it).
constexpr int kMaxExtensionDays = 30;

// Offices that acted on one case from the same state, unaware of each other: two or more moves
// taken after the same move. One branch stands (the one a supervisor chose with Action::Settle,
// else the one whose first move came first, by the same order in every office); the moves of the
// others are overridden, and the case lists the branching until a supervisor settles it.
struct Branching {
    QString after;     // the move every branch was taken after
    QStringList heads; // each branch's first move, in fold order
    QString standing;  // the head whose branch stands
    bool settled = false;
};

// An attached report still in the case, and how it was answered (Action::AnswerReport) and
// called back (Action::CallbackReport).
struct ReportState {
    bool answered = false;
    qint64 answeredMs = 0;
    QString answer;         // the reply's text
    QString callbackResult; // "" until its resident was called back
    QString callbackText;   // how that callback ended, in words (outcomeText)
    int callbackTries = 0;  // calls to its resident that reached nobody
};

// The folded state of a timeline, including what the Case row does not keep.
struct Folded {
    Case c;
    bool extensionPending = false;
    int extensionsGranted = 0; // approved extensions; the office's rules say how many may be
    int pendingExtensionDays = 0;
    int callbackTries = 0;              // callbacks that reached nobody since the last completion
    QMap<QString, ReportState> reports; // attached reports not split out, by their event id
    int unansweredReports() const;
    QString returnReason;
    QString stateBeforeMerge;    // where an Unmerge takes a merged case back to
    QString lastMove;            // the last standing move: what the next event is taken after
    QSet<QString> overridden;    // moves of branches that do not stand (kept in the timeline)
    QList<Branching> branchings; // in fold order; c.branches counts those not settled
};

// Whether an action moves the case along its workflow. Notes, meetings, reports, supervision and
// settlements never do: they stand whatever branch they were written in, and never make a branch.
bool isMove(Action action);

// Replays events (sorted by HLC, then id) onto the intake record: the moves of overridden
// branches are left out, so no field keeps a value from a branch that does not stand.
Folded fold(const Case &intake, QList<CaseEvent> events);
void apply(Folded &f, const CaseEvent &e);

// Whether `actor` may take `step` on a case in state `f`: the action may follow the state, the
// actor's role allows it, the note and the details are what the action needs. A translated
// refusal naming the field and the reason otherwise.
Error guard(const Folded &f, const Step &step, const Actor &actor);

// The actions the case page and the CLI offer on a case in state `f` to `actor`: those the guard
// allows now, or refuses only over a detail still to be filled in (a note, a handler, a reason).
QList<Action> offeredActions(const Folded &f, const Actor &actor);

// What takes an action back, in a sentence for the window to show where the action is taken: no
// action leaves the timeline again (every office must end with the same events), so Ctrl+Z never
// undoes one; reopening, splitting or dispatching again does.
QString takenBackBy(Action action);

bool isOpen(const QString &state);
// The tier `step` above (1) or below (-1) `level`, kept within grid … district.
QString nextLevel(const QString &level, int step);
// Return reasons for 退单: wrong_area, unclear_ownership, overlapping_duties, other.
QStringList returnReasons();
QString returnReasonName(const QString &key);

} // namespace workflow
} // namespace gd
