// Stars that move by period (rating/PeriodHistory.h with StarRules.h on the file): the months
// approved before a review give the period's combined result, the time at the level, the poor runs
// since the star last moved, the year's vetoes and, in December, the annual result. Past months are
// written as approved results; the month under review is computed from the typed items alone: 35
// points, and with on-time and satisfaction not applicable (nothing due, no callback) carried from
// the rest, 35 × 100 / 70 = 50.
#include "TestDb.h"
#include "rating/Payouts.h"
#include "rating/RatingEntries.h"
#include "schema/Tables.h"
#include "storage/RowStore.h"
#include "storage/Transaction.h"
#include "storage/Uuid.h"
#include "test_rating_fixture.h"

using namespace gd;
using namespace gdtest;

namespace {

// An approved month of the worker's, as approveMonth leaves it.
void pastMonth(CaseWorld &w, const QString &month, double total, int before, int after, bool veto = false)
{
    Transaction tx(*w.t);
    RowStore rows(*w.t);
    REQUIRE(rows.put(tables::ratingMonths(), uuid::v5(QStringLiteral("rating_months/%1").arg(month)),
                     {{QStringLiteral("month"), month}, {QStringLiteral("state"), QStringLiteral("approved")}})
                .ok());
    REQUIRE(rows.put(tables::ratingResults(), uuid::v5(QStringLiteral("rating_results/%1/%2").arg(month, w.worker)),
                     {{QStringLiteral("month"), month},
                      {QStringLiteral("worker_id"), w.worker},
                      {QStringLiteral("total"), total},
                      {QStringLiteral("veto"), veto ? 1 : 0},
                      {QStringLiteral("star_before"), before},
                      {QStringLiteral("star_after"), after}})
                .ok());
    REQUIRE(tx.commit().ok());
}

void months(CaseWorld &w, int year, int from, int to, double total, int star)
{
    for (int m = from; m <= to; ++m)
        pastMonth(w, QStringLiteral("%1-%2").arg(year).arg(m, 2, 10, QLatin1Char('0')), total, star, star);
}

void setStar(CaseWorld &w, int star)
{
    Transaction tx(*w.t);
    REQUIRE(RowStore(*w.t).update(tables::workers(), w.worker, {{QStringLiteral("star"), star}}).ok());
    REQUIRE(tx.commit().ok());
}

// The month under review scores 50: the three typed items at their maximum (35 of the 70 judged), no cases.
void typedMonth(CaseWorld &w, const QString &month)
{
    for (const auto &[code, value] : {std::pair{"visits", 15.0}, {"information", 10.0}, std::pair{"judgement", 10.0}})
        REQUIRE(rating::enterValue(*w.t, month, w.worker, QLatin1String(code), value).ok());
}

rating::StarDecision decisionOf(CaseWorld &w, const QString &month)
{
    auto sheet = rating::computeMonth(*w.t, month);
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rows.size() == 1);
    return sheet->rows.first().decision;
}

void saveRules(CaseWorld &w, const std::function<void(rating::ReviewRules &)> &change)
{
    rating::ReviewRules rules = rating::ReviewRules::load(*w.t);
    change(rules);
    REQUIRE(rules.save(*w.t).ok());
}

} // namespace

TEST_CASE("the half-year's average moves the star in June, not a strong or weak month before", "[rating][periods]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 7, 10, 9, 0));
    months(w, 2026, 1, 4, 100, 0);
    typedMonth(w, QStringLiteral("2026-05"));
    typedMonth(w, QStringLiteral("2026-06"));
    // May does not close the half: its weak 50 moves nothing.
    const rating::StarDecision may = decisionOf(w, QStringLiteral("2026-05"));
    CHECK(may.reason == rating::StarDecision::PeriodOpen);
    CHECK(may.to == 0);
    pastMonth(w, QStringLiteral("2026-05"), 100, 0, 0);
    // June: (5 × 100 + 50) / 6 = 91.7, over 85 although June alone scores 50.
    const rating::StarDecision june = decisionOf(w, QStringLiteral("2026-06"));
    CHECK(june.reason == rating::StarDecision::Promoted);
    CHECK(june.to == 1);
    CHECK(june.explanation.contains(QStringLiteral("the first half of 2026's result 91.7")));
    // The approval writes it to the worker and freezes the explanation.
    auto approved = submitAndApprove(*w.t, QStringLiteral("2026-06"));
    REQUIRE(approved.ok());
    CHECK(approved->rows.first().decision.to == 1);
    auto history = rating::starHistory(*w.t, w.worker);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().month == QStringLiteral("2026-06"));
}

TEST_CASE("a quarterly office judges the quarter, and June the half-year evaluation", "[rating][periods]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 7, 10, 9, 0));
    saveRules(w, [](rating::ReviewRules &r) { r.stars.cadence = rating::Cadence::Quarterly; });
    months(w, 2026, 1, 2, 60, 0);
    typedMonth(w, QStringLiteral("2026-03"));
    // Q1: (60 + 60 + 50) / 3 = 56.7.
    const rating::StarDecision march = decisionOf(w, QStringLiteral("2026-03"));
    CHECK(march.reason == rating::StarDecision::PoorStreak); // three poor months in a row
    CHECK(march.to == 0);
    pastMonth(w, QStringLiteral("2026-03"), 95, 0, 0);
    months(w, 2026, 4, 5, 95, 0);
    typedMonth(w, QStringLiteral("2026-06"));
    // June: the half-year evaluation (60, 60, 95, 95, 95, 50) / 6 = 75.8, not the quarter's 80.
    const rating::StarDecision june = decisionOf(w, QStringLiteral("2026-06"));
    CHECK(june.reason == rating::StarDecision::BelowThreshold);
    CHECK(june.explanation.contains(QStringLiteral("2026 Q2's result 75.8 < 85")));
}

TEST_CASE("the time at a level runs from the month after the star moved", "[rating][periods]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2027, 1, 10, 9, 0));
    setStar(w, 1);
    months(w, 2026, 1, 2, 100, 0);
    pastMonth(w, QStringLiteral("2026-03"), 100, 0, 1); // promoted in a monthly office's March
    months(w, 2026, 4, 5, 100, 1);
    typedMonth(w, QStringLiteral("2026-06"));
    typedMonth(w, QStringLiteral("2026-12"));
    const rating::StarDecision june = decisionOf(w, QStringLiteral("2026-06"));
    CHECK(june.reason == rating::StarDecision::TooSoon); // April, May, June: 3 of 6
    CHECK(june.explanation.contains(QStringLiteral("3 month(s) at one star of the 6 needed")));
    pastMonth(w, QStringLiteral("2026-06"), 100, 1, 1);
    months(w, 2026, 7, 11, 100, 1);
    const rating::StarDecision december = decisionOf(w, QStringLiteral("2026-12"));
    CHECK(december.reason == rating::StarDecision::Promoted); // nine months on
    CHECK(december.to == 2);
}

TEST_CASE("poor runs count from the star's last move and must end in the period", "[rating][periods]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 7, 10, 9, 0));
    setStar(w, 2);
    // Demoted in January for a run of poor months: February's fresh start is what counts.
    pastMonth(w, QStringLiteral("2025-12"), 50, 3, 3);
    pastMonth(w, QStringLiteral("2026-01"), 50, 3, 2);
    months(w, 2026, 2, 5, 90, 2);
    typedMonth(w, QStringLiteral("2026-06"));
    const rating::StarDecision one = decisionOf(w, QStringLiteral("2026-06"));
    CHECK(one.reason != rating::StarDecision::PoorStreak); // June alone is one poor month
    CHECK(one.to >= 2);
    pastMonth(w, QStringLiteral("2026-05"), 50, 2, 2);
    const rating::StarDecision two = decisionOf(w, QStringLiteral("2026-06"));
    CHECK(two.reason == rating::StarDecision::PoorStreak);
    CHECK(two.explanation.contains(QStringLiteral("2 poor months in a row")));
    CHECK(two.to == 1);
}

TEST_CASE("December judges the annual result, and a failed year does what the office set", "[rating][periods]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2027, 1, 10, 9, 0));
    setStar(w, 3);
    months(w, 2026, 1, 6, 70, 3);
    months(w, 2026, 7, 11, 95, 3);
    typedMonth(w, QStringLiteral("2026-12"));
    // The second half (5 × 95 + 50) / 6 = 87.5; the year 0.4 × 70 + 0.6 × 87.5 = 80.5.
    const rating::StarDecision annual = decisionOf(w, QStringLiteral("2026-12"));
    CHECK(annual.reason == rating::StarDecision::BelowThreshold);
    CHECK(annual.explanation.contains(QStringLiteral("the second half of 2026's result 80.5 < 85")));
    // An office whose annual result only takes stars judges the half on its months.
    saveRules(w, [](rating::ReviewRules &r) { r.stars.annualPromotes = false; });
    const rating::StarDecision byMonths = decisionOf(w, QStringLiteral("2026-12"));
    CHECK(byMonths.reason == rating::StarDecision::Promoted);
    CHECK(byMonths.explanation.contains(QStringLiteral("result 87.5 ≥ 85")));

    // A failed year: 60 all year and 50 in December, poor only below 40 here.
    CaseWorld f;
    f.t.clock->setMs(beijing(2027, 1, 10, 9, 0));
    setStar(f, 3);
    months(f, 2026, 1, 11, 60, 3);
    typedMonth(f, QStringLiteral("2026-12"));
    saveRules(f, [](rating::ReviewRules &r) {
        r.stars.poorScore = 40;
        r.stars.failedYear = rating::FailedYearEffect::ToNone;
    });
    const rating::StarDecision failed = decisionOf(f, QStringLiteral("2026-12"));
    CHECK(failed.reason == rating::StarDecision::FailedYear);
    CHECK(failed.to == 0);
    saveRules(f, [](rating::ReviewRules &r) { r.stars.failedYear = rating::FailedYearEffect::Kept; });
    CHECK(decisionOf(f, QStringLiteral("2026-12")).to == 3);
}

TEST_CASE("a veto that bars the year: no star up and no star reward for the rest of the year", "[rating][periods]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 7, 10, 9, 0));
    setStar(w, 1);
    saveRules(w, [](rating::ReviewRules &r) { r.stars.veto = rating::VetoEffect::YearBarred; });
    pastMonth(w, QStringLiteral("2025-11"), 0, 1, 1, true); // last year's veto is spent
    months(w, 2026, 1, 2, 100, 1);
    pastMonth(w, QStringLiteral("2026-03"), 0, 1, 1, true);
    months(w, 2026, 4, 5, 100, 1);
    // The half: (4 × 100 + 0 + 50) / 6 = 75, over a threshold of 70 here.
    typedMonth(w, QStringLiteral("2026-06"));
    saveRules(w, [](rating::ReviewRules &r) { r.stars.promotionScore = 70; });
    const rating::StarDecision june = decisionOf(w, QStringLiteral("2026-06"));
    CHECK(june.reason == rating::StarDecision::Barred);
    CHECK(june.to == 1);
    auto approved = submitAndApprove(*w.t, QStringLiteral("2026-06"));
    REQUIRE(approved.ok());
    auto paid = rating::payouts(*w.t, QStringLiteral("2026-06"));
    REQUIRE(paid.ok());
    REQUIRE(paid->size() == 1);
    CHECK(paid->first().amount == 0);
    CHECK(paid->first().note.contains(QStringLiteral("veto")));
    // Under the default a veto takes the star in its month and later months pay again.
    w.t->setActor(Actor::system());
    saveRules(w, [](rating::ReviewRules &r) { r.stars.veto = rating::VetoEffect::StarTaken; });
    paid = rating::payouts(*w.t, QStringLiteral("2026-06"));
    REQUIRE(paid.ok());
    CHECK(paid->first().amount > 0);
    CHECK(paid->first().note.isEmpty());
}
