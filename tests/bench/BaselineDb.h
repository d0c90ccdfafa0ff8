#pragma once
// The raw-SQLite side of the baselines: a file opened with the bare C API and the same settings
// GridDesk uses (WAL, synchronous=NORMAL, foreign keys), so a ratio compares like with like.
#include <QString>

#include <sqlite3.h>

namespace bench {

QString sqliteError(sqlite3 *db);
// Opens path read-write into *db; on failure returns why (and *db is closed).
QString openBaseline(const QString &path, sqlite3 **db);

} // namespace bench
