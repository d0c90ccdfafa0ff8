#include "PackageFormat.h"

#include "storage/SqliteHandle.h"

#include <QHash>

#include <algorithm>
#include <sqlite3.h>

namespace gd::exchange {

namespace {

struct Column {
    QString type;
    bool notNull = false;
};

// STRICT accepts INT, INTEGER, REAL, TEXT, BLOB and ANY only; GridDesk declares TEXT and INTEGER.
QString strictType(const QString &declared)
{
    const QString t = declared.trimmed().toUpper();
    if (t == QLatin1String("INTEGER") || t == QLatin1String("INT"))
        return QStringLiteral("INTEGER");
    if (t == QLatin1String("REAL") || t == QLatin1String("TEXT") || t == QLatin1String("BLOB"))
        return t;
    return QStringLiteral("ANY");
}

} // namespace

Result<QList<PackageColumn>> packageColumns(sqlite3 *db, const QString &schema, const ExchangeTable &table)
{
    sqlite3_stmt *st = nullptr;
    const QByteArray sql =
        QStringLiteral("PRAGMA %1.table_info(%2)").arg(quotedIdentifier(schema), quotedIdentifier(table.name)).toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(db)));
    QHash<QString, Column> columns;
    while (sqlite3_step(st) == SQLITE_ROW) {
        Column c;
        c.type = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 2)));
        c.notNull = sqlite3_column_int(st, 3) != 0;
        columns.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1))), c);
    }
    sqlite3_finalize(st);
    QList<PackageColumn> out;
    for (const QString &name : table.columns) {
        if (!columns.contains(name))
            return Error::make(ErrorKind::Internal,
                               QStringLiteral("%1.%2 is missing from the file's schema").arg(table.name, name));
        const Column &c = columns.value(name);
        out << PackageColumn{name, strictType(c.type), c.notNull || name == QLatin1String("id")};
    }
    return out;
}

Result<QStringList> packageSchema(sqlite3 *db, const QString &schema)
{
    QStringList out;
    for (const ExchangeTable &t : exchangeTables()) {
        auto columns = packageColumns(db, schema, t);
        if (!columns)
            return columns.error();
        QStringList defs;
        for (const PackageColumn &c : *columns) {
            QString def = quotedIdentifier(c.name) + QLatin1Char(' ') + c.type;
            if (c.name == QLatin1String("id"))
                def += QStringLiteral(" PRIMARY KEY");
            if (c.notNull)
                def += QStringLiteral(" NOT NULL");
            defs << def;
        }
        out << QStringLiteral("CREATE TABLE %1 (%2) STRICT, WITHOUT ROWID")
                   .arg(quotedIdentifier(t.name), defs.join(QStringLiteral(", ")));
    }
    out << QStringLiteral(
        "CREATE TABLE manifest (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT, WITHOUT ROWID");
    return out;
}

QByteArray signedBytes(const QList<QPair<QString, QString>> &manifestEntries)
{
    QList<QPair<QString, QString>> sorted;
    for (const auto &entry : manifestEntries)
        if (entry.first != QLatin1String(manifest::kSignature))
            sorted << entry;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    for (const auto &[key, value] : sorted)
        out += key.toUtf8() + '\x1f' + value.toUtf8() + '\x1e';
    return out;
}

} // namespace gd::exchange
