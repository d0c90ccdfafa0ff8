#include "PeerWatermarks.h"

#include "ExchangeTables.h"
#include "storage/Database.h"
#include "storage/RowStore.h"
#include "storage/SqliteHandle.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace gd::exchange {

namespace {

Error sqliteError(sqlite3 *db)
{
    return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(db)));
}

void bindText(sqlite3_stmt *st, int index, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    sqlite3_bind_text(st, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

} // namespace

QString marksJson(const SiteMarks &marks)
{
    QJsonObject o;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        o.insert(it.key(), QString::number(it.value())); // stamps pass 2^53: text, as in vv
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

SiteMarks parseMarks(const QString &json)
{
    SiteMarks marks;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        marks.insert(it.key(), it.value().toString().toLongLong());
    return marks;
}

Status preparePeerMarks(sqlite3 *db, const QString &peer, const QString &scopeJson, SiteMarks *marks)
{
    marks->clear();
    {
        SqliteStatement q;
        if (sqlite3_prepare_v2(db, "SELECT acked_marks FROM src.exchange_peers WHERE peer = ? AND scope = ?", -1, &q.st,
                               nullptr) != SQLITE_OK)
            return sqliteError(db);
        bindText(q.st, 1, peer);
        bindText(q.st, 2, scopeJson);
        const int rc = sqlite3_step(q.st);
        if (rc == SQLITE_ROW)
            *marks = parseMarks(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.st, 0))));
        else if (rc != SQLITE_DONE)
            return sqliteError(db);
    }
    if (Status s = sqliteExec(db, "CREATE TEMP TABLE peer_mark (site TEXT PRIMARY KEY, hlc INTEGER NOT NULL)"); !s)
        return s;
    SqliteStatement put;
    if (sqlite3_prepare_v2(db, "INSERT INTO temp.peer_mark(site, hlc) VALUES(?, ?)", -1, &put.st, nullptr) != SQLITE_OK)
        return sqliteError(db);
    for (auto it = marks->cbegin(); it != marks->cend(); ++it) {
        bindText(put.st, 1, it.key());
        sqlite3_bind_int64(put.st, 2, it.value());
        const int rc = sqlite3_step(put.st);
        sqlite3_reset(put.st);
        if (rc != SQLITE_DONE)
            return sqliteError(db);
    }
    return {};
}

QString peerFilter(const QString &table)
{
    return QStringLiteral("src.%1.hlc > coalesce((SELECT m.hlc FROM temp.peer_mark m WHERE m.site = src.%1.site), -1)")
        .arg(quotedIdentifier(table));
}

Result<SiteMarks> raisedMarks(sqlite3 *db, const SiteMarks &old)
{
    SiteMarks marks = old;
    for (const ExchangeTable &t : exchangeTables()) {
        SqliteStatement q;
        const QByteArray sql =
            QStringLiteral("SELECT site, max(hlc) FROM main.%1 GROUP BY site").arg(quotedIdentifier(t.name)).toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &q.st, nullptr) != SQLITE_OK)
            return sqliteError(db);
        int rc;
        while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
            const QString site = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.st, 0)));
            marks[site] = qMax(marks.value(site, -1), qint64(sqlite3_column_int64(q.st, 1)));
        }
        if (rc != SQLITE_DONE)
            return sqliteError(db);
    }
    return marks;
}

Status recordSent(Database &db, const QString &peer, const QString &scopeJson, const SiteMarks &before,
                  const SiteMarks &sent, const QString &contentHex)
{
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    QSqlQuery q(db.sql());
    // The export started from the acknowledged watermarks (`before`); a merge meanwhile lowers them.
    q.prepare(QStringLiteral("SELECT acked_marks FROM exchange_peers WHERE peer = ? AND scope = ?"));
    q.addBindValue(peer);
    q.addBindValue(scopeJson);
    if (Status failed = exec(q); !failed)
        return failed.error();
    const SiteMarks now = q.next() ? parseMarks(q.value(0).toString()) : SiteMarks();
    q.finish();
    SiteMarks marks = sent;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (!before.contains(it.key()) || before.value(it.key()) != it.value()) // changed since the export began
            marks[it.key()] = marks.contains(it.key()) ? qMin(marks.value(it.key()), it.value()) : it.value();
    q.prepare(QStringLiteral("INSERT INTO exchange_peers(peer, scope, marks, sent_ms, content, operator_login) "
                             "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(peer, scope) DO UPDATE SET marks = excluded.marks, "
                             "sent_ms = excluded.sent_ms, content = excluded.content, "
                             "operator_login = excluded.operator_login"));
    for (const QVariant &v : {QVariant(peer), QVariant(scopeJson), QVariant(marksJson(marks)), QVariant(db.nowMs()),
                              QVariant(contentHex), QVariant(db.actor().login)})
        q.addBindValue(v);
    if (Status failed = exec(q); !failed)
        return failed.error();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO exchange_sent(content, peer, scope, marks, sent_ms) "
                             "VALUES(?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(contentHex), QVariant(peer), QVariant(scopeJson), QVariant(marksJson(marks)), QVariant(db.nowMs())})
        q.addBindValue(v);
    if (Status failed = exec(q); !failed)
        return failed.error();
    if (Status s = audit::record(db, db.nextStamp(), QStringLiteral("sent"), QStringLiteral("exchange_peers"), peer, {},
                                 {{QStringLiteral("scope"), scopeJson}, {QStringLiteral("content"), contentHex}});
        !s)
        return s;
    return tx.commit();
}

namespace {

// Lowers one JSON column of marks in every row of `table` selected by `where`.
Status lowerColumn(Database &db, const QString &table, const QString &column, const QString &key, const QString &where,
                   const SiteMarks &oldestWritten)
{
    QSqlQuery rows(db.sql());
    if (Status failed = exec(rows, QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4").arg(key, column, table, where));
        !failed)
        return failed.error();
    QList<QPair<QString, QString>> lowered; // the row's key, its new marks
    while (rows.next()) {
        SiteMarks marks = parseMarks(rows.value(1).toString());
        bool changed = false;
        for (auto it = oldestWritten.cbegin(); it != oldestWritten.cend(); ++it)
            if (marks.contains(it.key()) && marks.value(it.key()) >= it.value()) {
                marks[it.key()] = it.value() - 1;
                changed = true;
            }
        if (changed)
            lowered.append({rows.value(0).toString(), marksJson(marks)});
    }
    rows.finish();
    QSqlQuery update(db.sql());
    update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?").arg(table, column, key));
    for (const auto &[rowKey, marks] : lowered) {
        update.addBindValue(marks);
        update.addBindValue(rowKey);
        if (Status failed = exec(update); !failed)
            return failed.error();
    }
    return {};
}

} // namespace

Status lowerMarks(Database &db, const SiteMarks &oldestWritten)
{
    if (oldestWritten.isEmpty())
        return {};
    // exchange_peers is keyed by (peer, scope): its rowid names a row in one column.
    for (const char *column : {"marks", "acked_marks"})
        if (Status s = lowerColumn(db, QStringLiteral("exchange_peers"), QLatin1String(column), QStringLiteral("rowid"),
                                   QStringLiteral("1"), oldestWritten);
            !s)
            return s;
    return lowerColumn(db, QStringLiteral("exchange_sent"), QStringLiteral("marks"), QStringLiteral("content"),
                       QStringLiteral("acked_ms IS NULL"), oldestWritten);
}

Result<QStringList> mergedContents(Database &db, int limit)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT content FROM exchange_ledger ORDER BY merged_ms DESC LIMIT ?"));
    q.addBindValue(limit);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status applyAcks(Database &db, const QStringList &contents, const QString &fromSite)
{
    QSqlQuery sent(db.sql());
    sent.prepare(
        QStringLiteral("SELECT peer, scope, marks, sent_ms FROM exchange_sent WHERE content = ? AND acked_ms IS NULL"));
    QSqlQuery peer(db.sql());
    QSqlQuery mark(db.sql());
    for (const QString &content : contents) {
        sent.addBindValue(content);
        if (Status failed = exec(sent); !failed)
            return failed.error();
        if (!sent.next())
            continue;
        const QString name = sent.value(0).toString(), scope = sent.value(1).toString();
        const SiteMarks delivered = parseMarks(sent.value(2).toString());
        const qint64 sentMs = sent.value(3).toLongLong();
        sent.finish();
        peer.prepare(QStringLiteral("SELECT acked_marks FROM exchange_peers WHERE peer = ? AND scope = ?"));
        peer.addBindValue(name);
        peer.addBindValue(scope);
        if (Status failed = exec(peer); !failed)
            return failed.error();
        SiteMarks acked = peer.next() ? parseMarks(peer.value(0).toString()) : SiteMarks();
        peer.finish();
        for (auto it = delivered.cbegin(); it != delivered.cend(); ++it)
            acked[it.key()] = qMax(acked.value(it.key(), -1), it.value());
        mark.prepare(QStringLiteral("UPDATE exchange_peers SET acked_marks = ?, acked_ms = ? WHERE peer = ? AND "
                                    "scope = ?"));
        for (const QVariant &v : {QVariant(marksJson(acked)), QVariant(db.nowMs()), QVariant(name), QVariant(scope)})
            mark.addBindValue(v);
        if (Status failed = exec(mark); !failed)
            return failed.error();
        // The packages sent to the peer before this one are covered by it (each started from what
        // the peer had confirmed, not from what was sent): one lost on the way needs nothing more.
        mark.prepare(QStringLiteral("UPDATE exchange_sent SET acked_ms = ?, acked_by_site = ? WHERE acked_ms IS NULL "
                                    "AND (content = ? OR (peer = ? AND scope = ? AND sent_ms <= ?))"));
        for (const QVariant &v : {QVariant(db.nowMs()), QVariant(fromSite), QVariant(content), QVariant(name),
                                  QVariant(scope), QVariant(sentMs)})
            mark.addBindValue(v);
        if (Status failed = exec(mark); !failed)
            return failed.error();
    }
    return {};
}

Result<QList<PeerStatus>> peerStatuses(Database &db)
{
    QSqlQuery q(db.sql());
    if (Status failed = exec(q, QStringLiteral("SELECT p.peer, p.scope, p.sent_ms, coalesce(p.acked_ms, 0), "
                                               "(SELECT count(*) FROM exchange_sent s WHERE s.peer = p.peer AND "
                                               "s.scope = p.scope AND s.acked_ms IS NULL) "
                                               "FROM exchange_peers p ORDER BY p.sent_ms DESC"));
        !failed)
        return failed.error();
    QList<PeerStatus> out;
    while (q.next())
        out << PeerStatus{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                          q.value(3).toLongLong(), q.value(4).toInt()};
    return out;
}

Result<QStringList> knownPeers(Database &db)
{
    QSqlQuery q(db.sql());
    if (Status failed =
            exec(q, QStringLiteral("SELECT peer FROM exchange_peers GROUP BY peer ORDER BY max(sent_ms) DESC"));
        !failed)
        return failed.error();
    QStringList peers;
    while (q.next())
        peers << q.value(0).toString();
    return peers;
}

} // namespace gd::exchange
