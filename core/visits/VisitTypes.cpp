#include "VisitTypes.h"

#include <QCoreApplication>

namespace gd::visits {

QStringList kinds()
{
    return {QStringLiteral("visit"), QStringLiteral("patrol")};
}

QString kindName(const QString &key)
{
    if (key == QLatin1String("visit"))
        return QCoreApplication::translate("gd::visits", "Home visit");
    if (key == QLatin1String("patrol"))
        return QCoreApplication::translate("gd::visits", "Patrol");
    return key;
}

QStringList careKinds()
{
    return {QStringLiteral("elderly_alone"), QStringLiteral("disabled"), QStringLiteral("difficulty"),
            QStringLiteral("other")};
}

QString careKindName(const QString &key)
{
    if (key == QLatin1String("elderly_alone"))
        return QCoreApplication::translate("gd::visits", "Elderly living alone");
    if (key == QLatin1String("disabled"))
        return QCoreApplication::translate("gd::visits", "Disabled");
    if (key == QLatin1String("difficulty"))
        return QCoreApplication::translate("gd::visits", "Family in difficulty");
    if (key == QLatin1String("other"))
        return QCoreApplication::translate("gd::visits", "Other care");
    return key;
}

} // namespace gd::visits
