#pragma once
// Rows of the small dialogs: a label that is the widget's buddy (so Alt+letter reaches it), the
// accessible name, and the field a service names when it refuses the value.
#include <QString>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QWidget;

namespace gdui {

class FieldErrors;

void addFormRow(QFormLayout *form, FieldErrors &errors, const QString &label, QWidget *widget, const QString &field);
// OK / Cancel wired to the dialog's accept and reject.
QDialogButtonBox *addOkCancel(QDialog *dialog, QFormLayout *form);

} // namespace gdui
