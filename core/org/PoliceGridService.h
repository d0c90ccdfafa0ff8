#pragma once
// Police grids (警格): a community police officer's beat, paired with several basic grids.
#include "OrgTypes.h"
#include "storage/Removal.h"
#include "storage/Result.h"

#include <QList>

namespace gd {

class Database;

// A police grid with the names around it, for lists.
struct PoliceGridSummary {
    PoliceGrid policeGrid;
    QString streetName;
    QString officerName, officerPhone;
    int pairedGrids = 0;
};

class PoliceGridService
{
public:
    explicit PoliceGridService(Database &db)
        : m_db(db)
    {}

    QList<PoliceGrid> policeGrids(const QString &streetId = {}) const;
    Result<PoliceGrid> policeGrid(const QString &id) const;
    // Saves the police grid and, in the same transaction, pairs the grids in `pair` with it and
    // unpairs those in `unpair` (the grids' paired police grid is the pairing's one record).
    Result<QString> save(const PoliceGrid &policeGrid, const QStringList &pair = {}, const QStringList &unpair = {});
    Result<RemoveOutcome> remove(const QString &id);
    // Brings a removed police grid back, or activates a deactivated one.
    Status restore(const QString &id);
    Error validate(const PoliceGrid &policeGrid) const;
    // Ordered by code; an empty streetId means every street.
    QList<PoliceGridSummary> summaries(const QString &streetId = {}) const;

private:
    Database &m_db;
};

} // namespace gd
