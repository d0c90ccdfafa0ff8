#pragma once
// "Something that is referenced is deactivated, not deleted": one rule for every service.
#include "Result.h"
#include "TableDef.h"

#include <QList>
#include <QVariant>

namespace gd {

class Database;

struct Reference {
    QString table;  // the referring table
    QString column; // its column holding the id
};

enum class RemoveOutcome { Deleted, Deactivated };

// Within the caller's transaction: counts live rows that refer to id; if any, sets the
// deactivation field to its "off" value (active=0, or status='left'), else tombstones the row.
Result<RemoveOutcome> removeOrDeactivate(Database &db, const TableDef &table, const QString &id,
                                         const QList<Reference> &references,
                                         const QString &offField = QStringLiteral("active"),
                                         const QVariant &offValue = QVariant(0));
// The way back, within the caller's transaction: a tombstoned row comes back, and a deactivated
// one is switched on again (onField set to onValue). A row that is live and on is left alone.
Status restoreOrActivate(Database &db, const TableDef &table, const QString &id,
                         const QString &onField = QStringLiteral("active"), const QVariant &onValue = QVariant(1));
// How many live rows refer to id.
int countReferences(Database &db, const QString &id, const QList<Reference> &references);

} // namespace gd
