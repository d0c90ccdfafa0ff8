#include "HubConflicts.h"

#include "HubConnection.h"
#include "storage/HybridClock.h"

namespace gd::hub {

Result<QList<exchange::MergeConflict>> openHubConflicts(HubConnection &hub)
{
    QHash<QString, QString> offices;
    {
        auto q = hub.run(QStringLiteral("SELECT site, office FROM hub_trust WHERE site <> ''"));
        if (!q)
            return q.error();
        while (q->next())
            offices.insert(q->value(0).toString(), q->value(1).toString());
    }
    auto q = hub.run(QStringLiteral("SELECT id, table_name, row_id, field, kept_value, lost_value, kept_stamp, "
                                    "lost_stamp, kept_site, lost_site, found_ms FROM merge_conflicts WHERE resolved_ms "
                                    "IS NULL ORDER BY id"));
    if (!q)
        return q.error();
    QList<exchange::MergeConflict> out;
    while (q->next()) {
        exchange::MergeConflict c;
        c.id = q->value(0).toLongLong();
        c.table = q->value(1).toString();
        c.rowId = q->value(2).toString();
        c.field = q->value(3).toString();
        c.kept = q->value(4).toString();
        c.lost = q->value(5).toString();
        c.keptStamp = q->value(6).toString();
        c.lostStamp = q->value(7).toString();
        c.keptSite = q->value(8).toString();
        c.lostSite = q->value(9).toString();
        c.foundMs = q->value(10).toLongLong();
        c.keptOffice = offices.value(c.keptSite, c.keptSite);
        c.lostOffice = offices.value(c.lostSite, c.lostSite);
        c.keptMs = HybridClock::physicalMs(c.keptStamp.toLongLong());
        c.lostMs = HybridClock::physicalMs(c.lostStamp.toLongLong());
        out << c;
    }
    return out;
}

} // namespace gd::hub
