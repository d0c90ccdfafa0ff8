#include "CalendarReminder.h"

#include "access/Permissions.h"
#include "calendar/WorkCalendar.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QLabel>
#include <QPushButton>

namespace gdui {

CalendarReminder::CalendarReminder(gd::Database &db, QWidget *parent)
    : NoticeBar(QStringLiteral("calendarReminder"), QStringLiteral("#e8f1fb"), tr("&Import the calendar…"),
                QStringLiteral("importCalendarButton"), parent)
    , m_db(db)
{
    connect(button(), &QPushButton::clicked, this, &CalendarReminder::importRequested);
    connect(&db, &gd::Database::actorChanged, this, &CalendarReminder::refresh);
    connect(&db, &gd::Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("calendar_days")))
            refresh();
    });
    // The date turns (a window left open over the first of November).
    refreshEvery(60 * 60 * 1000, [this] { refresh(); });
    refresh();
}

void CalendarReminder::refresh()
{
    const bool mayImport =
        m_db.actor().signedIn && gd::roleAllows(m_db.actor().role, gd::Permission::EditSettings) && !m_db.isReadOnly();
    const gd::WorkCalendar calendar = gd::WorkCalendar::load(m_db);
    const QDate today = gd::WorkCalendar::dayOf(QDateTime::fromMSecsSinceEpoch(m_db.nowMs(), Qt::UTC));
    const int year = calendar.officialYearDue(today);
    if (!mayImport || year == 0) {
        hide();
        return;
    }
    textLabel()->setText(
        tr("The official holidays and make-up working days for %1 are not imported yet. Deadlines into "
           "%1 are counted on a provisional calendar (weekends and the statutory holidays) and marked "
           "provisional; import the State Council's notice for %1 as soon as it is published, and they "
           "are counted again.")
            .arg(year));
    show();
}

} // namespace gdui
