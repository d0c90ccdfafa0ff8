#pragma once
// Per-peer watermarks: a package of "what changed since the last package sent to
// office X" carries the rows whose last edit is newer than what X was sent.
//
// A watermark is, per site, the newest stamp of that site's edits this office has sent to the
// peer (in one scope). A row goes when its last edit (site, hlc) is past the watermark of its
// site. Merging creates no new stamps, so an older edit can reach this office after a package
// was sent (relayed from a third office, or the winner of a merge whose last editor was already
// sent): every merge therefore lowers the watermarks below each (site, hlc) it wrote, and the
// next package to every peer includes those rows. The watermarks are local and never exchanged.
#include "storage/Result.h"

#include <QMap>
#include <QString>

struct sqlite3;

namespace gd {
class Database;
}

namespace gd::exchange {

using SiteMarks = QMap<QString, qint64>; // site → newest stamp sent

// The acknowledged watermarks of (peer, scope) as stored in the attached office file "src"
// (empty: the peer confirmed nothing yet, so everything goes), loaded into temp.peer_mark on the
// package's connection.
Status preparePeerMarks(sqlite3 *db, const QString &peer, const QString &scopeJson, SiteMarks *marks);
// The condition on src.<table> rows that keeps the rows changed since the watermarks.
QString peerFilter(const QString &table);
// The watermarks after a package: the old ones raised to the newest stamp per site it carries.
Result<SiteMarks> raisedMarks(sqlite3 *db, const SiteMarks &old);

// Records what was sent to the peer (one transaction, audited): `marks`, the watermarks after the
// package, raised from `before`, the acknowledged ones the export started from; they are what the
// peer holds once it confirms this package. A merge that committed while the package was written
// (another program on the same file) may have lowered the acknowledged ones meanwhile; then each
// site keeps the lower of the two, so the rows that merge brought still go next time.
Status recordSent(Database &db, const QString &peer, const QString &scopeJson, const SiteMarks &before,
                  const SiteMarks &marks, const QString &contentHex);
// Lowers every peer's watermarks (sent, acknowledged, and those of packages not yet acknowledged)
// of each site below the oldest stamp a merge wrote for it; in the caller's transaction.
Status lowerMarks(Database &db, const SiteMarks &oldestWritten);

// The packages this office merged, newest first, as the acks every package it writes carries.
Result<QStringList> mergedContents(Database &db, int limit = 200);
// A package from `fromSite` says it merged the packages `contents` (hex): each one this office
// sent and not yet acknowledged raises that peer's acknowledged watermarks. In the caller's
// transaction.
Status applyAcks(Database &db, const QStringList &contents, const QString &fromSite);

// What one peer has and lacks, as far as this office knows.
struct PeerStatus {
    QString peer, scope;    // scope: the area's JSON (PackageScope.h)
    qint64 sentMs = 0;      // the last package sent
    qint64 ackedMs = 0;     // the last acknowledgement received; 0: none yet
    int unacknowledged = 0; // packages sent that the peer has not confirmed
};
Result<QList<PeerStatus>> peerStatuses(Database &db);

// The offices this file has sent packages to, for the export wizard: peer names, newest first.
Result<QStringList> knownPeers(Database &db);

QString marksJson(const SiteMarks &marks);
SiteMarks parseMarks(const QString &json);

} // namespace gd::exchange
