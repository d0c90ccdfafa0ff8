#pragma once
// Grids and their pairing with police grids (警网融合).
#include "OrgTypes.h"
#include "storage/Removal.h"
#include "storage/Result.h"

#include <QList>

namespace gd {

class Database;

// A grid with the names around it, for lists, the CLI and contact cards.
struct GridSummary {
    Grid grid;
    QString communityCode, communityName;
    QString streetCode, streetName;
    QString workerName, workerPhone;
    QString headName;
    QString policeGridCode, officerName, officerPhone;
    int buildingCount = 0;
};

class GridService
{
public:
    explicit GridService(Database &db)
        : m_db(db)
    {}

    QList<Grid> grids(const QString &communityId = {}) const;
    Result<Grid> grid(const QString &id) const;
    Result<Grid> gridByCode(const QString &code) const;
    // The next free code in a community: its code plus the lowest unused 3-digit sequence;
    // empty when the community is unknown or all 999 numbers are taken.
    QString nextCode(const QString &communityId) const;
    Result<QString> save(const Grid &grid);
    Result<RemoveOutcome> remove(const QString &id);
    // Brings a removed grid back, or activates a deactivated one.
    Status restore(const QString &id);
    Error validate(const Grid &grid) const;

    // Pairs the grids with a police grid (empty policeGridId unpairs them), in one transaction.
    Status pair(const QStringList &gridIds, const QString &policeGridId);
    QList<Grid> pairedWith(const QString &policeGridId) const;

    // Filters combine; empty means any. Ordered by grid code.
    QList<GridSummary> summaries(const QString &streetId = {}, const QString &communityId = {},
                                 bool includeInactive = true) const;

private:
    Database &m_db;
};

} // namespace gd
