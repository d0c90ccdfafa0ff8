#include "HubAreaCheck.h"

#include "HubConnection.h"
#include "HubDialect.h"
#include "HubTrust.h"
#include "exchange/AreaCheck.h"
#include "exchange/ExchangeTables.h"

namespace gd::hub {

namespace {

Status dropScopeTables(HubConnection &hub)
{
    for (const QString &t : exchange::scopeTables())
        if (Status s = hub.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(t)); !s)
            return s;
    return {};
}

// The writer's area on the pkg_ tables or the hub's (an area the hub does not know holds nothing).
Status prepareArea(HubConnection &hub, const exchange::ExportScope &area, const QString &schema)
{
    if (Status s = dropScopeTables(hub); !s)
        return s;
    for (const QString &t : exchange::scopeTables())
        if (Status s = hub.exec(QStringLiteral("CREATE TEMP TABLE %1 (id text PRIMARY KEY)").arg(t)); !s)
            return s;
    const QStringList steps = exchange::scopeStatements(area, schema, exchange::ScopeUse::Check);
    if (steps.isEmpty())
        return {};
    auto first = hub.run(postgresStatement(steps.first()), {area.code});
    if (!first)
        return first.error();
    if (first->numRowsAffected() <= 0)
        return {};
    for (qsizetype i = 1; i < steps.size(); ++i)
        if (Status s = hub.exec(postgresStatement(steps.at(i))); !s)
            return s;
    return {};
}

} // namespace

Status checkHubAreas(HubConnection &hub, const exchange::PackageInfo &info, const QString &packageName)
{
    auto trusted = hubTrustedOffices(hub);
    if (!trusted)
        return trusted.error();
    for (const exchange::AreaWriter &w : exchange::areaWriters(*trusted, info)) {
        for (const QString &schema : {QStringLiteral("pkg"), QStringLiteral("main")}) {
            if (Status s = prepareArea(hub, w.area, schema); !s)
                return s;
            for (const exchange::ExchangeTable &t : exchange::exchangeTables()) {
                const QString outside = exchange::outsideRowsSql(w, t, schema);
                if (outside.isEmpty())
                    continue;
                auto rows = hub.run(postgresStatement(outside));
                if (!rows)
                    return rows.error();
                QStringList ids;
                while (rows->next())
                    ids << rows->value(0).toString();
                if (!ids.isEmpty())
                    return exchange::outsideArea(packageName, w, t.name, ids);
            }
        }
    }
    return dropScopeTables(hub);
}

} // namespace gd::hub
