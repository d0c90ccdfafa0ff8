#pragma once
// Workers: records, their grids, photo, career ladder, and part-time cover of vacant grids.
#include "WorkerTypes.h"
#include "storage/Removal.h"
#include "storage/Result.h"

#include <QList>

namespace gd {

class Database;

class WorkerService
{
public:
    explicit WorkerService(Database &db)
        : m_db(db)
    {}

    QList<WorkerSummary> list(const WorkerQuery &query = {}) const;
    // Active workers of one kind, by name, without photos (for choosers).
    QList<Worker> ofKind(const QString &kind) const;
    Result<Worker> worker(const QString &id) const;
    // Saves the record and its grids; a full-time worker becomes the worker of those grids,
    // a grid head their head.
    Result<QString> save(const Worker &worker);
    // A worker still named on a grid, police grid or cover is marked as left, not deleted.
    Result<RemoveOutcome> remove(const QString &id);
    // Brings a removed worker back, or a worker marked as left back to active.
    Status restore(const QString &id);
    Error validate(const Worker &worker) const;

    QList<CareerStep> careerSteps(const QString &workerId) const;
    Result<QString> saveCareerStep(const CareerStep &step);
    Status removeCareerStep(const QString &id);

    QList<GridCover> coversOfGrid(const QString &gridId) const;
    QList<GridCover> coversOfWorker(const QString &workerId) const;
    Result<QString> saveCover(const GridCover &cover);
    Status removeCover(const QString &id);

    static constexpr int kMaxPhotoBytes = 2 * 1024 * 1024;

private:
    Status syncGrids(const QString &workerId, const QString &kind, const QStringList &gridIds,
                     const QString &previousKind = {});
    QStringList gridIdsOf(const QString &workerId) const;
    Database &m_db;
};

} // namespace gd
