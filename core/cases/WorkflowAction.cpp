#include "WorkflowAction.h"

#include "CaseTypes.h"
#include "util/KeyedNames.h"

#include <QCoreApplication>

namespace gd::workflow {

namespace {

struct ActionText {
    Action action;
    const char *key;
    const char *name;
};

// One line per action: its stored key and its name. The rules (who, from which state) are in
// Workflow.cpp.
const ActionText kActions[] = {
    {Action::Register, "register", QT_TRANSLATE_NOOP("gd::workflow", "Register")},
    {Action::Accept, "accept", QT_TRANSLATE_NOOP("gd::workflow", "Accept")},
    {Action::SettleAtDesk, "settle_at_desk", QT_TRANSLATE_NOOP("gd::workflow", "Settle at the desk")},
    {Action::Refuse, "refuse", QT_TRANSLATE_NOOP("gd::workflow", "Not accepted")},
    {Action::Redirect, "redirect", QT_TRANSLATE_NOOP("gd::workflow", "Guide to another channel")},
    {Action::Dispatch, "dispatch", QT_TRANSLATE_NOOP("gd::workflow", "Dispatch")},
    {Action::RouteUp, "route_up", QT_TRANSLATE_NOOP("gd::workflow", "Route up")},
    {Action::RouteDown, "route_down", QT_TRANSLATE_NOOP("gd::workflow", "Route down")},
    {Action::Return, "return", QT_TRANSLATE_NOOP("gd::workflow", "Return (wrong dispatch)")},
    {Action::DecideReturn, "decide_return", QT_TRANSLATE_NOOP("gd::workflow", "Decide where a returned case goes")},
    {Action::Sign, "sign", QT_TRANSLATE_NOOP("gd::workflow", "Sign for")},
    {Action::Note, "note", QT_TRANSLATE_NOOP("gd::workflow", "Progress note")},
    {Action::Meeting, "meeting", QT_TRANSLATE_NOOP("gd::workflow", "Joint meeting")},
    {Action::RequestExtension, "request_extension", QT_TRANSLATE_NOOP("gd::workflow", "Request an extension")},
    {Action::DecideExtension, "decide_extension", QT_TRANSLATE_NOOP("gd::workflow", "Decide the extension")},
    {Action::Supervise, "supervise", QT_TRANSLATE_NOOP("gd::workflow", "Supervise")},
    {Action::Complete, "complete", QT_TRANSLATE_NOOP("gd::workflow", "Complete")},
    {Action::CallbackTry, "callback_try", QT_TRANSLATE_NOOP("gd::workflow", "Callback not answered")},
    {Action::Callback, "callback", QT_TRANSLATE_NOOP("gd::workflow", "Call back")},
    {Action::Reopen, "reopen", QT_TRANSLATE_NOOP("gd::workflow", "Reopen")},
    {Action::Archive, "archive", QT_TRANSLATE_NOOP("gd::workflow", "Archive")},
    {Action::Report, "report", QT_TRANSLATE_NOOP("gd::workflow", "Another report of the same matter")},
    {Action::Split, "split", QT_TRANSLATE_NOOP("gd::workflow", "Split a report back out")},
    {Action::AnswerReport, "answer_report", QT_TRANSLATE_NOOP("gd::workflow", "Reply to an attached report")},
    {Action::CallbackReport, "callback_report",
     QT_TRANSLATE_NOOP("gd::workflow", "Call back an attached report's resident")},
    {Action::Settle, "settle_branch", QT_TRANSLATE_NOOP("gd::workflow", "Settle concurrent actions")},
    {Action::Reschedule, "reschedule",
     QT_TRANSLATE_NOOP("gd::workflow", "Deadlines recomputed on the official calendar")},
    {Action::SuspectRepeat, "suspect_repeat", QT_TRANSLATE_NOOP("gd::workflow", "Suspected repeat")},
    {Action::RejectRepeat, "reject_repeat", QT_TRANSLATE_NOOP("gd::workflow", "Not a repeat")},
    {Action::MergeInto, "merge_into", QT_TRANSLATE_NOOP("gd::workflow", "Merged into another case")},
    {Action::Unmerge, "unmerge", QT_TRANSLATE_NOOP("gd::workflow", "Split back out of the other case")},
    {Action::Unknown, "unknown", QT_TRANSLATE_NOOP("gd::workflow", "An action this version does not know")},
};
static_assert(sizeof(kActions) / sizeof(kActions[0]) == size_t(Action::Unknown) + 1, "one line per action");

const KeyedName kRedirectTargets[] = {
    {"police_110", QT_TRANSLATE_NOOP("gd::workflow", "Police (110)")},
    {"fire_119", QT_TRANSLATE_NOOP("gd::workflow", "Fire service (119)")},
    {"medical_120", QT_TRANSLATE_NOOP("gd::workflow", "Ambulance (120)")},
    {"court", QT_TRANSLATE_NOOP("gd::workflow", "Court (legal proceedings)")},
    {"petition", QT_TRANSLATE_NOOP("gd::workflow", "Petition office")},
    {"other_district", QT_TRANSLATE_NOOP("gd::workflow", "Another district")},
    {"other_hotline", QT_TRANSLATE_NOOP("gd::workflow", "Another hotline")},
};

const KeyedName kCallbackResults[] = {
    {"reached", QT_TRANSLATE_NOOP("gd::workflow", "Reached")},
    {"unreachable", QT_TRANSLATE_NOOP("gd::workflow", "Unreachable")},
    {"declined", QT_TRANSLATE_NOOP("gd::workflow", "Declined the callback")},
    {"not_needed", QT_TRANSLATE_NOOP("gd::workflow", "No callback needed")},
};

const KeyedName kNotNeeded[] = {
    {"anonymous", QT_TRANSLATE_NOOP("gd::workflow", "Anonymous report")},
    {"patrol", QT_TRANSLATE_NOOP("gd::workflow", "Found on patrol")},
    {"praise", QT_TRANSLATE_NOOP("gd::workflow", "Praise or suggestion")},
    {"at_desk", QT_TRANSLATE_NOOP("gd::workflow", "Settled at the desk")},
};

const char *const kLevels[][2] = {
    {"none", QT_TRANSLATE_NOOP("gd::workflow", "None")},
    {"normal", QT_TRANSLATE_NOOP("gd::workflow", "Normal supervision")},
    {"yellow", QT_TRANSLATE_NOOP("gd::workflow", "Yellow card")},
    {"red", QT_TRANSLATE_NOOP("gd::workflow", "Red card")},
};

} // namespace

const char *key(Action action)
{
    return kActions[int(action)].key;
}

QString keyText(Action action)
{
    return QString::fromLatin1(key(action));
}

std::optional<Action> actionFromKey(const QString &key)
{
    for (const ActionText &a : kActions)
        if (a.action != Action::Unknown && key == QLatin1String(a.key))
            return a.action;
    return std::nullopt;
}

QList<Action> actions()
{
    QList<Action> out;
    for (const ActionText &a : kActions)
        if (a.action != Action::Unknown)
            out << a.action;
    return out;
}

QList<Action> manualActions()
{
    QList<Action> out = actions();
    out.removeAll(Action::Register);
    out.removeAll(Action::Report);
    out.removeAll(Action::Split);
    out.removeAll(Action::Reschedule);
    // Decided in the review of suspected repeats (RepeatReview.h) and undone by splitting.
    out.removeAll(Action::SuspectRepeat);
    out.removeAll(Action::RejectRepeat);
    out.removeAll(Action::MergeInto);
    out.removeAll(Action::Unmerge);
    return out;
}

QString actionName(Action action)
{
    return QCoreApplication::translate("gd::workflow", kActions[int(action)].name);
}

Payload emptyPayload(Action action)
{
    switch (action) {
    case Action::Register: return Registration{};
    case Action::Dispatch:
    case Action::RouteUp:
    case Action::RouteDown:
    case Action::DecideReturn: return Handler{};
    case Action::Sign: return SignFor{};
    case Action::Return: return ReturnReason{};
    case Action::RequestExtension: return ExtensionRequest{};
    case Action::DecideExtension: return ExtensionDecision{};
    case Action::Supervise: return Supervision{};
    case Action::Callback:
    case Action::CallbackReport: return CallbackOutcome{};
    case Action::AnswerReport:
    case Action::CallbackTry: return ReportReply{};
    case Action::Report: return AttachedReport{};
    case Action::Split: return SplitOut{};
    case Action::Settle: return BranchChoice{};
    case Action::Reopen: return Reopening{};
    case Action::Complete: return Completion{};
    case Action::Reschedule: return Rescheduling{};
    case Action::SuspectRepeat:
    case Action::RejectRepeat:
    case Action::MergeInto:
    case Action::Unmerge: return RepeatLink{};
    case Action::Redirect: return Redirection{};
    case Action::Accept:
    case Action::SettleAtDesk:
    case Action::Refuse:
    case Action::Note:
    case Action::Meeting:
    case Action::Archive:
    case Action::Unknown: break;
    }
    return std::monostate{};
}

Step::Step(Action action, QString note, Payload payload)
    : action(action)
    , note(std::move(note))
    , payload(std::holds_alternative<std::monostate>(payload) ? emptyPayload(action) : std::move(payload))
{}

QStringList redirectTargets()
{
    return keysOf(kRedirectTargets);
}

QString redirectTargetName(const QString &key)
{
    return nameOf("gd::workflow", kRedirectTargets, key);
}

QStringList callbackResults()
{
    return keysOf(kCallbackResults);
}

QString callbackResultName(const QString &key)
{
    return nameOf("gd::workflow", kCallbackResults, key);
}

QStringList notNeededReasons()
{
    return keysOf(kNotNeeded);
}

QString notNeededReasonName(const QString &key)
{
    return nameOf("gd::workflow", kNotNeeded, key);
}

QString outcomeText(const Payload &payload)
{
    if (const auto *r = std::get_if<Redirection>(&payload))
        return redirectTargetName(r->target);
    if (const auto *h = std::get_if<Handler>(&payload); h && !h->level.isEmpty())
        return QCoreApplication::translate("gd::workflow", "to the %1 tier").arg(gd::cases::levelName(h->level));
    const auto *o = std::get_if<CallbackOutcome>(&payload);
    if (!o)
        return {};
    const QString result = callbackResultName(o->result);
    if (o->result == QLatin1String("not_needed") && !o->reason.isEmpty())
        return QCoreApplication::translate("gd::workflow", "%1: %2").arg(result, notNeededReasonName(o->reason));
    if (o->result != QLatin1String("reached") || o->satisfaction.isEmpty())
        return result;
    const QString solved = o->solved.value_or(false) ? QCoreApplication::translate("gd::workflow", "solved")
                                                     : QCoreApplication::translate("gd::workflow", "not solved");
    return QCoreApplication::translate("gd::workflow", "%1: %2, %3")
        .arg(result, gd::cases::satisfactionName(o->satisfaction), solved);
}

QList<QString> supervisionLevels()
{
    return {QStringLiteral("normal"), QStringLiteral("yellow"), QStringLiteral("red")};
}

QString supervisionLevelName(const QString &level)
{
    for (const auto &l : kLevels)
        if (level == QLatin1String(l[0]))
            return QCoreApplication::translate("gd::workflow", l[1]);
    return QCoreApplication::translate("gd::workflow", kLevels[0][1]);
}

} // namespace gd::workflow
