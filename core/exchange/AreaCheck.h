#pragma once
// A trusted office sends only its own area's changes (issue 15 §2). Each trusted office has a
// scope (Trust.h): the district, or one street, community or grid. Before a merge writes anything,
// every row the package would change — a row this file lacks, or a newer version of one it has,
// a deletion included — is held to the area of the office that wrote it: the office it comes from,
// or, for a row it relays, the office that made the change when that office is trusted here (else
// the sender answers for it). The row must lie inside that area both as the package has it and,
// when this file has it, as it is here (a grid moved into the area is a change outside it). A
// package that breaks this is refused whole, naming the table and rows.
// Reference data (units, categories, the calendar) and review records have no area and are not
// limited here.
#include "storage/Result.h"

namespace gd {
class Database;
}

namespace gd::exchange {

struct PackageInfo;

// With the checked package attached to db's connection as "pkg".
Status checkAreas(Database &db, const PackageInfo &info, const QString &packageName);

} // namespace gd::exchange
