#pragma once
// The office's list of training needs and the workers' orders (点单, docs/grid-work.md). A need's id
// is made from its name, so two offices adding the same need keep one, and the starting list
// (training::defaultNeeds) is stored the first time a need is used. An order is one worker's ask
// for one need in a year (uuid v5 of worker, need and year: ordering again changes the note). The
// demand shows, per need, the orders of a year and whether a session of that year answered it.
// Orders and needs are written at the desk (Permission::RecordGridWork); retiring a need is a
// supervisor's (Permission::ScoreReviews).
#include "TrainingTypes.h"
#include "storage/Result.h"

namespace gd {
class Database;
}

namespace gd::training {

// Active needs by name (the starting list while the office has stored none), or every one.
Result<QList<TrainingNeed>> needs(Database &db, bool activeOnly = true);
// A need by its name: the existing one, or added (refused: no name, one over kMaxNeedChars); a
// retired one is brought back by a supervisor (Permission::ScoreReviews) and refused to others.
Result<QString> needNamed(Database &db, const QString &name);
Status setNeedActive(Database &db, const QString &needId, bool active);
// In the caller's write transaction: the need with this id made a stored row when it is one of the
// starting list's; NotFound for any other id not in the file.
Status ensureNeed(Database &db, const QString &needId);

// Refused with the field named: no worker or one not in the register, no need (or a name too
// long), no day or one before 2000 or in the future, a note over 200 characters.
Result<QString> placeOrder(Database &db, const TrainingOrder &order);
Status removeOrder(Database &db, const QString &orderId);
// A year's orders, newest first; of one community's workers when communityId is given.
Result<QList<TrainingOrder>> orders(Database &db, int year, const QString &communityId = {});
// Every need ordered or answered in the year, most ordered first.
Result<QList<NeedDemand>> demand(Database &db, int year);
Result<QList<NeedDemand>> demandBetween(Database &db, const QDate &from, const QDate &to); // both included
Result<QList<CommunityDemand>> demandByCommunity(Database &db, int year);

} // namespace gd::training
