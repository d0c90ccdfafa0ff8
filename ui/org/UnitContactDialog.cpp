#include "UnitContactDialog.h"

#include "common/FormRows.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace gdui {

UnitContactDialog::UnitContactDialog(const gd::UnitContact &c, const QString &unitName, QWidget *parent)
    : QDialog(parent)
    , m_contact(c)
{
    setObjectName(QStringLiteral("unitContactDialog"));
    setWindowTitle(c.id.isEmpty() ? tr("New contact of %1").arg(unitName) : tr("Contact %1").arg(c.name));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(c.name, this);
    m_name->setObjectName(QStringLiteral("unitContactNameLineEdit"));
    m_name->setMaxLength(30);
    m_role = new QLineEdit(c.role, this);
    m_role->setObjectName(QStringLiteral("unitContactRoleLineEdit"));
    m_role->setMaxLength(40);
    m_role->setPlaceholderText(tr("e.g. 抢修班长"));
    m_phone = new QLineEdit(c.phone, this);
    m_phone->setObjectName(QStringLiteral("unitContactPhoneLineEdit"));
    m_phone->setMaxLength(20);
    m_phone->setPlaceholderText(tr("Mobile, or landline with area code"));
    addFormRow(form, m_errors, tr("&Name:"), m_name, QStringLiteral("name"));
    addFormRow(form, m_errors, tr("&Role:"), m_role, QStringLiteral("role"));
    addFormRow(form, m_errors, tr("&Phone:"), m_phone, QStringLiteral("phone"));
    QDialogButtonBox *buttons = addOkCancel(this, form);
    buttons->setObjectName(QStringLiteral("unitContactButtonBox"));
    resize(380, sizeHint().height());
}

gd::UnitContact UnitContactDialog::contact() const
{
    gd::UnitContact c = m_contact;
    c.name = m_name->text().trimmed();
    c.role = m_role->text().trimmed();
    c.phone = m_phone->text().trimmed();
    return c;
}

} // namespace gdui
