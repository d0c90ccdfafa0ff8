// The grid's other work counted on a hub (stats/GridWorkFigures.h, JointFigures.h over the hub's
// ReadSource) equals the office's for the same rows: every count and its 环比 for the office, a
// street, a community and a grid, the joint table, the monthly report's part, and `griddesk-hub
// stats --json` against `griddesk-cli stats --json`; again after a delta that deletes a visit,
// ends disputes and records more. The office's counts are themselves held to a brute-force pass
// (tests/core/test_grid_work_figures.cpp).
#include "HubRun.h"
#include "HubTestDb.h"
#include "hub/HubFigures.h"
#include "stats/MonthlyReport.h"
#include "stats/ReportHtml.h"
#include "test_grid_work_world.h"
#include "test_stats_oracle.h"

#include <cmath>

using namespace gd;
using namespace gdtest;

namespace {

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// Every count, the office's against the hub's, for four scopes and two periods; how many of them
// were not zero.
int compareCounts(WorkWorld &w, HubDb &h)
{
    Database &office = *w.t;
    stats::FigureSource atHub = hub::hubFigureSource(*h);
    atHub.nowMs = office.nowMs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(office.nowMs(), QTimeZone(8 * 3600)).date();
    int nonZero = 0;
    for (const stats::StatsScope &scope : {stats::StatsScope{}, stats::StatsScope{stats::StatsScope::Street, w.street1},
                                           stats::StatsScope{stats::StatsScope::Community, w.community2},
                                           stats::StatsScope{stats::StatsScope::Grid, w.street2Grid}})
        for (const auto &[from, to] : {std::pair{today.addDays(-45), today.addDays(-10)}, std::pair{today, today}}) {
            INFO("scope " << int(scope.kind) << " from " << from.toString(Qt::ISODate).toStdString());
            auto mine = stats::gridWork(office, scope, from, to);
            REQUIRE(mine.ok());
            auto theirs = stats::gridWork(atHub, scope, from, to);
            INFO(theirs.message().toStdString());
            REQUIRE(theirs.ok());
            const QList<stats::GridWorkLine> a = stats::gridWorkLines(*mine), b = stats::gridWorkLines(*theirs);
            REQUIRE(a.size() == b.size());
            for (int i = 0; i < a.size(); ++i) {
                INFO(a.at(i).key.toStdString());
                CHECK(b.at(i).key == a.at(i).key);
                CHECK(same(b.at(i).value, a.at(i).value));
                CHECK(same(b.at(i).before, a.at(i).before));
                nonZero += a.at(i).value > 0 ? 1 : 0;
            }
            auto jointMine = stats::jointWorkTable(office, scope, from, to);
            auto jointTheirs = stats::jointWorkTable(atHub, scope, from, to);
            REQUIRE(jointMine.ok());
            REQUIRE(jointTheirs.ok());
            CHECK(jointTheirs->total == jointMine->total);
            CHECK(jointTheirs->perKind == jointMine->perKind);
            CHECK(jointTheirs->meetings == jointMine->meetings);
            REQUIRE(jointTheirs->lines.size() == jointMine->lines.size());
            for (int i = 0; i < jointMine->lines.size(); ++i) {
                CHECK(jointTheirs->lines.at(i).policeGridName == jointMine->lines.at(i).policeGridName);
                CHECK(jointTheirs->lines.at(i).perKind == jointMine->lines.at(i).perKind);
            }
        }
    return nonZero;
}

QString delta(WorkWorld &w, const QString &name)
{
    exchange::ExportScope toHub;
    toHub.sinceLastTo = QStringLiteral("测试枢纽");
    const QString path = w.t.dir.filePath(name);
    auto written = exchange::exportPackage(*w.t, path, toHub);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    return path;
}

} // namespace

TEST_CASE("the hub counts the grid's other work as the office does, before and after a delta", "[hub][gridwork]")
{
    WorkWorld w;
    QRandomGenerator rng(23);
    recordGridWork(w, rng);
    Database &office = *w.t;
    HubDb h;
    trustAndIngest(h, delta(w, QStringLiteral("all.gdpkg")));
    CHECK(compareCounts(w, h) > 30); // the counts compared are not all zero

    // The monthly report's part: the hub's report carries the same grid work and joint table.
    const QString month = QDateTime::fromMSecsSinceEpoch(office.nowMs(), QTimeZone(8 * 3600))
                              .date()
                              .addMonths(-1)
                              .toString(QStringLiteral("yyyy-MM"));
    auto mine = stats::monthlyReport(office, month, {});
    REQUIRE(mine.ok());
    stats::FigureSource atHub = hub::hubFigureSource(*h);
    atHub.nowMs = office.nowMs();
    auto theirs = stats::sharedReport(atHub, QStringLiteral("市枢纽"), month, {}, stats::FigureSettings::of(office));
    INFO(theirs.message().toStdString());
    REQUIRE(theirs.ok());
    CHECK(theirs->gridWork.now.values == mine->gridWork.now.values);
    CHECK(theirs->gridWork.before.values == mine->gridWork.before.values);
    CHECK(theirs->jointWork.total == mine->jointWork.total);
    CHECK(mine->gridWork.now.value(QStringLiteral("visits")) > 0);
    const QString html = stats::reportText(*theirs).html;
    CHECK(html.contains(QCoreApplication::translate("gd::stats::MonthlyReport", "Visits and disputes")));
    CHECK(html.contains(QCoreApplication::translate("gd::stats::MonthlyReport", "Police–grid joint work")));

    // The office works on: a visit deleted, disputes ended, a new visit and a council; the delta
    // carries tombstones and changes, and the hub's counts follow.
    w.t.clock->advance(3 * 3600 * 1000);
    const QString visit = text(office, QStringLiteral("SELECT id FROM visits WHERE deleted = 0 ORDER BY at_ms DESC "
                                                      "LIMIT 1"));
    REQUIRE(VisitService(office).remove(visit).ok());
    DisputeService disputes(office);
    int ended = 0;
    for (const QString &id : ids(office, "SELECT id FROM disputes WHERE outcome = 'open' AND deleted = 0 ORDER BY id"))
        ended += disputes.settle(id, office.nowMs() - 3600000, QStringLiteral("达成协议"), {}).ok() ? 1 : 0;
    CHECK(ended > 0);
    Visit v;
    v.workerId = w.worker;
    v.gridId = w.grid;
    v.kind = QStringLiteral("patrol");
    v.atMs = office.nowMs() - 60000;
    v.place = QStringLiteral("小区南门");
    REQUIRE(VisitService(office).record(v).ok());
    trustAndIngest(h, delta(w, QStringLiteral("delta.gdpkg")));
    CHECK(compareCounts(w, h) > 30);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM visits WHERE deleted = 1")) == 1);
}

TEST_CASE("griddesk-hub stats gives the grid's other work griddesk-cli stats gives", "[hub][cli][gridwork]")
{
    WorkWorld w;
    QRandomGenerator rng(5);
    recordGridWork(w, rng);
    HubDb h;
    trustAndIngest(h, delta(w, QStringLiteral("all.gdpkg")));
    const QDate today = QDateTime::fromMSecsSinceEpoch(w.t->nowMs(), QTimeZone(8 * 3600)).date();
    const QStringList asked{
        QStringLiteral("stats"),     QStringLiteral("--from"),    today.addDays(-60).toString(Qt::ISODate),
        QStringLiteral("--to"),      today.toString(Qt::ISODate), QStringLiteral("--street"),
        QStringLiteral("370202002"), QStringLiteral("--json")};
    const HubRun office = runCli(QStringList{QStringLiteral("--db"), w.t.path()} + asked);
    INFO(office.err.toStdString());
    REQUIRE(office.exitCode == 0);
    const HubRun atHub = runHub(QStringList{QStringLiteral("--pg"), h.conninfo()} + asked);
    INFO(atHub.err.toStdString());
    REQUIRE(atHub.exitCode == 0);
    const QJsonObject expected = json(office).toObject(), got = json(atHub).toObject();
    CHECK(got.value(QStringLiteral("grid_work")) == expected.value(QStringLiteral("grid_work")));
    CHECK(got.value(QStringLiteral("joint_work")) == expected.value(QStringLiteral("joint_work")));
    CHECK(got.value(QStringLiteral("grid_work"))
              .toObject()
              .value(QStringLiteral("visits"))
              .toObject()
              .value(QStringLiteral("value"))
              .toDouble() > 0);

    // In Chinese, as a table beside the figures.
    const HubRun table =
        runHub({QStringLiteral("--pg"), h.conninfo(), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                QStringLiteral("stats"), QStringLiteral("--from"), today.addDays(-60).toString(Qt::ISODate),
                QStringLiteral("--to"), today.toString(Qt::ISODate)});
    INFO(table.err.toStdString());
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("走访巡查")));
    CHECK(table.out.contains(QStringLiteral("调解成功率")));
}
