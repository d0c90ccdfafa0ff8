#include "CaseRowSql.h"

#include <QSqlQuery>
#include <QVariant>

namespace gd {

namespace {

// LEFT JOINs by primary key: one lookup each for the rows a page steps over, never a scan.
const char kSelect[] =
    "SELECT c.id, c.number, c.state, c.channel, c.urgency, k.name, g.code, g.name, c.address, c.reporter_name, "
    "c.reporter_phone, substr(c.description, 1, %1), c.received_ms, c.due_ms, c.updated_ms, "
    "COALESCE(w.name, u.name, ''), c.lead_name, c.supervision, c.report_count, ifnull(c.callback_due_ms, 0) "
    "FROM cases c%2 LEFT JOIN categories k ON k.id = c.category_id LEFT JOIN grids g ON g.id = c.grid_id "
    "LEFT JOIN workers w ON w.id = c.handler_worker_id LEFT JOIN units u ON u.id = c.handler_unit_id ";

} // namespace

QString caseRowSelect(const QString &fromSuffix)
{
    return QString::fromLatin1(kSelect).arg(CaseQueries::kDescriptionChars).arg(fromSuffix);
}

CaseRow readCaseRow(const QSqlQuery &q)
{
    CaseRow r;
    int i = 0;
    r.id = q.value(i++).toString();
    r.number = q.value(i++).toString();
    r.state = q.value(i++).toString();
    r.channel = q.value(i++).toString();
    r.urgency = q.value(i++).toString();
    r.categoryName = q.value(i++).toString();
    r.gridCode = q.value(i++).toString();
    r.gridName = q.value(i++).toString();
    r.address = q.value(i++).toString();
    r.reporterName = q.value(i++).toString();
    r.reporterPhone = q.value(i++).toString();
    r.description = q.value(i++).toString();
    r.receivedMs = q.value(i++).toLongLong();
    r.dueMs = q.value(i++).toLongLong();
    r.updatedMs = q.value(i++).toLongLong();
    r.handlerName = q.value(i++).toString();
    r.leadName = q.value(i++).toString();
    r.supervision = q.value(i++).toString();
    r.reportCount = q.value(i++).toInt();
    r.callbackDueMs = q.value(i++).toLongLong();
    return r;
}

} // namespace gd
