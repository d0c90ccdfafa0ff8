#pragma once
// Date-and-time edits that show Beijing's wall clock whatever this PC's zone (deadlines and
// records are counted in Beijing time; Qt 6.4's QDateTimeEdit has no time zone of its own).
#include <QtGlobal>

class QDateTimeEdit;
class QString;
class QWidget;

namespace gdui {

// "yyyy-MM-dd HH:mm" with a calendar popup.
QDateTimeEdit *newBeijingTimeEdit(QWidget *parent, const QString &objectName);
// Shows the instant to the minute.
void setBeijingTime(QDateTimeEdit *edit, qint64 ms);
// The instant the edit shows, read as Beijing time.
qint64 beijingTimeOf(const QDateTimeEdit *edit);

} // namespace gdui
