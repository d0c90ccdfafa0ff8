// The workflow's guard: whether an actor may take a step on a case in a given state (the table in
// WorkflowRules.h, the details each action needs), and what the case page offers.
#include "Workflow.h"
#include "WorkflowRules.h"
#include "util/Validate.h"

#include <QCoreApplication>

namespace gd::workflow {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::workflow)
};

Error refuse(const QString &message)
{
    return Error::make(ErrorKind::Invalid, message);
}

} // namespace

Error guard(const Folded &f, const Step &step, const Actor &actor)
{
    const Action action = step.action;
    const QString &note = step.note;
    const ActionRule *a = findRule(action);
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
    if (const auto *h = std::get_if<Handler>(&p); h && (action == Action::RouteUp || action == Action::RouteDown)) {
        const QStringList tiers = gd::cases::levels();
        const int at = int(tiers.indexOf(f.c.level.isEmpty() ? QStringLiteral("grid") : f.c.level));
        const bool up = action == Action::RouteUp;
        if (up ? at >= tiers.size() - 1 : at <= 0)
            return refuse(up ? Text::tr("Route up: the case is already at the district's departments, the top tier.")
                             : Text::tr("Route down: the case is already at the grid, the lowest tier."));
        const int to = h->level.isEmpty() ? at + (up ? 1 : -1) : int(tiers.indexOf(h->level));
        if (to < 0 || (up ? to <= at : to >= at))
            return Error::invalid(
                QStringLiteral("tier"),
                up ? Text::tr("Tier: a route up goes to a tier above %1.").arg(gd::cases::levelName(tiers.at(at)))
                   : Text::tr("Tier: a route down goes to a tier below %1.").arg(gd::cases::levelName(tiers.at(at))));
    }
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
    if (const auto *r = std::get_if<Redirection>(&p); r && !redirectTargets().contains(r->target))
        return Error::invalid(QStringLiteral("target"),
                              Text::tr("Guided to: choose where the resident was guided (110, 119, 120, a court, the "
                                       "petition office, another district or another hotline)."));
    if (const auto *o = std::get_if<CallbackOutcome>(&p)) {
        if (!callbackResults().contains(o->result))
            return Error::invalid(QStringLiteral("result"),
                                  Text::tr("Callback result: choose reached, unreachable, declined or not needed."));
        const bool reached = o->result == QLatin1String("reached");
        // A resident who was not reached gave no satisfaction: one given anyway would be made up.
        if (!reached && (!o->satisfaction.isEmpty() || o->solved))
            return Error::invalid(QStringLiteral("satisfaction"),
                                  Text::tr("Satisfaction: only a resident who was reached says how satisfied they "
                                           "are; leave it empty for a callback that was %1.")
                                      .arg(callbackResultName(o->result).toLower()));
        if (reached && !gd::cases::satisfactions().contains(o->satisfaction))
            return Error::invalid(QStringLiteral("satisfaction"),
                                  Text::tr("Satisfaction: choose satisfied, basically satisfied or dissatisfied."));
        if (reached && !o->solved)
            return Error::invalid(QStringLiteral("solved"), Text::tr("Solved: say whether the matter was solved."));
        if (o->result == QLatin1String("not_needed") && !notNeededReasons().contains(o->reason))
            return Error::invalid(QStringLiteral("reason"),
                                  Text::tr("Why no callback: choose anonymous, found on patrol, praise or "
                                           "suggestion, or settled at the desk."));
        if (o->result != QLatin1String("not_needed") && !o->reason.isEmpty())
            return Error::invalid(QStringLiteral("reason"),
                                  Text::tr("Why no callback: only a callback that was not needed gives a reason."));
    }
    if (const auto *b = std::get_if<BranchChoice>(&p)) {
        const Branching *open = nullptr;
        for (const Branching &x : f.branchings)
            if (!x.settled && (b->after.isEmpty() || x.after == b->after))
                open = open ? open : &x;
        if (!open)
            return refuse(Text::tr("The case has no concurrent actions waiting to be settled."));
        if (!open->heads.contains(b->keep))
            return Error::invalid(QStringLiteral("keep"),
                                  Text::tr("Branch: choose which of the concurrent actions stands."));
    }
    if (const auto *r = std::get_if<RepeatLink>(&p)) {
        if (r->caseId.isEmpty() || r->caseId == f.c.id)
            return Error::invalid(QStringLiteral("target"), Text::tr("Repeat of: choose the other case."));
        if (action == Action::RejectRepeat &&
            (f.c.repeatReview != QLatin1String("pending") || r->caseId != f.c.repeatOf))
            return refuse(Text::tr("The case is not waiting for a decision on that repeat."));
    }
    if (const auto *r = std::get_if<ReportReply>(&p);
        r && action == Action::CallbackTry && r->reportEventId.isEmpty()) {
        // The case's own resident is called while the case waits for its callback.
        if (f.c.state != QLatin1String("completed")) {
            bool answered = false;
            for (const ReportState &s : f.reports)
                answered = answered || s.answered;
            if (!answered)
                return refuse(Text::tr("The case's callback is done; there is no resident left to call."));
            return Error::invalid(QStringLiteral("report"),
                                  Text::tr("Report: the case's callback is done; choose the report whose resident "
                                           "did not answer."));
        }
    } else if (r && !f.reports.contains(r->reportEventId)) {
        return Error::invalid(QStringLiteral("report"),
                              Text::tr("Report: choose one of the reports attached to this case."));
    } else if (r && action == Action::CallbackTry && !f.reports.value(r->reportEventId).answered) {
        return Error::invalid(QStringLiteral("report"),
                              Text::tr("Report: reply to this report before calling its resident back."));
    }
    if (const auto *o = std::get_if<CallbackOutcome>(&p)) {
        const bool ofReport = action == Action::CallbackReport;
        if (ofReport != !o->reportEventId.isEmpty() || (ofReport && !f.reports.contains(o->reportEventId)))
            return Error::invalid(QStringLiteral("report"),
                                  Text::tr("Report: choose one of the reports attached to this case."));
        if (ofReport && !f.reports.value(o->reportEventId).answered)
            return Error::invalid(QStringLiteral("report"),
                                  Text::tr("Report: reply to this report before calling its resident back."));
    }
    // Every attached report is answered before the case is put away.
    if (action == Action::Archive && f.unansweredReports() > 0)
        return refuse(Text::tr("Archive: %n attached report(s) have no reply yet; reply to each one first.", nullptr,
                               f.unansweredReports()));
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
