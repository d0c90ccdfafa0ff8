#include "CaseTypes.h"

#include "util/KeyedNames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace gd::cases {

namespace {
using Name = KeyedName;
template <size_t N> QStringList keys(const Name (&names)[N])
{
    return keysOf(names);
}
template <size_t N> QString lookup(const Name (&names)[N], const QString &key)
{
    return nameOf("gd::cases", names, key);
}

const Name kChannels[] = {
    {"walk_in", QT_TRANSLATE_NOOP("gd::cases", "Walk-in")},
    {"phone", QT_TRANSLATE_NOOP("gd::cases", "Phone")},
    {"hotline_12345", QT_TRANSLATE_NOOP("gd::cases", "12345 hotline")},
    {"online", QT_TRANSLATE_NOOP("gd::cases", "Online platform")},
    {"patrol", QT_TRANSLATE_NOOP("gd::cases", "Found on patrol")},
};
const Name kTypes[] = {
    {"consultation", QT_TRANSLATE_NOOP("gd::cases", "Consultation")},
    {"help", QT_TRANSLATE_NOOP("gd::cases", "Request for help")},
    {"complaint", QT_TRANSLATE_NOOP("gd::cases", "Complaint")},
    {"report", QT_TRANSLATE_NOOP("gd::cases", "Report")},
    {"suggestion", QT_TRANSLATE_NOOP("gd::cases", "Suggestion")},
    {"praise", QT_TRANSLATE_NOOP("gd::cases", "Praise")},
};
const Name kUrgencies[] = {
    {"normal", QT_TRANSLATE_NOOP("gd::cases", "Normal")},
    {"urgent", QT_TRANSLATE_NOOP("gd::cases", "Urgent")},
    {"emergency", QT_TRANSLATE_NOOP("gd::cases", "Emergency")},
};
const Name kStates[] = {
    {"registered", QT_TRANSLATE_NOOP("gd::cases", "Registered")},
    {"accepted", QT_TRANSLATE_NOOP("gd::cases", "Accepted")},
    {"refused", QT_TRANSLATE_NOOP("gd::cases", "Not accepted")},
    {"redirected", QT_TRANSLATE_NOOP("gd::cases", "Guided elsewhere")},
    {"dispatched", QT_TRANSLATE_NOOP("gd::cases", "Dispatched")},
    {"returned", QT_TRANSLATE_NOOP("gd::cases", "Returned")},
    {"signed", QT_TRANSLATE_NOOP("gd::cases", "Signed for")},
    {"in_progress", QT_TRANSLATE_NOOP("gd::cases", "In progress")},
    {"completed", QT_TRANSLATE_NOOP("gd::cases", "Completed")},
    {"settled", QT_TRANSLATE_NOOP("gd::cases", "Settled at the desk")},
    {"callback_done", QT_TRANSLATE_NOOP("gd::cases", "Called back")},
    {"archived", QT_TRANSLATE_NOOP("gd::cases", "Archived")},
    {"merged", QT_TRANSLATE_NOOP("gd::cases", "Merged into another case")},
};
const Name kLevels[] = {
    {"grid", QT_TRANSLATE_NOOP("gd::cases", "Grid")},
    {"community", QT_TRANSLATE_NOOP("gd::cases", "Community")},
    {"street", QT_TRANSLATE_NOOP("gd::cases", "Street")},
    {"district", QT_TRANSLATE_NOOP("gd::cases", "District department")},
};
const Name kRoutes[] = {
    {"police", QT_TRANSLATE_NOOP("gd::cases", "Police (public order)")},
    {"utility", QT_TRANSLATE_NOOP("gd::cases", "Utilities (water, power, gas, heating)")},
    {"emergency", QT_TRANSLATE_NOOP("gd::cases", "Emergencies")},
};
const Name kSatisfactions[] = {
    {"satisfied", QT_TRANSLATE_NOOP("gd::cases", "Satisfied")},
    {"basic", QT_TRANSLATE_NOOP("gd::cases", "Basically satisfied")},
    {"dissatisfied", QT_TRANSLATE_NOOP("gd::cases", "Dissatisfied")},
};
} // namespace

QStringList channels()
{
    return keys(kChannels);
}
QString channelName(const QString &key)
{
    return lookup(kChannels, key);
}
QStringList requestTypes()
{
    return keys(kTypes);
}
QString requestTypeName(const QString &key)
{
    return lookup(kTypes, key);
}
QStringList urgencies()
{
    return keys(kUrgencies);
}
QString urgencyName(const QString &key)
{
    return lookup(kUrgencies, key);
}
QStringList states()
{
    return keys(kStates);
}
QString stateName(const QString &key)
{
    return lookup(kStates, key);
}
QStringList levels()
{
    return keys(kLevels);
}
QString levelName(const QString &key)
{
    return lookup(kLevels, key);
}
QStringList routes()
{
    return keys(kRoutes);
}
QString routeName(const QString &key)
{
    if (key.isEmpty())
        return QCoreApplication::translate("gd::cases", "No route");
    const QString name = lookup(kRoutes, key);
    return name == key ? QCoreApplication::translate("gd::cases", "\"%1\"").arg(key) : name;
}
bool acceptedAtIntake(const QString &channel)
{
    return channel == QLatin1String("walk_in") || channel == QLatin1String("phone") ||
           channel == QLatin1String("patrol");
}
QStringList satisfactions()
{
    return keys(kSatisfactions);
}
QString satisfactionName(const QString &key)
{
    return lookup(kSatisfactions, key);
}

QString dayText(qint64 ms)
{
    return timeText(ms).left(10);
}

qint64 dayStartMs(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace gd::cases
