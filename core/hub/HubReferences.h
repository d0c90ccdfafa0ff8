#pragma once
// The records a package's rows refer to, checked on the hub as an office checks them when a merge
// commits (its foreign keys, deferred to the commit): after an ingest's merge, every row the
// package holds must name a street, community, grid, worker, category or case the hub has (a
// tombstone counts: it is kept). A package of changes only, from an office whose whole the hub
// never took, is refused naming the table, the rows and the records missing, and nothing is kept.
#include "storage/Result.h"

namespace gd::hub {

class HubConnection;

// In the ingest's transaction after the refold, with the package staged as pkg_<table>;
// `packageName` and `sender` (the office's name or site) are named in the message. With
// `refolded`, the cases the refold wrote (listed in hub_refold) are held to it too: a handler an
// event of the package names is written by the fold, not carried by a case row.
Status checkHubReferences(HubConnection &hub, const QString &packageName, const QString &sender, bool refolded);

} // namespace gd::hub
