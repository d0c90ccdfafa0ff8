#include "ScopeChoices.h"

#include "org/GridService.h"
#include "org/HierarchyService.h"

#include <QCoreApplication>

namespace gdui {

QList<Choice> scopeChoices(gd::Database &db, bool withGrids)
{
    QList<Choice> choices{
        {QStringLiteral("office:"), QCoreApplication::translate("gdui::DashboardPage", "The whole office")}};
    gd::HierarchyService hierarchy(db);
    const QList<gd::Community> communities = hierarchy.communities();
    const QList<gd::GridSummary> grids =
        withGrids ? gd::GridService(db).summaries({}, {}, false) : QList<gd::GridSummary>();
    for (const gd::Street &s : hierarchy.streets()) {
        choices << Choice{QStringLiteral("street:") + s.id, s.name};
        for (const gd::Community &c : communities) {
            if (c.streetId != s.id)
                continue;
            choices << Choice{QStringLiteral("community:") + c.id, QStringLiteral("　") + c.name};
            for (const gd::GridSummary &g : grids)
                if (g.grid.communityId == c.id)
                    choices << Choice{QStringLiteral("grid:") + g.grid.id, QStringLiteral("　　") + g.grid.name};
        }
    }
    return choices;
}

gd::stats::StatsScope scopeOf(const QString &choiceId)
{
    const QString kind = choiceId.section(QLatin1Char(':'), 0, 0), id = choiceId.section(QLatin1Char(':'), 1);
    gd::stats::StatsScope scope;
    scope.kind = kind == QLatin1String("street")      ? gd::stats::StatsScope::Street
                 : kind == QLatin1String("community") ? gd::stats::StatsScope::Community
                 : kind == QLatin1String("grid")      ? gd::stats::StatsScope::Grid
                                                      : gd::stats::StatsScope::Office;
    scope.id = scope.kind == gd::stats::StatsScope::Office ? QString() : id;
    return scope;
}

} // namespace gdui
