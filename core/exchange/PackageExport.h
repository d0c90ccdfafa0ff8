#pragma once
// Writes an exchange package (PackageFormat.h) of an office's file. The package is written under
// a temporary name beside the target and renamed when complete, so a cancelled or failed export
// leaves no half-written package and an older package of the same name as it was.
//
// The rows are read through a connection of the package's own that attaches the office's file
// read-only: one read transaction (every table at the same moment, while the window goes on
// writing); each table is copied in id order and then hashed, from the package, for the manifest.
#include "ContentDigest.h"
#include "PackageScope.h"
#include "storage/Result.h"

#include <functional>

namespace gd {
class Database;
}

namespace gd::exchange {

struct ExportReport {
    QString path;
    QList<TableDigest> tables;
    QByteArray content; // combinedDigest(tables)
    qint64 bytes = 0;
};

// done fraction (0–1); false cancels.
using ExportProgress = std::function<bool(double)>;

// The exchanged content of db in the scope (everything by default) into a package at path
// (replaced when it exists). Invalid when the scope's code names nothing.
Result<ExportReport> exportPackage(Database &db, const QString &path, const ExportScope &scope = {},
                                   const ExportProgress &progress = {});

// How many rows the next package of changes to scope.sinceLastTo (in scope's area) would carry:
// everything the peer has not acknowledged having (PeerWatermarks.h). 0: the peer holds it all.
Result<qint64> waitingRows(Database &db, const ExportScope &scope);

} // namespace gd::exchange
