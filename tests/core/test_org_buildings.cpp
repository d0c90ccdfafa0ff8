// Buildings and the address → grid lookup (core/org/BuildingService): normalisation, the
// addresses a save records, ranking, digit boundaries, moves, removal, and who may edit.
#include "org/BuildingService.h"
#include "test_org_fixture.h"

using namespace gd;
using namespace gdtest;

namespace {
QString n(const char *text)
{
    return BuildingService::normalize(QString::fromUtf8(text));
}
QString u(const char *text)
{
    return QString::fromUtf8(text);
}
QString addBuilding(Database &db, const QString &gridId, const char *name, const char *address, int households = 0)
{
    Building b;
    b.gridId = gridId;
    b.name = u(name);
    b.address = u(address);
    b.households = households;
    return must(BuildingService(db).save(b));
}
QStringList buildingsOf(const QList<AddressMatch> &matches)
{
    QStringList ids;
    for (const AddressMatch &m : matches)
        ids << m.buildingId;
    return ids;
}
} // namespace

TEST_CASE("normalize folds how people write an address")
{
    CHECK(n("三明南路2号") == u("三明南路2号"));
    CHECK(n(" 三明南路 2 号 ") == u("三明南路2号"));
    CHECK(n("三明南路２号") == u("三明南路2号")); // full-width digit
    CHECK(n("三明南路２号３单元２０１") == u("三明南路2号3单元201"));
    CHECK(n("青岛市三明南路2号") == u("三明南路2号"));
    CHECK(n("市南区三明南路2号") == u("三明南路2号"));
    CHECK(n("山东省青岛市市南区三明南路2号") == u("三明南路2号"));
    CHECK(n("青岛市市南区 三明南路2号") == u("三明南路2号"));
    // 青岛 + 市南区 is usually written without the second 市.
    CHECK(n("青岛市南区三明南路2号") == u("三明南路2号"));
    CHECK(n("书香家园49号楼") == u("书香家园49号"));
    CHECK(n("书香家园49栋") == u("书香家园49号"));
    CHECK(n("书香家园49幢") == u("书香家园49号"));
    CHECK(n("三明南路2号，3单元（东）") == u("三明南路2号3单元东"));
    CHECK(n("ＡＢＣ大厦Ａ座") == u("abc大厦a座"));
    CHECK(n("") == QString());
    // Roads named after the city or province keep their name.
    CHECK(n("青岛路3号") == u("青岛路3号"));
    CHECK(n("山东路3号") == u("山东路3号"));
    // Normalising twice changes nothing.
    for (const char *t : {"青岛市市南区三明南路２号楼", "书香家园49栋", "  山东省青岛市南区 金门路 8 号"}) {
        INFO(t);
        CHECK(BuildingService::normalize(n(t)) == n(t));
    }
}

TEST_CASE("saving a building records its address and name for lookup")
{
    District d;
    const QString g = addGrid(*d, d.community, d.gridCode(1), u("一"));
    BuildingService bs(*d);
    const QString b = addBuilding(*d, g, "书香家园49号楼", "三明南路2号", 36);
    const Building back = bs.building(b).value();
    CHECK(back.name == u("书香家园49号楼"));
    CHECK(back.address == u("三明南路2号"));
    CHECK(back.households == 36);
    QStringList addresses = bs.addresses(b);
    addresses.sort();
    CHECK(addresses == QStringList{u("三明南路2号"), u("书香家园49号楼")});
    CHECK(count(*d, u("SELECT count(*) FROM addresses WHERE building_id = ? AND grid_id = ?"), {b, g}) == 2);

    // The same wording again (another alias that normalises the same) adds nothing.
    REQUIRE(bs.addAddress(b, u("三明南路 ２ 号")).ok());
    CHECK(bs.addresses(b).size() == 2);
    REQUIRE(bs.addAddress(b, u("书香家园49栋")).ok());
    CHECK(bs.addresses(b).size() == 2);
    REQUIRE(bs.addAddress(b, u("三明南路2号甲")).ok());
    CHECK(bs.addresses(b).size() == 3);
    CHECK_FALSE(bs.addAddress(b, u("   ")).ok());
    CHECK(bs.addAddress(u("missing"), u("三明南路2号")).error().kind == ErrorKind::NotFound);

    // Saving the building unchanged writes nothing.
    const int audits = auditRows(*d);
    REQUIRE(bs.save(back).ok());
    CHECK(auditRows(*d) == audits);
}

TEST_CASE("building validation")
{
    District d;
    const QString g = addGrid(*d, d.community, d.gridCode(1), u("一"));
    addBuilding(*d, g, "1号楼", "三明南路1号");
    BuildingService bs(*d);
    Building b;
    b.gridId = g;
    b.name = u("2号楼");
    b.address = u("三明南路2号");
    const int audits = auditRows(*d);
    auto field = [&](const Building &x) { return bs.save(x).error().field; };

    Building x = b;
    x.gridId = u("missing");
    CHECK(field(x) == u("grid_id"));
    x = b;
    x.name = u("  ");
    CHECK(field(x) == u("name"));
    x = b;
    x.address.clear();
    CHECK(field(x) == u("address"));
    x = b;
    x.address = u("青岛市2号"); // "2号" alone says nothing
    CHECK(field(x) == u("address"));
    x = b;
    x.households = 5001;
    CHECK(field(x) == u("households"));
    x = b;
    x.name = u("1号楼");
    CHECK(field(x) == u("name"));
    CHECK(auditRows(*d) == audits);
    CHECK(allRows(*d, u("addresses")) == 2);
    CHECK(bs.save(b).ok());
}

TEST_CASE("lookup ranks an exact address first, then addresses inside the text")
{
    District d;
    const QString g1 = addGrid(*d, d.community, d.gridCode(1), u("一"));
    const QString g2 = addGrid(*d, d.community, d.gridCode(2), u("二"));
    BuildingService bs(*d);
    const QString b2 = addBuilding(*d, g1, "2号楼", "三明南路2号");
    const QString b22 = addBuilding(*d, g2, "22号楼", "三明南路22号");
    const QString shuxiang = addBuilding(*d, g2, "书香家园49号楼", "金门路8号");

    SECTION("exact")
    {
        const QList<AddressMatch> m = bs.lookup(u("三明南路2号"));
        REQUIRE(m.size() == 1);
        CHECK(m[0].buildingId == b2);
        CHECK(m[0].gridId == g1);
        CHECK(m[0].score == 100);
        CHECK(m[0].addressText == u("三明南路2号"));
        CHECK(bs.lookup(u("青岛市市南区 三明南路２号"))[0].score == 100);
    }
    SECTION("the stored address inside a longer text")
    {
        const QList<AddressMatch> m = bs.lookup(u("三明南路2号3单元201"));
        REQUIRE(m.size() == 1);
        CHECK(m[0].buildingId == b2);
        CHECK(m[0].score >= 50);
        CHECK(m[0].score < 100);
        const QList<AddressMatch> by22 = bs.lookup(u("三明南路22号1单元101室"));
        REQUIRE(by22.size() == 1);
        CHECK(by22[0].buildingId == b22);
    }
    SECTION("2号 never matches 22号, either way")
    {
        CHECK(buildingsOf(bs.lookup(u("三明南路2号"))) == QStringList{b2});
        CHECK(buildingsOf(bs.lookup(u("三明南路22号"))) == QStringList{b22});
        CHECK(buildingsOf(bs.lookup(u("三明南路22号3单元"))) == QStringList{b22});
        CHECK(buildingsOf(bs.lookup(u("三明南路122号"))).isEmpty());
        CHECK(buildingsOf(bs.lookup(u("三明南路12号"))).isEmpty());
        // "2号楼" is a building name; it is no match for number 22 or 12 of any road.
        CHECK(buildingsOf(bs.lookup(u("香港中路12号"))).isEmpty());
    }
    SECTION("a partial text of four characters or more")
    {
        const QList<AddressMatch> m = bs.lookup(u("书香家园"));
        REQUIRE(m.size() == 1);
        CHECK(m[0].buildingId == shuxiang);
        CHECK(m[0].score < 50);
        CHECK(bs.lookup(u("书香")).isEmpty()); // too vague
        CHECK(bs.lookup(u("三明南路")).size() == 2);
        CHECK(bs.lookup(u("")).isEmpty());
        CHECK(bs.lookup(u("2")).isEmpty());
    }
    SECTION("a building alias")
    {
        const QList<AddressMatch> m = bs.lookup(u("书香家园49栋2单元"));
        REQUIRE_FALSE(m.isEmpty());
        CHECK(m[0].buildingId == shuxiang);
    }
    SECTION("longer stored addresses rank above shorter ones inside the same text")
    {
        const QString jia = addBuilding(*d, g1, "2号甲楼", "三明南路2号甲");
        const QList<AddressMatch> m = bs.lookup(u("三明南路2号甲3单元"));
        REQUIRE(m.size() == 2);
        CHECK(m[0].buildingId == jia);
        CHECK(m[1].buildingId == b2);
        CHECK(m[0].score > m[1].score);
    }
    SECTION("limit and one match per building")
    {
        for (int i = 3; i <= 9; ++i) {
            Building b;
            b.gridId = g1;
            b.name = u("三明南路小区%1号楼").arg(i);
            b.address = u("三明南路%1号").arg(i);
            must(bs.save(b));
        }
        const QList<AddressMatch> m = bs.lookup(u("三明南路"), 4);
        CHECK(m.size() == 4);
        QStringList ids = buildingsOf(m);
        ids.removeDuplicates();
        CHECK(ids.size() == 4);
    }
    SECTION("inactive buildings are not offered")
    {
        Building b = bs.building(b2).value();
        b.active = false;
        REQUIRE(bs.save(b).ok());
        CHECK(bs.lookup(u("三明南路2号")).isEmpty());
    }
}

TEST_CASE("moving a building to another grid moves its addresses")
{
    District d;
    const QString g1 = addGrid(*d, d.community, d.gridCode(1), u("一"));
    const QString g2 = addGrid(*d, d.community, d.gridCode(2), u("二"));
    BuildingService bs(*d);
    const QString b = addBuilding(*d, g1, "书香家园49号楼", "三明南路2号");
    REQUIRE(bs.addAddress(b, u("三明南路2号甲")).ok());
    Building moved = bs.building(b).value();
    moved.gridId = g2;
    REQUIRE(bs.save(moved).ok());
    CHECK(count(*d, u("SELECT count(*) FROM addresses WHERE building_id = ? AND grid_id = ?"), {b, g1}) == 0);
    CHECK(count(*d, u("SELECT count(*) FROM addresses WHERE building_id = ? AND grid_id = ?"), {b, g2}) == 3);
    CHECK(bs.lookup(u("三明南路2号甲"))[0].gridId == g2);
    CHECK(bs.lookup(u("三明南路2号"))[0].gridId == g2);
    CHECK(bs.buildings(g1).isEmpty());
    CHECK(bs.buildings(g2).size() == 1);
}

TEST_CASE("removing a building tombstones its addresses")
{
    District d;
    const QString g = addGrid(*d, d.community, d.gridCode(1), u("一"));
    BuildingService bs(*d);
    const QString b = addBuilding(*d, g, "书香家园49号楼", "三明南路2号");
    const QString other = addBuilding(*d, g, "1号楼", "三明南路1号");
    auto r = bs.remove(b);
    REQUIRE(r.ok());
    CHECK(r.value() == RemoveOutcome::Deleted);
    CHECK(raw(*d, u("buildings"), u("deleted"), b).toInt() == 1);
    CHECK(count(*d, u("SELECT count(*) FROM addresses WHERE building_id = ? AND deleted = 1"), {b}) == 2);
    CHECK(count(*d, u("SELECT count(*) FROM addresses WHERE building_id = ? AND deleted = 0"), {other}) == 2);
    CHECK(bs.addresses(b).isEmpty());
    CHECK(bs.lookup(u("三明南路2号")).isEmpty());
    CHECK(bs.buildings(g).size() == 1);
    CHECK(bs.remove(b).error().kind == ErrorKind::NotFound);

    // A new building at the same address is found again.
    const QString again = addBuilding(*d, g, "书香家园49号楼", "三明南路2号");
    REQUIRE(bs.lookup(u("三明南路2号")).size() == 1);
    CHECK(bs.lookup(u("三明南路2号"))[0].buildingId == again);
}

TEST_CASE("staff may edit buildings but not grids")
{
    District d;
    const QString g = addGrid(*d, d.community, d.gridCode(1), u("一"));
    d->setActor(actorAs(Role::Staff));
    BuildingService bs(*d);
    const QString b = addBuilding(*d, g, "1号楼", "三明南路1号");
    REQUIRE(bs.addAddress(b, u("三明南路1号甲")).ok());
    CHECK(count(*d, u("SELECT count(*) FROM audit_log WHERE row_id = ? AND operator_login = 'staff'"), {b}) == 1);
    REQUIRE(bs.remove(b).ok());

    Grid grid = GridService(*d).grid(g).value();
    grid.name = u("改名");
    auto refused = GridService(*d).save(grid);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Permission);

    d->setActor(Actor());
    Building x;
    x.gridId = g;
    x.name = u("2号楼");
    x.address = u("三明南路2号");
    auto anon = bs.save(x);
    REQUIRE_FALSE(anon.ok());
    CHECK(anon.error().kind == ErrorKind::Permission);
}
