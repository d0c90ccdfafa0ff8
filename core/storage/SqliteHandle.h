#pragma once
// The SQLite connection under a QSQLITE QSqlDatabase, for what the Qt driver cannot do quickly
// or at all: bulk loads through reused statements, and FTS5 maintenance.
#include <QSqlDatabase>

struct sqlite3;

namespace gd {

// Null when the connection is not an open SQLite one.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace gd
