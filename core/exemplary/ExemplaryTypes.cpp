#include "ExemplaryTypes.h"

#include <QCoreApplication>

namespace gd::exemplary {

QStringList sourceKinds()
{
    return {QStringLiteral("case"), QStringLiteral("dispute"), QStringLiteral("council"),
            QStringLiteral("volunteer_service")};
}

QString sourceKindName(const QString &key)
{
    if (key == QLatin1String("case"))
        return QCoreApplication::translate("gd::exemplary", "Request");
    if (key == QLatin1String("dispute"))
        return QCoreApplication::translate("gd::exemplary", "Dispute");
    if (key == QLatin1String("council"))
        return QCoreApplication::translate("gd::exemplary", "Residents' council");
    if (key == QLatin1String("volunteer_service"))
        return QCoreApplication::translate("gd::exemplary", "Volunteer service");
    return key;
}

QString stateName(const QString &key)
{
    if (key == QLatin1String("draft"))
        return QCoreApplication::translate("gd::exemplary", "Draft");
    if (key == QLatin1String("approved"))
        return QCoreApplication::translate("gd::exemplary", "Approved");
    return key;
}

} // namespace gd::exemplary
