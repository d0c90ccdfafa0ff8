#include "ClockAgreement.h"

#include "Permissions.h"
#include "cases/CaseTypes.h"
#include "storage/Database.h"
#include "storage/HybridClock.h"
#include "storage/RowStore.h"
#include "storage/ServiceSupport.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::ClockAgreement)
};

// The gap an administrator accepted for a PC behind the file (wall − file, negative), in meta.
const QString kConfirmedGap = QStringLiteral("clock_confirmed_gap_ms");
const QString kToleranceKey = QStringLiteral("exchange_clock_tolerance_hours");

} // namespace

int clockToleranceHours(const Database &db)
{
    bool ok = false;
    const int hours = db.meta(kToleranceKey).toInt(&ok);
    return ok && hours >= 1 && hours <= kMaxClockToleranceHours ? hours : kDefaultClockToleranceHours;
}

Status setClockToleranceHours(Database &db, int hours)
{
    if (hours < 1 || hours > kMaxClockToleranceHours)
        return Error::invalid(
            QStringLiteral("clock_tolerance"),
            Text::tr("Clock tolerance: %1 hours is not between 1 and %2.").arg(hours).arg(kMaxClockToleranceHours));
    return writeTransaction<bool>(db, Permission::EditSettings,
                                  [&]() -> Result<bool> {
                                      if (Status s = saveSetting(db, kToleranceKey, QString::number(hours)); !s)
                                          return s.error();
                                      return true;
                                  })
        .status();
}

QString ClockAgreement::message() const
{
    if (behind)
        return Text::tr("This PC's clock (%1) is behind the newest change in this file (%2): correct the PC's date and "
                        "time, or have an administrator confirm that the clock is right. Nothing can be saved until "
                        "then.")
            .arg(cases::timeText(wallMs), cases::timeText(fileMs));
    if (ahead)
        return Text::tr("This PC's clock (%1) is far ahead of the newest change in this file (%2): correct the PC's "
                        "date and time, or have an administrator confirm that the clock is right. Nothing can be "
                        "saved until then.")
            .arg(cases::timeText(wallMs), cases::timeText(fileMs));
    return {};
}

ClockAgreement clockAgreement(const Database &db)
{
    ClockAgreement a;
    a.wallMs = db.nowMs();
    a.fileMs = HybridClock::physicalMs(db.hlc().last());
    if (a.fileMs <= 0)
        return a; // a new file: nothing stamped to disagree with
    const qint64 gap = a.wallMs - a.fileMs;
    bool accepted = false;
    const qint64 confirmed = db.meta(kConfirmedGap).toLongLong(&accepted);
    // A gap accepted once stays accepted (with an hour's slack) while the PC does not fall further behind.
    const qint64 behindLimitMs = qint64(clockToleranceHours(db)) * 3600 * 1000;
    a.behind = gap < -behindLimitMs && !(accepted && gap >= confirmed - 3600LL * 1000);
    a.ahead = gap > kClockAheadLimitMs;
    return a;
}

Status requireClockAgreement(const Database &db)
{
    const ClockAgreement a = clockAgreement(db);
    if (!a.holdsWrites())
        return {};
    return Error::invalid(QStringLiteral("clock"), a.message());
}

Status confirmClock(Database &db)
{
    // Not requirePermission: it refuses every write while the clock holds them, this one included.
    const Actor &actor = db.actor();
    if (!actor.signedIn || !roleAllows(actor.role, Permission::EditSettings))
        return Error::make(ErrorKind::Permission,
                           Text::tr("Only an administrator confirms that this PC's clock is right."));
    const ClockAgreement before = clockAgreement(db);
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    // The audit entry's stamp moves the file's clock to the PC's when the PC is ahead.
    const qint64 stamp = db.nextStamp();
    if (before.behind)
        if (Status s = db.setMeta(kConfirmedGap, QString::number(before.wallMs - before.fileMs)); !s)
            return s;
    if (Status s =
            audit::record(db, stamp, QStringLiteral("confirm_clock"), QStringLiteral("meta"), QStringLiteral("clock"),
                          {{QStringLiteral("file_ms"), before.fileMs}}, {{QStringLiteral("wall_ms"), before.wallMs}});
        !s)
        return s;
    return tx.commit();
}

} // namespace gd
