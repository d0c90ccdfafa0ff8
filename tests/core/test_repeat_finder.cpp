// Repeat detection at intake: which earlier cases are offered, in what order, with what
// explanation — and that every lookup stays on an index of a 1,000,000-case file.
#include "cases/RepeatFinder.h"
#include "cases/TextSimilarity.h"
#include "org/BuildingService.h"
#include "schema/Tables.h"
#include "storage/Transaction.h"
#include "test_org_fixture.h"

#include <QSqlQuery>

using namespace gd;
using namespace gdtest;

namespace {

constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

struct Spec {
    QString phone;
    QString building; // the grid follows the building unless grid is given
    QString grid;
    QString category;
    QString description = QStringLiteral("楼道灯坏了");
    int daysAgo = 1;
    QString state = QStringLiteral("registered");
    int closedDaysAgo = -1; // closed_ms, when >= 0
};

// One community with two grids; grid 1 has two buildings. Cases are written straight through
// RowStore (the intake service is not needed to test the finder) and their derived columns
// set with plain SQL, as the workflow would leave them.
struct RepeatWorld {
    TestDb t;
    QString grid1, grid2, building1, building2, building3, lights, rubbish;
    int serial = 0;

    RepeatWorld()
    {
        const QString street = addStreet(*t, QStringLiteral("370202002"), QStringLiteral("八大关"));
        const QString community = addCommunity(*t, street, QStringLiteral("370202002001"), QStringLiteral("红岛路"));
        grid1 = addGrid(*t, community, QStringLiteral("370202002001001"), QStringLiteral("红岛路第1网格"));
        grid2 = addGrid(*t, community, QStringLiteral("370202002001002"), QStringLiteral("红岛路第2网格"));
        building1 = addBuilding(grid1, QStringLiteral("书香家园49号楼"));
        building2 = addBuilding(grid1, QStringLiteral("书香家园50号楼"));
        building3 = addBuilding(grid2, QStringLiteral("红岛路8号楼"));
        Transaction tx(*t);
        lights = must(RowStore(*t).insert(tables::categories(), {{QStringLiteral("code"), QStringLiteral("9908")},
                                                                 {QStringLiteral("name"), QStringLiteral("楼道灯")}}));
        rubbish = must(RowStore(*t).insert(tables::categories(), {{QStringLiteral("code"), QStringLiteral("9904")},
                                                                  {QStringLiteral("name"), QStringLiteral("垃圾")}}));
        REQUIRE(tx.commit().ok());
    }

    QString addBuilding(const QString &grid, const QString &name)
    {
        Building b;
        b.gridId = grid;
        b.name = name;
        b.address = name;
        return must(BuildingService(*t).save(b));
    }

    qint64 now() const { return t.clock->nowMs(); }

    QString add(const Spec &s)
    {
        const QString grid = !s.grid.isEmpty() ? s.grid : (s.building == building3 ? grid2 : grid1);
        auto idOrNull = [](const QString &id) { return id.isEmpty() ? QVariant() : QVariant(id); };
        QVariantMap v{{QStringLiteral("number"), QStringLiteral("260101-%1").arg(++serial, 6, 10, QLatin1Char('0'))},
                      {QStringLiteral("channel"), QStringLiteral("phone")},
                      {QStringLiteral("request_type"), QStringLiteral("help")},
                      {QStringLiteral("category_id"), idOrNull(s.category)},
                      {QStringLiteral("urgency"), QStringLiteral("normal")},
                      {QStringLiteral("reporter_phone"), s.phone},
                      {QStringLiteral("building_id"), idOrNull(s.building)},
                      {QStringLiteral("grid_id"), grid},
                      {QStringLiteral("description"), s.description},
                      {QStringLiteral("received_ms"), now() - s.daysAgo * kDay},
                      {QStringLiteral("lead_name"), QStringLiteral("红岛路社区")}};
        Transaction tx(*t);
        const QString id = must(RowStore(*t).insert(tables::cases(), v));
        QSqlQuery q(t->sql());
        q.prepare(QStringLiteral("UPDATE cases SET state = ?, closed_ms = ? WHERE id = ?"));
        q.addBindValue(s.state);
        q.addBindValue(s.closedDaysAgo >= 0 ? QVariant(now() - s.closedDaysAgo * kDay) : QVariant());
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(tx.commit().ok());
        return id;
    }

    RepeatProbe probe() const
    {
        RepeatProbe p;
        p.reporterPhone = QStringLiteral("13953200002");
        p.buildingId = building1;
        p.gridId = grid1;
        p.categoryId = lights;
        p.text = RepeatFinder::caseText(QStringLiteral("三单元楼道的灯坏了，一直没人修"), QString());
        return p;
    }

    QList<RepeatCandidate> find(const RepeatProbe &p, int limit = 10) { return RepeatFinder(*t).find(p, limit); }
};

QStringList ids(const QList<RepeatCandidate> &list)
{
    QStringList out;
    for (const RepeatCandidate &c : list)
        out << c.caseId;
    return out;
}

RepeatCandidate byId(const QList<RepeatCandidate> &list, const QString &id)
{
    for (const RepeatCandidate &c : list)
        if (c.caseId == id)
            return c;
    FAIL("case " << id.toStdString() << " not offered");
    return {};
}

} // namespace

TEST_CASE("the same phone is found however it is written", "[repeats]")
{
    RepeatWorld w;
    // Stored normalised, as the intake service keeps them; another grid and category, so only
    // the phone links them.
    const QString mobile = w.add({QStringLiteral("13953200002"), w.building3, {}, w.rubbish});
    const QString landline = w.add({QStringLiteral("0532-82871234"), w.building3, {}, w.rubbish});
    RepeatProbe p = w.probe();
    for (const char *typed : {"13953200002", "139 5320 0002", "139-5320-0002", "１３９５３２００００２"}) {
        p.reporterPhone = QString::fromUtf8(typed);
        const auto found = w.find(p);
        INFO(typed);
        REQUIRE(ids(found) == QStringList{mobile});
        CHECK(found.front().reasons == QStringList{QStringLiteral("phone")});
    }
    for (const char *typed : {"0532-82871234", "053282871234", "0532 8287 1234"}) {
        p.reporterPhone = QString::fromUtf8(typed);
        INFO(typed);
        CHECK(ids(w.find(p)) == QStringList{landline});
    }
}

TEST_CASE("short phone numbers are not a reason", "[repeats]")
{
    RepeatWorld w;
    w.add({QStringLiteral("12345"), w.building3, {}, w.rubbish});
    RepeatProbe p = w.probe();
    p.reporterPhone = QStringLiteral("12345");
    CHECK(w.find(p).isEmpty());
}

TEST_CASE("the same building with the same category is found", "[repeats]")
{
    RepeatWorld w;
    const QString same = w.add({QStringLiteral("13800000001"), w.building1, {}, w.lights});
    w.add({QStringLiteral("13800000002"), w.building1, {}, w.rubbish}); // other matter, same building
    const auto found = w.find(w.probe());
    REQUIRE(ids(found) == QStringList{same});
    CHECK(found.front().reasons == QStringList{QStringLiteral("building_category")});
    CHECK(found.front().open);
}

TEST_CASE("the same building under another category is found when the texts are alike", "[repeats]")
{
    RepeatWorld w;
    Spec alike{QStringLiteral("13800000001"), w.building1, {}, w.rubbish};
    alike.description = QStringLiteral("三单元楼道的灯坏了，一直没人修，晚上很黑");
    const QString same = w.add(alike);
    Spec other{QStringLiteral("13800000002"), w.building1, {}, w.rubbish};
    other.description = QStringLiteral("垃圾桶满了没人清运，气味很大");
    w.add(other);
    const auto found = w.find(w.probe());
    REQUIRE(ids(found) == QStringList{same});
    CHECK(found.front().reasons == QStringList{QStringLiteral("building_text")});
    CHECK(found.front().similarity >= RepeatFinder::kCrossCategorySimilarity);
    CHECK(found.front().reasonText.contains(QStringLiteral("another category")));
    // Without the probe's text nothing links another category's case.
    RepeatProbe noText = w.probe();
    noText.text.clear();
    CHECK(w.find(noText).isEmpty());
}

TEST_CASE("each candidate says in words how likely a repeat it is", "[repeats]")
{
    RepeatWorld w;
    Spec strong{QStringLiteral("13953200002"), w.building1, {}, w.lights};
    strong.description = QStringLiteral("三单元楼道的灯坏了，一直没人修");
    const QString likely = w.add(strong);
    const QString possible = w.add({QStringLiteral("13800000009"), w.building3, w.grid2, w.lights});
    RepeatProbe p = w.probe();
    const auto found = w.find(p);
    REQUIRE(found.size() >= 1);
    CHECK(found.front().caseId == likely);
    CHECK(found.front().score >= RepeatFinder::kLikelyScore);
    CHECK(found.front().likelihood == QStringLiteral("likely"));
    CHECK(RepeatFinder::likelihoodName(QStringLiteral("likely")) == QStringLiteral("Very likely a repeat"));
    CHECK(RepeatFinder::likelihoodName(QStringLiteral("possible")) == QStringLiteral("Possibly a repeat"));
    // A place alone, another grid's case of the category found by the grid lookup: possible at most.
    p.reporterPhone.clear();
    p.buildingId.clear();
    p.gridId = w.grid2;
    const auto byGrid = w.find(p);
    REQUIRE(ids(byGrid).contains(possible));
    for (const RepeatCandidate &c : byGrid)
        CHECK(c.likelihood ==
              (c.score >= RepeatFinder::kLikelyScore ? QStringLiteral("likely") : QStringLiteral("possible")));
    CHECK(byGrid.back().likelihood == QStringLiteral("possible"));
}

TEST_CASE("the same grid with the same category is found", "[repeats]")
{
    RepeatWorld w;
    const QString neighbour = w.add({QStringLiteral("13800000001"), w.building2, {}, w.lights});
    const QString noBuilding = w.add({QStringLiteral("13800000003"), {}, w.grid1, w.lights});
    w.add({QStringLiteral("13800000002"), w.building3, {}, w.lights});  // other grid
    w.add({QStringLiteral("13800000004"), w.building2, {}, w.rubbish}); // other category
    const auto found = w.find(w.probe());
    CHECK(ids(found).size() == 2);
    CHECK(byId(found, neighbour).reasons == QStringList{QStringLiteral("grid_category")});
    CHECK(byId(found, noBuilding).reasons == QStringList{QStringLiteral("grid_category")});
}

TEST_CASE("closed cases count only inside the window, open ones however old", "[repeats]")
{
    RepeatWorld w;
    const QString b = w.building1;
    const QString recentClosed =
        w.add({{}, b, {}, w.lights, QStringLiteral("楼道灯坏了"), 20, QStringLiteral("archived"), 10});
    const QString completed = w.add(
        {{}, b, {}, w.lights, QStringLiteral("楼道灯坏了"), 12, QStringLiteral("completed")}); // no closed_ms before
                                                                                               // the callback
    const QString oldClosed =
        w.add({{}, b, {}, w.lights, QStringLiteral("楼道灯坏了"), 45, QStringLiteral("callback_done"), 35});
    const QString oldReceived = w.add(
        {{}, b, {}, w.lights, QStringLiteral("楼道灯坏了"), 40, QStringLiteral("refused"), 5}); // closed lately,
                                                                                                // received long ago
    const QString oldOpen =
        w.add({{}, b, {}, w.lights, QStringLiteral("楼道灯坏了"), 200, QStringLiteral("in_progress")});
    const QString ancientOpen =
        w.add({{}, b, {}, w.lights, QStringLiteral("楼道灯坏了"), 400, QStringLiteral("dispatched")});
    RepeatProbe p = w.probe();
    QStringList found = ids(w.find(p));
    CHECK(found.contains(recentClosed));
    CHECK(found.contains(completed));
    CHECK(found.contains(oldOpen));
    CHECK_FALSE(found.contains(oldClosed));
    CHECK_FALSE(found.contains(oldReceived));
    CHECK_FALSE(found.contains(ancientOpen)); // beyond the open look-back (a year)

    // The window is a setting: widened to 60 days the old closed ones count again.
    p.windowDays = 60;
    found = ids(w.find(p));
    CHECK(found.contains(oldClosed));
    CHECK(found.contains(oldReceived));
}

TEST_CASE("deleted cases and the excluded case are never offered", "[repeats]")
{
    RepeatWorld w;
    const QString kept = w.add({QStringLiteral("13953200002"), w.building1, {}, w.lights});
    const QString deleted = w.add({QStringLiteral("13953200002"), w.building1, {}, w.lights});
    const QString self = w.add({QStringLiteral("13953200002"), w.building1, {}, w.lights});
    {
        Transaction tx(*w.t);
        REQUIRE(RowStore(*w.t).tombstone(tables::cases(), deleted).ok());
        REQUIRE(tx.commit().ok());
    }
    RepeatProbe p = w.probe();
    p.excludeCaseId = self;
    CHECK(ids(w.find(p)) == QStringList{kept});
}

TEST_CASE("phone, building and similar text rank above a grid-only match", "[repeats]")
{
    RepeatWorld w;
    // The grid-only case is newer, so only the score can put the other first.
    const QString strong = w.add({QStringLiteral("13953200002"),
                                  w.building1,
                                  {},
                                  w.lights,
                                  QStringLiteral("楼道灯坏了好几天没人修"),
                                  6,
                                  QStringLiteral("callback_done"),
                                  2});
    const QString gridOnly =
        w.add({QStringLiteral("13800000009"), w.building2, {}, w.lights, QStringLiteral("50号楼门口路灯不亮"), 1});
    const QString phoneOnly =
        w.add({QStringLiteral("13953200002"), w.building3, {}, w.rubbish, QStringLiteral("垃圾桶满了没人清"), 3});
    const auto found = w.find(w.probe());
    REQUIRE(ids(found) == (QStringList{strong, phoneOnly, gridOnly}));

    const RepeatCandidate &top = found.front();
    CHECK(top.reasons == (QStringList{QStringLiteral("phone"), QStringLiteral("building_category")}));
    CHECK(top.similarity == Approx(10.0 / 23));
    const int percent = qRound(top.similarity * 100);
    CHECK(top.score == RepeatFinder::kPhoneScore + RepeatFinder::kBuildingScore +
                           qRound(RepeatFinder::kTextScore * top.similarity)); // closed: no open bonus
    CHECK(top.reasonText == QStringLiteral("same phone, same building, same category, text %1% alike").arg(percent));
    CHECK_FALSE(top.open);
    CHECK(top.number.startsWith(QStringLiteral("260101-")));
    CHECK(top.state == QStringLiteral("callback_done"));
    CHECK(top.receivedMs == w.now() - 6 * kDay);

    const RepeatCandidate &last = found.back();
    CHECK(last.reasons == QStringList{QStringLiteral("grid_category")});
    CHECK(last.reasonText.startsWith(QStringLiteral("same grid, same category, text ")));
    CHECK(last.score ==
          RepeatFinder::kGridScore + qRound(RepeatFinder::kTextScore * last.similarity) + RepeatFinder::kOpenScore);
}

TEST_CASE("equal scores put the most recent case first, and the limit holds", "[repeats]")
{
    RepeatWorld w;
    QStringList newestFirst;
    for (int days : {3, 9, 1, 5})
        newestFirst << w.add({{}, w.building1, {}, w.lights, QStringLiteral("楼道灯坏了"), days});
    std::sort(newestFirst.begin(), newestFirst.end(), [&w](const QString &a, const QString &b) {
        return raw(*w.t, QStringLiteral("cases"), QStringLiteral("received_ms"), a).toLongLong() >
               raw(*w.t, QStringLiteral("cases"), QStringLiteral("received_ms"), b).toLongLong();
    });
    CHECK(ids(w.find(w.probe())) == newestFirst);
    CHECK(ids(w.find(w.probe(), 2)) == newestFirst.mid(0, 2));
    CHECK(w.find(w.probe(), 0).isEmpty());
}

TEST_CASE("without a category only the phone links cases, without text no percentage is given", "[repeats]")
{
    RepeatWorld w;
    const QString byPhone = w.add({QStringLiteral("13953200002"), w.building1, {}, w.lights});
    w.add({QStringLiteral("13800000001"), w.building1, {}, w.lights});
    RepeatProbe p = w.probe();
    p.categoryId.clear();
    p.text.clear();
    const auto found = w.find(p);
    REQUIRE(ids(found) == QStringList{byPhone});
    CHECK(found.front().similarity == 0.0);
    CHECK(found.front().reasonText == QStringLiteral("same phone"));
}

TEST_CASE("every repeat lookup walks an index, never the whole table", "[repeats]")
{
    TestDb t;
    const QStringList sqls = RepeatFinder::querySql();
    CHECK(sqls.size() == 8); // recent and older-open, for phone, building, grid and building in another category
    for (const QString &sql : sqls) {
        QSqlQuery q(t->sql());
        REQUIRE(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        for (int i = 0, n = int(sql.count(QLatin1Char('?'))); i < n; ++i)
            q.bindValue(i, QStringLiteral("x"));
        REQUIRE(q.exec());
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        INFO(sql.toStdString() << "\n" << plan.toStdString());
        CHECK(plan.contains(QStringLiteral("USING INDEX cases_")));
        CHECK(plan.contains(QStringLiteral("received_ms")));
        CHECK_FALSE(plan.contains(QStringLiteral("SCAN cases")));
        // The state and the tombstone flag are read from the index (schema v24): a closed case of
        // the look-back year is passed over without reading its row.
        const QString index = sql.section(QStringLiteral("INDEXED BY "), 1).section(QLatin1Char(' '), 0, 0);
        QSqlQuery info(t->sql());
        REQUIRE(info.exec(QStringLiteral("PRAGMA index_info(%1)").arg(index)));
        QStringList columns;
        while (info.next())
            columns << info.value(2).toString();
        INFO(index.toStdString() << ": " << columns.join(QLatin1Char(',')).toStdString());
        CHECK(columns.mid(columns.size() - 3) ==
              QStringList{QStringLiteral("received_ms"), QStringLiteral("state"), QStringLiteral("deleted")});
    }
}

TEST_CASE("a dense history of a few thousand cases still yields the limit, best first", "[repeats]")
{
    RepeatWorld w;
    const QString buildings[] = {w.building1, w.building2, w.building3};
    const QString categories[] = {w.lights, w.rubbish};
    const char *texts[] = {"楼道灯坏了好几天没人修", "垃圾桶满了没人清", "暖气不热", "楼上漏水", "门口乱停车"};
    {
        Transaction tx(*w.t);
        for (int i = 0; i < 3000; ++i) {
            const QString b = buildings[i % 3];
            QVariantMap v{
                {QStringLiteral("number"), QStringLiteral("B%1").arg(i)},
                {QStringLiteral("channel"), QStringLiteral("phone")},
                {QStringLiteral("request_type"), QStringLiteral("help")},
                {QStringLiteral("category_id"), categories[i % 2]},
                {QStringLiteral("urgency"), QStringLiteral("normal")},
                {QStringLiteral("reporter_phone"), QStringLiteral("139%1").arg(i % 700, 8, 10, QLatin1Char('0'))},
                {QStringLiteral("building_id"), b},
                {QStringLiteral("grid_id"), b == w.building3 ? w.grid2 : w.grid1},
                {QStringLiteral("description"), QString::fromUtf8(texts[i % 5])},
                {QStringLiteral("received_ms"), w.now() - qint64(i) * kDay / 8},
                {QStringLiteral("lead_name"), QStringLiteral("红岛路社区")}};
            must(RowStore(*w.t).insert(tables::cases(), v));
        }
        QSqlQuery q(w.t->sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE cases SET state = 'archived', closed_ms = received_ms + 86400000 "
                                      "WHERE number LIKE 'B%' AND (CAST(substr(number, 2) AS INTEGER) % 10) <> 0")));
        REQUIRE(tx.commit().ok());
    }
    RepeatProbe p = w.probe();
    p.reporterPhone = QStringLiteral("13900000007");
    // Speed is measured in griddesk-bench, never asserted here; the EXPLAIN test guards the
    // index use. Here: a dense history still yields exactly the limit, best first.
    const QList<RepeatCandidate> found = w.find(p);
    CHECK(found.size() == 10);
    for (int i = 1; i < found.size(); ++i)
        CHECK(found.at(i - 1).score >= found.at(i).score);
}

TEST_CASE("the window is the office's setting, 30 days by default", "[repeats]")
{
    TestDb t;
    CHECK(RepeatFinder::windowDaysSetting(*t) == 30);
    auto set = [&t](const QString &value) {
        Transaction tx(*t);
        REQUIRE(t->setMeta(QLatin1String(RepeatFinder::kWindowMetaKey), value).ok());
        REQUIRE(tx.commit().ok());
    };
    set(QStringLiteral("60"));
    CHECK(RepeatFinder::windowDaysSetting(*t) == 60);
    set(QStringLiteral("0"));
    CHECK(RepeatFinder::windowDaysSetting(*t) == 30);
    set(QStringLiteral("many"));
    CHECK(RepeatFinder::windowDaysSetting(*t) == 30);
}
