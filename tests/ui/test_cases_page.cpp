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
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

namespace wf = gd::workflow;

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
            c.channel = QStringLiteral("online"); // accepted in a step of its own
            c.categoryId = category;
            c.reporterName = QStringLiteral("居民%1").arg(i);
            c.gridId = grids.at(i % grids.size()).id;
            c.description = QStringLiteral("垃圾桶满了没人清 %1").arg(i);
            ids << service.registerCase(c).value();
            if (i < 20)
                REQUIRE(service.act(ids.last(), {wf::Action::Accept}).ok());
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
    CHECK(page.detail()->offeredActions().contains(wf::Action::Dispatch));
    MessageBox::setTestMode(false);
}

TEST_CASE("searching from the cases page lists ranked hits with their matches marked", "[cases-ui]")
{
    Cases c;
    QUndoStack undo;
    MessageBox::setTestMode(true);
    CasesPage page(AppContext{c.t.db.get(), &undo});
    page.show();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Two terms: 清 is in every description, 114 only in case 114's (and its reporter's name).
    page.searchBox()->setText(QStringLiteral("清 114")); // keyClicks takes ASCII only
    QTest::keyClick(page.searchBox(), Qt::Key_Return);
    CHECK(page.model()->search() == QStringLiteral("清 114"));
    CHECK(page.model()->rowCount() == 1);
    CHECK_FALSE(page.stateFilter()->isEnabled());
    const QModelIndex first = page.model()->index(0, CaseListModel::DescriptionColumn);
    CHECK(first.data().toString() == QStringLiteral("垃圾桶满了没人清 114"));
    const QVariantList marks = first.data(CaseListModel::MarksRole).toList();
    REQUIRE(marks.size() == 2);
    CHECK(marks[0].toPoint() == QPoint(7, 1));
    CHECK(marks[1].toPoint() == QPoint(9, 3));
    CHECK(page.detail()->caseId() == c.ids.at(114));
    page.table()->grab(); // the highlight delegate paints without trouble

    // A term found in nothing: an empty list, not an error.
    page.searchBox()->setText(QStringLiteral("自来水"));
    page.applySearch();
    CHECK(page.model()->rowCount() == 0);

    // Escape clears the search: back to the filtered list, the filters usable again.
    page.searchBox()->setFocus();
    QTest::keyClick(page.searchBox(), Qt::Key_Escape);
    CHECK(page.searchBox()->text().isEmpty());
    page.applySearch(); // without waiting for the typing pause
    CHECK(page.model()->search().isEmpty());
    CHECK(page.model()->rowCount() == CaseListModel::kPageSize);
    CHECK(page.stateFilter()->isEnabled());
    MessageBox::setTestMode(false);
}

TEST_CASE("the cases page narrows by community, grid, handler, lead unit and time received", "[cases-ui]")
{
    Cases c;
    QUndoStack undo;
    MessageBox::setTestMode(true);
    CasesPage page(AppContext{c.t.db.get(), &undo});
    page.show();
    auto combo = [&](const char *name) { return page.findChild<QComboBox *>(QLatin1String(name)); };
    QComboBox *community = combo("caseCommunityFilterComboBox");
    QComboBox *grid = combo("caseGridFilterComboBox");
    QComboBox *handler = combo("caseHandlerFilterComboBox");
    QComboBox *period = combo("casePeriodFilterComboBox");
    REQUIRE(community);
    REQUIRE(grid);
    REQUIRE(handler);
    REQUIRE(combo("caseLeadFilterComboBox"));
    REQUIRE(period);
    CHECK_FALSE(grid->isEnabled()); // grids come with a community

    const gd::Grid first = gd::GridService(*c.t).grids().first();
    community->setCurrentIndex(community->findData(first.communityId));
    REQUIRE(grid->isEnabled());
    grid->setCurrentIndex(grid->findData(first.id));
    auto fetchAll = [&] {
        while (page.model()->canFetchMore({}))
            page.model()->fetchMore({});
    };
    fetchAll();
    REQUIRE(page.model()->rowCount() > 0);
    for (int r = 0; r < page.model()->rowCount(); ++r)
        CHECK(page.model()->index(r, CaseListModel::GridColumn).data().toString() == first.name);
    CHECK(page.model()->filter().gridId == first.id);

    // The grid's worker as handler: the same cases (the grid's worker handles them all).
    handler->setCurrentIndex(handler->findData(first.workerId));
    CHECK(page.model()->filter().handlerWorkerId == first.workerId);
    fetchAll();
    const int ofWorker = page.model()->rowCount();
    CHECK(ofWorker > 0);

    // Back to everything, then "today" in Beijing time, counted independently.
    community->setCurrentIndex(0);
    handler->setCurrentIndex(0);
    CHECK(page.model()->filter().gridId.isEmpty());
    period->setCurrentIndex(period->findData(QStringLiteral("today")));
    const QDate today = QDateTime::fromMSecsSinceEpoch(c.t.db->nowMs(), QTimeZone(8 * 3600)).date();
    const qint64 from = QDateTime(today, QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
    CHECK(page.model()->filter().fromMs == from);
    gd::CaseFilter expected = page.model()->filter();
    fetchAll();
    CHECK(page.model()->rowCount() == gd::CaseQueries(*c.t).count(expected).value());
    CHECK(page.model()->rowCount() < 150);
    MessageBox::setTestMode(false);
}
