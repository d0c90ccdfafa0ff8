#include "UiFixture.h"
#include "org/BuildingTableModel.h"
#include "org/GridService.h"
#include "org/OrgTreeModel.h"
#include "people/WorkerTableModel.h"

#include <QAbstractItemModelTester>

using namespace gdui;

TEST_CASE("the organisation tree passes the model tester, including lazy grids")
{
    gduitest::DemoDb t;
    OrgTreeModel model(*t);
    {
        // Before any view or tester touches it, a community's grids are not loaded.
        const QModelIndex first = model.index(0, 0, model.index(0, 0));
        CHECK(model.hasChildren(first));
        CHECK(model.canFetchMore(first));
        CHECK(model.rowCount(first) == 0);
    }
    // The tester fetches what it can while it checks the whole tree.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 11);
    const QModelIndex street = model.index(0, 0);
    REQUIRE(model.rowCount(street) > 0);
    const QModelIndex community = model.index(0, 0, street);
    model.fetchMore(community);
    CHECK_FALSE(model.canFetchMore(community));
    const int grids = model.rowCount(community);
    CHECK(grids == gd::GridService(*t).grids(community.data(OrgTreeModel::IdRole).toString()).size());
    const QModelIndex grid = model.index(0, 0, community);
    CHECK(grid.data(OrgTreeModel::KindRole).toInt() == OrgTreeModel::GridNode);
    CHECK(model.parent(grid) == community);
    CHECK(model.index(0, OrgTreeModel::CodeColumn, community).data().toString().size() == 15);

    SECTION("find loads the community of a grid that was never expanded")
    {
        const gd::Grid last = gd::GridService(*t).grids().last();
        const QModelIndex found = model.find(OrgTreeModel::GridNode, last.id);
        REQUIRE(found.isValid());
        CHECK(found.data(OrgTreeModel::IdRole).toString() == last.id);
        CHECK(found.data(OrgTreeModel::CodeRole).toString() == last.code);
    }
    SECTION("a change in the file reloads the tree and keeps open communities open")
    {
        gd::Grid g = gd::GridService(*t).grid(grid.data(OrgTreeModel::IdRole).toString()).value();
        g.name = QStringLiteral("改名后的网格");
        REQUIRE(gd::GridService(*t).save(g).ok());
        const QModelIndex again = model.find(OrgTreeModel::GridNode, g.id);
        REQUIRE(again.isValid());
        CHECK(again.data().toString() == QStringLiteral("改名后的网格"));
    }
}

TEST_CASE("the buildings table passes the model tester")
{
    gduitest::DemoDb t;
    BuildingTableModel model(*t);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    const gd::Grid g = gd::GridService(*t).grids().first();
    model.setGrid(g.id);
    CHECK(model.rowCount() >= 5);
    CHECK(model.columnCount() == BuildingTableModel::ColumnCount);
    CHECK_FALSE(model.index(0, BuildingTableModel::AddressColumn).data().toString().isEmpty());
}

TEST_CASE("the workers table passes the model tester and filters")
{
    gduitest::DemoDb t;
    WorkerTableModel model(*t);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = model.rowCount();
    CHECK(all >= 600);
    gd::WorkerQuery q;
    q.kind = QStringLiteral("full_time");
    model.setQuery(q);
    CHECK(model.rowCount() > 300);
    CHECK(model.rowCount() < all);
    const QString name = model.index(0, WorkerTableModel::NameColumn).data().toString();
    const QString grids = model.index(0, WorkerTableModel::GridsColumn).data().toString();
    CHECK(grids.size() >= 15);
    q.text = name.left(2);
    model.setQuery(q);
    REQUIRE(model.rowCount() >= 1);
    for (int r = 0; r < model.rowCount(); ++r)
        CHECK(model.index(r, WorkerTableModel::NameColumn).data().toString().contains(name.left(2)));
    q.text = grids.left(15);
    model.setQuery(q);
    CHECK(model.rowCount() >= 1);
    q.text = QStringLiteral("没有这个人");
    model.setQuery(q);
    CHECK(model.rowCount() == 0);
}
