// The card of a grid spanning several compounds (each compound's property company) and the N of
// its 1+1+N team (building leaders and volunteers from the people register), gathered, checked
// and printed (pdftotext).
#include "cards/CardCheck.h"
#include "cards/CardPrint.h"
#include "org/BuildingService.h"
#include "test_cards_fixture.h"

#include <QTemporaryDir>

using namespace gd;
using namespace gdtest;

namespace {

QString building(Database &db, const QString &grid, const QString &name, const QString &compound,
                 const QString &property = {})
{
    Building b;
    b.gridId = grid;
    b.name = name;
    b.address = QStringLiteral("红岛路%1号").arg(name.size() * 7);
    b.compound = compound;
    b.propertyUnitId = property;
    return must(BuildingService(db).save(b));
}

QString printed(Database &db, const CardContent &card, const QString &file)
{
    REQUIRE(cards::writeCardsPdf(file, {card}, CardTemplate::load(db), CardLayout::A6).ok());
    return pdfText(file).remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
}

} // namespace

TEST_CASE("a grid of several compounds lists each compound's property company on its card", "[cards]")
{
    CardWorld w;
    // One company for the whole grid: the card has its one property line, as before.
    building(*w.db, w.grid, QStringLiteral("书香家园1号楼"), QStringLiteral("书香家园"));
    CHECK(w.card(w.grid).compounds.isEmpty());

    // A second compound with its own company: each compound's company, the grid's for the buildings
    // that name none.
    const QString other =
        addUnit(*w.db, QStringLiteral("鲁信物业"), QStringLiteral("property"), QStringLiteral("0532-83876666"));
    building(*w.db, w.grid, QStringLiteral("海韵花园2号楼"), QStringLiteral("海韵花园"), other);
    building(*w.db, w.grid, QStringLiteral("海韵花园3号楼"), QStringLiteral("海韵花园"), other);
    const CardContent card = w.card(w.grid);
    REQUIRE(card.compounds.size() == 2);
    CHECK(card.compounds.at(0).compound == QStringLiteral("书香家园"));
    CHECK(card.compounds.at(0).name == QStringLiteral("青岛海韵物业"));
    CHECK(card.compounds.at(1).compound == QStringLiteral("海韵花园"));
    CHECK(card.compounds.at(1).name == QStringLiteral("鲁信物业"));
    CHECK(card.compounds.at(1).phone == QStringLiteral("0532-83876666"));
    CHECK(cards::gapsOf(card).isEmpty());

    QTemporaryDir dir;
    const QString text = printed(*w.db, card, dir.filePath(QStringLiteral("compounds.pdf")));
    CHECK(text.contains(QStringLiteral("书香家园物业")));
    CHECK(text.contains(QStringLiteral("青岛海韵物业0532-86196548")));
    CHECK(text.contains(QStringLiteral("海韵花园物业")));
    CHECK(text.contains(QStringLiteral("鲁信物业0532-83876666")));

    // The grid loses its company: the compound that relied on it has none, and the check says so.
    Grid g = GridService(*w.db).grid(w.grid).value();
    g.propertyUnitId.clear();
    must(GridService(*w.db).save(g));
    const CardContent without = w.card(w.grid);
    REQUIRE(without.compounds.size() == 2);
    CHECK(without.compounds.at(0).name.isEmpty());
    CHECK(cards::gapsOf(without).contains(CardGap::NoPropertyCompany));
}

TEST_CASE("a building's property company must be a property unit and its compound a short name", "[cards][org]")
{
    CardWorld w;
    const QString water =
        addUnit(*w.db, QStringLiteral("八大关供水二站"), QStringLiteral("water"), QStringLiteral("0532-80370002"));
    Building b;
    b.gridId = w.grid;
    b.name = QStringLiteral("书香家园5号楼");
    b.address = QStringLiteral("三明南路5号");
    b.propertyUnitId = water;
    CHECK(BuildingService(*w.db).validate(b).field == QStringLiteral("property_unit_id"));
    b.propertyUnitId.clear();
    b.compound = QString(61, QChar(u'园'));
    CHECK(BuildingService(*w.db).validate(b).field == QStringLiteral("compound"));
    b.compound = QStringLiteral("书香家园");
    const QString id = must(BuildingService(*w.db).save(b));
    CHECK(BuildingService(*w.db).building(id)->compound == QStringLiteral("书香家园"));
}

TEST_CASE("the card prints the grid's 1+1+N team: building leaders then volunteers where there is room", "[cards]")
{
    CardWorld w;
    CHECK(w.card(w.grid).team.isEmpty());
    addWorker(*w.db, QStringLiteral("孙志愿"), QStringLiteral("13800000011"), QStringLiteral("volunteer"), {w.grid});
    addWorker(*w.db, QStringLiteral("周楼长"), QStringLiteral("13800000012"), QStringLiteral("building_leader"),
              {w.grid});
    // Another grid's volunteer and one who left are not on this card.
    const QString second = addGrid(*w.db, w.community, w.gridCode(2), QStringLiteral("红岛路社区第2网格"));
    addWorker(*w.db, QStringLiteral("吴别格"), QStringLiteral("13800000013"), QStringLiteral("volunteer"), {second});
    const QString gone = addWorker(*w.db, QStringLiteral("郑已离"), QStringLiteral("13800000014"),
                                   QStringLiteral("volunteer"), {w.grid});
    Worker left = WorkerService(*w.db).worker(gone).value();
    left.status = QStringLiteral("left");
    must(WorkerService(*w.db).save(left));

    const CardContent card = w.card(w.grid);
    REQUIRE(card.team.size() == 2);
    CHECK(card.team.at(0).name == QStringLiteral("周楼长"));
    CHECK(card.team.at(0).kind == QStringLiteral("building_leader"));
    CHECK(card.team.at(1).name == QStringLiteral("孙志愿"));
    QTemporaryDir dir;
    QString text = printed(*w.db, card, dir.filePath(QStringLiteral("team.pdf")));
    CHECK(text.contains(QStringLiteral("1+1+N")));
    CHECK(text.contains(QStringLiteral("周楼长13800000012")));
    CHECK(text.contains(QStringLiteral("孙志愿13800000011")));
    CHECK_FALSE(text.contains(QStringLiteral("吴别格")));
    CHECK_FALSE(text.contains(QStringLiteral("郑已离")));
    // The two 1s of the team are the grid head and the police officer, above.
    CHECK(text.contains(QStringLiteral("李建国")));
    CHECK(text.contains(QStringLiteral("赵警官")));

    // A large team takes the lines there is room for and leaves the fixed rows in place.
    for (int i = 0; i < 12; ++i)
        addWorker(*w.db, QStringLiteral("志愿者%1").arg(QChar(u'甲' + i)),
                  QStringLiteral("138000001%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("volunteer"), {w.grid});
    text = printed(*w.db, w.card(w.grid), dir.filePath(QStringLiteral("large.pdf")));
    CHECK(text.contains(QStringLiteral("周楼长")));
    CHECK(text.contains(QStringLiteral("孙志愿")));
    // Two lines had room: the first four of the team.
    CHECK(text.count(QStringLiteral("志愿者")) == 2);
    CHECK(text.contains(QStringLiteral("12345")));
    CHECK(text.contains(QStringLiteral("0532-88720180"))); // the supervision line still prints

    // A template without the team prints none of it.
    CardTemplate t = CardTemplate::load(*w.db);
    t.fields.removeAll(QStringLiteral("team"));
    REQUIRE(t.save(*w.db).ok());
    CHECK_FALSE(printed(*w.db, card, dir.filePath(QStringLiteral("none.pdf"))).contains(QStringLiteral("周楼长")));
}
