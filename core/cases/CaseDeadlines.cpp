// CaseService's deadlines: the office's rules over the working-day calendar, by the case's
// urgency, request type and the route of its category (utilities, emergencies).
#include "CaseService.h"
#include "DeadlineRules.h"
#include "calendar/WorkCalendar.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace gd {

namespace {
// A sub-category inherits its parent's route ("0703 heating" → utility).
QString routeOf(Database &db, const QString &categoryId)
{
    QSqlQuery &q = db.prepared(QStringLiteral(
        "SELECT c.route, p.route FROM categories c LEFT JOIN categories p ON p.id = c.parent_id WHERE c.id = ?"));
    q.addBindValue(categoryId);
    QString route;
    if (exec(q) && q.next())
        route = q.value(0).toString().isEmpty() ? q.value(1).toString() : q.value(0).toString();
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

Result<qint64> CaseService::leadDueMs(const Case &c) const
{
    return handlerDueMs(c, c.receivedMs);
}

Result<qint64> CaseService::handlerDueMs(const Case &c, qint64 fromMs) const
{
    // The handler's clock starts at sign-for and runs by the same rule as the lead's.
    auto counted = deadlineBasis(m_db);
    if (!counted)
        return counted.error();
    return counted->first.dueMs(counted->second, fromMs, c.urgency, c.requestType, routeOf(m_db, c.categoryId));
}

Result<qint64> CaseService::extendedDueMs(qint64 dueMs, int workingDays, int granted) const
{
    // The rules check the number of days and of extensions already granted.
    auto counted = deadlineBasis(m_db);
    if (!counted)
        return counted.error();
    return counted->first.extendedDueMs(counted->second, dueMs, workingDays, granted);
}

} // namespace gd
