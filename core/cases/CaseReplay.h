#pragma once
// Replaying many cases whose rows or timelines changed underneath the workflow (a merge brought
// events or edits, an undo took them back): each case's row and timeline are read once, and
// from that one read its derived columns and its search entry are renewed.
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

    // The entry a case had before its row changed; call before writing the row.
    Status remember(const QString &caseId);
    bool remembers(const QString &caseId) const { return m_before.contains(caseId); }
    // Events added to timelines since their cases were indexed.
    void addNewEvents(const QSet<QString> &eventIds) { m_newEvents.unite(eventIds); }

    // Replays every case in `caseIds` that exists (a deleted case keeps its derived columns
    // and has its entry renewed). progress(cases done) returning false cancels (Cancelled).
    Status replay(const QSet<QString> &caseIds, const std::function<bool(qint64)> &progress = {});

    // Cases whose derived columns changed in the last replay.
    qint64 statesChanged() const { return m_statesChanged; }

private:
    struct Pending {
        QString id;
        CaseSearchIndex::Entry before, after;
        qint64 receivedMs = 0;
    };
    Status replayChunk(const QList<QPair<qint64, QString>> &docsAndIds);
    Pending entryOf(const caserecord::Stored &stored, const QList<CaseEvent> &timeline, qint64 doc) const;
    Status writeDerived(const caserecord::Stored &row, const Case &folded);

    Database &m_db;
    CaseSearchIndex m_index;
    QHash<QString, CaseSearchIndex::Entry> m_before;
    QSet<QString> m_newEvents;
    QHash<quint32, QSqlQuery> m_updates; // by the set of columns written
    qint64 m_statesChanged = 0;
};

} // namespace gd
