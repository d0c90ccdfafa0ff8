#include "DesktopSchema.h"

#include "storage/Database.h"
#include "storage/SqliteHandle.h"

#include <QMutex>
#include <QSet>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace gd::hub {

namespace {

// merge_conflicts is local to each file, not exchanged; read from its declaration all the same.
Result<QList<exchange::PackageColumn>> localColumns(sqlite3 *db, const QString &table)
{
    exchange::ExchangeTable t{table, {}, false};
    SqliteStatement st;
    const QByteArray sql = QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table).toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st.st, nullptr) != SQLITE_OK)
        return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(db)));
    while (sqlite3_step(st.st) == SQLITE_ROW)
        t.columns << sqliteText(st.st, 0);
    return exchange::packageColumns(db, QStringLiteral("main"), t);
}

Result<DesktopSchema> make()
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::make(ErrorKind::Internal, QStringLiteral("no temporary folder: %1").arg(dir.errorString()));
    DesktopSchema out;
    {
        auto db = Database::open(dir.filePath(QStringLiteral("schema.griddesk")));
        if (!db)
            return db.error();
        sqlite3 *handle = sqliteHandle((*db)->sql());
        out.version = (*db)->schemaVersion();
        auto statements = exchange::packageSchema(handle);
        if (!statements)
            return statements.error();
        out.packageSchema = *statements;
        for (const exchange::ExchangeTable &t : exchange::exchangeTables()) {
            auto columns = exchange::packageColumns(handle, QStringLiteral("main"), t);
            if (!columns)
                return columns.error();
            out.columns.insert(t.name, *columns);
            SqliteStatement st;
            const QByteArray sql = QStringLiteral("SELECT name, dflt_value FROM pragma_table_info('%1') WHERE "
                                                  "dflt_value IS NOT NULL")
                                       .arg(t.name)
                                       .toUtf8();
            if (sqlite3_prepare_v2(handle, sql.constData(), -1, &st.st, nullptr) != SQLITE_OK)
                return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(handle)));
            while (sqlite3_step(st.st) == SQLITE_ROW)
                out.defaults[t.name].insert(sqliteText(st.st, 0), sqliteText(st.st, 1));
        }
        QSet<QString> exchanged;
        for (const exchange::ExchangeTable &t : exchange::exchangeTables())
            exchanged.insert(t.name);
        for (const exchange::ExchangeTable &t : exchange::exchangeTables()) {
            SqliteStatement st;
            const QByteArray sql =
                QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list('%1') ORDER BY id, seq")
                    .arg(t.name)
                    .toUtf8();
            if (sqlite3_prepare_v2(handle, sql.constData(), -1, &st.st, nullptr) != SQLITE_OK)
                return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(handle)));
            while (sqlite3_step(st.st) == SQLITE_ROW)
                if (exchanged.contains(sqliteText(st.st, 1)))
                    out.references[t.name].append({sqliteText(st.st, 0), sqliteText(st.st, 1)});
        }
        auto conflicts = localColumns(handle, QStringLiteral("merge_conflicts"));
        if (!conflicts)
            return conflicts.error();
        out.conflictColumns = *conflicts;
    }
    return out;
}

} // namespace

Result<const DesktopSchema *> DesktopSchema::get()
{
    static QMutex mutex;
    static std::optional<DesktopSchema> made;
    QMutexLocker lock(&mutex);
    if (!made) {
        auto schema = make();
        if (!schema)
            return schema.error();
        made = *schema;
    }
    return &*made;
}

QString pgType(const exchange::PackageColumn &column)
{
    if (column.type == QLatin1String("INTEGER"))
        return QStringLiteral("bigint");
    if (column.type == QLatin1String("REAL"))
        return QStringLiteral("double precision");
    if (column.type == QLatin1String("BLOB"))
        return QStringLiteral("bytea");
    return QStringLiteral("text"); // TEXT; GridDesk declares no other
}

} // namespace gd::hub
