#pragma once
// The hub's content digest: the exchanged tables read in id order and hashed in the canonical
// encoding of exchange/ContentDigest.h, so a hub and an office holding the same rows say the
// same digest (`griddesk-hub digest`, `griddesk-cli digest`).
#include "exchange/ContentDigest.h"

namespace gd::hub {

class HubConnection;

Result<exchange::ContentDigest> digestHub(HubConnection &hub, const exchange::DigestProgress &progress = {});

} // namespace gd::hub
