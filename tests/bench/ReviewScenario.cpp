// Scenario "review-compute": one month's review sheet (rating/MonthSheet.h) for every active
// full-time worker on the million-case file (CaseWorkDb.h): the month's items from the cases, the
// values typed in, totals and proposed stars; against the same three grouped counts run plainly
// on a bare connection with the indexes set aside (NOT INDEXED: a scan of the cases table).
#include "BaselineDb.h"
#include "CaseWorkDb.h"
#include "rating/MonthSheet.h"
#include "storage/Database.h"
#include "storage/SqliteHandle.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

// The target is set for an office of 700 full-time workers, the demo district has 440: for the 700 case, active
// full-time workers are cloned (ids "bench-…") and half of their handled cases of the month handed
// to the clones, inside a transaction rolled back at the end, so the file stays as it was.
QString addWorkers(sqlite3 *db, int extra, const QString &month)
{
    QStringList columns;
    for (const QStringList &row : bench::sampleRows(db, "SELECT name FROM pragma_table_info('workers')", 100))
        columns << row.first();
    QStringList picked = columns;
    picked.replaceInStrings(QRegularExpression(QStringLiteral("^id$")), QStringLiteral("'bench-' || id"));
    const auto [from, to] = gd::rating::monthRange(month);
    const QString sql =
        QStringLiteral("BEGIN; INSERT INTO workers(%1) SELECT %2 FROM workers WHERE kind = 'full_time' AND status = "
                       "'active' AND deleted = 0 ORDER BY id LIMIT %3; UPDATE cases SET handler_worker_id = 'bench-' "
                       "|| handler_worker_id WHERE ((completed_ms >= %4 AND completed_ms < %5) OR (closed_ms >= %4 "
                       "AND closed_ms < %5) OR (received_ms >= %4 AND received_ms < %5)) AND rowid % 2 = 0 AND "
                       "handler_worker_id IN (SELECT substr(id, 7) FROM workers WHERE id LIKE 'bench-%');")
            .arg(columns.join(QStringLiteral(", ")), picked.join(QStringLiteral(", ")))
            .arg(extra)
            .arg(from)
            .arg(to);
    char *error = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error);
        sqlite3_free(error);
        return message;
    }
    return {};
}

bench::Outcome runReview(const bench::Options &options, int extraWorkers)
{
    bench::Outcome out;
    sqlite3 *raw = nullptr;
    bench::CaseWorkDb *work = bench::caseWorkDbWithBaseline(options, &out, &raw);
    if (!work)
        return out;
    const QString month = bench::lastWholeMonth(raw).toString(QStringLiteral("yyyy-MM"));
    const auto [from, to] = gd::rating::monthRange(month);
    sqlite3 *office = gd::sqliteHandle(work->db->sql());
    if (extraWorkers > 0)
        if (QString e = addWorkers(office, extraWorkers, month); !e.isEmpty()) {
            out.error = e;
            sqlite3_close(raw);
            return out;
        }
    const QString plain[] = {
        QStringLiteral("SELECT handler_worker_id, count(*), sum(completed_ms <= coalesce(handler_due_ms, due_ms, "
                       "completed_ms)) FROM cases NOT INDEXED WHERE completed_ms >= %1 AND completed_ms < %2 AND "
                       "handler_worker_id IS NOT NULL GROUP BY handler_worker_id"),
        QStringLiteral("SELECT handler_worker_id, count(*), sum(satisfaction = 'satisfied') FROM cases NOT INDEXED "
                       "WHERE closed_ms >= %1 AND closed_ms < %2 AND handler_worker_id IS NOT NULL GROUP BY "
                       "handler_worker_id"),
        QStringLiteral("SELECT handler_worker_id, count(*) FROM cases NOT INDEXED WHERE proactive = 1 AND received_ms "
                       ">= %1 AND received_ms < %2 GROUP BY handler_worker_id")};
    int workers = 0;
    double handled = 0;
    for (int run = 0; run < options.runs; ++run) {
        const bench::Stopwatch watch;
        auto sheet = gd::rating::computeMonth(*work->db, month);
        out.ms << watch.ms();
        if (!sheet) {
            out.error = sheet.message();
            break;
        }
        workers = int(sheet->rows.size());
        handled = 0;
        for (const gd::rating::SheetRow &r : sheet->rows)
            handled += r.values.value(QStringLiteral("handled")).raw;
        const bench::Stopwatch naive;
        for (const QString &sql : plain)
            bench::sampleRows(raw, sql.arg(from).arg(to).toUtf8().constData(), 1);
        out.baselineMs << naive.ms();
    }
    sqlite3_close(raw);
    if (extraWorkers > 0)
        sqlite3_exec(office, "ROLLBACK", nullptr, nullptr, nullptr);
    out.notes << QStringLiteral("month %1: %2 full-time workers, %3 cases completed by them")
                     .arg(month)
                     .arg(workers)
                     .arg(handled);
    return out;
}

const bench::Registrar reviewScenario({QStringLiteral("review-compute"),
                                       QStringLiteral("a month's review sheet on the million-case file (vs the "
                                                      "same counts by scanning)"),
                                       [](const bench::Options &o) { return runReview(o, 0); }});
const bench::Registrar review700Scenario({QStringLiteral("review-compute-700"),
                                          QStringLiteral("the same with 700 full-time workers (260 cloned, half of "
                                                         "their month's cases handed over; rolled back)"),
                                          [](const bench::Options &o) { return runReview(o, 260); }});

} // namespace
