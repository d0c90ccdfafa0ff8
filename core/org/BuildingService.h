#pragma once
// Buildings inside grids and the addresses residents give for them, with the address → grid
// lookup that case intake uses.
#include "OrgTypes.h"
#include "storage/Removal.h"
#include "storage/Result.h"

#include <QList>

namespace gd {

class Database;

struct AddressMatch {
    QString buildingId;
    QString gridId;
    QString addressText; // the stored address that matched
    int score = 0;       // 100 exact; lower for partial matches
};

class BuildingService
{
public:
    explicit BuildingService(Database &db)
        : m_db(db)
    {}

    QList<Building> buildings(const QString &gridId) const;
    Result<Building> building(const QString &id) const;
    // Saving a building also records its address (and name) as lookup addresses, and the other
    // names residents use for it (one per entry), all in one transaction: a bad name saves nothing.
    Result<QString> save(const Building &building, const QStringList &otherNames = {});
    Result<RemoveOutcome> remove(const QString &id);
    // Undo of remove(): the building and the addresses that went with it come back.
    Status restore(const QString &id);
    Error validate(const Building &building) const;

    // Another way residents name the building ("书香家园49号楼").
    Status addAddress(const QString &buildingId, const QString &text);
    QStringList addresses(const QString &buildingId) const;

    // Best matches first: the stored address equal to the text, then stored addresses inside
    // the text (longest first: "三明南路2号3单元201" finds "三明南路2号"), then addresses
    // that contain the text when it is specific enough (4 characters or more).
    QList<AddressMatch> lookup(const QString &text, int limit = 5) const;

    // Folds what varies in how people write an address: spaces, punctuation, full-width
    // digits, the city/district prefix, and 号楼/栋/幢 for a building number.
    static QString normalize(const QString &address);

private:
    Status writeAddress(const QString &buildingId, const QString &gridId, const QString &text);
    Database &m_db;
};

} // namespace gd
