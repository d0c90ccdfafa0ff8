#include "UiFixture.h"
#include "common/AppContext.h"
#include "common/MessageBox.h"
#include "org/GridService.h"
#include "org/PoliceGridForm.h"
#include "org/PoliceGridService.h"
#include "org/PoliceGridTableModel.h"
#include "org/PoliceGridsPage.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace gdui;

namespace {
struct Page {
    QUndoStack undo;
    std::unique_ptr<PoliceGridsPage> page;
    explicit Page(gd::Database &db)
    {
        MessageBox::setTestMode(true);
        page = std::make_unique<PoliceGridsPage>(AppContext{&db, &undo});
        page->show();
    }
    ~Page() { MessageBox::setTestMode(false); }
    QPushButton *save() { return page->form()->findChild<QPushButton *>(QStringLiteral("saveButton")); }
};
} // namespace

TEST_CASE("the police grid table passes the model tester and filters by street")
{
    gduitest::DemoDb t;
    PoliceGridTableModel model(*t);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 148);
    const gd::PoliceGrid first = gd::PoliceGridService(*t).policeGrids().first();
    model.setStreet(first.streetId);
    CHECK(model.rowCount() > 0);
    CHECK(model.rowCount() < 148);
    int paired = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        paired += model.index(r, PoliceGridTableModel::PairedColumn).data().toInt();
    CHECK(paired > 0);
}

TEST_CASE("ticking a grid pairs it with the police grid, and one undo takes it back")
{
    gduitest::DemoDb t;
    Page p(*t);
    gd::PoliceGridService service(*t);
    const gd::PoliceGrid target = service.policeGrids().first();
    p.page->selectPoliceGrid(target.id);
    QListWidget *list = p.page->form()->gridList();
    REQUIRE(list->count() > 1);
    // Find a grid of the street paired elsewhere and tick it.
    int row = -1;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Unchecked) {
            row = i;
            break;
        }
    REQUIRE(row >= 0);
    const QString code = list->item(row)->text().section(QLatin1Char(' '), 0, 0);
    const gd::Grid before = gd::GridService(*t).gridByCode(code).value();
    list->item(row)->setCheckState(Qt::Checked);
    QTest::mouseClick(p.save(), Qt::LeftButton);
    INFO(MessageBox::lastText().toStdString());
    CHECK(gd::GridService(*t).gridByCode(code)->policeGridId == target.id);
    REQUIRE(p.undo.count() == 1);
    p.undo.undo();
    CHECK(gd::GridService(*t).gridByCode(code)->policeGridId == before.policeGridId);
    p.undo.redo();
    CHECK(gd::GridService(*t).gridByCode(code)->policeGridId == target.id);
}

TEST_CASE("a police grid with a malformed code is refused and nothing is added")
{
    gduitest::DemoDb t;
    Page p(*t);
    const int before = gd::PoliceGridService(*t).policeGrids().size();
    p.page->form()->setPoliceGrid(
        gd::PoliceGrid{{}, gd::PoliceGridService(*t).policeGrids().first().streetId, {}, {}, {}, {}, true});
    p.page->form()->findChild<QLineEdit *>(QStringLiteral("policeGridCodeLineEdit"))->setText(QStringLiteral("警格 1"));
    p.page->form()->findChild<QLineEdit *>(QStringLiteral("policeGridNameLineEdit"))->setText(QStringLiteral("新警格"));
    QTest::mouseClick(p.save(), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Police grid code")));
    CHECK(gd::PoliceGridService(*t).policeGrids().size() == before);
    CHECK(p.undo.count() == 0);
}
