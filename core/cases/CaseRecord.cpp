#include "CaseRecord.h"

#include "EventPayload.h"
#include "storage/SqliteHandle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sqlite3.h>

namespace gd::caserecord {

namespace {

const char kCaseColumns[] =
    "id, number, hotline_order, channel, request_type, category_id, urgency, proactive, reporter_name, "
    "reporter_phone, anonymous, address, building_id, grid_id, description, request, received_ms, lead_org_id, "
    "lead_name, handler_worker_id, handler_unit_id, state, due_ms, handler_due_ms, supervision, satisfaction, "
    "solved, completed_ms, closed_ms, reopen_count, report_count, updated_ms, branches, sign_by_ms, callback_due_ms, "
    "callback_result, level, repeat_of, repeat_review, found_by_worker_id, deleted, rowid";

// What the fold and search read first, then who took the event and where.
const char kEventColumns[] = "id, case_id, hlc, at_ms, action, note, data, after_event, site, operator_id, "
                             "operator_login, operator_name";
constexpr int kFoldedEventColumns = 8;

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

QString caseSelect(const QString &rowKey)
{
    QString columns = QString::fromLatin1(kCaseColumns);
    columns.chop(int(qstrlen("rowid")));
    return QStringLiteral("SELECT %1%2 FROM cases ").arg(columns, rowKey);
}

namespace {

// A row read through the driver or through the C API, for the one decoding below.
struct QueryRow {
    const QSqlQuery &q;
    QString text(int i) const { return q.value(i).toString(); }
    QByteArray utf8(int i) const { return q.value(i).toString().toUtf8(); }
    qint64 integer(int i) const { return q.value(i).toLongLong(); }
    bool isNull(int i) const { return q.value(i).isNull(); }
};

struct StatementRow {
    sqlite3_stmt *st;
    QString text(int i) const { return sqliteText(st, i); }
    QByteArray utf8(int i) const // valid until the next step
    {
        return QByteArray::fromRawData(reinterpret_cast<const char *>(sqlite3_column_text(st, i)),
                                       sqlite3_column_bytes(st, i));
    }
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
    c.branches = int(r.integer(i++));
    c.signByMs = r.integer(i++);
    c.callbackDueMs = r.integer(i++);
    c.callbackResult = r.text(i++);
    c.level = r.text(i++);
    c.repeatOf = r.text(i++);
    c.repeatReview = r.text(i++);
    c.foundByWorkerId = r.text(i++);
    if (deleted)
        *deleted = r.integer(i) != 0;
    if (rowid)
        *rowid = r.integer(i + 1);
    return c;
}

template <class Row> CaseEvent eventOf(const Row &r, bool who)
{
    CaseEvent e;
    e.id = r.text(0);
    e.caseId = r.text(1);
    e.hlc = r.integer(2);
    e.atMs = r.integer(3);
    e.action = workflow::actionFromKey(r.text(4)).value_or(workflow::Action::Unknown);
    e.note = r.text(5);
    e.payload = workflow::decode(e.action, r.utf8(6));
    e.after = r.text(7);
    if (who) {
        e.site = r.text(8);
        e.operatorId = r.text(9);
        e.operatorLogin = r.text(10);
        e.operatorName = r.text(11);
    }
    return e;
}

// Runs `sql`, whose one parameter is the ids as a JSON array ("IN (SELECT value FROM
// json_each(?))"), and hands each row to onRow.
template <class OnRow> Status eachRow(const QSqlDatabase &db, const QString &sql, const QStringList &ids, OnRow onRow)
{
    sqlite3 *handle = sqliteHandle(db);
    auto failed = [handle] { return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(handle))); };
    SqliteStatement q;
    if (sqlite3_prepare_v2(handle, sql.toUtf8().constData(), -1, &q.st, nullptr) != SQLITE_OK)
        return failed();
    const QByteArray array = idArray(ids).toUtf8();
    sqlite3_bind_text(q.st, 1, array.constData(), int(array.size()), SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(q.st)) == SQLITE_ROW)
        onRow(StatementRow{q.st});
    return rc == SQLITE_DONE ? Status() : Status(failed());
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
    return eventOf(QueryRow{q}, true);
}

Result<QHash<QString, Stored>> storedCases(const QSqlDatabase &db, const QStringList &ids)
{
    QHash<QString, Stored> out;
    out.reserve(ids.size());
    Status read = eachRow(db, caseSelect() + QStringLiteral("WHERE id IN (SELECT value FROM json_each(?))"), ids,
                          [&out](const StatementRow &r) {
                              Stored s;
                              s.c = caseOf(r, &s.deleted, &s.rowid);
                              const QString id = s.c.id;
                              out.insert(id, std::move(s));
                          });
    if (!read)
        return read.error();
    return out;
}

Result<QHash<QString, QList<CaseEvent>>> timelines(const QSqlDatabase &db, const QStringList &ids)
{
    const QString columns =
        QString::fromLatin1(kEventColumns).section(QStringLiteral(", "), 0, kFoldedEventColumns - 1);
    QHash<QString, QList<CaseEvent>> out;
    out.reserve(ids.size());
    Status read = eachRow(db,
                          QStringLiteral("SELECT %1 FROM case_events WHERE case_id IN (SELECT value FROM json_each(?)) "
                                         "ORDER BY case_id, hlc, id")
                              .arg(columns),
                          ids, [&out](const StatementRow &r) {
                              CaseEvent e = eventOf(r, false);
                              const QString caseId = e.caseId;
                              out[caseId].append(std::move(e));
                          });
    if (!read)
        return read.error();
    return out;
}

} // namespace gd::caserecord
