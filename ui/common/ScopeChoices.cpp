#include "ScopeChoices.h"

#include "org/Places.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace gdui {

QList<Choice> scopeChoices(const QList<gd::Place> &places)
{
    QList<Choice> choices{
        {QStringLiteral("office:"), QCoreApplication::translate("gdui::DashboardPage", "The whole office")}};
    for (const gd::Place &p : places)
        switch (p.kind) {
        case gd::Place::Street: choices << Choice{QStringLiteral("street:") + p.id, p.name}; break;
        case gd::Place::Community:
            choices << Choice{QStringLiteral("community:") + p.id, QStringLiteral("　") + p.name};
            break;
        case gd::Place::Grid: choices << Choice{QStringLiteral("grid:") + p.id, QStringLiteral("　　") + p.name}; break;
        }
    return choices;
}

QList<Choice> scopeChoices(gd::Database &db, bool withGrids)
{
    auto places = gd::placeTree(db.sql(), withGrids);
    return scopeChoices(places ? *places : QList<gd::Place>()); // a file that cannot be read shows the office only
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
