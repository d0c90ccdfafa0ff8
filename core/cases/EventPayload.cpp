#include "EventPayload.h"

#include <QJsonDocument>

namespace gd::workflow {

namespace {

QString text(const QJsonObject &d, const char *key)
{
    return d.value(QLatin1String(key)).toString();
}

// Times are stored as JSON numbers (doubles hold milliseconds exactly up to 2^53).
qint64 ms(const QJsonObject &d, const char *key)
{
    return qint64(d.value(QLatin1String(key)).toDouble());
}

void putText(QJsonObject &d, const char *key, const QString &value)
{
    if (!value.isEmpty())
        d.insert(QLatin1String(key), value);
}

void putMs(QJsonObject &d, const char *key, qint64 value)
{
    if (value != 0)
        d.insert(QLatin1String(key), double(value));
}

void putHandler(QJsonObject &d, const Handler &h)
{
    putText(d, "worker_id", h.workerId);
    putText(d, "unit_id", h.unitId);
    putMs(d, "handler_due_ms", h.dueMs);
    putMs(d, "sign_by_ms", h.signByMs);
    putText(d, "level", h.level);
}

Handler handlerFrom(const QJsonObject &d)
{
    return {text(d, "worker_id"), text(d, "unit_id"), ms(d, "handler_due_ms"), ms(d, "sign_by_ms"), text(d, "level")};
}

struct Encoder {
    QJsonObject d;
    void operator()(std::monostate) {}
    void operator()(const Registration &r)
    {
        putMs(d, "due_ms", r.dueMs);
        putText(d, "deadline_note", r.deadlineNote);
        putHandler(d, r.handler);
        if (r.accepted)
            d.insert(QStringLiteral("accepted"), true);
    }
    void operator()(const Redirection &r) { d.insert(QStringLiteral("target"), r.target); }
    void operator()(const ReportReply &r) { putText(d, "report_event_id", r.reportEventId); }
    void operator()(const Handler &h) { putHandler(d, h); }
    void operator()(const SignFor &s) { putMs(d, "handler_due_ms", s.handlerDueMs); }
    void operator()(const ReturnReason &r) { d.insert(QStringLiteral("reason"), r.reason); }
    void operator()(const ExtensionRequest &r)
    {
        d.insert(QStringLiteral("days"), r.days);
        if (r.late)
            d.insert(QStringLiteral("late"), true);
    }
    void operator()(const Completion &c) { putMs(d, "callback_due_ms", c.callbackDueMs); }
    void operator()(const Rescheduling &r)
    {
        putMs(d, "due_ms", r.dueMs);
        putMs(d, "handler_due_ms", r.handlerDueMs);
        putMs(d, "sign_by_ms", r.signByMs);
        putMs(d, "callback_due_ms", r.callbackDueMs);
    }
    void operator()(const Reopening &r)
    {
        putMs(d, "due_ms", r.dueMs);
        putMs(d, "handler_due_ms", r.handlerDueMs);
    }
    void operator()(const ExtensionDecision &x)
    {
        d.insert(QStringLiteral("approved"), x.approved);
        putMs(d, "due_ms", x.dueMs);
        putMs(d, "handler_due_ms", x.handlerDueMs);
    }
    void operator()(const Supervision &s) { d.insert(QStringLiteral("level"), s.level); }
    void operator()(const CallbackOutcome &c)
    {
        putText(d, "satisfaction", c.satisfaction);
        if (c.solved)
            d.insert(QStringLiteral("solved"), *c.solved);
        // "reached" is what a callback without a result means (those recorded before there were others).
        if (c.result != QLatin1String("reached"))
            d.insert(QStringLiteral("result"), c.result);
        putText(d, "reason", c.reason);
        putText(d, "report_event_id", c.reportEventId);
    }
    void operator()(const AttachedReport &r)
    {
        d = {{QStringLiteral("reporter_name"), r.reporterName},
             {QStringLiteral("reporter_phone"), r.reporterPhone},
             {QStringLiteral("anonymous"), r.anonymous},
             {QStringLiteral("channel"), r.channel},
             {QStringLiteral("request_type"), r.requestType},
             {QStringLiteral("description"), r.description},
             {QStringLiteral("request"), r.request},
             {QStringLiteral("address"), r.address},
             {QStringLiteral("received_ms"), double(r.receivedMs)},
             {QStringLiteral("hotline_order"), r.hotlineOrder}};
        putText(d, "from_case_id", r.fromCaseId);
    }
    void operator()(const RepeatLink &r)
    {
        d.insert(QStringLiteral("case_id"), r.caseId);
        if (r.score != 0)
            d.insert(QStringLiteral("score"), r.score);
        putText(d, "reasons", r.reasons);
        putText(d, "report_event_id", r.reportEventId);
    }
    void operator()(const SplitOut &s)
    {
        d.insert(QStringLiteral("report_event_id"), s.reportEventId);
        d.insert(QStringLiteral("new_case_id"), s.newCaseId);
    }
    void operator()(const BranchChoice &b)
    {
        d.insert(QStringLiteral("after"), b.after);
        d.insert(QStringLiteral("keep"), b.keep);
    }
};

} // namespace

QJsonObject encode(const Payload &payload)
{
    Encoder e;
    std::visit(e, payload);
    return e.d;
}

Payload decode(Action action, const QJsonObject &d)
{
    switch (action) {
    case Action::Register:
        return Registration{handlerFrom(d), ms(d, "due_ms"), text(d, "deadline_note"),
                            d.value(QStringLiteral("accepted")).toBool()};
    case Action::Redirect: return Redirection{text(d, "target")};
    case Action::Dispatch:
    case Action::RouteUp:
    case Action::RouteDown:
    case Action::DecideReturn: return handlerFrom(d);
    case Action::Sign: return SignFor{ms(d, "handler_due_ms")};
    case Action::Return: return ReturnReason{text(d, "reason")};
    case Action::RequestExtension:
        return ExtensionRequest{d.value(QStringLiteral("days")).toInt(), d.value(QStringLiteral("late")).toBool()};
    case Action::Reopen: return Reopening{ms(d, "due_ms"), ms(d, "handler_due_ms")};
    case Action::Complete: return Completion{ms(d, "callback_due_ms")};
    case Action::Reschedule:
        return Rescheduling{ms(d, "due_ms"), ms(d, "handler_due_ms"), ms(d, "sign_by_ms"), ms(d, "callback_due_ms")};
    case Action::DecideExtension:
        return ExtensionDecision{d.value(QStringLiteral("approved")).toBool(), ms(d, "due_ms"),
                                 ms(d, "handler_due_ms")};
    case Action::Supervise: return Supervision{text(d, "level")};
    case Action::AnswerReport:
    case Action::CallbackTry: return ReportReply{text(d, "report_event_id")};
    case Action::Callback:
    case Action::CallbackReport: {
        CallbackOutcome c{text(d, "satisfaction"), std::nullopt};
        if (d.value(QStringLiteral("solved")).isBool())
            c.solved = d.value(QStringLiteral("solved")).toBool();
        if (d.contains(QStringLiteral("result")))
            c.result = text(d, "result");
        c.reason = text(d, "reason");
        c.reportEventId = text(d, "report_event_id");
        return c;
    }
    case Action::Report:
        return AttachedReport{
            text(d, "reporter_name"), text(d, "reporter_phone"), d.value(QStringLiteral("anonymous")).toBool(),
            text(d, "channel"),       text(d, "request_type"),   text(d, "description"),
            text(d, "request"),       text(d, "address"),        ms(d, "received_ms"),
            text(d, "hotline_order"), text(d, "from_case_id")};
    case Action::SuspectRepeat:
    case Action::RejectRepeat:
    case Action::MergeInto:
    case Action::Unmerge:
        return RepeatLink{text(d, "case_id"), d.value(QStringLiteral("score")).toInt(), text(d, "reasons"),
                          text(d, "report_event_id")};
    case Action::Split: return SplitOut{text(d, "report_event_id"), text(d, "new_case_id")};
    case Action::Settle: return BranchChoice{text(d, "after"), text(d, "keep")};
    default: break;
    }
    return std::monostate{};
}

Payload decode(Action action, const QByteArray &json)
{
    if (std::holds_alternative<std::monostate>(emptyPayload(action)))
        return std::monostate{};
    return decode(action, QJsonDocument::fromJson(json).object());
}

} // namespace gd::workflow
