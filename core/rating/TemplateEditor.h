#pragma once
// Changing the review's criteria as a new version of the template from a month on.
// Items the new version keeps unchanged keep their rows; an item changed or left out ends the
// month before (or, if it only began in that month or later, is withdrawn); new and changed
// items begin in that month. So a month already reviewed never changes.
//
// Refused, with the field named: a month not after every approved month; a month from which
// values were already typed for an item the change would end (they would no longer show); and
// an item list that does not add up (codes unique, kinds and sources known, points 0–100, the
// items other than bonus and veto making 100 points). Administrators only
// (Permission::EditSettings), in one transaction, audited row by row.
#include "RatingTemplate.h"

namespace gd::rating {

// The kinds and, for computed ones, their sources (RatingTemplate.h).
QStringList itemKinds();                      // cases, records, entered, bonus, veto
QStringList itemSources(const QString &kind); // cases: handled, on_time, satisfaction, proactive; records: training, visits
// The parameter an item's points are counted with: per_case (cases handled or found on patrol),
// per_session (training attended), or none.
QString rateParameter(const QString &kind, const QString &source);
Error checkTemplate(const QList<RatingItem> &items); // None when the list is a valid template

Status saveTemplate(Database &db, const QString &fromMonth, const QList<RatingItem> &items);

} // namespace gd::rating
