#include "HierarchyForms.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace gdui {

namespace {
QLineEdit *lineEdit(QWidget *parent, const QString &name, int maxLength)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setMaxLength(maxLength);
    return e;
}
} // namespace

StreetForm::StreetForm(QWidget *parent)
    : RecordForm(parent)
{
    m_code = lineEdit(this, QStringLiteral("streetCodeLineEdit"), 9);
    m_code->setPlaceholderText(tr("9 digits, e.g. 370202001"));
    m_name = lineEdit(this, QStringLiteral("streetNameLineEdit"), 40);
    addRow(tr("&Code:"), m_code, QStringLiteral("code"));
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));
    outerLayout()->addStretch();
}

void StreetForm::setStreet(const gd::Street &s)
{
    m_street = s;
    m_code->setText(s.code);
    m_name->setText(s.name);
    setTitle(s.id.isEmpty() ? tr("New street") : tr("Street: %1").arg(s.name));
    setRemovable(!s.id.isEmpty());
}

gd::Street StreetForm::street() const
{
    gd::Street s = m_street;
    s.code = m_code->text().trimmed();
    s.name = m_name->text().trimmed();
    return s;
}

CommunityForm::CommunityForm(QWidget *parent)
    : RecordForm(parent)
{
    m_street = new QLabel(this);
    m_code = lineEdit(this, QStringLiteral("communityCodeLineEdit"), 12);
    m_code->setPlaceholderText(tr("12 digits: the street's 9 and 3 more"));
    m_name = lineEdit(this, QStringLiteral("communityNameLineEdit"), 40);
    m_address = lineEdit(this, QStringLiteral("communityAddressLineEdit"), 100);
    m_phone = lineEdit(this, QStringLiteral("communityPhoneLineEdit"), 20);
    m_phone->setPlaceholderText(tr("e.g. 0532-82871234"));
    m_wechat = lineEdit(this, QStringLiteral("communityWechatLineEdit"), 60);
    addRow(tr("Street:"), m_street, QStringLiteral("street_id"));
    addRow(tr("&Code:"), m_code, QStringLiteral("code"));
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));
    addRow(tr("Office &address:"), m_address, QStringLiteral("address"));
    addRow(tr("Office &phone:"), m_phone, QStringLiteral("phone"));
    addRow(tr("&WeChat account:"), m_wechat, QStringLiteral("wechat"));
    outerLayout()->addStretch();
}

void CommunityForm::setCommunity(const gd::Community &c, const QString &streetName)
{
    m_community = c;
    m_street->setText(streetName);
    m_code->setText(c.code);
    m_name->setText(c.name);
    m_address->setText(c.address);
    m_phone->setText(c.phone);
    m_wechat->setText(c.wechat);
    setTitle(c.id.isEmpty() ? tr("New community") : tr("Community: %1").arg(c.name));
    setRemovable(!c.id.isEmpty());
}

gd::Community CommunityForm::community() const
{
    gd::Community c = m_community;
    c.code = m_code->text().trimmed();
    c.name = m_name->text().trimmed();
    c.address = m_address->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.wechat = m_wechat->text().trimmed();
    return c;
}

} // namespace gdui
