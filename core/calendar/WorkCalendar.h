#pragma once
// China's official working-day calendar (holidays and make-up working weekends, 调休) as data,
// loaded from the calendar_days table. Deadlines counted in working days go through here.
//
// Conventions, fixed here so every office computes the same deadline for the same case:
// - Days are days in China Standard Time (UTC+8, no daylight saving), whatever the PC's own
//   time zone says: the State Council's calendar is a Beijing-time calendar, and two offices
//   whose PCs disagree about the zone must still agree on a case's deadline.
// - A deadline of n working days ends at 23:59:59.999 (UTC+8) of the n-th working day after the
//   day the case arrived. The day of arrival never counts (自受理之次日起算), whether it was a
//   working day or not, so a case received on Friday evening, on a holiday or on a make-up
//   Saturday all count from the next working day.
// - A year is official when the table holds at least one day of it (the notice for a year lists
//   several holidays). The two years after the last official one are provisional: weekends off
//   plus the statutory holidays (calendar/StatutoryHolidays.h), no make-up days, because the
//   State Council publishes next year's notice only in November or December and cases received
//   in December are already due in January. A deadline that ends in a provisional year is
//   marked so (isProvisionalDeadline) and recomputed when the notice is imported
//   (cases/CalendarRecompute.h). Before the first official year and beyond the provisional ones
//   nothing is guessed: a computation that needs such a day fails with ErrorKind::Data naming
//   the year, so an administrator adds the notice.
#include "StatutoryHolidays.h"
#include "storage/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QTimeZone>

class QSqlQuery;

namespace gd {

class Database;

class WorkCalendar
{
public:
    WorkCalendar() = default;
    // The live (not deleted) rows of calendar_days; Internal when the table cannot be read. What
    // a write counts deadlines with: a failed read is never taken for "no year covered".
    static Result<WorkCalendar> read(Database &db);
    // The same on a bare connection (the schema ladder, the figures' working-day index).
    static Result<WorkCalendar> readFrom(QSqlDatabase db);
    // The same for what only shows (boards, lists): a failed read is logged and reads as empty.
    static WorkCalendar load(Database &db);
    // Adds or replaces one day (kind "holiday" or "workday"); for tests and imports.
    void setDay(const QDate &date, const QString &kind);

    // The zone in which days begin and end (UTC+8) and the last instant of a day in it.
    static QTimeZone zone();
    static QDateTime endOfDay(const QDate &date);
    // The calendar day (UTC+8) an instant falls on.
    static QDate dayOf(const QDateTime &at);

    // How many years after the last official one get a provisional calendar.
    static constexpr int kProvisionalYears = 2;
    bool covers(const QDate &date) const { return isOfficial(date.year()) || isProvisional(date.year()); }
    bool isOfficial(int year) const { return m_years.contains(year); }
    // A year after the last official one, within kProvisionalYears of it.
    bool isProvisional(int year) const { return isProvisionalAfter(m_lastYear, year); }
    // The rule itself, for a calendar still being drafted (the case rules' calendar tab).
    static bool isProvisionalAfter(int lastOfficialYear, int year)
    {
        return lastOfficialYear > 0 && year > lastOfficialYear && year <= lastOfficialYear + kProvisionalYears;
    }
    // A deadline counted in working days (it ends at the end of a day) into a provisional year:
    // it may move when that year's official calendar is imported. Deadlines counted in hours
    // (utilities) and empty ones (0) are never provisional.
    bool isProvisionalDeadline(qint64 ms) const;
    // The field of the error requireCovered() and the deadline arithmetic give for a year the
    // calendar does not cover: the one reason a case is registered without a deadline.
    static constexpr const char *kUncoveredField = "calendar";
    // The official years, ascending; the provisional ones after them.
    QList<int> years() const;
    QList<int> provisionalYears() const;
    int lastOfficialYear() const { return m_lastYear; }
    // The year whose official calendar an administrator should import on `today` (Beijing
    // time), or 0: this year while it has none, and from November the next year (the State
    // Council publishes it in November or December).
    int officialYearDue(const QDate &today) const;
    // The days a provisional year takes off (the statutory holidays), by date; empty for any other year.
    QList<holidays::Holiday> provisionalHolidays(int year) const;
    // Monday to Friday unless a holiday; Saturday and Sunday only when a make-up working day.
    // For a date outside the covered years this is the plain weekday rule: callers that must
    // not guess check covers() first (the Result-returning functions below do).
    bool isWorkingDay(const QDate &date) const;
    // Ok, or the Data error that names the uncovered year.
    Status requireCovered(const QDate &date) const;

    // The end of the n-th working day after `from` (n >= 0; n == 0 is the end of from's own day).
    Result<QDateTime> addWorkingDays(const QDateTime &from, int n) const;
    // Working days d with a < d <= b (negative when b is before a), so that
    // workingDaysBetween(dayOf(t), dayOf(addWorkingDays(t, n))) == n.
    Result<int> workingDaysBetween(const QDate &a, const QDate &b) const;
    // Calendar hours, holidays included (emergencies, utilities); needs no calendar data.
    static Result<QDateTime> addHours(const QDateTime &from, int hours);

private:
    static Result<WorkCalendar> readRows(QSqlQuery &q);
    QHash<qint64, bool> m_days; // julian day -> is a working day (only the listed days)
    QSet<int> m_years;
    int m_lastYear = 0;         // the last official year (0: none)
    QSet<qint64> m_provisional; // julian days off in the provisional years
};

} // namespace gd
