#pragma once
// Natural keys that two offices gave independently (issue 15 §4): a street, community or grid code,
// a case number, a worker's phone. Each office checks its own entries, but two offices that set up
// the same grid, or a district merging offices that started apart, bring two live rows with one
// key. They are listed with the merge conflicts until an administrator settles them:
//   - merge: the two rows are one thing; every reference to the one dropped moves to the one kept
//     (stamped edits, so the move travels) and the dropped row becomes a tombstone. Timelines keep
//     naming it (events never change), and a tombstone stays readable. Cases are never merged this
//     way: two requests are two matters (a repeat is attached at the desk instead).
//   - renumber: one row takes another key, checked as entry checks it.
// `griddesk-cli check` reports any left.
#include "storage/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gd {
class Database;
}

namespace gd::exchange {

struct IdentityRow {
    QString id, label, office; // label: the row's name (a case's description), office: who made it
};

struct IdentityConflict {
    QString table, field, value; // "grids", "code", "370202002001001"
    QList<IdentityRow> rows;     // two or more live rows, oldest first
};

// The natural keys checked: table and field.
QList<QPair<QString, QString>> naturalKeys();

// Every key held by more than one live row.
Result<QList<IdentityConflict>> identityConflicts(Database &db);

// Administrators only (Permission::EditSettings). Invalid when the rows are not two live rows of
// one table sharing a natural key, or the table is "cases".
Status mergeIdentities(Database &db, const QString &table, const QString &keepId, const QString &dropId);
// Invalid when the new key is empty, holds a character no text may, or is held by another row.
Status renumberIdentity(Database &db, const QString &table, const QString &rowId, const QString &newValue);

} // namespace gd::exchange
