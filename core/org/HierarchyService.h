#pragma once
// Streets and communities: the two office levels above the grids.
#include "OrgTypes.h"
#include "storage/Removal.h"
#include "storage/Result.h"

#include <QList>

namespace gd {

class Database;

class HierarchyService
{
public:
    explicit HierarchyService(Database &db)
        : m_db(db)
    {}

    // The district's 6-digit administrative code (an office setting; Shinan is 370202).
    QString districtCode() const;

    QList<Street> streets() const;
    Result<Street> street(const QString &id) const;
    Result<QString> saveStreet(const Street &street);
    Result<RemoveOutcome> removeStreet(const QString &id);
    // Brings a removed street back, or activates a deactivated one.
    Status restoreStreet(const QString &id);

    QList<Community> communities(const QString &streetId = {}) const;
    Result<Community> community(const QString &id) const;
    Result<QString> saveCommunity(const Community &community);
    Result<RemoveOutcome> removeCommunity(const QString &id);
    Status restoreCommunity(const QString &id);

    Error validate(const Street &street) const;
    Error validate(const Community &community) const;

private:
    Database &m_db;
};

} // namespace gd
