#pragma once
// The office's deadline settings (kept as JSON in the meta key "deadline_rules") and the
// arithmetic that turns a case's arrival into its deadlines. Defaults follow the Shandong
// practice (docs/domain.md, "Deadlines"):
// - normal: complete and reply within 5 working days;
// - urgent: within 2 working days. The practice gives no number for "urgent"; 2 is the shortest
//   working-day limit the practice already uses (a wrong dispatch is returned within 2), so an
//   urgent case is handled at least twice as fast as a normal one without becoming same-day;
// - emergency (or a category routed "emergency"): the same day, respond within 2 hours;
// - a category routed "utility" (water, power, gas, heating): within 24 hours;
// - one extension of at most 10 working days; a wrong dispatch returned within 2 working days;
// - signing for a dispatched case within 1 working day (the office's choice; it moves no deadline).
// Request types may override the working days of a non-emergency case (consultation: 1 day);
// an urgent case keeps the shorter of the two.
//
// Precedence, from the strictest: emergency (urgency or route) > hour-limited route > working
// days. Working days follow WorkCalendar's conventions (UTC+8, the arrival day does not
// count, a deadline ends at 23:59:59.999 of its day).
#include "storage/Result.h"

#include <QMap>
#include <QString>

namespace gd {

class Database;
class WorkCalendar;

struct DeadlineRules {
    int normalDays = 5;
    int urgentDays = 2;
    int emergencyResponseHours = 2;
    QMap<QString, int> routeHours{{QStringLiteral("utility"), 24}}; // category route -> calendar hours
    QMap<QString, int> typeDays; // request type -> working days (replaces normalDays)
    int extensionMaxDays = 10;
    int extensionMaxCount = 1;
    int returnDays = 2;
    int signDays = 1;        // this office's choice: the hotline rules set no limit for signing for
    int callbackDays = 1;    // the callback by the end of the next working day after completion
    int callbackTries = 3;   // calls that reach nobody before a callback is closed as unreachable
    int callbackByOther = 1; // 1: the handler does not call back on its own case (0: it may)

    static constexpr const char *kMetaKey = "deadline_rules";

    // The office's rules; the defaults for a file that has none. Missing keys keep their
    // default. A damaged value is a Data error naming the setting (field "deadline_rules"): a
    // case is never given a deadline, or none, from rules nobody set.
    static Result<DeadlineRules> read(const Database &db);
    // The same for what only shows (boards, dialogs): a damaged value reads as the defaults.
    static DeadlineRules load(const Database &db);
    // Needs Permission::EditSettings; validated, written in a transaction and audited.
    Status save(Database &db) const;
    Error validate() const;
    // The range validate() accepts for a setting, by its key ("normal_days", "route_hours.utility",
    // "type_days.help"), so a form offers exactly what saving takes. False for an unknown key.
    static bool bounds(const QString &key, int *min, int *max);

    QString toJson() const;
    static Result<DeadlineRules> fromJson(const QString &json);
    bool operator==(const DeadlineRules &other) const { return toJson() == other.toJson(); }

    // The lead's deadline for a case received at receivedMs. Errors: Invalid for an unknown
    // urgency, Data when the working days run past the calendar's years.
    Result<qint64> dueMs(const WorkCalendar &calendar, qint64 receivedMs, const QString &urgency,
                         const QString &requestType, const QString &categoryRoute) const;
    // When an emergency must be answered (received + emergencyResponseHours); 0 for the others,
    // which have no separate response deadline.
    qint64 responseDueMs(qint64 receivedMs, const QString &urgency, const QString &categoryRoute) const;
    // The deadline after granting `days` more working days, counted from the current deadline's
    // day. Refused (Invalid) beyond extensionMaxDays or when extensionsGranted reached the limit.
    Result<qint64> extendedDueMs(const WorkCalendar &calendar, qint64 currentDueMs, int days,
                                 int extensionsGranted) const;
    // The last moment a handler may return (退单) a case dispatched to it at dispatchedMs.
    Result<qint64> returnDeadlineMs(const WorkCalendar &calendar, qint64 dispatchedMs) const;
    // The last moment the handler signs for (签收) a case dispatched to it at dispatchedMs.
    Result<qint64> signByMs(const WorkCalendar &calendar, qint64 dispatchedMs) const;
    // By when the resident is called back (回访) about a case completed at completedMs.
    Result<qint64> callbackDueMs(const WorkCalendar &calendar, qint64 completedMs) const;

    static bool isEmergency(const QString &urgency, const QString &categoryRoute);
};

} // namespace gd
