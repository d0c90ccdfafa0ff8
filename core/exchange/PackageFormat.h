#pragma once
// The exchange package: one SQLite file an office sends to another. It holds the
// exchanged tables (ExchangeTables.h) as STRICT tables with exactly the columns the office's
// own file has, and a manifest: format and schema versions, GridDesk's version, the source
// office, its clock at export, the scope, and per table the row count and the SHA-256 of its
// canonical content (ContentDigest.h), with one SHA-256 over all of them.
//
// The package's schema is derived from the schema of the file that writes it, so a package
// made by the same schema version always has the same CREATE statements: the importer makes
// the statements it expects and refuses a package whose schema differs in anything.
#include "ExchangeTables.h"
#include "storage/Result.h"

#include <QList>
#include <QPair>
#include <QStringList>

struct sqlite3;

namespace gd::exchange {

// 2: signed by the sending office (manifest keys signer_key and signature). Format 1 packages were
// unsigned and are refused.
constexpr int kPackageFormat = 2;
// sqlite_schema's application_id of a package ("GRDP"), unlike a GridDesk file's ("GRDD").
constexpr quint32 kPackageApplicationId = 0x47524450;

// Manifest keys.
namespace manifest {
inline const char kFormat[] = "format";
inline const char kSchemaVersion[] = "schema_version";
inline const char kGridDeskVersion[] = "griddesk_version";
inline const char kSourceSite[] = "source_site";
inline const char kSourceOffice[] = "source_office";
inline const char kSourceHlc[] = "source_hlc";
inline const char kCreatedMs[] = "created_ms";
inline const char kScope[] = "scope";
inline const char kTables[] = "tables";   // JSON: {"table": {"rows": n, "sha256": "hex"}}
inline const char kContent[] = "content"; // hex SHA-256 over every table (ContentDigest)
inline const char kAcks[] = "acks";       // JSON: the hex content hashes of packages the sender merged, newest first
inline const char kSignerKey[] = "signer_key"; // the sending office's Ed25519 public key, base64
inline const char kSignature[] = "signature";  // Ed25519 over signedBytes(), base64
} // namespace manifest

// What an office signs: every manifest entry but the signature, sorted by key, each written as
// key, 0x1F, value, 0x1E in UTF-8. The manifest holds each table's SHA-256 and the hash over all,
// so the signature covers every row; the reader checks the rows against those hashes.
QByteArray signedBytes(const QList<QPair<QString, QString>> &manifestEntries);

// A package column as the package declares it: STRICT type (INTEGER, REAL, TEXT, BLOB, ANY).
struct PackageColumn {
    QString name, type;
    bool notNull = false;
};
// The columns of an exchanged table in package order, from `schema` of db.
Result<QList<PackageColumn>> packageColumns(sqlite3 *db, const QString &schema, const ExchangeTable &table);

// The CREATE statements of a package, from the exchanged tables as `schema` of db declares
// them (column types and NOT NULL), the manifest last. Every table is STRICT (a value of the
// wrong type is refused by SQLite itself) and WITHOUT ROWID: the rows live in id order in one
// B-tree, so writing them in that order only appends, and reading them back for the digest is
// one sequential pass.
Result<QStringList> packageSchema(sqlite3 *db, const QString &schema = QStringLiteral("main"));

} // namespace gd::exchange
