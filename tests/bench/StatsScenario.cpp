// Scenarios "stats-month", "stats-year", "stats-breakdown" and "report-monthly": the office's figures
// (stats/FigureQuery.h) on the million-case file (CaseWorkDb.h), read from the aggregate the
// triggers keep, for scopes taken in turn (the office, a street, a community, a grid); against the
// same figures counted from the cases themselves (the facts of stats/CaseFacts.h over the period,
// the way the figures would be counted without the aggregate). The monthly report is timed whole:
// gathered (figures, lists, repeat hot spots, the review) and painted into a PDF.
#include "BaselineDb.h"
#include "CaseWorkDb.h"
#include "stats/FigureQuery.h"
#include "stats/ReportDocument.h"
#include "storage/SqliteHandle.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {

QList<gd::stats::StatsScope> scopes(sqlite3 *raw)
{
    QList<gd::stats::StatsScope> out{{gd::stats::StatsScope::Office, {}}};
    const struct {
        gd::stats::StatsScope::Kind kind;
        const char *sql;
    } kinds[] = {{gd::stats::StatsScope::Street, "SELECT id FROM streets ORDER BY code LIMIT 3"},
                 {gd::stats::StatsScope::Community, "SELECT id FROM communities ORDER BY code LIMIT 3"},
                 {gd::stats::StatsScope::Grid, "SELECT id FROM grids ORDER BY code LIMIT 3"}};
    for (const auto &k : kinds)
        for (const QStringList &row : bench::sampleRows(raw, k.sql, 1))
            out << gd::stats::StatsScope{k.kind, row.first()};
    return out;
}

// The office's figures of a period counted from the cases themselves.
QByteArray baselineSql(const QDate &from, const QDate &to)
{
    const qint64 fromMs = QDateTime(from, QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(to.addDays(1), QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
    QStringList sums;
    for (const QString &m : gd::stats::measureNames())
        sums << QStringLiteral("sum(%1)").arg(m);
    return QStringLiteral("SELECT CAST(count(*) AS TEXT), %1 FROM (%2)")
        .arg(sums.join(QStringLiteral(", ")),
             gd::stats::factsFromCases(
                 QStringLiteral("c.received_ms >= %1 AND c.received_ms < %2").arg(fromMs).arg(toMs)))
        .toUtf8();
}

// One timed count of the baseline, into the outcome; false (the error set) when it fails.
bool countFromCases(sqlite3 *raw, const QByteArray &baseline, bench::Outcome &out)
{
    const bench::Stopwatch plain;
    const bool counted = !bench::sampleRows(raw, baseline.constData(), 1).isEmpty();
    out.baselineMs << plain.ms();
    if (!counted)
        out.error = QStringLiteral("the baseline's count failed: %1").arg(bench::sqliteError(raw));
    return counted;
}

bench::Outcome runStats(const bench::Options &options, int months, gd::stats::Breakdown by)
{
    bench::Outcome out;
    sqlite3 *raw = nullptr;
    bench::CaseWorkDb *work = bench::caseWorkDbWithBaseline(options, &out, &raw);
    if (!work)
        return out;
    const QDate last = bench::lastWholeMonth(raw);
    const QDate from = last.addMonths(1 - months), to = last.addMonths(1).addDays(-1);
    const QList<gd::stats::StatsScope> all = scopes(raw);
    const QByteArray baseline = baselineSql(from, to);
    qint64 received = 0;
    int groups = 0;
    for (int run = 0; run < options.runs; ++run) {
        gd::stats::StatsRequest r;
        r.scope = all.at(run % all.size());
        r.from = from;
        r.to = to;
        r.by = by;
        const bench::Stopwatch watch;
        auto table = gd::stats::count(*work->db, r);
        out.ms << watch.ms();
        if (!table) {
            out.error = table.message();
            break;
        }
        if (run == 0) {
            received = table->total[QStringLiteral("n")];
            groups = int(table->groups.size());
        }
        // The office's figures counted from the cases of the period (the first run: every run the
        // same work, and it takes seconds).
        if (run < 3 && !countFromCases(raw, baseline, out))
            break;
    }
    sqlite3_close(raw);
    out.notes << QStringLiteral("%1 to %2, scopes in turn (office, 3 streets, 3 communities, 3 grids); the office: "
                                "%3 cases received%4; the baseline counts the office's period from the cases (3 runs)")
                     .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                     .arg(received)
                     .arg(by == gd::stats::Breakdown::None ? QString() : QStringLiteral(", %1 groups").arg(groups));
    return out;
}

const bench::Registrar
    monthScenario({QStringLiteral("stats-month"),
                   QStringLiteral("the figures of a month for a scope, from the aggregate (vs counting the cases)"),
                   [](const bench::Options &o) { return runStats(o, 1, gd::stats::Breakdown::None); }});
const bench::Registrar yearScenario(
    {QStringLiteral("stats-year"),
     QStringLiteral("the figures of twelve months for a scope, from the aggregate (vs counting the cases)"),
     [](const bench::Options &o) { return runStats(o, 12, gd::stats::Breakdown::None); }});
const bench::Registrar breakdownScenario(
    {QStringLiteral("stats-breakdown"),
     QStringLiteral("twelve months by category for a scope, from the aggregate (vs counting the cases)"),
     [](const bench::Options &o) { return runStats(o, 12, gd::stats::Breakdown::Category); }});

bench::Outcome runReport(const bench::Options &options)
{
    bench::Outcome out;
    sqlite3 *raw = nullptr;
    bench::CaseWorkDb *work = bench::caseWorkDbWithBaseline(options, &out, &raw);
    if (!work)
        return out;
    const QDate last = bench::lastWholeMonth(raw);
    const QByteArray baseline = baselineSql(last, last.addMonths(1).addDays(-1));
    // The office and its streets in turn: a report is the office's or a street's or a community's.
    QList<gd::stats::StatsScope> all;
    for (const gd::stats::StatsScope &s : scopes(raw))
        if (s.kind != gd::stats::StatsScope::Grid)
            all << s;
    QTemporaryDir dir;
    int pages = 0;
    for (int run = 0; run < options.runs; ++run) {
        const bench::Stopwatch watch;
        auto report =
            gd::stats::monthlyReport(*work->db, last.toString(QStringLiteral("yyyy-MM")), all.at(run % all.size()));
        gd::Status written = report ? gd::stats::writeReportPdf(dir.filePath(QStringLiteral("report.pdf")), *report,
                                                                run == 0 ? &pages : nullptr)
                                    : gd::Status(report.error());
        out.ms << watch.ms();
        if (!written) {
            out.error = written.message();
            break;
        }
        if (run < 3 && !countFromCases(raw, baseline, out))
            break;
    }
    sqlite3_close(raw);
    out.notes << QStringLiteral("%1, scopes in turn (the office, 3 streets, 3 communities); the office's report: %2 "
                                "pages; the baseline counts only the office's month from the cases (3 runs)")
                     .arg(last.toString(QStringLiteral("yyyy-MM")))
                     .arg(pages);
    return out;
}

const bench::Registrar reportScenario(
    {QStringLiteral("report-monthly"),
     QStringLiteral("the monthly report gathered and written to PDF (vs counting the month's figures from the cases)"),
     runReport});

} // namespace
