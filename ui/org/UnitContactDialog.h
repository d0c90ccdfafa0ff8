#pragma once
// Adds or edits one contact person of a handling unit: name, role and phone.
#include "common/FieldErrors.h"
#include "org/OrgTypes.h"

#include <QDialog>

class QLineEdit;

namespace gdui {

class UnitContactDialog : public QDialog
{
    Q_OBJECT
public:
    UnitContactDialog(const gd::UnitContact &contact, const QString &unitName, QWidget *parent = nullptr);
    gd::UnitContact contact() const;
    FieldErrors &errors() { return m_errors; }

private:
    gd::UnitContact m_contact;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QLineEdit *m_phone;
    FieldErrors m_errors;
};

} // namespace gdui
