// Offices' packages taken by the hub: checked as an office checks them, merged by the same rules,
// so the hub holds what an office that merged the same packages holds (one digest).
#include "HubTestDb.h"
#include "hub/HubConflicts.h"
#include "hub/HubIngest.h"
#include "hub/HubTrust.h"
#include "test_exchange_fixture.h"

#include <QFile>

using namespace gd;
using namespace gdtest;
namespace wf = gd::workflow;

namespace {

void trustAtHub(HubDb &h, const QString &package)
{
    const auto sender = exchange::packageSender(package);
    REQUIRE(sender.has_value());
    const Status s = hub::trustHubOffice(*h, *sender, sender->fingerprint);
    INFO(s.message().toStdString());
    REQUIRE(s.ok());
}

hub::IngestReport ingest(HubDb &h, const QString &package)
{
    auto r = hub::ingestPackage(*h, package);
    INFO(package.toStdString() << ": " << r.message().toStdString());
    REQUIRE(r.ok());
    return *r;
}

void exportTo(Database &db, const QString &path)
{
    auto written = exchange::exportPackage(db, path);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
}

} // namespace

TEST_CASE("the hub takes an office's package as an office does, once", "[hub][ingest]")
{
    CaseWorld a;
    CaseService service(*a.t);
    QStringList cases;
    for (int i = 0; i < 3; ++i)
        cases << must(service.registerCase(a.draft()));
    REQUIRE(service.act(cases[1], {wf::Action::Accept}).ok());
    REQUIRE(service.act(cases[1], {wf::Action::Dispatch, {}, wf::Handler{a.worker, {}}}).ok());
    const QString p1 = a.t.dir.filePath(QStringLiteral("p1.gdpkg"));
    exportTo(*a.t, p1);

    HubDb h;
    const QByteArray empty = h.digest();
    // Not trusted yet: refused with the office's fingerprint, the hub unchanged.
    auto refused = hub::ingestPackage(*h, p1);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(exchange::packageSender(p1)->fingerprint));
    CHECK(h.digest() == empty);

    trustAtHub(h, p1);
    const hub::IngestReport first = ingest(h, p1);
    CHECK_FALSE(first.alreadyTaken);
    CHECK(first.tables.value(QStringLiteral("cases")).added == 3);
    CHECK(first.tables.value(QStringLiteral("case_events")).added >= 5);
    CHECK(h.digest() == digestOf(*a.t));

    TestDb b;
    mergeReceived(*b, p1);
    CHECK(h.digest() == digestOf(*b));

    // Taken again: nothing changes, and the ledger says so.
    const hub::IngestReport again = ingest(h, p1);
    CHECK(again.alreadyTaken);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM hub_ledger")) == 1);
    CHECK(h.digest() == digestOf(*a.t));

    // The office moves a case on and renames a worker: the hub folds the case again.
    a.t.clock->advance(3600 * 1000);
    REQUIRE(service.act(cases[1], {wf::Action::Sign}).ok());
    REQUIRE(service.act(cases[0], {wf::Action::Note, QStringLiteral("已电话联系居民")}).ok());
    edit(*a.t, tables::workers(), a.worker, {{QStringLiteral("name"), QStringLiteral("陈姝夷（新）")}});
    const QString p2 = a.t.dir.filePath(QStringLiteral("p2.gdpkg"));
    exportTo(*a.t, p2);
    const hub::IngestReport second = ingest(h, p2);
    CHECK(second.tables.value(QStringLiteral("workers")).updated == 1);
    CHECK(second.tables.value(QStringLiteral("case_events")).added == 2);
    CHECK(second.casesRefolded >= 1);
    CHECK(h.digest() == digestOf(*a.t));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM cases WHERE state = 'signed'")) == 1);
    mergeReceived(*b, p2);
    CHECK(h.digest() == digestOf(*b));
}

TEST_CASE("a package changed after it was signed is refused and the hub is unchanged", "[hub][ingest][hostile]")
{
    CaseWorld a;
    must(CaseService(*a.t).registerCase(a.draft()));
    const QString p = a.t.dir.filePath(QStringLiteral("p.gdpkg"));
    exportTo(*a.t, p);
    HubDb h;
    trustAtHub(h, p);
    const QByteArray before = h.digest();

    // A description edited in place, the table's hash left as it was.
    const QString edited = a.t.dir.filePath(QStringLiteral("edited.gdpkg"));
    REQUIRE(QFile::copy(p, edited));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(edited);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("UPDATE cases SET description = '篡改的内容'")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    auto refused = hub::ingestPackage(*h, edited);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("edited.gdpkg")));
    CHECK(h.digest() == before);

    // Cut short, as a copy interrupted.
    const QString truncated = a.t.dir.filePath(QStringLiteral("truncated.gdpkg"));
    {
        QFile in(p), out(truncated);
        REQUIRE(in.open(QIODevice::ReadOnly));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(in.read(in.size() / 2));
    }
    REQUIRE_FALSE(hub::ingestPackage(*h, truncated).ok());
    CHECK(h.digest() == before);

    // Trust withdrawn: the genuine package is refused too.
    REQUIRE(hub::withdrawHubTrust(*h, exchange::packageSender(p)->fingerprint).ok());
    REQUIRE_FALSE(hub::ingestPackage(*h, p).ok());
    CHECK(h.digest() == before);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM hub_ledger")) == 0);
}

TEST_CASE("concurrent renames from two offices: the hub keeps the same winner and the loser", "[hub][ingest]")
{
    Conflicted x; // two offices renamed one street unaware of each other; each merged the other's
    const QString fromA = x.a.t.dir.filePath(QStringLiteral("a.gdpkg")),
                  fromB = x.a.t.dir.filePath(QStringLiteral("b.gdpkg"));
    HubDb h;
    trustAtHub(h, fromA);
    trustAtHub(h, fromB);
    ingest(h, fromA);
    const hub::IngestReport r = ingest(h, fromB);
    CHECK(r.tables.value(QStringLiteral("streets")).conflicts == 1);
    CHECK(h.digest() == digestOf(*x.a.t));
    CHECK(h.digest() == digestOf(*x.b));
    auto open = hub::openHubConflicts(*h);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    const exchange::MergeConflict office = x.only(*x.a.t);
    CHECK(open->first().kept == office.kept);
    CHECK(open->first().lost == office.lost);
    CHECK(open->first().field == QStringLiteral("name"));
}
