#include "BeijingTime.h"

#include <QDateTimeEdit>
#include <QTimeZone>

namespace gdui {

QDateTimeEdit *newBeijingTimeEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    return edit;
}

void setBeijingTime(QDateTimeEdit *edit, qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600));
    edit->setDate(t.date());
    edit->setTime(QTime(t.time().hour(), t.time().minute()));
}

qint64 beijingTimeOf(const QDateTimeEdit *edit)
{
    return QDateTime(edit->date(), edit->time(), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

} // namespace gdui
