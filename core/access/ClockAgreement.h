#pragma once
// Whether this PC's clock agrees with the file's (issue 15 §3). Every write is stamped from the
// PC's clock through the file's hybrid clock, and the stamps decide which edit wins a merge and
// where an action sorts in a case's timeline. A PC whose date is far behind the file's newest
// stamp would stamp new work with the file's old future date; one far ahead (a date typed a year
// wrong) would stamp the future and have its packages refused everywhere. So when the two
// disagree, every write is refused (requirePermission() asks this) until the PC's date is
// corrected or an administrator confirms that it is right:
//   - behind: the PC's clock more than a day behind the file's newest stamp;
//   - ahead: more than a year ahead of it (a year typed wrong; a file left unused for months, or a
//     PC back from repair, is no reason to stop the desk).
// Confirming "ahead" moves the file's clock to the PC's; confirming "behind" records the gap
// accepted, and a PC that falls further behind is asked about again.
#include "storage/Result.h"

namespace gd {

class Database;

constexpr qint64 kClockBehindLimitMs = 24LL * 3600 * 1000;
constexpr qint64 kClockAheadLimitMs = 366LL * 24 * 3600 * 1000;

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
