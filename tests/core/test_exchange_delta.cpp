// Packages of what changed since the last one sent to an office (exchange/PeerWatermarks.h): the
// first holds everything, the next only the changes, a merge that brings older edits makes the
// next package carry them, and a package naming rows the file lacks is refused with a message.
#include "TrustSender.h"
#include "exchange/PeerWatermarks.h"
#include "schema/Tables.h"
#include "test_case_world.h"
#include "test_exchange_fixture.h"

using namespace gd;
using namespace gdtest;

namespace {

qint64 rowsOf(const exchange::ExportReport &r, const QString &table)
{
    for (const exchange::TableDigest &t : r.tables)
        if (t.table == table)
            return t.rows;
    return -1;
}

qint64 totalRows(const exchange::ExportReport &r)
{
    qint64 n = 0;
    for (const exchange::TableDigest &t : r.tables)
        n += t.rows;
    return n;
}

exchange::ExportScope to(const QString &office)
{
    exchange::ExportScope s;
    s.sinceLastTo = office;
    return s;
}

} // namespace

TEST_CASE("a package since the last one sent holds only what changed since", "[exchange][delta]")
{
    CaseWorld a;
    CaseService cases(*a.t);
    must(cases.registerCase(a.draft()));
    TestDb b;
    const QString dir = a.t.dir.path();

    exchange::ExportReport first, second, third, unconfirmed;
    send(*a.t, *b, dir, false, to(QStringLiteral("市北区")), &first);
    CHECK(digestOf(*b) == digestOf(*a.t));
    CHECK(rowsOf(first, QStringLiteral("cases")) == 1);
    CHECK(rowsOf(first, QStringLiteral("calendar_days")) > 50); // the first one: everything

    // Until B confirms it merged the first, the next carries everything again.
    send(*a.t, *b, dir, false, to(QStringLiteral("市北区")), &unconfirmed);
    CHECK(totalRows(unconfirmed) == totalRows(first));
    send(*b, *a.t, dir); // B's package names what B merged

    // One street renamed, one case registered with its event: only those travel.
    a.t.clock->advance(60000);
    rename(*a.t, text(*a.t, QStringLiteral("SELECT id FROM streets")), QStringLiteral("八大关街道办事处"));
    must(cases.registerCase(a.draft()));
    send(*a.t, *b, dir, false, to(QStringLiteral("市北区")), &second);
    CHECK(rowsOf(second, QStringLiteral("streets")) == 1);
    CHECK(rowsOf(second, QStringLiteral("cases")) == 1);
    CHECK(rowsOf(second, QStringLiteral("case_events")) == 1);
    CHECK(rowsOf(second, QStringLiteral("calendar_days")) == 0);
    CHECK(digestOf(*b) == digestOf(*a.t));

    // Nothing changed (and B confirmed the second): an empty package. Another office's watermark
    // is its own: everything.
    send(*b, *a.t, dir);
    send(*a.t, *b, dir, false, to(QStringLiteral("市北区")), &third);
    CHECK(totalRows(third) == 0);
    TestDb c;
    a.t.clock->advance(1000);
    exchange::ExportReport toC;
    send(*a.t, *c, dir, false, to(QStringLiteral("李沧区")), &toC);
    CHECK(totalRows(toC) == totalRows(first) + 2);
    auto peers = exchange::knownPeers(*a.t);
    REQUIRE(peers.ok());
    CHECK(peers->size() == 2);
    CHECK(peers->first() == QStringLiteral("李沧区")); // newest first
}

TEST_CASE("an older edit merged after a package was sent goes with the next one", "[exchange][delta]")
{
    CaseWorld a;
    TestDb c, peer;
    const QString dir = a.t.dir.path();
    send(*a.t, *c, dir);
    send(*a.t, *peer, dir, false, to(QStringLiteral("区中心")));
    const QString community = text(*a.t, QStringLiteral("SELECT id FROM communities"));

    // C edits the address first (its clock is behind), A the phone later: neither has seen the other.
    c.clock->setMs(a.t.clock->nowMs() + 1000);
    edit(*c, tables::communities(), community, {{QStringLiteral("address"), QStringLiteral("红岛路5号")}});
    a.t.clock->setMs(a.t.clock->nowMs() + 5000);
    edit(*a.t, tables::communities(), community, {{QStringLiteral("phone"), QStringLiteral("0532-82861234")}});
    send(*a.t, *peer, dir, false, to(QStringLiteral("区中心")));

    // C's edit reaches A: the row's last edit is still A's, already sent; it must go again.
    const exchange::MergeReport fromC = send(*c, *a.t, dir);
    CHECK(fromC.tables.value(QStringLiteral("communities")).updated == 1);
    CHECK(fromC.tables.value(QStringLiteral("communities")).conflicts == 0);
    exchange::ExportReport relay;
    send(*a.t, *peer, dir, false, to(QStringLiteral("区中心")), &relay);
    CHECK(rowsOf(relay, QStringLiteral("communities")) == 1);
    CHECK(text(*peer, QStringLiteral("SELECT address FROM communities")) == QStringLiteral("红岛路5号"));
    CHECK(digestOf(*peer) == digestOf(*a.t));
}

TEST_CASE("a package naming records the file lacks is refused whole, with the reason", "[exchange][delta]")
{
    CaseWorld a;
    TestDb b, fresh;
    const QString dir = a.t.dir.path();
    send(*a.t, *b, dir, false, to(QStringLiteral("市北区")));
    send(*b, *a.t, dir); // B confirms it
    a.t.clock->advance(60000);
    must(CaseService(*a.t).registerCase(a.draft()));
    const QString path = a.t.dir.filePath(QStringLiteral("delta.gdpkg"));
    REQUIRE(exchange::exportPackage(*a.t, path, to(QStringLiteral("市北区"))).ok());

    // The office it was meant for takes it; one that never had A's grid cannot.
    const QByteArray before = digestOf(*fresh);
    gdtest::receiveFrom(*fresh, path);
    auto package = exchange::PackageReader::open(path, *fresh);
    REQUIRE(package.ok());
    auto refused = exchange::mergePackage(*fresh, **package, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Data);
    CHECK(refused.message().contains(QStringLiteral("delta.gdpkg")));
    CHECK(refused.message().contains(QStringLiteral("does not have")));
    CHECK(digestOf(*fresh) == before);
    CHECK(scalar(*fresh, QStringLiteral("SELECT count(*) FROM exchange_ledger")) == 0);

    gdtest::receiveFrom(*b, path);
    auto intoB = exchange::PackageReader::open(path, *b);
    REQUIRE(intoB.ok());
    REQUIRE(exchange::mergePackage(*b, **intoB, false).ok());
    CHECK(digestOf(*b) == digestOf(*a.t));
}

TEST_CASE("a package of changes lost on the way is covered by the next, and the peer's state says so",
          "[exchange][delta]")
{
    CaseWorld a;
    CaseService cases(*a.t);
    TestDb b;
    const QString dir = a.t.dir.path();
    const exchange::ExportScope toB = to(QStringLiteral("市北区"));
    send(*a.t, *b, dir, false, toB);
    send(*b, *a.t, dir);
    auto status = [&] {
        auto s = exchange::peerStatuses(*a.t);
        REQUIRE(s.ok());
        REQUIRE(s->size() == 1);
        return s->first();
    };
    CHECK(status().ackedMs > 0);
    CHECK(status().unacknowledged == 0);
    CHECK(*exchange::waitingRows(*a.t, toB) == 0);

    // A registers a case and sends it; the USB stick is lost.
    a.t.clock->advance(60000);
    must(cases.registerCase(a.draft()));
    CHECK(*exchange::waitingRows(*a.t, toB) == 2); // the case and its event
    const QString lost = a.t.dir.filePath(QStringLiteral("lost.gdpkg"));
    REQUIRE(exchange::exportPackage(*a.t, lost, toB).ok());
    CHECK(status().unacknowledged == 1);
    CHECK(*exchange::waitingRows(*a.t, toB) == 2); // sent is not had

    // A registers another; the next package carries both, and B ends equal to A.
    a.t.clock->advance(60000);
    must(cases.registerCase(a.draft()));
    exchange::ExportReport next;
    send(*a.t, *b, dir, false, toB, &next);
    CHECK(rowsOf(next, QStringLiteral("cases")) == 2);
    CHECK(rowsOf(next, QStringLiteral("case_events")) == 2);
    CHECK(digestOf(*b) == digestOf(*a.t));
    CHECK(status().unacknowledged == 2);

    // B's next package confirms the second: the lost one needs nothing more either.
    send(*b, *a.t, dir);
    CHECK(status().unacknowledged == 0);
    CHECK(*exchange::waitingRows(*a.t, toB) == 0);
    // The lost package found later merges as a no-op.
    receiveFrom(*b, lost);
    auto late = exchange::PackageReader::open(lost, *b);
    REQUIRE(late.ok());
    REQUIRE(exchange::mergePackage(*b, **late, false).ok());
    CHECK(digestOf(*b) == digestOf(*a.t));
}

TEST_CASE("watermarks round-trip as JSON and stamps past 2^53 survive", "[exchange][delta]")
{
    exchange::SiteMarks marks{{QStringLiteral("site-a"), (qint64(1) << 60) + 3}, {QStringLiteral("site-b"), -1}};
    CHECK(exchange::parseMarks(exchange::marksJson(marks)) == marks);
    CHECK(exchange::parseMarks(QStringLiteral("not json")).isEmpty());
}

TEST_CASE("watermarks a merge lowered while a package was being written stay lowered", "[exchange][delta]")
{
    TestDb db;
    const QString peer = QStringLiteral("八大关街道办事处"), scope = QStringLiteral("{}");
    auto acked = [&] {
        return exchange::parseMarks(
            text(*db, QStringLiteral("SELECT acked_marks FROM exchange_peers WHERE peer = '%1'").arg(peer)));
    };
    auto delivered = [&](const char *content) {
        return exchange::parseMarks(text(
            *db, QStringLiteral("SELECT marks FROM exchange_sent WHERE content = '%1'").arg(QLatin1String(content))));
    };
    auto confirm = [&](const char *content) {
        Transaction tx(*db);
        REQUIRE(exchange::applyAcks(*db, {QLatin1String(content)}, QStringLiteral("peer-site")).ok());
        REQUIRE(tx.commit().ok());
    };
    const exchange::SiteMarks first{{QStringLiteral("A"), 200}, {QStringLiteral("B"), 50}};
    REQUIRE(exchange::recordSent(*db, peer, scope, {}, first, QStringLiteral("h1")).ok());
    CHECK(acked().isEmpty()); // sent is not had
    confirm("h1");
    CHECK(acked() == first);

    // The next package is written from `first`, raising A to 300 and B to 60; meanwhile another
    // program merges into the file an edit of site A stamped 81, lowering A to 80.
    {
        Transaction tx(*db);
        REQUIRE(exchange::lowerMarks(*db, {{QStringLiteral("A"), 81}}).ok());
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(acked().value(QStringLiteral("A")) == 80);
    REQUIRE(exchange::recordSent(*db, peer, scope, first, {{QStringLiteral("A"), 300}, {QStringLiteral("B"), 60}},
                                 QStringLiteral("h2"))
                .ok());
    // What the package delivers keeps A below the merged edit, so it goes with the next package;
    // B, untouched, moves on once the peer confirms it.
    CHECK(delivered("h2").value(QStringLiteral("A")) == 80);
    CHECK(delivered("h2").value(QStringLiteral("B")) == 60);
    confirm("h2");
    CHECK(acked() == exchange::SiteMarks{{QStringLiteral("A"), 80}, {QStringLiteral("B"), 60}});

    // Nothing happened meanwhile: the package's marks are taken as they are.
    REQUIRE(exchange::recordSent(*db, peer, scope, acked(), {{QStringLiteral("A"), 310}, {QStringLiteral("B"), 61}},
                                 QStringLiteral("h3"))
                .ok());
    CHECK(delivered("h3") == exchange::SiteMarks{{QStringLiteral("A"), 310}, {QStringLiteral("B"), 61}});
    // A merge lowers what packages not yet confirmed deliver too.
    {
        Transaction tx(*db);
        REQUIRE(exchange::lowerMarks(*db, {{QStringLiteral("B"), 55}}).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(delivered("h3").value(QStringLiteral("B")) == 54);
    confirm("h3");
    CHECK(acked() == exchange::SiteMarks{{QStringLiteral("A"), 310}, {QStringLiteral("B"), 54}});
}
