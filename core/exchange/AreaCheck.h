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
#include "PackageScope.h"
#include "storage/Result.h"

#include <QList>

namespace gd {
class Database;
}

namespace gd::exchange {

struct PackageInfo;

// An office whose rows the check limits: its area, its name for the message, and the condition
// (on the package's row p) that picks the rows it answers for.
struct AreaWriter {
    ExportScope area;
    QString office;
    QString siteCondition;
};
struct TrustedOffice;
struct ExchangeTable;
// Who answers for which rows of a package: each trusted office with an area for its own changes,
// the sender for its own and those of offices not trusted (district-wide offices are not limited).
QList<AreaWriter> areaWriters(const QList<TrustedOffice> &trusted, const PackageInfo &info);
// A trusted office's area (district, street, community or grid) as the scope of its rows.
struct TrustScope;
ExportScope areaOf(const TrustScope &trust);
// The statement (SQLite; the package as pkg, the file as main, the writer's area prepared on
// `schema` by prepareScope) that finds up to five ids of `t`'s rows the package would change
// outside the area, as `schema` has them; empty when the table is not limited there.
QString outsideRowsSql(const AreaWriter &w, const ExchangeTable &t, const QString &schema);
// The refusal naming the package, the area, the table and the rows.
Error outsideArea(const QString &packageName, const AreaWriter &w, const QString &table, const QStringList &ids);

// With the checked package attached to db's connection as "pkg".
Status checkAreas(Database &db, const PackageInfo &info, const QString &packageName);

} // namespace gd::exchange
