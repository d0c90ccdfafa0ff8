#include "CalendarReminder.h"

#include "access/Permissions.h"
#include "calendar/WorkCalendar.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace gdui {

CalendarReminder::CalendarReminder(gd::Database &db, QWidget *parent)
    : QFrame(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("calendarReminder"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#calendarReminder { background: #e8f1fb; }"));
    auto *layout = new QHBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("calendarReminderText"));
    m_text->setWordWrap(true);
    m_import = new QPushButton(tr("&Import the calendar…"), this);
    m_import->setObjectName(QStringLiteral("importCalendarButton"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_import);
    connect(m_import, &QPushButton::clicked, this, &CalendarReminder::importRequested);
    connect(&db, &gd::Database::actorChanged, this, &CalendarReminder::refresh);
    connect(&db, &gd::Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("calendar_days")))
            refresh();
    });
    // The date turns (a window left open over the first of November).
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &CalendarReminder::refresh);
    timer->start(60 * 60 * 1000);
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
    m_text->setText(tr("The official holidays and make-up working days for %1 are not imported yet. Deadlines into "
                       "%1 are counted on a provisional calendar (weekends and the statutory holidays) and marked "
                       "provisional; import the State Council's notice for %1 as soon as it is published, and they "
                       "are counted again.")
                        .arg(year));
    show();
}

} // namespace gdui
