// Contact cards from the records (cards/): what a card says, the check of incomplete cards (each
// reason), the office's template kept in the file, and the v14 link from a grid to its property
// company.
#include "cards/CardCheck.h"
#include "cards/CardTemplate.h"
#include "test_cards_fixture.h"
#include "test_exchange_fixture.h"

using namespace gd;
using namespace gdtest;

namespace {
QList<CardGap> gapsOfGrid(CardWorld &w, const QString &gridId)
{
    return cards::gapsOf(w.card(gridId));
}
} // namespace

TEST_CASE("a card gathers its grid's people, office, property and repair numbers from the records", "[cards]")
{
    CardWorld w;
    const CardContent c = w.card(w.grid);
    CHECK(c.gridCode == w.gridCode(1));
    CHECK(c.gridName == QStringLiteral("红岛路社区第1网格"));
    CHECK(c.workerName == QStringLiteral("王芳"));
    CHECK(c.workerPhone == QStringLiteral("13800000001"));
    CHECK(c.workerPhoto == portrait());
    CHECK_FALSE(c.partTimeCover);
    CHECK(c.headName == QStringLiteral("李建国"));
    CHECK(c.officerName == QStringLiteral("赵警官"));
    CHECK(c.officerPhone == QStringLiteral("13800000003"));
    CHECK(c.communityAddress == QStringLiteral("红岛路12号"));
    CHECK(c.communityWechat == QStringLiteral("市南区红岛路社区"));
    CHECK(c.propertyName == QStringLiteral("青岛海韵物业"));
    CHECK(c.propertyPhone == QStringLiteral("0532-86196548"));
    CHECK(c.hotline == QStringLiteral("12345"));
    CHECK(c.supervisionPhone == QStringLiteral("0532-88720180"));
    CHECK(c.printedOn == QDate(2026, 1, 1));
    REQUIRE(c.repairs.size() == 4);
    // The street's own water unit, the district's power, gas and heating, in the printed order.
    CHECK(c.repairs.at(0).kind == QStringLiteral("water"));
    CHECK(c.repairs.at(0).phone == QStringLiteral("0532-80370001"));
    CHECK(c.repairs.at(1).phone == QStringLiteral("95598"));
    CHECK(c.repairs.at(2).kind == QStringLiteral("gas"));
    CHECK(c.repairs.at(3).kind == QStringLiteral("heating"));
    CHECK(cards::gapsOf(c).isEmpty());

    // A change of worker is on the next card printed: nothing was typed for the card.
    Grid g = GridService(*w.db).grid(w.grid).value();
    g.workerId = addWorker(*w.db, QStringLiteral("陈晓"), QStringLiteral("13800000009"));
    must(GridService(*w.db).save(g));
    CHECK(w.card(w.grid).workerName == QStringLiteral("陈晓"));
}

TEST_CASE("a card batch of a community or street holds its active grids in code order", "[cards]")
{
    CardWorld w;
    const QString second = addGrid(*w.db, w.community, w.gridCode(2), QStringLiteral("红岛路社区第2网格"));
    const QString closed = addGrid(*w.db, w.community, w.gridCode(3), QStringLiteral("红岛路社区第3网格"));
    Grid g = GridService(*w.db).grid(closed).value();
    g.active = false;
    must(GridService(*w.db).save(g));
    addGrid(*w.db, w.community2, QStringLiteral("370202003001001"), QStringLiteral("湛山社区第1网格"));

    auto community = CardContents(*w.db).gather({CardScope::Community, w.community});
    REQUIRE(community.ok());
    REQUIRE(community->size() == 2);
    CHECK(community->at(0).gridId == w.grid);
    CHECK(community->at(1).gridId == second);
    CHECK(CardContents(*w.db).gather({CardScope::Street, w.street2})->size() == 1);
    // Asked for by itself, a deactivated grid still prints.
    CHECK(CardContents(*w.db).forGrid(closed).ok());
    CHECK(CardContents(*w.db).forGrid(QStringLiteral("no-such-grid")).error().kind == ErrorKind::NotFound);
}

TEST_CASE("the check names every reason a card would be incomplete", "[cards]")
{
    CardWorld w;
    SECTION("no grid worker")
    {
        const QString vacant = addGrid(*w.db, w.community, w.gridCode(2), QStringLiteral("第2网格"));
        CHECK(gapsOfGrid(w, vacant).contains(CardGap::NoWorker));
        const QList<CardProblem> problems = cards::check({w.card(w.grid), w.card(vacant)});
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().gridId == vacant);
        const QString line = cards::problemLine(problems.first());
        CHECK(line.contains(w.gridCode(2)));
        CHECK(line.contains(QStringLiteral("no grid worker")));
        CHECK(line.contains(QStringLiteral("no police officer")));
        CHECK(line.contains(QStringLiteral("no property company")));
    }
    SECTION("a worker without a phone")
    {
        // The service refuses a full-time worker without a phone; such a row still arrives
        // from a file made before that rule or merged from another office.
        QSqlQuery q(w.db->sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE workers SET phone = '' WHERE id = '%1'").arg(w.worker)));
        CHECK(gapsOfGrid(w, w.grid) == QList<CardGap>{CardGap::WorkerWithoutPhone});
        CHECK(cards::check({w.card(w.grid)}).first().workerId == w.worker);
    }
    SECTION("no police officer: the police grid has none")
    {
        PoliceGrid p = PoliceGridService(*w.db).policeGrid(w.policeGrid).value();
        p.officerId.clear();
        must(PoliceGridService(*w.db).save(p));
        CHECK(gapsOfGrid(w, w.grid) == QList<CardGap>{CardGap::NoPoliceOfficer});
    }
    SECTION("no property company")
    {
        Grid g = GridService(*w.db).grid(w.grid).value();
        g.propertyUnitId.clear();
        must(GridService(*w.db).save(g));
        CHECK(gapsOfGrid(w, w.grid) == QList<CardGap>{CardGap::NoPropertyCompany});
        // An open courtyard with none at all (无物业) is complete: the card says how to report repairs.
        g.noProperty = true;
        must(GridService(*w.db).save(g));
        CHECK(gapsOfGrid(w, w.grid).isEmpty());
        CHECK(w.card(w.grid).noProperty);
        // Marked as having none, it names none.
        g.propertyUnitId = w.property;
        CHECK(GridService(*w.db).validate(g).field == QStringLiteral("property_unit_id"));
    }
    SECTION("a vacant grid covered by a part-time worker")
    {
        Grid g = GridService(*w.db).grid(w.grid).value();
        g.workerId.clear();
        must(GridService(*w.db).save(g));
        GridCover cover;
        cover.gridId = w.grid;
        cover.workerId =
            addWorker(*w.db, QStringLiteral("孙兼职"), QStringLiteral("13800000007"), QStringLiteral("part_time"));
        cover.startDate = QStringLiteral("2025-12-01");
        must(WorkerService(*w.db).saveCover(cover));
        const CardContent c = w.card(w.grid);
        CHECK(c.partTimeCover);
        CHECK(c.workerName == QStringLiteral("孙兼职"));
        CHECK(cards::gapsOf(c) == QList<CardGap>{CardGap::PartTimeCover});
    }
}

TEST_CASE("cards: a grid's property company must be a property unit", "[cards][org]")
{
    CardWorld w;
    Grid g = GridService(*w.db).grid(w.grid).value();
    g.propertyUnitId = addUnit(*w.db, QStringLiteral("国网"), QStringLiteral("power"), QStringLiteral("95599"));
    const Error e = GridService(*w.db).validate(g);
    CHECK(e.field == QStringLiteral("property_unit_id"));
    // A property company a grid names is deactivated, not deleted.
    CHECK(UnitService(*w.db).remove(w.property).value() == RemoveOutcome::Deactivated);
}

TEST_CASE("the card template is kept in the file and saving it needs the settings permission", "[cards]")
{
    CardWorld w;
    CardTemplate t = CardTemplate::load(*w.db);
    CHECK(t.fields == CardTemplate::allFields());
    CHECK_FALSE(t.title.isEmpty());
    t.title = QStringLiteral("八大关街道网格便民联系卡");
    t.headerColor = QStringLiteral("#006400");
    t.fields.removeAll(QStringLiteral("photo"));
    t.logo = portrait();

    w.db->setActor(actorAs(Role::Staff));
    const Status refused = t.save(*w.db);
    CHECK(refused.error().kind == ErrorKind::Permission);
    w.db->setActor(actorAs(Role::Admin));
    const int audited = auditRows(*w.db);
    const Status saved = t.save(*w.db);
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());
    CHECK(auditRows(*w.db) == audited + 1);
    const CardTemplate back = CardTemplate::load(*w.db);
    CHECK(back.title == t.title);
    CHECK(back.headerColor == t.headerColor);
    CHECK_FALSE(back.shows(QStringLiteral("photo")));
    CHECK(back.logo == t.logo);

    CardTemplate bad = back;
    bad.accentColor = QStringLiteral("blue-ish");
    CHECK(bad.save(*w.db).error().field == QStringLiteral("accent_color"));
    bad = back;
    bad.logo = QByteArray("not an image");
    CHECK(bad.save(*w.db).error().field == QStringLiteral("logo"));
    bad = back;
    bad.title.clear();
    CHECK(bad.save(*w.db).error().field == QStringLiteral("title"));
}

TEST_CASE("cards: a v13 file is upgraded and its grids get an empty property company link", "[cards][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v13.griddesk"));
    writeOldFile(path, 13,
                 {QStringLiteral("INSERT INTO meta VALUES('site_id','0193e4a0-0000-7000-8000-000000000001')"),
                  QStringLiteral("INSERT INTO streets(id, origin_site, created_hlc, site, hlc, code, name) VALUES "
                                 "('s1','x',1,'x',1,'370202002','八大关')"),
                  QStringLiteral("INSERT INTO communities(id, origin_site, created_hlc, site, hlc, street_id, code, "
                                 "name) VALUES ('c1','x',1,'x',1,'s1','370202002001','红岛路')"),
                  QStringLiteral("INSERT INTO grids(id, origin_site, created_hlc, site, hlc, community_id, code, name) "
                                 "VALUES ('g1','x',1,'x',1,'c1','370202002001001','第1网格')")});
    auto opened = Database::open(path);
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
    Database &db = **opened;
    CHECK(db.schemaVersion() == schema::latestVersion());
    const Grid g = GridService(db).grid(QStringLiteral("g1")).value();
    CHECK(g.propertyUnitId.isEmpty());
    CHECK(raw(db, QStringLiteral("grids"), QStringLiteral("property_unit_id"), QStringLiteral("g1")).isNull());
    db.setActor(Actor::system());
    CHECK(CardContents(db).forGrid(QStringLiteral("g1"))->propertyName.isEmpty());
}

TEST_CASE("cards: a grid's property company travels to another office with the grid", "[cards][exchange]")
{
    CardWorld a;
    TestDb b;
    QTemporaryDir dir;
    send(*a.db, *b.db, dir.path());
    const CardContent there = CardContents(*b.db).forGrid(a.grid).value();
    CHECK(there.propertyName == QStringLiteral("青岛海韵物业"));
    CHECK(there.workerName == QStringLiteral("王芳"));
    CHECK(cards::gapsOf(there).isEmpty());
}
