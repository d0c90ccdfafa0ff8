// What a package's rows name, checked on the hub as an office's commit checks it
// (hub/HubReferences.h): a package of changes only, from an office whose whole the hub never
// took, is refused whole with the file, the reason and the rows named, the hub unchanged; once
// the hub holds the office's whole, the same package is taken.
#include "HubTestDb.h"
#include "cases/CaseService.h"
#include "hub/HubIngest.h"
#include "hub/HubTrust.h"
#include "test_exchange_fixture.h"

using namespace gd;
using namespace gdtest;

TEST_CASE("a package naming records the hub lacks is refused whole, with the reason", "[hub][ingest][hostile]")
{
    CaseWorld a;
    TestDb b;
    const QString dir = a.t.dir.path();
    exchange::ExportScope toB;
    toB.sinceLastTo = QStringLiteral("市北区");
    send(*a.t, *b, dir, false, toB);
    send(*b, *a.t, dir); // B confirms it
    a.t.clock->advance(60000);
    const QString caseId = must(CaseService(*a.t).registerCase(a.draft()));
    const QString delta = a.t.dir.filePath(QStringLiteral("delta.gdpkg"));
    REQUIRE(exchange::exportPackage(*a.t, delta, toB).ok());

    HubDb h;
    const auto sender = exchange::packageSender(delta);
    REQUIRE(sender.has_value());
    REQUIRE(hub::trustHubOffice(*h, *sender, sender->fingerprint).ok());
    const QByteArray before = h.digest();
    auto refused = hub::ingestPackage(*h, delta);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Data);
    CHECK(refused.message().contains(QStringLiteral("delta.gdpkg")));
    CHECK(refused.message().contains(QStringLiteral("does not have")));
    CHECK(refused.message().contains(caseId)); // the case, naming a grid the hub never took
    CHECK(h.digest() == before);
    auto ledger = h->scalar(QStringLiteral("SELECT count(*) FROM hub_ledger"));
    REQUIRE(ledger.ok());
    CHECK(ledger->toInt() == 0);

    // The office's whole first, then the same package: taken, and the hub holds what A holds.
    ingestWhole(h, *a.t, QDir(dir));
    auto taken = hub::ingestPackage(*h, delta);
    INFO(taken.message().toStdString());
    REQUIRE(taken.ok());
    CHECK(h.digest() == digestOf(*a.t));
}
