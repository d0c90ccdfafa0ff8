// Merging packages into an office's file (exchange/MergeEngine.h): the receiving file ends with
// the sender's content, a package merged twice changes nothing, two offices that edited the same
// field concurrently end identical with the loser kept in merge_conflicts, events are a union
// with the case replayed, a dry run writes nothing, and staff may not merge.
#include "TrustSender.h"
#include "access/ClockAgreement.h"
#include "cases/CaseSearch.h"
#include "cases/CaseSearchIndex.h"
#include "exchange/ContentDigest.h"
#include "exchange/MergeEngine.h"
#include "exchange/PackageExport.h"
#include "schema/Tables.h"
#include "storage/HybridClock.h"
#include "storage/RowStore.h"
#include "storage/SqliteHandle.h"
#include "storage/Transaction.h"
#include "test_case_world.h"
#include "test_exchange_fixture.h"

#include <QSqlQuery>

namespace wf = gd::workflow;

using namespace gd;
using namespace gdtest;

TEST_CASE("a merged package gives the receiving office the sender's content, once", "[exchange][merge]")
{
    CaseWorld a;
    CaseService service(*a.t);
    const QString id = must(service.registerCase(a.draft()));
    REQUIRE(service.act(id, {wf::Action::Accept, QStringLiteral("已受理，联系物业")}).ok());
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
    // Both packages are made before either office merges: each side sees the other's edit as new.
    Conflicted x;
    CHECK(digestOf(*x.a.t) == digestOf(*x.b));
    for (const exchange::MergeReport &r : x.reports)
        CHECK(r.tables.value(QStringLiteral("streets")).conflicts == 1);
    for (Database *db : {x.a.t.db.get(), x.b.db.get()}) {
        const exchange::MergeConflict c = x.only(*db);
        CHECK(c.table == QStringLiteral("streets"));
        CHECK(c.field == QStringLiteral("name"));
        CHECK(c.kept == QStringLiteral("八大关街道（新）")); // the later edit
        CHECK(c.lost == QStringLiteral("八大关街道办事处"));
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
    gdtest::receiveFrom(*b, path);
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

TEST_CASE("an event the file has, come back with other content, refuses the whole package", "[exchange][merge]")
{
    CaseWorld a;
    CaseService service(*a.t);
    const QString id = must(service.registerCase(a.draft()));
    REQUIRE(service.act(id, {wf::Action::Accept, QStringLiteral("已受理")}).ok());
    TestDb b;
    send(*a.t, *b, a.t.dir.path());
    // Events never change; one that did (a tool writing into the file) must not be taken.
    const QString event = text(*a.t, QStringLiteral("SELECT id FROM case_events WHERE action = 'accept'"));
    {
        QSqlQuery q(a.t->sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE case_events SET note = '已受理（改）' WHERE id = '%1'").arg(event)));
    }
    must(service.registerCase(a.draft())); // and something new, so the package differs in more
    const QString path = a.t.dir.filePath(QStringLiteral("changed-event.gdpkg"));
    REQUIRE(exchange::exportPackage(*a.t, path).ok());
    const QByteArray before = digestOf(*b);
    gdtest::receiveFrom(*b, path);
    auto package = exchange::PackageReader::open(path, *b);
    REQUIRE(package.ok());
    auto refused = exchange::mergePackage(*b, **package, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Data);
    CHECK(refused.message().contains(event));
    CHECK(refused.message().contains(QStringLiteral("changed-event.gdpkg")));
    CHECK(digestOf(*b) == before);
    CHECK(scalar(*b, QStringLiteral("SELECT count(*) FROM exchange_ledger")) == 1);
}

TEST_CASE("a case that gains events in a merge is searchable by them, its index as a rebuild makes it",
          "[exchange][merge]")
{
    CaseWorld a;
    CaseService service(*a.t);
    const QString id = must(service.registerCase(a.draft()));
    TestDb b;
    send(*a.t, *b, a.t.dir.path());
    // The other office works the case: two notes on its timeline.
    a.t.clock->advance(60000);
    REQUIRE(service.act(id, {wf::Action::Note, QStringLiteral("已联系物业公司维修")}).ok());
    REQUIRE(service.act(id, {wf::Action::Note, QStringLiteral("维修师傅明天上门")}).ok());
    const exchange::MergeReport r = send(*a.t, *b, a.t.dir.path());
    CHECK(r.tables.value(QStringLiteral("case_events")).added == 2);
    CHECK(CaseSearch(*b).count(QStringLiteral("物业公司")).value() == 1);
    CHECK(CaseSearch(*b).count(QStringLiteral("师傅")).value() == 1);
    requireIndexSound(*b);
    CHECK(digestOf(*b) == digestOf(*a.t));
}

TEST_CASE("events for a case this file deleted are kept, and the merge goes through", "[exchange][merge]")
{
    CaseWorld a;
    CaseService service(*a.t);
    const QString id = must(service.registerCase(a.draft()));
    TestDb b;
    send(*a.t, *b, a.t.dir.path());
    b.clock->setMs(a.t.clock->nowMs() + 1000);
    {
        Transaction tx(*b);
        REQUIRE(RowStore(*b).tombstone(tables::cases(), id).ok());
        REQUIRE(tx.commit().ok());
    }
    a.t.clock->advance(60000);
    REQUIRE(service.act(id, {wf::Action::Note, QStringLiteral("居民来电询问进度")}).ok());
    const exchange::MergeReport r = send(*a.t, *b, a.t.dir.path());
    CHECK(r.tables.value(QStringLiteral("case_events")).added == 1);
    CHECK(scalar(*b, QStringLiteral("SELECT deleted FROM cases WHERE id = '%1'").arg(id)) == 1);
    CHECK(scalar(*b, QStringLiteral("SELECT count(*) FROM case_events WHERE case_id = '%1'").arg(id)) == 2);
}

TEST_CASE("a package stamped beyond the clock tolerance is refused whole, naming the office", "[exchange][merge]")
{
    CaseWorld a;
    TestDb b;
    b.clock->setMs(a.t.clock->nowMs());
    send(*a.t, *b, a.t.dir.path());
    const QByteArray before = digestOf(*b);
    const qint64 bClock = b->hlc().last();
    // A PC whose clock is three years fast edits a street: the package carries a 2029 stamp.
    a.t.clock->advance(qint64(3) * 365 * 24 * 3600 * 1000);
    rename(*a.t, text(*a.t, QStringLiteral("SELECT id FROM streets")), QStringLiteral("八大关街道（钟快）"));
    const QString path = a.t.dir.filePath(QStringLiteral("fast.gdpkg"));
    REQUIRE(exchange::exportPackage(*a.t, path).ok());
    auto refused = exchange::PackageReader::open(path, *b);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.message().toStdString());
    CHECK(refused.error().kind == ErrorKind::Data);
    CHECK(refused.message().contains(QStringLiteral("24 hours ahead")));
    CHECK(refused.message().contains(QStringLiteral("correct its PC")));
    // Nothing kept, and this office's clock did not move.
    CHECK(digestOf(*b) == before);
    CHECK(b->hlc().last() == bClock);

    // Another office whose PC runs twenty days fast: refused under the default, merged once this
    // office allows three weeks; the three-year package stays refused.
    CHECK(setClockToleranceHours(*b, 0).error().field == QStringLiteral("clock_tolerance"));
    CHECK(setClockToleranceHours(*b, kMaxClockToleranceHours + 1).error().field == QStringLiteral("clock_tolerance"));
    CaseWorld c;
    c.t.clock->setMs(b->nowMs() + qint64(20) * 24 * 3600 * 1000);
    rename(*c.t, text(*c.t, QStringLiteral("SELECT id FROM streets")), QStringLiteral("新街道（快二十天）"));
    const QString twentyDays = c.t.dir.filePath(QStringLiteral("twenty.gdpkg"));
    REQUIRE(exchange::exportPackage(*c.t, twentyDays).ok());
    trustSignerOf(*b, twentyDays); // trusted, but its PC's clock is twenty days fast
    CHECK_FALSE(exchange::PackageReader::open(twentyDays, *b).ok());
    REQUIRE(setClockToleranceHours(*b, 21 * 24).ok());
    CHECK(clockToleranceHours(*b) == 21 * 24);
    CHECK_FALSE(exchange::PackageReader::open(path, *b).ok());
    auto package = exchange::PackageReader::open(twentyDays, *b);
    INFO(package.message().toStdString());
    REQUIRE(package.ok());
    REQUIRE(exchange::mergePackage(*b, **package, false).ok());
}

TEST_CASE("a worker's photo survives a merge of another field of the row, byte for byte", "[exchange][merge]")
{
    CaseWorld a;
    QByteArray photo("\xFF\xD8\xFF\xE0", 4);
    for (int i = 0; i < 3000; ++i)
        photo.append(char(i % 256)); // every byte value, NUL included
    edit(*a.t, tables::workers(), a.worker, {{QStringLiteral("photo"), photo}});
    TestDb b;
    b.clock->setMs(a.t.clock->nowMs());
    send(*a.t, *b, a.t.dir.path());
    b.clock->advance(60000);
    edit(*b, tables::workers(), a.worker, {{QStringLiteral("phone"), QStringLiteral("13953209999")}});
    const exchange::MergeReport r = send(*b, *a.t, a.t.dir.path());
    CHECK(r.tables.value(QStringLiteral("workers")).updated == 1);
    QSqlQuery q(a.t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT photo, phone, typeof(photo) FROM workers WHERE id = '%1'").arg(a.worker)));
    REQUIRE(q.next());
    CHECK(q.value(0).toByteArray() == photo);
    CHECK(q.value(1).toString() == QStringLiteral("13953209999"));
    CHECK(q.value(2).toString() == QStringLiteral("blob"));
    q.finish();
    // And the file still makes packages (their tables are STRICT: a photo turned text would stop it).
    TestDb c;
    send(*a.t, *c, a.t.dir.path());
    CHECK(digestOf(*c) == digestOf(*a.t));
}

TEST_CASE("a grid's package of changes carries the old worker its grid now names", "[exchange][delta]")
{
    CaseWorld a;
    const QString community = text(*a.t, QStringLiteral("SELECT id FROM communities"));
    const QString street = text(*a.t, QStringLiteral("SELECT id FROM streets"));
    const QString other = addCommunity(*a.t, street, QStringLiteral("370202002002"), QStringLiteral("湛山社区"));
    const QString old = addWorker(*a.t, QStringLiteral("王晓梅"), QStringLiteral("13953200007"),
                                  QStringLiteral("full_time"), {}, other);
    Q_UNUSED(community)
    exchange::ExportScope scope;
    scope.kind = exchange::ExportScope::Grid;
    scope.code = QStringLiteral("370202002001001");
    scope.sinceLastTo = QStringLiteral("网格站");
    TestDb p;
    send(*a.t, *p, a.t.dir.path(), false, scope);
    CHECK(scalar(*p, QStringLiteral("SELECT count(*) FROM workers WHERE id = '%1'").arg(old)) == 0);
    // The grid gets the old worker of another community: she must come with the next package.
    a.t.clock->advance(60000);
    edit(*a.t, tables::grids(), a.grid, {{QStringLiteral("worker_id"), old}});
    send(*a.t, *p, a.t.dir.path(), false, scope);
    CHECK(scalar(*p, QStringLiteral("SELECT count(*) FROM workers WHERE id = '%1'").arg(old)) == 1);
    CHECK(text(*p, QStringLiteral("SELECT worker_id FROM grids WHERE id = '%1'").arg(a.grid)) == old);
}

TEST_CASE("a delta's cases are re-indexed as one search segment, not one per case", "[exchange][merge]")
{
    // FTS5 starts a new segment for a doc lower than the last and at each ordinary write's
    // savepoint: re-indexing cases in set order, or between state updates, made one per case
    // (15–18 s for 3,242 cases on the million-case file). Automerge is off here so every segment
    // written stays countable.
    CaseWorld a;
    CaseService service(*a.t);
    QStringList ids;
    for (int i = 0; i < 40; ++i) {
        a.t.clock->advance(61000);
        ids << must(service.registerCase(a.draft()));
    }
    TestDb b;
    send(*a.t, *b, a.t.dir.path());
    REQUIRE(
        QSqlQuery(b->sql()).exec(QStringLiteral("INSERT INTO case_search(case_search, rank) VALUES('automerge', 0)")));
    auto segments = [&] { return scalar(*b, QStringLiteral("SELECT count(DISTINCT segid) FROM case_search_idx")); };
    const qint64 before = segments();
    a.t.clock->advance(60000);
    std::reverse(ids.begin(), ids.end()); // notes written newest case first
    for (const QString &id : std::as_const(ids))
        REQUIRE(service.act(id, {wf::Action::Note, QStringLiteral("已电话回访居民")}).ok());
    const exchange::MergeReport r = send(*a.t, *b, a.t.dir.path());
    REQUIRE(r.tables.value(QStringLiteral("case_events")).added == 40);
    CHECK(segments() - before <= 1);
    CHECK(CaseSearch(*b).count(QStringLiteral("回访")).value() == 40);
    requireIndexSound(*b);
}

TEST_CASE("what is decided before a package is read is one core call: who may merge, and merged before",
          "[exchange][merge]")
{
    CaseWorld a;
    TestDb b;
    const QString path = a.t.dir.filePath(QStringLiteral("admit.gdpkg"));
    REQUIRE(exchange::exportPackage(*a.t, path).ok());
    auto fresh = exchange::admitPackage(*b, path);
    REQUIRE(fresh.ok());
    CHECK_FALSE(fresh->alreadyMerged);
    gdtest::receiveFrom(*b, path);
    auto package = exchange::PackageReader::open(path, *b);
    REQUIRE(package.ok());
    REQUIRE(exchange::mergePackage(*b, **package, false).ok());
    auto again = exchange::admitPackage(*b, path);
    REQUIRE(again.ok());
    CHECK(again->alreadyMerged);
    Actor staff;
    staff.login = QStringLiteral("clerk");
    staff.role = Role::Staff;
    staff.signedIn = true;
    b->setActor(staff);
    CHECK(exchange::admitPackage(*b, path).error().kind == ErrorKind::Permission);
}
