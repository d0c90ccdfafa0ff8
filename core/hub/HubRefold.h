#pragma once
// Cases folded again on the hub after their rows or timelines changed (a package merged, a
// conflict settled), as an office replays them (cases/CaseReplay.h): the office's fold over the
// events in their order, the derived columns written where they changed. A deleted case keeps
// its derived columns, as in an office.
#include "storage/Result.h"

#include <QSet>
#include <QString>

namespace gd::hub {

class HubConnection;

// In the caller's transaction; how many cases were written.
Result<int> refoldHubCases(HubConnection &hub, const QSet<QString> &caseIds);

} // namespace gd::hub
