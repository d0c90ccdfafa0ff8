#pragma once
// The desktop's own schema, as the hub takes it: a fresh office file made by this GridDesk in a
// temporary folder, once per process. Its exchanged tables' columns (PackageFormat.h) are the
// hub's tables, its package schema is what the hub expects of a package, and its version is the
// file version the hub's packages carry. No table is described twice.
#include "exchange/PackageFormat.h"
#include "storage/Result.h"

#include <QHash>

namespace gd::hub {

struct DesktopSchema {
    int version = 0;
    QStringList packageSchema;                              // PackageFormat.h's statements
    QHash<QString, QList<exchange::PackageColumn>> columns; // by exchanged table
    QList<exchange::PackageColumn> conflictColumns;         // merge_conflicts, the desktop's local table
    QHash<QString, QHash<QString, QString>> defaults;       // table → column → its DEFAULT as SQL, when it has one
    // table → (column, the exchanged table it refers to): the file's foreign keys, which an office
    // checks when a merge commits and the hub after an ingest's merge (HubReferences.h).
    QHash<QString, QList<QPair<QString, QString>>> references;

    // The one of this process; Internal when no file could be made.
    static Result<const DesktopSchema *> get();
};

// The PostgreSQL type of a package column: bigint, double precision, text or bytea.
QString pgType(const exchange::PackageColumn &column);

} // namespace gd::hub
