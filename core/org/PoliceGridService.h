#pragma once
// Police grids (警格): a community police officer's beat, paired with several basic grids.
#include "OrgTypes.h"
#include "storage/Removal.h"
#include "storage/Result.h"

#include <QList>

namespace gd {

class Database;

class PoliceGridService
{
public:
    explicit PoliceGridService(Database &db) : m_db(db) {}

    QList<PoliceGrid> policeGrids(const QString &streetId = {}) const;
    Result<PoliceGrid> policeGrid(const QString &id) const;
    Result<QString> save(const PoliceGrid &policeGrid);
    Result<RemoveOutcome> remove(const QString &id);
    Error validate(const PoliceGrid &policeGrid) const;

private:
    Database &m_db;
};

} // namespace gd
