#pragma once
// The scopes figures and lists are shown for, as combo box choices: the whole office, then each street
// with its communities indented under it (and their grids, where a grid may be chosen). Ids as
// "office:", "street:<id>", "community:<id>", "grid:<id>" — read back by scopeOf.
#include "Choosers.h"
#include "stats/FigureQuery.h"

namespace gd {
class Database;
struct Place;
} // namespace gd

namespace gdui {

QList<Choice> scopeChoices(gd::Database &db, bool withGrids);
// The choices of places read from a file or a hub (org/Places.h).
QList<Choice> scopeChoices(const QList<gd::Place> &places);
gd::stats::StatsScope scopeOf(const QString &choiceId);

} // namespace gdui
