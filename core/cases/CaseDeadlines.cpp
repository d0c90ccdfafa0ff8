// CaseService's deadlines: the office's rules over the working-day calendar, by the case's
// urgency, request type and the route of its category (utilities, emergencies).
#include "CaseService.h"
#include "CaseTypes.h"
#include "DeadlineRules.h"
#include "access/Permissions.h"
#include "calendar/WorkCalendar.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CaseService)
};

// Each category is routed by its own rule: a sub-category without a route has none, whatever its
// parent's ("0705 telecom" under "07 utilities" is not due in 24 hours; neither is a billing
// question). A route is set on the sub-categories it is meant for.
QString routeOf(Database &db, const QString &categoryId)
{
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT route FROM categories WHERE id = ?"));
    q.addBindValue(categoryId);
    QString route;
    if (exec(q) && q.next())
        route = q.value(0).toString();
    q.finish();
    return route;
}
// The office's rules and the calendar a deadline is counted with. Either one that cannot be read
// is an error, never a deadline counted without it (or no deadline at all).
Result<std::pair<DeadlineRules, WorkCalendar>> deadlineBasis(Database &db)
{
    auto rules = DeadlineRules::read(db);
    if (!rules)
        return rules.error();
    auto calendar = WorkCalendar::read(db);
    if (!calendar)
        return calendar.error();
    return std::pair{rules.value(), calendar.value()};
}
} // namespace

QString CaseService::categoryRoute(const QString &categoryId) const
{
    return routeOf(m_db, categoryId);
}

Result<qint64> CaseService::leadDueMs(const Case &c) const
{
    return rulesDueMs(c, c.receivedMs);
}

Result<qint64> CaseService::rulesDueMs(const Case &c, qint64 fromMs) const
{
    auto counted = deadlineBasis(m_db);
    if (!counted)
        return counted.error();
    return counted->first.dueMs(counted->second, fromMs, c.urgency, c.requestType, routeOf(m_db, c.categoryId));
}

Result<qint64> CaseService::handlerDueMs(const Case &c, qint64 fromMs) const
{
    // The handler's clock starts at the dispatch and runs by the same rule as the lead's, but never
    // past the case's own deadline: a late dispatch leaves the handler less time, not the resident
    // a later answer.
    auto due = rulesDueMs(c, fromMs);
    if (!due || c.dueMs <= 0 || due.value() <= c.dueMs)
        return due;
    return c.dueMs;
}

Result<qint64> CaseService::signByMs(qint64 dispatchedMs) const
{
    auto counted = deadlineBasis(m_db);
    if (!counted)
        return counted.error();
    return counted->first.signByMs(counted->second, dispatchedMs);
}

Result<qint64> CaseService::callbackDueMs(qint64 completedMs) const
{
    auto counted = deadlineBasis(m_db);
    if (!counted)
        return counted.error();
    return counted->first.callbackDueMs(counted->second, completedMs);
}

Result<qint64> CaseService::extendedDueMs(qint64 dueMs, int workingDays, int granted) const
{
    // The rules check the number of days and of extensions already granted.
    auto counted = deadlineBasis(m_db);
    if (!counted)
        return counted.error();
    return counted->first.extendedDueMs(counted->second, dueMs, workingDays, granted);
}

// Deadlines are computed when a move is made and kept in its event, so replaying the timeline
// anywhere gives the same dates whatever calendar that office holds; the limits on asking and
// signing are checked here too.
Error CaseService::settleDeadlines(const workflow::Folded &f, workflow::Step &step) const
{
    if (auto *asked = std::get_if<workflow::ExtensionRequest>(&step.payload)) {
        // Before the deadline anyone handling the case asks; after it, a supervisor only (the
        // note the action needs is the reason), and the request is marked late.
        asked->late = f.c.dueMs > 0 && m_db.nowMs() > f.c.dueMs;
        if (asked->late && !roleAllows(m_db.actor().role, Permission::SuperviseCases))
            return Error::make(ErrorKind::Permission,
                               Text::tr("Extension: the deadline passed on %1; only a supervisor grants a late "
                                        "extension, with the reason.")
                                   .arg(cases::timeText(f.c.dueMs)));
        // Refused when asked, not only when decided: the office's own limits (Case rules).
        auto read = DeadlineRules::read(m_db);
        if (!read)
            return read.error();
        const DeadlineRules &rules = read.value();
        if (rules.extensionMaxCount == 0)
            return Error::invalid(QStringLiteral("days"), Text::tr("Extension: this office grants no extensions."));
        if (f.extensionsGranted >= rules.extensionMaxCount)
            return Error::invalid(QStringLiteral("days"),
                                  Text::tr("Extension: the case has had the %1 extension(s) this office grants.")
                                      .arg(rules.extensionMaxCount));
        if (asked->days > rules.extensionMaxDays)
            return Error::invalid(
                QStringLiteral("days"),
                Text::tr("Days: this office grants at most %1 working days.").arg(rules.extensionMaxDays));
    }
    if (auto *completion = std::get_if<workflow::Completion>(&step.payload)) {
        auto due = callbackDueMs(m_db.nowMs());
        if (!due)
            return due.error();
        completion->callbackDueMs = due.value();
    }
    if (auto *reopening = std::get_if<workflow::Reopening>(&step.payload)) {
        // A new deadline from the reopening, by the same rules as at registration.
        auto due = rulesDueMs(f.c, m_db.nowMs());
        if (!due)
            return due.error();
        reopening->dueMs = reopening->handlerDueMs = due.value();
    }
    if (auto *h = std::get_if<workflow::Handler>(&step.payload)) {
        // A route names the tier it goes to, one up or down unless the caller chose another.
        const bool route = step.action == workflow::Action::RouteUp || step.action == workflow::Action::RouteDown;
        if (route && h->level.isEmpty())
            h->level = workflow::nextLevel(f.c.level, step.action == workflow::Action::RouteUp ? 1 : -1);
        if (!route)
            h->level.clear();
        // The handler's clock starts at the dispatch; signing for the case moves nothing.
        auto due = handlerDueMs(f.c, m_db.nowMs());
        if (!due)
            return due.error();
        h->dueMs = due.value();
        auto signBy = signByMs(m_db.nowMs());
        if (!signBy)
            return signBy.error();
        h->signByMs = signBy.value();
    }
    if (auto *decision = std::get_if<workflow::ExtensionDecision>(&step.payload); decision && decision->approved) {
        auto due = extendedDueMs(f.c.dueMs, f.pendingExtensionDays, f.extensionsGranted);
        if (!due)
            return due.error();
        decision->dueMs = due.value();
        decision->handlerDueMs = 0;
        if (f.c.handlerDueMs > 0) {
            auto handlerDue = extendedDueMs(f.c.handlerDueMs, f.pendingExtensionDays, f.extensionsGranted);
            if (!handlerDue)
                return handlerDue.error();
            decision->handlerDueMs = qMin(handlerDue.value(), decision->dueMs);
        }
    }
    return {};
}

} // namespace gd
