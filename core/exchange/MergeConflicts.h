#pragma once
// The values merges set aside: both offices had changed the same field unaware of
// each other, one value won by the rule every office applies (RowMerge.h), the other is kept
// here until a user decides. The decision is an ordinary edit with a new stamp
// (RowStore::settle), so it travels with the next package and settles the field everywhere.
#include "storage/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace gd {
class Database;
}

namespace gd::exchange {

struct MergeConflict {
    qint64 id = 0;
    QString table, rowId, field;
    QString rowLabel; // the record as people know it: a name, a case number; empty if none
    QString kept, lost, keptStamp, lostStamp, keptSite, lostSite;
    QString keptOffice, lostOffice; // the offices' names where this file knows them, else their site ids
    qint64 keptMs = 0, lostMs = 0;  // when each value was written (the stamps' wall time)
    qint64 foundMs = 0;
};

// Site → office name: this office, and every office a merged package came from.
QHash<QString, QString> officeNamesBySite(Database &db);

// The conflicts no one has resolved yet, oldest first.
Result<QList<MergeConflict>> openConflicts(Database &db);

enum class Resolution {
    KeepCurrent, // the value the merge kept
    TakeOther,   // the value it set aside
    NewValue,    // one the user writes
};

// Settles the conflict's field with the chosen value (a new edit, audited) and marks every open
// conflict of that field resolved. Only an administrator (Permission::EditSettings), like merging.
// NotFound when the conflict is already resolved; Invalid when a new value is empty where the
// field cannot be (a name).
Status resolveConflict(Database &db, qint64 conflictId, Resolution how, const QVariant &newValue = {});

// The value a resolution writes into `field`, a column declared `declaredType` (INTEGER, REAL,
// TEXT, BLOB) in the office's file: NULL stays NULL; a name, code or number may not be empty; a
// number column takes a number; "deleted" 0 or 1. Invalid, naming the field, otherwise. The
// office's and the hub's resolutions both ask it.
Status settledValue(const QString &field, const QString &declaredType, QVariant *value);

} // namespace gd::exchange
