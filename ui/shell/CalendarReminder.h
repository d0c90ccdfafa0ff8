#pragma once
// The bar that reminds an administrator to import next year's official calendar: from November
// (the State Council publishes the notice in November or December), and all the while the year
// in course has none, deadlines into that year are counted on a provisional calendar
// (calendar/WorkCalendar.h). Only those who may import it see the bar; it offers the import.
#include "NoticeBar.h"

namespace gd {
class Database;
}

namespace gdui {

class CalendarReminder : public NoticeBar
{
    Q_OBJECT
public:
    explicit CalendarReminder(gd::Database &db, QWidget *parent = nullptr);
    QPushButton *importButton() const { return button(); }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The administrator asked to open the calendar of the case rules.
    void importRequested();

private:
    gd::Database &m_db;
};

} // namespace gdui
