#include "SqliteHandle.h"

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
    return Error::make(ErrorKind::Internal, QString::fromStdString(sql).left(120) + QStringLiteral(": ") + why);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(st);
}

QString quotedIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace gd
