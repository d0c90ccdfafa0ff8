// The figures on the hub (hub/HubFigures.h) equal the office's for the same cases: every view,
// breakdown and scope, whole and cut months, after a first package and after a delta that moves
// cases on, changes the calendar and moves a grid to another community. The office's figures are
// themselves held to a brute-force count (tests/core/test_stats_*.cpp).
#include "HubTestDb.h"
#include "cases/CaseService.h"
#include "cases/CaseSettings.h"
#include "exchange/PackageExport.h"
#include "hub/HubDialect.h"
#include "hub/HubFigures.h"
#include "hub/HubIngest.h"
#include "hub/HubPackage.h"
#include "hub/HubSchema.h"
#include "hub/HubTrust.h"
#include "test_exchange_fixture.h"
#include "test_stats_oracle.h"

using namespace gd;
using namespace gdtest;
namespace wf = gd::workflow;

namespace {

QString firstId(Database &db, const char *sql)
{
    const QStringList all = ids(db, sql);
    REQUIRE_FALSE(all.isEmpty());
    return all.first();
}

std::string describe(const stats::StatsRequest &r)
{
    return QStringLiteral("%1..%2 view %3 by %4 scope %5 %6")
        .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate))
        .arg(int(r.view))
        .arg(stats::breakdownKeys().at(int(r.by)))
        .arg(int(r.scope.kind))
        .arg(r.scope.id)
        .toStdString();
}

// Every group and every measure, the office's against the hub's.
int compare(Database &office, HubDb &h, const stats::StatsRequest &r)
{
    INFO(describe(r));
    auto mine = stats::count(office, r);
    REQUIRE(mine.ok());
    stats::FigureSource atHub = hub::hubFigureSource(*h);
    atHub.nowMs = office.nowMs();
    auto theirs = stats::count(atHub, r);
    INFO(theirs.message().toStdString());
    REQUIRE(theirs.ok());
    CHECK(theirs->total.m == mine->total.m);
    REQUIRE(theirs->groups.size() == mine->groups.size());
    for (int i = 0; i < mine->groups.size(); ++i) {
        const stats::StatsGroup &a = mine->groups.at(i), &b = theirs->groups.at(i);
        INFO(a.key.toStdString());
        CHECK(b.key == a.key);
        CHECK(b.code == a.code);
        CHECK(b.name == a.name);
        CHECK(b.counts.m == a.counts.m);
    }
    return int(mine->total[QStringLiteral("n")]);
}

// The requests compared: each breakdown in both views over a cut period and the office; each
// scope over whole months; a single cut month by grid.
void compareAll(Database &office, HubDb &h)
{
    const QList<stats::StatsScope> scopes{
        {},
        {stats::StatsScope::Street, firstId(office, "SELECT street_id FROM communities ORDER BY code")},
        {stats::StatsScope::Community, firstId(office, "SELECT community_id FROM grids ORDER BY code")},
        {stats::StatsScope::Grid, firstId(office, "SELECT grid_id FROM cases GROUP BY grid_id ORDER BY count(*) DESC")},
    };
    int counted = 0;
    for (stats::View view : {stats::View::Received, stats::View::Completed})
        for (const QString &key : stats::breakdownKeys()) {
            stats::StatsRequest r;
            r.from = QDate(2026, 2, 11);
            r.to = QDate(2026, 6, 16);
            r.view = view;
            REQUIRE(stats::breakdownFromKey(key, &r.by));
            counted += compare(office, h, r);
        }
    for (const stats::StatsScope &scope : scopes)
        for (stats::Breakdown by : {stats::Breakdown::None, stats::Breakdown::Category, stats::Breakdown::Handler}) {
            stats::StatsRequest r;
            r.from = QDate(2026, 1, 1);
            r.to = QDate(2026, 5, 31);
            r.scope = scope;
            r.by = by;
            counted += compare(office, h, r);
        }
    stats::StatsRequest cut;
    cut.from = QDate(2026, 4, 3);
    cut.to = QDate(2026, 4, 28);
    cut.by = stats::Breakdown::Grid;
    counted += compare(office, h, cut);
    CHECK(counted > 0); // the requests found cases to compare
}

// The facts the hub keeps for each case (what a cut month's days are summed from) are the facts
// of its cases as they are now, row for row.
void requireFactsKept(HubDb &h)
{
    const QString now = hub::postgresStatement(stats::caseFactsFromCases(QString(), QStringLiteral(" OFFSET 0")));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM stats_case_facts")) > 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM ((SELECT * FROM stats_case_facts EXCEPT ALL %1) UNION ALL (%1 "
                                 "EXCEPT ALL SELECT * FROM stats_case_facts)) d")
                      .arg(QStringLiteral("(%1)").arg(now))) == 0);
}

} // namespace

TEST_CASE("the hub's figures equal the office's after a district's package and a delta", "[hub][figures]")
{
    StatsDistrict d(1200);
    Database &office = *d.t;
    HubDb h;
    // Sent as to a peer: the office keeps what it sent the hub, which the hub's package confirms.
    exchange::ExportScope toHub;
    toHub.sinceLastTo = QStringLiteral("测试枢纽");
    const QString first = d.t.dir.filePath(QStringLiteral("all.gdpkg"));
    auto all = exchange::exportPackage(office, first, toHub);
    INFO(all.message().toStdString());
    REQUIRE(all.ok());
    trustAndIngest(h, first);
    compareAll(office, h);
    requireFactsKept(h);

    // The hub's package merged in the office: it knows what the hub holds, and sends only changes.
    const QString down = d.t.dir.filePath(QStringLiteral("down.gdpkg"));
    REQUIRE(hub::writePackageFor(*h, office.siteId(), down).ok());
    mergeReceived(office, down);

    {
        auto waiting = exchange::waitingRows(office, toHub);
        INFO(waiting.message().toStdString());
        REQUIRE(waiting.ok());
        CHECK(*waiting == 0);
    }
    // The office works on: cases done, a day off in May, a grid moved to another community.
    d.t.clock->advance(2 * 3600 * 1000);
    CaseService service(office);
    int done = 0;
    for (const QString &id : ids(office, "SELECT id FROM cases WHERE state = 'signed' ORDER BY id LIMIT 15"))
        done += service.act(id, {wf::Action::Complete, QStringLiteral("已处理")}).ok() ? 1 : 0;
    CHECK(done > 0);
    for (const QString &id : ids(office, "SELECT id FROM cases WHERE state = 'accepted' ORDER BY id LIMIT 5"))
        CHECK(service.act(id, {wf::Action::Refuse, QStringLiteral("不属于受理范围")}).ok());
    auto calendar = CaseSettings(office).importCalendar("date,kind,name\n2026-05-13,holiday,停工一天\n");
    INFO(calendar.message().toStdString());
    REQUIRE(calendar.ok());
    const QString grid = firstId(office, "SELECT grid_id FROM cases GROUP BY grid_id ORDER BY count(*) DESC");
    const QString community =
        firstId(office, "SELECT id FROM communities WHERE id <> (SELECT community_id FROM grids WHERE id = (SELECT "
                        "grid_id FROM cases GROUP BY grid_id ORDER BY count(*) DESC LIMIT 1)) ORDER BY code");
    edit(office, tables::grids(), grid, {{QStringLiteral("community_id"), community}});
    requireNoDifferences(office);

    const QString delta = d.t.dir.filePath(QStringLiteral("delta.gdpkg"));
    auto written = exchange::exportPackage(office, delta, toHub);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    // Only the changes travelled (a case moves on by its events): the hub counts their cases
    // again, not the district's.
    for (const exchange::TableDigest &t : written->tables) {
        if (t.table == QLatin1String("case_events"))
            CHECK(t.rows >= done);
        if (t.table == QLatin1String("cases"))
            CHECK(t.rows < 100);
    }
    trustAndIngest(h, delta);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM hub_ledger")) == 2);
    compareAll(office, h);
    requireFactsKept(h);
}

TEST_CASE("the hub's figures are counted again when an upgrade brings another definition", "[hub][figures]")
{
    StatsDistrict d(150);
    HubDb h;
    const QString path = d.t.dir.filePath(QStringLiteral("all.gdpkg"));
    REQUIRE(exchange::exportPackage(*d.t, path).ok());
    trustAndIngest(h, path);
    // A hub whose aggregate was built by another version: refused until upgraded, then equal.
    REQUIRE(h->exec(QStringLiteral("UPDATE hub_meta SET value = 'older' WHERE key = 'stats_definition'")).ok());
    REQUIRE(h->exec(QStringLiteral("TRUNCATE stats_grid")).ok());
    auto refused = hub::hubIdentity(*h);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("griddesk-hub upgrade")));
    auto upgraded = hub::initHub(*h, QString());
    INFO(upgraded.message().toStdString());
    REQUIRE(upgraded.ok());
    compareAll(*d.t, h);

    // A hub of version 6 kept no facts per case and had no (site, stamp) indexes: refused, naming
    // its version, until upgraded, which counts the facts and makes the indexes.
    for (const char *sql : {"DROP TABLE stats_case_facts", "DROP INDEX case_events_site_hlc",
                            "UPDATE hub_meta SET value = '6' WHERE key = 'hub_schema'"})
        REQUIRE(h->exec(QString::fromLatin1(sql)).ok());
    requireUpgradedFrom(h, 6);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'case_events_site_hlc'")) == 1);
    requireFactsKept(h);
    compareAll(*d.t, h);
}
