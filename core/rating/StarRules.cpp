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

int periodMonths(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Monthly: return 1;
    case Cadence::Quarterly: return 3;
    case Cadence::HalfYearly: return 6;
    case Cadence::Yearly: return 12;
    }
    return 6;
}

ReviewPeriod periodOf(const QString &month, Cadence cadence)
{
    const int year = month.left(4).toInt(), m = qBound(1, month.mid(5, 2).toInt(), 12);
    const int n = periodMonths(cadence), first = (m - 1) / n * n + 1, last = first + n - 1;
    auto key = [year](int mm) { return QStringLiteral("%1-%2").arg(year).arg(mm, 2, 10, QLatin1Char('0')); };
    ReviewPeriod p;
    p.first = key(first);
    p.last = key(last);
    p.closes = m == last;
    switch (cadence) {
    case Cadence::Monthly: p.name = key(m); break;
    case Cadence::Quarterly: p.name = Text::tr("%1 Q%2", "a year's quarter").arg(year).arg((m - 1) / 3 + 1); break;
    case Cadence::HalfYearly:
        p.name = m <= 6 ? Text::tr("the first half of %1").arg(year) : Text::tr("the second half of %1").arg(year);
        break;
    case Cadence::Yearly: p.name = Text::tr("the year %1").arg(year); break;
    }
    return p;
}

QList<StarDecision> decideStars(const QList<WorkerMonth> &workers, const StarSettings &settings,
                                const ReviewPeriod &period)
{
    // What a worker is ranked and judged on: the period's combined result when there is one.
    auto result = [](const WorkerMonth &w) { return w.periodScore >= 0 ? w.periodScore : w.score; };
    auto resultText = [&](const WorkerMonth &w) {
        return w.periodScore >= 0 && !period.name.isEmpty()
                   ? Text::tr("%1's result %2").arg(period.name, number(w.periodScore))
                   : Text::tr("score %1").arg(number(w.score));
    };
    auto tooSoon = [&](const WorkerMonth &w) {
        return w.monthsAtLevel >= 0 && w.monthsAtLevel < settings.minimumMonthsAtLevel;
    };
    auto barred = [&](const WorkerMonth &w) { return settings.veto == VetoEffect::YearBarred && w.vetoInYear; };

    QList<StarDecision> decisions;
    decisions.reserve(workers.size());
    for (const WorkerMonth &w : workers) {
        StarDecision d;
        d.workerId = w.workerId;
        d.name = w.name;
        d.from = d.to = qBound(0, w.star, kMaxStar);
        if (w.veto && settings.veto == VetoEffect::StarTaken) {
            d.reason = StarDecision::Vetoed;
            d.to = qMax(0, d.from - 1);
        } else if (!period.closes) {
            d.reason = StarDecision::PeriodOpen;
        } else if (settings.poorMonthsToDemote > 0 && w.poorRun >= settings.poorMonthsToDemote) {
            d.reason = StarDecision::PoorStreak;
            d.to = qMax(0, d.from - 1);
        } else if (w.annualScore >= 0 && w.annualScore < settings.failedYearScore &&
                   settings.failedYear != FailedYearEffect::Kept) {
            d.reason = StarDecision::FailedYear;
            d.to = settings.failedYear == FailedYearEffect::ToNone ? 0 : qMax(0, d.from - 1);
        }
        decisions << d;
    }

    // Per level: rank everyone at it, then the places go to the best who may take one.
    for (int level = 0; level <= kMaxStar; ++level) {
        QList<int> at;
        for (int i = 0; i < workers.size(); ++i)
            if (decisions.at(i).from == level)
                at << i;
        if (at.isEmpty())
            continue;
        std::sort(at.begin(), at.end(), [&](int a, int b) {
            WorkerMonth wa = workers.at(a), wb = workers.at(b);
            wa.score = result(wa);
            wb.score = result(wb);
            return ranksBefore(wa, wb);
        });
        auto eligible = [&](int i) {
            const WorkerMonth &w = workers.at(i);
            return decisions.at(i).reason == StarDecision::Kept && result(w) >= settings.promotionScore &&
                   !tooSoon(w) && !barred(w);
        };
        int reaching = 0;
        for (int i : at)
            reaching += eligible(i) ? 1 : 0;
        double quota = 0;
        const int places =
            level == kMaxStar || !period.closes ? 0 : placesFor(int(at.size()), reaching, settings, &quota);
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
            case StarDecision::PeriodOpen:
                d.explanation = Text::tr("Score %1 counts toward %2; stars move when it ends, with the review of %3.")
                                    .arg(number(w.score), period.name, period.last);
                break;
            case StarDecision::PoorStreak:
                d.explanation = Text::tr("%1 poor months in a row (below %2) since the star last moved; %3 in a row "
                                         "take a star: down to %4.")
                                    .arg(w.poorRun)
                                    .arg(number(settings.poorScore))
                                    .arg(settings.poorMonthsToDemote)
                                    .arg(starName(d.to));
                break;
            case StarDecision::FailedYear:
                d.explanation = Text::tr("Annual score %1 < %2, a failed year: down to %3.")
                                    .arg(number(w.annualScore), number(settings.failedYearScore), starName(d.to));
                break;
            default:
                if (level == kMaxStar) {
                    d.reason = StarDecision::TopLevel;
                    d.explanation = Text::tr("%1; %2, the highest level: stays.").arg(resultText(w), starName(level));
                } else if (result(w) < settings.promotionScore) {
                    d.reason = StarDecision::BelowThreshold;
                    d.explanation = Text::tr("%1; %2 < %3 needed to go up: stays at %4.")
                                        .arg(ranked, resultText(w), number(settings.promotionScore), starName(level));
                } else if (barred(w)) {
                    d.reason = StarDecision::Barred;
                    d.explanation = Text::tr("%1; %2, but a veto this year: no star is given for the rest of the "
                                             "year: stays at %3.")
                                        .arg(ranked, resultText(w), starName(level));
                } else if (tooSoon(w)) {
                    d.reason = StarDecision::TooSoon;
                    d.explanation = Text::tr("%1; %2 ≥ %3, but %4 month(s) at %5 of the %6 needed before the next "
                                             "star: stays.")
                                        .arg(ranked, resultText(w), number(settings.promotionScore))
                                        .arg(w.monthsAtLevel)
                                        .arg(starName(level))
                                        .arg(settings.minimumMonthsAtLevel);
                } else if (given < places) {
                    ++given;
                    d.reason = StarDecision::Promoted;
                    d.to = level + 1;
                    d.explanation = Text::tr("%1; %2; %3 ≥ %4: promoted to %5.")
                                        .arg(ranked, quotaText(d, settings, reaching), resultText(w),
                                             number(settings.promotionScore), starName(d.to));
                } else {
                    d.reason = StarDecision::NoPlace;
                    d.explanation = Text::tr("%1; %2, taken by those ranked above; %3 ≥ %4 but no place left: "
                                             "stays at %5.")
                                        .arg(ranked, quotaText(d, settings, reaching), resultText(w),
                                             number(settings.promotionScore), starName(level));
                }
            }
            // A veto that does not take the star at once still says what it did.
            if (w.veto && settings.veto == VetoEffect::MonthZeroed)
                d.explanation = Text::tr("A veto item this month: the month counts 0. ") + d.explanation;
            else if (w.veto && settings.veto == VetoEffect::YearBarred)
                d.explanation = Text::tr("A veto item this month: the month counts 0, and no star is given nor star "
                                         "reward paid for the rest of the year. ") +
                                d.explanation;
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

QString cadenceName(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Monthly: return Text::tr("monthly");
    case Cadence::Quarterly: return Text::tr("quarterly");
    case Cadence::HalfYearly: return Text::tr("half-yearly");
    case Cadence::Yearly: return Text::tr("yearly");
    }
    return {};
}

QString vetoEffectName(VetoEffect effect)
{
    switch (effect) {
    case VetoEffect::MonthZeroed: return Text::tr("the month counts 0");
    case VetoEffect::StarTaken: return Text::tr("the star is taken at once");
    case VetoEffect::YearBarred: return Text::tr("no star or star reward for the rest of the year");
    }
    return {};
}

QString failedYearEffectName(FailedYearEffect effect)
{
    switch (effect) {
    case FailedYearEffect::Kept: return Text::tr("no change");
    case FailedYearEffect::DownOne: return Text::tr("down one star");
    case FailedYearEffect::ToNone: return Text::tr("down to no star");
    }
    return {};
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
