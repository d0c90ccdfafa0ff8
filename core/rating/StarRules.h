#pragma once
// The star levels of the monthly review (docs/domain.md, "The monthly star review"): from
// one month's scores and each worker's record, who goes up one star, who keeps, who goes down,
// and why, in words a worker can read. Pure rules: no database, every number an office setting.
//
//   - Down first: a veto this month, N poor months in a row (this one included), or a failed
//     year take a worker down one star (never below none); a worker going down is not promoted.
//   - Up one level at most: per level k, of the workers now at k at most a share move to k+1 in
//     one review. places = the share × the workers at k, rounded as the office chose (down,
//     nearest, up), and at least `minimumPlaces` when anyone at k could go up. Only scores at or
//     above the promotion threshold may take a place; best scores first.
//   - Ties are broken by a rule the office can read: the higher score, then the longer time at
//     the current level, then the earlier start date, then the name (then the id, so every office
//     decides alike).
#include <QDate>
#include <QList>
#include <QString>

namespace gd::rating {

constexpr int kMaxStar = 5;

struct StarSettings {
    double promotionShare = 0.30; // of the workers at a level, at most this share go up
    enum Rounding { Down, Nearest, Up } rounding = Down;
    int minimumPlaces = 1;       // per level, when anyone there reaches the threshold
    double promotionScore = 85;  // a month's score at or above it may take a place
    double poorScore = 70;       // below it a month is poor
    int poorMonthsToDemote = 2;  // that many poor months in a row: down one star
    double failedYearScore = 70; // an annual score below it: down one star (when given)
};

struct WorkerMonth {
    QString workerId, name;
    int star = 0;             // now: 0 (none) to 5
    double score = 0;         // this month, 0–100 (0 when vetoed)
    bool veto = false;        // a veto item this month
    int poorMonthsBefore = 0; // poor months in a row just before this one
    QDate levelSince;         // when the worker reached the current star (or started)
    QDate startDate;
    double annualScore = -1; // the year's score when this review closes a year, else < 0
};

struct StarDecision {
    QString workerId, name;
    int from = 0, to = 0;
    enum Reason { Promoted, Kept, NoPlace, BelowThreshold, TopLevel, Vetoed, PoorStreak, FailedYear } reason = Kept;
    int rank = 0;     // among the workers at the level, best first (1-based)
    int atLevel = 0;  // workers at the level
    int places = 0;   // places up from the level this review
    double quota = 0; // share × workers at the level, before rounding
    QString explanation;
};

// The number of places up from a level of `workers` (the rounding shown in explanations).
int placesFor(int workers, int reaching, const StarSettings &settings, double *quota = nullptr);
// One decision per worker, in the order given.
QList<StarDecision> decideStars(const QList<WorkerMonth> &workers, const StarSettings &settings);

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

} // namespace gd::rating
