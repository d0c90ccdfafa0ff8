// The due board page (到期预警): its two models under QAbstractItemModelTester, the colours of
// the counts, following case changes, and a double-click or Enter opening the Cases page on
// exactly the cases the number counted (a worker, a handling unit, a grid); and the case
// detail's line on the time extension requests waited for a decision.
#include "UiFixture.h"
#include "cases/CaseDetail.h"
#include "cases/CaseListModel.h"
#include "cases/CaseService.h"
#include "cases/CaseWorkload.h"
#include "cases/CasesPage.h"
#include "cases/CategoryService.h"
#include "cases/DueBoardModel.h"
#include "cases/DueBoardPage.h"
#include "common/MessageBox.h"
#include "org/GridService.h"
#include "org/UnitService.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

namespace wf = gd::workflow;

using namespace gdui;

namespace {

qint64 beijing(const QDate &d, int h, int m = 0)
{
    return QDateTime(d, QTime(h, m), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

// Six cases a working day from Monday 2026-05-25 to Friday 06-05, looked at on Monday 06-08 at
// 10:00: those of the first week are overdue, those of 06-01 and 06-02 due by the end of 06-09.
// Every third goes to a handling unit, which signs for it; the others stay with the grid worker.
struct Board {
    gduitest::DemoDb t;
    std::shared_ptr<gd::ManualClock> clock = std::make_shared<gd::ManualClock>(beijing(QDate(2026, 5, 25), 8));
    QStringList ids;
    QString unit;
    Board()
    {
        t.db->setClock(clock);
        const QList<gd::Grid> grids = gd::GridService(*t).grids();
        unit = gd::UnitService(*t).units().first().id;
        const QString category = gd::CategoryService(*t).byCode(QStringLiteral("0401"))->id;
        gd::CaseService service(*t);
        int i = 0;
        for (QDate d(2026, 5, 25); d <= QDate(2026, 6, 5); d = d.addDays(1)) {
            if (d.dayOfWeek() > 5)
                continue;
            for (int k = 0; k < 6; ++k, ++i) {
                clock->setMs(beijing(d, 9 + k));
                gd::Case c;
                c.categoryId = category;
                c.reporterName = QStringLiteral("居民%1").arg(i);
                c.gridId = grids.at((i * 5) % 7).id; // a handful of grids, several cases each
                c.description = QStringLiteral("楼道灯不亮 %1").arg(i);
                ids << service.registerCase(c).value();
                if (i % 3 == 0) {
                    REQUIRE(service.act(ids.last(), {wf::Action::Dispatch, {}, wf::Handler{{}, unit}}).ok());
                    REQUIRE(service.act(ids.last(), {wf::Action::Sign}).ok());
                }
            }
        }
        clock->setMs(beijing(QDate(2026, 6, 8), 10));
    }
};

struct Window {
    QTemporaryDir settingsDir;
    AppSettings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<MainWindow> window;
    explicit Window(gd::Database &db)
    {
        window = std::make_unique<MainWindow>(db, settings);
        window->show();
        QApplication::processEvents();
    }
};

int rowWith(const DueBoardModel *model, const QString &kind, bool (*wanted)(const gd::WorkloadRow &))
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->rows().at(r).kind == kind && wanted(model->rows().at(r)))
            return r;
    return -1;
}

void doubleClick(QTableView *table, const QModelIndex &index)
{
    table->scrollTo(index);
    const QPoint at = table->visualRect(index).center();
    QSignalSpy activated(table, &QAbstractItemView::activated);
    // QTest's widget double-click is the second click alone: the view wants the press before it.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    CHECK(activated.size() == 1);
}

void fetchAll(CaseListModel *model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
}

} // namespace

TEST_CASE("the due board's models pass the model tester and colour the counts", "[due-board]")
{
    Board b;
    QUndoStack undo;
    DueBoardPage page(AppContext{b.t.db.get(), &undo});
    QAbstractItemModelTester handlers(page.handlerModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester grids(page.gridModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.show();
    page.refresh();

    auto board = gd::CaseWorkload(*b.t).load();
    REQUIRE(board.ok());
    CHECK(board->total.open == 60);
    CHECK(board->total.overdue == 30);
    CHECK(board->total.dueSoon == 12);
    const DueBoardModel *m = page.handlerModel();
    REQUIRE(m->rowCount() == board->handlers.size());
    CHECK(page.gridModel()->rowCount() == board->grids.size());
    CHECK(m->columnCount() == 6); // handlers: open, due soon, overdue, not signed for in time
    CHECK(page.gridModel()->columnCount() == 6);
    // The first row is the most overdue, the unit here (every third case, all signed for).
    CHECK(m->index(0, 0).data().toString() == board->handlers.first().name);
    CHECK(m->index(0, DueBoardModel::kOverdueColumn).data().toInt() == board->handlers.first().overdue);
    for (int r = 1; r < m->rowCount(); ++r)
        CHECK(m->index(r - 1, DueBoardModel::kOverdueColumn).data().toInt() >=
              m->index(r, DueBoardModel::kOverdueColumn).data().toInt());
    // Yellow for due soon and red for overdue, only where there are any; plain counts right-aligned.
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex soon = m->index(r, DueBoardModel::kDueSoonColumn),
                          late = m->index(r, DueBoardModel::kOverdueColumn);
        CHECK(soon.data(Qt::BackgroundRole).isValid() == (soon.data().toInt() > 0));
        CHECK(late.data(Qt::BackgroundRole).isValid() == (late.data().toInt() > 0));
        if (late.data().toInt() > 0) {
            const QColor red = late.data(Qt::BackgroundRole).value<QBrush>().color();
            CHECK(red.red() > red.green());
        }
        if (soon.data().toInt() > 0) {
            const QColor yellow = soon.data(Qt::BackgroundRole).value<QBrush>().color();
            CHECK((yellow.red() > yellow.blue() && yellow.green() > yellow.blue()));
        }
        CHECK(soon.data(DueBoardModel::DueRole).toString() == QStringLiteral("due_soon"));
        CHECK(late.data(DueBoardModel::DueRole).toString() == QStringLiteral("overdue"));
        const QModelIndex unsigned_ = m->index(r, DueBoardModel::kLateSignColumn);
        CHECK(unsigned_.data(DueBoardModel::DueRole).toString() == QStringLiteral("late_sign"));
        CHECK(unsigned_.data().toInt() == m->rows().at(r).lateToSign);
        CHECK(m->index(r, 0).data(DueBoardModel::DueRole).toString().isEmpty());
    }
    CHECK(m->headerData(DueBoardModel::kOverdueColumn, Qt::Horizontal).toString() == DueBoardModel::tr("Overdue"));
    CHECK_FALSE(m->headerData(99, Qt::Horizontal).isValid());
    CHECK(page.summary()->text().contains(QStringLiteral("60")));
    // The callback queue: its count on the button, and a click opens the completed cases waiting.
    CHECK(page.callbacksButton()->text().contains(QString::number(board->callbacksWaiting)));
    {
        gd::CaseFilter opened;
        QObject::connect(&page, &DueBoardPage::openCases, &page, [&](const gd::CaseFilter &f) { opened = f; });
        page.callbacksButton()->click();
        CHECK(opened.due == QStringLiteral("callback"));
        CHECK(opened.states == QStringList{QStringLiteral("completed")});
        CHECK(opened.sort == gd::CaseSort::CallbackDueAsc); // the earliest callback deadline first
    }
    page.grab(); // paints without trouble

    // Completing an overdue case moves the board by itself (the database says the cases changed).
    gd::CaseService service(*b.t);
    REQUIRE(service.act(b.ids.first(), {wf::Action::Complete, QStringLiteral("已修复")}).ok());
    int overdue = 0;
    for (const gd::WorkloadRow &r : page.handlerModel()->rows())
        overdue += r.overdue;
    CHECK(overdue == 29);
    // A fixed "now" a week on: everything open is overdue.
    page.setNow(beijing(QDate(2026, 6, 15), 10));
    overdue = 0;
    for (const gd::WorkloadRow &r : page.gridModel()->rows())
        overdue += r.overdue;
    CHECK(overdue == 59);
    // A "now" past the calendar: empty tables and the reason, not a crash.
    page.setNow(beijing(QDate(2031, 1, 6), 10));
    CHECK(page.handlerModel()->rowCount() == 0);
    CHECK(page.summary()->text().contains(QStringLiteral("2031")));
}

TEST_CASE("a double-click on the board opens the cases page on the cases it counted", "[due-board]")
{
    Board b;
    MessageBox::setTestMode(true);
    Window w(*b.t);
    auto *page = w.window->findChild<DueBoardPage *>(QStringLiteral("dueBoardPage"));
    REQUIRE(page);
    w.window->showPage(page);
    QApplication::processEvents();
    CasesPage *cases = w.window->casesPage();
    CHECK(page->isVisible());
    QSignalSpy opened(page, &DueBoardPage::openCases);

    // A grid worker's overdue cases.
    const DueBoardModel *handlers = page->handlerModel();
    const int workerRow =
        rowWith(handlers, QStringLiteral("worker"), [](const gd::WorkloadRow &r) { return r.overdue > 0; });
    REQUIRE(workerRow >= 0);
    const gd::WorkloadRow worker = handlers->rows().at(workerRow);
    doubleClick(page->handlerTable(), handlers->index(workerRow, DueBoardModel::kOverdueColumn));
    REQUIRE(opened.size() == 1);
    CHECK(cases->isVisible());
    CHECK_FALSE(page->isVisible());
    fetchAll(cases->model());
    CHECK(cases->model()->rowCount() == worker.overdue);
    CHECK(cases->model()->filter().handlerWorkerId == worker.id);
    CHECK(cases->model()->filter().due == QStringLiteral("overdue"));
    CHECK(cases->dueFilter()->currentData().toString() == QStringLiteral("overdue"));
    CHECK(cases->findChild<QComboBox *>(QStringLiteral("caseHandlerFilterComboBox"))->currentData().toString() ==
          worker.id);
    for (int r = 0; r < cases->model()->rowCount(); ++r)
        CHECK(cases->model()->index(r, CaseListModel::DueColumn).data(Qt::ForegroundRole).isValid());

    // A grid's soon-due cases, with Enter: its community and street come along in the combos.
    w.window->showPage(page);
    const DueBoardModel *grids = page->gridModel();
    const int gridRow = rowWith(grids, QStringLiteral("grid"), [](const gd::WorkloadRow &r) { return r.dueSoon > 0; });
    REQUIRE(gridRow >= 0);
    const gd::WorkloadRow grid = grids->rows().at(gridRow);
    page->gridTable()->setFocus();
    page->gridTable()->setCurrentIndex(grids->index(gridRow, DueBoardModel::kDueSoonColumn));
    QTest::keyClick(page->gridTable(), Qt::Key_Return);
    REQUIRE(opened.size() == 2);
    CHECK(cases->isVisible());
    fetchAll(cases->model());
    CHECK(cases->model()->rowCount() == grid.dueSoon);
    CHECK(cases->model()->filter().gridId == grid.id);
    CHECK(cases->model()->filter().handlerWorkerId.isEmpty()); // the worker of before is gone
    CHECK(cases->findChild<QComboBox *>(QStringLiteral("caseGridFilterComboBox"))->currentData().toString() == grid.id);
    CHECK(cases->findChild<QComboBox *>(QStringLiteral("caseCommunityFilterComboBox"))->currentData().toString() ==
          grid.communityId);

    // A handling unit's open cases: no combo offers units, so the status line names it.
    w.window->showPage(page);
    const int unitRow = rowWith(handlers, QStringLiteral("unit"), [](const gd::WorkloadRow &) { return true; });
    REQUIRE(unitRow >= 0);
    const gd::WorkloadRow unit = handlers->rows().at(unitRow);
    doubleClick(page->handlerTable(), handlers->index(unitRow, 0));
    REQUIRE(opened.size() == 3);
    fetchAll(cases->model());
    CHECK(cases->model()->rowCount() == unit.open);
    CHECK(cases->model()->filter().handlerUnitId == b.unit);
    CHECK(cases->model()->filter().due.isEmpty());
    bool named = false;
    for (QLabel *l : cases->findChildren<QLabel *>())
        named = named || l->text().contains(unit.name);
    CHECK(named);
    // Choosing another filter goes back to what the combos say.
    cases->stateFilter()->setCurrentIndex(cases->stateFilter()->findData(QStringLiteral("signed")));
    CHECK(cases->model()->filter().handlerUnitId.isEmpty());
    MessageBox::setTestMode(false);
}

TEST_CASE("the case detail shows the time extension requests waited, apart from the deadlines", "[due-board]")
{
    gduitest::DemoDb t;
    auto clock = std::make_shared<gd::ManualClock>(beijing(QDate(2026, 3, 2), 9)); // a Monday
    t.db->setClock(clock);
    gd::Grid grid;
    for (const gd::Grid &g : gd::GridService(*t).grids())
        if (!g.workerId.isEmpty() && grid.id.isEmpty())
            grid = g;
    gd::CaseService service(*t);
    gd::Case c;
    c.categoryId = gd::CategoryService(*t).byCode(QStringLiteral("0401"))->id;
    c.reporterName = QStringLiteral("刘阿姨");
    c.gridId = grid.id;
    c.description = QStringLiteral("楼道灯坏了");
    const QString id = service.registerCase(c).value();
    REQUIRE(service.act(id, {wf::Action::Dispatch, {}, wf::Handler{grid.workerId, {}}}).ok());
    REQUIRE(service.act(id, {wf::Action::Sign}).ok());
    QUndoStack undo;
    CaseDetail detail(AppContext{t.db.get(), &undo});
    detail.show();
    detail.showCase(id);
    CHECK(detail.extensionWait()->isHidden()); // no request, nothing to show

    // Friday 16:00 to Monday 10:00: 18 hours of working days.
    clock->setMs(beijing(QDate(2026, 3, 6), 16));
    REQUIRE(service.act(id, {wf::Action::RequestExtension, QStringLiteral("等配件"), wf::ExtensionRequest{3}}).ok());
    clock->setMs(beijing(QDate(2026, 3, 9), 10));
    REQUIRE(service.act(id, {wf::Action::DecideExtension, {}, wf::ExtensionDecision{false}}).ok());
    detail.showCase(id);
    CHECK(detail.extensionWait()->isVisible());
    CHECK(detail.extensionWait()->text().startsWith(QStringLiteral("Waited for extension decisions: 0 working day")));
    CHECK(detail.extensionWait()->text().contains(QStringLiteral("18 hour")));

    // Asked again on Tuesday 10:00 and looked at on Wednesday 13:00: pending, 1 day 3 hours so far.
    clock->setMs(beijing(QDate(2026, 3, 10), 10));
    REQUIRE(service.act(id, {wf::Action::RequestExtension, QStringLiteral("还在等"), wf::ExtensionRequest{2}}).ok());
    clock->setMs(beijing(QDate(2026, 3, 11), 13));
    detail.showCase(id);
    const QString pending = detail.extensionWait()->text();
    CHECK(pending.startsWith(QStringLiteral("Extension decision pending, waited 1 working day")));
    CHECK(pending.contains(QStringLiteral("3 hour")));
    CHECK(pending.contains(QStringLiteral("all requests: 1 working day"))); // 18 + 27 hours
    CHECK(pending.contains(QStringLiteral("21 hour")));
    detail.showCase({});
    CHECK(detail.extensionWait()->isHidden());
}
