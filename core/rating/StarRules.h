#pragma once
// The star levels of the monthly review (docs/domain.md, "The monthly star review"): from
// a month's scores and each worker's record, who goes up one star, who keeps, who goes down,
// and why, in words a worker can read. Pure rules: no database, every number an office setting.
//
//   - Stars move only when a review closes a promotion period (the cadence: monthly, quarterly,
//     half-yearly — the default — or yearly), on the period's combined result: the months'
//     average; at the half-year's end the half-year evaluation (January–June), at the year's end
//     the annual evaluation (when the office lets it promote). One month never moves a star,
//     except a veto when the office has a veto take the star at once.
//   - Down first: N poor months in a row since the star last moved (the run ending in the
//     period), a failed year (its effect a setting) or a veto (its effect a setting) take a
//     worker down; a worker going down is not promoted.
//   - Up one level at most: per level k, of the workers now at k at most a share move to k+1 in
//     one review. places = the share × the workers at k, rounded as the office chose (down,
//     nearest, up), and at least `minimumPlaces` when anyone at k could go up. Only a combined
//     result at or above the promotion threshold, after the minimum time at the level, may take a
//     place; best results first.
//   - Ties are broken by a rule the office can read: the higher score, then the longer time at
//     the current level, then the earlier start date, then the name (then the id, so every office
//     decides alike).
#include <QDate>
#include <QList>
#include <QString>

namespace gd::rating {

constexpr int kMaxStar = 5;

enum class Cadence { Monthly, Quarterly, HalfYearly, Yearly };
// What a veto (一票否决) does: the month counts 0 (and is a poor month); the star is taken at once;
// or the month counts 0 and the worker gets no star and no star reward for the rest of the year.
enum class VetoEffect { MonthZeroed, StarTaken, YearBarred };
// What an annual result below the failed-year score does at the year's end.
enum class FailedYearEffect { Kept, DownOne, ToNone };

struct StarSettings {
    double promotionShare = 0.30; // of the workers at a level, at most this share go up
    enum Rounding { Down, Nearest, Up } rounding = Down;
    int minimumPlaces = 1;       // per level, when anyone there reaches the threshold
    double promotionScore = 85;  // a month's score at or above it may take a place
    double poorScore = 70;       // below it a month is poor
    int poorMonthsToDemote = 2;  // that many poor months in a row: down one star
    double failedYearScore = 70; // an annual score below it is a failed year
    Cadence cadence = Cadence::HalfYearly;
    int minimumMonthsAtLevel = 6; // whole months at the current star before the next promotion
    bool annualPromotes = true;   // at the year's end the annual evaluation is the period's result
    FailedYearEffect failedYear = FailedYearEffect::DownOne;
    VetoEffect veto = VetoEffect::StarTaken;
};

// The months of a promotion period (1, 3, 6, 12).
int periodMonths(Cadence cadence);

// The promotion period a month belongs to: its first and last month (YYYY-MM), whether the month
// closes it, and its name for explanations ("2026-10", "2026年第四季度", "2026年上半年", "2026年").
struct ReviewPeriod {
    QString first, last, name;
    bool closes = true;
};
ReviewPeriod periodOf(const QString &month, Cadence cadence);

struct WorkerMonth {
    QString workerId, name;
    int star = 0;            // now: 0 (none) to 5
    double score = 0;        // this month, 0–100 (0 when vetoed)
    bool veto = false;       // a veto item this month
    bool vetoInYear = false; // a veto this month or an approved month before it in the year
    double periodScore = -1; // the period's combined result when the review closes it; < 0: the month's score
    int poorRun = 0;         // the longest run of poor months since the star last moved, ending in the period
    int monthsAtLevel = -1;  // whole months at the current star by the month's end; < 0 not known
    QDate levelSince;        // when the worker reached the current star (or started)
    QDate startDate;
    double annualScore = -1; // the year's score when this review closes a year, else < 0
};

struct StarDecision {
    QString workerId, name;
    int from = 0, to = 0;
    enum Reason {
        Promoted,
        Kept,
        NoPlace,
        BelowThreshold,
        TopLevel,
        Vetoed,
        PoorStreak,
        FailedYear,
        PeriodOpen, // the month does not close a promotion period: stars stay
        TooSoon,    // less than the minimum time at the level
        Barred      // a veto this year bars the star
    } reason = Kept;
    int rank = 0;     // among the workers at the level, best first (1-based)
    int atLevel = 0;  // workers at the level
    int places = 0;   // places up from the level this review
    double quota = 0; // share × workers at the level, before rounding
    QString explanation;
};

// The number of places up from a level of `workers` (the rounding shown in explanations).
int placesFor(int workers, int reaching, const StarSettings &settings, double *quota = nullptr);
// One decision per worker, in the order given. Without a period, the month closes one of its own.
QList<StarDecision> decideStars(const QList<WorkerMonth> &workers, const StarSettings &settings,
                                const ReviewPeriod &period = {});

// "none", "one star" … "five stars", translated.
QString starName(int star);

// The annual evaluation: the months' scores combined with the office's weights (first half,
// second half; months missing from a half are left out of its average) and its grade.
struct AnnualSettings {
    double firstHalfWeight = 0.4, secondHalfWeight = 0.6;
    double excellent = 95, pass = 80, basicPass = 70; // below basicPass: fail
};
enum class Grade { Excellent, Pass, BasicPass, Fail };
// monthScores[0] is January; a negative score is a month without a review. -1 when no month has one.
double annualScore(const QList<double> &monthScores, const AnnualSettings &settings);
Grade gradeOf(double annualScore, const AnnualSettings &settings);
QString gradeName(Grade grade);

// The settings' words, for the settings dialog and the command line.
QString cadenceName(Cadence cadence);
QString vetoEffectName(VetoEffect effect);
QString failedYearEffectName(FailedYearEffect effect);

} // namespace gd::rating
