#pragma once
// Which rows a package carries: everything, or one street, community or grid
// with what its rows need on the other side:
//   - the area itself and the levels above it (a grid's community and street), the police
//     grids of the street and those its grids are paired with;
//   - its grids, their buildings and addresses, worker assignments and covers, their cases
//     with every event;
//   - the workers of its communities and every worker its grids, covers, police grids or cases
//     name, with their career steps;
//   - as parents only, the communities and streets those rows name outside the area (a worker's
//     community, a unit's street), so the receiving file can hold every row it gets;
//   - all reference data (units and their contacts, categories, the calendar).
// Tombstones travel like live rows: a deletion must reach the other office too.
#include "storage/Result.h"

#include <QString>

struct sqlite3;

namespace gd::exchange {

struct ExportScope {
    enum Kind { All, Street, Community, Grid };
    Kind kind = All;
    QString code; // the street's, community's or grid's code
    // The receiving office, for a package of only what changed since the last one sent to it
    // (PeerWatermarks.h); empty: every row of the area.
    QString sinceLastTo;

    QString areaJson() const; // the area alone: {"kind":"street","code":"370202002"}
    QString json() const;     // for the manifest: the area and, when given, since_last_to
    // The scope of an areaJson() (as exchange_peers keeps it), for changes to `peer`.
    static ExportScope fromAreaJson(const QString &json, const QString &peer);
};

// What a scope is prepared for: an export (every row of the area goes, with the parents its rows
// name), or checking that the rows a merge would change lie inside a sender's area (only the
// area's own rows, and tested row by row: a delta changes few rows of a large area).
enum class ScopeUse { Export, Check };

// Fills the scope's temporary id tables on the connection from the rows of `schema` (the attached
// office file "src" when exporting; "main" or "pkg" when a merge checks a sender's area). Invalid
// when the code names no street, community or grid there. For a check, the workers are only
// those of the area's communities, grids and police grids (scopeFilter adds its cases' handlers
// row by row) and no parents are gathered.
Status prepareScope(sqlite3 *db, const ExportScope &scope, const QString &schema = QStringLiteral("src"),
                    ScopeUse use = ScopeUse::Export);
// What prepareScope runs, for a store that is not SQLite (the hub, core/hub): the temporary
// tables it fills (each "id TEXT PRIMARY KEY") and its statements in order, on `schema`'s rows,
// the first with one parameter, the area's code; when that one inserts nothing the area is
// unknown there (unknownArea) and the rest is not run.
QStringList scopeTables();
QStringList scopeStatements(const ExportScope &scope, const QString &schema, ScopeUse use);
Error unknownArea(const ExportScope &scope);
// Drops those tables, so that a scope can be prepared again on the same connection.
Status dropScope(sqlite3 *db);
// The condition (on the rows of <schema>.<table>) that keeps a table's rows in the scope; empty
// when every row goes. An export counts the streets and communities a package carries only as
// the parents of its rows; a check only the area's own (what an office of that area may change),
// and its conditions look up each row's case or handled cases instead of listing the area's.
QString scopeFilter(const ExportScope &scope, const QString &table, const QString &schema = QStringLiteral("src"),
                    ScopeUse use = ScopeUse::Export);

} // namespace gd::exchange
