#include "FormRows.h"

#include "FieldErrors.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace gdui {

void addFormRow(QFormLayout *form, FieldErrors &errors, const QString &label, QWidget *widget, const QString &field)
{
    auto *l = new QLabel(label, widget->parentWidget());
    l->setBuddy(widget);
    widget->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
    form->addRow(l, widget);
    errors.bind(field, widget);
}

QDialogButtonBox *addOkCancel(QDialog *dialog, QFormLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    form->addRow(buttons);
    return buttons;
}

} // namespace gdui
