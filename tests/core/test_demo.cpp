#include "TestDb.h"
#include "access/OperatorService.h"
#include "demo/DemoDistrict.h"
#include "org/BuildingService.h"
#include "org/GridService.h"
#include "org/HierarchyService.h"
#include "org/PoliceGridService.h"
#include "org/UnitService.h"
#include "people/WorkerService.h"
#include "schema/Tables.h"
#include "storage/ServiceSupport.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace gd;

namespace {

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

DemoSummary generate(Database &db, quint64 seed, std::function<bool(double)> progress = {})
{
    DemoOptions options;
    options.seed = seed;
    options.progress = std::move(progress);
    auto r = DemoDistrict::generate(db, options);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

// What two offices built from one seed must agree on: ids, codes, names and phones.
QStringList fingerprint(Database &db)
{
    QStringList out;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT 'grid', id, code, name, '' FROM grids UNION ALL "
                                  "SELECT 'worker', id, '', name, phone FROM workers UNION ALL "
                                  "SELECT 'address', id, '', text, '' FROM addresses")));
    while (q.next())
        out << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString()}
                   .join(QLatin1Char('|'));
    out.sort();
    return out;
}

} // namespace

TEST_CASE("the demo district has Shinan's shape")
{
    gdtest::TestDb t;
    QList<double> reported;
    const DemoSummary sum = generate(*t, 1, [&](double f) {
        reported << f;
        return true;
    });
    Database &db = *t;

    CHECK(sum.streets == 11);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM streets")) == 11);
    CHECK(count(db, QStringLiteral(
                        "SELECT count(*) FROM streets WHERE name = '香港中路街道' AND code = '370202001'")) == 1);
    CHECK(sum.communities == count(db, QStringLiteral("SELECT count(*) FROM communities")));
    CHECK(sum.communities >= 45);
    CHECK(sum.communities <= 55);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM communities c JOIN streets s ON s.id = c.street_id "
                                   "WHERE c.name = '红岛路社区' AND s.name = '八大关街道'")) == 1);
    CHECK(sum.grids == 505);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM grids")) == 505);
    CHECK(sum.policeGrids == 148);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM police_grids WHERE officer_id IS NOT NULL")) == 148);
    CHECK(sum.buildings == count(db, QStringLiteral("SELECT count(*) FROM buildings")));
    CHECK(sum.addresses == count(db, QStringLiteral("SELECT count(*) FROM addresses")));
    CHECK(sum.units == count(db, QStringLiteral("SELECT count(*) FROM units")));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM unit_contacts")) >= sum.units);

    // Plain blocks rather than SECTIONs: Catch2 reruns the whole case, generation included, per SECTION.

    // Every basic grid is paired with a police grid of its own street.
    {
        const int basic = count(db, QStringLiteral("SELECT count(*) FROM grids WHERE kind = 'basic'"));
        CHECK(basic >= 470);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM grids g JOIN communities c ON c.id = g.community_id "
                                       "JOIN police_grids p ON p.id = g.police_grid_id "
                                       "WHERE g.kind = 'basic' AND p.street_id = c.street_id")) == basic);
        // Every beat has grids, and several officers walk two beats.
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM police_grids p WHERE NOT EXISTS "
                                       "(SELECT 1 FROM grids g WHERE g.police_grid_id = p.id)")) == 0);
        const int officers = count(db, QStringLiteral("SELECT count(*) FROM workers WHERE kind = 'police'"));
        CHECK(officers >= 75);
        CHECK(officers <= 100);
    }

    // Workers: grids owned, vacancies covered or left open, one head per community.
    {
        CHECK(sum.workers == count(db, QStringLiteral("SELECT count(*) FROM workers")));
        CHECK(sum.workers >= 600);
        CHECK(sum.workers <= 700);
        const int fullTime = count(db, QStringLiteral("SELECT count(*) FROM workers WHERE kind = 'full_time'"));
        CHECK(fullTime >= 430);
        CHECK(fullTime <= 450);
        // Each full-time worker's grid names them, and their membership row exists.
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM workers w JOIN worker_grids m ON m.worker_id = w.id "
                                       "JOIN grids g ON g.id = m.grid_id AND g.worker_id = w.id "
                                       "WHERE w.kind = 'full_time'")) == fullTime);
        CHECK(count(db, QStringLiteral("SELECT count(DISTINCT worker_id) FROM grids")) == fullTime);
        const int vacant = count(db, QStringLiteral("SELECT count(*) FROM grids WHERE worker_id IS NULL"));
        CHECK(vacant == 505 - fullTime);
        CHECK(sum.covers == 40);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM grid_covers c JOIN grids g ON g.id = c.grid_id "
                                       "JOIN workers w ON w.id = c.worker_id JOIN worker_grids m ON m.worker_id = w.id "
                                       "AND m.grid_id = g.id WHERE g.worker_id IS NULL AND w.kind = 'part_time' "
                                       "AND c.monthly_subsidy > 0")) == 40);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM grids g WHERE worker_id IS NULL AND NOT EXISTS "
                                       "(SELECT 1 FROM grid_covers c WHERE c.grid_id = g.id)")) == vacant - 40);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM workers WHERE kind = 'grid_head'")) == sum.communities);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM grids g JOIN workers h ON h.id = g.head_id "
                                       "WHERE h.kind = 'grid_head' AND h.community_id = g.community_id")) == 505);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM workers WHERE kind IN ('volunteer', 'building_leader')")) >
              0);
        CHECK(count(db, QStringLiteral("SELECT count(DISTINCT phone) FROM workers WHERE phone <> ''")) ==
              count(db, QStringLiteral("SELECT count(*) FROM workers WHERE phone <> ''")));
        const int oneStar = count(db, QStringLiteral("SELECT count(*) FROM workers WHERE star = 1"));
        const int twoStar = count(db, QStringLiteral("SELECT count(*) FROM workers WHERE star = 2"));
        CHECK(oneStar > twoStar);
        CHECK(twoStar > 0);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM workers WHERE star > 0 AND kind <> 'full_time'")) == 0);
        // Every full-time worker starts on the ladder's first rung; a few have climbed.
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM career_steps s JOIN workers w ON w.id = s.worker_id "
                                       "WHERE s.stage = 'grid_worker' AND s.date = w.start_date")) == fullTime);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM career_steps WHERE stage <> 'grid_worker'")) > 0);
    }

    // Grid figures stay in their ranges.
    {
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM grids WHERE households NOT BETWEEN 200 AND 600 "
                                       "OR elderly_percent NOT BETWEEN 15 AND 35 "
                                       "OR residents NOT BETWEEN 2 * households AND 3 * households")) == 0);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM grids g WHERE (SELECT count(*) FROM buildings b "
                                       "WHERE b.grid_id = g.id) NOT BETWEEN 5 AND 12")) == 0);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM grids g WHERE households <> (SELECT sum(households) "
                                       "FROM buildings b WHERE b.grid_id = g.id)")) == 0);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM grids WHERE kind = 'dedicated'")) >= 15);
    }

    // Office settings, operators and progress.
    {
        CHECK(db.meta(QStringLiteral("district_code")) == QStringLiteral("370202"));
        CHECK(db.meta(QStringLiteral("office_name")) == QStringLiteral("市南区网格化服务管理中心"));
        CHECK(sum.operators == 3);
        int n = 0;
        const DemoOperator *ops = demoOperators(&n);
        REQUIRE(n == 3);
        CHECK(QString::fromLatin1(ops[0].role) == QStringLiteral("admin"));
        OperatorService operators(db);
        for (int i = 0; i < n; ++i) {
            auto a = operators.authenticate(QString::fromLatin1(ops[i].login), QString::fromLatin1(ops[i].password));
            INFO(ops[i].login);
            REQUIRE(a.ok());
            CHECK(roleKey(a->role) == QString::fromLatin1(ops[i].role));
        }
        REQUIRE(reported.size() > 5);
        CHECK(reported.first() == 0.0);
        CHECK(reported.last() == 1.0);
        CHECK(std::is_sorted(reported.begin(), reported.end()));
        // Written as the system actor, which the caller gets back afterwards.
        CHECK(db.actor().role == Role::System);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE operator_login <> 'system'")) == 0);
    }
}

TEST_CASE("the same seed gives the same district, another seed another one")
{
    gdtest::TestDb a, b, c;
    generate(*a, 7);
    generate(*b, 7);
    generate(*c, 8);
    const QStringList first = fingerprint(*a);
    CHECK(first.size() > 5000);
    CHECK(first == fingerprint(*b));
    CHECK(a->siteId() != b->siteId()); // two offices, one district
    const QStringList other = fingerprint(*c);
    CHECK(first != other);
    // Different seeds never share ids either, so their rows cannot collide in a merge.
    QSet<QString> ids;
    for (const QString &line : first)
        ids.insert(line.section(QLatin1Char('|'), 1, 1));
    int shared = 0;
    for (const QString &line : other)
        shared += ids.contains(line.section(QLatin1Char('|'), 1, 1)) ? 1 : 0;
    CHECK(shared == 0);
}

TEST_CASE("the demo refuses a file that already has organisation data")
{
    gdtest::TestDb t;
    Street s;
    s.code = QStringLiteral("370202001");
    s.name = QStringLiteral("香港中路街道");
    REQUIRE(HierarchyService(*t).saveStreet(s).ok());
    const int audit = count(*t, QStringLiteral("SELECT count(*) FROM audit_log"));

    auto r = DemoDistrict::generate(*t);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Invalid);
    CHECK(r.message().contains(QStringLiteral("empty file")));
    CHECK(count(*t, QStringLiteral("SELECT count(*) FROM streets")) == 1);
    CHECK(count(*t, QStringLiteral("SELECT count(*) FROM grids")) == 0);
    CHECK(count(*t, QStringLiteral("SELECT count(*) FROM workers")) == 0);
    CHECK(count(*t, QStringLiteral("SELECT count(*) FROM audit_log")) == audit);
    CHECK_FALSE(OperatorService(*t).hasOperators());
    CHECK(t->meta(QStringLiteral("office_name")).isEmpty());
}

TEST_CASE("cancelling the demo leaves the file as it was")
{
    gdtest::TestDb t;
    const int audit = count(*t, QStringLiteral("SELECT count(*) FROM audit_log"));
    int calls = 0;
    DemoOptions options;
    options.progress = [&](double f) {
        ++calls;
        return f < 0.5;
    };
    auto r = DemoDistrict::generate(*t, options);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().isCancelled());
    CHECK(calls > 2);
    CHECK(count(*t, QStringLiteral("SELECT count(*) FROM streets")) == 0);
    CHECK(count(*t, QStringLiteral("SELECT count(*) FROM workers")) == 0);
    CHECK(count(*t, QStringLiteral("SELECT count(*) FROM audit_log")) == audit);
    CHECK_FALSE(OperatorService(*t).hasOperators());
    CHECK(t->meta(QStringLiteral("district_code")).isEmpty());
    CHECK_FALSE(t->inTransaction());
    CHECK(t->actor().role == Role::System);

    // The file is still usable: the demo can be generated into it afterwards.
    const DemoSummary sum = generate(*t, 1);
    CHECK(sum.grids == 505);
}

TEST_CASE("every demo record passes its service's validation")
{
    gdtest::TestDb t;
    generate(*t, 3);
    Database &db = *t;

    HierarchyService hierarchy(db);
    for (const Street &s : hierarchy.streets()) {
        INFO(s.name.toStdString());
        CHECK(hierarchy.validate(s).message.toStdString() == "");
    }
    for (const Community &c : hierarchy.communities()) {
        INFO(c.name.toStdString());
        CHECK(hierarchy.validate(c).message.toStdString() == "");
    }
    GridService grids(db);
    for (const Grid &g : grids.grids()) {
        INFO(g.name.toStdString());
        CHECK(grids.validate(g).message.toStdString() == "");
    }
    PoliceGridService police(db);
    for (const PoliceGrid &p : police.policeGrids()) {
        INFO(p.code.toStdString());
        CHECK(police.validate(p).message.toStdString() == "");
    }
    BuildingService buildings(db);
    for (const Row &r : selectRows(db, tables::buildings())) {
        const Building b = org::buildingFrom(r.first, r.second);
        INFO(b.name.toStdString());
        CHECK(buildings.validate(b).message.toStdString() == "");
    }
    WorkerService workers(db);
    for (const WorkerSummary &s : workers.list()) {
        auto w = workers.worker(s.worker.id);
        REQUIRE(w.ok());
        INFO(w->name.toStdString());
        CHECK(workers.validate(*w).message.toStdString() == "");
    }
    UnitService units(db);
    const QList<Unit> all = units.units();
    REQUIRE(all.size() > 20);
    for (const Unit &u : all) {
        INFO(u.name.toStdString());
        CHECK(units.validate(u).message.toStdString() == "");
        const QList<UnitContact> contacts = units.contacts(u.id);
        CHECK_FALSE(contacts.isEmpty());
        for (const UnitContact &c : contacts)
            CHECK(units.validate(c).message.toStdString() == "");
    }
    for (const char *kind : {"heating", "gas", "power", "water", "property", "telecom", "police_station",
                             "law_enforcement", "street_department"})
        CHECK_FALSE(units.units(QString::fromLatin1(kind)).isEmpty());
    CHECK(units.units(QStringLiteral("power")).first().servicePhone == QStringLiteral("95598"));
}

TEST_CASE("demo addresses find their grid, and service edits do not duplicate them")
{
    gdtest::TestDb t;
    generate(*t, 1);
    Database &db = *t;
    BuildingService service(db);
    const QList<Row> rows = selectRows(db, tables::buildings());
    REQUIRE(rows.size() > 2500);
    int checked = 0;
    for (int i = 0; i < rows.size(); i += 37) {
        const Building b = org::buildingFrom(rows.at(i).first, rows.at(i).second);
        INFO(b.address.toStdString() + " / " + b.name.toStdString());
        for (const QString &text :
             {b.address, b.name, QStringLiteral("青岛市市南区 ") + b.address + QStringLiteral("3单元201")}) {
            const QList<AddressMatch> found = service.lookup(text, 1);
            REQUIRE(found.size() == 1);
            CHECK(found.first().buildingId == b.id);
            CHECK(found.first().gridId == b.gridId);
        }
        ++checked;
    }
    CHECK(checked > 50);

    // Saving a demo building unchanged and adding its own name again write no new address rows.
    const int before = count(db, QStringLiteral("SELECT count(*) FROM addresses"));
    for (int i = 0; i < rows.size(); i += 101) {
        const Building b = org::buildingFrom(rows.at(i).first, rows.at(i).second);
        REQUIRE(service.save(b).ok());
        REQUIRE(service.addAddress(b.id, b.name).ok());
    }
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM addresses")) == before);
}

TEST_CASE("grid summaries of the demo carry worker names and police grid codes")
{
    gdtest::TestDb t;
    generate(*t, 1);
    const QList<GridSummary> all = GridService(*t).summaries();
    REQUIRE(all.size() == 505);
    int withWorker = 0;
    for (const GridSummary &s : all) {
        INFO(s.grid.code.toStdString());
        CHECK(s.grid.code.startsWith(s.communityCode));
        CHECK(s.policeGridCode.startsWith(QStringLiteral("JG-") + s.streetCode));
        CHECK_FALSE(s.officerName.isEmpty());
        CHECK_FALSE(s.officerPhone.isEmpty());
        CHECK_FALSE(s.headName.isEmpty());
        CHECK(s.buildingCount >= 5);
        CHECK(s.grid.workerId.isEmpty() == s.workerName.isEmpty());
        if (!s.workerName.isEmpty()) {
            ++withWorker;
            CHECK(s.workerPhone.size() == 11);
        }
    }
    CHECK(withWorker == 505 - 65);
}
