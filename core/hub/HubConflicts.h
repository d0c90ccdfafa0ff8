#pragma once
// The conflicts the hub's merges set aside (exchange/MergeConflicts.h as an office keeps them):
// the values of concurrent edits that lost, open until an office's decision reaches the hub.
#include "exchange/MergeConflicts.h"

namespace gd::hub {

class HubConnection;

// Open conflicts, oldest first; the offices named where a trusted office's site is known.
Result<QList<exchange::MergeConflict>> openHubConflicts(HubConnection &hub);

} // namespace gd::hub
