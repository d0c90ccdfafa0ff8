// The office's figures (stats/): the aggregate kept by the triggers equals a recount of the cases,
// and every figure of any scope, period, view and breakdown equals a brute-force count in C++
// (test_stats_oracle.h) over a demo district's cases.
#include "cases/CaseService.h"
#include "cases/CaseSettings.h"
#include "demo/DemoCases.h"
#include "demo/DemoDistrict.h"
#include "org/GridService.h"
#include "stats/StatsStore.h"
#include "test_case_world.h"
#include "test_stats_oracle.h"

#include <QRandomGenerator>

using namespace gd;
using namespace gdtest;

namespace {

void requireSame(const stats::Counts &got, const stats::Counts &want, const QString &what)
{
    const QStringList names = stats::measureNames() << QStringLiteral("overdue");
    for (int i = 0; i < names.size(); ++i) {
        INFO(what.toStdString() << " measure " << names.at(i).toStdString());
        REQUIRE(got.m.at(i) == want.m.at(i));
    }
}

// The office's count of the request against the oracle's: the total, and every group by its key
// (the oracle lists them in no order); how many groups and cases the oracle counted.
QPair<int, qint64> requireAsOracle(Database &db, const StatsOracle &oracle, const stats::StatsRequest &r,
                                   const QString &what)
{
    INFO(what.toStdString());
    auto got = stats::count(db, r);
    REQUIRE(got.ok());
    const stats::StatsTable want = oracle.count(r);
    requireSame(got->total, want.total, what + QStringLiteral(" total"));
    QHash<QString, stats::Counts> wanted;
    for (const stats::StatsGroup &g : want.groups)
        wanted.insert(g.key, g.counts);
    REQUIRE(got->groups.size() == wanted.size());
    for (const stats::StatsGroup &g : got->groups) {
        REQUIRE(wanted.contains(g.key));
        requireSame(g.counts, wanted.value(g.key), what + QStringLiteral(" group ") + g.key);
    }
    return {int(wanted.size()), want.total[QStringLiteral("n")]};
}

} // namespace

TEST_CASE("every figure of any scope, period, view and breakdown equals a brute-force count", "[stats]")
{
    StatsDistrict d;
    requireNoDifferences(*d.t);
    const StatsOracle oracle(*d.t);
    REQUIRE(oracle.cases.size() > 1500);
    const QStringList streets = ids(*d.t, "SELECT id FROM streets");
    const QStringList communities = ids(*d.t, "SELECT id FROM communities");
    const QStringList grids = ids(*d.t, "SELECT id FROM grids");
    QRandomGenerator rng(20261206);
    for (int round = 0; round < 120; ++round) {
        stats::StatsRequest r;
        const int kind = int(rng.bounded(4));
        r.scope.kind = stats::StatsScope::Kind(kind);
        const QStringList &pool = kind == 1 ? streets : kind == 2 ? communities : grids;
        if (kind > 0)
            r.scope.id = pool.at(int(rng.bounded(int(pool.size()))));
        // Whole months half the time, else any days (cut months counted from the cases).
        const QDate start(2025, 1 + int(rng.bounded(12)), 1);
        if (rng.bounded(2) == 0) {
            r.from = start;
            r.to = start.addMonths(1 + int(rng.bounded(14))).addDays(-1);
        } else {
            r.from = start.addDays(int(rng.bounded(40)));
            r.to = r.from.addDays(int(rng.bounded(400)));
        }
        r.view = rng.bounded(2) == 0 ? stats::View::Received : stats::View::Completed;
        r.by = stats::Breakdown(rng.bounded(int(stats::breakdownKeys().size())));
        const QString what = QStringLiteral("round %1: scope %2 %3, %4..%5, view %6, by %7")
                                 .arg(round)
                                 .arg(kind)
                                 .arg(r.scope.id, r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate))
                                 .arg(int(r.view))
                                 .arg(stats::breakdownKeys().at(int(r.by)));
        requireAsOracle(*d.t, oracle, r, what);
    }
}

TEST_CASE("days cut from a month, read as the month less the days left out or day by day, equal a brute-force "
          "count",
          "[stats]")
{
    // Most of a month is its aggregate less the days left out (before, after, or both); a few days
    // are counted from their cases. Either way, every group and measure is the oracle's, and a
    // group none of whose cases fall in the days is not listed.
    StatsDistrict d;
    const StatsOracle oracle(*d.t);
    const QString community = ids(*d.t, "SELECT community_id FROM grids ORDER BY code").value(0);
    REQUIRE_FALSE(community.isEmpty());
    int listedGroups = 0;
    qint64 counted = 0;
    for (const auto &[from, to] :
         {std::pair{QDate(2026, 5, 3), QDate(2026, 5, 28)}, std::pair{QDate(2026, 5, 2), QDate(2026, 6, 10)},
          std::pair{QDate(2026, 5, 1), QDate(2026, 5, 27)}, std::pair{QDate(2026, 5, 10), QDate(2026, 5, 12)},
          std::pair{QDate(2026, 4, 30), QDate(2026, 6, 1)}})
        for (const stats::StatsScope &scope :
             {stats::StatsScope{}, stats::StatsScope{stats::StatsScope::Community, community}})
            for (stats::View view : {stats::View::Received, stats::View::Completed})
                for (int by = 0; by < stats::breakdownKeys().size(); ++by) {
                    stats::StatsRequest r;
                    r.scope = scope;
                    r.from = from;
                    r.to = to;
                    r.view = view;
                    r.by = stats::Breakdown(by);
                    const QString what = QStringLiteral("%1..%2 scope %3 view %4 by %5")
                                             .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                                             .arg(int(scope.kind))
                                             .arg(int(view))
                                             .arg(stats::breakdownKeys().at(by));
                    const auto [groups, cases] = requireAsOracle(*d.t, oracle, r, what);
                    listedGroups += groups;
                    counted += cases;
                }
    CHECK(listedGroups > 100);
    CHECK(counted > 5000); // the days hold cases (the district's two months), not only the overdue counted now
}

TEST_CASE("the figures' values follow their numerators and denominators", "[stats]")
{
    StatsDistrict d(600);
    stats::StatsRequest r;
    r.from = QDate(2025, 1, 1);
    r.to = QDate(2026, 12, 31);
    auto table = stats::count(*d.t, r);
    REQUIRE(table.ok());
    const stats::Counts &c = table->total;
    for (const stats::Figure &f : stats::figures()) {
        INFO(f.code.toStdString());
        CHECK_FALSE(f.name().isEmpty());
        CHECK_FALSE(f.description().isEmpty());
        const stats::FigureValue v = stats::evaluate(f, c);
        REQUIRE(v.defined());
        if (f.kind == stats::FigureKind::Rate) {
            CHECK(v.value >= 0);
            CHECK(v.value <= 1);
        }
    }
    CHECK(stats::evaluate(stats::figures().at(0), c).value == c[QStringLiteral("n")]);
    const stats::Figure completion = stats::figures().at(1);
    CHECK(completion.code == QStringLiteral("completion_rate"));
    CHECK(stats::evaluate(completion, c).value == Approx(double(c[QStringLiteral("done")]) / c[QStringLiteral("n")]));
    // Satisfaction with the office's weights: 不满意 counting half moves the rate by that much.
    const auto satisfaction = [&](double dissatisfied) {
        for (const stats::Figure &f : stats::figures(1, 1, dissatisfied))
            if (f.code == QLatin1String("satisfaction_rate"))
                return stats::evaluate(f, c).value;
        return 0.0;
    };
    CHECK(satisfaction(0.5) - satisfaction(0) ==
          Approx(0.5 * c[QStringLiteral("dissatisfied")] / double(c[QStringLiteral("reached")])));
    // Nothing to divide by: no value, never a zero that would rank.
    CHECK_FALSE(stats::evaluate(completion, stats::Counts()).defined());
    // The median is the smallest day count holding half the cases.
    stats::Counts h;
    const QStringList names = stats::measureNames();
    h.m[int(names.indexOf(QStringLiteral("days_n")))] = 5;
    h.m[int(names.indexOf(QStringLiteral("h0")))] = 2;
    h.m[int(names.indexOf(QStringLiteral("h3")))] = 1;
    h.m[int(names.indexOf(QStringLiteral("h9")))] = 2;
    CHECK(stats::evaluate(stats::figures().last(), h).value == 3);
}

TEST_CASE("the aggregate stays equal to a recount through the desk's work", "[stats]")
{
    CaseWorld w;
    CaseService service(*w.t);
    QStringList cases;
    for (int i = 0; i < 6; ++i)
        cases << must(service.registerCase(w.draft()));
    requireNoDifferences(*w.t);
    w.t.clock->advance(3600 * 1000);
    REQUIRE(service.act(cases.at(0), {workflow::Action::Dispatch, {}, workflow::Handler{w.worker, {}}}).ok());
    REQUIRE(service.act(cases.at(0), {workflow::Action::Sign}).ok());
    REQUIRE(service.act(cases.at(0), {workflow::Action::Complete, QStringLiteral("修好了")}).ok());
    requireNoDifferences(*w.t);
    REQUIRE(service
                .act(cases.at(0),
                     {workflow::Action::Callback, {}, workflow::CallbackOutcome{QStringLiteral("satisfied"), true}})
                .ok());
    REQUIRE(service.act(cases.at(1), {workflow::Action::Refuse, QStringLiteral("不属于受理范围")}).ok());
    Case desk = w.draft();
    desk.channel = QStringLiteral("walk_in");
    must(service.registerCase(desk, QStringLiteral("当场解答")));
    requireNoDifferences(*w.t);
    // A case merged into another stops counting; one deleted too.
    REQUIRE(service.mergeInto(cases.at(2), cases.at(3)).ok());
    QSqlQuery q(w.t->sql());
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET deleted = 1 WHERE id = '%1'").arg(cases.at(4))));
    requireNoDifferences(*w.t);
    stats::StatsRequest r;
    r.from = QDate(2026, 3, 1);
    r.to = QDate(2026, 3, 31);
    auto table = stats::count(*w.t, r);
    REQUIRE(table.ok());
    CHECK(table->total[QStringLiteral("n")] == 5); // six and the desk's, less the merged and the deleted
    CHECK(table->total[QStringLiteral("done")] == 3);
    CHECK(table->total[QStringLiteral("settled")] == 1);
    CHECK(table->total[QStringLiteral("reached")] == 1);
    CHECK(table->total[QStringLiteral("solved")] == 1);
    CHECK(table->total[QStringLiteral("repeated")] == 1);
    // The grid moves to another community: its cases' share moves along.
    QSqlQuery street(w.t->sql());
    REQUIRE(street.exec(QStringLiteral("SELECT street_id FROM communities")));
    REQUIRE(street.next());
    const QString streetId = street.value(0).toString();
    street.finish();
    const QString other = addCommunity(*w.t, streetId, QStringLiteral("370202002009"), QStringLiteral("太平角社区"));
    Grid grid = GridService(*w.t).grid(w.grid).value();
    grid.communityId = other;
    grid.code = QStringLiteral("370202002009001");
    must(GridService(*w.t).save(grid));
    requireNoDifferences(*w.t);
    r.scope = {stats::StatsScope::Community, other};
    r.by = stats::Breakdown::Category;
    auto moved = stats::count(*w.t, r);
    REQUIRE(moved.ok());
    CHECK(moved->total[QStringLiteral("n")] == 5);
    REQUIRE(moved->groups.size() == 1);
    CHECK(moved->groups.first().counts[QStringLiteral("n")] == 5);
    // A rebuild gives the same, and so does a damaged aggregate once rebuilt.
    REQUIRE(q.exec(QStringLiteral("UPDATE stats_grid SET n = n + 1")));
    auto differences = stats::recountDifferences(w.t->sql());
    REQUIRE(differences.ok());
    CHECK_FALSE(differences->isEmpty());
    REQUIRE(stats::rebuild(w.t->sql()).ok());
    requireNoDifferences(*w.t);
}

TEST_CASE("a change of the calendar counts the handling days again", "[stats]")
{
    CaseWorld w; // Monday 2 March 2026
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    REQUIRE(service.act(id, {workflow::Action::Dispatch, {}, workflow::Handler{w.worker, {}}}).ok());
    REQUIRE(service.act(id, {workflow::Action::Sign}).ok());
    w.t.clock->setMs(QDateTime(QDate(2026, 3, 5), QTime(16, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
    REQUIRE(service.act(id, {workflow::Action::Complete, QStringLiteral("已修复")}).ok());
    stats::StatsRequest r;
    r.from = QDate(2026, 3, 1);
    r.to = QDate(2026, 3, 31);
    const auto days = [&] {
        auto t = stats::count(*w.t, r);
        REQUIRE(t.ok());
        return t->total[QStringLiteral("days_sum")];
    };
    CHECK(days() == 3); // Tuesday, Wednesday, Thursday
    // The office marks Wednesday 4 March a day off: the case took two working days.
    auto imported = CaseSettings(*w.t).importCalendar("date,kind,name\n2026-03-04,holiday,停工一天\n");
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(days() == 2);
    requireNoDifferences(*w.t);
}
