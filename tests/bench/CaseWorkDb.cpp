#include "CaseWorkDb.h"

#include "BaselineDb.h"
#include "demo/DemoCases.h"
#include "demo/DemoDistrict.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

namespace bench {

namespace {

const QString kCasesFile = QStringLiteral("cases-run-1.griddesk");
std::unique_ptr<CaseWorkDb> made;
std::unique_ptr<QTemporaryDir> temporary;

QString generate(const Options &options, CaseWorkDb *out)
{
    bool ok = false;
    const int wanted = qEnvironmentVariableIntValue("GRIDDESK_BENCH_CASES", &ok);
    const int count = ok && wanted > 0 ? qMin(wanted, gd::DemoCases::kMaxCount) : 1000000;
    if (options.dir.isEmpty())
        temporary = std::make_unique<QTemporaryDir>();
    const QDir dir(options.dir.isEmpty() ? temporary->path() : options.dir);
    out->path = dir.filePath(QStringLiteral("casework.griddesk"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(out->path + QLatin1String(suffix));
    auto opened = gd::Database::open(out->path);
    if (!opened)
        return opened.message();
    (*opened)->setActor(gd::Actor::system());
    if (auto d = gd::DemoDistrict::generate(**opened, {}); !d)
        return d.message();
    gd::DemoCaseOptions o;
    o.count = count;
    const Stopwatch watch;
    if (auto c = gd::DemoCases::generate(**opened, o); !c)
        return c.message();
    out->notes << QStringLiteral("generated %1 demo cases into %2 first (%3 s, untimed)")
                      .arg(count)
                      .arg(out->path)
                      .arg(watch.ms() / 1000, 0, 'f', 1);
    out->db = std::move(opened.value());
    return {};
}

} // namespace

CaseWorkDb *caseWorkDb(const Options &options, QString *error)
{
    if (made)
        return made.get();
    auto work = std::make_unique<CaseWorkDb>();
    const QString given = qEnvironmentVariable("GRIDDESK_BENCH_DB");
    if (!given.isEmpty()) {
        work->path = given;
        const Stopwatch watch;
        auto opened = gd::Database::open(given);
        if (!opened) {
            *error = opened.message();
            return nullptr;
        }
        work->db = std::move(opened.value());
        work->notes << QStringLiteral("file %1 (opened in %2 ms, including any schema upgrade)")
                           .arg(given)
                           .arg(watch.ms(), 0, 'f', 0);
    } else if (!options.dir.isEmpty() && QFile::exists(QDir(options.dir).filePath(kCasesFile))) {
        // The file scenario "cases" just made and kept in --dir: a district with its cases.
        work->path = QDir(options.dir).filePath(kCasesFile);
        auto opened = gd::Database::open(work->path);
        if (!opened) {
            *error = opened.message();
            return nullptr;
        }
        work->db = std::move(opened.value());
        work->notes << QStringLiteral("file %1, kept by scenario cases").arg(work->path);
    } else if (QString e = generate(options, work.get()); !e.isEmpty()) {
        *error = e;
        return nullptr;
    }
    work->db->setActor(gd::Actor::system());
    QSqlQuery q(work->db->sql());
    if (q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next())
        work->cases = q.value(0).toLongLong();
    made = std::move(work);
    return made.get();
}

CaseWorkDb *caseWorkDb(const Options &options, Outcome *out)
{
    QString error;
    CaseWorkDb *work = caseWorkDb(options, &error);
    if (!work)
        out->error = error;
    return work;
}

CaseWorkDb *caseWorkDbWithBaseline(const Options &options, Outcome *out, sqlite3 **raw)
{
    CaseWorkDb *work = caseWorkDb(options, out);
    if (!work)
        return nullptr;
    out->notes << work->notes;
    if (QString e = openBaseline(work->path, raw); !e.isEmpty()) {
        out->error = e;
        return nullptr;
    }
    return work;
}

QDate lastWholeMonth(sqlite3 *raw)
{
    const QList<QStringList> newest = sampleRows(raw, "SELECT CAST(max(received_ms) AS TEXT) FROM cases", 1);
    const qint64 ms = newest.isEmpty() ? 0 : newest.first().first().toLongLong();
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).date();
    return QDate(day.year(), day.month(), 1).addMonths(-1);
}

void releaseCaseWorkDb()
{
    made.reset();
    temporary.reset();
}

QList<QStringList> sampleRows(sqlite3 *db, const char *sql, int columns)
{
    QList<QStringList> rows;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
        return rows;
    while (sqlite3_step(st) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < columns; ++c)
            row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, c)));
        rows << row;
    }
    sqlite3_finalize(st);
    return rows;
}

} // namespace bench
