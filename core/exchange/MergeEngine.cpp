#include "MergeEngine.h"

#include "ExchangeTables.h"
#include "PeerWatermarks.h"
#include "RowMerge.h"
#include "cases/CaseSearchIndex.h"
#include "cases/CaseService.h"
#include "people/Permissions.h"
#include "storage/Database.h"
#include "storage/HybridClock.h"
#include "storage/Tables.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace gd::exchange {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gd::exchange", text);
}

Error sqlError(const QSqlQuery &q)
{
    return Error::make(ErrorKind::Internal, q.lastError().text());
}

const QStringList kMeta{QStringLiteral("id"),      QStringLiteral("origin_site"), QStringLiteral("created_hlc"),
                        QStringLiteral("site"),    QStringLiteral("hlc"),         QStringLiteral("vv"),
                        QStringLiteral("fstamps"), QStringLiteral("deleted")};

QVariant columnValue(sqlite3_stmt *st, int i)
{
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_NULL: return QVariant();
    case SQLITE_INTEGER: return QVariant(qlonglong(sqlite3_column_int64(st, i)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(st, i));
    default:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i)),
                                 sqlite3_column_bytes(st, i));
    }
}

// A row's values by column name (the package's or the file's) as a RowVersion.
RowVersion versionOf(const QVariantMap &row, const TableDef &def)
{
    RowVersion v;
    v.id = row.value(QStringLiteral("id")).toString();
    v.originSite = row.value(QStringLiteral("origin_site")).toString();
    v.createdHlc = row.value(QStringLiteral("created_hlc")).toLongLong();
    v.site = row.value(QStringLiteral("site")).toString();
    v.hlc = row.value(QStringLiteral("hlc")).toLongLong();
    v.vv = parseVersionVector(row.value(QStringLiteral("vv")).toString());
    v.fstamps = parseFieldStamps(row.value(QStringLiteral("fstamps")).toString());
    v.deleted = row.value(QStringLiteral("deleted")).toLongLong() != 0;
    for (const QString &f : def.fields)
        v.fields.insert(f, row.value(f));
    return v;
}

QString valueText(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

class Merger
{
public:
    Merger(Database &db, PackageReader &package, MergeReport &report)
        : m_db(db)
        , m_package(package)
        , m_report(report)
    {}

    Status run(const std::function<bool(double)> &progress)
    {
        m_progress = progress;
        for (const TableDigest &t : m_package.info().tables)
            m_total += t.rows;
        for (const ExchangeTable &t : exchangeTables())
            if (Status s = t.appendOnly ? mergeEvents(t) : mergeRows(t); !s)
                return s;
        return replayCases();
    }

private:
    // Every row of a package table, in id order, to `visit`.
    Status eachPackageRow(const ExchangeTable &t, const std::function<Status(const QVariantMap &)> &visit)
    {
        QStringList columns;
        for (const QString &c : t.columns)
            columns << QLatin1Char('"') + c + QLatin1Char('"');
        const QByteArray sql = QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY id")
                                   .arg(columns.join(QStringLiteral(", ")), t.name)
                                   .toUtf8();
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_package.db(), sql.constData(), -1, &st, nullptr) != SQLITE_OK)
            return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(m_package.db())));
        Status result;
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            if (++m_done % 2000 == 0 && !reached(0.9 * double(m_done) / double(qMax<qint64>(m_total, 1)))) {
                result = cancelled();
                break;
            }
            QVariantMap row;
            for (int i = 0; i < t.columns.size(); ++i)
                row.insert(t.columns.at(i), columnValue(st, i));
            if (Status s = visit(row); !s) {
                result = s;
                break;
            }
        }
        if (result && rc != SQLITE_DONE && rc != SQLITE_ROW)
            result = Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(m_package.db())));
        sqlite3_finalize(st);
        return result;
    }

    void noteStamp(qint64 stamp) { m_maxStamp = qMax(m_maxStamp, stamp); }
    bool reached(double share) const { return !m_progress || m_progress(share); }
    static Error cancelled() { return Error{ErrorKind::Invalid, tr("cancelled"), QStringLiteral("cancelled")}; }
    // A row now carries (site, hlc) as its last edit: the next package to any peer must too.
    void noteWritten(const QString &site, qint64 hlc)
    {
        auto it = m_oldestWritten.find(site);
        if (it == m_oldestWritten.end())
            m_oldestWritten.insert(site, hlc);
        else if (hlc < *it)
            *it = hlc;
    }

public:
    const SiteMarks &oldestWritten() const { return m_oldestWritten; }

private:
    Status mergeRows(const ExchangeTable &t)
    {
        const TableDef *def = tables::byName(t.name);
        if (!def)
            return Error::make(ErrorKind::Internal, QStringLiteral("no table %1").arg(t.name));
        TableMergeCounts &counts = m_report.tables[t.name];
        const QString columns = t.columns.join(QStringLiteral(", "));
        // Statements of their own: Database::prepared() hands out references into a cache that
        // the conflict statement's first use may grow.
        QSqlQuery find(m_db.sql()), insert(m_db.sql()), update(m_db.sql());
        find.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns, t.name));
        QStringList marks;
        for (int i = 0; i < t.columns.size(); ++i)
            marks << QStringLiteral("?");
        insert.prepare(
            QStringLiteral("INSERT INTO %1(%2) VALUES(%3)").arg(t.name, columns, marks.join(QLatin1Char(','))));
        QStringList sets;
        for (const QString &c : def->fields)
            sets << c + QStringLiteral("=?");
        sets << QStringLiteral("site=?") << QStringLiteral("hlc=?") << QStringLiteral("vv=?")
             << QStringLiteral("fstamps=?") << QStringLiteral("deleted=?");
        update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id=?").arg(t.name, sets.join(QLatin1Char(','))));
        return eachPackageRow(t, [&](const QVariantMap &row) -> Status {
            noteStamp(row.value(QStringLiteral("hlc")).toLongLong());
            const QString id = row.value(QStringLiteral("id")).toString();
            find.addBindValue(id);
            if (!find.exec())
                return sqlError(find);
            if (!find.next()) {
                find.finish();
                for (const QString &c : t.columns)
                    insert.addBindValue(row.value(c));
                if (!insert.exec())
                    return sqlError(insert);
                ++counts.added;
                noteWritten(row.value(QStringLiteral("site")).toString(),
                            row.value(QStringLiteral("hlc")).toLongLong());
                if (t.name == QLatin1String("cases"))
                    m_touchedCases.insert(id);
                return {};
            }
            QVariantMap current;
            for (int i = 0; i < t.columns.size(); ++i)
                current.insert(t.columns.at(i), find.value(i));
            find.finish();
            const RowMergeResult r = mergeRow(versionOf(current, *def), versionOf(row, *def), def->fields);
            for (const FieldConflict &c : r.conflicts)
                if (Status s = recordConflict(t.name, id, c); !s)
                    return s;
            counts.conflicts += r.conflicts.size();
            if (r.outcome == RowMergeResult::Unchanged) {
                ++counts.unchanged;
                return {};
            }
            const RowVersion &m = r.merged;
            for (const QString &f : def->fields)
                update.addBindValue(m.fields.value(f));
            update.addBindValue(m.site);
            update.addBindValue(m.hlc);
            update.addBindValue(versionVectorJson(m.vv));
            update.addBindValue(fieldStampsJson(m.fstamps));
            update.addBindValue(m.deleted ? 1 : 0);
            update.addBindValue(id);
            if (!update.exec())
                return sqlError(update);
            ++counts.updated;
            noteWritten(m.site, m.hlc);
            if (t.name == QLatin1String("cases"))
                m_touchedCases.insert(id);
            return {};
        });
    }

    Status recordConflict(const QString &table, const QString &rowId, const FieldConflict &c)
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO merge_conflicts(table_name, row_id, field, kept_value, lost_value, kept_stamp, "
            "lost_stamp, lost_site, found_ms, package, kept_site) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             {QVariant(table), QVariant(rowId), QVariant(c.field), QVariant(valueText(c.kept)),
              QVariant(valueText(c.lost)), QVariant(QString::number(c.keptStamp.hlc)),
              QVariant(QString::number(c.lostStamp.hlc)), QVariant(c.lostStamp.site), QVariant(m_db.nowMs()),
              QVariant(QString::fromLatin1(m_package.info().content.toHex())), QVariant(c.keptStamp.site)})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q);
        return {};
    }

    // Immutable facts: what the file lacks is added, the rest is the same already.
    Status mergeEvents(const ExchangeTable &t)
    {
        TableMergeCounts &counts = m_report.tables[t.name];
        QStringList marks;
        for (int i = 0; i < t.columns.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery insert(m_db.sql());
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO %1(%2) VALUES(%3)")
                           .arg(t.name, t.columns.join(QStringLiteral(", ")), marks.join(QLatin1Char(','))));
        return eachPackageRow(t, [&](const QVariantMap &row) -> Status {
            noteStamp(row.value(QStringLiteral("hlc")).toLongLong());
            for (const QString &c : t.columns)
                insert.addBindValue(row.value(c));
            if (!insert.exec())
                return sqlError(insert);
            if (insert.numRowsAffected() > 0) {
                ++counts.added;
                noteWritten(row.value(QStringLiteral("site")).toString(),
                            row.value(QStringLiteral("hlc")).toLongLong());
                m_touchedCases.insert(row.value(QStringLiteral("case_id")).toString());
            } else {
                ++counts.unchanged;
            }
            return {};
        });
    }

    // The state of every case whose row or timeline changed, and its search entry.
    Status replayCases()
    {
        CaseService cases(m_db);
        CaseSearchIndex index(m_db.sql());
        qint64 replayed = 0;
        for (const QString &id : std::as_const(m_touchedCases)) {
            if (++replayed % 500 == 0 &&
                !reached(0.9 + 0.1 * double(replayed) / double(qMax<qint64>(m_touchedCases.size(), 1))))
                return cancelled();
            auto before = index.entry(id);
            if (!before)
                return before.error();
            if (Status s = cases.recompute(id); !s)
                return s;
            if (Status s = index.refresh(id, *before); !s)
                return s;
        }
        bool capped = false;
        m_db.hlc().receive(m_maxStamp, &capped);
        m_report.clockCapped = capped;
        return {};
    }

    Database &m_db;
    PackageReader &m_package;
    MergeReport &m_report;
    QSet<QString> m_touchedCases;
    qint64 m_maxStamp = 0;
    SiteMarks m_oldestWritten;
    std::function<bool(double)> m_progress;
    qint64 m_total = 0, m_done = 0; // package rows, for the progress
};

} // namespace

Result<QList<LedgerEntry>> mergedPackages(Database &db, int limit)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT content, source_site, source_office, file_name, operator_login, merged_ms, report "
                             "FROM exchange_ledger ORDER BY merged_ms DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    QList<LedgerEntry> out;
    while (q.next()) {
        LedgerEntry e{q.value(0).toString(),
                      q.value(1).toString(),
                      q.value(2).toString(),
                      q.value(3).toString(),
                      q.value(4).toString(),
                      q.value(5).toLongLong(),
                      {}};
        const QJsonObject tables = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        for (const QJsonValue &t : tables) {
            const QJsonObject o = t.toObject();
            e.totals.added += o.value(QStringLiteral("added")).toInteger();
            e.totals.updated += o.value(QStringLiteral("updated")).toInteger();
            e.totals.unchanged += o.value(QStringLiteral("unchanged")).toInteger();
            e.totals.conflicts += o.value(QStringLiteral("conflicts")).toInteger();
        }
        out << e;
    }
    return out;
}

bool wasMerged(Database &db, const QByteArray &content)
{
    if (content.isEmpty())
        return false;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM exchange_ledger WHERE content = ?"));
    q.addBindValue(QString::fromLatin1(content.toHex()));
    return q.exec() && q.next();
}

QJsonObject countsJson(const MergeReport &r)
{
    QJsonObject tables;
    for (auto it = r.tables.cbegin(); it != r.tables.cend(); ++it)
        tables.insert(it.key(), QJsonObject{{QStringLiteral("added"), double(it->added)},
                                            {QStringLiteral("updated"), double(it->updated)},
                                            {QStringLiteral("unchanged"), double(it->unchanged)},
                                            {QStringLiteral("conflicts"), double(it->conflicts)}});
    return tables;
}

Result<MergeReport> mergePackage(Database &db, PackageReader &package, bool dryRun,
                                 const std::function<bool(double)> &progress)
{
    if (Status allowed = requirePermission(db, Permission::EditSettings); !allowed)
        return allowed.error();
    MergeReport report;
    report.dryRun = dryRun;
    if (wasMerged(db, package.info().content)) {
        report.alreadyMerged = true;
        return report;
    }
    if (!dryRun) {
        // The file as it was, kept beside it: a merge is one transaction, but a user may still
        // want yesterday's file back after looking at the result.
        const QString stem =
            QStringLiteral("%1.before-merge-%2")
                .arg(db.path(), QDateTime::fromMSecsSinceEpoch(db.nowMs()).toString(QStringLiteral("yyyyMMdd-HHmmss")));
        report.backupPath = stem + QStringLiteral(".sqlite");
        for (int n = 2; QFileInfo::exists(report.backupPath); ++n) // two merges within a second
            report.backupPath = QStringLiteral("%1-%2.sqlite").arg(stem).arg(n);
        QSqlQuery backup(db.sql());
        backup.prepare(QStringLiteral("VACUUM INTO ?"));
        backup.addBindValue(report.backupPath);
        if (!backup.exec())
            return Error::make(ErrorKind::Internal,
                               tr("Could not back up %1 before merging: %2").arg(db.path(), backup.lastError().text()));
    }
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    Merger merger(db, package, report);
    if (Status s = merger.run(progress); !s)
        return s.error();
    if (dryRun)
        return report; // the guard rolls everything back
    if (Status s = lowerMarks(db, merger.oldestWritten()); !s)
        return s.error();
    QSqlQuery ledger(db.sql());
    ledger.prepare(QStringLiteral("INSERT INTO exchange_ledger(content, source_site, source_office, file_name, "
                                  "merged_ms, operator_login, report) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(QString::fromLatin1(package.info().content.toHex())), QVariant(package.info().sourceSite),
          QVariant(package.info().sourceOffice), QVariant(QFileInfo(package.path()).fileName()), QVariant(db.nowMs()),
          QVariant(db.actor().login),
          QVariant(QString::fromUtf8(QJsonDocument(countsJson(report)).toJson(QJsonDocument::Compact)))})
        ledger.addBindValue(v);
    if (!ledger.exec())
        return sqlError(ledger);
    for (const QString &table : report.tables.keys())
        db.noteChanged(table);
    if (Status s = tx.commit(); !s) {
        // Foreign keys are checked at the commit: a package of changes only (or of one area)
        // can name a grid, worker or case this file has never received.
        if (s.message().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive))
            return Error::make(ErrorKind::Data,
                               tr("The package %1 refers to records this file does not have (it holds only part of "
                                  "%2's data), so nothing was merged: ask %2 for a package of everything.")
                                   .arg(QFileInfo(package.path()).fileName(), package.info().sourceOffice.isEmpty()
                                                                                  ? package.info().sourceSite
                                                                                  : package.info().sourceOffice));
        return s.error();
    }
    if (progress)
        progress(1.0);
    return report;
}

} // namespace gd::exchange
