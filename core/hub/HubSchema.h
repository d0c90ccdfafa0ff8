#pragma once
// The hub's schema in PostgreSQL and its ladder (as the desktop's, schema/Migrations.h):
//   - hub_meta: the hub's version, the desktop file version its tables follow, its own site id,
//     name and signing key (it signs the packages it hands out), the clock tolerance;
//   - every exchanged table with exactly the desktop's columns (DesktopSchema.h) in PostgreSQL's
//     types, the same ids, stamps, version vectors, field stamps and tombstones;
//   - merge_conflicts as the desktop keeps them, hub_ledger (the packages taken), hub_trust (the
//     offices whose packages the hub takes, with their areas) and hub_offices (what each office
//     is known to hold, for the packages made for it);
//   - the figures' aggregate as an office keeps it (HubFigures.h), and what search reads
//     (HubSearch.h); hub_audit, what the hub did itself (a conflict settled).
// After the ladder the hub follows the desktop: a table or column a newer GridDesk added is added
// with the desktop's default, so the rows it holds read as an upgraded office's would.
#include "storage/Result.h"

#include <QString>

namespace gd::hub {

class HubConnection;

// 2: the figures' aggregate (HubFigures.h); 3: marks per area; 4: the case list's indexes;
// 5: search (HubSearch.h); 6: the hub's audit log (HubConflicts.h); 7: each exchanged table's
// (site, hlc) index, for the packages made for offices (HubPackage.h); 8: the grid's other work's
// indexes, for its counts (stats/GridWorkFigures.h); 9: search's grams kept as numbers
constexpr int kHubSchemaVersion = 9;

struct HubIdentity {
    QString siteId, name, fingerprint;
    int hubVersion = 0, desktopVersion = 0;
};

// Creates or upgrades the hub's schema in one transaction; `name` names a new hub (its
// packages say it). A database that holds other tables of the same names is refused.
Result<HubIdentity> initHub(HubConnection &hub, const QString &name);
// The hub's identity; Data when the database is not a hub or was made by a newer GridDesk, or
// when its tables follow another desktop version than this GridDesk's (upgrade it first).
Result<HubIdentity> hubIdentity(HubConnection &hub);
// The hub opened for reading only, as the window opens one: every later transaction of the
// connection is read-only, so nothing done through it can write; then its identity, checked as
// hubIdentity checks it.
Result<HubIdentity> readOnlyHub(HubConnection &hub);
// A value of hub_meta.
Result<QString> hubMeta(HubConnection &hub, const QString &key);

} // namespace gd::hub
