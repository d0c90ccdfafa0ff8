#pragma once
// What one user edit wrote, row by row and field by field, so that the edit can be taken back
// exactly: only the fields it changed, and only while each still holds the value the edit wrote.
// A merge, another program or a later edit that changed one of them since is not overwritten:
// the undo is refused instead. Redo is the undo of the undo: taking an edit back writes its
// inverse under a new capture, and that capture is the record the redo reverts.
#include "Result.h"

#include <QList>
#include <QSet>
#include <QVariantMap>

#include <optional>

namespace gd {

class Database;
struct TableDef;

struct RowChange {
    enum class Kind { Inserted, Updated, Deleted, Restored };
    Kind kind = Kind::Updated;
    QString table;
    const TableDef *def = nullptr; // the table as RowStore wrote through it (a definition that lives for good)
    QString id;
    qint64 stamp = 0;   // the HLC stamp the edit wrote
    QString site;       // the office that wrote it (this one)
    QVariantMap before; // Updated: each changed field's value before the edit
    QVariantMap after;  // Updated: the value the edit wrote; Inserted: the whole row as inserted
};

struct EditRecord {
    QList<RowChange> rows;  // in the order they were written
    QList<int> permissions; // the permissions the edit's services required (access/Permissions.h)
    bool isEmpty() const { return rows.isEmpty(); }
};

// While alive, every row RowStore writes through db is recorded. Captures do not nest: the
// innermost one records (a revert's own writes go to the revert's capture).
class EditCapture
{
public:
    explicit EditCapture(Database &db);
    ~EditCapture();
    EditCapture(const EditCapture &) = delete;
    EditCapture &operator=(const EditCapture &) = delete;
    // What was recorded so far; the capture goes on recording.
    const EditRecord &record() const { return m_record; }
    EditRecord take();

private:
    Database &m_db;
    EditRecord m_record;
    EditRecord *m_outer;
};

// The first field of the edit that something else has changed since (or the row, when it was
// deleted, brought back or removed since): what an undo must not overwrite.
struct ChangedSince {
    QString table;
    QString id;
    QString field;    // "deleted" when the row was deleted or brought back since; empty when it is gone
    qint64 stamp = 0; // the stamp of that change (0 when unknown)
    QString site;     // the office that made it
};

// What else stands in the way: a row the undo would delete that another row now refers to, or a
// reference the undo would restore to a row that no longer exists.
struct BlockedBy {
    QString table; // the row the undo would write
    QString id;
    QString field;      // the reference column (empty: the row itself would be deleted)
    QString otherTable; // the row that refers to it, or that it would refer to
    QString otherId;
};

namespace edits {

// Keys of what an edit wrote, "table/id/field" (field "deleted" for a removal or a restore): the
// window's undo stack uses them to tell which later edits will put a field back first.
QSet<QString> writtenKeys(const EditRecord &edit);
// Inside the caller's transaction: the first field the edit wrote that no longer holds what it
// wrote, or nothing when the whole edit is still as it left it. Keys in `ignore` are not looked at.
Result<std::optional<ChangedSince>> changedSince(Database &db, const EditRecord &edit,
                                                 const QSet<QString> &ignore = {});
// Inside the caller's transaction: whether the inverse would delete a row that a row outside the
// edit now refers to, or point a reference back at a row deleted since.
Result<std::optional<BlockedBy>> blockedBy(Database &db, const EditRecord &edit);
// Inside the caller's transaction: writes the inverse of every row change (last first),
// stamped and audited as ordinary edits; returns the record of those writes. Call it only after
// changedSince() and blockedBy() found nothing.
Result<EditRecord> writeInverse(Database &db, const EditRecord &edit);

} // namespace edits
} // namespace gd
