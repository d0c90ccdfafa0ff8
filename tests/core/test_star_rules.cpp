// The star rules of the monthly review (rating/StarRules.h): the promotion quota at its edges
// (nobody at a level, one person, ties, the rounding of the share), the threshold, vetoes,
// demotion streaks, a failed year, the top level, the explanations, and the annual combination.
#include "rating/StarRules.h"

#include <catch2/catch.hpp>

using namespace gd::rating;

namespace {

WorkerMonth worker(const char *id, int star, double score, QDate since = QDate(2025, 1, 1))
{
    WorkerMonth w;
    w.workerId = QString::fromLatin1(id);
    w.name = QString::fromLatin1(id);
    w.star = star;
    w.score = score;
    w.levelSince = since;
    w.startDate = QDate(2020, 1, 1);
    return w;
}

QList<int> stars(const QList<StarDecision> &decisions)
{
    QList<int> out;
    for (const StarDecision &d : decisions)
        out << d.to;
    return out;
}

} // namespace

TEST_CASE("the share of a level is rounded as the office chose, with its minimum", "[rating]")
{
    StarSettings s;
    s.promotionShare = 0.30;
    s.minimumPlaces = 0;
    double quota = 0;
    s.rounding = StarSettings::Down;
    CHECK(placesFor(12, 12, s, &quota) == 3);
    CHECK(quota == Approx(3.6));
    s.rounding = StarSettings::Nearest;
    CHECK(placesFor(12, 12, s) == 4);
    CHECK(placesFor(5, 5, s) == 2); // 1.5 rounds up
    s.rounding = StarSettings::Up;
    CHECK(placesFor(12, 12, s) == 4);
    CHECK(placesFor(10, 10, s) == 3); // exactly 3: not 4
    // Binary fractions do not cost a place: 29% of 100 is 29.
    s.promotionShare = 0.29;
    s.rounding = StarSettings::Down;
    CHECK(placesFor(100, 100, s) == 29);
    // The minimum: only when someone at the level could go up, never more than the level holds.
    s.promotionShare = 0.30;
    s.minimumPlaces = 1;
    CHECK(placesFor(1, 1, s) == 1);
    CHECK(placesFor(1, 0, s) == 0);
    CHECK(placesFor(0, 0, s) == 0);
    s.minimumPlaces = 5;
    CHECK(placesFor(2, 2, s) == 2);
}

TEST_CASE("per level the best scores above the threshold take the places", "[rating]")
{
    StarSettings s; // 30%, rounded down, at least one, threshold 85
    QList<WorkerMonth> ws;
    const double scores[] = {96, 91, 88, 86, 84, 90, 70, 75, 80, 95};
    for (int i = 0; i < 10; ++i)
        ws << worker(QStringLiteral("w%1").arg(i).toLatin1().constData(), 1, scores[i]);
    const QList<StarDecision> d = decideStars(ws, s);
    // 30% of 10 = 3 places: 96, 95 and 91 go up; 90, 88 and 86 reach 85 but find no place.
    CHECK(stars(d) == QList<int>{2, 2, 1, 1, 1, 1, 1, 1, 1, 2});
    CHECK(d.at(0).reason == StarDecision::Promoted);
    CHECK(d.at(0).rank == 1);
    CHECK(d.at(9).rank == 2);
    CHECK(d.at(1).rank == 3);
    CHECK(d.at(5).reason == StarDecision::NoPlace);
    CHECK(d.at(4).reason == StarDecision::BelowThreshold);
    CHECK(d.at(1).explanation.contains(QStringLiteral("ranked 3 of 10 at one star")));
    CHECK(d.at(1).explanation.contains(QStringLiteral("30% of 10 = 3, rounded down → 3 place(s)")));
    CHECK(d.at(1).explanation.contains(QStringLiteral("score 91 ≥ 85: promoted to two stars")));
    CHECK(d.at(4).explanation.contains(QStringLiteral("84 < 85")));

    // Places left over stay empty: below the threshold nobody takes one.
    QList<WorkerMonth> weak{worker("a", 2, 84), worker("b", 2, 60), worker("c", 2, 99)};
    CHECK(stars(decideStars(weak, s)) == QList<int>{2, 2, 3});
}

TEST_CASE("one person at a level, nobody at a level, and the top level", "[rating]")
{
    StarSettings s;
    CHECK(decideStars({}, s).isEmpty());
    // Alone at three stars: 30% of 1 is 0 places, the minimum of one lets the best go up...
    CHECK(stars(decideStars({worker("solo", 3, 90)}, s)) == QList<int>{4});
    // ...unless the office set no minimum.
    s.minimumPlaces = 0;
    const StarDecision alone = decideStars({worker("solo", 3, 90)}, s).first();
    CHECK(alone.to == 3);
    CHECK(alone.reason == StarDecision::NoPlace);
    CHECK(alone.explanation.contains(QStringLiteral("0 place(s)")));
    // Five stars is the top: nobody goes further.
    const StarDecision top = decideStars({worker("best", 5, 100)}, StarSettings()).first();
    CHECK(top.to == 5);
    CHECK(top.reason == StarDecision::TopLevel);
    // Everyone starts with no star and may go to one.
    CHECK(stars(decideStars({worker("new", 0, 88)}, StarSettings())) == QList<int>{1});
}

TEST_CASE("ties are broken by time at the level, then start date, then name", "[rating]")
{
    StarSettings s;
    s.promotionShare = 0.25; // 1 place of 4
    QList<WorkerMonth> ws{worker("late", 1, 90, QDate(2026, 3, 1)), worker("early", 1, 90, QDate(2025, 6, 1)),
                          worker("low", 1, 86), worker("lower", 1, 85)};
    QList<StarDecision> d = decideStars(ws, s);
    CHECK(stars(d) == QList<int>{1, 2, 1, 1});
    CHECK(d.at(1).rank == 1);
    CHECK(d.at(0).rank == 2);
    // The same day at the level: the earlier start; the same start too: the name.
    ws[0].levelSince = ws[1].levelSince;
    ws[0].startDate = QDate(2019, 1, 1);
    CHECK(stars(decideStars(ws, s)) == QList<int>{2, 1, 1, 1});
    ws[0].startDate = ws[1].startDate;
    d = decideStars(ws, s);
    CHECK(d.at(1).to == 2); // "early" < "late"
    // Decided alike whatever order the workers come in.
    QList<WorkerMonth> reversed(ws.rbegin(), ws.rend());
    CHECK(stars(decideStars(reversed, s)) == QList<int>{1, 1, 2, 1});
}

TEST_CASE("a veto, a poor streak or a failed year take one star, and block promotion", "[rating]")
{
    StarSettings s; // poor below 70, two in a row demote, a year below 70 fails
    WorkerMonth vetoed = worker("v", 2, 0);
    vetoed.veto = true;
    WorkerMonth streak = worker("s", 2, 65);
    streak.poorRun = 2;
    WorkerMonth firstPoor = worker("f", 2, 65);
    firstPoor.poorRun = 1;
    WorkerMonth failedYear = worker("y", 2, 92);
    failedYear.annualScore = 68;
    WorkerMonth noStar = worker("n", 0, 0);
    noStar.veto = true;
    const QList<StarDecision> d = decideStars({vetoed, streak, firstPoor, failedYear, noStar}, s);
    CHECK(stars(d) == QList<int>{1, 1, 2, 1, 0});
    CHECK(d.at(0).reason == StarDecision::Vetoed);
    CHECK(d.at(1).reason == StarDecision::PoorStreak);
    CHECK(d.at(1).explanation.contains(QStringLiteral("2 poor months in a row")));
    CHECK(d.at(2).reason == StarDecision::BelowThreshold);
    CHECK(d.at(3).reason == StarDecision::FailedYear); // a good month does not save a failed year
    CHECK(d.at(4).reason == StarDecision::Vetoed);
    CHECK(d.at(4).to == 0); // never below none

    // Those going down still count at their level: 4 at two stars, 30% → 1 place, the best.
    WorkerMonth good = worker("g", 2, 90);
    const QList<StarDecision> e = decideStars({vetoed, streak, firstPoor, good}, s);
    CHECK(e.at(3).to == 3);
    CHECK(e.at(3).atLevel == 4);
}

TEST_CASE("the annual score weighs the halves and grades the year", "[rating]")
{
    AnnualSettings a; // 40% / 60%; 95, 80, 70
    QList<double> year;
    for (int m = 0; m < 12; ++m)
        year << (m < 6 ? 90.0 : 100.0);
    CHECK(annualScore(year, a) == Approx(96));
    CHECK(gradeOf(96, a) == Grade::Excellent);
    // A month without a review is left out of its half.
    year[3] = -1;
    CHECK(annualScore(year, a) == Approx(96));
    // Started in July: the second half alone.
    QList<double> joined(12, -1);
    for (int m = 6; m < 12; ++m)
        joined[m] = 75;
    CHECK(annualScore(joined, a) == Approx(75));
    CHECK(annualScore(QList<double>(12, -1), a) == -1);
    // The grade boundaries belong to the higher grade.
    CHECK(gradeOf(95, a) == Grade::Excellent);
    CHECK(gradeOf(94.9, a) == Grade::Pass);
    CHECK(gradeOf(80, a) == Grade::Pass);
    CHECK(gradeOf(79.9, a) == Grade::BasicPass);
    CHECK(gradeOf(70, a) == Grade::BasicPass);
    CHECK(gradeOf(69.9, a) == Grade::Fail);
}

TEST_CASE("a month belongs to a promotion period of the cadence, and only its last month closes it", "[rating]")
{
    const ReviewPeriod half = periodOf(QStringLiteral("2026-05"), Cadence::HalfYearly);
    CHECK(half.first == QStringLiteral("2026-01"));
    CHECK(half.last == QStringLiteral("2026-06"));
    CHECK_FALSE(half.closes);
    CHECK(half.name == QStringLiteral("the first half of 2026"));
    CHECK(periodOf(QStringLiteral("2026-06"), Cadence::HalfYearly).closes);
    CHECK(periodOf(QStringLiteral("2026-07"), Cadence::HalfYearly).name == QStringLiteral("the second half of 2026"));
    const ReviewPeriod quarter = periodOf(QStringLiteral("2026-08"), Cadence::Quarterly);
    CHECK(quarter.first == QStringLiteral("2026-07"));
    CHECK(quarter.last == QStringLiteral("2026-09"));
    CHECK(quarter.name == QStringLiteral("2026 Q3"));
    CHECK(periodOf(QStringLiteral("2026-09"), Cadence::Quarterly).closes);
    CHECK_FALSE(periodOf(QStringLiteral("2026-11"), Cadence::Yearly).closes);
    CHECK(periodOf(QStringLiteral("2026-12"), Cadence::Yearly).closes);
    CHECK(periodOf(QStringLiteral("2026-12"), Cadence::Yearly).first == QStringLiteral("2026-01"));
    for (int m = 1; m <= 12; ++m) {
        const QString month = QStringLiteral("2026-%1").arg(m, 2, 10, QLatin1Char('0'));
        CHECK(periodOf(month, Cadence::Monthly).closes);
        CHECK(periodOf(month, Cadence::Monthly).first == month);
        // Every cadence closes a period at the year's end: the annual result always has its review.
        CHECK(periodOf(month, Cadence::Quarterly).closes == (m % 3 == 0));
        CHECK(periodOf(month, Cadence::HalfYearly).closes == (m % 6 == 0));
    }
    CHECK(periodMonths(Cadence::HalfYearly) == 6);
}

TEST_CASE("inside a period one month moves no star, except a veto that takes it", "[rating]")
{
    StarSettings s;
    const ReviewPeriod open = periodOf(QStringLiteral("2026-04"), Cadence::HalfYearly);
    WorkerMonth best = worker("best", 1, 99);
    WorkerMonth poor = worker("poor", 2, 40);
    poor.poorRun = 4;
    WorkerMonth vetoed = worker("vetoed", 2, 0);
    vetoed.veto = true;
    const QList<StarDecision> d = decideStars({best, poor, vetoed}, s, open);
    CHECK(stars(d) == QList<int>{1, 2, 1});
    CHECK(d.at(0).reason == StarDecision::PeriodOpen);
    CHECK(d.at(0).explanation.contains(QStringLiteral("Score 99 counts toward the first half of 2026")));
    CHECK(d.at(0).explanation.contains(QStringLiteral("2026-06")));
    CHECK(d.at(0).places == 0);
    CHECK(d.at(1).reason == StarDecision::PeriodOpen); // a poor run waits for the period's end
    CHECK(d.at(2).reason == StarDecision::Vetoed);

    // The veto as the office sets it: the month counts 0 only, and nothing moves.
    s.veto = VetoEffect::MonthZeroed;
    const StarDecision zeroed = decideStars({vetoed}, s, open).first();
    CHECK(zeroed.to == 2);
    CHECK(zeroed.explanation.startsWith(QStringLiteral("A veto item this month: the month counts 0.")));
}

TEST_CASE("at a period's end the combined result ranks, not the last month", "[rating]")
{
    StarSettings s;
    s.promotionShare = 0.5; // 1 place of 2
    const ReviewPeriod half = periodOf(QStringLiteral("2026-06"), Cadence::HalfYearly);
    WorkerMonth spurt = worker("spurt", 1, 99); // one great month in a weak half
    spurt.periodScore = 80;
    WorkerMonth steady = worker("steady", 1, 86);
    steady.periodScore = 90.5;
    const QList<StarDecision> d = decideStars({spurt, steady}, s, half);
    CHECK(stars(d) == QList<int>{1, 2});
    CHECK(d.at(0).reason == StarDecision::BelowThreshold);
    CHECK(d.at(0).explanation.contains(QStringLiteral("the first half of 2026's result 80 < 85")));
    CHECK(d.at(1).reason == StarDecision::Promoted);
    CHECK(d.at(1).rank == 1);
    CHECK(d.at(1).explanation.contains(QStringLiteral("the first half of 2026's result 90.5 ≥ 85")));
}

TEST_CASE("a worker too short a time at the level takes no place and leaves it to the next", "[rating]")
{
    StarSettings s;          // six months at a level
    s.promotionShare = 0.34; // 1 place of 3
    WorkerMonth fresh = worker("fresh", 1, 98);
    fresh.monthsAtLevel = 5;
    WorkerMonth settled = worker("settled", 1, 90);
    settled.monthsAtLevel = 6;
    WorkerMonth unknown = worker("unknown", 1, 88); // no start date, no history: not held back
    const QList<StarDecision> d = decideStars({fresh, settled, unknown}, s);
    CHECK(stars(d) == QList<int>{1, 2, 1});
    CHECK(d.at(0).reason == StarDecision::TooSoon);
    CHECK(d.at(0).rank == 1);
    CHECK(d.at(0).explanation.contains(QStringLiteral("5 month(s) at one star of the 6 needed")));
    CHECK(d.at(1).reason == StarDecision::Promoted);
    CHECK(d.at(2).reason == StarDecision::NoPlace);
    s.minimumMonthsAtLevel = 0;
    CHECK(stars(decideStars({fresh, settled, unknown}, s)) == QList<int>{2, 1, 1});
}

TEST_CASE("a veto that bars the year stops promotion all year, and a failed year does what the office set", "[rating]")
{
    StarSettings s;
    s.veto = VetoEffect::YearBarred;
    WorkerMonth barred = worker("barred", 1, 95); // vetoed in March, strong since
    barred.vetoInYear = true;
    WorkerMonth next = worker("next", 1, 90);
    const QList<StarDecision> d = decideStars({barred, next}, s);
    CHECK(stars(d) == QList<int>{1, 2});
    CHECK(d.at(0).reason == StarDecision::Barred);
    CHECK(d.at(0).explanation.contains(QStringLiteral("a veto this year")));
    // The same veto under the other settings does not bar a later period.
    s.veto = VetoEffect::StarTaken;
    CHECK(stars(decideStars({barred, next}, s)) == QList<int>{2, 1});

    WorkerMonth failed = worker("failed", 3, 92);
    failed.annualScore = 60;
    s.failedYear = FailedYearEffect::ToNone;
    CHECK(decideStars({failed}, s).first().to == 0);
    s.failedYear = FailedYearEffect::DownOne;
    CHECK(decideStars({failed}, s).first().to == 2);
    s.failedYear = FailedYearEffect::Kept;
    const StarDecision kept = decideStars({failed}, s).first();
    CHECK(kept.reason != StarDecision::FailedYear);
    CHECK(kept.to >= 3);
}
