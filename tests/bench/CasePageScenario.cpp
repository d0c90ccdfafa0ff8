// Scenario "case-page": opening the cases page on the million-case file (CaseWorkDb.h) until
// its first rows are on screen: the page with its filters is built, shown, and its table
// painted once (QWidget::grab), offscreen. Baseline: the bare SQLite read of the same first
// 100 rows (open cases, newest first) — the data alone, no widgets.
#ifdef GD_BENCH_UI
#include "BaselineDb.h"
#include "CaseWorkDb.h"
#include "cases/CaseListModel.h"
#include "cases/CasesPage.h"

#include <QApplication>
#include <QTableView>
#include <QUndoStack>

namespace {

bench::Outcome runPage(const bench::Options &options)
{
    bench::Outcome out;
    QString error;
    bench::CaseWorkDb *work = bench::caseWorkDb(options, &error);
    if (!work)
        return {{}, {}, {}, error};
    out.notes = work->notes;
    work->notes.clear();
    QUndoStack undo;
    int rows = 0;
    for (int run = 0; run < 10; ++run) {
        const bench::Stopwatch watch;
        gdui::CasesPage page(gdui::AppContext{work->db.get(), &undo});
        page.resize(1280, 800);
        page.show();
        QApplication::processEvents();
        page.table()->viewport()->grab();
        out.ms << watch.ms();
        rows = page.model()->rowCount();
    }
    sqlite3 *raw = nullptr;
    if (QString e = bench::openBaseline(work->path, &raw); !e.isEmpty())
        return {{}, {}, {}, e};
    for (int run = 0; run < 10; ++run) {
        sqlite3_stmt *st = nullptr;
        const bench::Stopwatch watch;
        sqlite3_prepare_v2(raw,
                           "SELECT c.id, c.number, c.state, c.description, c.received_ms, g.name FROM cases c LEFT "
                           "JOIN grids g ON g.id = c.grid_id WHERE c.state NOT IN ('completed', 'callback_done', "
                           "'archived', 'refused') ORDER BY c.received_ms DESC LIMIT 100",
                           -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW) {
        }
        sqlite3_finalize(st);
        out.baselineMs << watch.ms();
    }
    sqlite3_close(raw);
    out.notes << QStringLiteral("CasesPage built, shown and painted offscreen at 1280×800, %1 rows on the first "
                                "page; 10 runs")
                     .arg(rows);
    return out;
}

const bench::Registrar pageScenario({QStringLiteral("case-page"),
                                     QStringLiteral("open the cases page: first rows on screen (vs the bare query)"),
                                     runPage});

} // namespace
#endif
