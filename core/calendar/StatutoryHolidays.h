#pragma once
// The public holidays of 《全国年节及纪念日放假办法》 (as revised in 2024) for any year, for the
// provisional calendar of a year whose official notice has not been entered yet: the State Council
// publishes each year's holidays and make-up working days in November or December, and until an
// administrator imports them a deadline into that year is counted on weekends plus these days.
//
// New Year 1 day (1 January), Spring Festival 4 days from New Year's Eve (除夕 to 初三), Qingming 1
// (the solar term), Labour Day 2 (1–2 May), Dragon Boat 1 (5th of the 5th lunar month),
// Mid-Autumn 1 (15th of the 8th lunar month), National Day 3 (1–3 October). The lunar dates come
// from ICU's Chinese calendar, each month's first day checked against the
// true new moon (NewMoon.h); no make-up working days are guessed (the notice decides those).
#include <QDate>
#include <QList>
#include <QString>

namespace gd::holidays {

struct Holiday {
    QDate date;
    QString name; // 元旦, 春节…, in the UI language
};

// The days off of `year`, by date, one entry per day (two holidays on one day share it, both
// named); empty when the year is outside 1901–2099 (the solar-term rule
// and ICU's table are not used beyond it) or ICU cannot compute it.
QList<Holiday> statutory(int year);

// The Gregorian date of a day of the Chinese lunar calendar in the lunar year that begins in
// `year` (month 1–12, never a leap month); invalid when ICU cannot compute it.
QDate lunarDate(int year, int month, int day);
// The day of the Qingming solar term (4, 5 or 6 April) in `year`, 1901–2099.
QDate qingming(int year);

} // namespace gd::holidays
