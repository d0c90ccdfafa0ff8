// Visits from a CSV file (visits/VisitImport.h): columns found by their headers or as mapped, each
// line checked before anything is written, the good lines written together and the others reported
// with their line and field, a second import of the same file adding nothing, and a cancel writing
// nothing.
#include "test_case_world.h"
#include "visits/VisitImport.h"
#include "visits/VisitService.h"

#include <QSqlQuery>

using namespace gd;
using namespace gdtest;

namespace {

int visitsIn(Database &db)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM visits WHERE deleted = 0")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

CsvTable table(const QString &text)
{
    auto t = CsvTable::parse(text.toUtf8(), QStringLiteral("visits.csv"));
    INFO(t.message().toStdString());
    REQUIRE(t.ok());
    return *t;
}

} // namespace

TEST_CASE("a visits file is imported line by line, the bad lines reported by line and field", "[visits][import]")
{
    CaseWorld w;
    w.t.clock->setMs(QDateTime(QDate(2026, 3, 20), QTime(18, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
    const CsvTable file = table(QStringLiteral("时间,网格员,网格,类型,楼栋,单元,房间,地点,发现情况\n"
                                               "2026-03-18 09:30,13953200001,370202002001001,入户走访,书香家园49号楼,2,"
                                               "301,,楼道灯不亮\n"
                                               "2026/3/19 14:05,陈姝夷,红岛路社区第1网格,网格巡查,,,,小区北门,\n"
                                               "昨天下午,陈姝夷,370202002001001,入户走访,,,,小区北门,\n"
                                               "2026-03-18 10:00,无名氏,370202002001001,,,,,小区北门,\n"
                                               "2026-03-18 11:00,陈姝夷,370202002001001,开会,,,,小区北门,\n"
                                               "2026-03-18 12:00,陈姝夷,370202002001001,,,,,,\n"
                                               "2026-03-19 14:05,陈姝夷,370202002001001,网格巡查,,,,小区北门,\n"));
    VisitImport importer(*w.t);
    auto columns = importer.columns(file);
    REQUIRE(columns.ok());
    CHECK(columns->value(QStringLiteral("at")) == 0);
    CHECK(columns->value(QStringLiteral("found")) == 8);

    // The preview writes nothing and says what is wrong with each line.
    const QList<VisitImportLine> lines = importer.read(file, *columns);
    REQUIRE(lines.size() == 7);
    CHECK(lines.at(0).ok());
    CHECK(lines.at(0).visit.buildingId == w.building);
    CHECK(lines.at(0).visit.unit == QStringLiteral("2"));
    CHECK(lines.at(1).ok());
    CHECK(lines.at(1).visit.kind == QStringLiteral("patrol"));
    const QList<std::pair<int, const char *>> refused{{2, "at"}, {3, "worker"}, {4, "kind"}, {5, "place"}};
    for (const auto &[index, field] : refused) {
        INFO("line " << lines.at(index).line);
        CHECK_FALSE(lines.at(index).ok());
        CHECK(lines.at(index).field == QLatin1String(field));
        CHECK(lines.at(index).line == index + 2);
    }
    CHECK(visitsIn(*w.t) == 0);

    // A cancel writes nothing.
    auto cancelled = importer.import(file, *columns, [](int done, int) { return done < 2; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind == ErrorKind::Cancelled);
    CHECK(visitsIn(*w.t) == 0);

    // The good lines go in; the last repeats the second and counts once.
    auto report = importer.import(file, *columns);
    REQUIRE(report.ok());
    CHECK(report->total == 7);
    CHECK(report->imported == 2);
    CHECK(report->already == 1);
    CHECK(report->refused == 4);
    REQUIRE(report->refusedLines.size() == 4);
    CHECK(report->refusedLines.first().line == 4);
    CHECK(visitsIn(*w.t) == 2);
    auto first = VisitService(*w.t).page({}, 10);
    REQUIRE(first.ok());
    CHECK(first->rows.last().found == QStringLiteral("楼道灯不亮"));

    // The same file again adds nothing.
    auto again = importer.import(file, *columns);
    REQUIRE(again.ok());
    CHECK(again->imported == 0);
    CHECK(again->already == 3);
    CHECK(visitsIn(*w.t) == 2);
}

TEST_CASE("a visits file's columns are mapped by their headers or as the office says, and refused by name",
          "[visits][import]")
{
    CaseWorld w;
    const CsvTable file =
        table(QStringLiteral("日期,走访人,网格,地点\n2026-03-01 09:00,陈姝夷,370202002001001,北门\n"));
    VisitImport importer(*w.t);
    auto missing = importer.columns(file);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().field == QStringLiteral("mapping"));
    CHECK(missing.message().contains(QStringLiteral("at=")));
    auto mapped = importer.columns(file, QStringLiteral("at=日期"));
    REQUIRE(mapped.ok());
    CHECK(mapped->value(QStringLiteral("at")) == 0);
    CHECK(mapped->value(QStringLiteral("worker")) == 1); // 走访人 is a header of the worker
    CHECK(importer.columns(file, QStringLiteral("at=时间")).error().message.contains(QStringLiteral("时间")));
    CHECK(importer.columns(file, QStringLiteral("when=日期")).error().field == QStringLiteral("mapping"));
    CHECK_FALSE(CsvTable::parse(QByteArray("\n\n"), QStringLiteral("empty.csv")).ok());
}
