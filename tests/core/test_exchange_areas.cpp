// A trusted office's changes stay inside its area (issue 15 §2): a street office trusted for its
// street changes its own cases and grids, and a package that changes another street's rows, moves
// a grid into its street, or relays a change made outside its origin's area is refused whole.
#include "cases/CaseService.h"
#include "test_exchange_fixture.h"

#include <catch2/catch.hpp>

using namespace gd;
using namespace gdtest;

namespace {

// The district (CaseWorld's street 370202002 with a case, and street 370202003 with its own grid)
// and a street office of 370202002 that holds everything; the district trusts the street office
// for its street only.
struct Areas {
    CaseWorld district;
    TestDb street;
    QString otherGrid, otherCommunity, caseId;
    int n = 0;

    Areas()
    {
        Database &d = *district.t;
        const QString street2 = addStreet(d, QStringLiteral("370202003"), QStringLiteral("湛山街道"));
        otherCommunity = addCommunity(d, street2, QStringLiteral("370202003001"), QStringLiteral("湛山社区"));
        otherGrid = addGrid(d, otherCommunity, QStringLiteral("370202003001001"), QStringLiteral("湛山社区第1网格"));
        caseId = must(CaseService(d).registerCase(district.draft()));
        sendPackage(d, *street, path());
        street.clock->setMs(d.nowMs() + 1000);
    }
    QString path() { return district.t.dir.filePath(QStringLiteral("p%1.gdpkg").arg(++n)); }
    // The street office's package, trusted by the district for `scope`.
    QString fromStreet(const QString &scope = QStringLiteral("street:370202002"))
    {
        const QString p = path();
        REQUIRE(exchange::exportPackage(*street, p).ok());
        trustWithScope(*district.t, p, scope);
        return p;
    }
    static void trustWithScope(Database &into, const QString &package, const QString &scope)
    {
        std::optional<exchange::TrustedOffice> sender = exchange::packageSender(package);
        REQUIRE(sender.has_value());
        sender->scope = exchange::TrustScope::parse(scope).value();
        REQUIRE(exchange::trustOffice(into, *sender, sender->fingerprint).ok());
    }
    Result<exchange::MergeReport> merge(const QString &package)
    {
        // The PCs agree on the date (receiveFrom would trust the sender for the whole district).
        const qint64 sent = HybridClock::physicalMs(exchange::PackageReader::claimed(package).sourceHlc);
        if (district.t.clock->nowMs() < sent)
            district.t.clock->setMs(sent);
        auto reader = exchange::PackageReader::open(package, *district.t);
        REQUIRE(reader.ok());
        return exchange::mergePackage(*district.t, **reader, false);
    }
};

} // namespace

TEST_CASE("a street office's changes inside its street are merged", "[exchange][areas]")
{
    Areas a;
    edit(*a.street, tables::cases(), a.caseId, {{QStringLiteral("request"), QStringLiteral("尽快修好")}});
    const QString p = a.fromStreet();
    const auto merged = a.merge(p);
    INFO(merged.message().toStdString());
    REQUIRE(merged.ok());
    CHECK(text(*a.district.t, QStringLiteral("SELECT request FROM cases WHERE id = '%1'").arg(a.caseId)) ==
          QStringLiteral("尽快修好"));
}

TEST_CASE("a package changing another street's rows is refused whole, naming them", "[exchange][areas]")
{
    Areas a;
    const QByteArray before = digestOf(*a.district.t);
    SECTION("an edit of the other street's grid")
    {
        edit(*a.street, tables::grids(), a.otherGrid, {{QStringLiteral("name"), QStringLiteral("改名")}});
        edit(*a.street, tables::cases(), a.caseId, {{QStringLiteral("request"), QStringLiteral("尽快修好")}});
        const auto merged = a.merge(a.fromStreet());
        REQUIRE_FALSE(merged.ok());
        CHECK(merged.error().kind == ErrorKind::Data);
        CHECK(merged.message().contains(a.otherGrid));
        CHECK(merged.message().contains(QStringLiteral("grids")));
    }
    SECTION("the other street's grid moved into its own community")
    {
        const QString own = text(*a.street, QStringLiteral("SELECT id FROM communities WHERE code = '370202002001'"));
        edit(*a.street, tables::grids(), a.otherGrid, {{QStringLiteral("community_id"), own}});
        const auto merged = a.merge(a.fromStreet());
        REQUIRE_FALSE(merged.ok());
        CHECK(merged.message().contains(a.otherGrid));
    }
    SECTION("a deletion of the other street's community")
    {
        Transaction tx(*a.street);
        REQUIRE(RowStore(*a.street).tombstone(tables::communities(), a.otherCommunity).ok());
        REQUIRE(tx.commit().ok());
        const auto merged = a.merge(a.fromStreet());
        REQUIRE_FALSE(merged.ok());
        CHECK(merged.message().contains(a.otherCommunity));
    }
    CHECK(digestOf(*a.district.t) == before);
    SECTION("the same package from an office trusted for the district is merged")
    {
        edit(*a.street, tables::grids(), a.otherGrid, {{QStringLiteral("name"), QStringLiteral("改名")}});
        CHECK(a.merge(a.fromStreet(QStringLiteral("district"))).ok());
    }
}

TEST_CASE("a relayed change is held to the area of the office that made it", "[exchange][areas]")
{
    Areas a;
    // A grid office (trusted by the district for the other street's grid only) changes a case of
    // street 370202002 and sends it to the street office, which relays it to the district.
    TestDb gridOffice;
    sendPackage(*a.street, *gridOffice, a.path());
    gridOffice.clock->setMs(a.street.clock->nowMs() + 1000);
    edit(*gridOffice, tables::cases(), a.caseId, {{QStringLiteral("request"), QStringLiteral("网格转来")}});
    const QString fromGrid = a.path();
    REQUIRE(exchange::exportPackage(*gridOffice, fromGrid).ok());
    Areas::trustWithScope(*a.district.t, fromGrid, QStringLiteral("grid:370202003001001"));
    a.street.clock->setMs(gridOffice.clock->nowMs() + 1000);
    sendPackage(*gridOffice, *a.street, a.path());
    const auto relayed = a.merge(a.fromStreet());
    REQUIRE_FALSE(relayed.ok());
    CHECK(relayed.message().contains(a.caseId));
    CHECK(relayed.message().contains(QStringLiteral("370202003001001")));
}

TEST_CASE("an area is checked row by row: its cases' events and the workers who handle its cases are inside",
          "[exchange][areas]")
{
    Areas a;
    Database &d = *a.district.t;
    // A case of the other street, a worker of the other street who handles the street's case,
    // and one who has nothing to do with it.
    Case other = a.district.draft();
    other.gridId = a.otherGrid;
    other.buildingId.clear();
    const QString otherCase = must(CaseService(d).registerCase(other));
    const QString handler = addWorker(d, QStringLiteral("王海"), QStringLiteral("13953200071"),
                                      QStringLiteral("full_time"), {}, a.otherCommunity);
    const QString stranger = addWorker(d, QStringLiteral("赵敏"), QStringLiteral("13953200072"),
                                       QStringLiteral("full_time"), {}, a.otherCommunity);
    REQUIRE(CaseService(d).act(a.caseId, {workflow::Action::Accept}).ok());
    REQUIRE(CaseService(d).act(a.caseId, {workflow::Action::Dispatch, {}, workflow::Handler{handler, {}}}).ok());
    sendPackage(d, *a.street, a.path());
    a.street.clock->setMs(d.nowMs() + 1000);
    const QByteArray before = digestOf(d);

    SECTION("a note on its own case and an edit of its case's handler are merged")
    {
        REQUIRE(CaseService(*a.street).act(a.caseId, {workflow::Action::Note, QStringLiteral("已电话联系")}).ok());
        edit(*a.street, tables::workers(), handler, {{QStringLiteral("name"), QStringLiteral("王海涛")}});
        const auto merged = a.merge(a.fromStreet());
        INFO(merged.message().toStdString());
        REQUIRE(merged.ok());
        CHECK(text(d, QStringLiteral("SELECT name FROM workers WHERE id = '%1'").arg(handler)) ==
              QStringLiteral("王海涛"));
    }
    SECTION("a note on the other street's case is refused, naming the event")
    {
        REQUIRE(CaseService(*a.street).act(otherCase, {workflow::Action::Note, QStringLiteral("越界")}).ok());
        const QString note = text(*a.street, QStringLiteral("SELECT id FROM case_events WHERE case_id = '%1' AND "
                                                            "action = 'note'")
                                                 .arg(otherCase));
        const auto merged = a.merge(a.fromStreet());
        REQUIRE_FALSE(merged.ok());
        CHECK(merged.message().contains(QStringLiteral("case_events")));
        CHECK(merged.message().contains(note));
        CHECK(digestOf(d) == before);
    }
    SECTION("an edit of a worker of the other street who handles none of its cases is refused")
    {
        edit(*a.street, tables::workers(), stranger, {{QStringLiteral("name"), QStringLiteral("赵敏敏")}});
        const auto merged = a.merge(a.fromStreet());
        REQUIRE_FALSE(merged.ok());
        CHECK(merged.message().contains(stranger));
        CHECK(merged.message().contains(QStringLiteral("workers")));
        CHECK(digestOf(d) == before);
    }
}
