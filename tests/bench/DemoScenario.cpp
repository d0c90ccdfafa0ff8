// Scenario "demo": building the demo district into a fresh file, against a baseline that
// writes the very same rows (every column of every exchanged table, plus the audit log) with
// bare sqlite3 statements in one transaction. The ratio is the price of the core's layers:
// QtSql, the per-row merge metadata, JSON audit entries and the prepared-statement cache.
#include "BaselineDb.h"
#include "Bench.h"
#include "access/Password.h"
#include "demo/DemoDistrict.h"
#include "schema/Tables.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>
#include <sqlite3.h>

namespace {

constexpr quint64 kSeed = 1;

// One SQLite value as read, so it can be bound back with its own storage class.
struct Cell {
    int type = SQLITE_NULL;
    qint64 integer = 0;
    double real = 0;
    QByteArray bytes; // TEXT (UTF-8) or BLOB
};

struct TableDump {
    QString name;
    QStringList columns;
    QList<QList<Cell>> rows;
};

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// The exchanged tables in parent-first order, then the audit log. The calendar, the category
// tree and the review's default criteria are seeded into every new file by the schema, not
// written by the generator, so neither side of the comparison writes them.
QStringList dumpedTables()
{
    static const QStringList seeded = {QStringLiteral("calendar_days"), QStringLiteral("categories"),
                                       QStringLiteral("rating_items")};
    QStringList names;
    for (const gd::TableDef *t : gd::tables::all())
        if (!seeded.contains(t->name))
            names << t->name;
    names << QStringLiteral("audit_log");
    return names;
}

QString readAll(const QString &path, QList<TableDump> *out)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString why = bench::sqliteError(db);
        sqlite3_close(db);
        return why;
    }
    QString error;
    for (const QString &table : dumpedTables()) {
        TableDump dump;
        dump.name = table;
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, QStringLiteral("SELECT * FROM %1").arg(table).toUtf8().constData(), -1, &st,
                               nullptr) != SQLITE_OK) {
            error = bench::sqliteError(db);
            break;
        }
        const int n = sqlite3_column_count(st);
        for (int c = 0; c < n; ++c)
            dump.columns << QString::fromUtf8(sqlite3_column_name(st, c));
        while (sqlite3_step(st) == SQLITE_ROW) {
            QList<Cell> row;
            row.reserve(n);
            for (int c = 0; c < n; ++c) {
                Cell cell;
                cell.type = sqlite3_column_type(st, c);
                if (cell.type == SQLITE_INTEGER)
                    cell.integer = sqlite3_column_int64(st, c);
                else if (cell.type == SQLITE_FLOAT)
                    cell.real = sqlite3_column_double(st, c);
                else if (cell.type == SQLITE_TEXT)
                    cell.bytes = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, c)),
                                            sqlite3_column_bytes(st, c));
                else if (cell.type == SQLITE_BLOB)
                    cell.bytes =
                        QByteArray(static_cast<const char *>(sqlite3_column_blob(st, c)), sqlite3_column_bytes(st, c));
                row << cell;
            }
            dump.rows << row;
        }
        sqlite3_finalize(st);
        out->append(dump);
    }
    sqlite3_close(db);
    return error;
}

// The timed part of the baseline: one transaction, one prepared statement per table.
QString insertAll(sqlite3 *db, const QList<TableDump> &dumps)
{
    char *message = nullptr;
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, &message) != SQLITE_OK) {
        const QString why = QString::fromUtf8(message);
        sqlite3_free(message);
        return why;
    }
    for (const TableDump &dump : dumps) {
        QStringList marks;
        for (int i = 0; i < dump.columns.size(); ++i)
            marks << QStringLiteral("?");
        const QByteArray sql = QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                                   .arg(dump.name, dump.columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))
                                   .toUtf8();
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
            return bench::sqliteError(db);
        for (const QList<Cell> &row : dump.rows) {
            for (int c = 0; c < row.size(); ++c) {
                const Cell &v = row.at(c);
                switch (v.type) {
                case SQLITE_INTEGER: sqlite3_bind_int64(st, c + 1, v.integer); break;
                case SQLITE_FLOAT: sqlite3_bind_double(st, c + 1, v.real); break;
                case SQLITE_TEXT:
                    sqlite3_bind_text(st, c + 1, v.bytes.constData(), int(v.bytes.size()), SQLITE_STATIC);
                    break;
                case SQLITE_BLOB:
                    sqlite3_bind_blob(st, c + 1, v.bytes.constData(), int(v.bytes.size()), SQLITE_STATIC);
                    break;
                default: sqlite3_bind_null(st, c + 1); break;
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
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, &message) != SQLITE_OK) {
        const QString why = QString::fromUtf8(message);
        sqlite3_free(message);
        return why;
    }
    return {};
}

// A GridDesk file made by the program (schema, application id, site), then opened with the
// C API and the settings Database::open uses, so both sides write into the same kind of file.
QString baselineRun(const QString &path, const QList<TableDump> &dumps, double *ms)
{
    removeDatabase(path);
    {
        auto made = gd::Database::open(path);
        if (!made)
            return made.message();
    }
    sqlite3 *db = nullptr;
    if (QString why = bench::openBaseline(path, &db); !why.isEmpty())
        return why;
    const bench::Stopwatch watch;
    const QString error = insertAll(db, dumps);
    *ms = watch.ms();
    sqlite3_close(db);
    return error;
}

QString demoRun(const QString &path, double *ms, gd::DemoSummary *summary)
{
    removeDatabase(path);
    auto opened = gd::Database::open(path);
    if (!opened)
        return opened.message();
    std::unique_ptr<gd::Database> db = std::move(opened.value());
    db->setActor(gd::Actor::system());
    gd::DemoOptions options;
    options.seed = kSeed;
    const bench::Stopwatch watch;
    auto r = gd::DemoDistrict::generate(*db, options);
    *ms = watch.ms();
    if (!r)
        return r.message();
    if (summary)
        *summary = r.value();
    return {};
}

bench::Outcome runDemo(const bench::Options &options)
{
    bench::Outcome out;
    QTemporaryDir temporary;
    const QDir dir(options.dir.isEmpty() ? temporary.path() : options.dir);
    const bool keep = !options.dir.isEmpty();

    // The baseline's rows: read, untimed, from a district generated the same way.
    const QString reference = dir.filePath(QStringLiteral("demo-reference.griddesk"));
    double ignored = 0;
    gd::DemoSummary summary;
    if (QString e = demoRun(reference, &ignored, &summary); !e.isEmpty()) {
        out.error = e;
        return out;
    }
    QList<TableDump> dumps;
    if (QString e = readAll(reference, &dumps); !e.isEmpty()) {
        out.error = e;
        return out;
    }
    int rows = 0;
    for (const TableDump &d : dumps)
        rows += int(d.rows.size());

    for (int run = 1; run <= options.runs; ++run) {
        const QString demoPath = dir.filePath(QStringLiteral("demo-run-%1.griddesk").arg(run));
        const QString basePath = dir.filePath(QStringLiteral("baseline-run-%1.griddesk").arg(run));
        double demoMs = 0, baseMs = 0;
        if (QString e = demoRun(demoPath, &demoMs, nullptr); !e.isEmpty()) {
            out.error = e;
            return out;
        }
        if (QString e = baselineRun(basePath, dumps, &baseMs); !e.isEmpty()) {
            out.error = QStringLiteral("baseline: ") + e;
            return out;
        }
        out.ms << demoMs;
        out.baselineMs << baseMs;
        if (!keep) {
            removeDatabase(demoPath);
            removeDatabase(basePath);
        }
    }

    // What the baseline does not do: hashing the demo operators' passwords (PBKDF2).
    int operators = 0;
    gd::demoOperators(&operators);
    const bench::Stopwatch hashing;
    for (int i = 0; i < operators; ++i)
        gd::password::hash(QStringLiteral("bench-password"), gd::password::newSalt());
    const double hashMs = hashing.ms();

    out.notes << QStringLiteral("%1 streets, %2 communities, %3 grids, %4 police grids, %5 buildings, %6 addresses, "
                                "%7 workers, %8 units, %9 operators")
                     .arg(summary.streets)
                     .arg(summary.communities)
                     .arg(summary.grids)
                     .arg(summary.policeGrids)
                     .arg(summary.buildings)
                     .arg(summary.addresses)
                     .arg(summary.workers)
                     .arg(summary.units)
                     .arg(summary.operators);
    out.notes << QStringLiteral("%1 rows in exchanged tables + %2 audit entries; the baseline inserts these %3 rows")
                     .arg(summary.rows)
                     .arg(rows - summary.rows)
                     .arg(rows);
    out.notes << QStringLiteral("not in the baseline: hashing %1 operator passwords (PBKDF2, %2 iterations) takes "
                                "%3 ms of each demo run")
                     .arg(operators)
                     .arg(gd::password::kDefaultIterations)
                     .arg(QString::number(hashMs, 'f', 1));
    const double rowsOnly = bench::percentile(out.ms, 50) - hashMs;
    out.notes << QStringLiteral("without the hashing, the rows take about %1 ms: %2 times the baseline")
                     .arg(QString::number(rowsOnly, 'f', 1),
                          QString::number(rowsOnly / bench::percentile(out.baselineMs, 50), 'f', 2));
    out.notes
        << QStringLiteral("file size %1 MB").arg(QString::number(QFileInfo(reference).size() / 1048576.0, 'f', 1));
    if (!keep)
        removeDatabase(reference);
    return out;
}

const bench::Registrar
    demoScenario({QStringLiteral("demo"),
                  QStringLiteral("generate the demo district into a fresh file (vs bare SQLite inserts)"), runDemo});

} // namespace
