#include "FieldLabels.h"

#include <QCoreApplication>
#include <QHash>

namespace gd::schema {

namespace {

struct Label {
    const char *table; // nullptr: any table
    const char *field;
    const char *text;
};

// Table-specific labels first; a field with the same meaning everywhere has one line for all.
const Label kLabels[] = {
    {"grids", "worker_id", QT_TRANSLATE_NOOP("gd::schema", "grid worker")},
    {"grids", "head_id", QT_TRANSLATE_NOOP("gd::schema", "grid head")},
    {"grids", "police_grid_id", QT_TRANSLATE_NOOP("gd::schema", "paired police grid")},
    {"grids", "property_unit_id", QT_TRANSLATE_NOOP("gd::schema", "property company")},
    {"grids", "kind", QT_TRANSLATE_NOOP("gd::schema", "grid type")},
    {"grids", "elderly_percent", QT_TRANSLATE_NOOP("gd::schema", "elderly share")},
    {"communities", "address", QT_TRANSLATE_NOOP("gd::schema", "office address")},
    {"communities", "phone", QT_TRANSLATE_NOOP("gd::schema", "office phone")},
    {"police_grids", "officer_id", QT_TRANSLATE_NOOP("gd::schema", "police officer")},
    {"police_grids", "station", QT_TRANSLATE_NOOP("gd::schema", "police station")},
    {"units", "kind", QT_TRANSLATE_NOOP("gd::schema", "unit type")},
    {"workers", "kind", QT_TRANSLATE_NOOP("gd::schema", "worker kind")},
    {"workers", "star", QT_TRANSLATE_NOOP("gd::schema", "star level")},
    {"career_steps", "stage", QT_TRANSLATE_NOOP("gd::schema", "career step")},
    {nullptr, "name", QT_TRANSLATE_NOOP("gd::schema", "name")},
    {nullptr, "code", QT_TRANSLATE_NOOP("gd::schema", "code")},
    {nullptr, "scope", QT_TRANSLATE_NOOP("gd::schema", "scope")},
    {nullptr, "households", QT_TRANSLATE_NOOP("gd::schema", "households")},
    {nullptr, "residents", QT_TRANSLATE_NOOP("gd::schema", "residents")},
    {nullptr, "active", QT_TRANSLATE_NOOP("gd::schema", "active or deactivated")},
    {nullptr, "deleted", QT_TRANSLATE_NOOP("gd::schema", "deleted or not")},
    {nullptr, "street_id", QT_TRANSLATE_NOOP("gd::schema", "street")},
    {nullptr, "community_id", QT_TRANSLATE_NOOP("gd::schema", "community")},
    {nullptr, "grid_id", QT_TRANSLATE_NOOP("gd::schema", "grid")},
    {nullptr, "building_id", QT_TRANSLATE_NOOP("gd::schema", "building")},
    {nullptr, "unit_id", QT_TRANSLATE_NOOP("gd::schema", "unit")},
    {nullptr, "worker_id", QT_TRANSLATE_NOOP("gd::schema", "worker")},
    {nullptr, "address", QT_TRANSLATE_NOOP("gd::schema", "address")},
    {nullptr, "phone", QT_TRANSLATE_NOOP("gd::schema", "phone")},
    {nullptr, "service_phone", QT_TRANSLATE_NOOP("gd::schema", "service phone")},
    {nullptr, "wechat", QT_TRANSLATE_NOOP("gd::schema", "WeChat account")},
    {nullptr, "sex", QT_TRANSLATE_NOOP("gd::schema", "sex")},
    {nullptr, "start_date", QT_TRANSLATE_NOOP("gd::schema", "start date")},
    {nullptr, "status", QT_TRANSLATE_NOOP("gd::schema", "status")},
    {nullptr, "photo", QT_TRANSLATE_NOOP("gd::schema", "photo")},
    {nullptr, "role", QT_TRANSLATE_NOOP("gd::schema", "role")},
    {nullptr, "date", QT_TRANSLATE_NOOP("gd::schema", "date")},
    {nullptr, "note", QT_TRANSLATE_NOOP("gd::schema", "note")},
    {nullptr, "text", QT_TRANSLATE_NOOP("gd::schema", "address text")},
};

const QHash<QString, const char *> &recordNames()
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("streets"), QT_TRANSLATE_NOOP("gd::schema", "street")},
        {QStringLiteral("communities"), QT_TRANSLATE_NOOP("gd::schema", "community")},
        {QStringLiteral("grids"), QT_TRANSLATE_NOOP("gd::schema", "grid")},
        {QStringLiteral("police_grids"), QT_TRANSLATE_NOOP("gd::schema", "police grid")},
        {QStringLiteral("buildings"), QT_TRANSLATE_NOOP("gd::schema", "building")},
        {QStringLiteral("addresses"), QT_TRANSLATE_NOOP("gd::schema", "building address")},
        {QStringLiteral("units"), QT_TRANSLATE_NOOP("gd::schema", "unit")},
        {QStringLiteral("unit_contacts"), QT_TRANSLATE_NOOP("gd::schema", "unit contact")},
        {QStringLiteral("workers"), QT_TRANSLATE_NOOP("gd::schema", "worker")},
        {QStringLiteral("worker_grids"), QT_TRANSLATE_NOOP("gd::schema", "worker's grid")},
        {QStringLiteral("career_steps"), QT_TRANSLATE_NOOP("gd::schema", "career step")},
        {QStringLiteral("grid_covers"), QT_TRANSLATE_NOOP("gd::schema", "cover of a vacant grid")},
    };
    return names;
}

} // namespace

QString fieldLabel(const QString &table, const QString &field)
{
    for (const Label &l : kLabels)
        if (l.table && table == QLatin1String(l.table) && field == QLatin1String(l.field))
            return QCoreApplication::translate("gd::schema", l.text);
    for (const Label &l : kLabels)
        if (!l.table && field == QLatin1String(l.field))
            return QCoreApplication::translate("gd::schema", l.text);
    return field;
}

QString recordName(const QString &table)
{
    const char *name = recordNames().value(table, nullptr);
    return name ? QCoreApplication::translate("gd::schema", name) : QCoreApplication::translate("gd::schema", "record");
}

} // namespace gd::schema
