#include "StatutoryHolidays.h"

#include "NewMoon.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <memory>
#include <unicode/ucal.h>

namespace gd::holidays {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::StatutoryHolidays)
};

// The lunar calendar is China's, so its days begin at midnight in UTC+8.
const QTimeZone &china()
{
    static const QTimeZone zone(8 * 3600);
    return zone;
}

struct CalendarCloser {
    void operator()(UCalendar *c) const { ucal_close(c); }
};
using Calendar = std::unique_ptr<UCalendar, CalendarCloser>;

Calendar openChinese()
{
    UErrorCode err = U_ZERO_ERROR;
    UCalendar *c = ucal_open(u"Asia/Shanghai", -1, "zh_CN@calendar=chinese", UCAL_DEFAULT, &err);
    if (U_FAILURE(err)) {
        if (c)
            ucal_close(c);
        return {};
    }
    return Calendar(c);
}

QDate dateAt(UDate ms)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), china()).date();
}
} // namespace

QDate lunarDate(int year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1 || day > 30)
        return {};
    Calendar cal = openChinese();
    if (!cal)
        return {};
    UErrorCode err = U_ZERO_ERROR;
    // 1 March always lies after the lunar new year (21 January – 20 February), so the lunar
    // year in force then is the one that begins in `year`.
    const qint64 march = QDateTime(QDate(year, 3, 1), QTime(12, 0), china()).toMSecsSinceEpoch();
    ucal_setMillis(cal.get(), UDate(march), &err);
    const int era = ucal_get(cal.get(), UCAL_ERA, &err);
    const int lunarYear = ucal_get(cal.get(), UCAL_YEAR, &err);
    if (U_FAILURE(err))
        return {};
    ucal_clear(cal.get());
    ucal_set(cal.get(), UCAL_ERA, era);
    ucal_set(cal.get(), UCAL_YEAR, lunarYear);
    ucal_set(cal.get(), UCAL_MONTH, month - 1);
    ucal_set(cal.get(), UCAL_IS_LEAP_MONTH, 0);
    ucal_set(cal.get(), UCAL_DATE, 1);
    ucal_set(cal.get(), UCAL_HOUR_OF_DAY, 12);
    const UDate ms = ucal_getMillis(cal.get(), &err);
    if (U_FAILURE(err))
        return {};
    // ICU names the month; the true new moon says the day it starts (NewMoon.h).
    const QDate icuFirst = dateAt(ms);
    const QDateTime conjunction = newMoonNear(QDateTime::fromMSecsSinceEpoch(qint64(ms), china()));
    QDate first = icuFirst;
    if (conjunction.isValid()) {
        const QDate trueFirst = conjunction.toTimeZone(china()).date();
        if (qAbs(icuFirst.daysTo(trueFirst)) <= 1)
            first = trueFirst;
    }
    return first.addDays(day - 1);
}

QDate qingming(int year)
{
    // The solar term falls on floor(Y·0.2422 + C) − floor(Y/4) April, Y the year in its
    // century, C = 4.81 in the 21st century and 5.59 in the 20th (the published rule for the
    // 24 solar terms); it has no exception for Qingming in either century.
    if (year < 1901 || year > 2099)
        return {};
    const int y = year % 100;
    const double c = year >= 2000 ? 4.81 : 5.59;
    const int day = int(y * 0.2422 + c) - y / 4;
    return QDate(year, 4, day);
}

QList<Holiday> statutory(int year)
{
    if (year < 1901 || year > 2099)
        return {};
    const QDate newYear = lunarDate(year, 1, 1);
    const QDate dragonBoat = lunarDate(year, 5, 5);
    const QDate midAutumn = lunarDate(year, 8, 15);
    const QDate tomb = qingming(year);
    if (!newYear.isValid() || !dragonBoat.isValid() || !midAutumn.isValid() || !tomb.isValid())
        return {};
    QList<Holiday> out;
    out.append({QDate(year, 1, 1), Text::tr("New Year's Day")});
    for (int i = -1; i < 3; ++i) // New Year's Eve is the day before the lunar new year
        out.append({newYear.addDays(i), Text::tr("Spring Festival")});
    out.append({tomb, Text::tr("Qingming Festival")});
    out.append({QDate(year, 5, 1), Text::tr("Labour Day")});
    out.append({QDate(year, 5, 2), Text::tr("Labour Day")});
    out.append({dragonBoat, Text::tr("Dragon Boat Festival")});
    for (int d = 1; d <= 3; ++d)
        out.append({QDate(year, 10, d), Text::tr("National Day")});
    out.append({midAutumn, Text::tr("Mid-Autumn Festival")});
    // One entry per day: Mid-Autumn can fall inside the National Day holiday (2028: 3 October),
    // and the notices then name the day after both ("国庆节、中秋节").
    std::stable_sort(out.begin(), out.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    QList<Holiday> days;
    for (const Holiday &h : std::as_const(out)) {
        if (!days.isEmpty() && days.last().date == h.date)
            days.last().name = Text::tr("%1 and %2").arg(days.last().name, h.name);
        else
            days.append(h);
    }
    return days;
}

} // namespace gd::holidays
