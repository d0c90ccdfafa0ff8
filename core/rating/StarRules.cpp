#include "StarRules.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace gd::rating {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::rating)
};

// 92 → "92", 92.5 → "92.5": scores as people write them.
QString number(double v)
{
    QString s = QString::number(v, 'f', 1);
    if (s.endsWith(QLatin1String(".0")))
        s.chop(2);
    return s;
}

// Best first: the higher score, the longer time at the level, the earlier start, the name, the id.
bool ranksBefore(const WorkerMonth &a, const WorkerMonth &b)
{
    if (a.score != b.score)
        return a.score > b.score;
    const QDate farFuture(9999, 12, 31);
    const QDate al = a.levelSince.isValid() ? a.levelSince : farFuture,
                bl = b.levelSince.isValid() ? b.levelSince : farFuture;
    if (al != bl)
        return al < bl;
    const QDate as = a.startDate.isValid() ? a.startDate : farFuture,
                bs = b.startDate.isValid() ? b.startDate : farFuture;
    if (as != bs)
        return as < bs;
    if (a.name != b.name)
        return a.name < b.name;
    return a.workerId < b.workerId;
}

QString roundingName(StarSettings::Rounding r)
{
    switch (r) {
    case StarSettings::Down: return Text::tr("rounded down");
    case StarSettings::Nearest: return Text::tr("rounded to the nearest");
    case StarSettings::Up: return Text::tr("rounded up");
    }
    return {};
}

QString quotaText(const StarDecision &d, const StarSettings &settings, int reaching)
{
    QString text = Text::tr("quota %1% of %2 = %3, %4")
                       .arg(number(settings.promotionShare * 100), QString::number(d.atLevel), number(d.quota),
                            roundingName(settings.rounding));
    double ignored = 0;
    const int rounded = placesFor(d.atLevel, 0, settings, &ignored);
    if (reaching > 0 && d.places > rounded)
        text += Text::tr(", at least %1").arg(settings.minimumPlaces);
    return text + Text::tr(" → %n place(s)", nullptr, d.places);
}

} // namespace

QString starName(int star)
{
    switch (star) {
    case 0: return Text::tr("no star");
    case 1: return Text::tr("one star");
    case 2: return Text::tr("two stars");
    case 3: return Text::tr("three stars");
    case 4: return Text::tr("four stars");
    case 5: return Text::tr("five stars");
    }
    return QString::number(star);
}

int placesFor(int workers, int reaching, const StarSettings &settings, double *quota)
{
    const double q = settings.promotionShare * double(workers);
    if (quota)
        *quota = q;
    // A little slack: 0.29 × 100 is 28.999999999999996 in binary and must give 29 places.
    constexpr double slack = 1e-9;
    int places = 0;
    switch (settings.rounding) {
    case StarSettings::Down: places = int(std::floor(q + slack)); break;
    case StarSettings::Nearest: places = int(std::floor(q + 0.5 + slack)); break;
    case StarSettings::Up: places = int(std::ceil(q - slack)); break;
    }
    if (reaching > 0)
        places = qMax(places, settings.minimumPlaces);
    return qBound(0, places, workers);
}

QList<StarDecision> decideStars(const QList<WorkerMonth> &workers, const StarSettings &settings)
{
    QList<StarDecision> decisions;
    decisions.reserve(workers.size());
    for (const WorkerMonth &w : workers) {
        StarDecision d;
        d.workerId = w.workerId;
        d.name = w.name;
        d.from = d.to = qBound(0, w.star, kMaxStar);
        const bool poor = w.score < settings.poorScore;
        if (w.veto) {
            d.reason = StarDecision::Vetoed;
        } else if (poor && settings.poorMonthsToDemote > 0 && w.poorMonthsBefore + 1 >= settings.poorMonthsToDemote) {
            d.reason = StarDecision::PoorStreak;
        } else if (w.annualScore >= 0 && w.annualScore < settings.failedYearScore) {
            d.reason = StarDecision::FailedYear;
        }
        if (d.reason != StarDecision::Kept)
            d.to = qMax(0, d.from - 1);
        decisions << d;
    }

    // Per level: rank everyone at it, then the places go to the best who reach the threshold.
    for (int level = 0; level <= kMaxStar; ++level) {
        QList<int> at;
        for (int i = 0; i < workers.size(); ++i)
            if (decisions.at(i).from == level)
                at << i;
        if (at.isEmpty())
            continue;
        std::sort(at.begin(), at.end(), [&](int a, int b) { return ranksBefore(workers.at(a), workers.at(b)); });
        int reaching = 0;
        for (int i : at)
            if (decisions.at(i).reason == StarDecision::Kept && workers.at(i).score >= settings.promotionScore)
                ++reaching;
        double quota = 0;
        const int places = level == kMaxStar ? 0 : placesFor(int(at.size()), reaching, settings, &quota);
        int given = 0;
        for (int rank = 0; rank < at.size(); ++rank) {
            StarDecision &d = decisions[at.at(rank)];
            const WorkerMonth &w = workers.at(at.at(rank));
            d.rank = rank + 1;
            d.atLevel = int(at.size());
            d.places = places;
            d.quota = quota;
            const QString ranked = Text::tr("ranked %1 of %2 at %3").arg(d.rank).arg(d.atLevel).arg(starName(level));
            switch (d.reason) {
            case StarDecision::Vetoed:
                d.explanation = Text::tr("A veto item this month: the month counts 0 and the worker goes down to %1.")
                                    .arg(starName(d.to));
                continue;
            case StarDecision::PoorStreak:
                d.explanation = Text::tr("Score %1 < %2: poor month %3 in a row (%4 in a row take a star): down to %5.")
                                    .arg(number(w.score), number(settings.poorScore))
                                    .arg(w.poorMonthsBefore + 1)
                                    .arg(settings.poorMonthsToDemote)
                                    .arg(starName(d.to));
                continue;
            case StarDecision::FailedYear:
                d.explanation = Text::tr("Annual score %1 < %2, a failed year: down to %3.")
                                    .arg(number(w.annualScore), number(settings.failedYearScore), starName(d.to));
                continue;
            default: break;
            }
            if (level == kMaxStar) {
                d.reason = StarDecision::TopLevel;
                d.explanation =
                    Text::tr("Score %1; %2, the highest level: stays.").arg(number(w.score), starName(level));
            } else if (w.score < settings.promotionScore) {
                d.reason = StarDecision::BelowThreshold;
                d.explanation = Text::tr("%1; score %2 < %3 needed to go up: stays at %4.")
                                    .arg(ranked, number(w.score), number(settings.promotionScore), starName(level));
            } else if (given < places) {
                ++given;
                d.reason = StarDecision::Promoted;
                d.to = level + 1;
                d.explanation = Text::tr("%1; %2; score %3 ≥ %4: promoted to %5.")
                                    .arg(ranked, quotaText(d, settings, reaching), number(w.score),
                                         number(settings.promotionScore), starName(d.to));
            } else {
                d.reason = StarDecision::NoPlace;
                d.explanation = Text::tr("%1; %2, taken by those ranked above; score %3 ≥ %4 but no place left: stays "
                                         "at %5.")
                                    .arg(ranked, quotaText(d, settings, reaching), number(w.score),
                                         number(settings.promotionScore), starName(level));
            }
        }
    }
    return decisions;
}

double annualScore(const QList<double> &monthScores, const AnnualSettings &settings)
{
    auto average = [&](int from, int to) {
        double sum = 0;
        int n = 0;
        for (int m = from; m < to && m < monthScores.size(); ++m)
            if (monthScores.at(m) >= 0) {
                sum += monthScores.at(m);
                ++n;
            }
        return n ? sum / n : -1.0;
    };
    const double first = average(0, 6), second = average(6, 12);
    if (first < 0 && second < 0)
        return -1;
    if (first < 0)
        return second; // a worker who started mid-year: the half they worked
    if (second < 0)
        return first;
    const double weights = settings.firstHalfWeight + settings.secondHalfWeight;
    return (settings.firstHalfWeight * first + settings.secondHalfWeight * second) / (weights > 0 ? weights : 1);
}

Grade gradeOf(double score, const AnnualSettings &settings)
{
    if (score >= settings.excellent)
        return Grade::Excellent;
    if (score >= settings.pass)
        return Grade::Pass;
    if (score >= settings.basicPass)
        return Grade::BasicPass;
    return Grade::Fail;
}

QString gradeName(Grade grade)
{
    switch (grade) {
    case Grade::Excellent: return Text::tr("excellent");
    case Grade::Pass: return Text::tr("pass");
    case Grade::BasicPass: return Text::tr("basic pass");
    case Grade::Fail: return Text::tr("fail");
    }
    return {};
}

} // namespace gd::rating
