// Undo of an edit (schema/EditUndo): it takes back only the fields the edit wrote, only while each
// still holds what the edit wrote, and never overwrites what a merge, another program or a later
// edit changed since. Redo is the undo of the undo and is checked the same way.
#include "org/BuildingService.h"
#include "org/UnitService.h"
#include "schema/EditUndo.h"
#include "schema/Tables.h"
#include "test_exchange_fixture.h"

#include <functional>

using namespace gd;
using namespace gdtest;

namespace {

// Runs one service call as the window does: under a capture of every row it writes.
EditRecord captured(Database &db, const std::function<Status()> &edit)
{
    EditCapture capture(db);
    const Status s = edit();
    INFO(s.message().toStdString());
    REQUIRE(s.ok());
    return capture.take();
}

// A new water unit, created as the window does (captured); *id is its id.
EditRecord createUnit(Database &db, const QString &name, QString *id)
{
    return captured(db, [&] {
        Unit u;
        u.name = name;
        u.kind = QStringLiteral("water");
        u.servicePhone = QStringLiteral("0532-82860000");
        Result<QString> saved = UnitService(db).save(u);
        if (saved)
            *id = saved.value();
        return saved.status();
    });
}

// Office A with the case world, office B a copy of it, and B's clock ahead of A's so that B's
// later edits win a merge.
struct TwoOffices {
    CaseWorld a;
    TestDb b;
    TwoOffices()
    {
        b.clock->setMs(a.t.clock->nowMs());
        send(*a.t, *b, a.t.dir.path());
        a.t.clock->advance(1000);
        b.clock->setMs(a.t.clock->nowMs() + 60000);
    }
    void bToA() { send(*b, *a.t, a.t.dir.path()); }
};

// One record kind of the scenario: A's edit of one field, B's edit of another (or the same).
struct Kind {
    const char *name;
    const TableDef &table;
    std::function<QString(TwoOffices &)> id;
    std::function<Status(Database &, const QString &id, const QString &value)> editA; // a service save
    QString fieldA;
    QString otherField; // B changes this one: the undo must leave it alone
    QVariant otherValue;
};

QList<Kind> kinds()
{
    return {
        {"grid", tables::grids(), [](TwoOffices &o) { return o.a.grid; },
         [](Database &db, const QString &id, const QString &value) {
             Grid g = GridService(db).grid(id).value();
             g.name = value;
             return GridService(db).save(g).status();
         },
         QStringLiteral("name"), QStringLiteral("households"), QVariant(321)},
        {"worker", tables::workers(), [](TwoOffices &o) { return o.a.worker; },
         [](Database &db, const QString &id, const QString &value) {
             Worker w = WorkerService(db).worker(id).value();
             w.name = value;
             return WorkerService(db).save(w).status();
         },
         QStringLiteral("name"), QStringLiteral("phone"), QVariant(QStringLiteral("13953299999"))},
        {"unit", tables::units(), [](TwoOffices &o) { return o.a.unit; },
         [](Database &db, const QString &id, const QString &value) {
             Unit u = UnitService(db).unit(id).value();
             u.name = value;
             return UnitService(db).save(u).status();
         },
         QStringLiteral("name"), QStringLiteral("service_phone"), QVariant(QStringLiteral("0532-82879999"))},
    };
}

} // namespace

TEST_CASE("undo after a merge takes back only the edited field and keeps what the merge brought", "[undo]")
{
    for (const Kind &k : kinds()) {
        DYNAMIC_SECTION(k.name)
        {
            TwoOffices o;
            Database &a = *o.a.t;
            const QString id = k.id(o);
            const QString before = raw(a, k.table.name, k.fieldA, id).toString();
            const EditRecord record = captured(a, [&] { return k.editA(a, id, QStringLiteral("改过的名称")); });
            REQUIRE(record.rows.size() >= 1);
            edit(*o.b, k.table, id, {{k.otherField, k.otherValue}});
            o.bToA();
            REQUIRE(raw(a, k.table.name, k.otherField, id) == k.otherValue);

            const Result<EditRecord> undone = revertEdit(a, record);
            INFO(undone.message().toStdString());
            REQUIRE(undone.ok());
            CHECK(raw(a, k.table.name, k.fieldA, id).toString() == before);
            CHECK(raw(a, k.table.name, k.otherField, id) == k.otherValue); // the merge's value stays
            // Redo writes the edit again, and undo again goes back: the record passes along.
            const Result<EditRecord> redone = revertEdit(a, undone.value());
            REQUIRE(redone.ok());
            CHECK(raw(a, k.table.name, k.fieldA, id).toString() == QStringLiteral("改过的名称"));
            REQUIRE(revertEdit(a, redone.value()).ok());
            CHECK(raw(a, k.table.name, k.fieldA, id).toString() == before);
        }
    }
}

TEST_CASE("undo is refused, writing nothing, when a merge changed the edited field since", "[undo]")
{
    for (const Kind &k : kinds()) {
        DYNAMIC_SECTION(k.name)
        {
            TwoOffices o;
            Database &a = *o.a.t;
            const QString id = k.id(o);
            const EditRecord record = captured(a, [&] { return k.editA(a, id, QStringLiteral("A的名称")); });
            edit(*o.b, k.table, id, {{k.fieldA, QStringLiteral("B的名称")}});
            o.bToA();
            REQUIRE(raw(a, k.table.name, k.fieldA, id).toString() == QStringLiteral("B的名称"));
            const int audits = count(a, QStringLiteral("SELECT count(*) FROM audit_log"));

            const Result<EditRecord> undone = revertEdit(a, record);
            REQUIRE_FALSE(undone.ok());
            CHECK(undone.error().field == k.fieldA);
            CHECK(undone.message().contains(QStringLiteral("merged package")));
            CHECK(raw(a, k.table.name, k.fieldA, id).toString() == QStringLiteral("B的名称"));
            CHECK(count(a, QStringLiteral("SELECT count(*) FROM audit_log")) == audits);
            const Result<QString> why = whyNotRevertible(a, record);
            REQUIRE(why.ok());
            CHECK(why.value() == undone.message());
        }
    }
}

TEST_CASE("the issue's grid: a name edited here, the worker changed by a merge, Ctrl+Z keeps the new worker", "[undo]")
{
    TwoOffices o;
    Database &a = *o.a.t;
    const QString newWorker = addWorker(*o.b, QStringLiteral("王新"), QStringLiteral("13953200002"));
    const EditRecord record = captured(a, [&] {
        Grid g = GridService(a).grid(o.a.grid).value();
        g.name = QStringLiteral("红岛路社区第一网格");
        return GridService(a).save(g).status();
    });
    edit(*o.b, tables::grids(), o.a.grid, {{QStringLiteral("worker_id"), newWorker}});
    o.bToA();
    REQUIRE(revertEdit(a, record).ok());
    const Grid g = GridService(a).grid(o.a.grid).value();
    CHECK(g.name == QStringLiteral("红岛路社区第1网格"));
    CHECK(g.workerId == newWorker);
}

TEST_CASE("redo is refused when another program changed the field after the undo", "[undo]")
{
    CaseWorld w;
    Database &a = *w.t;
    const EditRecord record = captured(a, [&] {
        Unit u = UnitService(a).unit(w.unit).value();
        u.servicePhone = QStringLiteral("0532-82871111");
        return UnitService(a).save(u).status();
    });
    const Result<EditRecord> undone = revertEdit(a, record);
    REQUIRE(undone.ok());
    CHECK(UnitService(a).unit(w.unit)->servicePhone == QStringLiteral("0532-82870000"));

    { // another program on the same file, signed in as another operator
        Database::Options opts;
        opts.clock = w.t.clock;
        auto other = Database::open(w.t.path(), opts);
        INFO(other.message().toStdString());
        REQUIRE(other.ok());
        Actor clerk = Actor::system();
        clerk.login = QStringLiteral("clerk2");
        (*other)->setActor(clerk);
        w.t.clock->advance(5000);
        edit(**other, tables::units(), w.unit, {{QStringLiteral("service_phone"), QStringLiteral("0532-82872222")}});
    }
    const Result<EditRecord> redone = revertEdit(a, undone.value());
    REQUIRE_FALSE(redone.ok());
    CHECK(redone.message().contains(QStringLiteral("clerk2")));
    CHECK(redone.error().field == QStringLiteral("service_phone"));
    CHECK(UnitService(a).unit(w.unit)->servicePhone == QStringLiteral("0532-82872222"));
}

TEST_CASE("undo of a creation removes the new row unless it was edited since, of a removal brings it back", "[undo]")
{
    CaseWorld w;
    Database &a = *w.t;
    QString id;
    const EditRecord created = createUnit(a, QStringLiteral("市南供水所"), &id);
    SECTION("untouched: the undo deletes it and the redo brings it back")
    {
        const Result<EditRecord> undone = revertEdit(a, created);
        REQUIRE(undone.ok());
        CHECK_FALSE(UnitService(a).unit(id).ok());
        REQUIRE(revertEdit(a, undone.value()).ok());
        CHECK(UnitService(a).unit(id).ok());
    }
    SECTION("edited since: refused, naming the field")
    {
        edit(a, tables::units(), id, {{QStringLiteral("address"), QStringLiteral("南京路100号")}});
        const Result<EditRecord> undone = revertEdit(a, created);
        REQUIRE_FALSE(undone.ok());
        CHECK(undone.error().field == QStringLiteral("address"));
        CHECK(UnitService(a).unit(id).ok());
    }
    SECTION("a removal is undone as it was done: the unit and its contacts come back")
    {
        UnitContact c;
        c.unitId = id;
        c.name = QStringLiteral("刘师傅");
        c.phone = QStringLiteral("13953211111");
        const QString contact = must(UnitService(a).saveContact(c));
        const EditRecord removed = captured(a, [&] { return UnitService(a).remove(id).status(); });
        CHECK_FALSE(UnitService(a).unit(id).ok());
        REQUIRE(revertEdit(a, removed).ok());
        CHECK(UnitService(a).unit(id).ok());
        REQUIRE(UnitService(a).contacts(id).size() == 1);
        CHECK(UnitService(a).contacts(id).first().id == contact);
    }
}

TEST_CASE("undo needs the permissions the edit needed", "[undo]")
{
    CaseWorld w;
    Database &a = *w.t;
    const EditRecord record = captured(a, [&] {
        Grid g = GridService(a).grid(w.grid).value();
        g.households = 480;
        return GridService(a).save(g).status();
    });
    a.setActor(actorAs(Role::Staff));
    const Result<EditRecord> undone = revertEdit(a, record);
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.error().kind == ErrorKind::Permission);
    CHECK(GridService(a).grid(w.grid)->households == 480);
}

TEST_CASE("a building and its other names are saved in one call: a bad name saves nothing", "[undo][org]")
{
    CaseWorld w;
    Database &a = *w.t;
    Building b;
    b.gridId = w.grid;
    b.name = QStringLiteral("书香家园50号楼");
    b.address = QStringLiteral("三明南路4号");
    const int before = allRows(a, QStringLiteral("buildings")) + allRows(a, QStringLiteral("addresses"));
    const Result<QString> refused =
        BuildingService(a).save(b, {QStringLiteral("五十号楼"), QString(120, QLatin1Char('x'))});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("aliases"));
    CHECK(refused.message().contains(QStringLiteral("2")));
    CHECK(allRows(a, QStringLiteral("buildings")) + allRows(a, QStringLiteral("addresses")) == before);

    const EditRecord record =
        captured(a, [&] { return BuildingService(a).save(b, {QStringLiteral("五十号楼")}).status(); });
    const QString id = record.rows.first().id;
    CHECK(BuildingService(a).lookup(QStringLiteral("五十号楼")).size() == 1);
    REQUIRE(revertEdit(a, record).ok()); // the building and all its addresses go together
    CHECK(BuildingService(a).lookup(QStringLiteral("五十号楼")).isEmpty());
    CHECK_FALSE(BuildingService(a).building(id).ok());
}

TEST_CASE("edits of one record undo in reverse order: twice the same field, created then edited, created then "
          "removed",
          "[undo]")
{
    CaseWorld w;
    Database &a = *w.t;
    auto rename = [&](const QString &name) {
        return captured(a, [&] {
            Unit u = UnitService(a).unit(w.unit).value();
            u.name = name;
            return UnitService(a).save(u).status();
        });
    };
    SECTION("the same field twice")
    {
        const EditRecord first = rename(QStringLiteral("第一次")), second = rename(QStringLiteral("第二次"));
        REQUIRE(revertEdit(a, second).ok());
        CHECK(UnitService(a).unit(w.unit)->name == QStringLiteral("第一次"));
        REQUIRE(revertEdit(a, first).ok());
        CHECK(UnitService(a).unit(w.unit)->name == QStringLiteral("市南热力站"));
    }
    SECTION("created, then edited, then both taken back")
    {
        QString id;
        const EditRecord created = createUnit(a, QStringLiteral("新单位"), &id);
        const EditRecord edited = captured(a, [&] {
            Unit u = UnitService(a).unit(id).value();
            u.address = QStringLiteral("南京路1号");
            return UnitService(a).save(u).status();
        });
        const Result<EditRecord> undoneEdit = revertEdit(a, edited);
        REQUIRE(undoneEdit.ok());
        const Result<EditRecord> undoneCreate = revertEdit(a, created);
        INFO(undoneCreate.message().toStdString());
        REQUIRE(undoneCreate.ok());
        CHECK_FALSE(UnitService(a).unit(id).ok());
        // Redo both, in order, and take the removal of the redone unit back through a third edit.
        const Result<EditRecord> redoneCreate = revertEdit(a, undoneCreate.value());
        REQUIRE(redoneCreate.ok());
        REQUIRE(revertEdit(a, undoneEdit.value()).ok());
        CHECK(UnitService(a).unit(id)->address == QStringLiteral("南京路1号"));
        const EditRecord removed = captured(a, [&] { return UnitService(a).remove(id).status(); });
        REQUIRE(revertEdit(a, removed).ok());
        CHECK(UnitService(a).unit(id).ok());
    }
}

TEST_CASE("undo is refused while a merge conflict on the field is open, so the other office's value is not lost",
          "[undo]")
{
    TwoOffices o;
    Database &a = *o.a.t;
    // B renames first (earlier stamp), A later: A's name wins the merge, B's is set aside.
    o.b.clock->setMs(a.nowMs() - 30000);
    edit(*o.b, tables::units(), o.a.unit, {{QStringLiteral("name"), QStringLiteral("B的名称")}});
    const EditRecord record = captured(a, [&] {
        Unit u = UnitService(a).unit(o.a.unit).value();
        u.name = QStringLiteral("A的名称");
        return UnitService(a).save(u).status();
    });
    o.bToA();
    REQUIRE(UnitService(a).unit(o.a.unit)->name == QStringLiteral("A的名称"));
    REQUIRE(count(a, QStringLiteral("SELECT count(*) FROM merge_conflicts WHERE resolved_ms IS NULL")) == 1);
    const Result<EditRecord> undone = revertEdit(a, record);
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.message().contains(QStringLiteral("conflict")));
    CHECK(UnitService(a).unit(o.a.unit)->name == QStringLiteral("A的名称"));
}

TEST_CASE("undo never leaves a reference dangling: a created grid now holding a merged building, a worker "
          "removed since",
          "[undo]")
{
    TwoOffices o;
    Database &a = *o.a.t;
    SECTION("a building the other office put in the new grid keeps the grid")
    {
        const QString community = text(a, QStringLiteral("SELECT community_id FROM grids LIMIT 1"));
        QString grid;
        const EditRecord created = captured(a, [&] {
            Grid g;
            g.communityId = community;
            g.code = QStringLiteral("370202002001009");
            g.name = QStringLiteral("新建网格");
            Result<QString> r = GridService(a).save(g);
            if (r)
                grid = r.value();
            return r.status();
        });
        send(a, *o.b, o.a.t.dir.path());
        Building b;
        b.gridId = grid;
        b.name = QStringLiteral("新楼");
        b.address = QStringLiteral("新路1号");
        REQUIRE(BuildingService(*o.b).save(b).ok());
        o.bToA();
        const Result<EditRecord> undone = revertEdit(a, created);
        REQUIRE_FALSE(undone.ok());
        CHECK(undone.message().contains(QStringLiteral("building")));
        CHECK(GridService(a).grid(grid).ok());
    }
    SECTION("a grid's worker does not go back to a worker removed since")
    {
        const QString newWorker =
            addWorker(a, QStringLiteral("赵新"), QStringLiteral("13953200009"), QStringLiteral("part_time"));
        const EditRecord record = captured(a, [&] {
            Grid g = GridService(a).grid(o.a.grid).value();
            g.headId = newWorker;
            return GridService(a).save(g).status();
        });
        // The grid head before the edit was empty: going back is fine. Point it at a worker that
        // then goes away, edit again, and take that edit back.
        const QString gone =
            addWorker(a, QStringLiteral("钱走"), QStringLiteral("13953200010"), QStringLiteral("part_time"));
        const EditRecord toGone = captured(a, [&] {
            Grid g = GridService(a).grid(o.a.grid).value();
            g.headId = gone;
            return GridService(a).save(g).status();
        });
        const EditRecord back = captured(a, [&] {
            Grid g = GridService(a).grid(o.a.grid).value();
            g.headId = newWorker;
            return GridService(a).save(g).status();
        });
        {
            Transaction tx(a);
            REQUIRE(RowStore(a).tombstone(tables::workers(), gone).ok());
            REQUIRE(tx.commit().ok());
        }
        const Result<EditRecord> undone = revertEdit(a, back);
        REQUIRE_FALSE(undone.ok());
        CHECK(undone.error().field == QStringLiteral("head_id"));
        CHECK(GridService(a).grid(o.a.grid)->headId == newWorker);
        CHECK(record.rows.size() >= 1);
        CHECK(toGone.rows.size() >= 1);
    }
}
