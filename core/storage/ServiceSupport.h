#pragma once
// The shape every write service shares: check the permission, open a transaction, do the work,
// commit — or roll back and return the error. Plus small read helpers over TableDefs.
#include "Database.h"
#include "EditRecord.h"
#include "RowStore.h"
#include "Transaction.h"
#include "access/Permissions.h"

#include <QPair>
#include <QVariantList>

namespace gd {

template <typename T, typename Body> Result<T> writeTransaction(Database &db, Permission permission, Body &&body)
{
    Status allowed = requirePermission(db, permission);
    if (!allowed)
        return allowed.error();
    if (EditRecord *capture = db.editCapture(); capture && !capture->permissions.contains(int(permission)))
        capture->permissions.append(int(permission)); // an undo of this edit needs the same

    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    Result<T> result = body();
    if (!result)
        return result; // the guard rolls back
    Status committed = tx.commit();
    if (!committed)
        return committed.error();
    return result;
}

// writeTransaction for a write that gives back nothing: the body returns a Status.
template <typename Body> Status writeStatus(Database &db, Permission permission, Body &&body)
{
    auto done = writeTransaction<bool>(db, permission, [&]() -> Result<bool> {
        if (Status s = body(); !s)
            return s.error();
        return true;
    });
    return done ? Status() : Status(done.error());
}

// An office setting kept in meta under `key`, written in the caller's write transaction and
// audited ("update" of meta/key, before and after) when it changes; *changed says whether it did.
Status saveSetting(Database &db, const QString &key, const QString &value, bool *changed = nullptr);

// A service's restore(id) in one call: a removed row brought back or a deactivated one switched on
// (Removal.h), in a transaction of its own under the permission that edits the row.
Status restoreRecord(Database &db, Permission permission, const TableDef &table, const QString &id,
                     const QString &onField = QStringLiteral("active"), const QVariant &onValue = QVariant(1));

// Insert when id is empty, update otherwise; returns the row's id.
Result<QString> saveRow(Database &db, const TableDef &table, const QString &id, const QVariantMap &values);

using Row = QPair<QString, QVariantMap>; // id and user fields
// Live rows of a table; `where` is SQL written in code (never user text) with ? parameters.
QList<Row> selectRows(Database &db, const TableDef &table, const QString &where = {}, const QVariantList &binds = {},
                      const QString &orderBy = QStringLiteral("rowid"));
// Writes a parent's rows of one child table (a dispute's parties, a joint activity's people): those
// listed with an id of theirs are updated, the others added, and with `replace` the parent's rows
// no longer listed are removed. Rows of their own, so two offices adding one each both keep theirs.
template <typename Item, typename Fields>
Status writeChildren(Database &db, const TableDef &table, const QString &parentColumn, const QString &parentId,
                     const QList<Item> &items, bool replace, Fields fields)
{
    RowStore rows(db);
    QStringList existing;
    if (replace)
        for (const Row &r : selectRows(db, table, parentColumn + QStringLiteral(" = ?"), {parentId}))
            existing << r.first;
    for (const Item &item : items) {
        if (!item.id.isEmpty() && existing.removeAll(item.id) > 0) {
            if (Status s = rows.update(table, item.id, fields(parentId, item)); !s)
                return s;
        } else if (auto id = rows.insert(table, fields(parentId, item)); !id) {
            return Status(id.error());
        }
    }
    for (const QString &gone : std::as_const(existing))
        if (Status s = rows.tombstone(table, gone); !s)
            return s;
    return {};
}

// A parent's rows of a link table hold exactly `values` in `column` (rows with it NULL are another
// kind of link and left alone): a value still listed keeps its row untouched, a new one is added,
// the rest are removed.
Status syncLinks(Database &db, const TableDef &table, const QString &parentColumn, const QString &parentId,
                 const QString &column, const QStringList &values);

// Whether another live row (not excludeId) has column = value, optionally within a parent.
bool duplicateExists(Database &db, const TableDef &table, const QString &column, const QVariant &value,
                     const QString &excludeId, const QString &parentColumn = {}, const QVariant &parentValue = {});

} // namespace gd
