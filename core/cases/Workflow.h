#pragma once
// The workflow of a case as plain rules: which action may follow which state, who may take it,
// and what each event does to the derived state. A case's state is the fold of its events, so
// two offices that hold the same events compute the same state whatever order they merged in.
#include "CaseTypes.h"
#include "access/Actor.h"
#include "storage/Result.h"

#include <QJsonObject>
#include <QList>

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
    QString action;
    QString note;
    QJsonObject data;
};

namespace workflow {

// The longest extension any office may grant (DeadlineRules::extensionMaxDays is capped by it).
constexpr int kMaxExtensionDays = 30;

// register, accept, refuse, dispatch, route_up, return, decide_return, sign, note, meeting,
// request_extension, decide_extension, supervise, complete, callback, reopen, archive, report, split
QStringList actions();
QString actionName(const QString &action);
// Actions a user can take from the case page (register, report and split come from intake).
QStringList manualActions();

// The folded state of a timeline, including what the Case row does not keep.
struct Folded {
    Case c;
    bool extensionPending = false;
    int extensionsGranted = 0; // approved extensions; the office's rules say how many may be
    int pendingExtensionDays = 0;
    QString returnReason;
};

// Replays events (sorted by time, then HLC, then id) onto the intake record.
Folded fold(const Case &intake, QList<CaseEvent> events);
void apply(Folded &f, const CaseEvent &e);

// Whether `actor` may take `action` on a case in state `f` with this note and data; a translated
// refusal naming the reason otherwise.
Error guard(const Folded &f, const QString &action, const Actor &actor, const QString &note, const QJsonObject &data);

// What takes an action back, in a sentence for the window to show where the action is taken: no
// action leaves the timeline again (every office must end with the same events), so Ctrl+Z never
// undoes one; reopening, splitting or dispatching again does.
QString takenBackBy(const QString &action);

bool isOpen(const QString &state);
// Return reasons for 退单: wrong_area, unclear_ownership, overlapping_duties, other.
QStringList returnReasons();
QString returnReasonName(const QString &key);

} // namespace workflow
} // namespace gd
