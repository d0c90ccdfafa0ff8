#pragma once
// Visits and patrols (走访入户 / 网格巡查): recorded by the desk for a worker, listed a page at a
// time, and a problem found registered from the visit as a case found on patrol (未诉先办),
// credited to the visit's worker as its finder and linked both ways (the visit names the case; the
// case lists its visit). Writes need Permission::RecordGridWork, one transaction each, stamped
// and audited.
#include "VisitTypes.h"
#include "cases/CaseTypes.h"
#include "storage/ReadSource.h"
#include "storage/Result.h"

namespace gd {

namespace keyset {
struct Term;
}

class Database;

struct VisitFilter {
    QString streetId, communityId, gridId;
    QString workerId;
    QString householdId;
    QString kind;           // visit | patrol; empty: both
    qint64 fromMs = 0;      // at or after (0: no bound)
    qint64 toMs = 0;        // before, exclusive (0: no bound)
    bool foundOnly = false; // those that found a problem that became a case
    bool careOnly = false;  // visits to households on the care register
};

// One line of the list, without the photos.
struct VisitRow {
    QString id, workerId, workerName, kind, gridId, gridName, place, found, caseId, caseNumber;
    QString householdName; // masked unless the operator may see the grid's care register
    qint64 atMs = 0;
    int photos = 0;
};

struct VisitPage {
    QList<VisitRow> rows;
    QString nextKey; // pass to page() for the rows after these; empty at the end
};

class VisitService
{
public:
    explicit VisitService(Database &db)
        : m_db(db)
    {}
    static constexpr int kMaxLimit = 1000;

    // Refused with the field named: no such worker, a kind not in the list, no time or one before
    // 2000 or in the future, no grid, a building or care household of another grid, no place at all
    // (a building, a care household or a place), a text too long, more than kMaxPhotos photos, one
    // that is not JPEG or PNG or is larger than kMaxPhotoBytes. A visit's case comes only from
    // registerFinding. The visit's id is its own when given (an import's, made from its line), else
    // a new one.
    Result<QString> record(const Visit &visit);
    Error validate(const Visit &visit) const;
    Result<Visit> visit(const QString &id) const; // with its photos
    Status remove(const QString &id);

    // Newest first; afterKey from the page before.
    Result<VisitPage> page(const VisitFilter &filter, int limit, const QString &afterKey = {}) const;
    Result<int> count(const VisitFilter &filter) const;
    // The same count in any store read with the office's statements: a file, or a hub (the figures).
    static Result<int> countIn(const ReadSource &source, const VisitFilter &filter);
    // Each filter's count, read in one pass (the figures count several of a period at once).
    static Result<QList<qint64>> countsIn(const ReadSource &source, const QList<VisitFilter> &filters);
    // The visits whose finding became this case.
    Result<QList<VisitRow>> ofCase(const QString &caseId) const;

    // Registers the problem a visit found as a case (channel patrol, proactive, found by the visit's
    // worker, the visit's grid and building unless the draft names them) and links the two, in one
    // transaction. Invalid when the visit already has its case; the case's own checks otherwise.
    Result<QString> registerFinding(const QString &visitId, const Case &draft);

    // A place in words: 书香家园3号楼 2单元 301, or the place written.
    static QString placeText(const QString &building, const QString &unit, const QString &room, const QString &place);

private:
    static QList<keyset::Term> filterTerms(const VisitFilter &filter);
    static QString filterSql(const VisitFilter &filter, QVariantList *binds);
    Database &m_db;
};

} // namespace gd
