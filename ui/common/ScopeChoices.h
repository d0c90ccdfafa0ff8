#pragma once
// The scopes figures and lists are shown for, as combo box choices: the whole office, then each street
// with its communities indented under it (and their grids, where a grid may be chosen). Ids as
// "office:", "street:<id>", "community:<id>", "grid:<id>" — read back by scopeOf.
#include "Choosers.h"
#include "stats/FigureQuery.h"

namespace gd {
class Database;
}

namespace gdui {

QList<Choice> scopeChoices(gd::Database &db, bool withGrids);
gd::stats::StatsScope scopeOf(const QString &choiceId);
// The place of a list's filter (streetId, communityId, gridId: visits, disputes) set from a choice:
// the one its scope names, the others cleared.
template <typename Filter> void setPlaceOf(Filter *filter, const QString &choiceId)
{
    const gd::stats::StatsScope scope = scopeOf(choiceId);
    filter->streetId = scope.kind == gd::stats::StatsScope::Street ? scope.id : QString();
    filter->communityId = scope.kind == gd::stats::StatsScope::Community ? scope.id : QString();
    filter->gridId = scope.kind == gd::stats::StatsScope::Grid ? scope.id : QString();
}

} // namespace gdui
