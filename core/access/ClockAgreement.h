#pragma once
// Whether this PC's clock agrees with the file's (issue 15 §3). Every write is stamped from the
// PC's clock through the file's hybrid clock, and the stamps decide which edit wins a merge and
// where an action sorts in a case's timeline. A PC whose date is far behind the file's newest
// stamp would stamp new work with the file's old future date; one far ahead (a date typed a year
// wrong) would stamp the future and have its packages refused everywhere. So when the two
// disagree, every write is refused (requirePermission() asks this) until the PC's date is
// corrected or an administrator confirms that it is right:
//   - behind: the PC's clock more than the clock tolerance (below; a day by default) behind the
//     file's newest stamp — a package may bring stamps that far ahead of this PC, no further;
//   - ahead: more than a year ahead of it (a year typed wrong; a file left unused for months, or a
//     PC back from repair, is no reason to stop the desk).
// Confirming "ahead" moves the file's clock to the PC's; confirming "behind" records the gap
// accepted, and a PC that falls further behind is asked about again.
#include "storage/Result.h"

namespace gd {

class Database;

constexpr qint64 kClockAheadLimitMs = 366LL * 24 * 3600 * 1000;

// How far apart offices' clocks may be: a package holding a stamp more than this ahead of this
// PC's clock is refused (exchange/PackageReader.h), and this PC may be this far behind the file's
// newest stamp (what such a package leaves) before writes are held. A stamp decides which edit
// wins a merge and where an event sorts in a timeline, so one from a PC whose clock runs years
// ahead would win every later edit and freeze a case for good. An office setting: one day by
// default (offices' clocks and time zones differ by minutes, not days).
constexpr int kDefaultClockToleranceHours = 24;
constexpr int kMaxClockToleranceHours = 24 * 30;
int clockToleranceHours(const Database &db);
// As an administrator, audited; Invalid naming the field outside 1 to kMaxClockToleranceHours.
Status setClockToleranceHours(Database &db, int hours);

struct ClockAgreement {
    qint64 fileMs = 0; // the physical time of the file's newest stamp (0: nothing written yet)
    qint64 wallMs = 0; // this PC's clock
    bool behind = false, ahead = false;
    bool holdsWrites() const { return behind || ahead; }
    // A translated sentence for the window's banner and the CLI's refusal; empty when they agree.
    QString message() const;
};

ClockAgreement clockAgreement(const Database &db);
// Ok when the clocks agree; otherwise an Invalid error (field "clock") with message().
Status requireClockAgreement(const Database &db);
// An administrator confirms the PC's clock is right (audited). Permission error for anyone else.
Status confirmClock(Database &db);

} // namespace gd
