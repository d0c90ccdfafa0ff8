// The service calls behind undo in the window: a removed building comes back with its
// addresses, a cover can be withdrawn.
#include "org/BuildingService.h"
#include "test_org_fixture.h"

using namespace gd;
using namespace gdtest;

TEST_CASE("a removed building is restored with its lookup addresses")
{
    TestDb t;
    const QString street = addStreet(*t, QStringLiteral("370202002"), QStringLiteral("八大关街道"));
    const QString community = addCommunity(*t, street, QStringLiteral("370202002001"), QStringLiteral("红岛路社区"));
    const QString grid = addGrid(*t, community, QStringLiteral("370202002001001"), QStringLiteral("红岛路社区第1网格"));
    BuildingService buildings(*t);
    Building b;
    b.gridId = grid;
    b.name = QStringLiteral("书香家园49号楼");
    b.address = QStringLiteral("三明南路2号");
    const QString id = must(buildings.save(b));
    REQUIRE(buildings.lookup(QStringLiteral("三明南路2号")).size() == 1);

    REQUIRE(buildings.remove(id).ok());
    CHECK(buildings.lookup(QStringLiteral("三明南路2号")).isEmpty());
    REQUIRE(buildings.restore(id));
    const auto found = buildings.lookup(QStringLiteral("书香家园49号楼"));
    REQUIRE(found.size() == 1);
    CHECK(found.first().gridId == grid);
    CHECK(buildings.addresses(id).size() == 2);

    t->setActor(actorAs(Role::Staff, false));
    CHECK(buildings.restore(id).error().kind == ErrorKind::Permission);
}

TEST_CASE("a cover of a vacant grid can be withdrawn, by those who edit workers only")
{
    TestDb t;
    const QString street = addStreet(*t, QStringLiteral("370202003"), QStringLiteral("湛山街道"));
    const QString community = addCommunity(*t, street, QStringLiteral("370202003001"), QStringLiteral("湛山社区"));
    const QString grid = addGrid(*t, community, QStringLiteral("370202003001001"), QStringLiteral("湛山社区第1网格"));
    Worker w;
    w.name = QStringLiteral("李静");
    w.phone = QStringLiteral("13905320001");
    w.kind = QStringLiteral("part_time");
    WorkerService workers(*t);
    const QString worker = must(workers.save(w));
    GridCover c{{}, grid, worker, QStringLiteral("2025-11-01"), {}, 800};
    const QString cover = must(workers.saveCover(c));
    REQUIRE(workers.coversOfGrid(grid).size() == 1);

    t->setActor(actorAs(Role::Staff));
    CHECK(workers.removeCover(cover).error().kind == ErrorKind::Permission);
    CHECK(workers.coversOfGrid(grid).size() == 1);
    t->setActor(actorAs(Role::Supervisor));
    REQUIRE(workers.removeCover(cover));
    CHECK(workers.coversOfGrid(grid).isEmpty());
}
