#pragma once
// What the dashboard page and the monthly report show for a scope and period, gathered in one
// place from FigureQuery: the figures with their period before (环比) and year before (同比), the
// monthly trend of the twelve months to the period's end, the scope's places one level down
// (streets of the office, communities of a street, grids of a community), the categories that
// grew most against the period before, and the channel mix.
#include "FigureQuery.h"

namespace gd {

class Database;

namespace stats {

struct CategoryGrowth {
    StatsGroup group;  // the category group's counts in the period
    qint64 before = 0; // cases received in the period before
    qint64 growth() const { return group.counts[QStringLiteral("n")] - before; }
};

struct Overview {
    StatsRequest request;
    QList<Figure> figures;                        // with the office's satisfaction weights
    qint64 minimumSample = kDefaultMinimumSample; // the office's (OfficeSettings)
    Counts now, before, yearBefore;
    QList<StatsGroup> months; // the twelve months to the period's end, oldest first
    Breakdown placesBy = Breakdown::Street;
    QList<StatsGroup> places;      // one level below the scope (none for a grid)
    QList<CategoryGrowth> growing; // category groups, the most grown first (at most 8)
    QList<StatsGroup> channels;
};

// The places one level below a scope: streets, communities, grids; None for a grid.
Breakdown placesBelow(StatsScope::Kind scope);

// What the figures are weighed by: the satisfaction weights of the star review and the minimum
// sample below which a figure is greyed and not ranked.
struct FigureSettings {
    QList<Figure> figures = stats::figures();
    qint64 minimumSample = kDefaultMinimumSample;
    static FigureSettings of(Database &db); // the office's (ReviewRules, OfficeSettings)
};

Result<Overview> overview(const FigureSource &source, const StatsRequest &request, const FigureSettings &settings);
// The office's file with its own settings.
Result<Overview> overview(Database &db, const StatsRequest &request);

} // namespace stats
} // namespace gd
