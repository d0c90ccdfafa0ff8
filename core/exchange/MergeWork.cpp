#include "MergeWork.h"

#include "ExchangeTables.h"
#include "RowMerge.h"
#include "cases/CaseSearchIndex.h"
#include "schema/Tables.h"
#include "storage/Database.h"
#include "storage/HybridClock.h"
#include "storage/Logging.h"
#include "storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <sqlite3.h>

namespace gd::exchange {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::exchange)
};

QString valueText(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

QString columnList(const ExchangeTable &t, const QString &prefix = {})
{
    QStringList out;
    for (const QString &c : t.columns)
        out << prefix + quotedIdentifier(c);
    return out.join(QStringLiteral(", "));
}

// The package's rows of table t that the file lacks (p is the package's row).
QString lacking(const QString &table)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM main.%1 m WHERE m.id = p.id)").arg(quotedIdentifier(table));
}

} // namespace

Merger::Merger(Database &db, PackageReader &package, MergeReport &report)
    : m_db(db)
    , m_package(package)
    , m_report(report)
    , m_replay(db)
{}

// The work tables go with the merger: the undo file lists the added events from one of them.
Merger::~Merger()
{
    if (m_sql)
        logFailure(
            sqliteExec(m_sql, "DROP TABLE IF EXISTS temp.merge_new_cases; DROP TABLE IF EXISTS temp.merge_new_events"),
            "dropping the merge's work tables");
}

Error Merger::sqliteError() const
{
    if (m_cancelled)
        return Error::cancelled();
    return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(m_sql)));
}

bool Merger::reached(double share)
{
    m_share = share;
    if (m_progress && !m_cancelled && !m_progress(share))
        m_cancelled = true;
    return !m_cancelled;
}

void Merger::noteWritten(const QString &site, qint64 hlc)
{
    auto it = m_oldestWritten.find(site);
    if (it == m_oldestWritten.end())
        m_oldestWritten.insert(site, hlc);
    else if (hlc < *it)
        *it = hlc;
}

Status Merger::run(const std::function<bool(double)> &progress)
{
    m_progress = progress;
    m_sql = sqliteHandle(m_db.sql());
    for (const char *sql : {"DROP TABLE IF EXISTS temp.merge_new_cases", "DROP TABLE IF EXISTS temp.merge_new_events",
                            "CREATE TEMP TABLE merge_new_cases (id TEXT PRIMARY KEY)",
                            "CREATE TEMP TABLE merge_new_events (id TEXT PRIMARY KEY, case_id TEXT NOT NULL)"})
        if (Status s = sqliteExec(m_sql, sql); !s)
            return s;
    // The statements SQLite runs on its own (a copy of 100,000 rows) report and stop at a cancel.
    struct Handler {
        sqlite3 *db;
        ~Handler() { sqlite3_progress_handler(db, 0, nullptr, nullptr); }
    } handler{m_sql};
    if (m_progress)
        sqlite3_progress_handler(
            m_sql, 200000,
            [](void *self) -> int {
                auto *merger = static_cast<Merger *>(self);
                return merger->reached(merger->m_share) ? 0 : 1;
            },
            this);
    qint64 total = 0, done = 0;
    QHash<QString, qint64> rows;
    for (const TableDigest &t : m_package.info().tables) {
        rows.insert(t.table, t.rows);
        total += t.rows;
    }
    QElapsedTimer watch;
    watch.start();
    for (const ExchangeTable &t : exchangeTables()) {
        Status s = t.appendOnly ? mergeEvents(t, rows.value(t.name)) : mergeRows(t, rows.value(t.name));
        if (!s)
            return m_cancelled ? Status(Error::cancelled()) : s;
        done += rows.value(t.name);
        if (!reached(0.8 * double(done) / double(qMax<qint64>(total, 1))))
            return Error::cancelled();
        QSqlQuery max(m_db.sql());
        if (Status failed = exec(max, QStringLiteral("SELECT max(hlc) FROM pkg.%1").arg(quotedIdentifier(t.name)));
            !failed)
            return failed.error();
        if (max.next())
            m_maxStamp = qMax(m_maxStamp, max.value(0).toLongLong());
    }
    qCDebug(lcExchange) << "rows merged" << watch.restart() << "ms";
    if (Status s = replayCases(); !s)
        return m_cancelled ? Status(Error::cancelled()) : s;
    qCDebug(lcExchange) << "cases replayed" << m_touchedCases.size() << "and indexed" << watch.restart() << "ms";
    return {};
}

Status Merger::noteNewRows(const QString &table, const QString &where)
{
    SqliteStatement q;
    const QByteArray sql = QStringLiteral("SELECT site, min(hlc) FROM pkg.%1 p WHERE %2 GROUP BY site")
                               .arg(quotedIdentifier(table), where)
                               .toUtf8();
    if (sqlite3_prepare_v2(m_sql, sql.constData(), -1, &q.st, nullptr) != SQLITE_OK)
        return sqliteError();
    int rc;
    while ((rc = sqlite3_step(q.st)) == SQLITE_ROW)
        noteWritten(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.st, 0))),
                    sqlite3_column_int64(q.st, 1));
    return rc == SQLITE_DONE ? Status() : Status(sqliteError());
}

Status Merger::mergeRows(const ExchangeTable &t, qint64 packageRows)
{
    Q_UNUSED(packageRows)
    const TableDef *def = tables::byName(t.name);
    if (!def)
        return Error::make(ErrorKind::Internal, QStringLiteral("no table %1").arg(t.name));
    TableMergeCounts &counts = m_report.tables[t.name];
    const QString table = quotedIdentifier(t.name);
    const int n = int(t.columns.size());

    // Rows on both sides: the same version is unchanged, without reading it; the rest is read
    // first and merged after, so no row is written while the join still walks the table.
    QList<QVariantMap> theirs, ours;
    {
        SqliteStatement q;
        const QByteArray sql =
            QStringLiteral("SELECT (p.vv = m.vv AND p.hlc = m.hlc AND p.site = m.site AND p.deleted = m.deleted), "
                           "%1, %2 FROM pkg.%3 p JOIN main.%3 m ON m.id = p.id")
                .arg(columnList(t, QStringLiteral("p.")), columnList(t, QStringLiteral("m.")), table)
                .toUtf8();
        if (sqlite3_prepare_v2(m_sql, sql.constData(), -1, &q.st, nullptr) != SQLITE_OK)
            return sqliteError();
        int rc;
        while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
            if (sqlite3_column_int(q.st, 0)) {
                ++counts.unchanged;
                continue;
            }
            QVariantMap p, m;
            for (int i = 0; i < n; ++i) {
                p.insert(t.columns.at(i), sqliteValue(q.st, 1 + i));
                m.insert(t.columns.at(i), sqliteValue(q.st, 1 + n + i));
            }
            theirs << p;
            ours << m;
        }
        if (rc != SQLITE_DONE)
            return sqliteError();
    }
    if (Status s = applyDiffering(t, counts, theirs, ours); !s)
        return s;

    // Rows the file lacks: copied by SQLite, in the package's id order.
    if (Status s = noteNewRows(t.name, lacking(t.name)); !s)
        return s;
    if (t.name == QLatin1String("cases"))
        if (Status s =
                sqliteExec(m_sql, QStringLiteral("INSERT INTO temp.merge_new_cases(id) SELECT id FROM pkg.cases p "
                                                 "WHERE %1")
                                      .arg(lacking(t.name)));
            !s)
            return m_cancelled ? Status(Error::cancelled()) : s;
    if (Status s = sqliteExec(m_sql, QStringLiteral("INSERT INTO main.%1(%2) SELECT %2 FROM pkg.%1 p WHERE %3")
                                         .arg(table, columnList(t), lacking(t.name)));
        !s)
        return m_cancelled ? Status(Error::cancelled()) : s;
    counts.added = sqlite3_changes(m_sql);
    return {};
}

Status Merger::applyDiffering(const ExchangeTable &t, TableMergeCounts &counts, const QList<QVariantMap> &theirs,
                              const QList<QVariantMap> &ours)
{
    if (theirs.isEmpty())
        return {};
    const TableDef *def = tables::byName(t.name);
    QStringList sets;
    for (const QString &c : def->fields)
        sets << quotedIdentifier(c) + QStringLiteral("=?");
    sets << QStringLiteral("site=?") << QStringLiteral("hlc=?") << QStringLiteral("vv=?") << QStringLiteral("fstamps=?")
         << QStringLiteral("deleted=?") << QStringLiteral("origin_site=?") << QStringLiteral("created_hlc=?");
    // A statement of its own: Database::prepared() hands out references into a cache that the
    // conflict statement's first use may grow.
    QSqlQuery update(m_db.sql());
    update.prepare(
        QStringLiteral("UPDATE %1 SET %2 WHERE id=?").arg(quotedIdentifier(t.name), sets.join(QLatin1Char(','))));
    // The conflicts still open on this table's rows, for those a merged row settles (RowMerge.h).
    QMultiHash<QString, OpenConflict> open;
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT id, row_id, field, max(CAST(kept_stamp AS INTEGER), CAST(lost_stamp AS "
                                 "INTEGER)) FROM merge_conflicts WHERE resolved_ms IS NULL AND table_name = ?"));
        q.addBindValue(t.name);
        if (Status failed = exec(q); !failed)
            return failed;
        while (q.next())
            open.insert(q.value(1).toString(),
                        {q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toLongLong()});
    }
    QSqlQuery close(m_db.sql());
    close.prepare(QStringLiteral("UPDATE merge_conflicts SET resolved_ms = ? WHERE id = ? AND resolved_ms IS NULL"));
    for (int i = 0; i < theirs.size(); ++i) {
        if (i % 500 == 0 && !reached(m_share))
            return Error::cancelled();
        const QString id = theirs.at(i).value(QStringLiteral("id")).toString();
        const RowMergeResult r =
            mergeRow(rowVersionOf(ours.at(i), def->fields), rowVersionOf(theirs.at(i), def->fields), def->fields);
        if (r.outcome == RowMergeResult::Updated && t.name == QLatin1String("cases"))
            if (Status s = m_replay.remember(id); !s)
                return s;
        for (const FieldConflict &c : r.conflicts)
            if (Status s = recordConflict(t.name, id, c); !s)
                return s;
        counts.conflicts += r.conflicts.size();
        for (qint64 settled : settledConflicts(r.merged, open.values(id))) {
            close.addBindValue(m_db.nowMs());
            close.addBindValue(settled);
            if (Status failed = exec(close); !failed)
                return failed;
        }
        if (r.outcome == RowMergeResult::Unchanged) {
            ++counts.unchanged;
            continue;
        }
        const RowVersion &m = r.merged;
        for (const QString &f : def->fields)
            update.addBindValue(m.fields.value(f));
        update.addBindValue(m.site);
        update.addBindValue(m.hlc);
        update.addBindValue(versionVectorJson(m.vv));
        update.addBindValue(fieldStampsJson(m.fstamps));
        update.addBindValue(m.deleted ? 1 : 0);
        update.addBindValue(m.originSite);
        update.addBindValue(m.createdHlc);
        update.addBindValue(id);
        if (Status failed = exec(update); !failed)
            return failed.error();
        ++counts.updated;
        noteWritten(m.site, m.hlc);
        if (t.name == QLatin1String("cases"))
            m_touchedCases.insert(id);
    }
    return {};
}

Status Merger::recordConflict(const QString &table, const QString &rowId, const FieldConflict &c)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO merge_conflicts(table_name, row_id, field, kept_value, lost_value, kept_stamp, "
        "lost_stamp, lost_site, found_ms, package, kept_site) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(table), QVariant(rowId), QVariant(c.field), QVariant(valueText(c.kept)), QVariant(valueText(c.lost)),
          QVariant(QString::number(c.keptStamp.hlc)), QVariant(QString::number(c.lostStamp.hlc)),
          QVariant(c.lostStamp.site), QVariant(m_db.nowMs()),
          QVariant(QString::fromLatin1(m_package.info().content.toHex())), QVariant(c.keptStamp.site)})
        q.addBindValue(v);
    if (Status failed = exec(q); !failed)
        return failed.error();
    return {};
}

// Immutable facts: what the file lacks is added; one it has must be the same in every column.
Status Merger::mergeEvents(const ExchangeTable &t, qint64 packageRows)
{
    TableMergeCounts &counts = m_report.tables[t.name];
    const QString table = quotedIdentifier(t.name);
    QStringList differs;
    for (const QString &c : t.columns)
        if (c != QLatin1String("id"))
            differs << QStringLiteral("p.%1 IS NOT m.%1").arg(quotedIdentifier(c));
    if (Status s = sqliteExec(m_sql, QStringLiteral("INSERT INTO temp.merge_new_events(id, case_id) SELECT id, case_id "
                                                    "FROM pkg.%1 p WHERE %2")
                                         .arg(table, lacking(t.name)));
        !s)
        return m_cancelled ? Status(Error::cancelled()) : s;
    counts.added = sqlite3_changes(m_sql);
    counts.unchanged = packageRows - counts.added;
    // Only the events the file has already are compared (the new ones are not looked up again).
    {
        SqliteStatement q;
        const QByteArray sql =
            QStringLiteral("SELECT p.id FROM pkg.%1 p CROSS JOIN main.%1 m ON m.id = p.id WHERE NOT EXISTS (SELECT 1 "
                           "FROM temp.merge_new_events n WHERE n.id = p.id) AND (%2) LIMIT 1")
                .arg(table, differs.join(QStringLiteral(" OR ")))
                .toUtf8();
        if (sqlite3_prepare_v2(m_sql, sql.constData(), -1, &q.st, nullptr) != SQLITE_OK)
            return sqliteError();
        const int rc = sqlite3_step(q.st);
        if (rc == SQLITE_ROW)
            return Error::make(ErrorKind::Data,
                               Text::tr("The package %1 was refused: its timeline event %2 has the id of one this file "
                                        "already has, with other content (events never change once written).")
                                   .arg(m_package.path(), QString::fromUtf8(reinterpret_cast<const char *>(
                                                              sqlite3_column_text(q.st, 0)))));
        if (rc != SQLITE_DONE)
            return sqliteError();
    }
    if (Status s = noteNewRows(t.name, QStringLiteral("p.id IN (SELECT id FROM temp.merge_new_events)")); !s)
        return s;
    // Cases that were here before and gain events are replayed (new cases came whole); their
    // search entries before are their timelines without these events.
    {
        QSqlQuery q(m_db.sql());
        if (Status failed = exec(q, QStringLiteral("SELECT id, case_id FROM temp.merge_new_events WHERE case_id NOT IN "
                                                   "temp.merge_new_cases"));
            !failed)
            return failed.error();
        QSet<QString> events;
        while (q.next()) {
            events.insert(q.value(0).toString());
            m_touchedCases.insert(q.value(1).toString());
        }
        m_replay.addNewEvents(events);
    }
    // By case: each case's entries in the timeline index are then written together.
    if (Status s = sqliteExec(m_sql, QStringLiteral("INSERT INTO main.%1(%2) SELECT %2 FROM pkg.%1 p WHERE p.id IN "
                                                    "(SELECT id FROM temp.merge_new_events) ORDER BY p.case_id")
                                         .arg(table, columnList(t)));
        !s)
        return m_cancelled ? Status(Error::cancelled()) : s;
    return {};
}

// The state of every case that was here before and changed, and the search entry of every
// case that changed or is new.
Status Merger::replayCases()
{
    QStringList fresh;
    {
        QSqlQuery q(m_db.sql());
        // In the order received: the search docs then mostly ascend, as FTS5 writes them best.
        // CROSS JOIN keeps the new cases outside: the planner, knowing nothing of the temp table,
        // would otherwise walk every case by received_ms to avoid the sort.
        if (Status failed = exec(q, QStringLiteral("SELECT n.id FROM temp.merge_new_cases n CROSS JOIN main.cases c ON "
                                                   "c.id = n.id ORDER BY c.received_ms"));
            !failed)
            return failed.error();
        while (q.next())
            fresh << q.value(0).toString();
    }
    const double steps = double(qMax<qint64>(m_touchedCases.size() + fresh.size(), 1));
    if (Status s = m_replay.replay(m_touchedCases,
                                   [this, steps](qint64 done) { return reached(0.8 + 0.2 * double(done) / steps); });
        !s)
        return s;
    const qint64 replayed = m_touchedCases.size();
    if (Status s = m_replay.indexNew(
            fresh,
            [this, steps, replayed](qint64 done) { return reached(0.8 + 0.2 * double(replayed + done) / steps); });
        !s)
        return s;
    // A preview leaves the clock alone: the rollback would not take back a move.
    bool capped = false;
    if (!m_report.dryRun)
        m_db.hlc().receive(m_maxStamp, &capped);
    m_report.clockCapped = capped;
    return {};
}

} // namespace gd::exchange
