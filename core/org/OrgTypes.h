#pragma once
// The organisation's records as plain values: district → street → community → grid, police
// grids paired with grids, buildings and addresses inside grids, and the handling units.
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace gd {

struct Street {
    QString id;
    QString code; // 9 digits: district (6) + street (3)
    QString name;
    bool active = true;
};

struct Community {
    QString id;
    QString streetId;
    QString code; // 12 digits: street (9) + community (3)
    QString name;
    QString address; // the community office's address, printed on contact cards
    QString phone;
    QString wechat; // public WeChat account
    bool active = true;
    // What the contact card's QR code holds: the image WeChat generates for the account (PNG or JPEG,
    // printed as is), else a URL encoded as one (UTF-8, with its ECI for non-ASCII).
    QString qrUrl;
    QByteArray qrImage;
};

struct Grid {
    QString id;
    QString communityId;
    QString code; // 15 digits: community (12) + sequence (3)
    QString name;
    QString kind = QStringLiteral("basic"); // basic | dedicated
    QString scope;                          // streets and building numbers covered
    int households = 0;
    int residents = 0;
    double elderlyPercent = 0; // share of residents aged 60+
    QString workerId;          // the full-time grid worker
    QString headId;            // the grid head (网格长)
    QString policeGridId;      // the paired police grid (警网融合)
    bool active = true;
    QString propertyUnitId;  // the property company (a unit of kind property), for the contact card
    bool noProperty = false; // no property company at all (open courtyards, 无物业): not a gap on the card
    QString promise;         // 网格承诺 on the card; empty: the card template's
};

struct PoliceGrid {
    QString id;
    QString streetId;
    QString code;
    QString name;
    QString station;   // the police station the beat belongs to
    QString officerId; // the community police officer (a worker of kind police)
    bool active = true;
};

struct Building {
    QString id;
    QString gridId;
    QString name;    // as residents say it: "书香家园49号楼"
    QString address; // street address: "三明南路2号"
    int households = 0;
    bool active = true;
    // A grid may span several compounds (小区), each with its own property company: the building's
    // compound and company, when they differ from the grid's (GridService: one company per grid).
    QString compound;       // "书香家园"; empty: the grid's
    QString propertyUnitId; // empty: the grid's property company
};

struct Unit {
    QString id;
    QString name;
    QString kind; // see unitKinds()
    QString servicePhone;
    QString address;
    QString streetId; // empty for district-wide units
    bool active = true;
};

struct UnitContact {
    QString id;
    QString unitId;
    QString name;
    QString role;
    QString phone;
};

namespace org {

QStringList gridKinds(); // basic, dedicated
QString gridKindName(const QString &kind);
QStringList
unitKinds(); // heating, gas, power, water, property, telecom, police_station, law_enforcement, street_department, other
QString unitKindName(const QString &kind);

QVariantMap toValues(const Street &s);
QVariantMap toValues(const Community &c);
QVariantMap toValues(const Grid &g);
QVariantMap toValues(const PoliceGrid &p);
QVariantMap toValues(const Building &b);
QVariantMap toValues(const Unit &u);
QVariantMap toValues(const UnitContact &c);
Street streetFrom(const QString &id, const QVariantMap &v);
Community communityFrom(const QString &id, const QVariantMap &v);
Grid gridFrom(const QString &id, const QVariantMap &v);
PoliceGrid policeGridFrom(const QString &id, const QVariantMap &v);
Building buildingFrom(const QString &id, const QVariantMap &v);
Unit unitFrom(const QString &id, const QVariantMap &v);
UnitContact unitContactFrom(const QString &id, const QVariantMap &v);

// NULL for an empty id, so optional references stay NULL in the file.
QVariant idOrNull(const QString &id);

} // namespace org
} // namespace gd
