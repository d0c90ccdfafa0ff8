// The cases behind a figure (stats/FigureCases.h): for any scope, period, view and group, the case
// list filtered to a figure's numerator or denominator holds exactly as many cases as the figure
// counted.
#include "cases/CaseQueries.h"
#include "stats/FigureCases.h"
#include "test_stats_oracle.h"

#include <QRandomGenerator>

using namespace gd;
using namespace gdtest;

namespace {

// How many cases a figure's part counts: a count's value, a rate's numerator (its cases, one each
// whatever their weight) or denominator.
qint64 casesCounted(const stats::Figure &f, stats::FigurePart part, const stats::Counts &c)
{
    if (f.kind == stats::FigureKind::Count)
        return c[f.numerator.first().first];
    if (part == stats::FigurePart::Denominator || f.kind == stats::FigureKind::Days)
        return c[f.denominator];
    qint64 n = 0;
    for (const auto &[measure, weight] : f.numerator)
        if (weight != 0)
            n += c[measure];
    return n;
}

} // namespace

TEST_CASE("the case list behind every figure holds as many cases as the figure counted", "[stats]")
{
    StatsDistrict d(1200);
    const QStringList streets = ids(*d.t, "SELECT id FROM streets");
    const QStringList communities = ids(*d.t, "SELECT id FROM communities");
    const QStringList grids = ids(*d.t, "SELECT id FROM grids");
    QRandomGenerator rng(1206);
    const QList<stats::Figure> figures = stats::figures();
    CaseQueries list(*d.t);
    for (int round = 0; round < 40; ++round) {
        stats::StatsRequest r;
        const int kind = int(rng.bounded(4));
        r.scope.kind = stats::StatsScope::Kind(kind);
        const QStringList &pool = kind == 1 ? streets : kind == 2 ? communities : grids;
        if (kind > 0)
            r.scope.id = pool.at(int(rng.bounded(int(pool.size()))));
        r.from = QDate(2025, 6, 1).addDays(int(rng.bounded(300)));
        r.to = r.from.addDays(int(rng.bounded(200)));
        r.view = rng.bounded(2) == 0 ? stats::View::Received : stats::View::Completed;
        r.by = stats::Breakdown(rng.bounded(int(stats::breakdownKeys().size())));
        auto table = stats::count(*d.t, r);
        REQUIRE(table.ok());
        // The whole scope, and one group when there are any.
        QList<QPair<QString, stats::Counts>> targets{{QString(), table->total}};
        if (!table->groups.isEmpty()) {
            const stats::StatsGroup &g = table->groups.at(int(rng.bounded(int(table->groups.size()))));
            targets << qMakePair(g.key, g.counts);
        }
        for (const auto &[key, counts] : targets)
            for (const stats::Figure &f : figures)
                for (stats::FigurePart part : {stats::FigurePart::Numerator, stats::FigurePart::Denominator}) {
                    if (!stats::listable(f, part) ||
                        (f.kind == stats::FigureKind::Count && part == stats::FigurePart::Denominator))
                        continue;
                    // The whole scope is listed without the breakdown; a group with it. Overdue
                    // is counted now, in no month.
                    const bool whole = &counts == &targets.first().second;
                    if (!whole && f.live() && r.by == stats::Breakdown::Month)
                        continue;
                    stats::StatsRequest asked = r;
                    if (whole)
                        asked.by = stats::Breakdown::None;
                    const CaseFilter filter = stats::casesBehind(asked, f, part, key);
                    auto n = list.count(filter);
                    INFO("round " << round << " " << f.code.toStdString() << " part " << int(part) << " group '"
                                  << key.toStdString() << "' by " << int(r.by) << " view " << int(r.view));
                    INFO(filter.condition.toStdString());
                    REQUIRE(n.ok());
                    CHECK(n.value() == casesCounted(f, part, counts));
                }
    }
}
