// Repeats linked after intake: a report attached to a case and split back out, a case merged into
// another as one of its reports and split back out, and the decisions on a suspected repeat. All
// of it is events on the two cases, so every office replays the same links and undoing one never
// loses a resident's words.
#include "CaseService.h"
#include "storage/Database.h"
#include "storage/ServiceSupport.h"
#include "util/Validate.h"

#include <QCoreApplication>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CaseService)
};

// What a case says as a report of another (the resident, the channel, the texts, the order).
workflow::AttachedReport reportOf(const Case &c, qint64 nowMs)
{
    return {c.reporterName.trimmed(),
            c.reporterPhone.trimmed().isEmpty() ? QString() : check::normalizePhone(c.reporterPhone),
            c.anonymous,
            c.channel,
            c.requestType,
            c.description.trimmed(),
            c.request.trimmed(),
            c.address.trimmed(),
            c.receivedMs ? c.receivedMs : nowMs,
            c.hotlineOrder.trimmed()};
}

} // namespace

Result<QString> CaseService::attachReport(const QString &caseId, const Case &report)
{
    return writeTransaction<QString>(m_db, Permission::HandleCases, [&]() -> Result<QString> {
        if (!cases::channels().contains(report.channel))
            return Error::invalid(QStringLiteral("channel"), Text::tr("Channel: choose how the request arrived."));
        if (Error e = check::phone(QStringLiteral("reporter_phone"), Text::tr("Reporter's phone"), report.reporterPhone,
                                   false);
            e.isError())
            return e;
        if (Error e = check::requiredText(QStringLiteral("description"), Text::tr("What happened"), report.description,
                                          kMaxDescription, true);
            e.isError())
            return e;
        CaseEvent added;
        auto c = actInTransaction(caseId, {workflow::Action::Report, {}, reportOf(report, m_db.nowMs())}, &added);
        if (!c)
            return c.error();
        return added.id;
    });
}

Result<QString> CaseService::splitReport(const QString &caseId, const QString &reportEventId)
{
    return writeTransaction<QString>(m_db, Permission::HandleCases, [&]() -> Result<QString> {
        auto target = caseById(caseId);
        if (!target)
            return target.error();
        auto events = timeline(caseId);
        if (!events)
            return events.error();
        const workflow::AttachedReport *report = nullptr;
        for (const CaseEvent &e : events.value()) {
            if (const auto *r = std::get_if<workflow::AttachedReport>(&e.payload); r && e.id == reportEventId)
                report = r;
            if (const auto *s = std::get_if<workflow::SplitOut>(&e.payload); s && s->reportEventId == reportEventId)
                return Error::make(ErrorKind::Invalid, Text::tr("This report was already split out of the case."));
        }
        if (!report)
            return Error::make(ErrorKind::NotFound, Text::tr("The case has no such report."));
        // A case merged in stands again under its own number, rather than a copy of it.
        if (!report->fromCaseId.isEmpty()) {
            auto back =
                actInTransaction(report->fromCaseId,
                                 {workflow::Action::Unmerge, {}, workflow::RepeatLink{caseId, 0, {}, reportEventId}});
            if (!back)
                return back.error();
            auto split = actInTransaction(
                caseId, {workflow::Action::Split, {}, workflow::SplitOut{reportEventId, report->fromCaseId}});
            if (!split)
                return split.error();
            return report->fromCaseId;
        }
        Case c = *target;
        c.id.clear();
        c.hotlineOrder = report->hotlineOrder;
        c.reporterName = report->reporterName;
        c.reporterPhone = report->reporterPhone;
        c.anonymous = report->anonymous;
        c.channel = report->channel;
        if (!report->requestType.isEmpty())
            c.requestType = report->requestType;
        c.description = report->description;
        c.request = report->request;
        if (!report->address.isEmpty())
            c.address = report->address;
        c.receivedMs = report->receivedMs;
        c.proactive = c.channel == QLatin1String("patrol");
        c.handlerWorkerId.clear();
        c.handlerUnitId.clear();
        auto id = registerCase(c);
        if (!id)
            return id;
        auto split =
            actInTransaction(caseId, {workflow::Action::Split, {}, workflow::SplitOut{reportEventId, id.value()}});
        if (!split)
            return split.error();
        return id;
    });
}

Result<QString> CaseService::mergeInto(const QString &caseId, const QString &targetId, const workflow::RepeatLink &why)
{
    return writeTransaction<QString>(m_db, Permission::HandleCases, [&]() -> Result<QString> {
        if (caseId == targetId)
            return Error::invalid(QStringLiteral("target"), Text::tr("A case cannot be merged into itself."));
        auto c = caseById(caseId);
        if (!c)
            return c.error();
        auto target = caseById(targetId);
        if (!target)
            return target.error();
        if (target->state == QLatin1String("merged"))
            return Error::invalid(
                QStringLiteral("target"),
                Text::tr("Case %1 was itself merged into another case; merge into that one.").arg(target->number));
        if (!workflow::isOpen(c->state) ||
            (c->state != QLatin1String("registered") && c->state != QLatin1String("accepted")))
            return Error::make(ErrorKind::Invalid,
                               Text::tr("Case %1 is %2: only a case not yet dispatched is merged into another; attach "
                                        "a report to the other case instead.")
                                   .arg(c->number, cases::stateName(c->state).toLower()));
        workflow::AttachedReport report = reportOf(*c, m_db.nowMs());
        report.fromCaseId = caseId;
        CaseEvent reportEvent;
        auto joined = actInTransaction(targetId, {workflow::Action::Report, {}, report}, &reportEvent);
        if (!joined)
            return joined.error();
        workflow::RepeatLink link = why;
        link.caseId = targetId;
        link.reportEventId = reportEvent.id;
        auto merged = actInTransaction(caseId, {workflow::Action::MergeInto, {}, link});
        if (!merged)
            return merged.error();
        return reportEvent.id;
    });
}

Status CaseService::suspectRepeat(const QString &caseId, const workflow::RepeatLink &link)
{
    return writeTransaction<bool>(
               m_db, Permission::HandleCases,
               [&]() -> Result<bool> {
                   auto c = caseById(caseId);
                   if (!c)
                       return c.error();
                   if (!c->repeatReview.isEmpty())
                       return false;
                   auto suspected = actInTransaction(caseId, {workflow::Action::SuspectRepeat, {}, link});
                   if (!suspected)
                       return suspected.error();
                   return true;
               })
        .status();
}

Result<QString> CaseService::confirmRepeat(const QString &caseId)
{
    auto c = caseById(caseId);
    if (!c)
        return c.error();
    if (c->repeatReview != QLatin1String("pending"))
        return Error::make(ErrorKind::Invalid,
                           Text::tr("Case %1 is not waiting for a decision on a repeat.").arg(c->number));
    return mergeInto(caseId, c->repeatOf);
}

Status CaseService::rejectRepeat(const QString &caseId)
{
    return writeTransaction<bool>(m_db, Permission::HandleCases,
                                  [&]() -> Result<bool> {
                                      auto c = caseById(caseId);
                                      if (!c)
                                          return c.error();
                                      auto rejected = actInTransaction(
                                          caseId,
                                          {workflow::Action::RejectRepeat, {}, workflow::RepeatLink{c->repeatOf}});
                                      if (!rejected)
                                          return rejected.error();
                                      return true;
                                  })
        .status();
}

} // namespace gd
