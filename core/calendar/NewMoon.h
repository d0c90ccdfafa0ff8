#pragma once
// The instant of a new moon, to check the day ICU's Chinese calendar starts a lunar month on.
//
// ICU (72, the version Debian ships) finds new moons with a Keplerian approximation that can be
// minutes late; when the true conjunction falls just before midnight in China the month then
// starts a day late. The lunar new year of 2027 is such a case: the conjunction is at 23:56 on
// 6 February (UTC+8), and ICU starts the year on the 7th, while the Purple Mountain Observatory
// (and so the State Council's holidays) start it on the 6th. The periodic-term series of
// J. Meeus, Astronomical Algorithms (2nd ed., ch. 49), is accurate to seconds over this century;
// StatutoryHolidays takes ICU's month and this day.
#include <QDate>
#include <QDateTime>

namespace gd::holidays {

// The true new moon nearest to `near` (UTC), in UTC; invalid outside 1901–2099.
QDateTime newMoonNear(const QDateTime &near);

} // namespace gd::holidays
