#pragma once
// One hash of what an office exchanges (ExchangeTables.h), so that two files can be compared
// (`griddesk-cli digest`) and a package's tables checked against its manifest.
//
// Canonical content: each table's rows in id order (binary), each value in the table's column
// order with its SQLite type (NULL, integer, real, text, blob) and length, hashed with SHA-256;
// then one SHA-256 over every table's name, row count and hash, parents first. The physical
// order of rows, the pages, indexes and local tables do not count.
#include "ExchangeTables.h"
#include "storage/Result.h"

#include <QByteArray>
#include <QVariant>

#include <functional>
#include <string>

struct sqlite3;

namespace gd::exchange {

struct TableDigest {
    QString table;
    qint64 rows = 0;
    QByteArray sha256; // raw, 32 bytes
};

struct ContentDigest {
    QList<TableDigest> tables;
    QByteArray sha256; // raw, 32 bytes
    QString hex() const { return QString::fromLatin1(sha256.toHex()); }
};

// rows done, rows in all; false cancels (ErrorKind::Cancelled).
using DigestProgress = std::function<bool(qint64, qint64)>;

// The digest of the exchanged tables in `schema` ("main", or an attached package) of db.
Result<ContentDigest> digestContent(sqlite3 *db, const QString &schema = QStringLiteral("main"),
                                    const DigestProgress &progress = {});
// One table's part.
Result<TableDigest> digestTable(sqlite3 *db, const QString &schema, const ExchangeTable &table);
// One value in the canonical encoding, from a store that is not SQLite (the hub, core/hub): NULL as
// N; an integer as I and 8 bytes; a real as R and 8 bytes; text (UTF-8) and blobs as T or B, a
// 4-byte length and the bytes. A row is 'r' and its values in the table's column order.
void appendCanonicalValue(std::string &out, const QVariant &value);
// The hash over all tables' parts, in exchangeTables() order.
QByteArray combinedDigest(const QList<TableDigest> &tables);

} // namespace gd::exchange
