// The office's review rules (rating/ReviewSettings.h): defaults when none are saved, a round
// trip through the file, every value out of range refused with its field named, administrators
// only, audited, and the month's decisions following what was saved.
#include "rating/MonthSheet.h"
#include "rating/ReviewSettings.h"
#include "test_rating_fixture.h"

using namespace gd;
using namespace gdtest;

TEST_CASE("review rules default to StarRules.h's and round-trip through the file", "[rating][settings]")
{
    CaseWorld w;
    const rating::ReviewRules defaults = rating::ReviewRules::load(*w.t);
    CHECK(defaults.stars.promotionShare == Approx(0.30));
    CHECK(defaults.stars.rounding == rating::StarSettings::Down);
    CHECK(defaults.annual.secondHalfWeight == Approx(0.6));
    CHECK(defaults.validate().kind == ErrorKind::None);
    // Stars move each half-year, after six months at a level; a veto takes the star, a failed year one.
    CHECK(defaults.stars.cadence == rating::Cadence::HalfYearly);
    CHECK(defaults.stars.minimumMonthsAtLevel == 6);
    CHECK(defaults.stars.annualPromotes);
    CHECK(defaults.stars.veto == rating::VetoEffect::StarTaken);
    CHECK(defaults.stars.failedYear == rating::FailedYearEffect::DownOne);

    rating::ReviewRules r = defaults;
    r.stars.promotionShare = 0.2;
    r.stars.rounding = rating::StarSettings::Up;
    r.stars.minimumPlaces = 0;
    r.stars.promotionScore = 90;
    r.stars.poorScore = 60;
    r.stars.poorMonthsToDemote = 3;
    r.stars.failedYearScore = 65;
    r.annual = {0.5, 0.5, 92, 78, 66};
    r.stars.cadence = rating::Cadence::Quarterly;
    r.stars.minimumMonthsAtLevel = 12;
    r.stars.annualPromotes = false;
    r.stars.veto = rating::VetoEffect::YearBarred;
    r.stars.failedYear = rating::FailedYearEffect::ToNone;
    REQUIRE(r.save(*w.t).ok());
    const rating::ReviewRules back = rating::ReviewRules::load(*w.t);
    CHECK(back.stars.promotionShare == Approx(0.2));
    CHECK(back.stars.rounding == rating::StarSettings::Up);
    CHECK(back.stars.minimumPlaces == 0);
    CHECK(back.stars.promotionScore == Approx(90));
    CHECK(back.stars.poorScore == Approx(60));
    CHECK(back.stars.poorMonthsToDemote == 3);
    CHECK(back.stars.failedYearScore == Approx(65));
    CHECK(back.annual.firstHalfWeight == Approx(0.5));
    CHECK(back.annual.excellent == Approx(92));
    CHECK(back.annual.basicPass == Approx(66));
    CHECK(back.stars.cadence == rating::Cadence::Quarterly);
    CHECK(back.stars.minimumMonthsAtLevel == 12);
    CHECK_FALSE(back.stars.annualPromotes);
    CHECK(back.stars.veto == rating::VetoEffect::YearBarred);
    CHECK(back.stars.failedYear == rating::FailedYearEffect::ToNone);
    // The choices are kept as words, so another version reads them alike.
    const QString stored = w.t->meta(QStringLiteral("star_rules"));
    CHECK(stored.contains(QStringLiteral("\"cadence\":\"quarterly\"")));
    CHECK(stored.contains(QStringLiteral("\"veto\":\"year_barred\"")));
    CHECK(stored.contains(QStringLiteral("\"failed_year\":\"to_none\"")));
    // Saved once, audited once; saving the same again writes nothing.
    const auto audits = [&] {
        return scalar(*w.t, QStringLiteral("SELECT count(*) FROM audit_log WHERE row_id = 'star_rules'"));
    };
    CHECK(audits() == 1);
    REQUIRE(back.save(*w.t).ok());
    CHECK(audits() == 1);
}

TEST_CASE("review rules out of range are refused with the field named, and nothing is saved", "[rating][settings]")
{
    CaseWorld w;
    struct Bad {
        const char *field;
        std::function<void(rating::ReviewRules &)> spoil;
    };
    const QList<Bad> bad{
        {"promotion_share", [](rating::ReviewRules &r) { r.stars.promotionShare = 0; }},
        {"promotion_share", [](rating::ReviewRules &r) { r.stars.promotionShare = 1.5; }},
        {"minimum_places", [](rating::ReviewRules &r) { r.stars.minimumPlaces = -1; }},
        {"promotion_score", [](rating::ReviewRules &r) { r.stars.promotionScore = 101; }},
        {"poor_score", [](rating::ReviewRules &r) { r.stars.poorScore = 90; }}, // above the promotion score
        {"poor_months", [](rating::ReviewRules &r) { r.stars.poorMonthsToDemote = 0; }},
        {"failed_year_score", [](rating::ReviewRules &r) { r.stars.failedYearScore = -5; }},
        {"minimum_months_at_level", [](rating::ReviewRules &r) { r.stars.minimumMonthsAtLevel = -1; }},
        {"minimum_months_at_level", [](rating::ReviewRules &r) { r.stars.minimumMonthsAtLevel = 37; }},
        {"first_half_weight", [](rating::ReviewRules &r) { r.annual.firstHalfWeight = 2; }},
        {"second_half_weight",
         [](rating::ReviewRules &r) {
             r.annual.firstHalfWeight = 0;
             r.annual.secondHalfWeight = 0;
         }},
        {"excellent", [](rating::ReviewRules &r) { r.annual.excellent = 120; }},
        {"pass", [](rating::ReviewRules &r) { r.annual.pass = 99; }},            // above excellent
        {"basic_pass", [](rating::ReviewRules &r) { r.annual.basicPass = 85; }}, // above pass
    };
    for (const Bad &b : bad) {
        rating::ReviewRules r;
        b.spoil(r);
        const Status s = r.save(*w.t);
        INFO(b.field);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == ErrorKind::Invalid);
        CHECK(s.error().field == QLatin1String(b.field));
        CHECK_FALSE(s.message().isEmpty());
    }
    CHECK(w.t->meta(QStringLiteral("star_rules")).isEmpty());
}

TEST_CASE("only an administrator changes the review rules", "[rating][settings]")
{
    CaseWorld w;
    for (Role role : {Role::Staff, Role::Supervisor}) {
        Actor a;
        a.login = QStringLiteral("someone");
        a.role = role;
        a.signedIn = true;
        w.t->setActor(a);
        rating::ReviewRules r;
        r.stars.promotionScore = 80;
        CHECK(r.save(*w.t).error().kind == ErrorKind::Permission);
    }
    CHECK(w.t->meta(QStringLiteral("star_rules")).isEmpty());
}

TEST_CASE("the month's decisions follow the rules the office saved", "[rating][settings]")
{
    CaseWorld w;
    caseOf(w, w.worker, beijing(2026, 10, 9, 10, 0), beijing(2026, 10, 20, 18, 0));
    auto before = rating::computeMonth(*w.t, QStringLiteral("2026-10"));
    REQUIRE(before.ok());
    REQUIRE_FALSE(before->rows.isEmpty());
    const double total = before->rows.first().total;
    REQUIRE(total < 85);
    CHECK(before->rows.first().decision.reason == rating::StarDecision::PeriodOpen); // the half-year runs on

    rating::ReviewRules r;
    r.stars.cadence = rating::Cadence::Monthly;
    r.stars.promotionScore = std::floor(total);
    r.stars.poorScore = 0;
    REQUIRE(r.save(*w.t).ok());
    auto after = rating::computeMonth(*w.t, QStringLiteral("2026-10"));
    REQUIRE(after.ok());
    CHECK(after->rows.first().decision.reason == rating::StarDecision::Promoted);
    // Settings given by the caller still win (the bench and the rules' own tests use them).
    rating::StarSettings strict;
    strict.promotionScore = 100;
    strict.cadence = rating::Cadence::Monthly;
    CHECK(rating::computeMonth(*w.t, QStringLiteral("2026-10"), strict)->rows.first().decision.reason ==
          rating::StarDecision::BelowThreshold);
}
