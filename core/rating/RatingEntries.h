#pragma once
// The values typed into a month's review: per worker and item, one row whose id is
// uuid v5 of (month, worker, item), so two offices typing the same score collide into one row
// that merges field by field. Supervisors type them (Permission::ScoreReviews); each write is a
// transaction of its own, stamped and audited.
#include "storage/Result.h"

#include <QList>
#include <QString>

namespace gd {
class Database;
}

namespace gd::rating {

// The item by its code in the month's template. Refused: a month that is not one, an unknown
// worker or item, a computed item (it comes from the cases), a value below 0 or above the
// item's maximum (a veto is 0 or 1).
Status enterValue(Database &db, const QString &month, const QString &workerId, const QString &itemCode, double value,
                  const QString &note = {});

struct EnteredValue {
    QString workerId;
    QString itemCode;
    double value = 0;
    QString note;
};
// Many values of one month in one transaction (a sheet typed in at once, the demo's past
// months), checked as enterValue checks each: the first refused one refuses them all.
Status enterValues(Database &db, const QString &month, const QList<EnteredValue> &values);

} // namespace gd::rating
