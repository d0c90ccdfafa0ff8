#include "MergeBench.h"

#include "BaselineDb.h"
#include "exchange/ExchangeTables.h"
#include "exchange/PackageReader.h"
#include "exchange/Trust.h"
#include "stats/StatsStore.h"
#include "storage/SqliteHandle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <sqlite3.h>
#include <unistd.h>

namespace bench::merge {

gd::Actor admin()
{
    gd::Actor a = gd::Actor::system();
    a.login = QStringLiteral("bench");
    a.role = gd::Role::Admin;
    return a;
}

// A copy of the million-case file to merge into (its WAL folded in first).
QString copyOfWorkFile(bench::CaseWorkDb *work, const QString &dir, const QString &name)
{
    QSqlQuery(work->db->sql()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QString copy = QDir(dir).filePath(name);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(copy + QLatin1String(suffix));
    return QFile::copy(work->path, copy) ? copy : QString();
}

void removeCopy(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    for (const QString &backup : QDir(QFileInfo(path).absolutePath())
                                     .entryList({QFileInfo(path).fileName() + QStringLiteral(".before-merge-*")}))
        QFile::remove(QDir(QFileInfo(path).absolutePath()).filePath(backup));
}

// The plain way, on a bare connection to `target`: `other` attached, then per exchanged table
// `perTable` (%1 the table, %2 its columns, "other" the attached file) in one transaction.
QString plainSql(const QString &target, const QString &other, const QString &perTable, double *ms)
{
    sqlite3 *raw = nullptr;
    if (QString e = bench::openBaseline(target, &raw); !e.isEmpty())
        return e;
    const bench::Stopwatch watch;
    QString error;
    auto exec = [&](const QString &sql) {
        if (error.isEmpty())
            if (gd::Status s = gd::sqliteExec(raw, sql); !s)
                error = s.message();
    };
    exec(QStringLiteral("ATTACH DATABASE '%1' AS other").arg(QString(other).replace(QLatin1Char('\''), "''")));
    exec(QStringLiteral("BEGIN"));
    for (const gd::exchange::ExchangeTable &t : gd::exchange::exchangeTables())
        exec(perTable.arg(t.name, t.columns.join(QStringLiteral(", "))));
    exec(QStringLiteral("COMMIT"));
    *ms = watch.ms();
    sqlite3_close(raw);
    return error;
}

// Every row of the package over the file's, table by table.
QString naiveMerge(const QString &target, const QString &package, double *ms)
{
    return plainSql(target, package, QStringLiteral("INSERT OR REPLACE INTO main.%1(%2) SELECT %2 FROM other.%1"), ms);
}

Merged mergeInto(const QString &target, const QString &package)
{
    Merged out;
    auto opened = gd::Database::open(target);
    if (!opened) {
        out.error = opened.message();
        return out;
    }
    gd::Database &db = *opened.value();
    db.setActor(admin());
    // What keeping the figures' aggregate costs: GRIDDESK_BENCH_STATS_OFF=1 merges without its
    // triggers, dropped once the file is open (opening would put them back). The copy's figures are
    // then wrong; it is thrown away.
    if (qEnvironmentVariableIsSet("GRIDDESK_BENCH_STATS_OFF"))
        if (gd::Status s = gd::stats::suspendTriggers(db.sql()); !s) {
            out.error = s.message();
            return out;
        }
    // The office trusts the sender once, as an administrator would; the merge's own checks of the
    // signature are inside the measured time.
    const std::optional<gd::exchange::TrustedOffice> sender = gd::exchange::packageSender(package);
    if (!sender) {
        out.error = QStringLiteral("the package carries no office key");
        return out;
    }
    if (gd::Status s = gd::exchange::trustOffice(db, *sender, sender->fingerprint); !s) {
        out.error = s.message();
        return out;
    }
    const bench::Stopwatch watch;
    auto reader = gd::exchange::PackageReader::open(package, db);
    if (!reader) {
        out.error = reader.message();
        return out;
    }
    auto report = gd::exchange::mergePackage(db, **reader, false);
    out.ms = watch.ms();
    if (!report)
        out.error = report.message();
    else
        out.report = *report;
    return out;
}

QString foldLog(const QString &path)
{
    sqlite3 *db = nullptr;
    QString error;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK ||
        sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) != SQLITE_OK)
        error = QStringLiteral("cannot fold the log of %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_close(db);
    return error;
}

// Waits until the gigabytes the untimed first merge wrote are on disk: a delta comes days after
// the big merge, not while the kernel still writes its pages back, and both sides start alike.
void settleWrites()
{
    ::sync();
}

QString totals(const gd::exchange::MergeReport &r)
{
    gd::exchange::TableMergeCounts t;
    for (const gd::exchange::TableMergeCounts &c : r.tables) {
        t.added += c.added;
        t.updated += c.updated;
        t.unchanged += c.unchanged;
        t.conflicts += c.conflicts;
    }
    return QStringLiteral("added %1, updated %2, unchanged %3, conflicts %4")
        .arg(t.added)
        .arg(t.updated)
        .arg(t.unchanged)
        .arg(t.conflicts);
}

} // namespace bench::merge
