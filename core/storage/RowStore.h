#pragma once
// Writes rows of exchanged tables with their merge metadata (HLC stamp, site, version vector,
// per-field stamps, tombstones) and an audit entry, inside the caller's transaction.
//
// The version vector `vv` holds, per site, the HLC stamp of that site's newest edit of the row
// (as a string: stamps pass 2^53), not a count of its edits. It orders like a counter, and it
// also tells whether a copy of the row has seen a given field edit: the edit [stamp, site] in
// `fstamps` is known to a copy whose vv[site] >= stamp. A merge needs exactly that to tell a
// field changed on one side from one changed on both (schema v8 converted the old counters).
#include "Result.h"
#include "TableDef.h"

#include <QVariantMap>

namespace gd {

class Database;

class RowStore
{
public:
    explicit RowStore(Database &db)
        : m_db(db)
    {}

    // New row; the id is a fresh UUIDv7 unless one is given (a UUIDv5 for natural keys).
    Result<QString> insert(const TableDef &table, const QVariantMap &values, const QString &id = {});
    // Writes only the fields whose value differs; stamps and audits only those. *changed
    // tells whether anything differed (an edit to the same value is not a change).
    Status update(const TableDef &table, const QString &id, const QVariantMap &changes, bool *changed = nullptr);
    // Writes one field (or "deleted") and stamps it even when the value is the same: a decision,
    // such as a resolved merge conflict, that must win on every office over the values it
    // settled. A tombstoned row may be settled too.
    Status settle(const TableDef &table, const QString &id, const QString &field, const QVariant &value);
    // A row with a natural id (a uuid v5 of its key): inserted the first time, else brought back
    // if it was deleted and updated, so two offices writing "the same" row collide into one.
    Status put(const TableDef &table, const QString &id, const QVariantMap &values);
    // Marks the row deleted (a tombstone that travels with the next package).
    Status tombstone(const TableDef &table, const QString &id);
    // Brings a tombstoned row back (undo of a delete, or a relation added again).
    Status restore(const TableDef &table, const QString &id);
    // Whether a row with this id exists at all, live or tombstoned.
    bool known(const TableDef &table, const QString &id) const;
    // The user fields of a live row; NotFound when it is missing or deleted.
    Result<QVariantMap> fetch(const TableDef &table, const QString &id) const;
    bool exists(const TableDef &table, const QString &id) const;
    // Whether two values of a field are the same as far as a write is concerned (a number and its
    // text, a null QString and an empty one, bytes by their content).
    static bool sameValue(const QVariant &a, const QVariant &b);

private:
    Status setDeleted(const TableDef &table, const QString &id, bool deleted, bool force = false);
    Status write(const TableDef &table, const QString &id, const QVariantMap &changes, bool *changed, bool force);
    Status checkWritable(const TableDef &table, const QVariantMap &values) const;
    Database &m_db;
};

namespace audit {
// Appends to the audit log: who (the database's actor), when (stamp + wall time), what.
Status record(Database &db, qint64 stamp, const QString &action, const QString &table, const QString &rowId,
              const QVariantMap &before, const QVariantMap &after);
} // namespace audit

} // namespace gd
