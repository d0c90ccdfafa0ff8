#pragma once
// How far ahead of this PC's clock a package's stamps may lie. A stamp decides which edit wins a
// merge and where an event sorts in a case's timeline, so one from a PC whose clock runs years
// ahead would win every later edit and freeze the case for good. A package holding a stamp more
// than the tolerance ahead is refused whole, naming the sending office (PackageReader.h). The
// tolerance is an office setting: one day by default (offices' clocks and time zones differ by
// minutes, not days).
#include "storage/Result.h"

namespace gd {
class Database;
}

namespace gd::exchange {

constexpr int kDefaultClockToleranceHours = 24;
constexpr int kMaxClockToleranceHours = 24 * 30;

int clockToleranceHours(Database &db);
// As an administrator, audited; Invalid naming the field outside 1 to kMaxClockToleranceHours.
Status setClockToleranceHours(Database &db, int hours);

} // namespace gd::exchange
