#pragma once
// Taking one user edit back (and redoing it) without overwriting what happened since: only the
// fields the edit wrote, only while each still holds the edit's stamp, checked and written in
// one transaction under the permissions the edit itself needed. When something changed a field
// since (a merge, a conflict settled, another program, a later edit), the undo is refused with
// a message naming the field and who changed it, and nothing is written.
#include "storage/EditRecord.h"
#include "storage/Result.h"

namespace gd {

class Database;

// Writes the inverse of `edit`; returns the record of what it wrote, which is what a redo
// reverts in turn.
Result<EditRecord> revertEdit(Database &db, const EditRecord &edit);
// Why `edit` can no longer be taken back, as a sentence for the Edit menu; empty when it can.
Result<QString> whyNotRevertible(Database &db, const EditRecord &edit);

} // namespace gd
