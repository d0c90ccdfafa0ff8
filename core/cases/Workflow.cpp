#include "Workflow.h"

#include "WorkflowRules.h"
#include "access/Permissions.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace gd::workflow {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::workflow)
};

// The table is the workflow: one line per action (names and keys are in WorkflowAction.cpp).
const ActionRule kRules[] = {
    {Action::Register, Permission::HandleCases, false, {}},
    {Action::Accept, Permission::HandleCases, false, {"registered"}},
    // The note is the answer the resident was given, or what was done while they waited.
    {Action::SettleAtDesk, Permission::HandleCases, true, {"registered", "accepted"}},
    {Action::Refuse, Permission::HandleCases, true, {"registered", "accepted"}},
    {Action::Redirect, Permission::HandleCases, true, {"registered", "accepted"}},
    {Action::Dispatch, Permission::HandleCases, false, {"registered", "accepted"}},
    {Action::RouteUp, Permission::HandleCases, true, {"dispatched", "signed", "in_progress"}},
    {Action::RouteDown, Permission::HandleCases, true, {"dispatched", "signed", "in_progress"}},
    {Action::Return, Permission::HandleCases, true, {"dispatched", "signed"}},
    {Action::DecideReturn, Permission::SuperviseCases, false, {"returned"}},
    {Action::Sign, Permission::HandleCases, false, {"dispatched"}},
    {Action::Note,
     Permission::HandleCases,
     true,
     {"registered", "accepted", "dispatched", "returned", "signed", "in_progress", "completed"}},
    {Action::Meeting, Permission::HandleCases, true, {"accepted", "dispatched", "signed", "in_progress"}},
    {Action::RequestExtension, Permission::HandleCases, true, {"signed", "in_progress"}},
    {Action::DecideExtension, Permission::SuperviseCases, false, {"signed", "in_progress"}},
    {Action::Supervise,
     Permission::SuperviseCases,
     false,
     {"registered", "accepted", "dispatched", "returned", "signed", "in_progress"}},
    {Action::Complete, Permission::HandleCases, true, {"signed", "in_progress"}},
    // The case's own resident while it waits for its callback; an attached report's until it has its own.
    {Action::CallbackTry, Permission::HandleCases, false, {"completed", "callback_done"}},
    {Action::Callback, Permission::HandleCases, false, {"completed"}},
    {Action::Reopen, Permission::HandleCases, true, {"completed", "callback_done", "settled"}},
    // Only a case whose callback ended one of the recorded ways, or one that never needed one.
    {Action::Archive, Permission::HandleCases, false, {"callback_done", "refused", "redirected", "settled"}},
    {Action::Report,
     Permission::HandleCases,
     false,
     {"registered", "accepted", "dispatched", "returned", "signed", "in_progress", "completed", "callback_done"}},
    {Action::Split,
     Permission::HandleCases,
     false,
     {"registered", "accepted", "dispatched", "returned", "signed", "in_progress", "completed", "callback_done",
      "refused", "redirected", "settled", "archived"}},
    // Each attached report gets its own reply, once the case has a result (or was not taken up).
    {Action::AnswerReport, Permission::HandleCases, true, {"completed", "callback_done", "refused", "redirected"}},
    {Action::CallbackReport, Permission::HandleCases, false, {"completed", "callback_done"}},
    {Action::Settle, Permission::SuperviseCases, true, {}},
    // Whoever brings the official calendar (an administrator's import, a merge) moves the dates.
    {Action::Reschedule,
     Permission::HandleCases,
     false,
     {"registered", "accepted", "dispatched", "returned", "signed", "in_progress", "completed"}},
    // A suspected repeat is recorded by the import and decided by a person; only a case nobody has
    // started on is merged into another (a case at work is linked by attaching a report to it).
    {Action::SuspectRepeat, Permission::HandleCases, false, {"registered", "accepted"}},
    {Action::RejectRepeat, Permission::HandleCases, false, {}},
    {Action::MergeInto, Permission::HandleCases, false, {"registered", "accepted"}},
    {Action::Unmerge, Permission::HandleCases, false, {"merged"}},
};

const char *const kReturnReasons[][2] = {
    {"wrong_area", QT_TRANSLATE_NOOP("gd::workflow", "Not our area")},
    {"unclear_ownership", QT_TRANSLATE_NOOP("gd::workflow", "Ownership unclear")},
    {"overlapping_duties", QT_TRANSLATE_NOOP("gd::workflow", "Overlapping duties")},
    {"other", QT_TRANSLATE_NOOP("gd::workflow", "Other reason")},
};

} // namespace

const ActionRule *findRule(Action action)
{
    for (const ActionRule &a : kRules)
        if (a.action == action)
            return &a;
    return nullptr;
}

QStringList returnReasons()
{
    QStringList out;
    for (const auto &r : kReturnReasons)
        out << QString::fromLatin1(r[0]);
    return out;
}

QString returnReasonName(const QString &key)
{
    for (const auto &r : kReturnReasons)
        if (key == QLatin1String(r[0]))
            return QCoreApplication::translate("gd::workflow", r[1]);
    return key;
}

QString takenBackBy(Action action)
{
    switch (action) {
    case Action::Complete:
    case Action::Callback:
    case Action::Archive:
    case Action::Refuse:
    case Action::Redirect:
    case Action::SettleAtDesk:
    case Action::CallbackTry:
    case Action::AnswerReport:
    case Action::CallbackReport:
        return Text::tr("Reopening the case takes it back (a supervisor reopens it, or the resident's "
                        "dissatisfaction at the callback does).");
    case Action::MergeInto:
        return Text::tr("Splitting its report back out of the other case makes it a case of its own again.");
    case Action::Report:
    case Action::Register:
        return Text::tr("A report attached to the wrong case is split off into a case of its own; a case "
                        "registered by mistake is refused.");
    case Action::Accept:
    case Action::Dispatch:
    case Action::RouteUp:
    case Action::RouteDown:
    case Action::Return:
    case Action::DecideReturn:
    case Action::Sign: return Text::tr("Dispatching the case again to the right handler corrects it.");
    default: return Text::tr("A later note or action corrects it; the timeline keeps both.");
    }
}

QString nextLevel(const QString &level, int step)
{
    const QStringList tiers = gd::cases::levels();
    const int at = qMax(0, int(tiers.indexOf(level)));
    return tiers.at(qBound(0, at + step, int(tiers.size()) - 1));
}

bool isOpen(const QString &state)
{
    static const QStringList closed{QStringLiteral("completed"),     QStringLiteral("settled"),
                                    QStringLiteral("callback_done"), QStringLiteral("archived"),
                                    QStringLiteral("refused"),       QStringLiteral("redirected"),
                                    QStringLiteral("merged")};
    return !closed.contains(state);
}

void apply(Folded &f, const CaseEvent &e)
{
    Case &c = f.c;
    auto handOver = [&c](const Handler &h) {
        c.handlerWorkerId = h.workerId;
        c.handlerUnitId = h.unitId;
        c.handlerDueMs = h.dueMs;
        c.signByMs = h.signByMs;
    };
    const Payload &p = e.payload;
    switch (e.action) {
    case Action::Register:
        c.state = QStringLiteral("registered");
        if (const auto *r = std::get_if<Registration>(&p)) {
            c.dueMs = r->dueMs;
            handOver(r->handler);
            if (r->accepted)
                c.state = QStringLiteral("accepted");
        }
        break;
    case Action::Accept: c.state = QStringLiteral("accepted"); break;
    case Action::SettleAtDesk:
        // Completed on the spot: the resident heard the answer, so there is nobody to call back.
        c.state = QStringLiteral("settled");
        c.completedMs = e.atMs;
        c.closedMs = e.atMs;
        c.callbackDueMs = 0;
        c.callbackResult = QStringLiteral("not_needed");
        break;
    case Action::Refuse:
    case Action::Redirect:
        c.state = QLatin1String(e.action == Action::Refuse ? "refused" : "redirected");
        c.closedMs = e.atMs;
        break;
    case Action::Dispatch:
    case Action::RouteUp:
    case Action::RouteDown:
    case Action::DecideReturn:
        c.state = QStringLiteral("dispatched");
        if (const auto *h = std::get_if<Handler>(&p)) {
            handOver(*h);
            if (e.action == Action::RouteUp || e.action == Action::RouteDown)
                c.level = h->level.isEmpty() ? nextLevel(c.level, e.action == Action::RouteUp ? 1 : -1) : h->level;
        }
        f.returnReason.clear();
        break;
    case Action::Return:
        c.state = QStringLiteral("returned");
        if (const auto *r = std::get_if<ReturnReason>(&p))
            f.returnReason = r->reason;
        handOver({});
        break;
    case Action::Sign:
        c.state = QStringLiteral("signed");
        c.signByMs = 0;
        // Only a sign-for of before v19 carries a deadline (the handler's clock started there).
        if (const auto *s = std::get_if<SignFor>(&p); s && s->handlerDueMs != 0)
            c.handlerDueMs = s->handlerDueMs;
        break;
    case Action::Note:
    case Action::Meeting:
        if (c.state == QLatin1String("signed"))
            c.state = QStringLiteral("in_progress");
        break;
    case Action::RequestExtension:
        f.extensionPending = true;
        if (const auto *r = std::get_if<ExtensionRequest>(&p))
            f.pendingExtensionDays = r->days;
        break;
    case Action::DecideExtension:
        f.extensionPending = false;
        if (const auto *d = std::get_if<ExtensionDecision>(&p); d && d->approved) {
            ++f.extensionsGranted;
            if (d->dueMs != 0)
                c.dueMs = d->dueMs;
            if (d->handlerDueMs != 0)
                c.handlerDueMs = d->handlerDueMs;
        }
        break;
    case Action::Supervise:
        if (const auto *s = std::get_if<Supervision>(&p))
            c.supervision = s->level;
        break;
    case Action::Complete:
        // A completion after a reopen or on another branch: no earlier callback's outcome stays.
        c.state = QStringLiteral("completed");
        c.completedMs = e.atMs;
        c.satisfaction.clear();
        c.callbackResult.clear();
        c.solved = -1;
        c.closedMs = 0;
        f.extensionPending = false;
        f.callbackTries = 0;
        if (const auto *x = std::get_if<Completion>(&p))
            c.callbackDueMs = x->callbackDueMs;
        break;
    case Action::CallbackTry:
        if (const auto *r = std::get_if<ReportReply>(&p); r && !r->reportEventId.isEmpty()) {
            if (f.reports.contains(r->reportEventId))
                ++f.reports[r->reportEventId].callbackTries;
        } else {
            ++f.callbackTries;
        }
        break;
    case Action::Callback:
        c.state = QStringLiteral("callback_done");
        c.callbackDueMs = 0;
        if (const auto *o = std::get_if<CallbackOutcome>(&p)) {
            // Only a resident who was reached said anything about satisfaction or the result.
            const bool reached = o->result == QLatin1String("reached");
            c.callbackResult = o->result;
            c.satisfaction = reached ? o->satisfaction : QString();
            c.solved = reached ? (o->solved.value_or(false) ? 1 : 0) : -1;
        }
        c.closedMs = e.atMs;
        break;
    case Action::Reopen:
        c.state = QStringLiteral("in_progress");
        ++c.reopenCount;
        c.callbackDueMs = 0;
        if (const auto *r = std::get_if<Reopening>(&p); r && r->dueMs != 0) {
            c.dueMs = r->dueMs;
            c.handlerDueMs = r->handlerDueMs;
        }
        c.satisfaction.clear();
        c.callbackResult.clear();
        f.callbackTries = 0;
        c.solved = -1;
        c.completedMs = 0;
        c.closedMs = 0;
        break;
    case Action::Archive:
        c.state = QStringLiteral("archived");
        c.callbackDueMs = 0;
        if (c.closedMs == 0)
            c.closedMs = e.atMs;
        break;
    case Action::Report:
        ++c.reportCount;
        f.reports.insert(e.id, {});
        break;
    case Action::Split:
        c.reportCount = qMax(1, c.reportCount - 1);
        if (const auto *s = std::get_if<SplitOut>(&p))
            f.reports.remove(s->reportEventId);
        break;
    case Action::AnswerReport:
        if (const auto *r = std::get_if<ReportReply>(&p); r && f.reports.contains(r->reportEventId)) {
            ReportState &report = f.reports[r->reportEventId];
            report.answered = true;
            report.answeredMs = e.atMs;
            report.answer = e.note;
        }
        break;
    case Action::CallbackReport:
        if (const auto *o = std::get_if<CallbackOutcome>(&p); o && f.reports.contains(o->reportEventId)) {
            f.reports[o->reportEventId].callbackResult = o->result;
            f.reports[o->reportEventId].callbackText = outcomeText(*o);
        }
        break;
    case Action::Settle: break; // the fold reads it before replaying (which branch stands)
    case Action::Reschedule:
        if (const auto *r = std::get_if<Rescheduling>(&p)) {
            c.dueMs = r->dueMs != 0 ? r->dueMs : c.dueMs;
            c.handlerDueMs = r->handlerDueMs != 0 ? r->handlerDueMs : c.handlerDueMs;
            c.signByMs = r->signByMs != 0 ? r->signByMs : c.signByMs;
            c.callbackDueMs = r->callbackDueMs != 0 ? r->callbackDueMs : c.callbackDueMs;
        }
        break;
    case Action::SuspectRepeat:
        if (const auto *r = std::get_if<RepeatLink>(&p); r && c.repeatReview.isEmpty()) {
            c.repeatOf = r->caseId;
            c.repeatReview = QStringLiteral("pending");
        }
        break;
    case Action::RejectRepeat:
        if (const auto *r = std::get_if<RepeatLink>(&p); r && r->caseId == c.repeatOf)
            c.repeatReview = QStringLiteral("rejected");
        break;
    case Action::MergeInto:
        // The case counts no more on its own: the other case answers its resident as a report.
        f.stateBeforeMerge = c.state;
        c.state = QStringLiteral("merged");
        c.closedMs = e.atMs;
        if (const auto *r = std::get_if<RepeatLink>(&p)) {
            c.repeatOf = r->caseId;
            c.repeatReview = QStringLiteral("confirmed");
        }
        break;
    case Action::Unmerge:
        c.state = f.stateBeforeMerge.isEmpty() ? QStringLiteral("registered") : f.stateBeforeMerge;
        c.closedMs = 0;
        // Split back out by a person: the pair is decided apart, never proposed again.
        c.repeatReview = QStringLiteral("rejected");
        break;
    case Action::Unknown: break; // a newer office's action: kept in the timeline, changes nothing here
    }
    c.updatedMs = qMax(c.updatedMs, e.atMs);
}

int Folded::unansweredReports() const
{
    int n = 0;
    for (const ReportState &r : reports)
        n += r.answered ? 0 : 1;
    return n;
}

bool isMove(Action action)
{
    switch (action) {
    case Action::Note:
    case Action::Meeting:
    case Action::CallbackTry:
    case Action::AnswerReport:
    case Action::CallbackReport:
    case Action::Supervise:
    case Action::Report:
    case Action::Split:
    case Action::Settle:
    case Action::Reschedule:
    case Action::SuspectRepeat:
    case Action::RejectRepeat:
    case Action::Unknown: return false;
    default: return true;
    }
}

namespace {

// Marks the moves taken after `head` (its branch, through every later move's `after`) overridden.
void overrideBranch(const QString &head, const QHash<QString, QList<int>> &movesAfter, const QList<CaseEvent> &events,
                    QSet<QString> &overridden)
{
    QStringList todo{head};
    while (!todo.isEmpty()) {
        const QString id = todo.takeLast();
        if (overridden.contains(id))
            continue;
        overridden.insert(id);
        for (int i : movesAfter.value(id))
            todo << events.at(i).id;
    }
}

} // namespace

Folded fold(const Case &intake, QList<CaseEvent> events)
{
    // The HLC orders events causally across offices; the id breaks exact ties the same way everywhere.
    std::sort(events.begin(), events.end(),
              [](const CaseEvent &a, const CaseEvent &b) { return a.hlc != b.hlc ? a.hlc < b.hlc : a.id < b.id; });
    Folded f;
    f.c = intake;
    // Every derived field from its start, never from the stored row: a value set by a move that no
    // longer stands (another branch won) must not survive the replay. The handler is the
    // registration's, which the first event sets.
    const Case start;
    for (auto field : {&Case::state, &Case::supervision, &Case::satisfaction, &Case::callbackResult, &Case::level})
        f.c.*field = start.*field;
    for (auto field : {&Case::dueMs, &Case::handlerDueMs, &Case::signByMs, &Case::callbackDueMs, &Case::completedMs,
                       &Case::closedMs, &Case::updatedMs})
        f.c.*field = 0;
    f.c.solved = -1;
    f.c.reportCount = 1;
    f.c.reopenCount = 0;
    f.c.branches = 0;
    // Which moves were taken after which, and the settlements (the latest for a branching counts).
    QHash<QString, QList<int>> movesAfter;
    QHash<QString, QString> settledKeep;
    for (int i = 0; i < events.size(); ++i) {
        const CaseEvent &e = events.at(i);
        if (isMove(e.action) && !e.after.isEmpty())
            movesAfter[e.after] << i;
        if (const auto *b = std::get_if<BranchChoice>(&e.payload); b && e.action == Action::Settle)
            settledKeep.insert(b->after, b->keep);
    }
    QSet<QString> decided;
    for (const CaseEvent &e : std::as_const(events)) {
        if (f.overridden.contains(e.id))
            continue;
        const bool move = isMove(e.action);
        // A branching is decided at its first move: every branch's moves come later in this order,
        // and so do the branchings inside them.
        if (move && !e.after.isEmpty() && !decided.contains(e.after)) {
            decided.insert(e.after);
            const QList<int> &heads = movesAfter.value(e.after);
            if (heads.size() > 1) {
                Branching b;
                b.after = e.after;
                for (int i : heads)
                    b.heads << events.at(i).id;
                const QString keep = settledKeep.value(e.after);
                b.settled = b.heads.contains(keep);
                b.standing = b.settled ? keep : b.heads.first();
                for (const QString &head : std::as_const(b.heads))
                    if (head != b.standing)
                        overrideBranch(head, movesAfter, events, f.overridden);
                if (!b.settled)
                    ++f.c.branches;
                f.branchings << b;
                if (f.overridden.contains(e.id))
                    continue;
            }
        }
        apply(f, e);
        if (move)
            f.lastMove = e.id;
    }
    return f;
}

} // namespace gd::workflow
