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
// Whether another live row (not excludeId) has column = value, optionally within a parent.
bool duplicateExists(Database &db, const TableDef &table, const QString &column, const QVariant &value,
                     const QString &excludeId, const QString &parentColumn = {}, const QVariant &parentValue = {});

} // namespace gd
