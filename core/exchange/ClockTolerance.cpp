#include "ClockTolerance.h"

#include "storage/ServiceSupport.h"

#include <QCoreApplication>

namespace gd::exchange {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::exchange)
};

const QString kKey = QStringLiteral("exchange_clock_tolerance_hours");

} // namespace

int clockToleranceHours(Database &db)
{
    bool ok = false;
    const int hours = db.meta(kKey).toInt(&ok);
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
                                      if (Status s = saveSetting(db, kKey, QString::number(hours)); !s)
                                          return s.error();
                                      return true;
                                  })
        .status();
}

} // namespace gd::exchange
