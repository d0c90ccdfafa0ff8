#pragma once
// The search over exemplary write-ups: the same tokens and query rules as the cases' search
// (cases/SearchText.h: bigrams and single characters, so 1-, 2- and 3-character Chinese terms are
// found exactly as a substring scan finds them), kept in a small FTS5 table of their own. Local,
// derived data, not exchanged or audited. A desk's write renews its entry in its transaction; a
// merge or an undo changes write-ups without it, so the index keeps a fingerprint of the
// write-ups it was built from and is built again when they differ (a few thousand write-ups: well
// under a second, and only after such a change).
#include "storage/Result.h"

#include <QSet>

namespace gd {
class Database;
}

namespace gd::exemplary {

// Whether the index holds the write-ups as they are: asked in a write's transaction before the
// write, then renewEntry() after it renews that entry when it was (else the next search builds
// the whole index).
Result<bool> indexCurrent(Database &db);
Status renewEntry(Database &db, const QString &id, bool wasCurrent);
// The write-ups whose texts hold every term of `text`; the index brought up to date first.
Result<QSet<QString>> search(Database &db, const QString &text);
// Builds the index again from every write-up (the fingerprint check calls it; tests too).
Status rebuildIndex(Database &db);

} // namespace gd::exemplary
