#include "ReviewStats.h"

#include "RatingTemplate.h"
#include "StarRules.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd::rating {

namespace {

// None for a range of months (YYYY-MM, from not after to), else the refusal naming it.
Error checkRange(const QString &fromMonth, const QString &toMonth)
{
    if (isMonth(fromMonth) && isMonth(toMonth) && fromMonth <= toMonth)
        return {};
    return Error::invalid(QStringLiteral("month"),
                          QCoreApplication::translate("gd::rating", "%1 to %2 is not a range of months (YYYY-MM).")
                              .arg(fromMonth, toMonth));
}

} // namespace

Result<QList<MonthStars>> starDistribution(Database &db, const QString &fromMonth, const QString &toMonth)
{
    if (Error e = checkRange(fromMonth, toMonth); e.isError())
        return e;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT month, star_after, count(*) FROM rating_results WHERE month BETWEEN ? AND ? "
                             "AND deleted = 0 GROUP BY month, star_after ORDER BY month"));
    q.addBindValue(fromMonth);
    q.addBindValue(toMonth);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<MonthStars> out;
    while (q.next()) {
        if (out.isEmpty() || out.last().month != q.value(0).toString())
            out << MonthStars{q.value(0).toString(), QList<int>(kMaxStar + 1, 0)};
        const int star = q.value(1).toInt();
        if (star >= 0 && star <= kMaxStar)
            out.last().workers[star] += q.value(2).toInt();
    }
    return out;
}

Result<QList<MonthScore>> scoreHistory(Database &db, const QString &workerId, const QString &fromMonth,
                                       const QString &toMonth)
{
    if (Error e = checkRange(fromMonth, toMonth); e.isError())
        return e;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT month, total, star_after, veto FROM rating_results WHERE worker_id = ? AND "
                             "month BETWEEN ? AND ? AND deleted = 0 ORDER BY month"));
    q.addBindValue(workerId);
    q.addBindValue(fromMonth);
    q.addBindValue(toMonth);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<MonthScore> out;
    while (q.next())
        out << MonthScore{q.value(0).toString(), q.value(1).toDouble(), q.value(2).toInt(), q.value(3).toBool()};
    return out;
}

} // namespace gd::rating
