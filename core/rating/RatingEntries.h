#pragma once
// The values typed into a month's review: per worker and item, one row whose id is
// uuid v5 of (month, worker, item), so two offices typing the same score collide into one row
// that merges field by field. Supervisors type them (Permission::ScoreReviews); each write is a
// transaction of its own, stamped and audited.
#include "storage/Result.h"

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

} // namespace gd::rating
