#include "Workflow.h"

#include "access/Permissions.h"
#include "util/Validate.h"

#include <QCoreApplication>

#include <algorithm>

namespace gd::workflow {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::workflow)
};

struct ActionRule {
    Action action;
    Permission permission;
    bool noteRequired;
    std::initializer_list<const char *> from; // states it may follow; empty = any open state
};

// The table is the workflow: one line per action (names and keys are in WorkflowAction.cpp).
const ActionRule kRules[] = {
    {Action::Register, Permission::HandleCases, false, {}},
    {Action::Accept, Permission::HandleCases, false, {"registered"}},
    {Action::Refuse, Permission::HandleCases, true, {"registered", "accepted"}},
    {Action::Dispatch, Permission::HandleCases, false, {"registered", "accepted"}},
    {Action::RouteUp, Permission::HandleCases, true, {"dispatched", "signed", "in_progress"}},
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
    {Action::Callback, Permission::HandleCases, false, {"completed"}},
    {Action::Reopen, Permission::HandleCases, true, {"completed", "callback_done"}},
    {Action::Archive, Permission::HandleCases, false, {"callback_done", "refused"}},
    {Action::Report,
     Permission::HandleCases,
     false,
     {"registered", "accepted", "dispatched", "returned", "signed", "in_progress", "completed", "callback_done"}},
    {Action::Split,
     Permission::HandleCases,
     false,
     {"registered", "accepted", "dispatched", "returned", "signed", "in_progress", "completed", "callback_done",
      "refused", "archived"}},
};

const ActionRule *find(Action action)
{
    for (const ActionRule &a : kRules)
        if (a.action == action)
            return &a;
    return nullptr;
}

const char *const kReturnReasons[][2] = {
    {"wrong_area", QT_TRANSLATE_NOOP("gd::workflow", "Not our area")},
    {"unclear_ownership", QT_TRANSLATE_NOOP("gd::workflow", "Ownership unclear")},
    {"overlapping_duties", QT_TRANSLATE_NOOP("gd::workflow", "Overlapping duties")},
    {"other", QT_TRANSLATE_NOOP("gd::workflow", "Other reason")},
};

Error refuse(const QString &message)
{
    return Error::make(ErrorKind::Invalid, message);
}

} // namespace

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
        return Text::tr("Reopening the case takes it back (a supervisor reopens it, or the resident's "
                        "dissatisfaction at the callback does).");
    case Action::Report:
    case Action::Register:
        return Text::tr("A report attached to the wrong case is split off into a case of its own; a case "
                        "registered by mistake is refused.");
    case Action::Accept:
    case Action::Dispatch:
    case Action::RouteUp:
    case Action::Return:
    case Action::DecideReturn:
    case Action::Sign: return Text::tr("Dispatching the case again to the right handler corrects it.");
    default: return Text::tr("A later note or action corrects it; the timeline keeps both.");
    }
}

bool isOpen(const QString &state)
{
    return state != QLatin1String("completed") && state != QLatin1String("callback_done") &&
           state != QLatin1String("archived") && state != QLatin1String("refused");
}

void apply(Folded &f, const CaseEvent &e)
{
    Case &c = f.c;
    auto handOver = [&c](const Handler &h) {
        c.handlerWorkerId = h.workerId;
        c.handlerUnitId = h.unitId;
        c.handlerDueMs = 0;
    };
    const Payload &p = e.payload;
    switch (e.action) {
    case Action::Register:
        c.state = QStringLiteral("registered");
        if (const auto *r = std::get_if<Registration>(&p)) {
            c.dueMs = r->dueMs;
            handOver(r->handler);
        }
        break;
    case Action::Accept: c.state = QStringLiteral("accepted"); break;
    case Action::Refuse:
        c.state = QStringLiteral("refused");
        c.closedMs = e.atMs;
        break;
    case Action::Dispatch:
    case Action::RouteUp:
    case Action::DecideReturn:
        c.state = QStringLiteral("dispatched");
        if (const auto *h = std::get_if<Handler>(&p))
            handOver(*h);
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
        if (const auto *s = std::get_if<SignFor>(&p))
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
        c.state = QStringLiteral("completed");
        c.completedMs = e.atMs;
        f.extensionPending = false;
        break;
    case Action::Callback:
        c.state = QStringLiteral("callback_done");
        if (const auto *o = std::get_if<CallbackOutcome>(&p)) {
            c.satisfaction = o->satisfaction;
            c.solved = o->solved.value_or(false) ? 1 : 0;
        }
        c.closedMs = e.atMs;
        break;
    case Action::Reopen:
        c.state = QStringLiteral("in_progress");
        ++c.reopenCount;
        c.satisfaction.clear();
        c.solved = -1;
        c.completedMs = 0;
        c.closedMs = 0;
        break;
    case Action::Archive:
        c.state = QStringLiteral("archived");
        if (c.closedMs == 0)
            c.closedMs = e.atMs;
        break;
    case Action::Report: ++c.reportCount; break;
    case Action::Split: c.reportCount = qMax(1, c.reportCount - 1); break;
    case Action::Unknown: break; // a newer office's action: kept in the timeline, changes nothing here
    }
    c.updatedMs = qMax(c.updatedMs, e.atMs);
}

Folded fold(const Case &intake, QList<CaseEvent> events)
{
    // The HLC orders events causally across offices; the id breaks exact ties the same way everywhere.
    std::sort(events.begin(), events.end(),
              [](const CaseEvent &a, const CaseEvent &b) { return a.hlc != b.hlc ? a.hlc < b.hlc : a.id < b.id; });
    Folded f;
    f.c = intake;
    f.c.reportCount = 1;
    f.c.reopenCount = 0;
    f.c.updatedMs = 0;
    for (const CaseEvent &e : events)
        apply(f, e);
    return f;
}

Error guard(const Folded &f, const Step &step, const Actor &actor)
{
    const Action action = step.action;
    const QString &note = step.note;
    const ActionRule *a = find(action);
    if (!a)
        return refuse(Text::tr("Action: \"%1\" is not a workflow action.").arg(keyText(action)));
    if (step.payload.index() != emptyPayload(action).index())
        return refuse(Text::tr("%1: the details given are not the ones this action takes.").arg(actionName(action)));
    const QString &state = f.c.state;
    bool allowedHere = a->from.size() == 0;
    for (const char *s : a->from)
        allowedHere = allowedHere || state == QLatin1String(s);
    if (!allowedHere)
        return refuse(Text::tr("%1 is not possible while the case is %2.")
                          .arg(actionName(action), gd::cases::stateName(state).toLower()));
    Permission needed = a->permission;
    // After a dissatisfied callback the desk reopens at once; any other reopen is a supervisor's call.
    if (action == Action::Reopen && f.c.satisfaction != QLatin1String("dissatisfied"))
        needed = Permission::SuperviseCases;
    if (!actor.signedIn)
        return Error::make(ErrorKind::Permission, Text::tr("Sign in first."));
    if (!roleAllows(actor.role, needed))
        return Error::make(ErrorKind::Permission,
                           Text::tr("%1 (%2) may not take the action \"%3\".")
                               .arg(actor.displayName, roleDisplayName(actor.role), actionName(action)));
    if (a->noteRequired && note.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("note"),
                              Text::tr("Note: %1 needs a note saying why or what was done.").arg(actionName(action)));
    if (note.size() > 2000)
        return Error::invalid(QStringLiteral("note"),
                              Text::tr("Note: is too long (%1 characters, at most 2000).").arg(note.size()));
    if (Error e = check::safeText(QStringLiteral("note"), Text::tr("Note"), note, true); e.isError())
        return e;

    const Payload &p = step.payload;
    if (const auto *h = std::get_if<Handler>(&p); h && h->workerId.isEmpty() && h->unitId.isEmpty())
        return Error::invalid(QStringLiteral("handler"),
                              Text::tr("Handler: choose the grid worker or the unit that will do the work."));
    if (const auto *r = std::get_if<ReturnReason>(&p); r && !returnReasons().contains(r->reason))
        return Error::invalid(QStringLiteral("reason"), Text::tr("Reason: choose why the case is returned."));
    if (const auto *r = std::get_if<ExtensionRequest>(&p)) {
        if (f.extensionPending)
            return refuse(Text::tr("An extension is already waiting for a decision."));
        // The office's own limits (DeadlineRules: how many, how long) are checked by CaseService;
        // this is the bound no setting can pass.
        if (r->days < 1 || r->days > kMaxExtensionDays)
            return Error::invalid(QStringLiteral("days"),
                                  Text::tr("Days: an extension is 1 to %1 working days.").arg(kMaxExtensionDays));
    }
    if (action == Action::DecideExtension && !f.extensionPending)
        return refuse(Text::tr("No extension is waiting for a decision."));
    if (const auto *s = std::get_if<Supervision>(&p); s && !supervisionLevels().contains(s->level))
        return Error::invalid(QStringLiteral("level"), Text::tr("Supervision: choose normal, yellow or red."));
    if (const auto *o = std::get_if<CallbackOutcome>(&p)) {
        if (!gd::cases::satisfactions().contains(o->satisfaction))
            return Error::invalid(QStringLiteral("satisfaction"),
                                  Text::tr("Satisfaction: choose satisfied, basically satisfied or dissatisfied."));
        if (!o->solved)
            return Error::invalid(QStringLiteral("solved"), Text::tr("Solved: say whether the matter was solved."));
    }
    if (action == Action::Split && f.c.reportCount <= 1)
        return refuse(Text::tr("The case has no attached report to split out."));
    return {};
}

QList<Action> offeredActions(const Folded &f, const Actor &actor)
{
    QList<Action> out;
    for (const Action action : manualActions()) {
        const Error e = guard(f, {action, QStringLiteral("-"), emptyPayload(action)}, actor);
        if (!e.isError() || (e.kind != ErrorKind::Permission && !e.field.isEmpty()))
            out << action;
    }
    return out;
}

} // namespace gd::workflow
