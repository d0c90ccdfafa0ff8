#include "Overview.h"

#include "org/OfficeSettings.h"
#include "rating/ReviewSettings.h"

#include <algorithm>

namespace gd::stats {

Breakdown placesBelow(StatsScope::Kind scope)
{
    switch (scope) {
    case StatsScope::Office: return Breakdown::Street;
    case StatsScope::Street: return Breakdown::Community;
    case StatsScope::Community: return Breakdown::Grid;
    case StatsScope::Grid: break;
    }
    return Breakdown::None;
}

FigureSettings FigureSettings::of(Database &db)
{
    const rating::SatisfactionWeights w = rating::ReviewRules::load(db).satisfaction;
    return {stats::figures(w.satisfied, w.basic, w.dissatisfied), OfficeSettings(db).load().minimumSample};
}

Result<Overview> overview(Database &db, const StatsRequest &request)
{
    return overview(FigureSource::of(db), request, FigureSettings::of(db));
}

Result<Overview> overview(const FigureSource &source, const StatsRequest &request, const FigureSettings &settings)
{
    Overview o;
    o.request = request;
    o.request.by = Breakdown::None;
    o.figures = settings.figures;
    o.minimumSample = settings.minimumSample;
    const auto totalOf = [&](const QDate &from, const QDate &to) -> Result<Counts> {
        StatsRequest r = o.request;
        r.from = from;
        r.to = to;
        auto t = count(source, r);
        if (!t)
            return t.error();
        return t->total;
    };
    const auto split = [&](const QDate &from, const QDate &to, Breakdown by) -> Result<QList<StatsGroup>> {
        StatsRequest r = o.request;
        r.from = from;
        r.to = to;
        r.by = by;
        auto t = count(source, r);
        if (!t)
            return t.error();
        return t->groups;
    };
    auto now = totalOf(request.from, request.to);
    if (!now)
        return now.error();
    o.now = *now;
    const auto [prevFrom, prevTo] = previousPeriod(request.from, request.to);
    const auto [yoyFrom, yoyTo] = yearEarlier(request.from, request.to);
    auto before = totalOf(prevFrom, prevTo), yearBefore = totalOf(yoyFrom, yoyTo);
    if (!before)
        return before.error();
    if (!yearBefore)
        return yearBefore.error();
    o.before = *before;
    o.yearBefore = *yearBefore;

    // The trend: the twelve whole months to the month the period ends in.
    const QDate lastMonth(request.to.year(), request.to.month(), 1);
    auto months = split(lastMonth.addMonths(-11), lastMonth.addMonths(1).addDays(-1), Breakdown::Month);
    if (!months)
        return months.error();
    for (int i = 11; i >= 0; --i) { // every month, a quiet one too
        const QString key = lastMonth.addMonths(-i).toString(QStringLiteral("yyyy-MM"));
        StatsGroup g;
        g.key = g.code = g.name = key;
        for (const StatsGroup &m : *months)
            if (m.key == key)
                g = m;
        o.months << g;
    }
    o.placesBy = placesBelow(request.scope.kind);
    if (o.placesBy != Breakdown::None) {
        auto places = split(request.from, request.to, o.placesBy);
        if (!places)
            return places.error();
        o.places = *places;
    }
    auto categories = split(request.from, request.to, Breakdown::CategoryGroup);
    auto earlier = split(prevFrom, prevTo, Breakdown::CategoryGroup);
    if (!categories)
        return categories.error();
    if (!earlier)
        return earlier.error();
    for (const StatsGroup &g : *categories) {
        CategoryGrowth c{g, 0};
        for (const StatsGroup &e : *earlier)
            if (e.key == g.key)
                c.before = e.counts[QStringLiteral("n")];
        o.growing << c;
    }
    std::stable_sort(o.growing.begin(), o.growing.end(),
                     [](const CategoryGrowth &a, const CategoryGrowth &b) { return a.growth() > b.growth(); });
    o.growing = o.growing.mid(0, 8);
    auto channels = split(request.from, request.to, Breakdown::Channel);
    if (!channels)
        return channels.error();
    o.channels = *channels;
    return o;
}

} // namespace gd::stats
