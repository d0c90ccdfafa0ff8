#pragma once
// What one grid's contact card (网格便民联系卡) says, gathered from the organisation and people
// records: nothing on a card is typed for the card, so a change of staff reprints correctly.
#include "storage/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace gd {

class Database;

// A repair line: water, power, gas or heating, the unit that answers and its service phone.
struct RepairLine {
    QString kind; // water | power | gas | heating
    QString unitName;
    QString phone;
};

// One compound's property company, where the grid's buildings name more than one company.
struct PropertyLine {
    QString compound; // the buildings' compound (小区); empty: the grid's other buildings
    QString name, phone;
};

// One of the N of the grid's 1+1+N team (the police officer and the grid head are the two 1s):
// a building leader or volunteer serving the grid, from the people register.
struct TeamMember {
    QString kind; // building_leader | volunteer
    QString name, phone;
};

struct CardContent {
    QString gridId, gridCode, gridName;
    QString communityId, communityName, communityAddress, communityWechat;
    QString communityQrUrl;      // the QR code's content as typed, when no image was given
    QByteArray communityQrImage; // the QR code image WeChat made for the account, printed as is
    QString streetId, streetName;
    // The grid's full-time worker; for a vacant grid, the part-time worker covering it.
    QString workerId, workerName, workerPhone;
    bool workerPartyMember = false; // 党员 mark
    QString promise;                // the grid's 网格承诺 (empty: the template's)
    QByteArray workerPhoto;
    bool partTimeCover = false;
    QString headName, headPhone;
    QString officerId, officerName, officerPhone;
    QString propertyName, propertyPhone;
    bool noProperty = false; // the grid has no property company (无物业): the template's wording prints
    // Each compound's company when the grid's buildings name more than one (else empty, and the
    // grid's company above is the card's); in the order of the compounds' names.
    QList<PropertyLine> compounds;
    QList<TeamMember> team;    // building leaders first, then volunteers, by name
    QList<RepairLine> repairs; // in repairKinds() order; a kind with no unit is left out
    QString hotline;           // 12345
    QString supervisionPhone;
    QDate printedOn;
};

// Which grids a batch prints: one grid, a community's or a street's, by id.
struct CardScope {
    enum Kind { Grid, Community, Street };
    Kind kind = Grid;
    QString id;
};

namespace cards {
QStringList repairKinds(); // water, power, gas, heating: the order printed
// In the card's language (CardTemplate::language).
QString repairKindName(const QString &kind, const QString &language);
} // namespace cards

class CardContents
{
public:
    explicit CardContents(Database &db)
        : m_db(db)
    {}
    // Every active grid of the scope, ordered by code; NotFound when the id names nothing.
    Result<QList<CardContent>> gather(const CardScope &scope) const;
    Result<CardContent> forGrid(const QString &gridId) const;

private:
    Database &m_db;
};

} // namespace gd
