#include "CaseRecord.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace gd::caserecord {

namespace {

const char kCaseColumns[] =
    "id, number, hotline_order, channel, request_type, category_id, urgency, proactive, reporter_name, "
    "reporter_phone, anonymous, address, building_id, grid_id, description, request, received_ms, lead_org_id, "
    "lead_name, handler_worker_id, handler_unit_id, state, due_ms, handler_due_ms, supervision, satisfaction, "
    "solved, completed_ms, closed_ms, reopen_count, report_count, updated_ms, deleted";

const char kEventColumns[] = "id, case_id, hlc, site, at_ms, operator_id, operator_login, operator_name, action, note, "
                             "data";

// The ids as one bound JSON array, for "IN (SELECT value FROM json_each(?))".
QString idArray(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

} // namespace

QString caseSelect()
{
    return QStringLiteral("SELECT %1 FROM cases ").arg(QString::fromLatin1(kCaseColumns));
}

Case caseFrom(const QSqlQuery &q, bool *deleted)
{
    Case c;
    int i = 0;
    c.id = q.value(i++).toString();
    c.number = q.value(i++).toString();
    c.hotlineOrder = q.value(i++).toString();
    c.channel = q.value(i++).toString();
    c.requestType = q.value(i++).toString();
    c.categoryId = q.value(i++).toString();
    c.urgency = q.value(i++).toString();
    c.proactive = q.value(i++).toBool();
    c.reporterName = q.value(i++).toString();
    c.reporterPhone = q.value(i++).toString();
    c.anonymous = q.value(i++).toBool();
    c.address = q.value(i++).toString();
    c.buildingId = q.value(i++).toString();
    c.gridId = q.value(i++).toString();
    c.description = q.value(i++).toString();
    c.request = q.value(i++).toString();
    c.receivedMs = q.value(i++).toLongLong();
    c.leadOrgId = q.value(i++).toString();
    c.leadName = q.value(i++).toString();
    c.handlerWorkerId = q.value(i++).toString();
    c.handlerUnitId = q.value(i++).toString();
    c.state = q.value(i++).toString();
    c.dueMs = q.value(i++).toLongLong();
    c.handlerDueMs = q.value(i++).toLongLong();
    c.supervision = q.value(i++).toString();
    c.satisfaction = q.value(i++).toString();
    c.solved = q.value(i).isNull() ? -1 : q.value(i).toInt();
    ++i;
    c.completedMs = q.value(i++).toLongLong();
    c.closedMs = q.value(i++).toLongLong();
    c.reopenCount = q.value(i++).toInt();
    c.reportCount = q.value(i++).toInt();
    c.updatedMs = q.value(i++).toLongLong();
    if (deleted)
        *deleted = q.value(i).toBool();
    return c;
}

QString eventSelect()
{
    return QStringLiteral("SELECT %1 FROM case_events ").arg(QString::fromLatin1(kEventColumns));
}

CaseEvent eventFrom(const QSqlQuery &q)
{
    CaseEvent e;
    e.id = q.value(0).toString();
    e.caseId = q.value(1).toString();
    e.hlc = q.value(2).toLongLong();
    e.site = q.value(3).toString();
    e.atMs = q.value(4).toLongLong();
    e.operatorId = q.value(5).toString();
    e.operatorLogin = q.value(6).toString();
    e.operatorName = q.value(7).toString();
    e.action = q.value(8).toString();
    e.note = q.value(9).toString();
    e.data = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    return e;
}

Result<QHash<QString, Stored>> storedCases(Database &db, const QStringList &ids)
{
    QSqlQuery &q = db.prepared(caseSelect() + QStringLiteral("WHERE id IN (SELECT value FROM json_each(?))"));
    q.addBindValue(idArray(ids));
    if (Status failed = exec(q); !failed)
        return failed.error();
    QHash<QString, Stored> out;
    out.reserve(ids.size());
    while (q.next()) {
        Stored s;
        s.c = caseFrom(q, &s.deleted);
        out.insert(s.c.id, s);
    }
    q.finish();
    return out;
}

Result<QHash<QString, QList<CaseEvent>>> timelines(Database &db, const QStringList &ids)
{
    QSqlQuery &q = db.prepared(eventSelect() + QStringLiteral("WHERE case_id IN (SELECT value FROM json_each(?)) "
                                                              "ORDER BY case_id, hlc, id"));
    q.addBindValue(idArray(ids));
    if (Status failed = exec(q); !failed)
        return failed.error();
    QHash<QString, QList<CaseEvent>> out;
    out.reserve(ids.size());
    while (q.next()) {
        CaseEvent e = eventFrom(q);
        out[e.caseId] << e;
    }
    q.finish();
    return out;
}

} // namespace gd::caserecord
