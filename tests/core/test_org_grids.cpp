// Grids and police grids (core/org/GridService, PoliceGridService): codes, references that
// must exist, pairing with police grids, memberships kept in step, summaries.
#include "org/BuildingService.h"
#include "org/PoliceGridService.h"
#include "people/Membership.h"
#include "schema/Tables.h"
#include "storage/Transaction.h"
#include "test_org_fixture.h"

using namespace gd;
using namespace gdtest;

namespace {
bool member(Database &db, const QString &workerId, const QString &gridId)
{
    return RowStore(db).exists(tables::workerGrids(), membership::rowId(workerId, gridId));
}
QString addPoliceGrid(Database &db, const QString &streetId, const QString &code, const QString &officer = {})
{
    PoliceGrid p;
    p.streetId = streetId;
    p.code = code;
    p.name = code + QStringLiteral("警格");
    p.station = QStringLiteral("八大关派出所");
    p.officerId = officer;
    return must(PoliceGridService(db).save(p));
}
} // namespace

TEST_CASE("grid code: 15 digits under the community's code")
{
    District d;
    GridService grids(*d);
    Grid g;
    g.communityId = d.community;
    g.name = QStringLiteral("红岛路第一网格");
    const int audits = auditRows(*d);
    for (const char *bad : {"", "37020200200100", "3702020020010011", "370202003001001", "37020200200100a"}) {
        INFO(bad);
        g.code = QString::fromUtf8(bad);
        auto r = grids.save(g);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Invalid);
        CHECK(r.error().field == QStringLiteral("code"));
        CHECK(r.message().startsWith(QStringLiteral("Grid code")));
    }
    g.code = d.gridCode(1);
    g.communityId = QStringLiteral("missing");
    CHECK(grids.save(g).error().field == QStringLiteral("community_id"));
    CHECK(auditRows(*d) == audits);
    CHECK(allRows(*d, QStringLiteral("grids")) == 0);

    g.communityId = d.community;
    const QString id = must(grids.save(g));
    CHECK(grids.grid(id)->code == d.gridCode(1));
    CHECK(grids.gridByCode(QStringLiteral(" %1 ").arg(d.gridCode(1)))->id == id);
    CHECK(grids.gridByCode(d.gridCode(2)).error().kind == ErrorKind::NotFound);
}

TEST_CASE("grid fields: kind, counts, share, name unique within the community")
{
    District d;
    GridService grids(*d);
    addGrid(*d, d.community, d.gridCode(1), QStringLiteral("第一网格"));
    Grid g;
    g.communityId = d.community;
    g.code = d.gridCode(2);
    g.name = QStringLiteral("第二网格");
    auto field = [&](const Grid &x) { return grids.save(x).error().field; };

    Grid k = g;
    k.kind = QStringLiteral("special");
    CHECK(field(k) == QStringLiteral("kind"));
    Grid h = g;
    h.households = -1;
    CHECK(field(h) == QStringLiteral("households"));
    Grid r = g;
    r.residents = 300001;
    CHECK(field(r) == QStringLiteral("residents"));
    Grid e = g;
    e.elderlyPercent = 100.1;
    CHECK(field(e) == QStringLiteral("elderly_percent"));
    Grid n = g;
    n.name = QStringLiteral(" 第一网格 ");
    CHECK(field(n) == QStringLiteral("name"));
    Grid c = g;
    c.code = d.gridCode(1);
    CHECK(field(c) == QStringLiteral("code"));

    // The same name in another community is fine.
    Grid other = g;
    other.communityId = d.community2;
    other.code = QStringLiteral("370202003001001");
    other.name = QStringLiteral("第一网格");
    CHECK(grids.save(other).ok());

    g.kind = QStringLiteral("dedicated");
    g.households = 320;
    g.residents = 810;
    g.elderlyPercent = 27.5;
    g.scope = QStringLiteral("三明南路1-9号");
    const QString id = must(grids.save(g));
    const Grid back = grids.grid(id).value();
    CHECK(back.kind == QStringLiteral("dedicated"));
    CHECK(back.households == 320);
    CHECK(back.residents == 810);
    CHECK(back.elderlyPercent == Approx(27.5));
    CHECK(back.scope == QStringLiteral("三明南路1-9号"));
}

TEST_CASE("nextCode gives the lowest free sequence in the community")
{
    District d;
    GridService grids(*d);
    CHECK(grids.nextCode(d.community) == d.gridCode(1));
    CHECK(grids.nextCode(QStringLiteral("missing")).isEmpty());
    addGrid(*d, d.community, d.gridCode(1), QStringLiteral("一"));
    addGrid(*d, d.community, d.gridCode(2), QStringLiteral("二"));
    const QString four = addGrid(*d, d.community, d.gridCode(4), QStringLiteral("四"));
    CHECK(grids.nextCode(d.community) == d.gridCode(3));
    addGrid(*d, d.community, d.gridCode(3), QStringLiteral("三"));
    CHECK(grids.nextCode(d.community) == d.gridCode(5));
    // Grids of another community do not count.
    CHECK(grids.nextCode(d.community2) == QStringLiteral("370202003001001"));
    // A removed (tombstoned) grid frees its number.
    REQUIRE(grids.remove(four).value() == RemoveOutcome::Deleted);
    CHECK(grids.nextCode(d.community) == d.gridCode(4));
}

TEST_CASE("nextCode offers nothing when all 999 numbers are taken")
{
    District d;
    GridService grids(*d);
    {
        Transaction tx(*d); // one outer transaction keeps a thousand saves quick
        for (int i = 1; i <= 999; ++i)
            if (i != 500)
                addGrid(*d, d.community, d.gridCode(i), QStringLiteral("网格%1").arg(i));
        REQUIRE(tx.commit().ok());
    }
    CHECK(grids.nextCode(d.community) == d.gridCode(500));
    addGrid(*d, d.community, d.gridCode(500), QStringLiteral("网格500"));
    CHECK(grids.nextCode(d.community).isEmpty());
}

TEST_CASE("a grid's worker, head and police grid must exist")
{
    District d;
    GridService grids(*d);
    const QString w = addWorker(*d, QStringLiteral("王芳"), QStringLiteral("13800000001"));
    const QString gone =
        addWorker(*d, QStringLiteral("李强"), QStringLiteral("13800000002"), QStringLiteral("volunteer"));
    REQUIRE(WorkerService(*d).remove(gone).value() == RemoveOutcome::Deleted);

    Grid g;
    g.communityId = d.community;
    g.code = d.gridCode(1);
    g.name = QStringLiteral("第一网格");
    const int audits = auditRows(*d);
    g.workerId = QStringLiteral("no-such-worker");
    CHECK(grids.save(g).error().field == QStringLiteral("worker_id"));
    g.workerId = gone;
    CHECK(grids.save(g).error().field == QStringLiteral("worker_id"));
    g.workerId = w;
    g.headId = gone;
    CHECK(grids.save(g).error().field == QStringLiteral("head_id"));
    g.headId.clear();
    g.policeGridId = QStringLiteral("no-such-police-grid");
    CHECK(grids.save(g).error().field == QStringLiteral("police_grid_id"));
    CHECK(auditRows(*d) == audits);
    g.policeGridId.clear();
    CHECK(grids.save(g).ok());
}

TEST_CASE("pair() sets and clears the police grid of several grids at once")
{
    District d;
    GridService grids(*d);
    const QString g1 = addGrid(*d, d.community, d.gridCode(1), QStringLiteral("一"));
    const QString g2 = addGrid(*d, d.community, d.gridCode(2), QStringLiteral("二"));
    const QString g3 = addGrid(*d, d.community, d.gridCode(3), QStringLiteral("三"));
    const QString p1 = addPoliceGrid(*d, d.street, QStringLiteral("JG-001"));
    const QString p2 = addPoliceGrid(*d, d.street, QStringLiteral("JG-002"));

    REQUIRE(grids.pair({g1, g2}, p1).ok());
    CHECK(grids.grid(g1)->policeGridId == p1);
    CHECK(grids.grid(g2)->policeGridId == p1);
    CHECK(grids.grid(g3)->policeGridId.isEmpty());
    QList<Grid> paired = grids.pairedWith(p1);
    REQUIRE(paired.size() == 2);
    CHECK(paired[0].id == g1); // by code
    CHECK(paired[1].id == g2);
    CHECK(grids.pairedWith(p2).isEmpty());

    // Moving one grid to another police grid.
    REQUIRE(grids.pair({g2, g3}, p2).ok());
    CHECK(grids.pairedWith(p1).size() == 1);
    CHECK(grids.pairedWith(p2).size() == 2);

    // Unpairing leaves the column NULL, not an empty string.
    REQUIRE(grids.pair({g2, g3}, QString()).ok());
    CHECK(grids.pairedWith(p2).isEmpty());
    CHECK(raw(*d, QStringLiteral("grids"), QStringLiteral("police_grid_id"), g2).isNull());

    SECTION("one bad grid id: nothing is paired")
    {
        const int audits = auditRows(*d);
        CHECK_FALSE(grids.pair({g2, QStringLiteral("missing"), g3}, p2).ok());
        CHECK(grids.pairedWith(p2).isEmpty());
        CHECK(auditRows(*d) == audits);
    }
    SECTION("a police grid that does not exist")
    {
        auto s = grids.pair({g2}, QStringLiteral("missing"));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == ErrorKind::Invalid);
        CHECK(s.error().field == QStringLiteral("police_grid_id"));
    }
    SECTION("a paired police grid is deactivated, not deleted")
    {
        auto r = PoliceGridService(*d).remove(p1);
        REQUIRE(r.ok());
        CHECK(r.value() == RemoveOutcome::Deactivated);
        CHECK(PoliceGridService(*d).remove(p2).value() == RemoveOutcome::Deleted);
    }
}

TEST_CASE("saving a grid keeps worker_grids in step with its worker and head")
{
    District d;
    GridService grids(*d);
    const QString a = addWorker(*d, QStringLiteral("王芳"), QStringLiteral("13800000001"));
    const QString b = addWorker(*d, QStringLiteral("李强"), QStringLiteral("13800000002"));
    const QString h = addWorker(*d, QStringLiteral("张伟"), QStringLiteral("13800000003"), QStringLiteral("grid_head"));
    const QString h2 =
        addWorker(*d, QStringLiteral("赵敏"), QStringLiteral("13800000004"), QStringLiteral("grid_head"));

    const QString g = addGrid(*d, d.community, d.gridCode(1), QStringLiteral("一"), a, h);
    CHECK(member(*d, a, g));
    CHECK(member(*d, h, g));
    CHECK(WorkerService(*d).worker(a)->gridIds == QStringList{g});

    Grid edit = grids.grid(g).value();
    edit.workerId = b;
    REQUIRE(grids.save(edit).ok());
    CHECK_FALSE(member(*d, a, g));
    CHECK(member(*d, b, g));
    CHECK(member(*d, h, g));
    // The old membership is a tombstone (it travels to other offices), not gone.
    CHECK(raw(*d, QStringLiteral("worker_grids"), QStringLiteral("deleted"), membership::rowId(a, g)).toInt() == 1);
    CHECK(WorkerService(*d).worker(a)->gridIds.isEmpty());

    edit.headId = h2;
    REQUIRE(grids.save(edit).ok());
    CHECK_FALSE(member(*d, h, g));
    CHECK(member(*d, h2, g));

    // Back to the first worker: the tombstoned membership comes back, no second row.
    edit.workerId = a;
    REQUIRE(grids.save(edit).ok());
    CHECK(member(*d, a, g));
    CHECK_FALSE(member(*d, b, g));
    CHECK(count(*d, QStringLiteral("SELECT count(*) FROM worker_grids WHERE worker_id = ? AND grid_id = ?"), {a, g}) ==
          1);

    // Clearing both.
    edit.workerId.clear();
    edit.headId.clear();
    REQUIRE(grids.save(edit).ok());
    CHECK(count(*d, QStringLiteral("SELECT count(*) FROM worker_grids WHERE grid_id = ? AND deleted = 0"), {g}) == 0);
}

TEST_CASE("a worker who is both worker and head of a grid stays a member while one role remains")
{
    District d;
    GridService grids(*d);
    const QString a = addWorker(*d, QStringLiteral("王芳"), QStringLiteral("13800000001"));
    const QString h = addWorker(*d, QStringLiteral("张伟"), QStringLiteral("13800000003"), QStringLiteral("grid_head"));
    const QString g = addGrid(*d, d.community, d.gridCode(1), QStringLiteral("一"), a, a);
    CHECK(member(*d, a, g));

    Grid edit = grids.grid(g).value();
    edit.headId = h; // a is no longer head, but still the grid's worker
    REQUIRE(grids.save(edit).ok());
    CHECK(member(*d, a, g));
    CHECK(member(*d, h, g));
    CHECK(WorkerService(*d).worker(a)->gridIds == QStringList{g});

    edit.workerId = h; // now h holds both roles; a has none
    REQUIRE(grids.save(edit).ok());
    CHECK_FALSE(member(*d, a, g));
    CHECK(member(*d, h, g));
}

TEST_CASE("a failed grid save leaves the memberships alone")
{
    District d;
    GridService grids(*d);
    const QString a = addWorker(*d, QStringLiteral("王芳"), QStringLiteral("13800000001"));
    const QString b = addWorker(*d, QStringLiteral("李强"), QStringLiteral("13800000002"));
    const QString g = addGrid(*d, d.community, d.gridCode(1), QStringLiteral("一"), a);
    addGrid(*d, d.community, d.gridCode(2), QStringLiteral("二"));
    Grid edit = grids.grid(g).value();
    edit.workerId = b;
    edit.name = QStringLiteral("二"); // clashes
    const int audits = auditRows(*d);
    REQUIRE_FALSE(grids.save(edit).ok());
    CHECK(member(*d, a, g));
    CHECK_FALSE(member(*d, b, g));
    CHECK(grids.grid(g)->workerId == a);
    CHECK(auditRows(*d) == audits);
}

TEST_CASE("removing a grid: deactivated while buildings or members refer to it")
{
    District d;
    GridService grids(*d);
    const QString a = addWorker(*d, QStringLiteral("王芳"), QStringLiteral("13800000001"));
    const QString staffed = addGrid(*d, d.community, d.gridCode(1), QStringLiteral("一"), a);
    const QString built = addGrid(*d, d.community, d.gridCode(2), QStringLiteral("二"));
    const QString empty = addGrid(*d, d.community, d.gridCode(3), QStringLiteral("三"));
    Building b;
    b.gridId = built;
    b.name = QStringLiteral("1号楼");
    b.address = QStringLiteral("三明南路1号");
    must(BuildingService(*d).save(b));

    CHECK(grids.remove(staffed).value() == RemoveOutcome::Deactivated);
    CHECK(grids.remove(built).value() == RemoveOutcome::Deactivated);
    CHECK(grids.remove(empty).value() == RemoveOutcome::Deleted);
    CHECK(raw(*d, QStringLiteral("grids"), QStringLiteral("active"), staffed).toInt() == 0);
    CHECK(raw(*d, QStringLiteral("grids"), QStringLiteral("deleted"), empty).toInt() == 1);
    CHECK(grids.grids(d.community).size() == 2);
}

TEST_CASE("summaries join the names around a grid and count its buildings")
{
    District d;
    GridService grids(*d);
    const QString officer =
        addWorker(*d, QStringLiteral("刘警官"), QStringLiteral("13800000009"), QStringLiteral("police"));
    const QString p = addPoliceGrid(*d, d.street, QStringLiteral("JG-001"), officer);
    const QString a = addWorker(*d, QStringLiteral("王芳"), QStringLiteral("138 0000 0001"));
    const QString h = addWorker(*d, QStringLiteral("张伟"), QStringLiteral("13800000003"), QStringLiteral("grid_head"));
    const QString g1 = addGrid(*d, d.community, d.gridCode(1), QStringLiteral("一"), a, h);
    const QString g2 = addGrid(*d, d.community, d.gridCode(2), QStringLiteral("二"));
    const QString g3 = addGrid(*d, d.community2, QStringLiteral("370202003001001"), QStringLiteral("湛山一"));
    REQUIRE(grids.pair({g1}, p).ok());
    BuildingService bs(*d);
    for (int i = 1; i <= 3; ++i) {
        Building b;
        b.gridId = g1;
        b.name = QStringLiteral("%1号楼").arg(i);
        b.address = QStringLiteral("三明南路%1号").arg(i);
        const QString id = must(bs.save(b));
        if (i == 3)
            REQUIRE(bs.remove(id).ok()); // removed buildings do not count
    }
    REQUIRE(grids.remove(g2).value() == RemoveOutcome::Deleted);

    const QList<GridSummary> all = grids.summaries();
    REQUIRE(all.size() == 2);
    const GridSummary &s = all[0];
    CHECK(s.grid.id == g1);
    CHECK(s.grid.name == QStringLiteral("一"));
    CHECK(s.grid.code == d.gridCode(1));
    CHECK(s.communityName == QStringLiteral("红岛路"));
    CHECK(s.communityCode == QStringLiteral("370202002001"));
    CHECK(s.streetName == QStringLiteral("八大关"));
    CHECK(s.streetCode == QStringLiteral("370202002"));
    CHECK(s.workerName == QStringLiteral("王芳"));
    CHECK(s.workerPhone == QStringLiteral("13800000001"));
    CHECK(s.headName == QStringLiteral("张伟"));
    CHECK(s.policeGridCode == QStringLiteral("JG-001"));
    CHECK(s.officerName == QStringLiteral("刘警官"));
    CHECK(s.officerPhone == QStringLiteral("13800000009"));
    CHECK(s.buildingCount == 2);
    CHECK(all[1].grid.id == g3);
    CHECK(all[1].workerName.isEmpty());
    CHECK(all[1].buildingCount == 0);

    CHECK(grids.summaries(d.street2).size() == 1);
    CHECK(grids.summaries({}, d.community).size() == 1);
    CHECK(grids.summaries(d.street2, d.community).isEmpty());

    // Inactive grids are left out on request.
    const QString g4 = addGrid(*d, d.community, d.gridCode(4), QStringLiteral("四"), {}, h);
    REQUIRE(grids.remove(g4).value() == RemoveOutcome::Deactivated);
    CHECK(grids.summaries({}, d.community, true).size() == 2);
    CHECK(grids.summaries({}, d.community, false).size() == 1);
}

TEST_CASE("police grids: code format, unique per street, officer must exist")
{
    District d;
    PoliceGridService ps(*d);
    PoliceGrid p;
    p.streetId = d.street;
    p.name = QStringLiteral("八大关一警格");
    for (const char *bad : {"", "JG", "JG 001", "警格001", "JG-0000000000000000001"}) {
        INFO(bad);
        p.code = QString::fromUtf8(bad);
        auto r = ps.save(p);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("code"));
    }
    p.code = QStringLiteral("JG-001");
    p.officerId = QStringLiteral("missing");
    CHECK(ps.save(p).error().field == QStringLiteral("officer_id"));
    p.officerId.clear();
    p.streetId = QStringLiteral("missing");
    CHECK(ps.save(p).error().field == QStringLiteral("street_id"));
    CHECK(allRows(*d, QStringLiteral("police_grids")) == 0);

    p.streetId = d.street;
    const QString id = must(ps.save(p));
    auto dup = ps.save(p);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().field == QStringLiteral("code"));
    CHECK(dup.message().contains(QStringLiteral("八大关")));
    p.streetId = d.street2; // the same beat number in another street
    CHECK(ps.save(p).ok());
    CHECK(ps.policeGrids(d.street).size() == 1);
    CHECK(ps.policeGrids().size() == 2);
    CHECK(ps.policeGrid(id)->station.isEmpty());
}
