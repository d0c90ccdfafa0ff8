#include "CaseRecord.h"

#include "storage/Database.h"
#include "storage/SqliteHandle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <sqlite3.h>

namespace gd::caserecord {

namespace {

const char kCaseColumns[] =
    "id, number, hotline_order, channel, request_type, category_id, urgency, proactive, reporter_name, "
    "reporter_phone, anonymous, address, building_id, grid_id, description, request, received_ms, lead_org_id, "
    "lead_name, handler_worker_id, handler_unit_id, state, due_ms, handler_due_ms, supervision, satisfaction, "
    "solved, completed_ms, closed_ms, reopen_count, report_count, updated_ms, deleted, rowid";

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

namespace {

// A row read through the driver or through the C API, for the one decoding below.
struct QueryRow {
    const QSqlQuery &q;
    QString text(int i) const { return q.value(i).toString(); }
    qint64 integer(int i) const { return q.value(i).toLongLong(); }
    bool isNull(int i) const { return q.value(i).isNull(); }
};

struct StatementRow {
    sqlite3_stmt *st;
    QString text(int i) const { return sqliteText(st, i); }
    qint64 integer(int i) const { return sqlite3_column_int64(st, i); }
    bool isNull(int i) const { return sqlite3_column_type(st, i) == SQLITE_NULL; }
};

template <class Row> Case caseOf(const Row &r, bool *deleted, qint64 *rowid)
{
    Case c;
    int i = 0;
    c.id = r.text(i++);
    c.number = r.text(i++);
    c.hotlineOrder = r.text(i++);
    c.channel = r.text(i++);
    c.requestType = r.text(i++);
    c.categoryId = r.text(i++);
    c.urgency = r.text(i++);
    c.proactive = r.integer(i++) != 0;
    c.reporterName = r.text(i++);
    c.reporterPhone = r.text(i++);
    c.anonymous = r.integer(i++) != 0;
    c.address = r.text(i++);
    c.buildingId = r.text(i++);
    c.gridId = r.text(i++);
    c.description = r.text(i++);
    c.request = r.text(i++);
    c.receivedMs = r.integer(i++);
    c.leadOrgId = r.text(i++);
    c.leadName = r.text(i++);
    c.handlerWorkerId = r.text(i++);
    c.handlerUnitId = r.text(i++);
    c.state = r.text(i++);
    c.dueMs = r.integer(i++);
    c.handlerDueMs = r.integer(i++);
    c.supervision = r.text(i++);
    c.satisfaction = r.text(i++);
    c.solved = r.isNull(i) ? -1 : int(r.integer(i));
    ++i;
    c.completedMs = r.integer(i++);
    c.closedMs = r.integer(i++);
    c.reopenCount = int(r.integer(i++));
    c.reportCount = int(r.integer(i++));
    c.updatedMs = r.integer(i++);
    if (deleted)
        *deleted = r.integer(i) != 0;
    if (rowid)
        *rowid = r.integer(i + 1);
    return c;
}

Error statementError(sqlite3 *handle)
{
    return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(handle)));
}

} // namespace

Case caseFrom(const QSqlQuery &q, bool *deleted, qint64 *rowid)
{
    return caseOf(QueryRow{q}, deleted, rowid);
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

// Through the C API, as replayTimelines() below.
Result<QHash<QString, Stored>> storedCases(Database &db, const QStringList &ids)
{
    sqlite3 *handle = sqliteHandle(db.sql());
    SqliteStatement q;
    const QByteArray sql = (caseSelect() + QStringLiteral("WHERE id IN (SELECT value FROM json_each(?))")).toUtf8();
    if (sqlite3_prepare_v2(handle, sql.constData(), -1, &q.st, nullptr) != SQLITE_OK)
        return statementError(handle);
    const QByteArray array = idArray(ids).toUtf8();
    sqlite3_bind_text(q.st, 1, array.constData(), int(array.size()), SQLITE_STATIC);
    QHash<QString, Stored> out;
    out.reserve(ids.size());
    int rc;
    while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
        Stored s;
        s.c = caseOf(StatementRow{q.st}, &s.deleted, &s.rowid);
        const QString id = s.c.id;
        out.insert(id, std::move(s));
    }
    if (rc != SQLITE_DONE)
        return statementError(handle);
    return out;
}

// Through the C API: the events of a chunk of cases are tens of thousands of rows, and the
// driver's per-row copies cost a third of reading them (SqliteHandle.h).
Result<QHash<QString, QList<CaseEvent>>> replayTimelines(Database &db, const QStringList &ids)
{
    sqlite3 *handle = sqliteHandle(db.sql());
    SqliteStatement q;
    const char sql[] = "SELECT id, case_id, hlc, at_ms, action, note, data FROM case_events WHERE case_id IN "
                       "(SELECT value FROM json_each(?)) ORDER BY case_id, hlc, id";
    if (sqlite3_prepare_v2(handle, sql, -1, &q.st, nullptr) != SQLITE_OK)
        return statementError(handle);
    const QByteArray array = idArray(ids).toUtf8();
    sqlite3_bind_text(q.st, 1, array.constData(), int(array.size()), SQLITE_STATIC);
    QHash<QString, QList<CaseEvent>> out;
    out.reserve(ids.size());
    int rc;
    while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
        CaseEvent e;
        e.id = sqliteText(q.st, 0);
        e.caseId = sqliteText(q.st, 1);
        e.hlc = sqlite3_column_int64(q.st, 2);
        e.atMs = sqlite3_column_int64(q.st, 3);
        e.action = sqliteText(q.st, 4);
        e.note = sqliteText(q.st, 5);
        e.data = QJsonDocument::fromJson(
                     QByteArray::fromRawData(reinterpret_cast<const char *>(sqlite3_column_text(q.st, 6)),
                                             sqlite3_column_bytes(q.st, 6)))
                     .object();
        const QString caseId = e.caseId;
        out[caseId].append(std::move(e));
    }
    if (rc != SQLITE_DONE)
        return statementError(handle);
    return out;
}

} // namespace gd::caserecord
