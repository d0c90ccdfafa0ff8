// Streets and communities (core/org/HierarchyService): codes under the district code,
// duplicates, removal that deactivates what is referenced, and no write on a refusal.
#include "org/PoliceGridService.h"
#include "org/UnitService.h"
#include "storage/Transaction.h"
#include "test_org_fixture.h"

using namespace gd;
using namespace gdtest;

TEST_CASE("street code: 9 digits under the district code 370202")
{
    TestDb t;
    HierarchyService h(*t);
    CHECK(h.districtCode() == QStringLiteral("370202"));

    Street s;
    s.name = QStringLiteral("香港中路");
    for (const char *bad : {"", "37020201", "3702020010", "37020200x", "370203001", "１２３４５６７８９"}) {
        INFO(bad);
        s.code = QString::fromUtf8(bad);
        const int before = auditRows(*t);
        auto r = h.saveStreet(s);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Invalid);
        CHECK(r.error().field == QStringLiteral("code"));
        CHECK(r.message().startsWith(QStringLiteral("Street code")));
        CHECK(auditRows(*t) == before);
    }
    CHECK(allRows(*t, QStringLiteral("streets")) == 0);

    s.code = QStringLiteral(" 370202001 ");
    const QString id = must(h.saveStreet(s));
    auto back = h.street(id);
    REQUIRE(back.ok());
    CHECK(back->code == QStringLiteral("370202001")); // stored trimmed
    CHECK(back->name == QStringLiteral("香港中路"));
    CHECK(back->active);
}

TEST_CASE("the district code is an office setting")
{
    TestDb t;
    {
        Transaction tx(*t);
        REQUIRE(t->setMeta(QStringLiteral("district_code"), QStringLiteral("370203")).ok());
        REQUIRE(tx.commit().ok());
    }
    HierarchyService h(*t);
    CHECK(h.districtCode() == QStringLiteral("370203"));
    Street s{{}, QStringLiteral("370202001"), QStringLiteral("香港中路")};
    CHECK_FALSE(h.saveStreet(s).ok());
    s.code = QStringLiteral("370203001");
    CHECK(h.saveStreet(s).ok());
}

TEST_CASE("street name: required, at most 40 characters")
{
    TestDb t;
    HierarchyService h(*t);
    Street s{{}, QStringLiteral("370202001"), QStringLiteral("   ")};
    auto r = h.saveStreet(s);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("name"));
    s.name = QString(41, QChar(0x8DEF));
    CHECK(h.saveStreet(s).error().field == QStringLiteral("name"));
    s.name = QString(40, QChar(0x8DEF));
    CHECK(h.saveStreet(s).ok());
}

TEST_CASE("duplicate street code or name is refused, an edit of the same street is not")
{
    TestDb t;
    HierarchyService h(*t);
    const QString first = addStreet(*t, QStringLiteral("370202001"), QStringLiteral("香港中路"));
    const int audits = auditRows(*t);

    auto sameCode = h.saveStreet({{}, QStringLiteral("370202001"), QStringLiteral("八大关")});
    REQUIRE_FALSE(sameCode.ok());
    CHECK(sameCode.error().kind == ErrorKind::Invalid);
    CHECK(sameCode.error().field == QStringLiteral("code"));
    CHECK(sameCode.message().contains(QStringLiteral("370202001")));

    auto sameName = h.saveStreet({{}, QStringLiteral("370202002"), QStringLiteral(" 香港中路 ")});
    REQUIRE_FALSE(sameName.ok());
    CHECK(sameName.error().kind == ErrorKind::Invalid);
    CHECK(sameName.error().field == QStringLiteral("name"));
    CHECK(auditRows(*t) == audits);
    CHECK(allRows(*t, QStringLiteral("streets")) == 1);

    // Saving the street itself again (same code and name) is no clash.
    auto again = h.saveStreet({first, QStringLiteral("370202001"), QStringLiteral("香港中路")});
    CHECK(again.ok());
    CHECK(auditRows(*t) == audits); // and no change either

    // A tombstoned street frees its code and name.
    REQUIRE(h.removeStreet(first).ok());
    CHECK(h.saveStreet({{}, QStringLiteral("370202001"), QStringLiteral("香港中路")}).ok());
}

TEST_CASE("editing a street that does not exist is NotFound")
{
    TestDb t;
    HierarchyService h(*t);
    auto r = h.saveStreet({QStringLiteral("0190a0b0-0000-7000-8000-000000000000"), QStringLiteral("370202001"),
                           QStringLiteral("香港中路")});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::NotFound);
    CHECK(allRows(*t, QStringLiteral("streets")) == 0);
}

TEST_CASE("community code starts with its street's code")
{
    TestDb t;
    HierarchyService h(*t);
    const QString s1 = addStreet(*t, QStringLiteral("370202002"), QStringLiteral("八大关"));
    const int audits = auditRows(*t);

    Community c;
    c.streetId = s1;
    c.name = QStringLiteral("红岛路");
    for (const char *bad : {"370202001001", "37020200200", "3702020020011", "370202002ab1"}) {
        INFO(bad);
        c.code = QString::fromUtf8(bad);
        auto r = h.saveCommunity(c);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Invalid);
        CHECK(r.error().field == QStringLiteral("code"));
        CHECK(r.message().startsWith(QStringLiteral("Community code")));
    }
    c.code = QStringLiteral("370202002001");
    c.streetId = QStringLiteral("no-such-street");
    auto orphan = h.saveCommunity(c);
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().field == QStringLiteral("street_id"));
    CHECK(auditRows(*t) == audits);

    c.streetId = s1;
    c.phone = QStringLiteral("0532 82871234");
    const QString id = must(h.saveCommunity(c));
    auto back = h.community(id);
    REQUIRE(back.ok());
    CHECK(back->streetId == s1);
    CHECK(back->phone == QStringLiteral("0532-82871234")); // kept in its canonical form
    // Fields left empty are stored as '' (the columns are NOT NULL), never as NULL.
    CHECK(raw(*t, QStringLiteral("communities"), QStringLiteral("address"), id).toString() == QString());
    CHECK_FALSE(raw(*t, QStringLiteral("communities"), QStringLiteral("address"), id).isNull());
    CHECK_FALSE(raw(*t, QStringLiteral("communities"), QStringLiteral("wechat"), id).isNull());
    CHECK(h.communities(s1).size() == 1);
    CHECK(h.communities().size() == 1);
}

TEST_CASE("community fields: office phone optional but valid, lengths")
{
    TestDb t;
    HierarchyService h(*t);
    const QString s1 = addStreet(*t, QStringLiteral("370202002"), QStringLiteral("八大关"));
    Community c{{}, s1, QStringLiteral("370202002001"), QStringLiteral("红岛路"), {}, {}, {}, true, {}, {}};
    c.phone = QStringLiteral("8287123");
    CHECK(h.saveCommunity(c).error().field == QStringLiteral("phone"));
    c.phone.clear();
    c.address = QString(101, QChar(0x8DEF));
    CHECK(h.saveCommunity(c).error().field == QStringLiteral("address"));
    c.address.clear();
    c.wechat = QString(61, QLatin1Char('w'));
    CHECK(h.saveCommunity(c).error().field == QStringLiteral("wechat"));
    c.wechat.clear();
    c.name = QString(41, QChar(0x8DEF));
    CHECK(h.saveCommunity(c).error().field == QStringLiteral("name"));
    CHECK(allRows(*t, QStringLiteral("communities")) == 0);
}

TEST_CASE("community names are unique within a street, not across streets")
{
    TestDb t;
    HierarchyService h(*t);
    const QString s1 = addStreet(*t, QStringLiteral("370202002"), QStringLiteral("八大关"));
    const QString s2 = addStreet(*t, QStringLiteral("370202003"), QStringLiteral("湛山"));
    addCommunity(*t, s1, QStringLiteral("370202002001"), QStringLiteral("湛山"));

    const int audits = auditRows(*t);
    auto dup =
        h.saveCommunity({{}, s1, QStringLiteral("370202002002"), QStringLiteral("湛山"), {}, {}, {}, true, {}, {}});
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().kind == ErrorKind::Invalid);
    CHECK(dup.error().field == QStringLiteral("name"));
    CHECK(dup.message().contains(QStringLiteral("八大关")));
    CHECK(auditRows(*t) == audits);

    // The same name in another street is another community.
    CHECK(h.saveCommunity({{}, s2, QStringLiteral("370202003001"), QStringLiteral("湛山"), {}, {}, {}, true, {}, {}})
              .ok());
    // A code is unique everywhere.
    auto dupCode =
        h.saveCommunity({{}, s1, QStringLiteral("370202002001"), QStringLiteral("三明路"), {}, {}, {}, true, {}, {}});
    REQUIRE_FALSE(dupCode.ok());
    CHECK(dupCode.error().field == QStringLiteral("code"));
}

TEST_CASE("a community moved to another street must take a code under that street")
{
    District d;
    HierarchyService h(*d);
    Community c = h.community(d.community).value();
    c.streetId = d.street2;
    auto r = h.saveCommunity(c);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("code"));
    c.code = QStringLiteral("370202003009");
    CHECK(h.saveCommunity(c).ok());
    CHECK(h.communities(d.street2).size() == 2);
    CHECK(h.communities(d.street).isEmpty());
}

TEST_CASE("removing a street: deactivated while referenced, tombstoned when not")
{
    District d;
    HierarchyService h(*d);

    SECTION("referenced by a community")
    {
        auto r = h.removeStreet(d.street);
        REQUIRE(r.ok());
        CHECK(r.value() == RemoveOutcome::Deactivated);
        CHECK(raw(*d, QStringLiteral("streets"), QStringLiteral("active"), d.street).toInt() == 0);
        CHECK(raw(*d, QStringLiteral("streets"), QStringLiteral("deleted"), d.street).toInt() == 0);
        auto s = h.street(d.street);
        REQUIRE(s.ok());
        CHECK_FALSE(s->active);
    }
    SECTION("referenced by a police grid only")
    {
        const QString lone = addStreet(*d, QStringLiteral("370202009"), QStringLiteral("金湖路"));
        PoliceGrid p{{}, lone, QStringLiteral("JG-009"), QStringLiteral("金湖路警格"), {}, {}};
        must(PoliceGridService(*d).save(p));
        CHECK(h.removeStreet(lone).value() == RemoveOutcome::Deactivated);
    }
    SECTION("referenced by a unit only")
    {
        const QString lone = addStreet(*d, QStringLiteral("370202009"), QStringLiteral("金湖路"));
        Unit u{{},
               QStringLiteral("金湖路执法中队"),
               QStringLiteral("law_enforcement"),
               QStringLiteral("0532-82871234"),
               {},
               lone};
        must(UnitService(*d).save(u));
        CHECK(h.removeStreet(lone).value() == RemoveOutcome::Deactivated);
    }
    SECTION("not referenced")
    {
        const QString lone = addStreet(*d, QStringLiteral("370202009"), QStringLiteral("金湖路"));
        auto r = h.removeStreet(lone);
        REQUIRE(r.ok());
        CHECK(r.value() == RemoveOutcome::Deleted);
        CHECK(raw(*d, QStringLiteral("streets"), QStringLiteral("deleted"), lone).toInt() == 1);
        CHECK(h.street(lone).error().kind == ErrorKind::NotFound);
        CHECK(h.streets().size() == 2);
    }
    SECTION("referenced only by a tombstoned community")
    {
        const QString lone = addStreet(*d, QStringLiteral("370202009"), QStringLiteral("金湖路"));
        const QString c = addCommunity(*d, lone, QStringLiteral("370202009001"), QStringLiteral("金湖"));
        REQUIRE(h.removeCommunity(c).value() == RemoveOutcome::Deleted);
        CHECK(h.removeStreet(lone).value() == RemoveOutcome::Deleted);
    }
    SECTION("a street that does not exist")
    {
        auto r = h.removeStreet(QStringLiteral("nope"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::NotFound);
    }
}

TEST_CASE("removing a community: deactivated while a grid or worker refers to it")
{
    District d;
    HierarchyService h(*d);

    SECTION("a grid")
    {
        addGrid(*d, d.community, d.gridCode(1), QStringLiteral("红岛路第一网格"));
        CHECK(h.removeCommunity(d.community).value() == RemoveOutcome::Deactivated);
        CHECK(raw(*d, QStringLiteral("communities"), QStringLiteral("active"), d.community).toInt() == 0);
        CHECK(raw(*d, QStringLiteral("communities"), QStringLiteral("deleted"), d.community).toInt() == 0);
        CHECK(h.communities(d.street).size() == 1); // still listed, as inactive
    }
    SECTION("a worker")
    {
        addWorker(*d, QStringLiteral("王芳"), QStringLiteral("13800000001"), QStringLiteral("volunteer"), {},
                  d.community);
        CHECK(h.removeCommunity(d.community).value() == RemoveOutcome::Deactivated);
    }
    SECTION("nothing")
    {
        CHECK(h.removeCommunity(d.community).value() == RemoveOutcome::Deleted);
        CHECK(raw(*d, QStringLiteral("communities"), QStringLiteral("deleted"), d.community).toInt() == 1);
        CHECK(h.communities(d.street).isEmpty());
        // and the street is free to go now
        CHECK(h.removeStreet(d.street).value() == RemoveOutcome::Deleted);
    }
}

TEST_CASE("a deactivated street can be reactivated by saving it active")
{
    District d;
    HierarchyService h(*d);
    REQUIRE(h.removeStreet(d.street).value() == RemoveOutcome::Deactivated);
    Street s = h.street(d.street).value();
    s.active = true;
    REQUIRE(h.saveStreet(s).ok());
    CHECK(h.street(d.street)->active);
}
