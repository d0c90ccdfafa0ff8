#include "HubAreaCheck.h"

#include "HubConnection.h"
#include "HubDialect.h"
#include "HubTrust.h"
#include "exchange/AreaCheck.h"
#include "exchange/ExchangeTables.h"

namespace gd::hub {

Status dropHubArea(HubConnection &hub)
{
    for (const QString &t : exchange::scopeTables())
        if (Status s = hub.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(t)); !s)
            return s;
    return {};
}

Result<bool> prepareHubArea(HubConnection &hub, const exchange::ExportScope &area, const QString &schema,
                            exchange::ScopeUse use)
{
    if (Status s = dropHubArea(hub); !s)
        return s.error();
    for (const QString &t : exchange::scopeTables())
        if (Status s = hub.exec(QStringLiteral("CREATE TEMP TABLE %1 (id text PRIMARY KEY)").arg(t)); !s)
            return s.error();
    const QStringList steps = exchange::scopeStatements(area, schema, use);
    if (steps.isEmpty())
        return true;
    auto first = hub.run(postgresStatement(steps.first()), {area.code});
    if (!first)
        return first.error();
    if (first->numRowsAffected() <= 0)
        return false;
    for (qsizetype i = 1; i < steps.size(); ++i)
        if (Status s = hub.exec(postgresStatement(steps.at(i))); !s)
            return s.error();
    return true;
}

Status checkHubAreas(HubConnection &hub, const exchange::PackageInfo &info, const QString &packageName)
{
    auto trusted = hubTrustedOffices(hub);
    if (!trusted)
        return trusted.error();
    for (const exchange::AreaWriter &w : exchange::areaWriters(*trusted, info)) {
        for (const QString &schema : {QStringLiteral("pkg"), QStringLiteral("main")}) {
            // An area the hub or the package does not know holds nothing there.
            if (auto prepared = prepareHubArea(hub, w.area, schema, exchange::ScopeUse::Check); !prepared)
                return prepared.error();
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
    return dropHubArea(hub);
}

} // namespace gd::hub
