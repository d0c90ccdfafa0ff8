// Natural keys given twice by offices that set up apart (issue 15 §4): listed, reported by the
// health check, merged (references move) or renumbered, and the decision travels.
#include "cases/CaseService.h"
#include "exchange/IdentityConflicts.h"
#include "schema/HealthCheck.h"
#include "test_exchange_fixture.h"

#include <catch2/catch.hpp>

using namespace gd;
using namespace gdtest;

namespace {

QString community(Database &db)
{
    return text(db, QStringLiteral("SELECT id FROM communities WHERE deleted = 0 ORDER BY code LIMIT 1"));
}

// Two offices that knew the same community, each adding "its" grid 002 and a case in it.
struct TwoGrids {
    CaseWorld a;
    TestDb b;
    QString gridA, gridB, caseB;

    TwoGrids()
    {
        send(*a.t, *b, a.t.dir.path());
        b.clock->setMs(a.t.clock->nowMs() + 1000);
        const QString code = QStringLiteral("370202002001002");
        gridA = addGrid(*a.t, community(*a.t), code, QStringLiteral("红岛路社区第2网格"), a.worker);
        gridB = addGrid(*b, community(*b), code, QStringLiteral("红岛路社区第二网格"));
        Case draft = a.draft();
        draft.buildingId.clear();
        draft.gridId = gridB;
        caseB = must(CaseService(*b).registerCase(draft));
        a.t.clock->advance(2000);
        b.clock->advance(2000);
        send(*a.t, *b, a.t.dir.path());
        send(*b, *a.t, a.t.dir.path());
    }
};

} // namespace

TEST_CASE("a grid code given in two offices is an identity conflict, listed and reported by the check",
          "[exchange][identity]")
{
    TwoGrids w;
    for (Database *db : {w.a.t.db.get(), w.b.db.get()}) {
        auto conflicts = exchange::identityConflicts(*db);
        REQUIRE(conflicts.ok());
        REQUIRE(conflicts->size() == 1);
        const exchange::IdentityConflict &c = conflicts->first();
        CHECK(c.table == QLatin1String("grids"));
        CHECK(c.field == QLatin1String("code"));
        CHECK(c.value == QLatin1String("370202002001002"));
        REQUIRE(c.rows.size() == 2);
        CHECK(QSet<QString>{c.rows.at(0).id, c.rows.at(1).id} == QSet<QString>{w.gridA, w.gridB});
        const HealthReport report = HealthCheck(*db).run();
        CHECK_FALSE(report.healthy());
        CHECK(report.problems.join(QLatin1Char('\n')).contains(QLatin1String("370202002001002")));
    }

    SECTION("merging the two moves every reference to the one kept, and the other office follows")
    {
        Database &a = *w.a.t;
        CHECK(exchange::mergeIdentities(a, QStringLiteral("grids"), w.gridA, w.gridA).error().field ==
              QLatin1String("id"));
        CHECK(exchange::mergeIdentities(a, QStringLiteral("cases"), w.caseB, w.caseB).error().field ==
              QLatin1String("table"));
        const Status merged = exchange::mergeIdentities(a, QStringLiteral("grids"), w.gridA, w.gridB);
        INFO(merged.message().toStdString());
        REQUIRE(merged.ok());
        CHECK(CaseService(a).caseById(w.caseB)->gridId == w.gridA);
        CHECK(scalar(a, QStringLiteral("SELECT deleted FROM grids WHERE id = '%1'").arg(w.gridB)) == 1);
        CHECK(exchange::identityConflicts(a)->isEmpty());
        CHECK(HealthCheck(a).run().healthy());
        CHECK(scalar(a, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'merge_identity'")) == 1);

        w.b.clock->setMs(a.nowMs() + 1000);
        send(a, *w.b, w.a.t.dir.path());
        CHECK(exchange::identityConflicts(*w.b)->isEmpty());
        CHECK(CaseService(*w.b).caseById(w.caseB)->gridId == w.gridA);
        CHECK(digestOf(*w.b) == digestOf(a));
    }
    SECTION("renumbering one settles it; a number held already or empty is refused")
    {
        Database &b = *w.b;
        CHECK(exchange::renumberIdentity(b, QStringLiteral("grids"), w.gridB, QStringLiteral("370202002001002"))
                  .error()
                  .field == QLatin1String("code"));
        CHECK(exchange::renumberIdentity(b, QStringLiteral("grids"), w.gridB, QStringLiteral("  ")).error().field ==
              QLatin1String("code"));
        REQUIRE(
            exchange::renumberIdentity(b, QStringLiteral("grids"), w.gridB, QStringLiteral("370202002001003")).ok());
        CHECK(exchange::identityConflicts(b)->isEmpty());
        CHECK(HealthCheck(b).run().healthy());
    }
    SECTION("only an administrator settles it")
    {
        Actor staff;
        staff.login = QStringLiteral("desk");
        staff.role = Role::Staff;
        staff.signedIn = true;
        w.b->setActor(staff);
        CHECK(exchange::mergeIdentities(*w.b, QStringLiteral("grids"), w.gridA, w.gridB).error().kind ==
              ErrorKind::Permission);
        CHECK(exchange::renumberIdentity(*w.b, QStringLiteral("grids"), w.gridB, QStringLiteral("370202002001003"))
                  .error()
                  .kind == ErrorKind::Permission);
    }
}

TEST_CASE("two cases with one number: looking one up by number names both, and renumbering one settles it",
          "[exchange][identity]")
{
    CaseWorld a;
    TestDb b;
    send(*a.t, *b, a.t.dir.path());
    b.clock->setMs(a.t.clock->nowMs() + 1000);
    const QString first = must(CaseService(*a.t).registerCase(a.draft()));
    const QString number = CaseService(*a.t).caseById(first)->number;
    const QString second = must(CaseService(*b).registerCase(a.draft()));
    edit(*b, tables::cases(), second, {{QStringLiteral("number"), number}}); // as a separate district might have
    a.t.clock->advance(2000);
    send(*b, *a.t, a.t.dir.path());

    const auto found = CaseService(*a.t).caseByNumber(number);
    REQUIRE_FALSE(found.ok());
    CHECK(found.error().field == QLatin1String("number"));
    CHECK(found.message().contains(first));
    CHECK(found.message().contains(second));
    auto conflicts = exchange::identityConflicts(*a.t);
    REQUIRE(conflicts->size() == 1);
    CHECK(conflicts->first().table == QLatin1String("cases"));

    REQUIRE(exchange::renumberIdentity(*a.t, QStringLiteral("cases"), second, number + QStringLiteral("-2")).ok());
    CHECK(CaseService(*a.t).caseByNumber(number)->id == first);
    CHECK(CaseService(*a.t).caseByNumber(number + QStringLiteral("-2"))->id == second);
    CHECK(exchange::identityConflicts(*a.t)->isEmpty());
}

TEST_CASE("a worker's phone entered in two offices is an identity conflict", "[exchange][identity]")
{
    CaseWorld a;
    TestDb b;
    send(*a.t, *b, a.t.dir.path());
    b.clock->setMs(a.t.clock->nowMs() + 1000);
    const QString one = addWorker(*a.t, QStringLiteral("李娜"), QStringLiteral("13953200099"));
    const QString two = addWorker(*b, QStringLiteral("李  娜"), QStringLiteral("139 5320 0099"));
    a.t.clock->advance(2000);
    send(*b, *a.t, a.t.dir.path());
    auto conflicts = exchange::identityConflicts(*a.t);
    REQUIRE(conflicts->size() == 1);
    CHECK(conflicts->first().table == QLatin1String("workers"));
    CHECK(conflicts->first().rows.size() == 2);
    CHECK(exchange::renumberIdentity(*a.t, QStringLiteral("workers"), two, QStringLiteral("12")).error().field ==
          QLatin1String("phone"));
    REQUIRE(exchange::mergeIdentities(*a.t, QStringLiteral("workers"), one, two).ok());
    CHECK(exchange::identityConflicts(*a.t)->isEmpty());
}
