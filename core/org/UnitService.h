#pragma once
// Handling units (承办单位) that cases are referred to, with their contact people.
#include "OrgTypes.h"
#include "storage/Removal.h"
#include "storage/Result.h"

#include <QList>

namespace gd {

class Database;

class UnitService
{
public:
    explicit UnitService(Database &db)
        : m_db(db)
    {}

    QList<Unit> units(const QString &kind = {}) const;
    Result<Unit> unit(const QString &id) const;
    Result<QString> save(const Unit &unit);
    Result<RemoveOutcome> remove(const QString &id);
    // Brings a removed unit back, or activates a deactivated one.
    Status restore(const QString &id);
    Error validate(const Unit &unit) const;

    QList<UnitContact> contacts(const QString &unitId) const;
    Result<QString> saveContact(const UnitContact &contact);
    Status removeContact(const QString &id);
    Error validate(const UnitContact &contact) const;

private:
    Database &m_db;
};

} // namespace gd
