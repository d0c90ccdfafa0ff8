#pragma once
// The SQLite connection under a QSQLITE QSqlDatabase, for what the Qt driver cannot do quickly
// or at all: bulk loads through reused statements, and FTS5 maintenance.
#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QVariant>

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

// Statements prepared once and kept by their SQL, for a writer that runs the same few thousands
// of times (a merge renews thousands of search entries: through QSqlQuery the driver's per-call
// work and the UTF-16 round trip of every token cost more than FTS5's own). Finalized with the
// cache, which must go before the connection.
class SqliteStatements
{
public:
    explicit SqliteStatements(sqlite3 *db)
        : m_db(db)
    {}
    ~SqliteStatements();
    SqliteStatements(const SqliteStatements &) = delete;
    SqliteStatements &operator=(const SqliteStatements &) = delete;

    // The statement, reset and unbound; null when it does not prepare (error() says why).
    sqlite3_stmt *get(const char *sql);
    // Runs a statement that returns no rows and resets it; the error names SQLite's reason.
    Status run(sqlite3_stmt *st);
    Error error() const;

private:
    sqlite3 *m_db;
    QHash<QByteArray, sqlite3_stmt *> m_cache;
};

// A text column as a QString, from SQLite's UTF-8 (no UTF-16 copy made by SQLite first).
QString sqliteText(sqlite3_stmt *st, int column);
// A column as its type stores it: null, a 64-bit integer, a double, text, or a blob's bytes.
QVariant sqliteValue(sqlite3_stmt *st, int column);

// A table or column name as an SQL identifier: "name", with inner quotes doubled.
QString quotedIdentifier(const QString &name);
// A text as an SQL string literal: 'text', with inner quotes doubled (SQLite's and PostgreSQL's
// standard strings alike). For values written into a statement that must be planned with them.
QString quotedText(const QString &text);

} // namespace gd
