#pragma once
// Replaying cases whose rows or timelines changed underneath the workflow (a merge brought events
// or edits, an undo took them back, a conflict was settled): each case's row and timeline are
// read once, and from that one read its derived columns and its search entry are renewed.
// - Only the derived columns whose value the fold changes are written: an UPDATE of a column
//   rewrites every index on it even with the same value, and a progress note changes only
//   updated_ms (2 of the 8 indexes on derived columns).
// - The search entry a case had before is remembered by the caller when the row's texts
//   change; otherwise it is the timeline read now without the events the caller added.
// - Cases go in the order of their search docs, in chunks: the states of a chunk first, then its
//   entries. FTS5 writes its pending tokens out as a new segment at every savepoint a write to an
//   ordinary table opens and whenever a doc is lower than the one before; a segment per case
//   made a 10,000-note delta on the million-case file take 15–18 s instead of 1.1 s.
#include "CaseRecord.h"
#include "CaseSearchIndex.h"
#include "CaseService.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace gd {

class Database;

class CaseReplay
{
public:
    explicit CaseReplay(Database &db);

    // The entry a case had before its row changed (or it went); call before writing the row.
    Status remember(const QString &caseId);
    // Events added to timelines since their cases were indexed.
    void addNewEvents(const QSet<QString> &eventIds) { m_newEvents.unite(eventIds); }

    // Replays every case in `caseIds` (a deleted case keeps its derived columns and has its entry
    // renewed; a case no longer in the file has its remembered entry removed). progress(cases
    // done) returning false cancels (Cancelled).
    Status replay(const QSet<QString> &caseIds, const std::function<bool(qint64)> &progress = {});
    // Indexes cases new to the file, in the order given (received: their docs then ascend), with
    // the states they came with.
    Status indexNew(const QStringList &caseIds, const std::function<bool(qint64)> &progress = {});

private:
    struct Pending {
        QString id;
        CaseSearchIndex::Entry before, after;
        qint64 receivedMs = 0;
    };
    // states: write the derived columns too (not for new cases, which keep their office's).
    Status replayChunk(const QList<QPair<qint64, QString>> &docsAndIds, bool states);
    Pending entryOf(const caserecord::Stored &stored, const QList<CaseEvent> &timeline, qint64 doc) const;
    Status writeDerived(const caserecord::Stored &row, const Case &folded);

    Database &m_db;
    CaseSearchIndex m_index;
    QHash<QString, CaseSearchIndex::Entry> m_before;
    QSet<QString> m_newEvents;
    QHash<quint32, QSqlQuery> m_updates; // by the set of columns written
};

} // namespace gd
