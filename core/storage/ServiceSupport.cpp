#include "ServiceSupport.h"

#include "Removal.h"

#include <QSqlQuery>

namespace gd {

Status saveSetting(Database &db, const QString &key, const QString &value, bool *changed)
{
    const QString before = db.meta(key);
    if (changed)
        *changed = before != value;
    if (before == value)
        return {};
    if (Status s = db.setMeta(key, value); !s)
        return s;
    QVariantMap was, is{{key, value}};
    if (!before.isEmpty())
        was.insert(key, before);
    return audit::record(db, db.nextStamp(), QStringLiteral("update"), QStringLiteral("meta"), key, was, is);
}

Result<QString> saveRow(Database &db, const TableDef &table, const QString &id, const QVariantMap &values)
{
    // Null QStrings (empty form fields) are stored as '' by RowStore itself (bindable()).
    RowStore rows(db);
    if (id.isEmpty())
        return rows.insert(table, values);
    Status s = rows.update(table, id, values);
    if (!s)
        return s.error();
    return id;
}

QList<Row> selectRows(Database &db, const TableDef &table, const QString &where, const QVariantList &binds,
                      const QString &orderBy)
{
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT id, %1 FROM %2 WHERE deleted = 0%3 ORDER BY %4")
                                   .arg(table.fields.join(QLatin1Char(',')), table.name,
                                        where.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(where), orderBy));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<Row> rows;
    if (!exec(q))
        return rows;
    while (q.next()) {
        QVariantMap v;
        for (int i = 0; i < table.fields.size(); ++i)
            v.insert(table.fields.at(i), q.value(i + 1));
        rows.append({q.value(0).toString(), v});
    }
    q.finish();
    return rows;
}

bool duplicateExists(Database &db, const TableDef &table, const QString &column, const QVariant &value,
                     const QString &excludeId, const QString &parentColumn, const QVariant &parentValue)
{
    const QString parent = parentColumn.isEmpty() ? QString() : QStringLiteral(" AND %1 IS ?").arg(parentColumn);
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT 1 FROM %1 WHERE deleted = 0 AND %2 = ? AND id <> ?%3 LIMIT 1")
                                   .arg(table.name, column, parent));
    q.addBindValue(value);
    // A new record has no id yet: a null QString binds as NULL, and "id <> NULL" is never
    // true, so no duplicate was ever found for a new street, grid, unit… Compare with ''.
    q.addBindValue(excludeId.isNull() ? QStringLiteral("") : excludeId);
    if (!parentColumn.isEmpty())
        q.addBindValue(parentValue);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

Status restoreRecord(Database &db, Permission permission, const TableDef &table, const QString &id,
                     const QString &onField, const QVariant &onValue)
{
    return writeTransaction<bool>(db, permission,
                                  [&]() -> Result<bool> {
                                      if (Status s = restoreOrActivate(db, table, id, onField, onValue); !s)
                                          return s.error();
                                      return true;
                                  })
        .status();
}

Status syncLinks(Database &db, const TableDef &table, const QString &parentColumn, const QString &parentId,
                 const QString &column, const QStringList &values)
{
    RowStore rows(db);
    QStringList wanted = values;
    wanted.removeDuplicates();
    for (const Row &r :
         selectRows(db, table, QStringLiteral("%1 = ? AND %2 IS NOT NULL").arg(parentColumn, column), {parentId})) {
        if (wanted.removeAll(r.second.value(column).toString()) > 0)
            continue;
        if (Status s = rows.tombstone(table, r.first); !s)
            return s;
    }
    for (const QString &value : std::as_const(wanted))
        if (auto id = rows.insert(table, {{parentColumn, parentId}, {column, value}}); !id)
            return Status(id.error());
    return {};
}

} // namespace gd
