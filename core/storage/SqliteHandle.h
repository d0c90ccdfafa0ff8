#pragma once
// The SQLite connection under a QSQLITE QSqlDatabase, for what the Qt driver cannot do quickly
// or at all: bulk loads through reused statements, and FTS5 maintenance.
#include "Result.h"

#include <QSqlDatabase>

#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace gd {

// Null when the connection is not an open SQLite one.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// Runs SQL written in code (never user text) on a C-API connection; the error names the
// statement and SQLite's reason.
Status sqliteExec(sqlite3 *db, const std::string &sql);
inline Status sqliteExec(sqlite3 *db, const QString &sql)
{
    return sqliteExec(db, sql.toStdString());
}
inline Status sqliteExec(sqlite3 *db, const char *sql)
{
    return sqliteExec(db, std::string(sql));
}
// A prepared C-API statement, finalized on every return path.
struct SqliteStatement {
    sqlite3_stmt *st = nullptr;
    SqliteStatement() = default;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();
};

// A table or column name as an SQL identifier: "name", with inner quotes doubled.
QString quotedIdentifier(const QString &name);

} // namespace gd
