#pragma once
// Taking one user edit back (and redoing it) without overwriting what happened since: only the
// fields the edit wrote, only while each still holds the value the edit wrote, checked and
// written in one transaction under the permissions the edit itself needed. It is refused, with
// nothing written and a message naming the field and who changed it, when something changed a
// field since (a merge, another program, a later edit), when a merge conflict on the field is
// still open (the other office's value would vanish unseen), or when the inverse would leave a
// reference dangling (a row created by the edit that another row now uses).
#include "storage/EditRecord.h"
#include "storage/Result.h"

#include <QSet>

namespace gd {

class Database;

// Writes the inverse of `edit`; returns the record of what it wrote, which is what a redo
// reverts in turn.
Result<EditRecord> revertEdit(Database &db, const EditRecord &edit);
// Why `edit` can no longer be taken back, as a sentence for the Edit menu; empty when it can.
// `ignore` (edits::writtenKeys of the edits the stack takes back first) is not looked at.
Result<QString> whyNotRevertible(Database &db, const EditRecord &edit, const QSet<QString> &ignore = {});

} // namespace gd
