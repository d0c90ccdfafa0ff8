#pragma once
// What the review's charts show over time, read from the approved months
// (rating_results, through its month and worker indexes): how many workers stood at each star
// after each month's review, and one worker's totals month by month. The month's components
// come from the sheet itself (MonthSheet.h), so a chart never disagrees with the table.
#include "storage/Result.h"

#include <QList>
#include <QString>

namespace gd {
class Database;
}

namespace gd::rating {

struct MonthStars {
    QString month;
    QList<int> workers; // by star after the review: none (0) … five (5)
};
// Approved months from fromMonth to toMonth (YYYY-MM, both included), oldest first.
Result<QList<MonthStars>> starDistribution(Database &db, const QString &fromMonth, const QString &toMonth);

struct MonthScore {
    QString month;
    double total = 0;
    int starAfter = 0;
    bool veto = false;
};
// One worker's approved months in the range, oldest first.
Result<QList<MonthScore>> scoreHistory(Database &db, const QString &workerId, const QString &fromMonth,
                                       const QString &toMonth);

} // namespace gd::rating
