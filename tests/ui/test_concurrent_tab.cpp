// The exchange page's tab of concurrent actions and keys given twice, headless: the district and
// a street office act on one case unaware of each other, and a grid code is given twice; the
// supervisor's choice and the administrator's renumbering empty the lists. With GRIDDESK_SHOT_DIR
// set (under xvfb-run) it saves a Chinese screenshot.
#include "TrustSender.h"
#include "UiFixture.h"
#include "WindowFixture.h"
#include "cases/CaseActionDialog.h"
#include "cases/CaseDetail.h"
#include "cases/CaseService.h"
#include "cases/CategoryService.h"
#include "common/MessageBox.h"
#include "exchange/ConcurrentTab.h"
#include "exchange/ExchangePage.h"
#include "exchange/MergeEngine.h"
#include "exchange/PackageExport.h"
#include "org/BuildingService.h"
#include "org/GridService.h"
#include "schema/Tables.h"
#include "storage/RowStore.h"
#include "storage/Transaction.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gdui;
namespace wf = gd::workflow;

namespace {

QString first(gd::Database &db, const QString &sql)
{
    INFO(sql.toStdString());
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("concurrent actions and keys given twice are listed on the exchange page and settled there",
          "[exchange][ui][branch]")
{
    if (!qEnvironmentVariableIsEmpty("GRIDDESK_SHOT_DIR"))
        gd::language::install(QStringLiteral("zh_CN"));
    MessageBox::setTestMode(true);
    gduitest::DemoDb district;
    gduitest::OtherOffice street;
    const QString dir = street.dir.path();
    // One case signed for in the district, then sent to the street office.
    const gd::Grid grid10 = gd::GridService(*district).grids().at(10);
    gd::Case draft;
    draft.categoryId = gd::CategoryService(*district).byCode(QStringLiteral("0801"))->id;
    draft.reporterName = QStringLiteral("张大爷");
    draft.buildingId = gd::BuildingService(*district).buildings(grid10.id).first().id;
    draft.description = QStringLiteral("厨房下水管锈蚀漏水");
    const QString caseId = gd::CaseService(*district).registerCase(draft).value();
    const QString worker = first(*district, QStringLiteral("SELECT id FROM workers WHERE deleted = 0 ORDER BY id"));
    REQUIRE(gd::CaseService(*district).act(caseId, {wf::Action::Dispatch, {}, wf::Handler{worker, {}}}).ok());
    REQUIRE(gd::CaseService(*district).act(caseId, {wf::Action::Sign}).ok());
    gdtest::sendPackage(*district, *street.db, dir + QStringLiteral("/all.gdpkg"));

    // Both offices complete it, unaware of each other, the street a minute later (two saves in the
    // same millisecond would leave the settlement below nothing to change).
    REQUIRE(gd::CaseService(*district).act(caseId, {wf::Action::Complete, QStringLiteral("区里已协调修好")}).ok());
    street.db->setClock(std::make_shared<gd::ManualClock>(QDateTime::currentMSecsSinceEpoch() + 60'000));
    REQUIRE(gd::CaseService(*street.db).act(caseId, {wf::Action::Complete, QStringLiteral("街道已派人修好")}).ok());
    // And a grid code given twice (as a district set up apart would bring it).
    const QString grid = first(*district, QStringLiteral("SELECT id FROM grids ORDER BY code LIMIT 1"));
    const QString code = first(*district, QStringLiteral("SELECT code FROM grids ORDER BY code LIMIT 1 OFFSET 1"));
    {
        gd::Transaction tx(*district);
        REQUIRE(gd::RowStore(*district).update(gd::tables::grids(), grid, {{QStringLiteral("code"), code}}).ok());
        REQUIRE(tx.commit().ok());
    }
    gdtest::sendPackage(*street.db, *district, dir + QStringLiteral("/street.gdpkg"));

    QUndoStack undo;
    {
        // The case page: the overridden completion greyed with why, and the settlement offered with
        // a choice of the two branches.
        CaseDetail detail({district.db.get(), &undo});
        detail.showCase(caseId);
        CHECK(detail.offeredActions().contains(wf::Action::Settle));
        int greyed = 0;
        for (int i = 0; i < detail.timeline()->topLevelItemCount(); ++i)
            greyed += detail.timeline()->topLevelItem(i)->toolTip(0).isEmpty() ? 0 : 1;
        CHECK(greyed == 1);
        gduitest::shoot(&detail, "case-concurrent.png", {900, 600});
        CaseActionDialog dialog(*district, wf::Action::Settle, caseId);
        auto *branch = dialog.findChild<QComboBox *>(QStringLiteral("actionBranchComboBox"));
        REQUIRE(branch);
        REQUIRE(branch->count() == 2);
        branch->setCurrentIndex(1);
        const wf::Step step = dialog.step();
        const auto *choice = std::get_if<wf::BranchChoice>(&step.payload);
        REQUIRE(choice);
        CHECK(choice->keep == branch->currentData().toStringList().value(1));
        CHECK_FALSE(choice->after.isEmpty());
    }
    ExchangePage page({district.db.get(), &undo});
    ConcurrentTab *tab = page.concurrentTab();
    QAbstractItemModelTester branches(tab->branchTable()->model(),
                                      QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester keys(tab->identityTable()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.refresh();
    REQUIRE(tab->branchTable()->model()->rowCount() == 2);
    REQUIRE(tab->identityTable()->model()->rowCount() == 2);
    CHECK(tab->openCount() == 2);
    CHECK(page.tabs()->tabText(page.tabs()->indexOf(tab)).contains(QStringLiteral("2")));
    CHECK(tab->findChild<QPushButton *>(QStringLiteral("settleBranchButton"))->isEnabled());
    page.tabs()->setCurrentWidget(tab);
    gduitest::shoot(&page, "exchange-8-concurrent.png", {1100, 700});

    // Nothing chosen: told so. The completion overridden for now stands by the supervisor's choice.
    tab->branchTable()->clearSelection();
    tab->branchTable()->setCurrentIndex({});
    CHECK_FALSE(tab->settleSelected(QStringLiteral("理由")));
    const qint64 before = gd::CaseService(*district).caseById(caseId)->completedMs;
    int overridden = -1;
    for (int row = 0; row < 2; ++row)
        if (tab->branchTable()->model()->index(row, 6).data().toString() == ConcurrentTab::tr("overridden"))
            overridden = row;
    REQUIRE(overridden >= 0);
    tab->branchTable()->selectRow(overridden);
    REQUIRE(tab->settleSelected(QStringLiteral("以街道的办结为准")));
    CHECK(tab->branchTable()->model()->rowCount() == 0);
    const gd::Case settled = gd::CaseService(*district).caseById(caseId).value();
    CHECK(settled.state == QLatin1String("completed"));
    CHECK(settled.branches == 0);
    CHECK(settled.completedMs != before);

    // A key given twice: the selected grid gets another code.
    tab->identityTable()->selectRow(0);
    CHECK_FALSE(tab->renumberSelected(code)); // still held by the other
    CHECK(MessageBox::lastText().contains(code));
    REQUIRE(tab->renumberSelected(QStringLiteral("370202999001001")));
    CHECK(tab->identityTable()->model()->rowCount() == 0);
    CHECK(tab->openCount() == 0);
}

TEST_CASE("staff see concurrent actions but settle nothing", "[exchange][ui][branch]")
{
    gduitest::DemoDb staff(gd::Role::Staff);
    QUndoStack undo;
    ExchangePage page({staff.db.get(), &undo});
    CHECK_FALSE(page.concurrentTab()->findChild<QPushButton *>(QStringLiteral("settleBranchButton"))->isEnabled());
    CHECK_FALSE(page.concurrentTab()->findChild<QPushButton *>(QStringLiteral("keepRecordButton"))->isEnabled());
    CHECK_FALSE(page.concurrentTab()->findChild<QPushButton *>(QStringLiteral("renumberButton"))->isEnabled());
}
