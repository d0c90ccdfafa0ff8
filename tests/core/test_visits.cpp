// Visits and patrols and the care register (visits/): every bad input refused by its field, the
// list paged newest first and filtered exactly as a brute-force pass over the rows, a finding
// registered as a patrol case credited to the visit's worker and linked both ways (or neither,
// when the case is refused), the care register's personal data shown in full only to the grid's
// worker, its head and supervisors — masked for others, audited when opened — and late care
// visits counted per worker. Two offices' visits, photos and households converge by exchange.
#include "access/PersonalData.h"
#include "cases/CaseService.h"
#include "test_exchange_fixture.h"
#include "visits/CareRegister.h"
#include "visits/VisitService.h"

#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

using namespace gd;
using namespace gdtest;

namespace {

QByteArray jpeg(int size = 32)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG");
    return bytes;
}

struct VisitWorld : CaseWorld {
    QString otherWorker, otherGrid, otherBuilding;
    VisitWorld()
    {
        QSqlQuery q(t->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT community_id FROM grids WHERE id = '%1'").arg(grid)));
        REQUIRE(q.next());
        otherWorker = addWorker(*t, QStringLiteral("王芳"), QStringLiteral("13953200002"));
        otherGrid = addGrid(*t, q.value(0).toString(), QStringLiteral("370202002001002"),
                            QStringLiteral("红岛路社区第2网格"), otherWorker);
        Building b;
        b.gridId = otherGrid;
        b.name = QStringLiteral("书香家园50号楼");
        b.address = QStringLiteral("三明南路4号");
        otherBuilding = must(BuildingService(*t).save(b));
    }
    Visit visit(qint64 minutesAgo = 30) const
    {
        Visit v;
        v.workerId = worker;
        v.gridId = grid;
        v.buildingId = building;
        v.unit = QStringLiteral("2");
        v.room = QStringLiteral("301");
        v.atMs = t.clock->nowMs() - minutesAgo * 60 * 1000;
        v.peopleMet = QStringLiteral("张大爷");
        v.found = QStringLiteral("楼道灯不亮");
        return v;
    }
};

} // namespace

TEST_CASE("a visit is refused by the field that is wrong, and nothing is written", "[visits]")
{
    VisitWorld w;
    VisitService visits(*w.t);
    const auto refused = [&](const Visit &v, const char *field) {
        auto r = visits.record(v);
        INFO(field);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QLatin1String(field));
        CHECK_FALSE(r.message().isEmpty());
    };
    Visit v = w.visit();
    v.workerId = QStringLiteral("nobody");
    refused(v, "worker_id");
    v = w.visit();
    v.kind = QStringLiteral("party");
    refused(v, "kind");
    v = w.visit();
    v.atMs = 0;
    refused(v, "at_ms");
    v.atMs = w.t.clock->nowMs() + 3600 * 1000;
    refused(v, "at_ms");
    v = w.visit();
    v.gridId.clear();
    refused(v, "grid_id");
    v = w.visit();
    v.buildingId = w.otherBuilding;
    refused(v, "building_id");
    v = w.visit();
    v.buildingId.clear();
    refused(v, "place"); // nowhere at all
    v = w.visit();
    v.place = QString(101, QChar(0x8def));
    refused(v, "place");
    v = w.visit();
    v.found = QString(2001, QLatin1Char('x'));
    refused(v, "found");
    v = w.visit();
    v.photos = {QByteArray("GIF89a not a jpeg")};
    refused(v, "photos");
    v.photos = QList<QByteArray>(visits::kMaxPhotos + 1, jpeg());
    refused(v, "photos");
    v.photos = {jpeg() + QByteArray(visits::kMaxPhotoBytes, 'x')};
    refused(v, "photos");
    v = w.visit();
    v.place = QStringLiteral("北门\x01"); // a control character: refused here, not by the office it is sent to
    refused(v, "place");
    v = w.visit();
    v.found = QStringLiteral("井盖松动\n已设警示"); // several lines where several lines belong
    CHECK(visits.validate(v).kind == ErrorKind::None);
    QSqlQuery q(w.t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM visits) + (SELECT count(*) FROM visit_photos)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);

    // Nobody signed in may record nothing.
    Actor none;
    w.t->setActor(none);
    auto anonymous = visits.record(w.visit());
    REQUIRE_FALSE(anonymous.ok());
    CHECK(anonymous.error().kind == ErrorKind::Permission);
}

TEST_CASE("a visit is kept with its photos and listed newest first, page by page, filtered exactly", "[visits]")
{
    VisitWorld w;
    VisitService visits(*w.t);
    Visit first = w.visit(120);
    first.photos = {jpeg(), jpeg(48)};
    const QString id = must(visits.record(first));
    auto back = visits.visit(id);
    REQUIRE(back.ok());
    CHECK(back->photos == first.photos);
    CHECK(back->found == first.found);
    CHECK(back->unit == QStringLiteral("2"));

    // Forty more by both workers, both kinds, on both grids, at random minutes (some equal).
    QRandomGenerator rng(11);
    for (int i = 0; i < 40; ++i) {
        Visit v = w.visit(int(rng.bounded(60 * 24 * 20)));
        v.atMs -= v.atMs % (10 * 60 * 1000); // ties on the minute, so the id breaks them
        if (rng.bounded(2)) {
            v.workerId = w.otherWorker;
            v.gridId = w.otherGrid;
            v.buildingId = w.otherBuilding;
        }
        if (rng.bounded(3) == 0) {
            v.kind = QStringLiteral("patrol");
            v.buildingId.clear();
            v.place = QStringLiteral("小区北门");
        }
        must(visits.record(v));
    }
    struct Brute {
        QString id, worker, grid, kind;
        qint64 at;
    };
    QList<Brute> all;
    QSqlQuery q(w.t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id, worker_id, grid_id, kind, at_ms FROM visits WHERE deleted = 0")));
    while (q.next())
        all << Brute{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toLongLong()};
    std::sort(all.begin(), all.end(),
              [](const Brute &a, const Brute &b) { return a.at != b.at ? a.at > b.at : a.id > b.id; });

    const qint64 from = w.t.clock->nowMs() - qint64(10) * 24 * 3600 * 1000;
    const QList<std::pair<VisitFilter, std::function<bool(const Brute &)>>> filters{
        {{}, [](const Brute &) { return true; }},
        {[&] {
             VisitFilter f;
             f.workerId = w.otherWorker;
             return f;
         }(),
         [&](const Brute &b) { return b.worker == w.otherWorker; }},
        {[&] {
             VisitFilter f;
             f.gridId = w.grid;
             f.kind = QStringLiteral("patrol");
             return f;
         }(),
         [&](const Brute &b) { return b.grid == w.grid && b.kind == QLatin1String("patrol"); }},
        {[&] {
             VisitFilter f;
             f.fromMs = from;
             return f;
         }(),
         [&](const Brute &b) { return b.at >= from; }},
    };
    for (const auto &[filter, keep] : filters) {
        QStringList expected, listed;
        for (const Brute &b : all)
            if (keep(b))
                expected << b.id;
        QString after;
        do {
            auto page = visits.page(filter, 7, after);
            REQUIRE(page.ok());
            for (const VisitRow &r : page->rows)
                listed << r.id;
            after = page->nextKey;
        } while (!after.isEmpty());
        CHECK(listed == expected);
        CHECK(visits.count(filter).value() == expected.size());
    }
    auto one = visits.page({}, 1000);
    REQUIRE(one.ok());
    const auto row = std::find_if(one->rows.begin(), one->rows.end(), [&](const VisitRow &r) { return r.id == id; });
    REQUIRE(row != one->rows.end());
    CHECK(row->photos == 2);
    CHECK(row->place == QStringLiteral("书香家园49号楼 unit 2 301"));
    CHECK_FALSE(visits.page({}, 0).ok());
    CHECK_FALSE(visits.page({}, 5, QStringLiteral("garbage")).ok());

    // A visit taken back goes with its photos.
    REQUIRE(visits.remove(id).ok());
    CHECK_FALSE(visits.visit(id).ok());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM visit_photos WHERE deleted = 0")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("a visit's finding becomes a patrol case credited to its worker, linked both ways", "[visits]")
{
    VisitWorld w;
    VisitService visits(*w.t);
    const QString visitId = must(visits.record(w.visit()));
    Case draft;
    draft.categoryId = w.category;
    draft.requestType = QStringLiteral("report");
    draft.reporterName = QStringLiteral("陈姝夷");
    const QString caseId = must(visits.registerFinding(visitId, draft));
    auto c = CaseService(*w.t).caseById(caseId);
    REQUIRE(c.ok());
    CHECK(c->channel == QStringLiteral("patrol"));
    CHECK(c->proactive);
    CHECK(c->foundByWorkerId == w.worker);
    CHECK(c->gridId == w.grid);
    CHECK(c->buildingId == w.building);
    CHECK(c->description == QStringLiteral("楼道灯不亮")); // the finding, when the draft says nothing
    CHECK(visits.visit(visitId)->caseId == caseId);
    auto behind = visits.ofCase(caseId);
    REQUIRE(behind.ok());
    REQUIRE(behind->size() == 1);
    CHECK(behind->first().id == visitId);
    CHECK(behind->first().caseNumber == c->number);
    VisitFilter found;
    found.foundOnly = true;
    CHECK(visits.count(found).value() == 1);
    // Once only.
    auto again = visits.registerFinding(visitId, draft);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().field == QStringLiteral("case_id"));

    // A case the desk refuses (no category) leaves neither a case nor a link.
    const QString second = must(visits.record(w.visit()));
    QSqlQuery q(w.t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM cases")));
    REQUIRE(q.next());
    const int cases = q.value(0).toInt();
    Case bad = draft;
    bad.categoryId.clear();
    REQUIRE_FALSE(visits.registerFinding(second, bad).ok());
    CHECK(visits.visit(second)->caseId.isEmpty());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM cases")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == cases);
}

TEST_CASE("the care register shows a household in full only to its grid's worker, head and supervisors",
          "[visits][privacy]")
{
    VisitWorld w;
    CareRegister care(*w.t);
    CareHousehold h;
    h.gridId = w.grid;
    h.buildingId = w.building;
    h.name = QStringLiteral("李秀英");
    h.phone = QStringLiteral("13812345678");
    h.address = QStringLiteral("书香家园49号楼2单元301");
    h.kind = QStringLiteral("elderly_alone");
    h.intervalDays = 7;
    h.note = QStringLiteral("独居，腿脚不便");
    const QString id = must(care.save(h));

    // The other grid's worker reads it masked and may neither open nor change it.
    w.signInAs(Role::Staff, w.otherWorker);
    auto masked = care.list({});
    REQUIRE(masked.ok());
    REQUIRE(masked->size() == 1);
    CHECK_FALSE(masked->first().shown);
    CHECK(masked->first().household.name == QStringLiteral("李**"));
    CHECK(masked->first().household.phone == QStringLiteral("138****5678"));
    CHECK(masked->first().household.address == QStringLiteral("书香家园49号楼***"));
    CHECK(masked->first().household.note.isEmpty());
    auto refused = care.open(id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Permission);
    CareHousehold changed = h;
    changed.id = id;
    changed.intervalDays = 14;
    CHECK(care.save(changed).error().kind == ErrorKind::Permission);
    CHECK(care.deactivate(id).error().kind == ErrorKind::Permission);

    // The grid's own worker, and a supervisor, see it whole; opening it is audited.
    for (const auto &[role, worker] : {std::pair{Role::Staff, w.worker}, std::pair{Role::Supervisor, QString()}}) {
        w.signInAs(role, worker);
        auto full = care.list({});
        REQUIRE(full.ok());
        CHECK(full->first().shown);
        CHECK(full->first().household.phone == h.phone);
        auto opened = care.open(id);
        REQUIRE(opened.ok());
        CHECK(opened->name == h.name);
    }
    QSqlQuery q(w.t->sql());
    REQUIRE(q.exec(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'open_personal' AND row_id = '%1'").arg(id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);

    // Bad input, by field.
    w.signInAs(Role::Supervisor);
    CareHousehold bad = h;
    bad.intervalDays = 0;
    CHECK(care.save(bad).error().field == QStringLiteral("interval_days"));
    bad = h;
    bad.kind = QStringLiteral("rich");
    CHECK(care.save(bad).error().field == QStringLiteral("kind"));
    bad = h;
    bad.name = QStringLiteral("  ");
    CHECK(care.save(bad).error().field == QStringLiteral("name"));
    bad = h;
    bad.buildingId = w.otherBuilding;
    CHECK(care.save(bad).error().field == QStringLiteral("building_id"));
}

TEST_CASE("a care household is late once its interval passes without a visit, counted per worker", "[visits]")
{
    VisitWorld w;
    CareRegister care(*w.t);
    VisitService visits(*w.t);
    CareHousehold h;
    h.gridId = w.grid;
    h.name = QStringLiteral("李秀英");
    h.kind = QStringLiteral("elderly_alone");
    h.intervalDays = 7;
    const QString weekly = must(care.save(h));
    h.name = QStringLiteral("赵桂兰");
    h.intervalDays = 30;
    must(care.save(h));
    const qint64 day = 24LL * 3600 * 1000;
    w.t.clock->advance(10 * day); // ten days on, neither visited: the weekly one is late
    auto late = care.lateByWorker();
    REQUIRE(late.ok());
    REQUIRE(late->size() == 1);
    CHECK(late->first().workerId == w.worker);
    CHECK(late->first().households == 2);
    CHECK(late->first().late == 1);
    CareFilter lateOnly;
    lateOnly.lateOnly = true;
    REQUIRE(care.list(lateOnly)->size() == 1);
    CHECK(care.list(lateOnly)->first().household.id == weekly);

    // A care visit two days ago puts it back on time, due five days on.
    Visit v = w.visit(2 * 24 * 60);
    v.buildingId.clear();
    v.householdId = weekly;
    must(visits.record(v));
    CHECK(care.lateByWorker()->first().late == 0);
    auto rows = care.list({});
    REQUIRE(rows.ok());
    const auto it =
        std::find_if(rows->begin(), rows->end(), [&](const CareRow &r) { return r.household.id == weekly; });
    REQUIRE(it != rows->end());
    CHECK(it->lastVisitMs == v.atMs);
    CHECK(it->dueMs == v.atMs + 7 * day);
    // A care visit of another grid's household is refused.
    v.gridId = w.otherGrid;
    v.workerId = w.otherWorker;
    v.place = QStringLiteral("小区北门");
    CHECK(visits.record(v).error().field == QStringLiteral("household_id"));
}

TEST_CASE("two offices' visits, photos and care households converge by exchange", "[visits][exchange]")
{
    VisitWorld a;
    TestDb b;
    send(*a.t, *b, a.t.dir.path());
    Visit v = a.visit();
    v.photos = {jpeg()};
    const QString atA = must(VisitService(*a.t).record(v));
    CareHousehold h;
    h.gridId = a.grid;
    h.name = QStringLiteral("李秀英");
    h.kind = QStringLiteral("disabled");
    must(CareRegister(*a.t).save(h));
    b.clock->setMs(a.t.clock->nowMs() + 1000);
    Visit fromB = a.visit(5);
    fromB.kind = QStringLiteral("patrol");
    const QString atB = must(VisitService(*b).record(fromB));
    send(*a.t, *b, a.t.dir.path());
    send(*b, *a.t, a.t.dir.path());
    for (Database *db : {a.t.db.get(), b.db.get()}) {
        VisitService visits(*db);
        CHECK(visits.count({}).value() == 2);
        CHECK(visits.visit(atA)->photos == v.photos);
        CHECK(visits.visit(atB)->kind == QStringLiteral("patrol"));
        CHECK(CareRegister(*db).list({})->size() == 1);
    }
    CHECK(digestOf(*a.t) == digestOf(*b));
}

TEST_CASE("a street's package carries its grids' visits, photos and care households, and no other street's",
          "[visits][exchange]")
{
    VisitWorld a;
    // A second street with its own grid, worker and visit.
    const QString street2 = addStreet(*a.t, QStringLiteral("370202003"), QStringLiteral("湛山街道"));
    const QString community2 = addCommunity(*a.t, street2, QStringLiteral("370202003001"), QStringLiteral("湛山社区"));
    const QString worker2 = addWorker(*a.t, QStringLiteral("王晓梅"), QStringLiteral("13953200007"));
    const QString grid2 =
        addGrid(*a.t, community2, QStringLiteral("370202003001001"), QStringLiteral("湛山社区第1网格"), worker2);
    Visit mine = a.visit();
    mine.photos = {jpeg()};
    must(VisitService(*a.t).record(mine));
    Visit theirs = a.visit();
    theirs.workerId = worker2;
    theirs.gridId = grid2;
    theirs.buildingId.clear();
    theirs.place = QStringLiteral("湛山市场");
    theirs.photos = {jpeg()};
    must(VisitService(*a.t).record(theirs));
    CareHousehold h;
    h.gridId = grid2;
    h.name = QStringLiteral("赵桂兰");
    h.kind = QStringLiteral("difficulty");
    must(CareRegister(*a.t).save(h));

    TestDb street;
    exchange::ExportScope scope;
    scope.kind = exchange::ExportScope::Street;
    scope.code = QStringLiteral("370202002");
    send(*a.t, *street, a.t.dir.path(), false, scope);
    QSqlQuery q(street->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM visits), (SELECT count(*) FROM visit_photos), (SELECT "
                                  "count(*) FROM care_households)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(q.value(1).toInt() == 1);
    CHECK(q.value(2).toInt() == 0);
    auto page = VisitService(*street).page({}, 10);
    REQUIRE(page.ok());
    REQUIRE(page->rows.size() == 1);
    CHECK(page->rows.first().gridId == a.grid);
}
