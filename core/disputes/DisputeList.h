#pragma once
// The dispute ledger read a page at a time, counted, and the high-risk disputes still waiting for
// their review (the due board's list). Parties' names are masked on rows the operator may not see
// in full (privacy::seesResidents).
#include "DisputeTypes.h"
#include "storage/ReadSource.h"
#include "storage/Result.h"

namespace gd {

namespace keyset {
struct Term;
}

class Database;

struct DisputeFilter {
    QString streetId, communityId, gridId;
    QString policeGridId; // the disputes of the grids paired with this police grid
    QString kind, risk, source, outcome;
    qint64 fromMs = 0, toMs = 0;           // found in [from, to); 0: no bound
    qint64 endedFromMs = 0, endedToMs = 0; // ended (settled, referred, withdrawn) in [from, to); 0: no bound
    bool awaitingReview = false;           // high-risk, not reviewed yet
};

struct DisputeRow {
    QString id, gridId, gridName, kind, risk, source, outcome, referredTo, summary, parties, foundByName, caseNumber,
        reviewedBy, policeGridName;
    qint64 foundMs = 0, outcomeMs = 0, followupMs = 0, reviewedMs = 0;
    int sessions = 0;
    bool shown = false; // the parties are in full
};

struct DisputePage {
    QList<DisputeRow> rows;
    QString nextKey; // pass to page() for the rows after these; empty at the end
};

class DisputeList
{
public:
    explicit DisputeList(Database &db)
        : m_db(db)
    {}
    static constexpr int kMaxLimit = 1000;

    // Newest found first; afterKey from the page before.
    Result<DisputePage> page(const DisputeFilter &filter, int limit, const QString &afterKey = {}) const;
    Result<int> count(const DisputeFilter &filter) const;
    // The same count in any store read with the office's statements: a file, or a hub (the figures).
    static Result<int> countIn(const ReadSource &source, const DisputeFilter &filter);
    // Each filter's count, read in one pass (the figures count several of a period at once).
    static Result<QList<qint64>> countsIn(const ReadSource &source, const QList<DisputeFilter> &filters);
    // The high-risk disputes not reviewed yet, oldest first: they stay on the due board until then.
    Result<QList<DisputeRow>> awaitingReview() const;

private:
    static QList<keyset::Term> filterTerms(const DisputeFilter &filter);
    static QString filterSql(const DisputeFilter &filter, QVariantList *binds);
    Database &m_db;
};

} // namespace gd
