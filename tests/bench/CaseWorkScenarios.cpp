// Scenarios "case-save", "case-repeats", "case-search-1/2/3" and "case-list": the desk's work on
// a file of a million cases (CaseWorkDb.h), each against the plain way on a bare SQLite
// connection to the same file:
//   case-save     CaseService::registerCase (validation, deadline, event, audit, search index)
//                 vs INSERT of the same case row, its event and an audit row in one transaction
//   case-repeats  RepeatFinder::find for a new case like an existing one vs one OR query over
//                 the same three matches, unranked
//   case-search-N the first page (50) of CaseSearch for terms of N characters vs LIKE '%term%'
//                 over the case's four texts, newest first (no notes: less work than search)
//   case-list     one 100-row page of CaseQueries for each single filter and each sort vs the
//                 same WHERE/ORDER BY/LIMIT left to SQLite's planner
#include "BaselineDb.h"
#include "CaseWorkDb.h"
#include "cases/CaseQueries.h"
#include "cases/CaseSearch.h"
#include "cases/CaseService.h"
#include "cases/RepeatFinder.h"
#include "cases/SearchText.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <functional>

namespace {

struct Session {
    bench::CaseWorkDb *work = nullptr;
    sqlite3 *raw = nullptr;
    QString error;
    QStringList notes; // how the file was found or made: told by the first scenario only
    explicit Session(const bench::Options &options)
    {
        work = bench::caseWorkDb(options, &error);
        if (work) {
            notes = work->notes;
            work->notes.clear();
        }
        if (work && error.isEmpty())
            error = bench::openBaseline(work->path, &raw);
    }
    ~Session() { sqlite3_close(raw); }
};

// Every n-th case, about `want` of them: id, phone, building, grid, category, description,
// request, address, received, reporter's name.
QList<QStringList> sampleCases(sqlite3 *raw, qint64 cases, int want)
{
    const qint64 step = qMax<qint64>(1, cases / want);
    const QByteArray sql =
        QStringLiteral("SELECT id, reporter_phone, ifnull(building_id, ''), ifnull(grid_id, ''), "
                       "ifnull(category_id, ''), description, request, address, received_ms, reporter_name "
                       "FROM cases WHERE rowid %% %1 = 1 LIMIT %2")
            .arg(step)
            .arg(want)
            .toUtf8()
            .replace("%%", "%");
    return bench::sampleRows(raw, sql.constData(), 10);
}

double timeSql(sqlite3 *raw, const char *sql, const QList<QVariant> &binds, int *rows = nullptr)
{
    sqlite3_stmt *st = nullptr;
    const bench::Stopwatch watch;
    if (sqlite3_prepare_v2(raw, sql, -1, &st, nullptr) != SQLITE_OK)
        return -1;
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            sqlite3_bind_int64(st, i + 1, v.toLongLong());
        } else {
            const QByteArray b = v.toString().toUtf8();
            sqlite3_bind_text(st, i + 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        }
    }
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW)
        ++n;
    sqlite3_finalize(st);
    if (rows)
        *rows = n;
    return watch.ms();
}

bench::Outcome runSave(const bench::Options &options)
{
    bench::Outcome out;
    Session s(options);
    if (!s.error.isEmpty())
        return {{}, {}, {}, s.error};
    const QList<QStringList> sample = sampleCases(s.raw, s.work->cases, 200);
    gd::CaseService service(*s.work->db);
    for (const QStringList &row : sample) {
        gd::Case c;
        c.channel = QStringLiteral("walk_in");
        c.requestType = QStringLiteral("help");
        c.urgency = QStringLiteral("normal");
        c.reporterName = QStringLiteral("测试");
        c.reporterPhone = row[1].isEmpty() ? QStringLiteral("13953200000") : row[1];
        c.buildingId = row[2];
        c.gridId = row[3];
        c.categoryId = row[4];
        c.description = row[5];
        c.request = row[6];
        c.address = row[7];
        const bench::Stopwatch watch;
        auto id = service.registerCase(c);
        out.ms << watch.ms();
        // The desk's pause between two cases: the window's event loop runs the WAL checkpoint
        // the save queued (Database::checkpointSoon), as it does in the program.
        QCoreApplication::processEvents();
        if (!id)
            return {{}, {}, {}, id.message()};
    }
    // The plain way: the same three rows, prepared once, one transaction per case.
    sqlite3_stmt *insertCase = nullptr, *insertEvent = nullptr, *insertAudit = nullptr;
    sqlite3_prepare_v2(s.raw,
                       "INSERT INTO cases(id, origin_site, created_hlc, site, hlc, vv, number, channel, "
                       "request_type, category_id, urgency, reporter_name, reporter_phone, address, building_id, "
                       "grid_id, description, request, received_ms, lead_name) VALUES(?1, 'bench', 1, 'bench', 1, "
                       "'{}', ?1, 'walk_in', 'help', nullif(?2, ''), 'normal', '测试', ?3, ?4, nullif(?5, ''), "
                       "nullif(?6, ''), ?7, ?8, ?9, 'bench')",
                       -1, &insertCase, nullptr);
    sqlite3_prepare_v2(s.raw,
                       "INSERT INTO case_events(id, case_id, hlc, site, at_ms, operator_login, action, data) "
                       "VALUES(?1 || '-e', ?1, 1, 'bench', ?2, 'bench', 'register', '{}')",
                       -1, &insertEvent, nullptr);
    sqlite3_prepare_v2(
        s.raw,
        "INSERT INTO audit_log(id, hlc, site, at_ms, operator_login, action, table_name, row_id, "
        "before_json, after_json) VALUES(?1 || '-a', 1, 'bench', ?2, 'bench', 'insert', 'cases', ?1, '{}', "
        "'{}')",
        -1, &insertAudit, nullptr);
    if (!insertCase || !insertEvent || !insertAudit)
        return {{}, {}, {}, QStringLiteral("baseline: ") + bench::sqliteError(s.raw)};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int n = 0;
    for (const QStringList &row : sample) {
        const QByteArray id = QStringLiteral("bench-save-%1").arg(++n).toUtf8();
        const bench::Stopwatch watch;
        sqlite3_exec(s.raw, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_bind_text(insertCase, 1, id.constData(), -1, SQLITE_TRANSIENT);
        const int map[] = {4, 1, 7, 2, 3, 5, 6}; // ?2..?8 from the sample's columns
        QList<QByteArray> keep;
        for (int i = 0; i < 7; ++i) {
            keep << row[map[i]].toUtf8();
            sqlite3_bind_text(insertCase, i + 2, keep.last().constData(), -1, SQLITE_TRANSIENT);
        }
        sqlite3_bind_int64(insertCase, 9, now);
        sqlite3_step(insertCase);
        sqlite3_reset(insertCase);
        for (sqlite3_stmt *st : {insertEvent, insertAudit}) {
            sqlite3_bind_text(st, 1, id.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(st, 2, now);
            sqlite3_step(st);
            sqlite3_reset(st);
        }
        sqlite3_exec(s.raw, "COMMIT", nullptr, nullptr, nullptr);
        out.baselineMs << watch.ms();
    }
    for (sqlite3_stmt *st : {insertCase, insertEvent, insertAudit})
        sqlite3_finalize(st);
    sqlite3_exec(s.raw,
                 "BEGIN; DELETE FROM case_events WHERE case_id LIKE 'bench-save-%'; DELETE FROM audit_log WHERE id "
                 "LIKE 'bench-save-%'; DELETE FROM cases WHERE id LIKE 'bench-save-%'; COMMIT",
                 nullptr, nullptr, nullptr);
    out.notes = s.notes;
    QList<double> sorted = out.ms;
    std::sort(sorted.begin(), sorted.end(), std::greater<double>());
    QStringList slowest;
    for (double ms : sorted.mid(0, 5))
        slowest << QString::number(ms, 'f', 1);
    out.notes << QStringLiteral("%1 cases saved one by one (each its own transaction) among %2; the slowest: %3 ms")
                     .arg(sample.size())
                     .arg(s.work->cases)
                     .arg(slowest.join(QStringLiteral(", ")));
    return out;
}

bench::Outcome runRepeats(const bench::Options &options)
{
    bench::Outcome out;
    Session s(options);
    if (!s.error.isEmpty())
        return {{}, {}, {}, s.error};
    const QList<QStringList> sample = sampleCases(s.raw, s.work->cases, 300);
    gd::RepeatFinder finder(*s.work->db);
    int found = 0;
    for (const QStringList &row : sample) {
        gd::RepeatProbe p;
        p.reporterPhone = row[1];
        p.buildingId = row[2];
        p.gridId = row[3];
        p.categoryId = row[4];
        p.text = gd::RepeatFinder::caseText(row[5], row[6]);
        p.nowMs = row[8].toLongLong() + 3600 * 1000;
        const bench::Stopwatch watch;
        found += int(finder.find(p, 10).size());
        out.ms << watch.ms();
        out.baselineMs << timeSql(s.raw,
                                  "SELECT id, description, request FROM cases WHERE deleted = 0 AND received_ms > ?1 "
                                  "AND (reporter_phone = ?2 OR (building_id = ?3 AND category_id = ?5) OR "
                                  "(grid_id = ?4 AND category_id = ?5))",
                                  {p.nowMs - 365LL * 86400000, row[1], row[2], row[3], row[4]});
    }
    out.notes = s.notes;
    out.notes << QStringLiteral("%1 probes like existing cases, %2 candidates shown in all (10 at most each)")
                     .arg(sample.size())
                     .arg(found);
    return out;
}

// Terms as typed at the desk: pieces of real descriptions (frequent words) and of reporters'
// names and addresses (rare ones), half and half.
QStringList searchTerms(const QList<QStringList> &sample, int length, int want)
{
    QStringList terms;
    for (int i = 0; terms.size() < want && i < sample.size() * 8; ++i) {
        const QStringList &row = sample.at(i % sample.size());
        const QString text = i % 2 ? row.at(5) : row.at(7) + row.at(9);
        if (text.size() < length + 1)
            continue;
        const QString term = text.mid((i * 7) % (text.size() - length), length);
        if (term.size() == length && gd::search::terms(term) == QStringList{term} && !term.contains(QChar(0xFF0C)) &&
            !terms.contains(term))
            terms << term;
    }
    return terms;
}

// The first page (50) of each term, timed into out.ms; false (and out.error) when one fails.
bool timeFirstPages(gd::CaseSearch &search, const QStringList &terms, bench::Outcome &out, qint64 *hits)
{
    for (const QString &term : terms) {
        const bench::Stopwatch watch;
        auto page = search.page(term, 50);
        out.ms << watch.ms();
        if (!page) {
            out.error = page.message();
            return false;
        }
        *hits += page->hits.size();
    }
    return true;
}

bench::Outcome runSearch(const bench::Options &options, int length)
{
    bench::Outcome out;
    Session s(options);
    if (!s.error.isEmpty())
        return {{}, {}, {}, s.error};
    const QStringList terms = searchTerms(sampleCases(s.raw, s.work->cases, 200), length, 40);
    gd::CaseSearch search(*s.work->db);
    qint64 hits = 0;
    if (!timeFirstPages(search, terms, out, &hits))
        return {{}, {}, {}, out.error};
    // The scan takes about a second a term on a million cases: ten terms are enough.
    for (const QString &term : terms.mid(0, 10))
        out.baselineMs << timeSql(s.raw,
                                  "SELECT id FROM cases WHERE description LIKE ?1 OR request LIKE ?1 OR address LIKE "
                                  "?1 OR reporter_name LIKE ?1 ORDER BY received_ms DESC LIMIT 50",
                                  {QStringLiteral("%") + term + QStringLiteral("%")});
    out.notes = s.notes;
    out.notes << QStringLiteral("%1 terms of %2 character(s) (%3…), first page of 50, %4 hits in all; baseline on "
                                "the first 10")
                     .arg(terms.size())
                     .arg(length)
                     .arg(terms.mid(0, 5).join(QStringLiteral(" ")))
                     .arg(hits);
    return out;
}

// Words the demo writes only in notes and attached reports (a callback's note, "居民再次反映" opening
// a repeat), never in a case's own texts: the search's first passes find nothing in the body and
// place and the page comes from the notes.
bench::Outcome runSearchNotes(const bench::Options &options)
{
    bench::Outcome out;
    Session s(options);
    if (!s.error.isEmpty())
        return {{}, {}, {}, s.error};
    const QStringList terms{QStringLiteral("回访"),     QStringLiteral("电话回访"), QStringLiteral("居民再次反映"),
                            QStringLiteral("再次反映"), QStringLiteral("基本满意"), QStringLiteral("重新办理")};
    gd::CaseSearch search(*s.work->db);
    qint64 hits = 0;
    for (int run = 0; run < qMax(1, options.runs); ++run)
        if (!timeFirstPages(search, terms, out, &hits))
            return {{}, {}, {}, out.error};
    out.notes = s.notes;
    out.notes << QStringLiteral("%1 terms found only in notes and attached reports (%2), first page of 50, %3 runs, "
                                "%4 hits in all")
                     .arg(terms.size())
                     .arg(terms.join(QStringLiteral(" ")))
                     .arg(qMax(1, options.runs))
                     .arg(hits);
    return out;
}

struct ListCase {
    QString name;
    gd::CaseFilter filter;
    QString where; // the plain way's condition, binds inline (ids and keys only)
};

bench::Outcome runList(const bench::Options &options)
{
    bench::Outcome out;
    Session s(options);
    if (!s.error.isEmpty())
        return {{}, {}, {}, s.error};
    const QStringList one = bench::sampleRows(s.raw,
                                              "SELECT g.id, g.community_id, m.street_id, c.category_id, "
                                              "c.handler_worker_id, c.lead_org_id FROM cases c JOIN grids g ON "
                                              "g.id = c.grid_id JOIN communities m ON m.id = g.community_id WHERE "
                                              "c.handler_worker_id IS NOT NULL AND c.lead_org_id IS NOT NULL "
                                              "ORDER BY c.rowid DESC LIMIT 1",
                                              6)
                                .value(0);
    if (one.size() < 6)
        return {{}, {}, {}, QStringLiteral("no case with a grid, handler and lead unit to filter by")};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<ListCase> lists;
    auto add = [&](const QString &name, const QString &where, auto set) {
        ListCase l{name, {}, where};
        set(l.filter);
        lists << l;
    };
    add(QStringLiteral("state"), QStringLiteral("state = 'registered'"),
        [](gd::CaseFilter &f) { f.states = {QStringLiteral("registered")}; });
    add(QStringLiteral("archived"), QStringLiteral("state = 'archived'"),
        [](gd::CaseFilter &f) { f.states = {QStringLiteral("archived")}; });
    add(QStringLiteral("overdue"),
        QStringLiteral("state NOT IN ('completed', 'callback_done', 'archived', 'refused') AND due_ms < %1").arg(now),
        [](gd::CaseFilter &f) { f.due = QStringLiteral("overdue"); });
    add(QStringLiteral("street"),
        QStringLiteral("grid_id IN (SELECT g.id FROM grids g JOIN communities m ON m.id = g.community_id WHERE "
                       "m.street_id = '%1')")
            .arg(one[2]),
        [&](gd::CaseFilter &f) { f.streetId = one[2]; });
    add(QStringLiteral("community"),
        QStringLiteral("grid_id IN (SELECT id FROM grids WHERE community_id = '%1')").arg(one[1]),
        [&](gd::CaseFilter &f) { f.communityId = one[1]; });
    add(QStringLiteral("grid"), QStringLiteral("grid_id = '%1'").arg(one[0]),
        [&](gd::CaseFilter &f) { f.gridId = one[0]; });
    add(QStringLiteral("category"), QStringLiteral("category_id = '%1'").arg(one[3]),
        [&](gd::CaseFilter &f) { f.categoryId = one[3]; });
    add(QStringLiteral("channel"), QStringLiteral("channel = 'hotline_12345'"),
        [](gd::CaseFilter &f) { f.channel = QStringLiteral("hotline_12345"); });
    add(QStringLiteral("handler"), QStringLiteral("handler_worker_id = '%1'").arg(one[4]),
        [&](gd::CaseFilter &f) { f.handlerWorkerId = one[4]; });
    add(QStringLiteral("lead"), QStringLiteral("lead_org_id = '%1'").arg(one[5]),
        [&](gd::CaseFilter &f) { f.leadOrgId = one[5]; });
    add(QStringLiteral("last 7 days"), QStringLiteral("received_ms >= %1").arg(now - 7 * 86400000LL),
        [&](gd::CaseFilter &f) { f.fromMs = now - 7 * 86400000LL; });

    const QList<QPair<gd::CaseSort, QString>> sorts = {
        {gd::CaseSort::ReceivedDesc, QStringLiteral("received_ms DESC, id DESC")},
        {gd::CaseSort::ReceivedAsc, QStringLiteral("received_ms, id")},
        {gd::CaseSort::DueAsc, QStringLiteral("due_ms IS NULL, due_ms, id")},
        {gd::CaseSort::UpdatedDesc, QStringLiteral("updated_ms DESC, id DESC")}};
    gd::CaseQueries queries(*s.work->db);
    QStringList slowest, over;
    double worst = 0;
    for (const ListCase &l : lists) {
        for (const auto &[sort, order] : sorts) {
            gd::CaseFilter f = l.filter;
            f.sort = sort;
            for (int run = 0; run < 3; ++run) {
                const bench::Stopwatch watch;
                auto page = queries.page(f, 100);
                const double ms = watch.ms();
                if (!page)
                    return {{}, {}, {}, l.name + QStringLiteral(": ") + page.message()};
                out.ms << ms;
                if (ms > 20 && run == 2)
                    over << QStringLiteral("%1/%2 %3 ms")
                                .arg(l.name, gd::CaseQueries::sortKeys().at(int(sort)))
                                .arg(ms, 0, 'f', 1);
                if (ms > worst) {
                    worst = ms;
                    slowest = {l.name, gd::CaseQueries::sortKeys().at(int(sort))};
                }
            }
            const QByteArray sql = QStringLiteral("SELECT id FROM cases WHERE deleted = 0 AND %1 ORDER BY %2 LIMIT 100")
                                       .arg(l.where, order)
                                       .toUtf8();
            out.baselineMs << timeSql(s.raw, sql.constData(), {});
        }
    }
    out.notes = s.notes;
    out.notes << QStringLiteral("%1 filters × 4 sorts, 3 runs each; the slowest page: %2 sorted by %3 (%4 ms)")
                     .arg(lists.size())
                     .arg(slowest.value(0), slowest.value(1))
                     .arg(worst, 0, 'f', 1);
    out.notes << QStringLiteral("pages over 20 ms on their third run: %1")
                     .arg(over.isEmpty() ? QStringLiteral("none") : over.join(QStringLiteral(", ")));
    return out;
}

const bench::Registrar saveScenario({QStringLiteral("case-save"),
                                     QStringLiteral("save one case on a million-case file (vs bare INSERTs)"),
                                     runSave});
const bench::Registrar repeatsScenario({QStringLiteral("case-repeats"),
                                        QStringLiteral("repeat candidates for a new case (vs one OR query)"),
                                        runRepeats});
const bench::Registrar search1({QStringLiteral("case-search-1"),
                                QStringLiteral("search, first page, 1-character terms (vs LIKE scan)"),
                                [](const bench::Options &o) { return runSearch(o, 1); }});
const bench::Registrar search2({QStringLiteral("case-search-2"),
                                QStringLiteral("search, first page, 2-character terms (vs LIKE scan)"),
                                [](const bench::Options &o) { return runSearch(o, 2); }});
const bench::Registrar search3({QStringLiteral("case-search-3"),
                                QStringLiteral("search, first page, 3-character terms (vs LIKE scan)"),
                                [](const bench::Options &o) { return runSearch(o, 3); }});
const bench::Registrar searchNotes({QStringLiteral("case-search-notes"),
                                    QStringLiteral("search, first page, words only in notes and attached reports"),
                                    runSearchNotes});
const bench::Registrar listScenario({QStringLiteral("case-list"),
                                     QStringLiteral("one 100-row list page, each single filter and sort (vs "
                                                    "plain SQL)"),
                                     runList});

} // namespace
