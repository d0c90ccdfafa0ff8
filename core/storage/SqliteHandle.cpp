#include "SqliteHandle.h"

#include "StorageError.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace gd {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Status sqliteExec(sqlite3 *db, const std::string &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString why = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return storageError(sqlite3_extended_errcode(db),
                        QString::fromStdString(sql).left(120) + QStringLiteral(": ") + why);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(st);
}

SqliteStatements::~SqliteStatements()
{
    for (sqlite3_stmt *st : std::as_const(m_cache))
        sqlite3_finalize(st);
}

sqlite3_stmt *SqliteStatements::get(const char *sql)
{
    const QByteArray key(sql);
    auto it = m_cache.constFind(key);
    if (it != m_cache.cend()) {
        sqlite3_reset(*it);
        sqlite3_clear_bindings(*it);
        return *it;
    }
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK) {
        sqlite3_finalize(st);
        return nullptr;
    }
    m_cache.insert(key, st);
    return st;
}

Status SqliteStatements::run(sqlite3_stmt *st)
{
    const int rc = sqlite3_step(st);
    const Error failed = rc == SQLITE_DONE || rc == SQLITE_ROW ? Error() : error();
    sqlite3_reset(st); // a statement left running would keep a merge from dropping its temp tables
    return failed.isError() ? Status(failed) : Status();
}

Error SqliteStatements::error() const
{
    return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

QString sqliteText(sqlite3_stmt *st, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(st, column)) : QString();
}

QVariant sqliteValue(sqlite3_stmt *st, int column)
{
    switch (sqlite3_column_type(st, column)) {
    case SQLITE_NULL: return QVariant();
    case SQLITE_INTEGER: return QVariant(qlonglong(sqlite3_column_int64(st, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(st, column));
    case SQLITE_BLOB: // a photo: its bytes, never text
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(st, column)), sqlite3_column_bytes(st, column));
    default: return sqliteText(st, column);
    }
}

QString quotedIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString quotedText(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

} // namespace gd
