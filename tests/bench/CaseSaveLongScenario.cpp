// Scenario "case-save-long": a desk's long day on the million-case file (CaseWorkDb.h): 5,000
// consecutive saves — four notes on existing cases for every new case registered — with no
// idle time between them, so no upkeep runs, the worst case for the search index. Reported
// with the slowest save and how many took over 50 ms: no save may pay for merging the index
// (before schema v15 FTS5's crisis merge made one of them take 34 s). Baseline: the same
// number of bare transactions inserting one event row and one audit row each.
#include "BaselineDb.h"
#include "CaseWorkDb.h"
#include "cases/CaseService.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace wf = gd::workflow;

namespace {

constexpr int kSaves = 5000;

qint64 segments(sqlite3 *raw)
{
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(raw, "SELECT count(DISTINCT segid) FROM case_search_idx", -1, &st, nullptr);
    const qint64 n = st && sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    return n;
}

bench::Outcome runSaveLong(const bench::Options &options)
{
    bench::Outcome out;
    bench::CaseWorkDb *work = bench::caseWorkDb(options, &out);
    if (!work)
        return out;
    out.notes = work->notes;
    work->notes.clear();
    sqlite3 *raw = nullptr;
    if (QString e = bench::openBaseline(work->path, &raw); !e.isEmpty())
        return {{}, {}, {}, e};
    // Open cases spread over the file, and a template for the new ones.
    const QList<QStringList> open = bench::sampleRows(
        raw,
        "SELECT id, ifnull(grid_id, ''), ifnull(category_id, ''), ifnull(building_id, ''), address FROM cases "
        "WHERE state IN ('registered', 'accepted', 'dispatched', 'signed', 'in_progress') AND rowid % 97 = 1 "
        "LIMIT 2000",
        5);
    if (open.isEmpty())
        return {{}, {}, {}, QStringLiteral("no open cases in the file")};
    const qint64 segmentsBefore = segments(raw);

    gd::CaseService service(*work->db);
    for (int i = 0; i < kSaves; ++i) {
        const QStringList &row = open.at(i % open.size());
        const bench::Stopwatch watch;
        if (i % 5 == 4) {
            gd::Case c;
            c.channel = QStringLiteral("phone");
            c.requestType = QStringLiteral("help");
            c.urgency = QStringLiteral("normal");
            c.reporterName = QStringLiteral("测试");
            c.reporterPhone = QStringLiteral("139532%1").arg(i, 5, 10, QLatin1Char('0'));
            c.gridId = row[1];
            c.categoryId = row[2];
            c.buildingId = row[3];
            c.address = row[4];
            c.description = QStringLiteral("楼道声控灯坏了，晚上看不见 第%1次").arg(i);
            c.request = QStringLiteral("尽快修好");
            auto id = service.registerCase(c);
            if (!id)
                return {{}, {}, {}, id.message()};
        } else {
            auto acted =
                service.act(row[0], {wf::Action::Note, QStringLiteral("已电话联系物业，约定明天上门查看 %1").arg(i)});
            if (!acted)
                return {{}, {}, {}, acted.message()};
        }
        out.ms << watch.ms();
        // Between two saves the window's event loop runs what the save queued (the WAL
        // checkpoint, Database::checkpointSoon); no idle upkeep: the desk never stops.
        QCoreApplication::processEvents();
    }
    const qint64 segmentsAfter = segments(raw);

    // The plain way: one event row and one audit row in a transaction of their own, per save.
    sqlite3_stmt *insertEvent = nullptr, *insertAudit = nullptr;
    sqlite3_prepare_v2(raw,
                       "INSERT INTO case_events(id, case_id, hlc, site, at_ms, operator_login, action, note, data) "
                       "VALUES(?1, ?2, 1, 'bench', ?3, 'bench', 'note', 'bench note', '{}')",
                       -1, &insertEvent, nullptr);
    sqlite3_prepare_v2(raw,
                       "INSERT INTO audit_log(id, hlc, site, at_ms, operator_login, action, table_name, row_id, "
                       "before_json, after_json) VALUES(?1, 1, 'bench', ?3, 'bench', 'insert', 'case_events', ?2, "
                       "'{}', '{}')",
                       -1, &insertAudit, nullptr);
    if (!insertEvent || !insertAudit)
        return {{}, {}, {}, QStringLiteral("baseline: ") + bench::sqliteError(raw)};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < kSaves; ++i) {
        const QByteArray id = QStringLiteral("bench-long-%1").arg(i).toUtf8();
        const QByteArray caseId = open.at(i % open.size()).at(0).toUtf8();
        const bench::Stopwatch watch;
        sqlite3_exec(raw, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (sqlite3_stmt *st : {insertEvent, insertAudit}) {
            sqlite3_bind_text(st, 1, id.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 2, caseId.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(st, 3, now);
            sqlite3_step(st);
            sqlite3_reset(st);
        }
        sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
        out.baselineMs << watch.ms();
    }
    sqlite3_finalize(insertEvent);
    sqlite3_finalize(insertAudit);
    sqlite3_exec(raw,
                 "BEGIN; DELETE FROM case_events WHERE id LIKE 'bench-long-%'; DELETE FROM audit_log WHERE id LIKE "
                 "'bench-long-%'; COMMIT",
                 nullptr, nullptr, nullptr);
    sqlite3_close(raw);

    QList<double> sorted = out.ms;
    std::sort(sorted.begin(), sorted.end(), std::greater<double>());
    const auto over = std::count_if(sorted.begin(), sorted.end(), [](double ms) { return ms > 50.0; });
    QStringList slowest;
    for (double ms : sorted.mid(0, 5))
        slowest << QString::number(ms, 'f', 1);
    out.notes << QStringLiteral("%1 consecutive saves (%2 notes, %3 new cases) on %4 cases: maximum %5 ms, %6 over "
                                "50 ms; the slowest: %7 ms")
                     .arg(kSaves)
                     .arg(kSaves - kSaves / 5)
                     .arg(kSaves / 5)
                     .arg(work->cases)
                     .arg(sorted.first(), 0, 'f', 1)
                     .arg(over)
                     .arg(slowest.join(QStringLiteral(", ")));
    out.notes << QStringLiteral("search index segments %1 before, %2 after: each save left its own one-case "
                                "segment, every 200th merged the level's 200 small ones (the crisis threshold of "
                                "schema v15), none merged the big one (the window does at idle, the command line "
                                "after each write)")
                     .arg(segmentsBefore)
                     .arg(segmentsAfter);
    return out;
}

const bench::Registrar saveLongScenario({QStringLiteral("case-save-long"),
                                         QStringLiteral("5,000 consecutive saves on a million-case file, no idle "
                                                        "time (vs bare INSERTs); the maximum matters"),
                                         runSaveLong});

} // namespace
