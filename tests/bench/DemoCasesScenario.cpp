// Scenario "cases": generating demo cases (1,000,000 by default) with their timelines into a
// copy of a demo-district file, against a baseline that inserts the very same rows (every column
// of cases and case_events, plus the one audit entry) into another copy with bare sqlite3
// statements in one transaction, indexes in place, default cache: the plain way.
//
//   GRIDDESK_BENCH_CASES=N   how many cases (default 1000000); griddesk-bench's main() knows
//                            no --cases option, and this file does not change it
//   --runs N                 timed runs, only together with --scenario cases; otherwise ONE
//                            (a run takes minutes)
//   --dir DIR                keeps DIR/cases-run-1.griddesk: a district with N cases, for
//                            measuring queries on a file of that size
#include "BaselineDb.h"
#include "Bench.h"
#include "demo/DemoCases.h"
#include "demo/DemoDistrict.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace {

constexpr quint64 kDistrictSeed = 1;
constexpr quint64 kCaseSeed = 1;
constexpr int kDefaultCases = 1000000;

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

QString mb(qint64 bytes)
{
    return QString::number(double(bytes) / 1048576.0, 'f', 1);
}

// The rows of one table packed in one buffer (a million rows as QList<QList<Cell>> would take
// several times their size): per cell a type byte, then 8 bytes of number or 4 of length + bytes.
struct PackedTable {
    QString name;
    QStringList columns;
    qint64 rows = 0;
    std::vector<char> data;

    void put(const void *p, size_t n)
    {
        const char *c = static_cast<const char *>(p);
        data.insert(data.end(), c, c + n);
    }
};

QString readTable(sqlite3 *db, const QString &name, const QString &where, PackedTable *out)
{
    out->name = name;
    sqlite3_stmt *st = nullptr;
    const QByteArray sql = QStringLiteral("SELECT * FROM %1 %2 ORDER BY rowid").arg(name, where).toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        return bench::sqliteError(db);
    const int n = sqlite3_column_count(st);
    for (int c = 0; c < n; ++c)
        out->columns << QString::fromUtf8(sqlite3_column_name(st, c));
    while (sqlite3_step(st) == SQLITE_ROW) {
        for (int c = 0; c < n; ++c) {
            const char type = char(sqlite3_column_type(st, c));
            out->put(&type, 1);
            if (type == SQLITE_INTEGER) {
                const qint64 v = sqlite3_column_int64(st, c);
                out->put(&v, 8);
            } else if (type == SQLITE_FLOAT) {
                const double v = sqlite3_column_double(st, c);
                out->put(&v, 8);
            } else if (type == SQLITE_TEXT || type == SQLITE_BLOB) {
                const void *p = type == SQLITE_TEXT ? static_cast<const void *>(sqlite3_column_text(st, c))
                                                    : sqlite3_column_blob(st, c);
                const quint32 len = quint32(sqlite3_column_bytes(st, c));
                out->put(&len, 4);
                out->put(p, len);
            }
        }
        ++out->rows;
    }
    sqlite3_finalize(st);
    return {};
}

QString readAll(const QString &path, std::vector<PackedTable> *out)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString why = bench::sqliteError(db);
        sqlite3_close(db);
        return why;
    }
    out->resize(3);
    QString error = readTable(db, QStringLiteral("cases"), {}, &(*out)[0]);
    if (error.isEmpty())
        error = readTable(db, QStringLiteral("case_events"), {}, &(*out)[1]);
    if (error.isEmpty())
        error = readTable(db, QStringLiteral("audit_log"), QStringLiteral("WHERE action = 'demo_cases'"), &(*out)[2]);
    sqlite3_close(db);
    return error;
}

// The timed part of the baseline: one transaction, one prepared statement per table.
QString insertAll(sqlite3 *db, const std::vector<PackedTable> &tables)
{
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return bench::sqliteError(db);
    for (const PackedTable &t : tables) {
        QStringList marks;
        for (int i = 0; i < t.columns.size(); ++i)
            marks << QStringLiteral("?");
        const QByteArray sql = QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                                   .arg(t.name, t.columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))
                                   .toUtf8();
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
            return bench::sqliteError(db);
        const char *p = t.data.data();
        const int n = int(t.columns.size());
        for (qint64 row = 0; row < t.rows; ++row) {
            for (int c = 1; c <= n; ++c) {
                const char type = *p++;
                if (type == SQLITE_INTEGER || type == SQLITE_FLOAT) {
                    if (type == SQLITE_INTEGER) {
                        qint64 v;
                        memcpy(&v, p, 8);
                        sqlite3_bind_int64(st, c, v);
                    } else {
                        double v;
                        memcpy(&v, p, 8);
                        sqlite3_bind_double(st, c, v);
                    }
                    p += 8;
                } else if (type == SQLITE_TEXT || type == SQLITE_BLOB) {
                    quint32 len;
                    memcpy(&len, p, 4);
                    p += 4;
                    if (type == SQLITE_TEXT)
                        sqlite3_bind_text(st, c, p, int(len), SQLITE_STATIC);
                    else
                        sqlite3_bind_blob(st, c, p, int(len), SQLITE_STATIC);
                    p += len;
                } else {
                    sqlite3_bind_null(st, c);
                }
            }
            if (sqlite3_step(st) != SQLITE_DONE) {
                const QString why = bench::sqliteError(db);
                sqlite3_finalize(st);
                return why;
            }
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
    }
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return bench::sqliteError(db);
    return {};
}

QString copyDistrict(const QString &district, const QString &path)
{
    removeDatabase(path);
    if (!QFile::copy(district, path))
        return QStringLiteral("cannot copy %1 to %2").arg(district, path);
    return {};
}

QString baselineRun(const QString &district, const QString &path, const std::vector<PackedTable> &tables, double *ms)
{
    if (QString e = copyDistrict(district, path); !e.isEmpty())
        return e;
    sqlite3 *db = nullptr;
    if (QString why = bench::openBaseline(path, &db); !why.isEmpty())
        return why;
    const bench::Stopwatch watch;
    const QString error = insertAll(db, tables);
    *ms = watch.ms();
    sqlite3_close(db);
    return error;
}

struct CasesRun {
    double ms = 0;
    double closeMs = 0;
    qint64 walBytes = 0;
    gd::DemoCaseSummary summary;
};

QString casesRun(const QString &district, const QString &path, int count, CasesRun *run)
{
    if (QString e = copyDistrict(district, path); !e.isEmpty())
        return e;
    auto opened = gd::Database::open(path);
    if (!opened)
        return opened.message();
    std::unique_ptr<gd::Database> db = std::move(opened.value());
    db->setActor(gd::Actor::system());
    gd::DemoCaseOptions options;
    options.count = count;
    options.seed = kCaseSeed;
    const bench::Stopwatch watch;
    auto r = gd::DemoCases::generate(*db, options);
    run->ms = watch.ms();
    if (!r)
        return r.message();
    run->summary = r.value();
    run->walBytes = fileSize(path + QStringLiteral("-wal"));
    const bench::Stopwatch closing;
    db.reset();
    run->closeMs = closing.ms();
    return {};
}

int casesWanted()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("GRIDDESK_BENCH_CASES", &ok);
    return ok && n > 0 ? qMin(n, gd::DemoCases::kMaxCount) : kDefaultCases;
}

bench::Outcome runCases(const bench::Options &options)
{
    bench::Outcome out;
    QTemporaryDir temporary;
    const QDir dir(options.dir.isEmpty() ? temporary.path() : options.dir);
    const bool keep = !options.dir.isEmpty();
    const int count = casesWanted();
    // A run takes minutes at full size: one, unless --runs is given together with --scenario
    // cases (so that `griddesk-bench --runs 5` for the other scenarios does not mean an hour).
    const QStringList args = QCoreApplication::arguments();
    const bool chosen = args.contains(QStringLiteral("--scenario=cases")) ||
                        args.indexOf(QStringLiteral("cases")) == args.indexOf(QStringLiteral("--scenario")) + 1;
    const bool runsGiven = std::any_of(args.begin(), args.end(), [](const QString &a) {
        return a == QLatin1String("--runs") || a.startsWith(QLatin1String("--runs="));
    });
    const int runs = chosen && runsGiven ? options.runs : 1;

    // The district to start from, made once, untimed (as `griddesk-cli demo` makes it).
    const QString district = dir.filePath(QStringLiteral("cases-district.griddesk"));
    removeDatabase(district);
    {
        auto opened = gd::Database::open(district);
        if (!opened) {
            out.error = opened.message();
            return out;
        }
        (*opened)->setActor(gd::Actor::system());
        auto made = gd::DemoDistrict::generate(**opened, {kDistrictSeed, {}});
        if (!made) {
            out.error = made.message();
            return out;
        }
    }

    QList<CasesRun> results;
    std::vector<PackedTable> tables;
    qint64 rows = 0;
    const QString kept = dir.filePath(QStringLiteral("cases-run-1.griddesk"));
    for (int run = 1; run <= runs; ++run) {
        const QString path = dir.filePath(QStringLiteral("cases-run-%1.griddesk").arg(run));
        CasesRun r;
        if (QString e = casesRun(district, path, count, &r); !e.isEmpty()) {
            out.error = e;
            return out;
        }
        out.ms << r.ms;
        results << r;
        if (run == 1) { // the baseline's rows, read back untimed from the first run's file
            if (QString e = readAll(path, &tables); !e.isEmpty()) {
                out.error = e;
                return out;
            }
            for (const PackedTable &t : tables)
                rows += t.rows;
        }
        const QString basePath = dir.filePath(QStringLiteral("cases-baseline-%1.griddesk").arg(run));
        double baseMs = 0;
        if (QString e = baselineRun(district, basePath, tables, &baseMs); !e.isEmpty()) {
            out.error = QStringLiteral("baseline: ") + e;
            return out;
        }
        out.baselineMs << baseMs;
        removeDatabase(basePath);
        if (run > 1 || !keep)
            removeDatabase(path);
    }
    const qint64 fileBytes = keep ? fileSize(kept) : 0;

    const CasesRun &first = results.first();
    const gd::DemoCaseSummary &s = first.summary;
    const double medianS = bench::percentile(out.ms, 50) / 1000.0;
    out.notes << QStringLiteral("%1 cases with %2 events (%3 per case) received %4 to %5 (UTC+8); %6 open, %7 "
                                "overdue, %8 with repeats, %9 proactive")
                     .arg(s.cases)
                     .arg(s.events)
                     .arg(QString::number(double(s.events) / qMax(1, s.cases), 'f', 2))
                     .arg(QDateTime::fromMSecsSinceEpoch(s.fromMs, QTimeZone(8 * 3600)).toString(Qt::ISODate))
                     .arg(QDateTime::fromMSecsSinceEpoch(s.toMs, QTimeZone(8 * 3600)).toString(Qt::ISODate))
                     .arg(s.open)
                     .arg(s.overdue)
                     .arg(s.repeated)
                     .arg(s.proactive);
    out.notes << QStringLiteral("timed: DemoCases::generate() into a copy of the demo district (seed 1), one "
                                "transaction, commit included; %1 rows/s (cases + events)")
                     .arg(QString::number(double(s.cases + s.events) / medianS, 'f', 0));
    out.notes << QStringLiteral("baseline: the same %1 rows (cases, case_events, the audit entry) read back untimed "
                                "from run 1, inserted with bare sqlite3 statements into another copy, indexes in "
                                "place, default page cache")
                     .arg(rows);
    out.notes << QStringLiteral("WAL after commit %1 MB; closing the file afterwards (not timed) took %2 ms")
                     .arg(mb(first.walBytes), QString::number(first.closeMs, 'f', 0));
    if (keep)
        out.notes << QStringLiteral("kept: %1 (%2 MB)").arg(QDir::toNativeSeparators(kept), mb(fileBytes));
    else
        out.notes << QStringLiteral("files removed; pass --dir DIR to keep DIR/cases-run-1.griddesk");
    if (!keep)
        removeDatabase(district);
    return out;
}

const bench::Registrar casesScenario({QStringLiteral("cases"),
                                      QStringLiteral("generate 1,000,000 demo cases with their events "
                                                     "(GRIDDESK_BENCH_CASES=N; vs bare SQLite inserts)"),
                                      runCases});

} // namespace
