#pragma once
// What each office is known to hold, for the packages the hub makes for it (HubPackage.h), kept
// as an office keeps it for its peers (exchange/PeerWatermarks.h):
//   - per office and area, watermarks: per origin site, the newest stamp of that site's edits the
//     office confirmed receiving from the hub in packages of that area (a street office takes its
//     street's); a package for it carries every row of the area past them, so a package lost on
//     the way is covered by the next one. The area is exchange::ExportScope::areaJson(), "" for
//     everything;
//   - every package sent, with the watermarks it raises, until the office confirms it: an
//     office's package lists the packages it merged (its acks), and taking it here confirms them;
//   - an ingest that writes an edit older than a watermark (relayed late, or the winner of a
//     merge whose office was already covered) lowers it for every office below that edit.
#include "exchange/PeerWatermarks.h"

namespace gd::hub {

class HubConnection;

// The office's confirmed watermarks for the area (empty: it confirmed nothing, so everything goes).
Result<exchange::SiteMarks> officeMarks(HubConnection &hub, const QString &site, const QString &area = {});
// A package of the area made for the office, with the watermarks it raises them to.
Status recordSentToOffice(HubConnection &hub, const QString &site, const QString &office, const QString &area,
                          const exchange::SiteMarks &marks, const QString &contentHex);
// The office `fromSite` merged the packages `contents` (hex): each the hub sent it and it had not
// confirmed raises its watermarks of that package's area, and covers every package of that area
// sent to it before.
Status applyOfficeAcks(HubConnection &hub, const QStringList &contents, const QString &fromSite);
// Every office's watermarks (confirmed and sent) lowered below the oldest stamp written per site.
Status lowerOfficeMarks(HubConnection &hub, const exchange::SiteMarks &oldestWritten);

} // namespace gd::hub
