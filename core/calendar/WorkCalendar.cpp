#include "WorkCalendar.h"

#include "StatutoryHolidays.h"
#include "storage/Database.h"
#include "storage/Logging.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::WorkCalendar)
};
// A generous bound: the longest rule is an extension of a few weeks; a bigger count is a bug
// in the caller, and refusing it keeps a loop over days from running for ever.
constexpr int kMaxWorkingDays = 366;

// The statutory holidays of a year, computed once per process: every board and list loads a
// calendar, and ICU's Chinese calendar takes a while to open.
QList<holidays::Holiday> statutoryOf(int year)
{
    static QMutex mutex;
    static QHash<int, QList<holidays::Holiday>> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(year);
    if (it == cache.constEnd())
        it = cache.insert(year, holidays::statutory(year));
    return *it;
}
} // namespace

WorkCalendar WorkCalendar::load(Database &db)
{
    Result<WorkCalendar> cal = read(db);
    if (!cal) {
        qCWarning(lcCases) << "working-day calendar:" << cal.message();
        return WorkCalendar();
    }
    return cal.value();
}

Result<WorkCalendar> WorkCalendar::read(Database &db)
{
    return readRows(db.prepared(QStringLiteral("SELECT date, kind FROM calendar_days WHERE deleted = 0")));
}

Result<WorkCalendar> WorkCalendar::readFrom(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT date, kind FROM calendar_days WHERE deleted = 0")))
        return Error::make(ErrorKind::Internal,
                           Text::tr("The working-day calendar cannot be read: %1").arg(q.lastError().text()));
    return readRows(q);
}

Result<WorkCalendar> WorkCalendar::readRows(QSqlQuery &q)
{
    WorkCalendar cal;
    if (!q.exec())
        return Error::make(ErrorKind::Internal,
                           Text::tr("The working-day calendar cannot be read: %1").arg(q.lastError().text()));
    while (q.next()) {
        const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (d.isValid())
            cal.setDay(d, q.value(1).toString());
    }
    q.finish();
    return cal;
}

void WorkCalendar::setDay(const QDate &date, const QString &kind)
{
    m_days.insert(date.toJulianDay(), kind == QLatin1String("workday"));
    m_years.insert(date.year());
    if (date.year() > m_lastYear) {
        m_lastYear = date.year();
        m_provisional.clear();
        for (int y : provisionalYears())
            for (const holidays::Holiday &h : statutoryOf(y))
                m_provisional.insert(h.date.toJulianDay());
    }
}

int WorkCalendar::officialYearDue(const QDate &today) const
{
    if (!today.isValid())
        return 0;
    if (!isOfficial(today.year()))
        return today.year();
    if (today.month() >= 11 && !isOfficial(today.year() + 1))
        return today.year() + 1;
    return 0;
}

QList<int> WorkCalendar::provisionalYears() const
{
    QList<int> out;
    if (m_lastYear > 0)
        for (int y = m_lastYear + 1; y <= m_lastYear + kProvisionalYears; ++y)
            out << y;
    return out;
}

QList<holidays::Holiday> WorkCalendar::provisionalHolidays(int year) const
{
    return isProvisional(year) ? statutoryOf(year) : QList<holidays::Holiday>();
}

bool WorkCalendar::isProvisionalDeadline(qint64 ms) const
{
    if (ms <= 0)
        return false;
    // Working-day deadlines end at endOfDay(); an hour deadline ends at any other moment.
    const QDate day = dayOf(QDateTime::fromMSecsSinceEpoch(ms, zone()));
    return endOfDay(day).toMSecsSinceEpoch() == ms && isProvisional(day.year());
}

QTimeZone WorkCalendar::zone()
{
    static const QTimeZone china(8 * 3600);
    return china;
}

QDateTime WorkCalendar::endOfDay(const QDate &date)
{
    return QDateTime(date, QTime(23, 59, 59, 999), zone());
}

QDate WorkCalendar::dayOf(const QDateTime &at)
{
    return at.toTimeZone(zone()).date();
}

QList<int> WorkCalendar::years() const
{
    QList<int> out(m_years.begin(), m_years.end());
    std::sort(out.begin(), out.end());
    return out;
}

bool WorkCalendar::isWorkingDay(const QDate &date) const
{
    const auto listed = m_days.constFind(date.toJulianDay());
    if (listed != m_days.constEnd())
        return *listed;
    if (m_provisional.contains(date.toJulianDay()))
        return false;
    return date.dayOfWeek() <= 5;
}

Status WorkCalendar::requireCovered(const QDate &date) const
{
    if (covers(date))
        return {};
    return Error{ErrorKind::Data,
                 Text::tr("The working-day calendar has no data for %1, so a deadline in %1 cannot be counted. "
                          "An administrator must add the official holidays and make-up working days for %1 "
                          "(published by the State Council the November before).")
                     .arg(date.year()),
                 QString::fromLatin1(kUncoveredField)};
}

Result<QDateTime> WorkCalendar::addWorkingDays(const QDateTime &from, int n) const
{
    if (!from.isValid())
        return Error::invalid(QStringLiteral("from"), Text::tr("The start of the deadline is not a valid time."));
    if (n < 0 || n > kMaxWorkingDays)
        return Error::invalid(QStringLiteral("days"),
                              Text::tr("A deadline must be between 0 and %1 working days.").arg(kMaxWorkingDays));
    QDate day = dayOf(from);
    for (int counted = 0; counted < n;) {
        day = day.addDays(1);
        if (Status s = requireCovered(day); !s)
            return s.error();
        if (isWorkingDay(day))
            ++counted;
    }
    return endOfDay(day);
}

Result<int> WorkCalendar::workingDaysBetween(const QDate &a, const QDate &b) const
{
    if (!a.isValid() || !b.isValid())
        return Error::invalid(QStringLiteral("date"), Text::tr("A date is not valid."));
    const bool backwards = b < a;
    const QDate from = backwards ? b : a, to = backwards ? a : b;
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (Status s = requireCovered(d); !s)
            return s.error();
        if (isWorkingDay(d))
            ++count;
    }
    return backwards ? -count : count;
}

Result<QDateTime> WorkCalendar::addHours(const QDateTime &from, int hours)
{
    if (!from.isValid())
        return Error::invalid(QStringLiteral("from"), Text::tr("The start of the deadline is not a valid time."));
    if (hours < 0)
        return Error::invalid(QStringLiteral("hours"), Text::tr("A deadline cannot be a negative number of hours."));
    return from.toTimeZone(zone()).addSecs(qint64(hours) * 3600);
}

} // namespace gd
