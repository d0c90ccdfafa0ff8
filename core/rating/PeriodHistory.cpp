#include "PeriodHistory.h"

#include "storage/Database.h"
#include "storage/ServiceSupport.h"

#include <QDate>
#include <QMap>
#include <QSqlQuery>

namespace gd::rating {

namespace {

// Months as numbers (year × 12 + month − 1): the history is walked month by month for every worker.
int indexOf(const QString &month)
{
    return month.left(4).toInt() * 12 + month.mid(5, 2).toInt() - 1;
}

QString monthBefore(const QString &month, int back)
{
    const int i = indexOf(month) - back;
    return QStringLiteral("%1-%2").arg(i / 12).arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
}

struct Past {
    double total = 0;
    bool moved = false, veto = false;
};
using Months = QMap<int, Past>;

// The average of the months from `first` to `last` that have a score; -1 when none has.
double averageOf(const Months &scores, int first, int last)
{
    double sum = 0;
    int n = 0;
    for (auto it = scores.lowerBound(first); it != scores.cend() && it.key() <= last; ++it) {
        sum += it->total;
        ++n;
    }
    return n ? sum / n : -1;
}

} // namespace

Status addPeriodHistory(Database &db, const QString &month, const ReviewRules &rules, QList<WorkerMonth> *months)
{
    const StarSettings &stars = rules.stars;
    const ReviewPeriod period = periodOf(month, stars.cadence);
    QHash<QString, Months> past; // worker → month → result
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT worker_id, month, total, star_before <> star_after, veto FROM rating_results "
                             "WHERE month < ? AND month >= ? AND deleted = 0"));
    q.addBindValue(month);
    q.addBindValue(monthBefore(month, 36));
    if (Status failed = exec(q); !failed)
        return failed;
    while (q.next())
        past[q.value(0).toString()].insert(indexOf(q.value(1).toString()),
                                           Past{q.value(2).toDouble(), q.value(3).toBool(), q.value(4).toBool()});
    const int now = indexOf(month), first = indexOf(period.first), january = now - now % 12;
    const bool yearEnd = now % 12 == 11, halfEnd = now % 12 == 5;
    for (WorkerMonth &w : *months) {
        Months mine = past.value(w.workerId);
        mine.insert(now, Past{w.score, false, w.veto});

        // The star was last moved by the newest approved month that moved it; the level holds from
        // the month after.
        int lastMove = -1;
        for (auto it = mine.constFind(now); it != mine.constBegin();) {
            --it;
            if (it->moved) {
                lastMove = it.key();
                break;
            }
        }
        if (lastMove >= 0)
            w.levelSince = QDate(lastMove / 12, lastMove % 12 + 1, 1).addMonths(1);
        if (w.levelSince.isValid())
            w.monthsAtLevel = qMax(0, now - (w.levelSince.year() * 12 + w.levelSince.month() - 1) +
                                          (w.levelSince.day() == 1 ? 1 : 0));

        // The longest run of poor months after the last move that ends in the period.
        int run = 0;
        for (int m = qMax(lastMove + 1, mine.firstKey()); m <= now; ++m) {
            const auto it = mine.constFind(m);
            run = it != mine.cend() && it->total < stars.poorScore ? run + 1 : 0;
            if (m >= first)
                w.poorRun = qMax(w.poorRun, run);
        }

        for (auto it = mine.lowerBound(january); it != mine.cend() && !w.vetoInYear; ++it)
            w.vetoInYear = it->veto;

        if (yearEnd) {
            QList<double> scores(12, -1);
            for (auto it = mine.lowerBound(january); it != mine.cend(); ++it)
                scores[it.key() - january] = it->total;
            w.annualScore = annualScore(scores, rules.annual);
        }
        if (period.closes) {
            if (yearEnd && stars.annualPromotes)
                w.periodScore = w.annualScore;
            else if (halfEnd && stars.cadence != Cadence::Yearly)
                w.periodScore = averageOf(mine, january, now); // the half-year evaluation
            else
                w.periodScore = averageOf(mine, first, now);
        }
    }
    return {};
}

} // namespace gd::rating
