#pragma once
// What one user edit wrote, row by row and field by field, with the stamp it wrote them under,
// so that the edit can be taken back exactly: only the fields it changed, and only while each
// still holds what it wrote. A merge, another program or a later edit that changed one of them
// since leaves a newer stamp on it, and the undo is refused instead of overwriting that change.
//
// Redo is the undo of the undo: taking an edit back writes its inverse under a new capture,
// and that capture is the record the redo reverts.
#include "Result.h"

#include <QList>
#include <QVariantMap>

#include <optional>

namespace gd {

class Database;

struct RowChange {
    enum class Kind { Inserted, Updated, Deleted, Restored };
    Kind kind = Kind::Updated;
    QString table;
    QString id;
    qint64 stamp = 0;   // the HLC stamp the edit wrote
    QString site;       // the office that wrote it (this one)
    QVariantMap before; // Updated: each changed field's value before the edit
    QVariantMap after;  // Updated: the value the edit wrote
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

// The first field of the edit that something else has written since (or the row, when it was
// deleted or brought back since): what an undo must not overwrite.
struct ChangedSince {
    QString table;
    QString id;
    QString field;    // empty when the row itself was deleted or restored since
    qint64 stamp = 0; // the newer stamp on that field
    QString site;     // the office that wrote it
};

namespace edits {

// Inside the caller's transaction: the first field the record wrote that no longer holds the
// record's stamp, or nothing when the whole edit is still as it left it.
Result<std::optional<ChangedSince>> changedSince(Database &db, const EditRecord &edit);
// Inside the caller's transaction: writes the inverse of every row change (last first),
// stamped and audited as ordinary edits; returns the record of those writes. Call it only after
// changedSince() found nothing.
Result<EditRecord> writeInverse(Database &db, const EditRecord &edit);

} // namespace edits
} // namespace gd
