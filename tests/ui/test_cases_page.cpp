#include "UiFixture.h"
#include "cases/CaseDetail.h"
#include "cases/CaseListModel.h"
#include "cases/CaseService.h"
#include "cases/CasesPage.h"
#include "cases/CategoryService.h"
#include "common/MessageBox.h"
#include "org/BuildingService.h"
#include "org/GridService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QTableView>
#include <QUndoStack>

using namespace gdui;

namespace {
// 150 cases, one every ten minutes, the first 20 accepted: more than one page of the list.
struct Cases {
    gduitest::DemoDb t;
    std::shared_ptr<gd::ManualClock> clock =
        std::make_shared<gd::ManualClock>(QDateTime(QDate(2026, 6, 1), QTime(8, 0)).toMSecsSinceEpoch());
    QStringList ids;
    Cases()
    {
        t.db->setClock(clock);
        const QList<gd::Grid> grids = gd::GridService(*t).grids();
        const QString category = gd::CategoryService(*t).byCode(QStringLiteral("0401"))->id;
        gd::CaseService service(*t);
        for (int i = 0; i < 150; ++i) {
            clock->advance(10 * 60 * 1000);
            gd::Case c;
            c.categoryId = category;
            c.reporterName = QStringLiteral("居民%1").arg(i);
            c.gridId = grids.at(i % grids.size()).id;
            c.description = QStringLiteral("垃圾桶满了没人清 %1").arg(i);
            ids << service.registerCase(c).value();
            if (i < 20)
                REQUIRE(service.act(ids.last(), QStringLiteral("accept")).ok());
        }
    }
};
} // namespace

TEST_CASE("the case list loads a page at a time and passes the model tester", "[cases-ui]")
{
    Cases c;
    CaseListModel model(*c.t);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.setFilter({}));
    CHECK(model.rowCount() == CaseListModel::kPageSize);
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 150);
    model.fetchMore({}); // nothing more: no duplicate rows
    CHECK(model.rowCount() == 150);
    CHECK_FALSE(model.canFetchMore({}));
    // Newest first, and every case once.
    QSet<QString> seen;
    for (int r = 0; r < model.rowCount(); ++r)
        seen.insert(model.index(r, 0).data(CaseListModel::IdRole).toString());
    CHECK(seen.size() == 150);
    CHECK(model.index(0, 0).data(CaseListModel::IdRole).toString() == c.ids.last());

    gd::CaseFilter accepted;
    accepted.states = {QStringLiteral("accepted")};
    REQUIRE(model.setFilter(accepted));
    CHECK(model.rowCount() == 20);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("the cases page filters by state and shows the chosen case", "[cases-ui]")
{
    Cases c;
    QUndoStack undo;
    MessageBox::setTestMode(true);
    CasesPage page(AppContext{c.t.db.get(), &undo});
    page.show();
    // Open cases by default: all 150 are open.
    CHECK(page.model()->rowCount() == CaseListModel::kPageSize);
    page.stateFilter()->setCurrentIndex(page.stateFilter()->findData(QStringLiteral("accepted")));
    CHECK(page.model()->rowCount() == 20);
    page.selectCase(c.ids.at(5));
    CHECK(page.detail()->caseId() == c.ids.at(5));
    CHECK(page.detail()->offeredActions().contains(QStringLiteral("dispatch")));
    MessageBox::setTestMode(false);
}
