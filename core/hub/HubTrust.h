#pragma once
// The offices whose packages the hub takes, as an office keeps them (exchange/Trust.h): an
// administrator of the hub trusts an office's key once, after comparing its fingerprint, with
// the office's area; trust can be withdrawn. Who trusted is the database user that did it.
#include "exchange/Trust.h"

#include <optional>

namespace gd::hub {

class HubConnection;

Result<QList<exchange::TrustedOffice>> hubTrustedOffices(HubConnection &hub);
Result<std::optional<exchange::TrustedOffice>> trustedHubOffice(HubConnection &hub, const QByteArray &publicKey);
// Trusting a key again replaces its name and area; the hub's own key is refused.
Status trustHubOffice(HubConnection &hub, const exchange::TrustedOffice &office, const QString &confirmedFingerprint);
// NotFound when no office with that fingerprint is trusted.
Status withdrawHubTrust(HubConnection &hub, const QString &fingerprint);

} // namespace gd::hub
