#pragma once
// The conflicts the hub's merges set aside (exchange/MergeConflicts.h as an office keeps them):
// the values of concurrent edits that lost, open until a decision settles them — one that reaches
// the hub in an office's package, or one taken on the hub (resolveHubConflict), which travels to
// the offices in the hub's packages and closes their conflicts of that field as it closes its own.
#include "exchange/MergeConflicts.h"

namespace gd::hub {

class HubConnection;

// Open conflicts, oldest first; the offices named where a trusted office's site is known.
Result<QList<exchange::MergeConflict>> openHubConflicts(HubConnection &hub);

// Settles the conflict's field on the hub as an office settles it (exchange::resolveConflict): the
// chosen value written with a new stamp of the hub's own site (later than every stamp the row and
// the conflict hold, and than the hub's last), every open conflict of the field closed; a case is
// folded again and its figures and search row follow; recorded in hub_audit with the database role
// that did it. One transaction. NotFound when the conflict is not open or its record is gone;
// Invalid, naming the field, for a value the field cannot take.
Status resolveHubConflict(HubConnection &hub, qint64 conflictId, exchange::Resolution how,
                          const QVariant &newValue = {});

} // namespace gd::hub
