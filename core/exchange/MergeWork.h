#pragma once
// The work of one merge (MergeEngine.h), inside the caller's transaction, with the checked copy
// of the package attached to the office's connection as "pkg":
//   - rows the file lacks are copied by SQLite in one statement per table;
//   - rows on both sides with the same version are counted unchanged without being read;
//   - the rest are read and merged field by field (RowMerge.h), losers to merge_conflicts;
//   - events are a union; an event id the file has with other content refuses the package;
//   - cases that gained events or changed are replayed; every new case is indexed for search.
// New cases keep the state their office derived: it is the fold of the very events they bring.
#include "MergeEngine.h"
#include "PeerWatermarks.h"
#include "cases/CaseReplay.h"

#include <QHash>
#include <QSet>

struct sqlite3;

namespace gd::exchange {

class Merger
{
public:
    Merger(Database &db, PackageReader &package, MergeReport &report);
    ~Merger();
    Merger(const Merger &) = delete;
    Merger &operator=(const Merger &) = delete;
    Status run(const std::function<bool(double)> &progress);
    // The events the merge added, (id, case_id), until the merger goes.
    static QString addedEventsTable() { return QStringLiteral("temp.merge_new_events"); }
    const SiteMarks &oldestWritten() const { return m_oldestWritten; }

private:
    Status mergeRows(const ExchangeTable &t, qint64 packageRows);
    Status mergeEvents(const ExchangeTable &t, qint64 packageRows);
    Status applyDiffering(const ExchangeTable &t, TableMergeCounts &counts, const QList<QVariantMap> &theirs,
                          const QList<QVariantMap> &ours);
    Status recordConflict(const QString &table, const QString &rowId, const struct FieldConflict &c);
    Status noteNewRows(const QString &table, const QString &where);
    Status replayCases();
    bool reached(double share);
    void noteWritten(const QString &site, qint64 hlc);
    Error sqliteError() const;

    Database &m_db;
    PackageReader &m_package;
    MergeReport &m_report;
    sqlite3 *m_sql = nullptr;
    QSet<QString> m_touchedCases; // existing cases whose row or timeline changed
    CaseReplay m_replay;          // their states and search entries, remembered and renewed
    qint64 m_maxStamp = 0;
    SiteMarks m_oldestWritten;
    std::function<bool(double)> m_progress;
    double m_share = 0;
    bool m_cancelled = false;
};

} // namespace gd::exchange
