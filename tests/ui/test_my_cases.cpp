// "My cases" (我的诉求, Ctrl+M) on the case list: the handler filter set to the grid worker the
// signed-in operator is linked to; disabled, and saying why, for an operator with no worker.
#include "ShotTranslations.h"
#include "UiFixture.h"
#include "cases/CaseListModel.h"
#include "cases/CaseService.h"
#include "cases/CasesPage.h"
#include "cases/CategoryService.h"
#include "common/Choosers.h"
#include "org/GridService.h"
#include "people/WorkerService.h"
#include "util/Language.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace gdui;

namespace {
// Thirty cases over the first three grids that have a worker: each grid's worker handles ten.
struct Desk {
    gduitest::DemoDb t;
    QUndoStack undo;
    QList<gd::Grid> grids;
    std::unique_ptr<CasesPage> page;
    Desk()
    {
        t.db->setClock(
            std::make_shared<gd::ManualClock>(QDateTime(QDate(2026, 6, 1), QTime(8, 0)).toMSecsSinceEpoch()));
        for (const gd::Grid &g : gd::GridService(*t).grids())
            if (!g.workerId.isEmpty() && grids.size() < 3)
                grids << g;
        REQUIRE(grids.size() == 3);
        const QString category = gd::CategoryService(*t).byCode(QStringLiteral("0401"))->id;
        gd::CaseService service(*t);
        for (int i = 0; i < 30; ++i) {
            gd::Case c;
            c.categoryId = category;
            c.reporterName = QStringLiteral("居民%1").arg(i);
            c.gridId = grids.at(i % 3).id;
            c.description = QStringLiteral("楼道灯坏了 %1").arg(i);
            REQUIRE(service.registerCase(c).ok());
        }
    }
    void signInAs(const QString &workerId)
    {
        gd::Actor a = t.db->actor();
        a.workerId = workerId;
        t.db->setActor(a);
    }
    void open()
    {
        page = std::make_unique<CasesPage>(AppContext{t.db.get(), &undo});
        page->show();
    }
    QAction *mine()
    {
        auto *a = page->findChild<QAction *>(QStringLiteral("myCasesAction"));
        REQUIRE(a);
        return a;
    }
    QComboBox *handler() { return page->findChild<QComboBox *>(QStringLiteral("caseHandlerFilterComboBox")); }
    // Every case listed is handled by this worker.
    bool allHandledBy(const QString &workerId)
    {
        gd::CaseService service(*t);
        for (int r = 0; r < page->model()->rowCount(); ++r)
            if (service.caseById(page->model()->index(r, 0).data(CaseListModel::IdRole).toString())->handlerWorkerId !=
                workerId)
                return false;
        return true;
    }
};
} // namespace

TEST_CASE("my cases is disabled, saying why, for an operator with no worker", "[my-cases]")
{
    Desk d;
    d.open();
    CHECK_FALSE(d.mine()->isEnabled());
    CHECK(d.mine()->toolTip().contains(QStringLiteral("not linked")));
    CHECK(d.mine()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_M));
    d.mine()->setChecked(true); // even when forced, nothing changes
    CHECK_FALSE(d.mine()->isChecked());
    CHECK(d.page->model()->rowCount() == 30);
}

TEST_CASE("my cases shows the linked worker's cases and gives the list back", "[my-cases]")
{
    Desk d;
    const QString worker = d.grids.at(1).workerId;
    d.signInAs(worker);
    d.open();
    REQUIRE(d.mine()->isEnabled());
    CHECK(d.mine()->toolTip().contains(QStringLiteral("Ctrl+M")));
    // Shortcuts go to the active window only.
    d.page->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(d.page.get()));
    QTest::keyClick(d.page->table(), Qt::Key_M, Qt::ControlModifier);
    CHECK(d.mine()->isChecked());
    CHECK(d.page->model()->filter().handlerWorkerId == worker);
    CHECK(d.page->model()->rowCount() == 10);
    CHECK(d.allHandledBy(worker));
    CHECK(chosenId(d.handler()) == worker);

    d.mine()->trigger(); // off again: every handler
    CHECK_FALSE(d.mine()->isChecked());
    CHECK(d.page->model()->filter().handlerWorkerId.isEmpty());
    CHECK(d.page->model()->rowCount() == 30);

    // Choosing one's own worker in the handler filter is "my cases" too; another is not.
    d.handler()->setCurrentIndex(d.handler()->findData(worker));
    CHECK(d.mine()->isChecked());
    d.handler()->setCurrentIndex(d.handler()->findData(d.grids.at(2).workerId));
    CHECK_FALSE(d.mine()->isChecked());
    CHECK(d.allHandledBy(d.grids.at(2).workerId));

    // From a search, my cases leaves the search for the list it asks for.
    d.mine()->trigger();
    d.page->searchBox()->setText(QStringLiteral("楼道灯"));
    d.page->applySearch();
    d.mine()->trigger();
    d.mine()->trigger();
    CHECK(d.page->searchBox()->text().isEmpty());
    CHECK(d.mine()->isChecked());
    CHECK(d.page->model()->rowCount() == 10);
}

TEST_CASE("my cases follows the operator who signs in next", "[my-cases]")
{
    Desk d;
    d.signInAs(d.grids.at(0).workerId);
    d.open();
    d.mine()->trigger();
    REQUIRE(d.allHandledBy(d.grids.at(0).workerId));
    d.signInAs(d.grids.at(2).workerId);
    CHECK(d.mine()->isChecked());
    CHECK(d.page->model()->filter().handlerWorkerId == d.grids.at(2).workerId);
    CHECK(d.page->model()->rowCount() == 10);
    d.signInAs(QString()); // an operator with no worker: the filter is given back
    CHECK_FALSE(d.mine()->isEnabled());
    CHECK_FALSE(d.mine()->isChecked());
    CHECK(d.page->model()->rowCount() == 30);
}

// Hidden from the suite: the case list with my cases on, in Chinese, to look at.
TEST_CASE("my cases in Chinese, to look at", "[my-cases][.screenshot]")
{
    const QString dir = qEnvironmentVariable("GRIDDESK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    gd::language::install(QStringLiteral("zh_CN"));
    gduitest::ShotTranslations extra;
    {
        Desk d;
        d.signInAs(d.grids.at(1).workerId);
        d.open();
        d.mine()->trigger();
        d.page->resize(1280, 720);
        QApplication::processEvents();
        CHECK(d.page->grab().save(dir + QStringLiteral("/my-cases.png")));
        d.signInAs(QString());
        CHECK(d.page->grab().save(dir + QStringLiteral("/my-cases-unlinked.png")));
    }
    gd::language::uninstall();
}
