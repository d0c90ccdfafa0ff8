#include "Workflow.h"

#include "access/Permissions.h"

#include <QCoreApplication>

#include <algorithm>

namespace gd::workflow {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::workflow)
};

struct ActionDef {
    const char *key;
    const char *name;
    Permission permission;
    bool noteRequired;
    std::initializer_list<const char *> from; // states it may follow; empty = any open state
};

// The table is the workflow: one line per action.
const ActionDef kActions[] = {
    {"register", QT_TRANSLATE_NOOP("gd::workflow", "Register"), Permission::HandleCases, false, {}},
    {"accept", QT_TRANSLATE_NOOP("gd::workflow", "Accept"), Permission::HandleCases, false, {"registered"}},
    {"refuse",
     QT_TRANSLATE_NOOP("gd::workflow", "Refuse or redirect"),
     Permission::HandleCases,
     true,
     {"registered", "accepted"}},
    {"dispatch",
     QT_TRANSLATE_NOOP("gd::workflow", "Dispatch"),
     Permission::HandleCases,
     false,
     {"registered", "accepted"}},
    {"route_up",
     QT_TRANSLATE_NOOP("gd::workflow", "Route up"),
     Permission::HandleCases,
     true,
     {"dispatched", "signed", "in_progress"}},
    {"return",
     QT_TRANSLATE_NOOP("gd::workflow", "Return (wrong dispatch)"),
     Permission::HandleCases,
     true,
     {"dispatched", "signed"}},
    {"decide_return",
     QT_TRANSLATE_NOOP("gd::workflow", "Decide where a returned case goes"),
     Permission::SuperviseCases,
     false,
     {"returned"}},
    {"sign", QT_TRANSLATE_NOOP("gd::workflow", "Sign for"), Permission::HandleCases, false, {"dispatched"}},
    {"note",
     QT_TRANSLATE_NOOP("gd::workflow", "Progress note"),
     Permission::HandleCases,
     true,
     {"registered", "accepted", "dispatched", "returned", "signed", "in_progress", "completed"}},
    {"meeting",
     QT_TRANSLATE_NOOP("gd::workflow", "Joint meeting"),
     Permission::HandleCases,
     true,
     {"accepted", "dispatched", "signed", "in_progress"}},
    {"request_extension",
     QT_TRANSLATE_NOOP("gd::workflow", "Request an extension"),
     Permission::HandleCases,
     true,
     {"signed", "in_progress"}},
    {"decide_extension",
     QT_TRANSLATE_NOOP("gd::workflow", "Decide the extension"),
     Permission::SuperviseCases,
     false,
     {"signed", "in_progress"}},
    {"supervise",
     QT_TRANSLATE_NOOP("gd::workflow", "Supervise"),
     Permission::SuperviseCases,
     false,
     {"registered", "accepted", "dispatched", "returned", "signed", "in_progress"}},
    {"complete",
     QT_TRANSLATE_NOOP("gd::workflow", "Complete"),
     Permission::HandleCases,
     true,
     {"signed", "in_progress"}},
    {"callback", QT_TRANSLATE_NOOP("gd::workflow", "Call back"), Permission::HandleCases, false, {"completed"}},
    {"reopen",
     QT_TRANSLATE_NOOP("gd::workflow", "Reopen"),
     Permission::HandleCases,
     true,
     {"completed", "callback_done"}},
    {"archive",
     QT_TRANSLATE_NOOP("gd::workflow", "Archive"),
     Permission::HandleCases,
     false,
     {"callback_done", "refused"}},
    {"report",
     QT_TRANSLATE_NOOP("gd::workflow", "Another report of the same matter"),
     Permission::HandleCases,
     false,
     {"registered", "accepted", "dispatched", "returned", "signed", "in_progress", "completed", "callback_done"}},
    {"split",
     QT_TRANSLATE_NOOP("gd::workflow", "Split a report back out"),
     Permission::HandleCases,
     false,
     {"registered", "accepted", "dispatched", "returned", "signed", "in_progress", "completed", "callback_done",
      "refused", "archived"}},
};

const ActionDef *find(const QString &action)
{
    for (const ActionDef &a : kActions)
        if (action == QLatin1String(a.key))
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

bool hasHandler(const QJsonObject &data)
{
    return !data.value(QStringLiteral("worker_id")).toString().isEmpty() ||
           !data.value(QStringLiteral("unit_id")).toString().isEmpty();
}

} // namespace

QStringList actions()
{
    QStringList out;
    for (const ActionDef &a : kActions)
        out << QString::fromLatin1(a.key);
    return out;
}

QStringList manualActions()
{
    QStringList out = actions();
    out.removeAll(QStringLiteral("register"));
    out.removeAll(QStringLiteral("report"));
    out.removeAll(QStringLiteral("split"));
    return out;
}

QString actionName(const QString &action)
{
    const ActionDef *a = find(action);
    return a ? QCoreApplication::translate("gd::workflow", a->name) : action;
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

QString takenBackBy(const QString &action)
{
    static const QStringList closing = {QStringLiteral("complete"), QStringLiteral("callback"),
                                        QStringLiteral("archive"), QStringLiteral("refuse")};
    static const QStringList routing = {QStringLiteral("accept"),        QStringLiteral("dispatch"),
                                        QStringLiteral("route_up"),      QStringLiteral("return"),
                                        QStringLiteral("decide_return"), QStringLiteral("sign")};
    if (closing.contains(action))
        return QCoreApplication::translate("gd::workflow",
                                           "Reopening the case takes it back (a supervisor reopens it, or the "
                                           "resident's dissatisfaction at the callback does).");
    if (action == QLatin1String("report") || action == QLatin1String("register"))
        return QCoreApplication::translate("gd::workflow", "A report attached to the wrong case is split off into a "
                                                           "case of its own; a case registered by mistake is refused.");
    if (routing.contains(action))
        return QCoreApplication::translate("gd::workflow",
                                           "Dispatching the case again to the right handler corrects it.");
    return QCoreApplication::translate("gd::workflow", "A later note or action corrects it; the timeline keeps both.");
}

bool isOpen(const QString &state)
{
    return state != QLatin1String("completed") && state != QLatin1String("callback_done") &&
           state != QLatin1String("archived") && state != QLatin1String("refused");
}

void apply(Folded &f, const CaseEvent &e)
{
    Case &c = f.c;
    const QString &a = e.action;
    const QJsonObject &d = e.data;
    auto handlerFrom = [&c, &d] {
        c.handlerWorkerId = d.value(QStringLiteral("worker_id")).toString();
        c.handlerUnitId = d.value(QStringLiteral("unit_id")).toString();
        c.handlerDueMs = 0;
    };
    if (a == QLatin1String("register")) {
        c.state = QStringLiteral("registered");
        c.dueMs = qint64(d.value(QStringLiteral("due_ms")).toDouble());
        handlerFrom();
    } else if (a == QLatin1String("accept")) {
        c.state = QStringLiteral("accepted");
    } else if (a == QLatin1String("refuse")) {
        c.state = QStringLiteral("refused");
        c.closedMs = e.atMs;
    } else if (a == QLatin1String("dispatch") || a == QLatin1String("route_up") ||
               a == QLatin1String("decide_return")) {
        c.state = QStringLiteral("dispatched");
        handlerFrom();
        f.returnReason.clear();
    } else if (a == QLatin1String("return")) {
        c.state = QStringLiteral("returned");
        f.returnReason = d.value(QStringLiteral("reason")).toString();
        c.handlerWorkerId.clear();
        c.handlerUnitId.clear();
        c.handlerDueMs = 0;
    } else if (a == QLatin1String("sign")) {
        c.state = QStringLiteral("signed");
        c.handlerDueMs = qint64(d.value(QStringLiteral("handler_due_ms")).toDouble());
    } else if (a == QLatin1String("note") || a == QLatin1String("meeting")) {
        if (c.state == QLatin1String("signed"))
            c.state = QStringLiteral("in_progress");
    } else if (a == QLatin1String("request_extension")) {
        f.extensionPending = true;
        f.pendingExtensionDays = d.value(QStringLiteral("days")).toInt();
    } else if (a == QLatin1String("decide_extension")) {
        f.extensionPending = false;
        if (d.value(QStringLiteral("approved")).toBool()) {
            ++f.extensionsGranted;
            if (d.contains(QStringLiteral("due_ms")))
                c.dueMs = qint64(d.value(QStringLiteral("due_ms")).toDouble());
            if (d.contains(QStringLiteral("handler_due_ms")))
                c.handlerDueMs = qint64(d.value(QStringLiteral("handler_due_ms")).toDouble());
        }
    } else if (a == QLatin1String("supervise")) {
        c.supervision = d.value(QStringLiteral("level")).toString();
    } else if (a == QLatin1String("complete")) {
        c.state = QStringLiteral("completed");
        c.completedMs = e.atMs;
        f.extensionPending = false;
    } else if (a == QLatin1String("callback")) {
        c.state = QStringLiteral("callback_done");
        c.satisfaction = d.value(QStringLiteral("satisfaction")).toString();
        c.solved = d.value(QStringLiteral("solved")).toBool() ? 1 : 0;
        c.closedMs = e.atMs;
    } else if (a == QLatin1String("reopen")) {
        c.state = QStringLiteral("in_progress");
        ++c.reopenCount;
        c.satisfaction.clear();
        c.solved = -1;
        c.completedMs = 0;
        c.closedMs = 0;
    } else if (a == QLatin1String("archive")) {
        c.state = QStringLiteral("archived");
        if (c.closedMs == 0)
            c.closedMs = e.atMs;
    } else if (a == QLatin1String("report")) {
        ++c.reportCount;
    } else if (a == QLatin1String("split")) {
        c.reportCount = qMax(1, c.reportCount - 1);
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

Error guard(const Folded &f, const QString &action, const Actor &actor, const QString &note, const QJsonObject &data)
{
    const ActionDef *a = find(action);
    if (!a)
        return refuse(Text::tr("Action: \"%1\" is not a workflow action.").arg(action));
    const QString &state = f.c.state;
    bool allowedHere = a->from.size() == 0;
    for (const char *s : a->from)
        allowedHere = allowedHere || state == QLatin1String(s);
    if (!allowedHere)
        return refuse(Text::tr("%1 is not possible while the case is %2.")
                          .arg(actionName(action), gd::cases::stateName(state).toLower()));
    Permission needed = a->permission;
    // After a dissatisfied callback the desk reopens at once; any other reopen is a supervisor's call.
    if (action == QLatin1String("reopen") && f.c.satisfaction != QLatin1String("dissatisfied"))
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

    if ((action == QLatin1String("dispatch") || action == QLatin1String("route_up") ||
         action == QLatin1String("decide_return")) &&
        !hasHandler(data))
        return Error::invalid(QStringLiteral("handler"),
                              Text::tr("Handler: choose the grid worker or the unit that will do the work."));
    if (action == QLatin1String("return") && !returnReasons().contains(data.value(QStringLiteral("reason")).toString()))
        return Error::invalid(QStringLiteral("reason"), Text::tr("Reason: choose why the case is returned."));
    if (action == QLatin1String("request_extension")) {
        if (f.extensionPending)
            return refuse(Text::tr("An extension is already waiting for a decision."));
        // How many extensions a case may have is the office's rule: CaseService checks it.
        // The office's own limit (DeadlineRules, 10 by default) is checked by CaseService;
        // this is the bound no setting can pass.
        const int days = data.value(QStringLiteral("days")).toInt();
        if (days < 1 || days > kMaxExtensionDays)
            return Error::invalid(QStringLiteral("days"),
                                  Text::tr("Days: an extension is 1 to %1 working days.").arg(kMaxExtensionDays));
    }
    if (action == QLatin1String("decide_extension") && !f.extensionPending)
        return refuse(Text::tr("No extension is waiting for a decision."));
    if (action == QLatin1String("supervise")) {
        const QString level = data.value(QStringLiteral("level")).toString();
        if (level != QLatin1String("normal") && level != QLatin1String("yellow") && level != QLatin1String("red"))
            return Error::invalid(QStringLiteral("level"), Text::tr("Supervision: choose normal, yellow or red."));
    }
    if (action == QLatin1String("callback")) {
        if (!gd::cases::satisfactions().contains(data.value(QStringLiteral("satisfaction")).toString()))
            return Error::invalid(QStringLiteral("satisfaction"),
                                  Text::tr("Satisfaction: choose satisfied, basically satisfied or dissatisfied."));
        if (!data.value(QStringLiteral("solved")).isBool())
            return Error::invalid(QStringLiteral("solved"), Text::tr("Solved: say whether the matter was solved."));
    }
    if (action == QLatin1String("split") && f.c.reportCount <= 1)
        return refuse(Text::tr("The case has no attached report to split out."));
    return {};
}

} // namespace gd::workflow
