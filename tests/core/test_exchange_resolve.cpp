// Resolving merge conflicts (exchange/MergeConflicts.h): the user keeps one value, takes the
// other or writes a new one; the decision is an edit with a new stamp that wins on the other
// office too; empty names, resolving twice and staff are refused.
#include "exchange/MergeConflicts.h"
#include "schema/Tables.h"
#include "test_case_world.h"
#include "test_exchange_fixture.h"

using namespace gd;
using namespace gdtest;

TEST_CASE("a conflict shows both values, their offices and times, and the record", "[exchange][conflicts]")
{
    Conflicted x;
    const exchange::MergeConflict c = x.only(*x.a.t);
    CHECK(c.id > 0);
    CHECK(c.rowLabel == QStringLiteral("八大关街道（新）")); // the street as it is named now
    CHECK(c.kept == QStringLiteral("八大关街道（新）"));
    CHECK(c.lost == QStringLiteral("八大关街道办事处"));
    CHECK(c.keptSite == x.b->siteId());
    CHECK(c.lostSite == x.a.t->siteId());
    CHECK(c.keptOffice != c.lostOffice);
    CHECK(c.lostMs < c.keptMs);
}

TEST_CASE("keeping a value is an edit that settles the field on the other office too", "[exchange][conflicts]")
{
    Conflicted x;
    const exchange::MergeConflict c = x.only(*x.a.t);
    REQUIRE(exchange::resolveConflict(*x.a.t, c.id, exchange::Resolution::TakeOther).ok());
    CHECK(exchange::openConflicts(*x.a.t)->isEmpty());
    CHECK(text(*x.a.t, QStringLiteral("SELECT name FROM streets")) == QStringLiteral("八大关街道办事处"));
    CHECK(scalar(*x.a.t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'resolve'")) == 1);

    // The decision travels: B takes it (a newer edit, no new conflict) and both files agree.
    const exchange::MergeReport r = send(*x.a.t, *x.b, x.a.t.dir.path());
    CHECK(r.tables.value(QStringLiteral("streets")).updated == 1);
    CHECK(r.tables.value(QStringLiteral("streets")).conflicts == 0);
    CHECK(text(*x.b, QStringLiteral("SELECT name FROM streets")) == QStringLiteral("八大关街道办事处"));
    CHECK(digestOf(*x.b) == digestOf(*x.a.t));
    // The conflict B had found closes with the decision: nothing is left to decide there.
    CHECK(exchange::openConflicts(*x.b)->isEmpty());
}

TEST_CASE("keeping the value a merge kept still stamps it, and the other office closes its conflict too",
          "[exchange][conflicts]")
{
    Conflicted x;
    const exchange::MergeConflict onB = x.only(*x.b);
    const qint64 hlcBefore = scalar(*x.b, QStringLiteral("SELECT hlc FROM streets"));
    REQUIRE(exchange::resolveConflict(*x.b, onB.id, exchange::Resolution::KeepCurrent).ok());
    CHECK(scalar(*x.b, QStringLiteral("SELECT hlc FROM streets")) > hlcBefore);
    x.a.t.clock->setMs(x.b.clock->nowMs() + 1000);
    send(*x.b, *x.a.t, x.a.t.dir.path());
    CHECK(exchange::openConflicts(*x.a.t)->isEmpty());
    CHECK(digestOf(*x.b) == digestOf(*x.a.t));
}

TEST_CASE("a new value is written, empty names, a second resolution and staff are refused", "[exchange][conflicts]")
{
    Conflicted x;
    const exchange::MergeConflict c = x.only(*x.a.t);
    auto empty = exchange::resolveConflict(*x.a.t, c.id, exchange::Resolution::NewValue, QStringLiteral("  "));
    CHECK(empty.error().kind == ErrorKind::Invalid);
    CHECK(empty.error().field == QStringLiteral("name"));

    Actor staff;
    staff.login = QStringLiteral("wangfang");
    staff.role = Role::Staff;
    staff.signedIn = true;
    x.a.t->setActor(staff);
    CHECK(exchange::resolveConflict(*x.a.t, c.id, exchange::Resolution::KeepCurrent).error().kind ==
          ErrorKind::Permission);
    x.a.t->setActor(Actor::system());

    REQUIRE(exchange::resolveConflict(*x.a.t, c.id, exchange::Resolution::NewValue, QStringLiteral("八大关街道")).ok());
    CHECK(text(*x.a.t, QStringLiteral("SELECT name FROM streets")) == QStringLiteral("八大关街道"));
    CHECK(exchange::resolveConflict(*x.a.t, c.id, exchange::Resolution::KeepCurrent).error().kind ==
          ErrorKind::NotFound);
}

TEST_CASE("keeping a value keeps what the row holds now, a number field takes only numbers", "[exchange][conflicts]")
{
    Conflicted x;
    const exchange::MergeConflict c = x.only(*x.a.t);
    // A later edit after the merge: keeping must not bring the merge-time value back.
    x.a.t.clock->advance(60000);
    rename(*x.a.t, x.street, QStringLiteral("八大关街道（再改）"));
    REQUIRE(exchange::resolveConflict(*x.a.t, c.id, exchange::Resolution::KeepCurrent).ok());
    CHECK(text(*x.a.t, QStringLiteral("SELECT name FROM streets")) == QStringLiteral("八大关街道（再改）"));

    // Both offices switch the street's "active" flag differently: a conflict on a number.
    x.a.t.clock->advance(1000);
    x.b.clock->setMs(x.a.t.clock->nowMs() + 500);
    edit(*x.a.t, tables::streets(), x.street, {{QStringLiteral("active"), 0}});
    edit(*x.b, tables::streets(), x.street, {{QStringLiteral("active"), 2}});
    send(*x.b, *x.a.t, x.a.t.dir.path());
    const exchange::MergeConflict flag = x.only(*x.a.t);
    REQUIRE(flag.field == QStringLiteral("active"));
    CHECK(exchange::resolveConflict(*x.a.t, flag.id, exchange::Resolution::NewValue, QStringLiteral("启用"))
              .error()
              .field == QStringLiteral("active"));
    REQUIRE(exchange::resolveConflict(*x.a.t, flag.id, exchange::Resolution::NewValue, QStringLiteral("1")).ok());
    CHECK(scalar(*x.a.t, QStringLiteral("SELECT typeof(active) = 'integer' AND active = 1 FROM streets")) == 1);
}
