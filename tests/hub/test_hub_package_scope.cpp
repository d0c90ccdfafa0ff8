// A package the hub makes for one area (`package --for OFFICE --scope street:CODE`): the rows an
// office's own export of that area carries (one content digest), with watermarks of its own, so
// the area's next package carries only what changed there and a package of everything still
// carries the rest.
#include "HubRun.h"
#include "HubTestDb.h"
#include "exchange/PackageExport.h"
#include "hub/HubPackage.h"
#include "test_exchange_fixture.h"
#include "test_stats_oracle.h"

using namespace gd;
using namespace gdtest;
namespace wf = gd::workflow;

TEST_CASE("the hub's package of a street holds what the office's export of the street holds", "[hub][package]")
{
    StatsDistrict d(300);
    Database &office = *d.t;
    HubDb h;
    const QString all = d.t.dir.filePath(QStringLiteral("all.gdpkg"));
    REQUIRE(exchange::exportPackage(office, all).ok());
    trustAndIngest(h, all);

    // A street office the hub knows by its first package.
    TestDb street;
    street.clock->setMs(office.nowMs());
    const QString hello = d.t.dir.filePath(QStringLiteral("street.gdpkg"));
    REQUIRE(exchange::exportPackage(*street, hello).ok());
    trustAndIngest(h, hello);

    const QString code = ids(office, "SELECT code FROM streets ORDER BY code").value(1);
    REQUIRE_FALSE(code.isEmpty());
    const exchange::ExportScope area{exchange::ExportScope::Street, code, {}};
    const QString mine = d.t.dir.filePath(QStringLiteral("mine.gdpkg"));
    auto exported = exchange::exportPackage(office, mine, area);
    REQUIRE(exported.ok());

    const QString first = d.t.dir.filePath(QStringLiteral("first.gdpkg"));
    auto scoped = hub::writePackageFor(*h, street->siteId(), first, area);
    INFO(scoped.message().toStdString());
    REQUIRE(scoped.ok());
    CHECK(scoped->content == exported->content);
    CHECK(scoped->rows > 0);
    mergeReceived(*street, first);

    // The street office confirms it with its next package; the office works in the street and
    // in another one.
    const QString ack = d.t.dir.filePath(QStringLiteral("ack.gdpkg"));
    REQUIRE(exchange::exportPackage(*street, ack).ok());
    trustAndIngest(h, ack);
    d.t.clock->advance(3600 * 1000);
    const QString inStreet =
        ids(office, QStringLiteral("SELECT c.id FROM cases c JOIN grids g ON g.id = c.grid_id JOIN communities m ON "
                                   "m.id = g.community_id JOIN streets s ON s.id = m.street_id WHERE s.code = '%1' AND "
                                   "c.state = 'signed' ORDER BY c.id")
                        .arg(code)
                        .toUtf8()
                        .constData())
            .value(0);
    const QString elsewhere =
        ids(office, QStringLiteral("SELECT c.id FROM cases c JOIN grids g ON g.id = c.grid_id JOIN communities m ON "
                                   "m.id = g.community_id JOIN streets s ON s.id = m.street_id WHERE s.code <> '%1' "
                                   "AND c.state = 'signed' ORDER BY c.id")
                        .arg(code)
                        .toUtf8()
                        .constData())
            .value(0);
    REQUIRE_FALSE(inStreet.isEmpty());
    REQUIRE_FALSE(elsewhere.isEmpty());
    CaseService service(office);
    REQUIRE(service.act(inStreet, {wf::Action::Note, QStringLiteral("已到现场查看")}).ok());
    REQUIRE(service.act(elsewhere, {wf::Action::Note, QStringLiteral("已电话联系")}).ok());
    const QString later = d.t.dir.filePath(QStringLiteral("later.gdpkg"));
    REQUIRE(exchange::exportPackage(office, later).ok());
    trustAndIngest(h, later);

    // The street's next package: only the note in the street.
    const QString second = d.t.dir.filePath(QStringLiteral("second.gdpkg"));
    auto next = hub::writePackageFor(*h, street->siteId(), second, area);
    INFO(next.message().toStdString());
    REQUIRE(next.ok());
    CHECK(next->rows == 1);
    mergeReceived(*street, second);
    const QString events = QStringLiteral("FROM case_events WHERE case_id = '%1'").arg(inStreet);
    CHECK(ids(*street, ("SELECT id " + events).toUtf8().constData()).size() ==
          h.count(QStringLiteral("SELECT count(*) ") + events));

    // A package of everything for the same office keeps its own marks: it carries the rest too.
    auto everything = hub::writePackageFor(*h, street->siteId(), d.t.dir.filePath(QStringLiteral("all2.gdpkg")));
    REQUIRE(everything.ok());
    CHECK(everything->rows > scoped->rows);

    // Through the program, and an area the hub does not hold.
    const HubRun run = runHub({QStringLiteral("--pg"), h.conninfo(), QStringLiteral("package"), QStringLiteral("--for"),
                               street->siteId(), QStringLiteral("--out"), d.t.dir.filePath(QStringLiteral("cli.gdpkg")),
                               QStringLiteral("--scope"), QStringLiteral("street:") + code, QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(json(run).toObject().value(QStringLiteral("rows")).toDouble() == 1);
    const HubRun unknown =
        runHub({QStringLiteral("--pg"), h.conninfo(), QStringLiteral("package"), QStringLiteral("--for"),
                street->siteId(), QStringLiteral("--out"), d.t.dir.filePath(QStringLiteral("none.gdpkg")),
                QStringLiteral("--scope"), QStringLiteral("street:999999999")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("999999999")));
    CHECK_FALSE(QFile::exists(d.t.dir.filePath(QStringLiteral("none.gdpkg"))));
}
