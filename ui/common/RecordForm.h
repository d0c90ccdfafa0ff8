#pragma once
// A detail form: a titled form layout, Save (Ctrl+S) and Deactivate buttons, and the field →
// widget map for showing a service's refusal at the right field. Subclasses add the rows.
#include "FieldErrors.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace gdui {

class RecordForm : public QWidget
{
    Q_OBJECT
public:
    explicit RecordForm(QWidget *parent = nullptr);

    FieldErrors &errors() { return m_errors; }
    // A new record has no id yet: the remove button hides and the title says so.
    void setTitle(const QString &title);
    void setRemovable(bool removable);
    void setEditable(bool editable);
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void saveRequested();
    void removeRequested();

protected:
    // Adds a labelled row; the label's buddy is the widget, and the widget is registered for
    // the field name a service reports.
    void addRow(const QString &label, QWidget *widget, const QString &field);
    QVBoxLayout *outerLayout() const { return m_outer; }

private:
    QLabel *m_title;
    QFormLayout *m_form;
    QVBoxLayout *m_outer;
    QPushButton *m_save;
    QPushButton *m_remove;
    FieldErrors m_errors;
    QList<QWidget *> m_inputs;
};

} // namespace gdui
