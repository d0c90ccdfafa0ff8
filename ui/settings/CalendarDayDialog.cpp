#include "CalendarDayDialog.h"

#include "common/FormRows.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace gdui {

CalendarDayDialog::CalendarDayDialog(const gd::CalendarDay &day, Accept onAccept, QWidget *parent)
    : QDialog(parent)
    , m_onAccept(std::move(onAccept))
{
    setObjectName(QStringLiteral("calendarDayDialog"));
    setWindowTitle(day.date.isEmpty() ? tr("New calendar day") : tr("Calendar day %1").arg(day.date));
    auto *form = new QFormLayout(this);

    auto *dateRow = new QWidget(this);
    auto *dateLayout = new QHBoxLayout(dateRow);
    dateLayout->setContentsMargins(0, 0, 0, 0);
    m_date = new QDateEdit(dateRow);
    m_date->setObjectName(QStringLiteral("calendarDateEdit"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 31));
    const QDate date = QDate::fromString(day.date, Qt::ISODate);
    m_date->setDate(date.isValid() ? date : QDate(QDate::currentDate().year(), 1, 1));
    // The weekday beside the date: a make-up working day must fall on a weekend, and the State
    // Council's notice gives dates only.
    m_weekday = new QLabel(dateRow);
    m_weekday->setObjectName(QStringLiteral("calendarWeekdayLabel"));
    dateLayout->addWidget(m_date);
    dateLayout->addWidget(m_weekday, 1);
    m_date->setAccessibleName(tr("Date"));
    form->addRow(tr("&Date:"), dateRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(dateRow)))
        label->setBuddy(m_date);
    m_errors.bind(QStringLiteral("date"), m_date);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("calendarKindComboBox"));
    m_kind->addItem(tr("Day off (holiday)"), QStringLiteral("holiday"));
    m_kind->addItem(tr("Make-up working day (a weekend day that is worked)"), QStringLiteral("workday"));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(day.kind)));
    addFormRow(form, m_errors, tr("&Kind:"), m_kind, QStringLiteral("kind"));

    m_name = new QLineEdit(day.name, this);
    m_name->setObjectName(QStringLiteral("calendarNameLineEdit"));
    m_name->setMaxLength(gd::CalendarService::kMaxName);
    m_name->setPlaceholderText(tr("e.g. 春节, 国庆节调休上班"));
    addFormRow(form, m_errors, tr("&Name:"), m_name, QStringLiteral("name"));

    addOkCancel(this, form)->setObjectName(QStringLiteral("calendarDayButtonBox"));
    connect(m_date, &QDateEdit::dateChanged, this, &CalendarDayDialog::showWeekday);
    showWeekday();
    resize(420, sizeHint().height());
}

void CalendarDayDialog::showWeekday()
{
    m_weekday->setText(QLocale().dayName(m_date->date().dayOfWeek()));
}

gd::CalendarDay CalendarDayDialog::day() const
{
    return {{}, m_date->date().toString(Qt::ISODate), m_kind->currentData().toString(), m_name->text().trimmed()};
}

void CalendarDayDialog::accept()
{
    if (m_onAccept && !m_errors.report(this, m_onAccept(day())))
        return;
    QDialog::accept();
}

} // namespace gdui
