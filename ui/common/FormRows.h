#pragma once
// Rows of the small dialogs: a label that is the widget's buddy (so Alt+letter reaches it), the
// accessible name, and the field a service names when it refuses the value.
#include <QString>
#include <QStringList>

#include <functional>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QTableWidget;
class QWidget;

namespace gdui {

class FieldErrors;

void addFormRow(QFormLayout *form, FieldErrors &errors, const QString &label, QWidget *widget, const QString &field);
// OK / Cancel wired to the dialog's accept and reject.
QDialogButtonBox *addOkCancel(QDialog *dialog, QFormLayout *form);
// A table of rows a dialog edits (a dispute's parties, a meeting's tasks): whole rows selected,
// the last column stretched.
QTableWidget *newRowTable(QWidget *parent, const QString &objectName, const QStringList &headers);
// The table with "add" (calling `add`) and "remove" (the current row) buttons beside it.
QWidget *tableWithButtons(QWidget *parent, QTableWidget *table, const QString &addText,
                          const std::function<void()> &add);

} // namespace gdui
