#pragma once
// The offices' areas held on the hub as an office holds them (exchange/AreaCheck.h): before an
// ingest writes anything, every row the package would change is held to the area of the office
// that answers for it, as the package has it and as the hub has it. The areas and the rows a
// check reads are the desktop's own statements (exchange/PackageScope.h), read in PostgreSQL's
// words (HubDialect.h); the package's tables are the ingest's staged pkg_<table>.
#include "exchange/PackageReader.h"
#include "exchange/PackageScope.h"

namespace gd::hub {

class HubConnection;

Status checkHubAreas(HubConnection &hub, const exchange::PackageInfo &info, const QString &packageName);

// The area's id tables (exchange::scopeTables) filled on the hub's connection from `schema`'s rows
// ("main" or "src": the hub's own tables; "pkg": the staged package's): false when the area's code
// names nothing there. dropHubArea removes them.
Result<bool> prepareHubArea(HubConnection &hub, const exchange::ExportScope &area, const QString &schema,
                            exchange::ScopeUse use);
Status dropHubArea(HubConnection &hub);

} // namespace gd::hub
