#include "UiFixture.h"
#include "WindowFixture.h"
#include "common/MessageBox.h"
#include "org/GridForm.h"
#include "org/GridService.h"
#include "org/HierarchyForms.h"
#include "org/HierarchyService.h"
#include "org/OrgPage.h"
#include "org/OrgTreeModel.h"
#include "people/PeoplePage.h"
#include "people/WorkerForm.h"
#include "people/WorkerService.h"
#include "people/WorkerTableModel.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/SignInDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace gdui;

namespace {
using Window = gduitest::TestWindow;

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}
} // namespace

TEST_CASE("the window starts on a demo database and walks its pages")
{
    gduitest::DemoDb t;
    Window w(*t);
    REQUIRE(w.window->pageCount() >= 3);
    for (int i = 0; i < w.window->pageCount(); ++i) {
        w.window->showPage(i);
        QApplication::processEvents();
        CHECK(w.window->navigation()->currentRow() == i);
    }
    // Ctrl+1 goes back to the first page, the intake desk.
    QTest::keyClick(w.window.get(), Qt::Key_1, Qt::ControlModifier);
    CHECK(w.window->navigation()->currentRow() == 0);
    CHECK(w.window->findChild<QLabel *>(QStringLiteral("operatorLabel"))->text().contains(QStringLiteral("测试员")));
}

TEST_CASE("a grid is found, edited, saved, undone and redone from the organisation page")
{
    gduitest::DemoDb t;
    Window w(*t);
    OrgPage *page = w.window->orgPage();
    w.window->showPage(page); // widgets of a hidden page take no clicks or shortcuts
    const gd::Grid g = gd::GridService(*t).grids().at(7);
    REQUIRE(page->showGrid(g.code));
    auto *name = child<QLineEdit>(page, "gridNameLineEdit");
    CHECK(name->text() == g.name);
    CHECK(child<QTableView>(page, "buildingsTableView")->model()->rowCount() > 0);

    name->setText(QStringLiteral("书香家园网格"));
    auto *form = page->findChild<GridForm *>();
    REQUIRE(form);
    QTest::mouseClick(child<QPushButton>(form, "saveButton"), Qt::LeftButton);
    CHECK(gd::GridService(*t).grid(g.id)->name == QStringLiteral("书香家园网格"));
    REQUIRE(w.window->undoStack()->count() == 1);
    w.window->undoStack()->undo();
    CHECK(gd::GridService(*t).grid(g.id)->name == g.name);
    w.window->undoStack()->redo();
    CHECK(gd::GridService(*t).grid(g.id)->name == QStringLiteral("书香家园网格"));
    // The tree shows the new name.
    const QModelIndex i = page->model()->find(OrgTreeModel::GridNode, g.id);
    CHECK(i.data().toString() == QStringLiteral("书香家园网格"));
}

TEST_CASE("a refused edit names the field and writes nothing")
{
    gduitest::DemoDb t;
    Window w(*t);
    OrgPage *page = w.window->orgPage();
    w.window->showPage(page); // widgets of a hidden page take no clicks or shortcuts
    const gd::Community c = gd::HierarchyService(*t).communities().first();
    page->selectNode(OrgTreeModel::CommunityNode, c.id);
    auto *form = page->findChild<CommunityForm *>();
    REQUIRE(form);
    auto *phone = child<QLineEdit>(form, "communityPhoneLineEdit");
    phone->setText(QStringLiteral("12ab"));
    QTest::mouseClick(child<QPushButton>(form, "saveButton"), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Office phone")));
    CHECK(gd::HierarchyService(*t).community(c.id)->phone == c.phone);
    CHECK(w.window->undoStack()->count() == 0);
}

TEST_CASE("a new grid is added in the selected community and the add is undoable")
{
    gduitest::DemoDb t;
    Window w(*t);
    OrgPage *page = w.window->orgPage();
    w.window->showPage(page); // widgets of a hidden page take no clicks or shortcuts
    const gd::Community c = gd::HierarchyService(*t).communities().at(2);
    const int before = gd::GridService(*t).grids(c.id).size();
    page->selectNode(OrgTreeModel::CommunityNode, c.id);
    page->setFocus();
    QTest::keyClick(page, Qt::Key_N, Qt::ControlModifier);
    auto *form = page->findChild<GridForm *>();
    REQUIRE(form);
    CHECK(child<QLineEdit>(form, "gridCodeLineEdit")->text().startsWith(c.code));
    child<QLineEdit>(form, "gridNameLineEdit")->setText(QStringLiteral("新建测试网格"));
    QTest::mouseClick(child<QPushButton>(form, "saveButton"), Qt::LeftButton);
    INFO(MessageBox::lastText().toStdString());
    CHECK(gd::GridService(*t).grids(c.id).size() == before + 1);
    w.window->undoStack()->undo();
    CHECK(gd::GridService(*t).grids(c.id).size() == before);
}

TEST_CASE("a staff operator sees the organisation read-only but may edit buildings")
{
    gduitest::DemoDb t(gd::Role::Staff);
    Window w(*t);
    OrgPage *page = w.window->orgPage();
    w.window->showPage(page); // widgets of a hidden page take no clicks or shortcuts
    REQUIRE(page->showGrid(gd::GridService(*t).grids().first().code));
    auto *form = page->findChild<GridForm *>();
    CHECK_FALSE(child<QPushButton>(form, "saveButton")->isEnabled());
    CHECK(child<QPushButton>(form, "addBuildingButton")->isEnabled());
}

TEST_CASE("the people page filters, shows a worker and saves an edit")
{
    gduitest::DemoDb t;
    Window w(*t);
    w.window->showPage(w.window->peoplePage());
    PeoplePage *page = w.window->peoplePage();
    const gd::WorkerSummary someone = gd::WorkerService(*t).list({{}, QStringLiteral("full_time"), {}, {}}).at(3);
    page->searchBox()->setText(someone.worker.phone);
    QTest::qWait(400); // the search waits for typing to pause
    REQUIRE(page->model()->rowCount() == 1);
    page->selectWorker(someone.worker.id);
    auto *phone = child<QLineEdit>(page->form(), "workerPhoneLineEdit");
    CHECK(phone->text() == someone.worker.phone);
    CHECK(child<QLineEdit>(page->form(), "workerGridsLineEdit")->text() == someone.gridCodes.join(QLatin1Char(' ')));

    phone->setText(QStringLiteral("139 0000 1234"));
    QTest::mouseClick(child<QPushButton>(page->form(), "saveButton"), Qt::LeftButton);
    INFO(MessageBox::lastText().toStdString());
    CHECK(gd::WorkerService(*t).worker(someone.worker.id)->phone == QStringLiteral("13900001234"));

    SECTION("an unknown grid code is refused with the field named")
    {
        child<QLineEdit>(page->form(), "workerGridsLineEdit")->setText(QStringLiteral("370202999999999"));
        QTest::mouseClick(child<QPushButton>(page->form(), "saveButton"), Qt::LeftButton);
        CHECK(MessageBox::lastText().contains(QStringLiteral("370202999999999")));
        CHECK(gd::WorkerService(*t).worker(someone.worker.id)->gridIds.size() == someone.gridCodes.size());
    }
}

TEST_CASE("sign-in refuses a wrong password and accepts the right one")
{
    gduitest::DemoDb t;
    SignInDialog dialog(*t, QStringLiteral("admin"));
    CHECK_FALSE(dialog.signIn(QStringLiteral("admin"), QStringLiteral("wrong-password")));
    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK(dialog.signIn(QStringLiteral("admin"), QStringLiteral("admin123")));
    CHECK(dialog.actor().role == gd::Role::Admin);
}
