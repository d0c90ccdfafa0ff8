#pragma once
// What the months approved before a review tell the star rules (StarRules.h) about each worker:
// the month the current star was reached and the whole months at it, the longest run of poor months
// since then that ends in the promotion period, whether a veto fell earlier in the year, the period's
// combined result when the review closes it, and at the year's end the annual score.
#include "ReviewSettings.h"

namespace gd::rating {

Status addPeriodHistory(Database &db, const QString &month, const ReviewRules &rules, QList<WorkerMonth> *months);

} // namespace gd::rating
