// Who may write what (core/access/Permissions), enforced in every service: the role matrix,
// staff refused on organisation and workers, supervisors, and nobody signed in.
#include "access/OperatorService.h"
#include "access/Permissions.h"
#include "org/BuildingService.h"
#include "org/PoliceGridService.h"
#include "org/UnitService.h"
#include "test_org_fixture.h"

#include <functional>

using namespace gd;
using namespace gdtest;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}
// A district with one grid, a worker, a unit and a building, made by the system actor.
struct Office : District {
    QString grid, worker, unit, building, policeGrid;
    Office()
    {
        grid = addGrid(*db, community, gridCode(1), u("一"));
        worker = addWorker(*db, u("王芳"), u("13800000001"), u("full_time"), {grid});
        Unit x;
        x.name = u("华润燃气");
        x.kind = u("gas");
        x.servicePhone = u("96777");
        unit = must(UnitService(*db).save(x));
        Building b;
        b.gridId = grid;
        b.name = u("1号楼");
        b.address = u("三明南路1号");
        building = must(BuildingService(*db).save(b));
        PoliceGrid p{{}, street, u("JG-001"), u("一警格"), {}, {}};
        policeGrid = must(PoliceGridService(*db).save(p));
    }
};

// Every write of the org and people services, each trying a real change.
QList<QPair<const char *, std::function<Error(Office &)>>> orgWrites()
{
    return {
        {"save street",
         [](Office &o) {
             return HierarchyService(*o).saveStreet({{}, u("370202009"), u("金湖路")}).error();
         }},
        {"remove street", [](Office &o) { return HierarchyService(*o).removeStreet(o.street2).error(); }},
        {"save community",
         [](Office &o) {
             return HierarchyService(*o)
                 .saveCommunity({{}, o.street, u("370202002009"), u("三明路"), {}, {}, {}})
                 .error();
         }},
        {"remove community", [](Office &o) { return HierarchyService(*o).removeCommunity(o.community2).error(); }},
        {"save grid",
         [](Office &o) {
             Grid g = GridService(*o).grid(o.grid).value();
             g.name = u("改名");
             return GridService(*o).save(g).error();
         }},
        {"remove grid", [](Office &o) { return GridService(*o).remove(o.grid).error(); }},
        {"pair grids", [](Office &o) { return GridService(*o).pair({o.grid}, o.policeGrid).error(); }},
        {"save police grid",
         [](Office &o) {
             PoliceGrid p{{}, o.street, u("JG-002"), u("二警格"), {}, {}};
             return PoliceGridService(*o).save(p).error();
         }},
        {"save unit",
         [](Office &o) {
             Unit x = UnitService(*o).unit(o.unit).value();
             x.name = u("改名");
             return UnitService(*o).save(x).error();
         }},
        {"save unit contact",
         [](Office &o) {
             return UnitService(*o).saveContact({{}, o.unit, u("吴工"), {}, u("13800000002")}).error();
         }},
        {"remove unit", [](Office &o) { return UnitService(*o).remove(o.unit).error(); }},
    };
}
QList<QPair<const char *, std::function<Error(Office &)>>> workerWrites()
{
    return {
        {"save worker",
         [](Office &o) {
             Worker w = WorkerService(*o).worker(o.worker).value();
             w.star = 4;
             return WorkerService(*o).save(w).error();
         }},
        {"new worker",
         [](Office &o) {
             Worker w;
             w.name = u("李强");
             w.phone = u("13800000002");
             return WorkerService(*o).save(w).error();
         }},
        {"remove worker", [](Office &o) { return WorkerService(*o).remove(o.worker).error(); }},
        {"career step",
         [](Office &o) {
             return WorkerService(*o)
                 .saveCareerStep({{}, o.worker, u("community_worker"), u("2025-01-01"), {}})
                 .error();
         }},
    };
}
QList<QPair<const char *, std::function<Error(Office &)>>> buildingWrites()
{
    return {
        {"save building",
         [](Office &o) {
             Building b;
             b.gridId = o.grid;
             b.name = u("2号楼");
             b.address = u("三明南路2号");
             return BuildingService(*o).save(b).error();
         }},
        {"add address",
         [](Office &o) { return BuildingService(*o).addAddress(o.building, u("三明南路1号甲")).error(); }},
        {"remove building", [](Office &o) { return BuildingService(*o).remove(o.building).error(); }},
    };
}

void expectRefused(Office &o, const QList<QPair<const char *, std::function<Error(Office &)>>> &writes)
{
    for (const auto &w : writes) {
        INFO(w.first);
        const int audits = auditRows(*o);
        const Error e = w.second(o);
        CHECK(e.kind == ErrorKind::Permission);
        CHECK_FALSE(e.message.isEmpty());
        CHECK(auditRows(*o) == audits);
    }
}
void expectAllowed(Office &o, const QList<QPair<const char *, std::function<Error(Office &)>>> &writes)
{
    for (const auto &w : writes) {
        INFO(w.first);
        const Error e = w.second(o);
        INFO(e.message.toStdString());
        CHECK_FALSE(e.isError());
    }
}
} // namespace

TEST_CASE("the role matrix")
{
    for (Permission p : {Permission::EditOrganisation, Permission::EditBuildings, Permission::EditWorkers,
                         Permission::ManageOperators, Permission::EditSettings}) {
        CHECK(roleAllows(Role::Admin, p));
        CHECK(roleAllows(Role::System, p));
    }
    CHECK(roleAllows(Role::Supervisor, Permission::EditOrganisation));
    CHECK(roleAllows(Role::Supervisor, Permission::EditBuildings));
    CHECK(roleAllows(Role::Supervisor, Permission::EditWorkers));
    CHECK_FALSE(roleAllows(Role::Supervisor, Permission::ManageOperators));
    CHECK_FALSE(roleAllows(Role::Supervisor, Permission::EditSettings));
    CHECK(roleAllows(Role::Staff, Permission::EditBuildings));
    CHECK_FALSE(roleAllows(Role::Staff, Permission::EditOrganisation));
    CHECK_FALSE(roleAllows(Role::Staff, Permission::EditWorkers));
    CHECK_FALSE(roleAllows(Role::Staff, Permission::ManageOperators));
    CHECK_FALSE(roleAllows(Role::Staff, Permission::EditSettings));
}

TEST_CASE("requirePermission names who was refused and why")
{
    TestDb t;
    t->setActor(actorAs(Role::Staff));
    const Status s = requirePermission(*t, Permission::EditWorkers);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == ErrorKind::Permission);
    CHECK(s.message().contains(u("Test staff")));
    CHECK(s.message().contains(u("Staff")));
    CHECK(requirePermission(*t, Permission::EditBuildings).ok());
    t->setActor(actorAs(Role::Admin, false));
    CHECK(requirePermission(*t, Permission::EditBuildings).error().kind == ErrorKind::Permission);
}

TEST_CASE("staff: buildings yes, organisation and workers no, and nothing written")
{
    Office o;
    o->setActor(actorAs(Role::Staff));
    const int streets = allRows(*o, u("streets"));
    const int workers = allRows(*o, u("workers"));
    expectRefused(o, orgWrites());
    expectRefused(o, workerWrites());
    CHECK(allRows(*o, u("streets")) == streets);
    CHECK(allRows(*o, u("workers")) == workers);
    CHECK(GridService(*o).grid(o.grid)->name == u("一"));
    expectAllowed(o, buildingWrites());
}

TEST_CASE("a supervisor edits organisation and workers but manages no operators")
{
    Office o;
    o->setActor(actorAs(Role::Supervisor));
    expectAllowed(o, orgWrites());
    expectAllowed(o, workerWrites());
    expectAllowed(o, buildingWrites());
    CHECK(count(*o, u("SELECT count(*) FROM audit_log WHERE operator_login = 'supervisor'")) > 10);

    OperatorService ops(*o);
    o->setActor(Actor::system());
    const QString admin = must(ops.create(u("admin"), u("管理员"), Role::Admin, u("secret-1")));
    o->setActor(actorAs(Role::Supervisor));
    auto r = ops.create(u("wang"), u("王芳"), Role::Staff, u("secret-2"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Permission);
    CHECK(ops.setActive(admin, false).error().kind == ErrorKind::Permission);
    CHECK(ops.setPassword(admin, u("secret-9")).error().kind == ErrorKind::Permission);
    CHECK(ops.operators().size() == 1);
}

TEST_CASE("with nobody signed in every write is refused")
{
    Office o;
    REQUIRE(OperatorService(*o).create(u("admin"), u("管理员"), Role::Admin, u("secret-1")).ok());
    for (Actor a : {Actor(), actorAs(Role::Admin, false)}) {
        o->setActor(a);
        const int audits = auditRows(*o);
        expectRefused(o, orgWrites());
        expectRefused(o, workerWrites());
        expectRefused(o, buildingWrites());
        OperatorService ops(*o);
        CHECK(ops.create(u("wang"), u("王芳"), Role::Staff, u("secret-2")).error().kind == ErrorKind::Permission);
        CHECK(ops.setActive(ops.operators()[0].id, false).error().kind == ErrorKind::Permission);
        CHECK(auditRows(*o) == audits);
    }
}
