#include "FieldErrors.h"

#include "MessageBox.h"

#include <QCoreApplication>

namespace gdui {

bool FieldErrors::report(QWidget *parent, const gd::Error &error) const
{
    if (!error.isError())
        return true;
    QWidget *w = m_fields.value(error.field);
    if (w) {
        w->setFocus(Qt::OtherFocusReason);
        w->setProperty("gdInvalid", true);
    }
    MessageBox::warning(parent, QCoreApplication::translate("gdui::FieldErrors", "Not saved"), error.message);
    return false;
}

} // namespace gdui
