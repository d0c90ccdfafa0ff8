// The monthly report on a hub (stats::sharedReport over the hub's ReadSource): its requests'
// parts — the figures with 环比/同比 and the trend, the places, communities, categories and
// channels, the overdue and reopened cases listed, the buildings with repeats — equal the office's
// own report of the same cases, for the whole, a street and a community; what only an office holds
// is left out and said so, in print and in the workbook; bad input is refused as at an office.
#include "HubTestDb.h"
#include "hub/HubFigures.h"
#include "stats/MonthlyReport.h"
#include "stats/ReportHtml.h"
#include "stats/ReportWorkbook.h"
#include "test_report_office.h"
#include "test_stats_oracle.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

using namespace gd;
using namespace gdtest;

namespace {

void sameGroups(const QList<stats::StatsGroup> &a, const QList<stats::StatsGroup> &b)
{
    REQUIRE(b.size() == a.size());
    for (int i = 0; i < a.size(); ++i) {
        INFO(a.at(i).key.toStdString());
        CHECK(b.at(i).key == a.at(i).key);
        CHECK(b.at(i).name == a.at(i).name);
        CHECK(b.at(i).counts.m == a.at(i).counts.m);
    }
}

QStringList listed(const stats::ReportCases &cases)
{
    QStringList out;
    for (const CaseRow &r : cases.rows)
        out << r.id + QLatin1Char('|') + r.number + QLatin1Char('|') + r.state + QLatin1Char('|') +
                   QString::number(r.overdue) + QLatin1Char('|') + r.gridName;
    return out;
}

void sameRequests(const stats::MonthlyReport &mine, const stats::MonthlyReport &theirs)
{
    CHECK(theirs.month == mine.month);
    CHECK(theirs.madeMs == mine.madeMs);
    CHECK(theirs.overview.now.m == mine.overview.now.m);
    CHECK(theirs.overview.before.m == mine.overview.before.m);
    CHECK(theirs.overview.yearBefore.m == mine.overview.yearBefore.m);
    sameGroups(mine.overview.months, theirs.overview.months);
    sameGroups(mine.overview.places, theirs.overview.places);
    sameGroups(mine.overview.channels, theirs.overview.channels);
    sameGroups(mine.communities, theirs.communities);
    REQUIRE(theirs.overview.growing.size() == mine.overview.growing.size());
    for (int i = 0; i < mine.overview.growing.size(); ++i) {
        CHECK(theirs.overview.growing.at(i).group.key == mine.overview.growing.at(i).group.key);
        CHECK(theirs.overview.growing.at(i).before == mine.overview.growing.at(i).before);
    }
    CHECK(theirs.overdue.total == mine.overdue.total);
    CHECK(listed(theirs.overdue) == listed(mine.overdue));
    CHECK(theirs.reopened.total == mine.reopened.total);
    CHECK(listed(theirs.reopened) == listed(mine.reopened));
    REQUIRE(theirs.repeatSpots.size() == mine.repeatSpots.size());
    for (int i = 0; i < mine.repeatSpots.size(); ++i) {
        const stats::RepeatSpot &a = mine.repeatSpots.at(i), &b = theirs.repeatSpots.at(i);
        CHECK(b.buildingId == a.buildingId);
        CHECK(b.building == a.building);
        CHECK(b.grid == a.grid);
        CHECK(b.cases == a.cases);
        CHECK(b.repeats == a.repeats);
    }
}

} // namespace

TEST_CASE("a hub's monthly report holds the office's requests' parts for the same cases", "[hub][report]")
{
    ReportOffice built;
    TestDb &t = built.t;
    Database &office = *t;
    HubDb h;
    ingestWhole(h, office, QDir(t.dir.path()));
    ReadSource atHub = hub::hubFigureSource(*h);
    atHub.nowMs = office.nowMs();
    const stats::FigureSettings settings = stats::FigureSettings::of(office);

    const QString street = ids(office, "SELECT id FROM streets WHERE deleted = 0 ORDER BY code").value(0);
    const QString community = ids(office, "SELECT community_id FROM grids g JOIN cases c ON c.grid_id = g.id GROUP BY "
                                          "1 ORDER BY count(*) DESC")
                                  .value(0);
    REQUIRE_FALSE(street.isEmpty());
    REQUIRE_FALSE(community.isEmpty());
    bool sawRepeats = false, sawReopened = false, sawOverdue = false;
    for (const char *month : {"2026-05", "2026-03", "2026-06"}) {
        for (const stats::StatsScope &scope :
             {stats::StatsScope{}, stats::StatsScope{stats::StatsScope::Street, street},
              stats::StatsScope{stats::StatsScope::Community, community}}) {
            INFO(month << " scope " << int(scope.kind));
            auto mine = stats::monthlyReport(office, QString::fromLatin1(month), scope, 12);
            REQUIRE(mine.ok());
            auto theirs =
                stats::sharedReport(atHub, QStringLiteral("市枢纽"), QString::fromLatin1(month), scope, settings, 12);
            INFO(theirs.message().toStdString());
            REQUIRE(theirs.ok());
            sameRequests(*mine, *theirs);
            CHECK(mine->officeParts);
            CHECK_FALSE(theirs->officeParts);
            CHECK(theirs->scopeName ==
                  (scope.kind == stats::StatsScope::Office ? QStringLiteral("市枢纽") : mine->scopeName));
            sawRepeats = sawRepeats || !mine->repeatSpots.isEmpty();
            sawReopened = sawReopened || !mine->reopened.rows.isEmpty();
            sawOverdue = sawOverdue || !mine->overdue.rows.isEmpty();
        }
    }
    CHECK(sawRepeats); // the comparisons above are not of empty lists
    CHECK(sawReopened);
    CHECK(sawOverdue);

    // The printed report and the workbook of a hub leave out what only an office holds and say so.
    auto report = stats::sharedReport(atHub, QStringLiteral("市枢纽"), QStringLiteral("2026-05"), {}, settings);
    REQUIRE(report.ok());
    auto officeReport = stats::monthlyReport(office, QStringLiteral("2026-05"), {});
    REQUIRE(officeReport.ok());
    const QString html = stats::reportText(*report).html, officeHtml = stats::reportText(*officeReport).html;
    const QString review = QCoreApplication::translate("gd::stats::MonthlyReport", "Star review of the grid workers");
    CHECK(officeHtml.contains(review.toHtmlEscaped()));
    CHECK_FALSE(html.contains(review.toHtmlEscaped()));
    CHECK(html.contains(QStringLiteral("own report")));
    CHECK(html.contains(QStringLiteral("市枢纽")));
    const QString path = QDir(t.dir.path()).filePath(QStringLiteral("hub report.xlsx"));
    REQUIRE(stats::writeReportWorkbook(path, *report).ok());
    const QString officePath = QDir(t.dir.path()).filePath(QStringLiteral("office report.xlsx"));
    REQUIRE(stats::writeReportWorkbook(officePath, *officeReport).ok());
    CHECK(QFile(path).size() > 0);
    CHECK(QFile(path).size() < QFile(officePath).size()); // training, ideas and the review left out
}

TEST_CASE("a hub's monthly report refuses a grid, a month that is none and a place it does not hold", "[hub][report]")
{
    HubDb h;
    ReadSource atHub = hub::hubFigureSource(*h);
    const stats::FigureSettings settings;
    auto grid = stats::sharedReport(atHub, QStringLiteral("枢纽"), QStringLiteral("2026-05"),
                                    {stats::StatsScope::Grid, QStringLiteral("g")}, settings);
    REQUIRE_FALSE(grid.ok());
    CHECK(grid.error().field == QLatin1String("scope"));
    auto month = stats::sharedReport(atHub, QStringLiteral("枢纽"), QStringLiteral("2026-13"), {}, settings);
    REQUIRE_FALSE(month.ok());
    CHECK(month.error().field == QLatin1String("month"));
    auto street = stats::sharedReport(atHub, QStringLiteral("枢纽"), QStringLiteral("2026-05"),
                                      {stats::StatsScope::Street, QStringLiteral("nowhere")}, settings);
    REQUIRE_FALSE(street.ok());
    CHECK(street.error().field == QLatin1String("scope"));
    // An empty hub's report of the whole is a report of nothing, not an error.
    auto empty = stats::sharedReport(atHub, QStringLiteral("枢纽"), QStringLiteral("2026-05"), {}, settings);
    INFO(empty.message().toStdString());
    REQUIRE(empty.ok());
    CHECK(empty->overview.now[QStringLiteral("n")] == 0);
    CHECK(empty->overdue.total == 0);
    CHECK(empty->repeatSpots.isEmpty());
}
