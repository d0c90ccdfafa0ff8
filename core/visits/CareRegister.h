#pragma once
// The care register (重点人群关爱): households a grid visits regularly — elderly living alone,
// disabled, families in difficulty — each with its visit interval. A household is late when its
// last visit (or, never visited, its registration) is older than the interval; the due board shows
// the late ones per grid worker.
//
// Its name, phone and address are personal data: shown in full only to the grid's worker, its
// grid head and supervisors (maySee); everyone else reads them masked (王**, 138****1234,
// 书香家园3号楼***). Opening one household in full is audited.
#include "VisitTypes.h"
#include "storage/ReadSource.h"
#include "storage/Result.h"

namespace gd {

class Database;
struct Actor;

struct CareRow {
    CareHousehold household; // masked unless `shown`
    bool shown = false;      // the signed-in operator may see it in full
    QString gridName, buildingName;
    QString workerId, workerName; // the grid's worker, who visits
    qint64 lastVisitMs = 0;       // 0: never visited
    qint64 dueMs = 0;             // the next visit is due by then
    bool late = false;            // due before the filter's now
};

struct CareFilter {
    QString streetId, communityId, gridId;
    QString workerId; // the grid worker's households
    QString kind;     // one of visits::careKinds(); empty: any
    bool lateOnly = false;
    bool withInactive = false;
    qint64 nowMs = 0; // 0: the database clock
};

// Per grid worker: their households late for a care visit (the due board's column).
struct LateCare {
    QString workerId, workerName;
    int households = 0, late = 0;
};

class CareRegister
{
public:
    explicit CareRegister(Database &db)
        : m_db(db)
    {}
    // Adds (empty id) or changes a household; Invalid naming the field: no grid or one not in the
    // file, a building of another grid, no name, a kind not in the list, an interval outside 1–365
    // days, a text too long. Needs Permission::RecordGridWork, and to change one, that the operator
    // may see it.
    Result<QString> save(const CareHousehold &household);
    Status deactivate(const QString &id);

    bool maySee(const QString &gridId) const;
    // The rule itself, for lists that read the grid's worker and head with their rows: the
    // operator is that worker or head, or a supervisor (or administrator).
    static bool sees(const Actor &actor, const QString &gridWorkerId, const QString &gridHeadId);
    Result<QList<CareRow>> list(const CareFilter &filter) const;
    // How many the list holds, in any store read with the office's statements (a file, or a hub
    // for the figures); "now" is the filter's, else the source's.
    static Result<int> countIn(const ReadSource &source, const CareFilter &filter);
    // One household in full, audited; Permission when the operator may not see it.
    Result<CareHousehold> open(const QString &id);
    Result<QList<LateCare>> lateByWorker(qint64 nowMs = 0) const;

private:
    Database &m_db;
};

} // namespace gd
