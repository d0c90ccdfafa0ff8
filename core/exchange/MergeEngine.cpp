#include "MergeEngine.h"

#include "AreaCheck.h"
#include "ExchangeTables.h"
#include "MergeUndo.h"
#include "MergeWork.h"
#include "PeerWatermarks.h"
#include "access/Permissions.h"
#include "cases/CalendarRecompute.h"
#include "cases/CaseSearchIndex.h"
#include "storage/Database.h"
#include "storage/Logging.h"
#include "storage/SqliteHandle.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace gd::exchange {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::exchange)
};

// The checked copy of the package attached to the office's connection as "pkg" for the length
// of the merge (ATTACH cannot happen inside a transaction: this is made before it and outlives it).
class Attached
{
public:
    Attached(Database &db, const QString &path)
        : m_db(db)
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("ATTACH DATABASE ? AS pkg"));
        q.addBindValue(path);
        m_ok = q.exec();
        if (!m_ok)
            m_error = q.lastError().text();
    }
    ~Attached()
    {
        if (m_ok)
            QSqlQuery(m_db.sql()).exec(QStringLiteral("DETACH DATABASE pkg"));
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

private:
    Database &m_db;
    bool m_ok = false;
    QString m_error;
};

} // namespace

Result<QList<LedgerEntry>> mergedPackages(Database &db, int limit)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT content, source_site, source_office, file_name, operator_login, merged_ms, report "
                             "FROM exchange_ledger ORDER BY merged_ms DESC LIMIT ?"));
    q.addBindValue(limit);
    if (Status failed = exec(q); !failed)
        return failed.error();
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
    QElapsedTimer watch;
    watch.start();
    if (db.inTransaction())
        return Error::make(ErrorKind::Internal, QStringLiteral("a merge must not run inside another transaction"));
    Attached attached(db, package.checkedCopy());
    if (!attached.ok())
        return Error::make(
            ErrorKind::Internal,
            Text::tr("The package %1 could not be opened for merging: %2").arg(package.path(), attached.error()));
    // Each office's changes inside its own area, before anything is written.
    QElapsedTimer areas;
    areas.start();
    if (Status s = checkAreas(db, package.info(), QFileInfo(package.path()).fileName()); !s)
        return s.error();
    qCDebug(lcExchange) << "areas checked" << areas.elapsed() << "ms";
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    // The backup: what this merge writes, recorded so that undoMerge() can take it back.
    MergeRecorder recorder;
    if (!dryRun) {
        const QString stem =
            QStringLiteral("%1.before-merge-%2")
                .arg(db.path(), QDateTime::fromMSecsSinceEpoch(db.nowMs()).toString(QStringLiteral("yyyyMMdd-HHmmss")));
        report.backupPath = stem + QStringLiteral(".undo");
        for (int n = 2; QFileInfo::exists(report.backupPath); ++n) // two merges within a second
            report.backupPath = QStringLiteral("%1-%2.undo").arg(stem).arg(n);
        if (Status s = recorder.start(sqliteHandle(db.sql())); !s)
            return Error::make(ErrorKind::Internal,
                               Text::tr("Could not back up %1 before merging: %2").arg(db.path(), s.message()));
    }
    // A merge that does not commit leaves the file as it was: its undo file is not kept.
    struct BackupGuard {
        QString path;
        bool keep = false;
        ~BackupGuard()
        {
            if (!keep && !path.isEmpty())
                QFile::remove(path);
        }
    } backupGuard{report.backupPath};
    qCDebug(lcExchange) << "recording started" << watch.restart() << "ms";
    CaseSearchIndex index(db.sql());
    if (Status s = index.holdMerging(); !s)
        return s.error();
    // Another office's import of next year's official calendar arrives as its rows: the deadlines
    // counted here on the provisional year are counted again in this same transaction.
    auto calendarBefore = WorkCalendar::read(db);
    if (!calendarBefore)
        return calendarBefore.error();
    Merger merger(db, package, report);
    if (Status s = merger.run(progress); !s)
        return s.error();
    auto rescheduled = calendarrecompute::run(db, calendarBefore.value());
    if (!rescheduled)
        return rescheduled.error();
    report.rescheduledCases = rescheduled->moved;
    if (dryRun)
        return report; // the guard rolls everything back
    watch.restart();
    if (Status s = index.resumeMerging(); !s)
        return s.error();
    qCDebug(lcExchange) << "search entries written" << watch.restart() << "ms";
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
    if (Status failed = exec(ledger); !failed)
        return failed.error();
    // What the sending office says it merged from this one: those packages need not go again.
    if (Status s = applyAcks(db, package.info().acks, package.info().sourceSite); !s)
        return s.error();
    for (const QString &table : report.tables.keys())
        db.noteChanged(table);
    watch.restart();
    if (Status s = recorder.save(report.backupPath, {db.siteId(), QString::fromLatin1(package.info().content.toHex()),
                                                     QFileInfo(package.path()).fileName(), merger.addedEventsTable()});
        !s)
        return Error::make(ErrorKind::Internal,
                           Text::tr("Could not back up %1 before merging: %2").arg(db.path(), s.message()));
    qCDebug(lcExchange) << "undo file written" << watch.restart() << "ms";
    if (Status s = tx.commit(); !s) {
        // Foreign keys are checked at the commit: a package of changes only (or of one area)
        // can name a grid, worker or case this file has never received.
        if (s.message().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive))
            return Error::make(
                ErrorKind::Data,
                Text::tr("The package %1 refers to records this file does not have (it holds only part of "
                         "%2's data), so nothing was merged: ask %2 for a package of everything.")
                    .arg(QFileInfo(package.path()).fileName(), package.info().sourceOffice.isEmpty()
                                                                   ? package.info().sourceSite
                                                                   : package.info().sourceOffice));
        return s.error();
    }
    backupGuard.keep = true;
    qCDebug(lcExchange) << "merged and committed" << watch.restart() << "ms";
    if (progress)
        progress(1.0);
    return report;
}

Result<MergeAdmission> admitPackage(Database &db, const QString &path)
{
    if (Status allowed = requirePermission(db, Permission::EditSettings); !allowed)
        return allowed.error();
    const PackageReader::Claim claim = PackageReader::claimed(path);
    MergeAdmission admission;
    admission.alreadyMerged = claim.sourceSite != db.siteId() && wasMerged(db, claim.content);
    return admission;
}

} // namespace gd::exchange
