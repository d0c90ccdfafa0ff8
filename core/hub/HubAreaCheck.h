#pragma once
// The offices' areas held on the hub as an office holds them (exchange/AreaCheck.h): before an
// ingest writes anything, every row the package would change is held to the area of the office
// that answers for it, as the package has it and as the hub has it. The areas and the rows a
// check reads are the desktop's own statements (exchange/PackageScope.h), read in PostgreSQL's
// words (HubDialect.h); the package's tables are the ingest's staged pkg_<table>.
#include "exchange/PackageReader.h"

namespace gd::hub {

class HubConnection;

Status checkHubAreas(HubConnection &hub, const exchange::PackageInfo &info, const QString &packageName);

} // namespace gd::hub
