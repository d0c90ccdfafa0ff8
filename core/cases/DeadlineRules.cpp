#include "DeadlineRules.h"

#include "CaseTypes.h"
#include "calendar/WorkCalendar.h"
#include "storage/ServiceSupport.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::DeadlineRules)
};

// The scalar settings, their JSON keys (also the error fields) and their bounds. The bounds
// keep a typing slip (50 working days for a normal case) from quietly becoming the rule.
struct Scalar {
    const char *key;
    const char *label;
    int DeadlineRules::*member;
    int min, max;
};
const Scalar kScalars[] = {
    {"normal_days", QT_TRANSLATE_NOOP("gd::DeadlineRules", "Normal cases (working days)"), &DeadlineRules::normalDays,
     1, 30},
    {"urgent_days", QT_TRANSLATE_NOOP("gd::DeadlineRules", "Urgent cases (working days)"), &DeadlineRules::urgentDays,
     1, 30},
    {"emergency_response_hours", QT_TRANSLATE_NOOP("gd::DeadlineRules", "Emergency response (hours)"),
     &DeadlineRules::emergencyResponseHours, 1, 24},
    {"extension_max_days", QT_TRANSLATE_NOOP("gd::DeadlineRules", "Longest extension (working days)"),
     &DeadlineRules::extensionMaxDays, 1, 30},
    {"extension_max_count", QT_TRANSLATE_NOOP("gd::DeadlineRules", "Extensions per case"),
     &DeadlineRules::extensionMaxCount, 0, 3},
    {"return_days", QT_TRANSLATE_NOOP("gd::DeadlineRules", "Returning a wrong dispatch (working days)"),
     &DeadlineRules::returnDays, 1, 10},
    {"sign_days", QT_TRANSLATE_NOOP("gd::DeadlineRules", "Signing for a dispatched case (working days)"),
     &DeadlineRules::signDays, 1, 5},
    {"callback_days", QT_TRANSLATE_NOOP("gd::DeadlineRules", "Calling back after completion (working days)"),
     &DeadlineRules::callbackDays, 1, 10},
    {"callback_tries", QT_TRANSLATE_NOOP("gd::DeadlineRules", "Tries before a callback is unreachable"),
     &DeadlineRules::callbackTries, 1, 5},
    {"callback_by_other", QT_TRANSLATE_NOOP("gd::DeadlineRules", "Callback by someone other than the handler"),
     &DeadlineRules::callbackByOther, 0, 1},
};
constexpr int kMaxRouteHours = 72;
constexpr int kMaxTypeDays = 30;

QJsonObject toObject(const QMap<QString, int> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

bool isWholeNumber(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger());
}

Error badValue(const QString &key)
{
    return Error::make(ErrorKind::Data,
                       Text::tr("The deadline settings are damaged: \"%1\" is not a number.").arg(key));
}

Result<QMap<QString, int>> toMap(const QJsonObject &o, const QString &key)
{
    QMap<QString, int> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!isWholeNumber(it.value()))
            return badValue(key + QLatin1Char('.') + it.key());
        out.insert(it.key(), int(it.value().toInteger()));
    }
    return out;
}

qint64 toMs(const Result<QDateTime> &r)
{
    return r->toMSecsSinceEpoch();
}

// The end of the working day `days` working days after the day of atMs.
Result<qint64> workingDaysAfter(const WorkCalendar &calendar, qint64 atMs, int days)
{
    auto due = calendar.addWorkingDays(QDateTime::fromMSecsSinceEpoch(atMs, WorkCalendar::zone()), days);
    if (!due)
        return due.error();
    return toMs(due);
}
} // namespace

bool DeadlineRules::isEmergency(const QString &urgency, const QString &categoryRoute)
{
    return urgency == QLatin1String("emergency") || categoryRoute == QLatin1String("emergency");
}

QString DeadlineRules::toJson() const
{
    QJsonObject o;
    for (const Scalar &s : kScalars)
        o.insert(QLatin1String(s.key), this->*s.member);
    o.insert(QLatin1String("route_hours"), toObject(routeHours));
    o.insert(QLatin1String("type_days"), toObject(typeDays));
    // QJsonObject keeps its keys sorted: the same rules always give the same text, so "did it
    // change" is a string comparison and the audit log shows no phantom edits.
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<DeadlineRules> DeadlineRules::fromJson(const QString &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(ErrorKind::Data, Text::tr("The deadline settings are damaged: they are not a JSON object."));
    const QJsonObject o = doc.object();
    DeadlineRules r;
    for (const Scalar &s : kScalars) {
        const QJsonValue v = o.value(QLatin1String(s.key));
        if (v.isUndefined())
            continue; // a setting added after this file was saved keeps its default
        if (!isWholeNumber(v))
            return badValue(QLatin1String(s.key));
        r.*s.member = int(v.toInteger());
    }
    if (o.contains(QLatin1String("route_hours"))) {
        auto m = toMap(o.value(QLatin1String("route_hours")).toObject(), QStringLiteral("route_hours"));
        if (!m)
            return m.error();
        r.routeHours = *m;
    }
    if (o.contains(QLatin1String("type_days"))) {
        auto m = toMap(o.value(QLatin1String("type_days")).toObject(), QStringLiteral("type_days"));
        if (!m)
            return m.error();
        r.typeDays = *m;
    }
    return r;
}

Result<DeadlineRules> DeadlineRules::read(const Database &db)
{
    const QString stored = db.meta(QLatin1String(kMetaKey));
    if (stored.isEmpty())
        return DeadlineRules();
    auto r = fromJson(stored);
    if (!r)
        return Error{
            ErrorKind::Data,
            Text::tr("%1 An administrator must save the case rules again (File → Case rules).").arg(r.message()),
            QString::fromLatin1(kMetaKey)};
    return r;
}

DeadlineRules DeadlineRules::load(const Database &db)
{
    auto r = read(db);
    return r ? r.value() : DeadlineRules();
}

bool DeadlineRules::bounds(const QString &key, int *min, int *max)
{
    for (const Scalar &s : kScalars)
        if (key == QLatin1String(s.key)) {
            *min = s.min;
            *max = s.max;
            return true;
        }
    *min = 1;
    if (key.startsWith(QLatin1String("route_hours.")))
        *max = kMaxRouteHours;
    else if (key.startsWith(QLatin1String("type_days.")))
        *max = kMaxTypeDays;
    else
        return false;
    return true;
}

Error DeadlineRules::validate() const
{
    for (const Scalar &s : kScalars)
        if (Error e = check::range(QLatin1String(s.key), QCoreApplication::translate("gd::DeadlineRules", s.label),
                                   this->*s.member, s.min, s.max);
            e.isError())
            return e;
    if (urgentDays > normalDays)
        return Error::invalid(
            QStringLiteral("urgent_days"),
            Text::tr("Urgent cases (working days): cannot be longer than for a normal case (%1).").arg(normalDays));
    static const QRegularExpression routeKey(QStringLiteral("^[a-z_]{1,20}$"));
    for (auto it = routeHours.begin(); it != routeHours.end(); ++it) {
        const QString field = QStringLiteral("route_hours.") + it.key();
        if (!routeKey.match(it.key()).hasMatch())
            return Error::invalid(field, Text::tr("Route %1: not a category route.").arg(cases::routeName(it.key())));
        if (Error e = check::range(field, Text::tr("Route %1 (hours)").arg(cases::routeName(it.key())), it.value(), 1,
                                   kMaxRouteHours);
            e.isError())
            return e;
    }
    for (auto it = typeDays.begin(); it != typeDays.end(); ++it) {
        const QString field = QStringLiteral("type_days.") + it.key();
        if (!cases::requestTypes().contains(it.key()))
            return Error::invalid(field, Text::tr("Request type \"%1\": not a request type.").arg(it.key()));
        if (Error e = check::range(field, Text::tr("%1 (working days)").arg(cases::requestTypeName(it.key())),
                                   it.value(), 1, kMaxTypeDays);
            e.isError())
            return e;
    }
    return {};
}

Status DeadlineRules::save(Database &db) const
{
    return writeTransaction<bool>(db, Permission::EditSettings,
                                  [&]() -> Result<bool> {
                                      if (Error e = validate(); e.isError())
                                          return e;
                                      if (Status s = saveSetting(db, QLatin1String(kMetaKey), toJson()); !s)
                                          return s.error();
                                      return true;
                                  })
        .status();
}

Result<qint64> DeadlineRules::dueMs(const WorkCalendar &calendar, qint64 receivedMs, const QString &urgency,
                                    const QString &requestType, const QString &categoryRoute) const
{
    if (!cases::urgencies().contains(urgency))
        return Error::invalid(QStringLiteral("urgency"), Text::tr("Urgency: \"%1\" is not an urgency.").arg(urgency));
    const QDateTime received = QDateTime::fromMSecsSinceEpoch(receivedMs, WorkCalendar::zone());
    if (isEmergency(urgency, categoryRoute)) {
        // "The same day" is the end of the arrival day; an emergency arriving late in the
        // evening still gets at least its response time, or it would be overdue on arrival.
        const QDateTime endOfDay = WorkCalendar::endOfDay(received.date());
        const QDateTime respond = received.addSecs(qint64(emergencyResponseHours) * 3600);
        return std::max(endOfDay, respond).toMSecsSinceEpoch();
    }
    // Hour limits are calendar hours (a burst pipe does not wait for Monday), and always
    // shorter than the next working day's end, so no calendar data is needed for them.
    if (const auto hours = routeHours.constFind(categoryRoute); hours != routeHours.constEnd())
        return toMs(WorkCalendar::addHours(received, *hours));
    int days = typeDays.value(requestType, normalDays);
    if (urgency == QLatin1String("urgent"))
        days = std::min(days, urgentDays);
    auto due = calendar.addWorkingDays(received, days);
    if (!due)
        return due.error();
    return toMs(due);
}

qint64 DeadlineRules::responseDueMs(qint64 receivedMs, const QString &urgency, const QString &categoryRoute) const
{
    if (!isEmergency(urgency, categoryRoute))
        return 0;
    return receivedMs + qint64(emergencyResponseHours) * 3600 * 1000;
}

Result<qint64> DeadlineRules::extendedDueMs(const WorkCalendar &calendar, qint64 currentDueMs, int days,
                                            int extensionsGranted) const
{
    if (extensionsGranted >= extensionMaxCount)
        return Error::invalid(QStringLiteral("extension"),
                              extensionMaxCount == 0
                                  ? Text::tr("Extension: this office grants no extensions.")
                                  : Text::tr("Extension: the case already had its extension (at most %1 per case).")
                                        .arg(extensionMaxCount));
    if (days < 1 || days > extensionMaxDays)
        return Error::invalid(
            QStringLiteral("days"),
            Text::tr("Extension: between 1 and %1 working days (not %2).").arg(extensionMaxDays).arg(days));
    auto due = calendar.addWorkingDays(QDateTime::fromMSecsSinceEpoch(currentDueMs, WorkCalendar::zone()), days);
    if (!due)
        return due.error();
    return toMs(due);
}

Result<qint64> DeadlineRules::returnDeadlineMs(const WorkCalendar &calendar, qint64 dispatchedMs) const
{
    return workingDaysAfter(calendar, dispatchedMs, returnDays);
}

Result<qint64> DeadlineRules::signByMs(const WorkCalendar &calendar, qint64 dispatchedMs) const
{
    return workingDaysAfter(calendar, dispatchedMs, signDays);
}

Result<qint64> DeadlineRules::callbackDueMs(const WorkCalendar &calendar, qint64 completedMs) const
{
    return workingDaysAfter(calendar, completedMs, callbackDays);
}

} // namespace gd
