#pragma once
// One special day of the working-day calendar: its date, whether it is a day off or a make-up
// working day (调休上班), and its name. The caller decides whether the day is accepted (the draft
// refuses a duplicate date); a refusal keeps the dialog open with the field focused.
#include "calendar/CalendarService.h"
#include "common/FieldErrors.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace gdui {

class CalendarDayDialog : public QDialog
{
    Q_OBJECT
public:
    using Accept = std::function<gd::Error(const gd::CalendarDay &)>;
    CalendarDayDialog(const gd::CalendarDay &day, Accept onAccept, QWidget *parent = nullptr);
    gd::CalendarDay day() const;
    void accept() override;

private:
    void showWeekday();
    Accept m_onAccept;
    QDateEdit *m_date;
    QLabel *m_weekday;
    QComboBox *m_kind;
    QLineEdit *m_name;
    FieldErrors m_errors;
};

} // namespace gdui
