// Merging packages into an office's file (exchange/MergeEngine.h): the receiving file ends with
// the sender's content, a package merged twice changes nothing, two offices that edited the same
// field concurrently end identical with the loser kept in merge_conflicts, events are a union
// with the case replayed, a dry run writes nothing, and staff may not merge.
#include "TestDb.h"
#include "cases/CaseSearch.h"
#include "exchange/ContentDigest.h"
#include "exchange/MergeEngine.h"
#include "exchange/PackageExport.h"
#include "storage/RowStore.h"
#include "storage/SqliteHandle.h"
#include "storage/Tables.h"
#include "storage/Transaction.h"
#include "test_case_world.h"

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

// Exports `from` and merges the package into `into`.
exchange::MergeReport send(Database &from, Database &into, const QString &dir, bool dryRun = false)
{
    static int n = 0;
    const QString path = dir + QStringLiteral("/p%1.gdpkg").arg(++n);
    auto exported = exchange::exportPackage(from, path);
    INFO(exported.message().toStdString());
    REQUIRE(exported.ok());
    auto package = exchange::PackageReader::open(path, into);
    INFO(package.message().toStdString());
    REQUIRE(package.ok());
    auto merged = exchange::mergePackage(into, **package, dryRun);
    INFO(merged.message().toStdString());
    REQUIRE(merged.ok());
    return *merged;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void rename(Database &db, const QString &streetId, const QString &name)
{
    Transaction tx(db);
    REQUIRE(RowStore(db).update(tables::streets(), streetId, {{QStringLiteral("name"), name}}).ok());
    REQUIRE(tx.commit().ok());
}

} // namespace

TEST_CASE("a merged package gives the receiving office the sender's content, once", "[exchange][merge]")
{
    CaseWorld a;
    CaseService service(*a.t);
    const QString id = must(service.registerCase(a.draft()));
    REQUIRE(service.act(id, QStringLiteral("accept"), QStringLiteral("已受理，联系物业")).ok());
    TestDb b;

    const exchange::MergeReport first = send(*a.t, *b, a.t.dir.path());
    CHECK_FALSE(first.alreadyMerged);
    CHECK(first.tables.value(QStringLiteral("cases")).added == 1);
    CHECK(first.tables.value(QStringLiteral("case_events")).added == 2);
    CHECK(first.tables.value(QStringLiteral("calendar_days")).unchanged > 0); // seeded the same everywhere
    CHECK(QFile::exists(first.backupPath));
    CHECK(digestOf(*b) == digestOf(*a.t));
    // The case is whole on the other side: its state replayed, its note searchable.
    CHECK(scalar(*b, QStringLiteral("SELECT count(*) FROM cases WHERE state = 'accepted'")) == 1);
    CHECK(CaseSearch(*b).count(QStringLiteral("联系物业")).value() == 1);

    // The same content again: nothing to do, and said so.
    const QByteArray before = digestOf(*b);
    const exchange::MergeReport again = send(*a.t, *b, a.t.dir.path());
    CHECK(again.alreadyMerged);
    CHECK(digestOf(*b) == before);
    // What the command line asks first, without checking the package: its claimed content.
    const QString path = a.t.dir.filePath(QStringLiteral("again.gdpkg"));
    REQUIRE(exchange::exportPackage(*a.t, path).ok());
    const exchange::PackageReader::Claim claim = exchange::PackageReader::claimed(path);
    CHECK(claim.sourceSite == a.t->siteId());
    CHECK(exchange::wasMerged(*b, claim.content));
    CHECK_FALSE(exchange::wasMerged(*a.t, claim.content));
    CHECK(exchange::PackageReader::claimed(a.t.path()).content.isEmpty()); // an office file has no manifest
    CHECK(exchange::PackageReader::claimed(a.t.dir.filePath(QStringLiteral("none"))).content.isEmpty());
    CHECK(scalar(*b, QStringLiteral("SELECT count(*) FROM exchange_ledger")) == 1);
}

TEST_CASE("offices that edit the same field concurrently end identical, the loser kept as a conflict",
          "[exchange][merge]")
{
    CaseWorld a;
    TestDb b;
    send(*a.t, *b, a.t.dir.path());
    QSqlQuery q(a.t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM streets LIMIT 1")));
    REQUIRE(q.next());
    const QString street = q.value(0).toString();
    q.finish();

    a.t.clock->advance(1000);
    b.clock->setMs(a.t.clock->nowMs() + 500);
    rename(*a.t, street, QStringLiteral("八大关街道办事处"));
    rename(*b, street, QStringLiteral("八大关街道（新）"));
    // Both packages made before either office merges: each side sees the other's edit as new.
    const QString fromA = a.t.dir.filePath(QStringLiteral("a.gdpkg")),
                  fromB = a.t.dir.filePath(QStringLiteral("b.gdpkg"));
    REQUIRE(exchange::exportPackage(*a.t, fromA).ok());
    REQUIRE(exchange::exportPackage(*b, fromB).ok());
    auto merge = [](Database &into, const QString &path) {
        auto package = exchange::PackageReader::open(path, into);
        REQUIRE(package.ok());
        auto merged = exchange::mergePackage(into, **package, false);
        REQUIRE(merged.ok());
        return *merged;
    };
    const exchange::MergeReport intoA = merge(*a.t, fromB);
    const exchange::MergeReport intoB = merge(*b, fromA);
    CHECK(intoA.tables.value(QStringLiteral("streets")).conflicts == 1);
    CHECK(intoB.tables.value(QStringLiteral("streets")).conflicts == 1);
    CHECK(digestOf(*a.t) == digestOf(*b));
    for (Database *db : {a.t.db.get(), b.db.get()}) {
        auto open = exchange::openConflicts(*db);
        REQUIRE(open.ok());
        REQUIRE(open->size() == 1);
        CHECK(open->first().table == QStringLiteral("streets"));
        CHECK(open->first().field == QStringLiteral("name"));
        CHECK(open->first().kept == QStringLiteral("八大关街道（新）")); // the later edit
        CHECK(open->first().lost == QStringLiteral("八大关街道办事处"));
    }
}

TEST_CASE("a dry run reports without writing, and staff may not merge", "[exchange][merge]")
{
    CaseWorld a;
    must(CaseService(*a.t).registerCase(a.draft()));
    TestDb b;
    const QByteArray before = digestOf(*b);
    const exchange::MergeReport preview = send(*a.t, *b, a.t.dir.path(), true);
    CHECK(preview.dryRun);
    CHECK(preview.tables.value(QStringLiteral("cases")).added == 1);
    CHECK(digestOf(*b) == before);
    CHECK(scalar(*b, QStringLiteral("SELECT count(*) FROM exchange_ledger")) == 0);

    const QString path = a.t.dir.filePath(QStringLiteral("staff.gdpkg"));
    REQUIRE(exchange::exportPackage(*a.t, path).ok());
    auto package = exchange::PackageReader::open(path, *b);
    REQUIRE(package.ok());
    Actor staff;
    staff.login = QStringLiteral("wangfang");
    staff.role = Role::Staff;
    staff.signedIn = true;
    b->setActor(staff);
    auto refused = exchange::mergePackage(*b, **package, false);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Permission);
    CHECK(digestOf(*b) == before);
}
