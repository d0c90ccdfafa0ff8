#include "IdentityConflicts.h"

#include "ExchangeTables.h"
#include "MergeConflicts.h"
#include "access/Permissions.h"
#include "schema/Tables.h"
#include "storage/Database.h"
#include "storage/RowStore.h"
#include "storage/ServiceSupport.h"
#include "storage/SqliteHandle.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd::exchange {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::exchange)
};

QString keyField(const QString &table)
{
    for (const auto &[t, f] : naturalKeys())
        if (t == table)
            return f;
    return {};
}

QString labelColumnOf(const QString &table)
{
    return table == QLatin1String("cases") ? QStringLiteral("substr(description, 1, 40)") : QStringLiteral("name");
}

// The value of the key field of a live row; empty when the row is missing or deleted.
QString keyOf(Database &db, const QString &table, const QString &field, const QString &id)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND deleted = 0").arg(quotedIdentifier(field), table));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

QList<QPair<QString, QString>> naturalKeys()
{
    return {{QStringLiteral("streets"), QStringLiteral("code")},
            {QStringLiteral("communities"), QStringLiteral("code")},
            {QStringLiteral("grids"), QStringLiteral("code")},
            {QStringLiteral("workers"), QStringLiteral("phone")},
            {QStringLiteral("cases"), QStringLiteral("number")}};
}

Result<QList<IdentityConflict>> identityConflicts(Database &db)
{
    const QHash<QString, QString> names = officeNamesBySite(db);
    QList<IdentityConflict> out;
    for (const auto &[table, field] : naturalKeys()) {
        // Keys held twice, tombstones included, read from the key's index alone (on a million
        // cases reading each row to skip tombstones took a second); then their live rows.
        QSqlQuery q(db.sql());
        if (Status failed = exec(q, QStringLiteral("SELECT k.%1, t.id, %3, t.origin_site FROM (SELECT %1 FROM %2 WHERE "
                                                   "%1 IS NOT NULL AND %1 != '' GROUP BY %1 HAVING count(*) > 1) k "
                                                   "JOIN %2 t ON t.%1 = k.%1 AND t.deleted = 0 ORDER BY k.%1, "
                                                   "t.created_hlc, t.id")
                                        .arg(quotedIdentifier(field), table, labelColumnOf(table)));
            !failed)
            return failed.error();
        QList<IdentityConflict> found;
        while (q.next()) {
            const QString value = q.value(0).toString();
            if (found.isEmpty() || found.last().value != value)
                found << IdentityConflict{table, field, value, {}};
            const QString site = q.value(3).toString();
            found.last().rows << IdentityRow{q.value(1).toString(), q.value(2).toString(),
                                             names.value(site, site.left(8))};
        }
        for (IdentityConflict &c : found)
            if (c.rows.size() > 1) // a key held by one live row and a tombstone is no conflict
                out << std::move(c);
    }
    return out;
}

Status mergeIdentities(Database &db, const QString &table, const QString &keepId, const QString &dropId)
{
    return writeTransaction<bool>(
               db, Permission::EditSettings,
               [&]() -> Result<bool> {
                   const QString field = keyField(table);
                   if (field.isEmpty() || table == QLatin1String("cases"))
                       return Error::invalid(
                           QStringLiteral("table"),
                           table == QLatin1String("cases")
                               ? Text::tr("Two cases are two requests: renumber one instead (a repeat "
                                          "is attached at the desk).")
                               : Text::tr("Only streets, communities, grids and workers are merged."));
                   const QString kept = keyOf(db, table, field, keepId), dropped = keyOf(db, table, field, dropId);
                   if (keepId == dropId || kept.isEmpty() || kept != dropped)
                       return Error::invalid(QStringLiteral("id"),
                                             Text::tr("Merging needs two live records with the same %1.").arg(field));
                   // Every live row of every exchanged table whose own (not derived) field names the
                   // dropped row moves to the kept one.
                   RowStore rows(db);
                   for (const TableDef *def : tables::all()) {
                       QSqlQuery fks(db.sql());
                       fks.prepare(
                           QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE \"table\" = ?"));
                       fks.addBindValue(def->name);
                       fks.addBindValue(table);
                       if (Status failed = exec(fks); !failed)
                           return failed.error();
                       QStringList columns;
                       while (fks.next())
                           if (def->fields.contains(fks.value(0).toString()))
                               columns << fks.value(0).toString();
                       for (const QString &column : std::as_const(columns)) {
                           QSqlQuery refs(db.sql());
                           refs.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                                            .arg(def->name, quotedIdentifier(column)));
                           refs.addBindValue(dropId);
                           if (Status failed = exec(refs); !failed)
                               return failed.error();
                           QStringList ids;
                           while (refs.next())
                               ids << refs.value(0).toString();
                           for (const QString &id : std::as_const(ids))
                               if (Status s = rows.update(*def, id, {{column, keepId}}); !s)
                                   return s.error();
                       }
                   }
                   const TableDef *def = tables::byName(table);
                   if (Status s = rows.tombstone(*def, dropId); !s)
                       return s.error();
                   if (Status s = audit::record(db, db.nextStamp(), QStringLiteral("merge_identity"), table, dropId,
                                                {{field, dropped}}, {{QStringLiteral("kept"), keepId}});
                       !s)
                       return s.error();
                   return true;
               })
        .status();
}

Status renumberIdentity(Database &db, const QString &table, const QString &rowId, const QString &newValue)
{
    return writeTransaction<bool>(
               db, Permission::EditSettings,
               [&]() -> Result<bool> {
                   const QString field = keyField(table);
                   if (field.isEmpty())
                       return Error::invalid(
                           QStringLiteral("table"),
                           Text::tr("Only streets, communities, grids, workers and cases are renumbered."));
                   if (keyOf(db, table, field, rowId).isEmpty())
                       return Error::make(ErrorKind::NotFound, Text::tr("No live record %1 in %2.").arg(rowId, table));
                   QString value = newValue.trimmed();
                   if (table == QLatin1String("workers")) {
                       if (Error e = check::phone(field, Text::tr("Phone"), value, true); e.isError())
                           return e;
                       value = check::normalizePhone(value);
                   } else if (Error e = check::requiredText(field, Text::tr("New number"), value, 40, false);
                              e.isError()) {
                       return e;
                   }
                   QSqlQuery taken(db.sql());
                   taken.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? AND deleted = 0 AND id != ?")
                                     .arg(table, quotedIdentifier(field)));
                   taken.addBindValue(value);
                   taken.addBindValue(rowId);
                   if (Status failed = exec(taken); !failed)
                       return failed.error();
                   if (taken.next())
                       return Error::invalid(field, Text::tr("%1 is held by another record already.").arg(value));
                   if (Status s = RowStore(db).update(*tables::byName(table), rowId, {{field, value}}); !s)
                       return s.error();
                   return true;
               })
        .status();
}

} // namespace gd::exchange
