#pragma once
// The criteria of the monthly review: an office-level template, versioned by month.
// An item holds from its first month until the month before another version takes its place
// (to_month), so changing the template never rewrites a month already reviewed.
//   kind "cases":   computed from the cases (source: handled, on_time, satisfaction, proactive)
//   kind "records": counted from other records (source training: sessions attended, per_session;
//                   source visits: home visits made, per_visit — visits/VisitService.h)
//   kind "entered": typed in per worker (home visits, information kept complete, judgement…)
//   kind "bonus":   typed in, on top, the total still at most 100
//   kind "veto":    a veto item: any value but 0 zeroes the month
// The default template (docs/domain.md) ships as seeded reference data: the same rows in every
// office (uuid v5 ids, the nil site, stamp 0), so merging two offices' seeds changes nothing.
#include "storage/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace gd {
class Database;
}

namespace gd::rating {

struct RatingItem {
    QString id, code, name, kind, source;
    double maxPoints = 0;
    QJsonObject params;         // per_case: points per case for counted sources
    QString fromMonth, toMonth; // "YYYY-MM"; toMonth empty: still in use
    int sort = 0;
};

// "2026-10" → valid; anything else is not a month.
bool isMonth(const QString &month);
// The month's days as the text dates records keep: date >= first AND date < pastLast.
struct MonthDays {
    QString first, pastLast; // "2026-10-01", "2026-10-32" (after every day of the month)
};
MonthDays monthDays(const QString &month);

// The schema step's data: the default template from the first month on.
Status seedDefaultTemplate(QSqlDatabase db);
// The items in force in a month, in their order.
Result<QList<RatingItem>> itemsForMonth(Database &db, const QString &month);

} // namespace gd::rating
