// Merges at the edges of the convergence property (test_exchange_convergence.cpp): a scoped
// package whose rows name rows outside its area that the receiving file lacks, two packages
// merged one after the other within the same second, and one natural-key row made on two offices.
#include "TestDb.h"
#include "TrustSender.h"
#include "exchange/ContentDigest.h"
#include "exchange/MergeEngine.h"
#include "exchange/PackageExport.h"
#include "org/UnitService.h"
#include "people/WorkerService.h"
#include "storage/SqliteHandle.h"
#include "test_org_fixture.h"

#include <QSqlQuery>

using namespace gd;
using namespace gdtest;

namespace {

QByteArray digestOf(Database &db)
{
    auto d = exchange::digestContent(sqliteHandle(db.sql()));
    REQUIRE(d.ok());
    return d->sha256;
}

Result<exchange::MergeReport> mergeFile(Database &into, const QString &package)
{
    gdtest::receiveFrom(into, package);
    auto reader = exchange::PackageReader::open(package, into);
    INFO(package.toStdString() << ": " << reader.message().toStdString());
    REQUIRE(reader.ok());
    return exchange::mergePackage(into, **reader, false);
}

int rows(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

// The package of 红岛路 community carries what its rows name: the grid's worker, who belongs to
// 湛山 community of another street, and every unit, one of which serves 湛山 street. A new office
// has neither that community nor that street. PackageScope.h promises the area "with what its
// rows need on the other side": the worker's community and the unit's street travel as parents
// only (once, the deferred foreign keys failed the merge's COMMIT and nothing merged).
TEST_CASE("a community's package merges into a file that lacks the rows outside the area it names", "[exchange][merge]")
{
    District a;
    const QString worker = addWorker(*a, QStringLiteral("王晓梅"), QStringLiteral("13953200007"),
                                     QStringLiteral("full_time"), {}, a.community2);
    const QString grid = addGrid(*a, a.community, a.gridCode(1), QStringLiteral("红岛路社区第1网格"), worker);
    Unit unit;
    unit.name = QStringLiteral("湛山供热站");
    unit.kind = QStringLiteral("heating");
    unit.servicePhone = QStringLiteral("0532-82870000");
    unit.streetId = a.street2;
    must(UnitService(*a).save(unit));
    const QString pkg = a.dir.filePath(QStringLiteral("community.gdpkg"));
    auto exported =
        exchange::exportPackage(*a, pkg, {exchange::ExportScope::Community, QStringLiteral("370202002001"), {}});
    INFO(exported.message().toStdString());
    REQUIRE(exported.ok());

    TestDb b;
    const QByteArray before = digestOf(*b);
    auto merged = mergeFile(*b, pkg);
    INFO("merge: " << merged.message().toStdString());
    if (!merged.ok()) // a refused merge leaves the file as it was
        CHECK(digestOf(*b).toHex().toStdString() == before.toHex().toStdString());
    // What it should do: take the area; the worker and the unit arrive even though their
    // community and street did not come with them (a dangling reference `check` reports).
    REQUIRE(merged.ok());
    CHECK(rows(*b, QStringLiteral("SELECT count(*) FROM grids WHERE id = '%1'").arg(grid)) == 1);
    CHECK(rows(*b, QStringLiteral("SELECT count(*) FROM workers WHERE id = '%1'").arg(worker)) == 1);
    CHECK(rows(*b, QStringLiteral("SELECT count(*) FROM units WHERE name = '湛山供热站'")) == 1);
}

// A district office merging its communities' packages with a script: the backup made before
// each merge is named by the second (`<file>.before-merge-yyyyMMdd-HHmmss.sqlite`), and
// the second merge in one second must not fail on (or overwrite) the first one's backup.
TEST_CASE("two packages merged within the same second both merge", "[exchange][merge]")
{
    District p, q;
    const QString fromP = p.dir.filePath(QStringLiteral("p.gdpkg")), fromQ = p.dir.filePath(QStringLiteral("q.gdpkg"));
    REQUIRE(exchange::exportPackage(*p, fromP).ok());
    REQUIRE(exchange::exportPackage(*q, fromQ).ok());
    TestDb r;
    auto first = mergeFile(*r, fromP);
    INFO(first.message().toStdString());
    REQUIRE(first.ok());
    r.clock->advance(200); // the same second of the office's clock
    auto second = mergeFile(*r, fromQ);
    INFO(second.message().toStdString());
    CHECK(second.ok());
    CHECK(rows(*r, QStringLiteral("SELECT count(*) FROM exchange_ledger")) == 2);
}

// Rows with a natural key get a deterministic id (docs/architecture.md, data identity): a worker added
// to a grid is the worker_grids row uuid::v5("worker_grids/<worker>/<grid>") wherever it is made.
// Two offices that make that assignment unaware of each other create the same row, each stamped
// with its own origin_site and created_hlc. Merged both ways, the two files must hold one row
// with the earlier creation and the same field stamps (RowMerge.cpp), so their digests agree.
TEST_CASE("two offices that make the same natural-key row end identical", "[exchange][merge]")
{
    District a;
    const QString worker = addWorker(*a, QStringLiteral("王晓梅"), QStringLiteral("13953200007"),
                                     QStringLiteral("part_time"), {}, a.community);
    const QString grid = addGrid(*a, a.community, a.gridCode(1), QStringLiteral("红岛路社区第1网格"));
    const QString base = a.dir.filePath(QStringLiteral("base.gdpkg"));
    REQUIRE(exchange::exportPackage(*a, base).ok());
    TestDb b;
    REQUIRE(mergeFile(*b, base).ok());
    REQUIRE(digestOf(*b) == digestOf(*a));

    // Each office puts the worker on the grid.
    for (TestDb *office : {static_cast<TestDb *>(&a), &b}) {
        office->clock->advance(office == &b ? 3000 : 1000);
        Worker w = *WorkerService(**office).worker(worker);
        w.gridIds = {grid};
        must(WorkerService(**office).save(w));
    }
    const QString fromA = a.dir.filePath(QStringLiteral("a.gdpkg")), fromB = a.dir.filePath(QStringLiteral("b.gdpkg"));
    REQUIRE(exchange::exportPackage(*a, fromA).ok());
    REQUIRE(exchange::exportPackage(*b, fromB).ok());
    a.clock->advance(5000);
    b.clock->advance(5000);
    auto intoA = mergeFile(*a, fromB);
    INFO(intoA.message().toStdString());
    REQUIRE(intoA.ok());
    auto intoB = mergeFile(*b, fromA);
    INFO(intoB.message().toStdString());
    REQUIRE(intoB.ok());

    const QString row = QStringLiteral("SELECT %1 FROM worker_grids WHERE worker_id = '%2' AND grid_id = '%3'");
    CHECK(rows(*a, row.arg(QStringLiteral("count(*)"), worker, grid)) == 1);
    CHECK(rows(*b, row.arg(QStringLiteral("count(*)"), worker, grid)) == 1);
    auto text = [&](Database &db, const char *column) {
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(row.arg(QLatin1String(column), worker, grid)));
        REQUIRE(q.next());
        return q.value(0).toString().toStdString();
    };
    CHECK(text(*a, "origin_site") == text(*b, "origin_site"));
    CHECK(text(*a, "created_hlc") == text(*b, "created_hlc"));
    for (const char *c : {"origin_site", "created_hlc", "site", "hlc", "vv", "fstamps", "deleted"})
        CHECK(text(*a, c) == text(*b, c));
    CHECK(digestOf(*a).toHex().toStdString() == digestOf(*b).toHex().toStdString());
}
