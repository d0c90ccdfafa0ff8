// The monthly report (stats/MonthlyReport.h, ReportDocument.h, ReportWorkbook.h): the figures are
// the core's counts, each list holds exactly the cases its figure counts, the repeat hot spots
// equal a brute-force count, the review's summary equals the approved sheet; the PDF says the same
// numbers (pdftotext), is A4 with page numbers and no pictures (the charts are vectors); the
// workbook holds a sheet per table; bad input is refused by name and leaves no file.
#include "ToolOutput.h"
#include "demo/DemoOffice.h"
#include "org/OfficeSettings.h"
#include "stats/ReportDocument.h"
#include "stats/ReportHtml.h"
#include "stats/ReportWorkbook.h"
#include "test_report_office.h"
#include "test_stats_oracle.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

using namespace gd;
using namespace gdtest;

namespace {

stats::StatsScope streetScope(Database &db)
{
    const QStringList streets = ids(db, "SELECT id FROM streets WHERE deleted = 0 ORDER BY code");
    REQUIRE_FALSE(streets.isEmpty());
    return {stats::StatsScope::Street, streets.first()};
}

// The buildings' repeat reports counted case by case, ranked as the report ranks them.
QList<stats::RepeatSpot> repeatOracle(Database &db, const QString &month, const QString &streetId)
{
    const auto [fromMs, toMs] = rating::monthRange(month);
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT c.building_id, c.report_count, c.state, c.deleted, c.received_ms, b.name, "
                             "coalesce(g.name, ''), coalesce(m.street_id, '') FROM cases c JOIN buildings b ON b.id = "
                             "c.building_id LEFT JOIN grids g ON g.id = b.grid_id LEFT JOIN grids cg ON cg.id = "
                             "c.grid_id LEFT JOIN communities m ON m.id = cg.community_id"));
    REQUIRE(q.exec());
    std::map<QString, stats::RepeatSpot> byBuilding;
    while (q.next()) {
        const qint64 at = q.value(4).toLongLong();
        if (at < fromMs || at >= toMs || q.value(3).toInt() != 0 || q.value(2).toString() == QLatin1String("merged") ||
            q.value(1).toInt() <= 1)
            continue;
        if (!streetId.isEmpty() && q.value(7).toString() != streetId)
            continue;
        stats::RepeatSpot &s = byBuilding[q.value(0).toString()];
        s.buildingId = q.value(0).toString();
        s.building = q.value(5).toString();
        s.grid = q.value(6).toString();
        ++s.cases;
        s.repeats += q.value(1).toInt() - 1;
    }
    QList<stats::RepeatSpot> out;
    for (const auto &[id, s] : byBuilding)
        out << s;
    std::sort(out.begin(), out.end(), [](const stats::RepeatSpot &a, const stats::RepeatSpot &b) {
        if (a.repeats != b.repeats)
            return a.repeats > b.repeats;
        if (a.cases != b.cases)
            return a.cases > b.cases;
        const QByteArray x = a.building.toUtf8(), y = b.building.toUtf8(); // SQLite compares the bytes
        return x != y ? x < y : a.buildingId < b.buildingId;
    });
    return out.mid(0, 10);
}

void checkSpots(const QList<stats::RepeatSpot> &got, const QList<stats::RepeatSpot> &want)
{
    REQUIRE(got.size() == want.size());
    for (int i = 0; i < got.size(); ++i) {
        INFO("spot " << i << ": " << got.at(i).building.toStdString());
        CHECK(got.at(i).buildingId == want.at(i).buildingId);
        CHECK(got.at(i).cases == want.at(i).cases);
        CHECK(got.at(i).repeats == want.at(i).repeats);
        CHECK(got.at(i).grid == want.at(i).grid);
    }
}

} // namespace

TEST_CASE("the monthly report holds the core's figures and lists exactly the cases behind them", "[stats][report]")
{
    ReportOffice office;
    Database &db = *office.t;
    const QString month = QStringLiteral("2026-05");
    auto report = stats::monthlyReport(db, month, {}, 5);
    INFO(report.message().toStdString());
    REQUIRE(report.ok());
    CHECK(report->month == month);
    CHECK(report->scopeName == OfficeSettings(db).load().name); // the office's report bears its name

    // The headline counts are the core's for the month, received view.
    stats::StatsRequest r;
    r.from = QDate(2026, 5, 1);
    r.to = QDate(2026, 5, 31);
    auto counted = stats::count(db, r);
    REQUIRE(counted.ok());
    CHECK(report->overview.now.m == counted->total.m);
    CHECK(report->overview.now[QStringLiteral("n")] > 100);
    // A table per street and per community, each the breakdown the core counts.
    r.by = stats::Breakdown::Community;
    auto communities = stats::count(db, r);
    REQUIRE(communities.ok());
    REQUIRE(report->communities.size() == communities->groups.size());
    for (int i = 0; i < report->communities.size(); ++i)
        CHECK(report->communities.at(i).counts.m == communities->groups.at(i).counts.m);
    CHECK(report->overview.placesBy == stats::Breakdown::Street);
    CHECK_FALSE(report->overview.places.isEmpty());

    // The overdue list: as many as the live figure, the first 5 by deadline, each open and past it.
    CaseFilter overdue;
    overdue.due = QStringLiteral("overdue");
    overdue.states = timeliness::openStates();
    auto overdueCount = CaseQueries(db).count(overdue);
    REQUIRE(overdueCount.ok());
    CHECK(report->overdue.total == *overdueCount);
    REQUIRE(report->overdue.total > 5);
    REQUIRE(report->overdue.rows.size() == 5);
    for (int i = 0; i < report->overdue.rows.size(); ++i) {
        CHECK(report->overdue.rows.at(i).overdue);
        if (i > 0)
            CHECK(report->overdue.rows.at(i - 1).dueMs <= report->overdue.rows.at(i).dueMs);
    }
    // The reopened: those received in May and reopened, counted case by case.
    const auto [fromMs, toMs] = rating::monthRange(month);
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral("SELECT number FROM cases WHERE deleted = 0 AND state <> 'merged' AND reopen_count > 0 AND "
                       "received_ms >= ? AND received_ms < ? ORDER BY received_ms"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    REQUIRE(q.exec());
    QStringList reopened;
    while (q.next())
        reopened << q.value(0).toString();
    CHECK(report->reopened.total == reopened.size());
    CHECK(report->reopened.total == report->overview.now[QStringLiteral("reopened")]);
    QStringList listed;
    for (const CaseRow &row : report->reopened.rows)
        listed << row.number;
    CHECK(listed == reopened.mid(0, 5));

    checkSpots(report->repeatSpots, repeatOracle(db, month, {}));
    REQUIRE_FALSE(report->repeatSpots.isEmpty());

    // May is approved: the summary is the approved sheet's, over every worker of the office.
    REQUIRE(report->review.approved);
    auto sheet = rating::reviewSheet(db, month);
    REQUIRE(sheet.ok());
    CHECK(report->review.workers == sheet->rows.size());
    int starred = 0, moved = 0;
    double sum = 0;
    for (int n : report->review.byStar)
        starred += n;
    for (const rating::SheetRow &row : sheet->rows) {
        moved += row.decision.from != row.decision.to;
        sum += row.total;
    }
    CHECK(starred == report->review.workers);
    CHECK(report->review.moved.size() == moved);
    CHECK(report->review.meanTotal == Approx(sum / double(sheet->rows.size())));
    for (int i = 1; i < report->review.moved.size(); ++i)
        CHECK(report->review.moved.at(i - 1).total >= report->review.moved.at(i).total);
}

TEST_CASE("a street's monthly report counts the street only, its review over the street's workers", "[stats][report]")
{
    ReportOffice office;
    Database &db = *office.t;
    const stats::StatsScope street = streetScope(db);
    auto report = stats::monthlyReport(db, QStringLiteral("2026-04"), street);
    INFO(report.message().toStdString());
    REQUIRE(report.ok());
    CHECK(report->overview.placesBy == stats::Breakdown::Community);
    CHECK(report->communities.isEmpty()); // its communities are the places already
    stats::StatsRequest r;
    r.scope = street;
    r.from = QDate(2026, 4, 1);
    r.to = QDate(2026, 4, 30);
    auto counted = stats::count(db, r);
    REQUIRE(counted.ok());
    CHECK(report->overview.now.m == counted->total.m);
    checkSpots(report->repeatSpots, repeatOracle(db, QStringLiteral("2026-04"), street.id));
    REQUIRE(report->review.approved);
    auto whole = stats::monthlyReport(db, QStringLiteral("2026-04"), {});
    REQUIRE(whole.ok());
    CHECK(report->review.workers > 0);
    CHECK(report->review.workers < whole->review.workers);
    // The current month is not reviewed yet: the report says so rather than guessing.
    auto june = stats::monthlyReport(db, QStringLiteral("2026-06"), street);
    REQUIRE(june.ok());
    CHECK_FALSE(june->review.approved);
}

TEST_CASE("a monthly report is refused for a grid, a month that is none, or a place not in the file", "[stats][report]")
{
    ReportOffice office;
    Database &db = *office.t;
    for (const char *bad : {"2026-13", "2026-5", "May", ""}) {
        auto r = stats::monthlyReport(db, QString::fromLatin1(bad), {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("month"));
    }
    const QStringList grids = ids(db, "SELECT id FROM grids LIMIT 1");
    auto grid = stats::monthlyReport(db, QStringLiteral("2026-05"), {stats::StatsScope::Grid, grids.value(0)});
    REQUIRE_FALSE(grid.ok());
    CHECK(grid.error().field == QStringLiteral("scope"));
    auto gone = stats::monthlyReport(db, QStringLiteral("2026-05"), {stats::StatsScope::Street, QStringLiteral("x")});
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().field == QStringLiteral("scope"));
}

TEST_CASE("the monthly report's PDF says the core's figures on numbered A4 pages, its charts as vectors",
          "[stats][report]")
{
    ReportOffice office;
    const stats::MonthlyReport report = office.report("2026-05");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    int pages = 0;
    const Status written = stats::writeReportPdf(pdf, report, &pages);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    REQUIRE(pages >= 3);
    const QString text = pdfText(pdf);
    const QString flat = QString(text).remove(QRegularExpression(QStringLiteral("\\s+")));
    CHECK(text.contains(stats::reportTitle(report)));
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    // Every headline figure with its value, and with its counts.
    for (const stats::Figure &f : report.overview.figures) {
        const stats::FigureValue v = stats::evaluate(f, report.overview.now);
        INFO(f.code.toStdString());
        CHECK(flat.contains(QString(f.name()).remove(QLatin1Char(' ')))); // a long name wraps in its cell
        CHECK(text.contains(stats::valueText(f, v)));
        if (f.kind == stats::FigureKind::Rate && f.numerator.size() == 1)
            CHECK(flat.contains(QStringLiteral("%1/%2").arg(qint64(v.numerator)).arg(v.denominator)));
    }
    for (const stats::StatsGroup &g : report.overview.places)
        CHECK(text.contains(g.name));
    for (const CaseRow &row : report.overdue.rows + report.reopened.rows)
        CHECK(flat.contains(row.number));
    for (const stats::RepeatSpot &s : report.repeatSpots)
        CHECK(text.contains(s.building));
    // The month's visits and disputes, each count with its value: those of the grid work's own count.
    const auto work = stats::gridWorkCounts(*office.t, {}, QDate(2026, 5, 1), QDate(2026, 5, 31));
    REQUIRE(work.ok());
    CHECK(report.gridWork.now.values == work->values);
    CHECK(work->value(QStringLiteral("visits")) > 0);
    CHECK(work->value(QStringLiteral("disputes_found")) > 0);
    for (const stats::GridWorkLine &l : stats::gridWorkLines(report.gridWork)) {
        INFO(l.key.toStdString());
        CHECK(flat.contains(QString(l.name).remove(QLatin1Char(' '))));
        CHECK(text.contains(l.valueText()));
    }
    CHECK(report.overdue.total <= stats::kReportListedCases); // all of them listed, and counted
    CHECK(flat.contains(QStringLiteral("%1case(s).").arg(report.overdue.total)));
    // A4 portrait, and not one picture: the charts are lines and text.
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QStringLiteral("595 x 842 pts (A4)")));
    const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    CHECK(images.trimmed().split(QLatin1Char('\n')).size() == 2); // the two heading lines only

    // Nothing is written into a folder that does not exist, and the message names the file.
    const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    const Status refused = stats::writeReportPdf(nowhere, report);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(nowhere));
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("the monthly report's workbook holds the report's tables, a sheet each", "[stats][report]")
{
    ReportOffice office;
    const stats::MonthlyReport report = office.report("2026-05");
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));
    REQUIRE(stats::writeReportWorkbook(xlsx, report).ok());
    const QString book = xlsxMember(xlsx, QStringLiteral("xl/workbook.xml"));
    QStringList sheets;
    const QRegularExpression sheet(QStringLiteral("<sheet name=\"([^\"]+)\""));
    for (auto it = sheet.globalMatch(book); it.hasNext();)
        sheets << it.next().captured(1);
    CHECK(sheets == QStringList{QStringLiteral("Figures"), QStringLiteral("By month"), QStringLiteral("By place"),
                                QStringLiteral("By community"), QStringLiteral("Categories that grew"),
                                QStringLiteral("By channel"), QStringLiteral("Past their deadline"),
                                QStringLiteral("Reopened"), QStringLiteral("Repeat reports"),
                                QStringLiteral("Visits and disputes"), QStringLiteral("Police–grid joint work"),
                                QStringLiteral("Training"), QStringLiteral("Good ideas adopted"),
                                QStringLiteral("Star review"), QStringLiteral("Stars moved")});
    const QString strings = xlsxMember(xlsx, QStringLiteral("xl/sharedStrings.xml"));
    for (const CaseRow &row : report.overdue.rows)
        CHECK(strings.contains(row.number));
    for (const stats::RepeatSpot &s : report.repeatSpots)
        CHECK(strings.contains(s.building.toHtmlEscaped()));
    CHECK(strings.contains(stats::reportTitle(report).toHtmlEscaped()));
    CHECK(strings.contains(QStringLiteral("Training sessions, January to the month")));
    // The repeat sheet's numbers, row by row, are the report's.
    const QString repeats = xlsxMember(xlsx, QStringLiteral("xl/worksheets/sheet9.xml"));
    for (int i = 0; i < report.repeatSpots.size(); ++i) {
        const QRegularExpression row(QStringLiteral("<row r=\"%1\"[^>]*>.*?<c r=\"C%1\"[^>]*><v>(\\d+)</v></c><c "
                                                    "r=\"D%1\"[^>]*><v>(\\d+)</v></c>")
                                         .arg(i + 3));
        const auto m = row.match(repeats);
        REQUIRE(m.hasMatch());
        CHECK(m.captured(1).toLongLong() == report.repeatSpots.at(i).cases);
        CHECK(m.captured(2).toLongLong() == report.repeatSpots.at(i).repeats);
    }
    const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/report.xlsx"));
    CHECK_FALSE(stats::writeReportWorkbook(nowhere, report).ok());
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("a report chart draws from empty, missing and one-value series without a mark outside its box",
          "[stats][report]")
{
    stats::ReportChart columns;
    columns.labels = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    columns.series = {{QStringLiteral("a"), {0, std::nan(""), 5}, Qt::blue}};
    columns.rate = {QStringLiteral("r"), {std::nan(""), 0.5, 1.4}, Qt::red}; // a share past 1 stays on the axis
    stats::ReportChart bars;
    bars.kind = stats::ReportChart::Bars;
    bars.labels = {QStringLiteral("很长很长很长很长很长很长很长很长的类别名称"), QStringLiteral("b")};
    bars.series = {{QStringLiteral("x"), {3, 0}, Qt::green}};
    stats::ReportChart empty;
    for (const stats::ReportChart &chart : {columns, bars, empty}) {
        QImage image(400, 200, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            stats::ReportCharts::paint(p, QRectF(50, 50, 300, 100), chart);
        }
        bool outside = false, inside = false;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const bool ink = image.pixel(x, y) != qRgb(255, 255, 255);
                const bool in = x >= 48 && x <= 352 && y >= 48 && y <= 152;
                outside = outside || (ink && !in);
                inside = inside || (ink && in);
            }
        CHECK_FALSE(outside);
        CHECK(inside);
    }
}
