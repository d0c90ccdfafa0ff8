#pragma once
// The workflow's actions as types: an enum for the action and one struct per kind of detail an
// action carries. The window, the CLI and the demo build a Step from these; what an event says
// is read back as the same types. Only core/cases/EventPayload.cpp knows how an event's details
// are stored (the JSON of case_events.data), so the stored form can change in one place.
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace gd::workflow {

// The stored keys (case_events.action) are in key(); the order here is not stored anywhere.
enum class Action : unsigned char {
    Register,
    Accept,
    SettleAtDesk, // 当场办结: answered or solved while the resident waits; no dispatch, no callback
    Refuse,       // 不予受理, with the reason
    Redirect,     // 引导至其他渠道: 110, 119, 120, a court, the petition office, another district…
    Dispatch,
    RouteUp,   // 上报: to a higher tier, with the reason
    RouteDown, // 下派: back to a lower tier, with the instruction
    Return,
    DecideReturn,
    Sign,
    Note,
    Meeting,
    RequestExtension,
    DecideExtension,
    Supervise,
    Complete,
    CallbackTry, // a callback that reached nobody; the last of the office's tries closes as unreachable
    Callback,
    Reopen,
    Archive,
    Report,
    Split,
    AnswerReport,   // 答复 an attached report: its own reply, which the hotline's order gets back
    CallbackReport, // the callback to an attached report's resident
    Settle,         // a supervisor chooses which of concurrent branches stands
    Reschedule,     // provisional deadlines recomputed on the official calendar (CalendarRecompute.h)
    // 疑似重复: a case the repeat finder scored as possibly repeating another (at a 12345 import),
    // waiting for a person's decision. Not a move.
    SuspectRepeat,
    RejectRepeat, // 不是重复: the pair is decided apart and never proposed again. Not a move.
    MergeInto,    // 并入: a case not yet dispatched joins another as one of its reports
    Unmerge,      // a merged case stands on its own again (its report split back out of the other)
    // An event whose key this version does not know (written by a newer office): shown, not folded.
    Unknown,
};

// "register", "accept", … as stored and exchanged; "unknown" for Unknown.
const char *key(Action action);
QString keyText(Action action);
std::optional<Action> actionFromKey(const QString &key);
// Every known action, in the order above.
QList<Action> actions();
// The actions a user takes from the case page or the CLI (register, report and split come from
// intake and the repeat finder).
QList<Action> manualActions();
QString actionName(Action action);

// ---- what an action carries -------------------------------------------------------------------

// Who does the work: a grid worker, a unit, or both (dispatch, route up, decide a return).
// The worker or unit a case goes to. A dispatch (and a route up or a supervisor's decision after a
// return) also carries the handler's deadline, counted from the dispatch and never later than the
// case's, and the time by which the handler signs for it; both are computed when the move is made
// (CaseService), so every office replays the same dates. Older moves carry neither (0).
// A route up or down also names the tier it goes to (cases::levels()); a dispatch names none and
// leaves the case at its tier.
struct Handler {
    QString workerId;
    QString unitId;
    qint64 dueMs = 0;
    qint64 signByMs = 0;
    QString level{};
};

// Registration: the first handler, and the deadline computed at intake (or why there is none).
// A walk-in, a call or a patrol find is accepted as it is registered (cases::acceptedAtIntake);
// CaseService sets `accepted`, so a registration recorded before keeps its meaning.
struct Registration {
    Handler handler;
    qint64 dueMs = 0;
    QString deadlineNote; // the calendar does not cover the date yet
    bool accepted = false;
};

// Guided to another channel (引导至其他渠道): where the resident was sent, one of
// redirectTargets(), which the figures count.
struct Redirection {
    QString target;
};

// Signing for a case: the handler's deadline, computed by the service when the case is signed for.
// Signing for a case moves no deadline; a sign-for recorded before the handler's deadline ran
// from the dispatch carries the one it started then, which still counts.
struct SignFor {
    qint64 handlerDueMs = 0;
};

// A wrong dispatch sent back: one of returnReasons() (wrong_area, unclear_ownership, …).
struct ReturnReason {
    QString reason;
};

// Asked before the deadline; after it, only a supervisor asks, with a reason, and the request is
// marked late (counted apart by the figures). `late` is set by CaseService, never by the caller.
struct ExtensionRequest {
    int days = 0; // working days
    bool late = false;
};

// A completion (办结) sets when the resident is called back by (回访时限): computed by CaseService
// from the office's rules; a completion recorded before this rule carries none (0).
struct Completion {
    qint64 callbackDueMs = 0;
};

// A reopened case (重办) is judged against a new deadline counted from the reopening; the first
// completion stays on the timeline with the deadline it met or missed. Computed by CaseService;
// a reopening recorded before this rule carries none (0) and leaves the deadline as it was.
struct Reopening {
    qint64 dueMs = 0;
    qint64 handlerDueMs = 0;
};

// A supervisor's decision; when approved, the service computes the new deadlines.
struct ExtensionDecision {
    bool approved = false;
    qint64 dueMs = 0;
    qint64 handlerDueMs = 0;
};

// normal | yellow | red (supervisionLevels()).
struct Supervision {
    QString level{};
};

// How a callback ended (callbackResults()): the resident was reached and said how satisfied and
// whether solved; or could not be reached after the office's tries (each a CallbackTry); or
// declined; or no callback was needed (notNeededReasons(): anonymous, found on patrol, …). Only a
// reached callback carries a satisfaction: nothing is ever made up for the others. A callback
// recorded before these outcomes carries none and was reached.
struct CallbackOutcome {
    QString satisfaction; // reached: satisfied | basic | dissatisfied
    std::optional<bool> solved;
    QString result = QStringLiteral("reached");
    QString reason{};        // not_needed: why
    QString reportEventId{}; // Action::CallbackReport: the attached report whose resident was called
};

// The reply to an attached report (Action::AnswerReport): which report; the note is the reply. A
// callback that reached nobody (Action::CallbackTry) names the report whose resident was called, or
// none for the case's own resident (and a try recorded before reports had tries names none).
struct ReportReply {
    QString reportEventId;
};

// Another report of the same matter, kept in the case's timeline with its own resident.
struct AttachedReport {
    QString reporterName;
    QString reporterPhone;
    bool anonymous = false;
    QString channel;
    QString requestType;
    QString description;
    QString request;
    QString address;
    qint64 receivedMs = 0;
    QString hotlineOrder;
    QString fromCaseId{}; // the case merged in as this report (Action::MergeInto); "" for intake's
};

// Two cases and how alike the repeat finder found them: the other case of a suspected repeat, the
// case one was merged into (with the report it became there), or the case it was split back from.
struct RepeatLink {
    QString caseId;
    int score = 0;
    QString reasons{};       // RepeatCandidate::reasons joined by ','
    QString reportEventId{}; // MergeInto, Unmerge: the report event in the other case
};

// An attached report split back out into a case of its own.
struct SplitOut {
    QString reportEventId;
    QString newCaseId;
};

// A supervisor's settlement of concurrent branches: the branching (the move every branch was
// taken after) and the first move of the branch that stands.
struct BranchChoice {
    QString after;
    QString keep;
};

// Deadlines recomputed when the official calendar of a year that was provisional arrives: the new
// value of each deadline that moved (0: unchanged). Written by CalendarRecompute, never by a user.
struct Rescheduling {
    qint64 dueMs = 0;
    qint64 handlerDueMs = 0;
    qint64 signByMs = 0;
    qint64 callbackDueMs = 0;
    bool isEmpty() const { return dueMs == 0 && handlerDueMs == 0 && signByMs == 0 && callbackDueMs == 0; }
};

using Payload = std::variant<std::monostate, Registration, Handler, SignFor, ReturnReason, ExtensionRequest,
                             ExtensionDecision, Supervision, CallbackOutcome, AttachedReport, SplitOut, BranchChoice,
                             Reopening, Completion, Rescheduling, Redirection, ReportReply, RepeatLink>;

// The kind of payload an action carries, as an empty value of it (std::monostate for none): the
// window and the CLI ask for the details this says, the guard refuses any other kind.
Payload emptyPayload(Action action);

// What a user asks for: one action, the note, and the action's details. Details left out
// (std::monostate) become the action's empty details, which the guard then asks to fill in.
struct Step {
    Step(Action action = Action::Note, QString note = {}, Payload payload = {});
    Action action;
    QString note;
    Payload payload;
};

// Where a resident is guided (Redirection): police_110, fire_119, medical_120, court, petition,
// other_district, other_hotline.
QStringList redirectTargets();
QString redirectTargetName(const QString &key);
// How a callback ended: reached, unreachable, declined, not_needed.
QStringList callbackResults();
QString callbackResultName(const QString &key);
// Why no callback was needed: anonymous, patrol, praise, at_desk.
QStringList notNeededReasons();
QString notNeededReasonName(const QString &key);

// What a callback's outcome or a redirection decided, in a few words for a timeline ("Reached:
// satisfied, solved", "Unreachable", "No callback needed: anonymous report", "Police (110)");
// empty for the other details.
QString outcomeText(const Payload &payload);

// The supervision levels a supervisor may give, and their names.
QList<QString> supervisionLevels(); // normal, yellow, red
QString supervisionLevelName(const QString &level);

} // namespace gd::workflow
