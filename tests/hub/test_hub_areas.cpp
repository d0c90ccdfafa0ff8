// An office trusted by the hub for its street changes only its street's rows, as between offices
// (tests/core/test_exchange_areas.cpp): the hub holds each package to the area of the office that
// answers for its rows, as the package has them and as the hub has them, before writing anything.
#include "HubTestDb.h"
#include "hub/HubAreaCheck.h"
#include "hub/HubIngest.h"
#include "hub/HubTrust.h"
#include "test_exchange_fixture.h"

using namespace gd;
using namespace gdtest;

namespace {

// The district (CaseWorld's street 370202002 with a case, and street 370202003 with its grid) in
// the hub, and a street office of 370202002 that holds everything; the hub trusts the district
// for all and the street office for its street only.
struct Areas {
    CaseWorld district;
    TestDb street;
    HubDb h;
    QString otherGrid, otherCommunity, caseId;
    int n = 0;

    Areas()
    {
        Database &d = *district.t;
        const QString street2 = addStreet(d, QStringLiteral("370202003"), QStringLiteral("湛山街道"));
        otherCommunity = addCommunity(d, street2, QStringLiteral("370202003001"), QStringLiteral("湛山社区"));
        otherGrid = addGrid(d, otherCommunity, QStringLiteral("370202003001001"), QStringLiteral("湛山社区第1网格"));
        caseId = must(CaseService(d).registerCase(district.draft()));
        const QString all = path();
        sendPackage(d, *street, all);
        trust(all, QStringLiteral("district"));
        auto taken = hub::ingestPackage(*h, all);
        INFO(taken.message().toStdString());
        REQUIRE(taken.ok());
        street.clock->setMs(d.nowMs() + 1000);
    }
    QString path() { return district.t.dir.filePath(QStringLiteral("p%1.gdpkg").arg(++n)); }
    void trust(const QString &package, const QString &scope)
    {
        std::optional<exchange::TrustedOffice> sender = exchange::packageSender(package);
        REQUIRE(sender.has_value());
        sender->scope = exchange::TrustScope::parse(scope).value();
        REQUIRE(hub::trustHubOffice(*h, *sender, sender->fingerprint).ok());
    }
    Result<hub::IngestReport> fromStreet(const QString &scope = QStringLiteral("street:370202002"))
    {
        const QString p = path();
        REQUIRE(exchange::exportPackage(*street, p).ok());
        trust(p, scope);
        return hub::ingestPackage(*h, p);
    }
};

} // namespace

TEST_CASE("the hub takes a street office's changes inside its street", "[hub][areas]")
{
    Areas a;
    edit(*a.street, tables::cases(), a.caseId, {{QStringLiteral("request"), QStringLiteral("尽快修好")}});
    auto taken = a.fromStreet();
    INFO(taken.message().toStdString());
    REQUIRE(taken.ok());
    CHECK(taken->tables.value(QStringLiteral("cases")).updated == 1);
}

TEST_CASE("the hub refuses a package changing another street's rows, naming them, and is unchanged", "[hub][areas]")
{
    Areas a;
    const QByteArray before = a.h.digest();
    SECTION("an edit of the other street's grid")
    {
        edit(*a.street, tables::grids(), a.otherGrid, {{QStringLiteral("name"), QStringLiteral("改名")}});
        edit(*a.street, tables::cases(), a.caseId, {{QStringLiteral("request"), QStringLiteral("尽快修好")}});
        auto taken = a.fromStreet();
        REQUIRE_FALSE(taken.ok());
        CHECK(taken.error().kind == ErrorKind::Data);
        CHECK(taken.message().contains(a.otherGrid));
        CHECK(taken.message().contains(QStringLiteral("grids")));
    }
    SECTION("the other street's grid moved into its own community")
    {
        const QString own = text(*a.street, QStringLiteral("SELECT id FROM communities WHERE code = '370202002001'"));
        edit(*a.street, tables::grids(), a.otherGrid, {{QStringLiteral("community_id"), own}});
        auto taken = a.fromStreet();
        REQUIRE_FALSE(taken.ok());
        CHECK(taken.message().contains(a.otherGrid));
    }
    SECTION("a deletion of the other street's community")
    {
        Transaction tx(*a.street);
        REQUIRE(RowStore(*a.street).tombstone(tables::communities(), a.otherCommunity).ok());
        REQUIRE(tx.commit().ok());
        auto taken = a.fromStreet();
        REQUIRE_FALSE(taken.ok());
        CHECK(taken.message().contains(a.otherCommunity));
    }
    CHECK(a.h.digest() == before);
    SECTION("the same package from an office trusted for the district is taken")
    {
        edit(*a.street, tables::grids(), a.otherGrid, {{QStringLiteral("name"), QStringLiteral("改名")}});
        CHECK(a.fromStreet(QStringLiteral("district")).ok());
    }
}
