// Memberships (core/people/Membership) and the row restore/known they rely on (RowStore):
// one deterministic row per worker and grid, tombstoned and brought back, never duplicated.
#include "people/Membership.h"
#include "schema/Tables.h"
#include "storage/Transaction.h"
#include "storage/Uuid.h"
#include "test_org_fixture.h"

#include <functional>

using namespace gd;
using namespace gdtest;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}
Status inTx(Database &db, const std::function<Status()> &body)
{
    Transaction tx(db);
    REQUIRE(tx.started());
    Status s = body();
    if (!s)
        return s;
    return tx.commit();
}
} // namespace

TEST_CASE("the membership row id is derived from the pair")
{
    const QString id = membership::rowId(u("w1"), u("g1"));
    CHECK(uuid::isValid(id));
    CHECK(id == membership::rowId(u("w1"), u("g1")));
    CHECK(id != membership::rowId(u("g1"), u("w1")));
    CHECK(id != membership::rowId(u("w1"), u("g2")));
    CHECK(id == uuid::v5(u("worker_grids/w1/g1")));
}

TEST_CASE("add and drop are idempotent, and a dropped membership comes back as the same row")
{
    District d;
    const QString g = addGrid(*d, d.community, d.gridCode(1), u("一"));
    const QString w = addWorker(*d, u("赵敏"), QString(), u("volunteer"));
    const QString id = membership::rowId(w, g);
    RowStore rows(*d);
    CHECK_FALSE(rows.known(tables::workerGrids(), id));

    REQUIRE(inTx(*d, [&] { return membership::add(*d, w, g); }).ok());
    CHECK(rows.exists(tables::workerGrids(), id));
    const int audits = auditRows(*d);
    REQUIRE(inTx(*d, [&] { return membership::add(*d, w, g); }).ok()); // again: nothing
    CHECK(auditRows(*d) == audits);

    REQUIRE(inTx(*d, [&] { return membership::drop(*d, w, g); }).ok());
    CHECK_FALSE(rows.exists(tables::workerGrids(), id));
    CHECK(rows.known(tables::workerGrids(), id));
    CHECK(raw(*d, u("worker_grids"), u("deleted"), id).toInt() == 1);
    const int afterDrop = auditRows(*d);
    REQUIRE(inTx(*d, [&] { return membership::drop(*d, w, g); }).ok()); // again: nothing
    CHECK(auditRows(*d) == afterDrop);
    // Dropping what never existed is no error either.
    REQUIRE(inTx(*d, [&] { return membership::drop(*d, w, u("other-grid")); }).ok());

    REQUIRE(inTx(*d, [&] { return membership::add(*d, w, g); }).ok());
    CHECK(rows.exists(tables::workerGrids(), id));
    CHECK(allRows(*d, u("worker_grids")) == 1);
    CHECK(count(*d, u("SELECT count(*) FROM audit_log WHERE row_id = ? AND action = 'restore'"), {id}) == 1);
}

TEST_CASE("restore brings back a tombstone with a new version, and known sees live and dead rows")
{
    District d;
    RowStore rows(*d);
    const QString s = addStreet(*d, u("370202009"), u("金湖路"));
    CHECK(rows.known(tables::streets(), s));
    CHECK_FALSE(rows.known(tables::streets(), u("missing")));
    CHECK_FALSE(rows.known(tables::communities(), s)); // per table

    REQUIRE(inTx(*d, [&] { return rows.tombstone(tables::streets(), s); }).ok());
    CHECK_FALSE(rows.exists(tables::streets(), s));
    CHECK(rows.known(tables::streets(), s));
    const qint64 hlcDeleted = raw(*d, u("streets"), u("hlc"), s).toLongLong();

    REQUIRE(inTx(*d, [&] { return rows.restore(tables::streets(), s); }).ok());
    CHECK(rows.exists(tables::streets(), s));
    CHECK(raw(*d, u("streets"), u("hlc"), s).toLongLong() > hlcDeleted);
    // The version vector holds the stamp of the site's newest edit: the restore.
    CHECK(raw(*d, u("streets"), u("vv"), s).toString() ==
          u("{\"%1\":\"%2\"}").arg(d->siteId(), raw(*d, u("streets"), u("hlc"), s).toString()));
    CHECK(HierarchyService(*d).street(s)->name == u("金湖路"));

    auto unknown = inTx(*d, [&] { return rows.restore(tables::streets(), u("missing")); });
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == ErrorKind::NotFound);

    // Outside a transaction, or signed out, nothing is restored.
    REQUIRE(inTx(*d, [&] { return rows.tombstone(tables::streets(), s); }).ok());
    CHECK_FALSE(rows.restore(tables::streets(), s).ok());
    d->setActor(Actor());
    CHECK(inTx(*d, [&] { return rows.restore(tables::streets(), s); }).error().kind == ErrorKind::Permission);
    CHECK_FALSE(rows.exists(tables::streets(), s));
}

TEST_CASE("a rolled-back membership change leaves no trace")
{
    District d;
    const QString g = addGrid(*d, d.community, d.gridCode(1), u("一"));
    const QString w = addWorker(*d, u("赵敏"), QString(), u("volunteer"));
    const int audits = auditRows(*d);
    {
        Transaction tx(*d);
        REQUIRE(membership::add(*d, w, g).ok());
        CHECK(RowStore(*d).exists(tables::workerGrids(), membership::rowId(w, g)));
    } // no commit
    CHECK_FALSE(RowStore(*d).known(tables::workerGrids(), membership::rowId(w, g)));
    CHECK(auditRows(*d) == audits);
}
