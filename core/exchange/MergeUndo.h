#pragma once
// The backup made before a merge: what the merge changed, kept beside the file so
// the merge can be taken back.
//
// Why not a copy of the file: at a million cases the file is 5 GB and its copy took 5.2 s, ten
// times the whole budget of a daily delta (0.5 s). SQLite's session extension records every row
// the merge writes in the main database instead; the changeset goes to
// "<file>.before-merge-<time>.undo" before the merge commits. Left out, as derived or local:
// the search index (rebuilt for the cases the undo touches), the figures' aggregate (its triggers
// follow the cases the undo restores), meta (the clock never goes back) and the audit log (never
// rewritten). The timeline events a merge adds are listed by id
// instead of recorded: a merge never changes an event, so undoing it only deletes them.
//
// Undoing applies the changeset inverted in one transaction. A row changed since the merge (an
// edit, a later merge) makes the undo refuse with nothing written: undo the later merge first.
#include "storage/Result.h"

#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace gd {
class Database;
}

namespace gd::exchange {

// What an undo file names besides the changeset.
struct UndoSource {
    QString site, packageContent, packageFile;
    QString addedEvents; // a table of (id, case_id): the events the merge added
};

// Records the writes to "main" from start() on, until destroyed.
class MergeRecorder
{
public:
    MergeRecorder();
    ~MergeRecorder();
    MergeRecorder(const MergeRecorder &) = delete;
    MergeRecorder &operator=(const MergeRecorder &) = delete;

    Status start(sqlite3 *db);
    // Streams to `path` a header naming the package, the list of the events the merge added
    // (they are not recorded: a merge only ever adds events), then the changeset.
    Status save(const QString &path, const UndoSource &source) const;

private:
    struct Session;
    std::unique_ptr<Session> m_session;
    sqlite3 *m_db = nullptr;
};

struct UndoReport {
    QString packageFile, site;
    qint64 rows = 0;  // rows put back as they were
    qint64 cases = 0; // cases whose state and search entry were renewed
};

// Takes a merge back from its undo file. Only an administrator (Permission::EditSettings), as
// for merging. The undo file stays (it can be deleted by hand once no longer wanted).
Result<UndoReport> undoMerge(Database &db, const QString &undoPath);

} // namespace gd::exchange
