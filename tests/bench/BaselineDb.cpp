#include "BaselineDb.h"

namespace bench {

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

QString openBaseline(const QString &path, sqlite3 **db)
{
    *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString why = sqliteError(*db);
        sqlite3_close(*db);
        *db = nullptr;
        return why;
    }
    for (const char *pragma : {"PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000", "PRAGMA journal_mode=WAL",
                               "PRAGMA synchronous=NORMAL", "PRAGMA temp_store=MEMORY"})
        sqlite3_exec(*db, pragma, nullptr, nullptr, nullptr);
    return {};
}

} // namespace bench
