#include "OrgTypes.h"

#include <QCoreApplication>

namespace gd::org {

namespace {
QString s(const QVariantMap &v, const char *key)
{
    return v.value(QString::fromLatin1(key)).toString();
}
bool b(const QVariantMap &v, const char *key)
{
    return v.value(QString::fromLatin1(key), 1).toInt() != 0;
}
} // namespace

QVariant idOrNull(const QString &id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

QStringList gridKinds()
{
    return {QStringLiteral("basic"), QStringLiteral("dedicated")};
}

QString gridKindName(const QString &kind)
{
    if (kind == QLatin1String("basic"))
        return QCoreApplication::translate("gd::org", "Basic grid");
    if (kind == QLatin1String("dedicated"))
        return QCoreApplication::translate("gd::org", "Dedicated grid");
    return kind;
}

QStringList unitKinds()
{
    return {QStringLiteral("heating"),
            QStringLiteral("gas"),
            QStringLiteral("power"),
            QStringLiteral("water"),
            QStringLiteral("property"),
            QStringLiteral("telecom"),
            QStringLiteral("police_station"),
            QStringLiteral("law_enforcement"),
            QStringLiteral("street_department"),
            QStringLiteral("other")};
}

QString unitKindName(const QString &kind)
{
    static const struct {
        const char *key;
        const char *name;
    } names[] = {
        {"heating", QT_TRANSLATE_NOOP("gd::org", "Heating")},
        {"gas", QT_TRANSLATE_NOOP("gd::org", "Gas")},
        {"power", QT_TRANSLATE_NOOP("gd::org", "Power supply")},
        {"water", QT_TRANSLATE_NOOP("gd::org", "Water supply")},
        {"property", QT_TRANSLATE_NOOP("gd::org", "Property company")},
        {"telecom", QT_TRANSLATE_NOOP("gd::org", "Telecom")},
        {"police_station", QT_TRANSLATE_NOOP("gd::org", "Police station")},
        {"law_enforcement", QT_TRANSLATE_NOOP("gd::org", "Law-enforcement squad")},
        {"street_department", QT_TRANSLATE_NOOP("gd::org", "Street office department")},
        {"other", QT_TRANSLATE_NOOP("gd::org", "Other")},
    };
    for (const auto &n : names)
        if (kind == QLatin1String(n.key))
            return QCoreApplication::translate("gd::org", n.name);
    return kind;
}

QVariantMap toValues(const Street &x)
{
    return {{QStringLiteral("code"), x.code.trimmed()},
            {QStringLiteral("name"), x.name.trimmed()},
            {QStringLiteral("active"), x.active ? 1 : 0}};
}

QVariantMap toValues(const Community &x)
{
    return {{QStringLiteral("street_id"), x.streetId},
            {QStringLiteral("code"), x.code.trimmed()},
            {QStringLiteral("name"), x.name.trimmed()},
            {QStringLiteral("address"), x.address.trimmed()},
            {QStringLiteral("phone"), x.phone.trimmed()},
            {QStringLiteral("wechat"), x.wechat.trimmed()},
            {QStringLiteral("active"), x.active ? 1 : 0},
            {QStringLiteral("qr_url"), x.qrUrl.trimmed()},
            {QStringLiteral("qr_image"), x.qrImage.isEmpty() ? QVariant() : QVariant(x.qrImage)}};
}

QVariantMap toValues(const Grid &x)
{
    return {{QStringLiteral("community_id"), x.communityId},
            {QStringLiteral("code"), x.code.trimmed()},
            {QStringLiteral("name"), x.name.trimmed()},
            {QStringLiteral("kind"), x.kind},
            {QStringLiteral("scope"), x.scope.trimmed()},
            {QStringLiteral("households"), x.households},
            {QStringLiteral("residents"), x.residents},
            {QStringLiteral("elderly_percent"), x.elderlyPercent},
            {QStringLiteral("worker_id"), idOrNull(x.workerId)},
            {QStringLiteral("head_id"), idOrNull(x.headId)},
            {QStringLiteral("police_grid_id"), idOrNull(x.policeGridId)},
            {QStringLiteral("active"), x.active ? 1 : 0},
            {QStringLiteral("property_unit_id"), idOrNull(x.propertyUnitId)},
            {QStringLiteral("no_property"), x.noProperty ? 1 : 0},
            {QStringLiteral("promise"), x.promise.trimmed()}};
}

QVariantMap toValues(const PoliceGrid &x)
{
    return {{QStringLiteral("street_id"), x.streetId},
            {QStringLiteral("code"), x.code.trimmed()},
            {QStringLiteral("name"), x.name.trimmed()},
            {QStringLiteral("station"), x.station.trimmed()},
            {QStringLiteral("officer_id"), idOrNull(x.officerId)},
            {QStringLiteral("active"), x.active ? 1 : 0}};
}

QVariantMap toValues(const Building &x)
{
    return {{QStringLiteral("grid_id"), x.gridId},
            {QStringLiteral("name"), x.name.trimmed()},
            {QStringLiteral("address"), x.address.trimmed()},
            {QStringLiteral("households"), x.households},
            {QStringLiteral("active"), x.active ? 1 : 0},
            {QStringLiteral("compound"), x.compound.trimmed()},
            {QStringLiteral("property_unit_id"), idOrNull(x.propertyUnitId)}};
}

QVariantMap toValues(const Unit &x)
{
    return {{QStringLiteral("name"), x.name.trimmed()},          {QStringLiteral("kind"), x.kind},
            {QStringLiteral("service_phone"), x.servicePhone},   {QStringLiteral("address"), x.address.trimmed()},
            {QStringLiteral("street_id"), idOrNull(x.streetId)}, {QStringLiteral("active"), x.active ? 1 : 0}};
}

QVariantMap toValues(const UnitContact &x)
{
    return {{QStringLiteral("unit_id"), x.unitId},
            {QStringLiteral("name"), x.name.trimmed()},
            {QStringLiteral("role"), x.role.trimmed()},
            {QStringLiteral("phone"), x.phone}};
}

Street streetFrom(const QString &id, const QVariantMap &v)
{
    return {id, s(v, "code"), s(v, "name"), b(v, "active")};
}

Community communityFrom(const QString &id, const QVariantMap &v)
{
    return {id,
            s(v, "street_id"),
            s(v, "code"),
            s(v, "name"),
            s(v, "address"),
            s(v, "phone"),
            s(v, "wechat"),
            b(v, "active"),
            s(v, "qr_url"),
            v.value(QStringLiteral("qr_image")).toByteArray()};
}

Grid gridFrom(const QString &id, const QVariantMap &v)
{
    Grid g;
    g.id = id;
    g.communityId = s(v, "community_id");
    g.code = s(v, "code");
    g.name = s(v, "name");
    g.kind = s(v, "kind");
    g.scope = s(v, "scope");
    g.households = v.value(QStringLiteral("households")).toInt();
    g.residents = v.value(QStringLiteral("residents")).toInt();
    g.elderlyPercent = v.value(QStringLiteral("elderly_percent")).toDouble();
    g.workerId = s(v, "worker_id");
    g.headId = s(v, "head_id");
    g.policeGridId = s(v, "police_grid_id");
    g.active = b(v, "active");
    g.propertyUnitId = s(v, "property_unit_id");
    g.noProperty = b(v, "no_property");
    g.promise = s(v, "promise");
    return g;
}

PoliceGrid policeGridFrom(const QString &id, const QVariantMap &v)
{
    return {id, s(v, "street_id"), s(v, "code"), s(v, "name"), s(v, "station"), s(v, "officer_id"), b(v, "active")};
}

Building buildingFrom(const QString &id, const QVariantMap &v)
{
    return {id,
            s(v, "grid_id"),
            s(v, "name"),
            s(v, "address"),
            v.value(QStringLiteral("households")).toInt(),
            b(v, "active"),
            s(v, "compound"),
            s(v, "property_unit_id")};
}

Unit unitFrom(const QString &id, const QVariantMap &v)
{
    return {id, s(v, "name"), s(v, "kind"), s(v, "service_phone"), s(v, "address"), s(v, "street_id"), b(v, "active")};
}

UnitContact unitContactFrom(const QString &id, const QVariantMap &v)
{
    return {id, s(v, "unit_id"), s(v, "name"), s(v, "role"), s(v, "phone")};
}

} // namespace gd::org
