// Offices exchanging through the hub: each sends the hub its package and merges the package the
// hub makes for it (what it has not confirmed holding), and every office ends with the hub's
// digest; a package from the hub that is lost is covered by the next; peer-to-peer exchange
// alongside gives the same content.
#include "HubTestDb.h"
#include "hub/HubIngest.h"
#include "hub/HubPackage.h"
#include "hub/HubTrust.h"
#include "test_exchange_fixture.h"

using namespace gd;
using namespace gdtest;
namespace wf = gd::workflow;

namespace {

struct Through {
    HubDb &h;
    QString dir;
    int n = 0;

    // The office's package of everything, taken by the hub (its key trusted there first).
    hub::IngestReport up(Database &office)
    {
        const QString path = dir + QStringLiteral("/up-%1.gdpkg").arg(++n);
        auto written = exchange::exportPackage(office, path);
        REQUIRE(written.ok());
        return trustAndIngest(h, path);
    }
    // The hub's package for the office, written (and merged into it unless `lose`).
    hub::HubPackageReport down(Database &office, bool lose = false)
    {
        const QString path = dir + QStringLiteral("/down-%1.gdpkg").arg(++n);
        auto written = hub::writePackageFor(*h, office.siteId(), path);
        INFO(written.message().toStdString());
        REQUIRE(written.ok());
        if (!lose)
            mergeReceived(office, path);
        return *written;
    }
};

} // namespace

TEST_CASE("offices exchanging through the hub end with the hub's content, a lost package covered", "[hub][exchange]")
{
    CaseWorld a;
    TestDb b, c;
    for (TestDb *t : {&b, &c})
        t->clock->setMs(a.t.clock->nowMs());
    HubDb h;
    Through hub{h, a.t.dir.path()};
    CaseService service(*a.t);
    const QString first = must(service.registerCase(a.draft()));
    hub.up(*a.t);
    // The hub knows b and c by their packages (empty offices send their own rows: none yet but
    // the reference data every file has).
    hub.up(*b);
    hub.up(*c);

    const hub::HubPackageReport toB = hub.down(*b);
    CHECK(toB.rows > 0);
    CHECK(digestOf(*b) == h.digest());
    hub.down(*c);
    CHECK(digestOf(*c) == h.digest());

    // b works on a's case and registers its own; the hub takes b's package (which confirms the
    // hub's first package to b).
    b.clock->advance(3600 * 1000);
    CaseService bService(*b);
    REQUIRE(bService.act(first, {wf::Action::Accept}).ok());
    REQUIRE(bService.act(first, {wf::Action::Note, QStringLiteral("已联系物业")}).ok());
    hub.up(*b);
    // b's next package from the hub holds only what b has not confirmed: far less than all.
    const hub::HubPackageReport again = hub.down(*b);
    CHECK(again.rows < toB.rows);
    CHECK(digestOf(*b) == h.digest());

    // The package for a is lost on the way; a goes on working and sends; the next package for a
    // still carries everything a never confirmed.
    hub.down(*a.t, true);
    a.t.clock->setMs(b.clock->nowMs() + 60000);
    must(service.registerCase(a.draft()));
    hub.up(*a.t);
    hub.down(*a.t);
    CHECK(digestOf(*a.t) == h.digest());
    hub.down(*b);
    hub.down(*c);
    CHECK(digestOf(*b) == h.digest());
    CHECK(digestOf(*c) == h.digest());
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM cases")) == 2);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM cases WHERE state = 'accepted'")) == 1);

    // Peer to peer beside the hub: the same content.
    TestDb d;
    d.clock->setMs(a.t.clock->nowMs());
    send(*c, *d, a.t.dir.path());
    CHECK(digestOf(*d) == h.digest());
}
