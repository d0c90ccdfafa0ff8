#include "Removal.h"

#include "Database.h"
#include "RowStore.h"

#include <QSqlQuery>

namespace gd {

int countReferences(Database &db, const QString &id, const QList<Reference> &references)
{
    int total = 0;
    for (const Reference &r : references) {
        QSqlQuery &q =
            db.prepared(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ? AND deleted = 0").arg(r.table, r.column));
        q.addBindValue(id);
        if (q.exec() && q.next())
            total += q.value(0).toInt();
        q.finish();
    }
    return total;
}

Result<RemoveOutcome> removeOrDeactivate(Database &db, const TableDef &table, const QString &id,
                                         const QList<Reference> &references, const QString &offField,
                                         const QVariant &offValue)
{
    RowStore rows(db);
    if (countReferences(db, id, references) > 0) {
        Status s = rows.update(table, id, {{offField, offValue}});
        if (!s)
            return s.error();
        return RemoveOutcome::Deactivated;
    }
    Status s = rows.tombstone(table, id);
    if (!s)
        return s.error();
    return RemoveOutcome::Deleted;
}

Status restoreOrActivate(Database &db, const TableDef &table, const QString &id, const QString &onField,
                         const QVariant &onValue)
{
    RowStore rows(db);
    if (!rows.exists(table, id))
        if (Status s = rows.restore(table, id); !s)
            return s;
    return rows.update(table, id, {{onField, onValue}});
}

} // namespace gd
