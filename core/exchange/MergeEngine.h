#pragma once
// Merges a checked package (PackageReader.h) into the office's file, in one
// transaction: a failure or a cancel leaves the file as it was.
//   - A package already merged (the ledger knows its content hash) changes nothing and says so.
//   - Each row: added when the file lacks it, else RowMerge.h decides field by field; the
//     losers of concurrent edits go to merge_conflicts. Nothing gets a new stamp, so a relaying
//     office keeps the origin of what it passes on; the clock moves past the package's stamps
//     (a stamp far in the future is capped and reported).
//   - Timeline events are a union; every case that gained events has its state replayed and its
//     search entry renewed.
//   - dryRun: everything is done and counted, then rolled back: the preview is the real result.
// Only an administrator merges (Permission::EditSettings).
#include "MergeConflicts.h"
#include "PackageReader.h"
#include "storage/Result.h"

#include <QJsonObject>
#include <QMap>

namespace gd {
class Database;
}

namespace gd::exchange {

struct TableMergeCounts {
    qint64 added = 0, updated = 0, unchanged = 0, conflicts = 0;
};

struct MergeReport {
    bool alreadyMerged = false;
    bool dryRun = false;
    bool clockCapped = false; // the package carried stamps far ahead of this PC's clock
    int rescheduledCases = 0; // cases whose provisional deadlines the official calendar it brought moved
    QMap<QString, TableMergeCounts> tables;
    QString backupPath; // a real merge's undo file (MergeUndo.h), beside the database
};

// The counts per table as JSON ({"cases": {"added": …, "updated": …, "unchanged": …, "conflicts": …}}),
// for the ledger and the command line.
QJsonObject countsJson(const MergeReport &report);

// A package merged into this file, as the ledger keeps it.
struct LedgerEntry {
    QString content, sourceSite, sourceOffice, fileName, operatorLogin;
    qint64 mergedMs = 0;
    TableMergeCounts totals; // over every table
};
// The newest `limit` entries of the ledger, newest first.
Result<QList<LedgerEntry>> mergedPackages(Database &db, int limit = 500);

// Whether a package with this content hash was merged into the file before (the ledger).
bool wasMerged(Database &db, const QByteArray &content);

// What is decided before a package is read whole, the same for the window and the command line:
// the operator must be allowed to merge (Permission::EditSettings, else a Permission error), and a
// package merged before is answered at once from the content hash its manifest claims — safe
// whatever it holds. One claiming to come from this very file is not answered here: the checks
// refuse it.
struct MergeAdmission {
    bool alreadyMerged = false;
};
Result<MergeAdmission> admitPackage(Database &db, const QString &path);

Result<MergeReport> mergePackage(Database &db, PackageReader &package, bool dryRun,
                                 const std::function<bool(double)> &progress = {});

} // namespace gd::exchange
