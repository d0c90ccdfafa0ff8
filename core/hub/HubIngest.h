#pragma once
// Taking an office's package into the hub (`griddesk-hub ingest`), as an office merges one
// (exchange/MergeEngine.h), with the same checks and the same rules:
//   - the package is checked whole by exchange::PackageReader against the hub as receiver (its
//     schema, signature by an office the hub trusts, stamps within the clock tolerance, values,
//     digests) and every row it changes inside the area of the office answering for it
//     (HubAreaCheck.h); a refused package leaves the hub unchanged;
//   - one PostgreSQL transaction: the package's tables are copied into temporary tables (COPY),
//     rows the hub lacks are added by one statement per table, rows of the same version are
//     counted unchanged unread, the rest merged field by field by exchange::mergeRow (RowMerge.h)
//     with the losers kept in merge_conflicts and the conflicts a merged row settles closed;
//     timeline events are a union and an event id with other content refuses the package;
//   - every case that was in the hub and changed or gained events has its derived state folded
//     again from its timeline (workflow::fold), writing only the columns that changed;
//   - the ledger keeps the package's content hash: a package taken before changes nothing.
// A kill at any moment leaves the hub as it was: PostgreSQL rolls the transaction back.
#include "exchange/MergeEngine.h"

#include <functional>

namespace gd::hub {

class HubConnection;

struct IngestReport {
    bool alreadyTaken = false;
    QString sourceSite, sourceOffice;
    QMap<QString, exchange::TableMergeCounts> tables;
    int casesRefolded = 0;
};

// progress: the share done (0–1); false cancels (Cancelled), the hub unchanged.
Result<IngestReport> ingestPackage(HubConnection &hub, const QString &path,
                                   const std::function<bool(double)> &progress = {});

} // namespace gd::hub
