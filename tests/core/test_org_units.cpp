// Handling units and their contacts (core/org/UnitService), and the plain value mapping of
// the org records (core/org/OrgTypes).
#include "org/UnitService.h"
#include "schema/Tables.h"
#include "test_org_fixture.h"

using namespace gd;
using namespace gdtest;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}
Unit heating()
{
    Unit x;
    x.name = u("热电集团市南分公司");
    x.kind = u("heating");
    x.servicePhone = u("96596");
    return x;
}
} // namespace

TEST_CASE("unit validation")
{
    District d;
    UnitService us(*d);
    const int audits = auditRows(*d);
    auto field = [&](const Unit &x) { return us.save(x).error().field; };
    CHECK(us.save(heating()).ok()); // 96596: a 5-digit service line

    Unit b = heating();
    b.name = u("另一个单位");
    b.name.clear();
    CHECK(field(b) == u("name"));
    b = heating();
    b.name = QString(61, QChar(0x5355));
    CHECK(field(b) == u("name"));
    b = heating();
    b.name = u("燃气公司");
    b.kind = u("bakery");
    CHECK(field(b) == u("kind"));
    b.kind.clear();
    CHECK(field(b) == u("kind"));
    b = heating();
    b.name = u("燃气公司");
    b.servicePhone.clear();
    CHECK(field(b) == u("service_phone"));
    b.servicePhone = u("call us");
    CHECK(field(b) == u("service_phone"));
    b.servicePhone = u("96777");
    b.address = QString(101, QChar(0x8DEF));
    CHECK(field(b) == u("address"));
    b.address.clear();
    b.streetId = u("missing");
    CHECK(field(b) == u("street_id"));
    b.streetId = d.street;
    b.name = u(" 热电集团市南分公司 "); // the unit saved above
    auto dup = us.save(b);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().kind == ErrorKind::Invalid);
    CHECK(dup.error().field == u("name"));
    CHECK(allRows(*d, u("units")) == 1);
    CHECK(auditRows(*d) == audits + 1);
}

TEST_CASE("a unit's phone is stored in its canonical form, and units list by kind")
{
    District d;
    UnitService us(*d);
    Unit water = heating();
    water.name = u("海润自来水");
    water.kind = u("water");
    water.servicePhone = u("０５３２ ９６５２４"); // not valid: 0532 + 5 digits
    CHECK(us.save(water).error().field == u("service_phone"));
    water.servicePhone = u("０５３２－８２８７１２３４");
    water.streetId = d.street;
    const QString w = must(us.save(water));
    Unit h = heating();
    h.servicePhone = u("400 123 4567");
    const QString hid = must(us.save(h));

    CHECK(us.unit(w)->servicePhone == u("0532-82871234"));
    CHECK(us.unit(w)->streetId == d.street);
    CHECK(us.unit(hid)->servicePhone == u("400-123-4567"));
    CHECK(us.unit(hid)->streetId.isEmpty());
    CHECK(raw(*d, u("units"), u("street_id"), hid).isNull()); // district-wide: NULL, not ''
    CHECK(us.units().size() == 2);
    CHECK(us.units(u("water")).size() == 1);
    CHECK(us.units(u("gas")).isEmpty());
}

TEST_CASE("unit contacts: validation and phone normalisation")
{
    District d;
    UnitService us(*d);
    const QString unit = must(us.save(heating()));
    const int audits = auditRows(*d);
    UnitContact c;
    c.unitId = unit;
    c.name = u("孙经理");
    c.role = u("客服主管");
    auto field = [&](const UnitContact &x) { return us.saveContact(x).error().field; };

    UnitContact x = c;
    x.unitId = u("missing");
    x.phone = u("13800000001");
    CHECK(field(x) == u("unit_id"));
    x = c;
    CHECK(field(x) == u("phone")); // required
    x.phone = u("1380000000");
    CHECK(field(x) == u("phone"));
    x.phone = u("13800000001");
    x.name = u(" ");
    CHECK(field(x) == u("name"));
    x.name = QString(31, QChar(0x5B59));
    CHECK(field(x) == u("name"));
    x.name = c.name;
    x.role = QString(41, QChar(0x5B59));
    CHECK(field(x) == u("role"));
    CHECK(auditRows(*d) == audits);

    c.phone = u("138 0000 0001");
    const QString id = must(us.saveContact(c));
    const QList<UnitContact> list = us.contacts(unit);
    REQUIRE(list.size() == 1);
    CHECK(list[0].id == id);
    CHECK(list[0].phone == u("13800000001"));
    CHECK(list[0].role == u("客服主管"));

    REQUIRE(us.removeContact(id).ok());
    CHECK(us.contacts(unit).isEmpty());
    CHECK(us.removeContact(id).error().kind == ErrorKind::NotFound);
}

TEST_CASE("removing a unit takes its contacts along")
{
    District d;
    UnitService us(*d);
    const QString unit = must(us.save(heating()));
    Unit gas = heating();
    gas.name = u("华润燃气");
    gas.kind = u("gas");
    const QString other = must(us.save(gas));
    for (const char *name : {"孙经理", "周师傅"}) {
        UnitContact c{{}, unit, u(name), {}, u("13800000001")};
        must(us.saveContact(c));
    }
    must(us.saveContact({{}, other, u("吴工"), {}, u("13800000002")}));

    auto r = us.remove(unit);
    REQUIRE(r.ok());
    CHECK(r.value() == RemoveOutcome::Deleted);
    CHECK(us.unit(unit).error().kind == ErrorKind::NotFound);
    CHECK(us.contacts(unit).isEmpty());
    CHECK(count(*d, u("SELECT count(*) FROM unit_contacts WHERE unit_id = ? AND deleted = 1"), {unit}) == 2);
    CHECK(us.contacts(other).size() == 1);
    // A contact cannot be added to a removed unit.
    CHECK(us.saveContact({{}, unit, u("新人"), {}, u("13800000003")}).error().field == u("unit_id"));
}

TEST_CASE("units need EditOrganisation")
{
    District d;
    UnitService us(*d);
    const QString unit = must(us.save(heating()));
    for (Role role : {Role::Staff}) {
        d->setActor(actorAs(role));
        const int audits = auditRows(*d);
        Unit x = heating();
        x.name = u("华润燃气");
        CHECK(us.save(x).error().kind == ErrorKind::Permission);
        CHECK(us.saveContact({{}, unit, u("吴工"), {}, u("13800000002")}).error().kind == ErrorKind::Permission);
        CHECK(us.remove(unit).error().kind == ErrorKind::Permission);
        CHECK(auditRows(*d) == audits);
    }
    d->setActor(actorAs(Role::Supervisor));
    Unit x = heating();
    x.name = u("华润燃气");
    CHECK(us.save(x).ok());
}

TEST_CASE("OrgTypes: values in and out")
{
    SECTION("kinds and their names")
    {
        CHECK(org::gridKinds() == QStringList{u("basic"), u("dedicated")});
        CHECK(org::gridKindName(u("basic")) == u("Basic grid"));
        CHECK(org::gridKindName(u("odd")) == u("odd"));
        CHECK(org::unitKinds().size() == 10);
        CHECK(org::unitKinds().contains(u("law_enforcement")));
        for (const QString &k : org::unitKinds()) {
            INFO(k.toStdString());
            CHECK_FALSE(org::unitKindName(k).isEmpty());
            CHECK(org::unitKindName(k) != k);
        }
        CHECK(org::unitKindName(u("odd")) == u("odd"));
    }
    SECTION("empty ids become NULL")
    {
        CHECK(org::idOrNull(QString()).isNull());
        CHECK(org::idOrNull(u("x")).toString() == u("x"));
        Grid g;
        const QVariantMap v = org::toValues(g);
        CHECK(v.value(u("worker_id")).isNull());
        CHECK(v.value(u("head_id")).isNull());
        CHECK(v.value(u("police_grid_id")).isNull());
        CHECK(v.value(u("kind")).toString() == u("basic"));
        CHECK(v.value(u("active")).toInt() == 1);
    }
    SECTION("every value maps onto the table's fields")
    {
        auto sorted = [](QStringList f) {
            f.sort();
            return f;
        };
        CHECK(org::toValues(Street()).keys() == sorted(tables::streets().fields));
        CHECK(org::toValues(Community()).keys() == sorted(tables::communities().fields));
        CHECK(org::toValues(Grid()).keys() == sorted(tables::grids().fields));
        CHECK(org::toValues(PoliceGrid()).keys() == sorted(tables::policeGrids().fields));
        CHECK(org::toValues(Building()).keys() == sorted(tables::buildings().fields));
        CHECK(org::toValues(Unit()).keys() == sorted(tables::units().fields));
        CHECK(org::toValues(UnitContact()).keys() == sorted(tables::unitContacts().fields));
    }
    SECTION("round trip, text trimmed, inactive kept")
    {
        Grid g;
        g.communityId = u("c");
        g.code = u(" 370202002001001 ");
        g.name = u(" 一 ");
        g.kind = u("dedicated");
        g.households = 12;
        g.residents = 30;
        g.elderlyPercent = 12.5;
        g.workerId = u("w");
        g.active = false;
        const Grid back = org::gridFrom(u("id"), org::toValues(g));
        CHECK(back.id == u("id"));
        CHECK(back.code == u("370202002001001"));
        CHECK(back.name == u("一"));
        CHECK(back.kind == u("dedicated"));
        CHECK(back.households == 12);
        CHECK(back.residents == 30);
        CHECK(back.elderlyPercent == Approx(12.5));
        CHECK(back.workerId == u("w"));
        CHECK(back.headId.isEmpty());
        CHECK_FALSE(back.active);

        Building b{{}, u("g"), u(" 1号楼 "), u(" 三明南路1号 "), 20, false};
        const Building bb = org::buildingFrom(u("b"), org::toValues(b));
        CHECK(bb.name == u("1号楼"));
        CHECK(bb.address == u("三明南路1号"));
        CHECK(bb.households == 20);
        CHECK_FALSE(bb.active);
        // A row read without an active column counts as active.
        CHECK(org::streetFrom(u("s"), {{u("code"), u("370202001")}}).active);
    }
}
