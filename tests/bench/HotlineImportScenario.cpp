// Scenario "hotline-import": a morning's 12345 file of GRIDDESK_BENCH_HOTLINE_ROWS lines (default
// 10,000) imported into the million-case file with the repeat check on every line (each line is
// one of the file's cases reported again, so the finder has real candidates to rank), beside the
// same import without the check (HotlineImportOptions::checkRepeats = false). Each import commits
// as the office's does (a transaction per 200 lines, the search index tidied after each): the file
// keeps the cases, 2 × lines per run. (Held in one transaction rolled back afterwards, the search
// index's segments pile up uncommitted and the import slows down line by line: not what an office
// meets.)
#include "CaseWorkDb.h"
#include "cases/io/HotlineImport.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

// Lines about cases spread over the whole file: the resident, address, texts and category code of
// every n-th case, a fresh order number for each line.
QList<QStringList> sampleLines(bench::CaseWorkDb &work, sqlite3 *raw, int rows)
{
    const qint64 step = qMax<qint64>(1, work.cases / rows);
    const QByteArray sql = QStringLiteral("SELECT c.reporter_name, c.reporter_phone, c.address, c.description, "
                                          "c.request, k.code FROM cases c JOIN categories k ON k.id = c.category_id "
                                          "WHERE c.rowid %% %1 = 1 LIMIT %2")
                               .arg(step)
                               .arg(rows)
                               .toUtf8()
                               .replace("%%", "%");
    return bench::sampleRows(raw, sql.constData(), 6);
}

// The lines as a file, each with an order number of its own (`prefix` keeps runs apart).
QByteArray hotlineFile(const QList<QStringList> &sample, const QString &prefix, qint64 nowMs)
{
    const QString received = QDateTime::fromMSecsSinceEpoch(nowMs - 3600 * 1000, QTimeZone(8 * 3600))
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString csv = QStringLiteral("工单编号,来电时间,来电人,联系电话,诉求地址,诉求内容,诉求目的,问题分类\n");
    auto quoted = [](QString s) {
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    };
    for (int i = 0; i < sample.size(); ++i) {
        const QStringList &r = sample.at(i);
        csv += QStringList{QStringLiteral("%1-%2").arg(prefix).arg(i),
                           received,
                           quoted(r.at(0)),
                           r.at(1),
                           quoted(r.at(2)),
                           quoted(r.at(3)),
                           quoted(r.at(4)),
                           r.at(5)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    }
    return csv.toUtf8();
}

bench::Outcome run(const bench::Options &options)
{
    bench::Outcome out;
    bench::CaseWorkDb *work = bench::caseWorkDb(options, &out);
    if (!work)
        return out;
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(work->path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        out.error = QStringLiteral("cannot open %1 for sampling").arg(work->path);
        sqlite3_close(raw);
        return out;
    }
    const int rows = qEnvironmentVariableIsSet("GRIDDESK_BENCH_HOTLINE_ROWS")
                         ? qEnvironmentVariableIntValue("GRIDDESK_BENCH_HOTLINE_ROWS")
                         : 10000;
    gd::Database &db = *work->db;
    const QList<QStringList> sample = sampleLines(*work, raw, rows);
    sqlite3_close(raw);
    gd::HotlineImport importer(db);
    int lines = 0;
    int attached = 0, suspected = 0, imported = 0;
    auto once = [&](bool check, QList<double> &into) -> bool {
        const QString prefix = QStringLiteral("BENCH-%1-%2").arg(db.nowMs()).arg(check ? "R" : "N");
        auto file = gd::HotlineImport::parse(hotlineFile(sample, prefix, db.nowMs()), QStringLiteral("12345.csv"));
        if (!file) {
            out.error = file.message();
            return false;
        }
        lines = int(file->rows.size());
        const gd::HotlineMapping mapping = importer.mappingFor(file.value());
        gd::HotlineImportOptions o;
        o.checkRepeats = check;
        bench::Stopwatch clock;
        auto report = importer.run(file.value(), mapping, o);
        into << clock.ms();
        if (!report) {
            out.error = report.message();
            return false;
        }
        if (check) {
            attached = report->attached;
            suspected = report->suspected;
        }
        imported = report->imported;
        return true;
    };
    const int runs = qMax(1, qMin(options.runs, 2)); // a run is minutes of work, and adds to the file
    for (int i = 0; i < runs; ++i)
        if (!once(true, out.ms) || !once(false, out.baselineMs))
            return out;
    out.notes << QStringLiteral("hotline-import: %1 lines (%2 imported), %3 attached, %4 left for review; baseline: "
                                "the same import without the repeat check; %5 run(s) each, committed")
                     .arg(lines)
                     .arg(imported)
                     .arg(attached)
                     .arg(suspected)
                     .arg(runs);
    return out;
}

const bench::Registrar scenario({QStringLiteral("hotline-import"),
                                 QStringLiteral("a 12345 file of 10,000 lines with the repeat check on each (vs "
                                                "without)"),
                                 run});

} // namespace
