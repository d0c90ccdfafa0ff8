#include "HierarchyForms.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    // What the contact card's QR code holds: the image WeChat made for the account, else a link.
    m_qrUrl = lineEdit(this, QStringLiteral("communityQrUrlLineEdit"), 500);
    m_qrUrl->setPlaceholderText(tr("https://… (the account's link, when there is no QR image)"));
    addRow(tr("QR code &link:"), m_qrUrl, QStringLiteral("qr_url"));
    auto *qrRow = new QWidget(this);
    auto *qrLayout = new QHBoxLayout(qrRow);
    qrLayout->setContentsMargins(0, 0, 0, 0);
    m_qrImageState = new QLabel(qrRow);
    auto *choose = new QPushButton(tr("C&hoose the QR image…"), qrRow);
    choose->setObjectName(QStringLiteral("chooseQrImageButton"));
    auto *clear = new QPushButton(tr("No image"), qrRow);
    qrLayout->addWidget(m_qrImageState, 1);
    qrLayout->addWidget(choose);
    qrLayout->addWidget(clear);
    addRow(tr("QR code image:"), qrRow, QStringLiteral("qr_image"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Choose the QR code image"), {}, tr("Images (*.png *.jpg *.jpeg)"));
        if (path.isEmpty())
            return;
        QFile f(path);
        // Core checks the size and the format on saving; reading the file is the form's part.
        setQrImage(f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    });
    connect(clear, &QPushButton::clicked, this, [this] { setQrImage({}); });
    setQrImage({});
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
    m_qrUrl->setText(c.qrUrl);
    setQrImage(c.qrImage);
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
    c.qrUrl = m_qrUrl->text().trimmed();
    c.qrImage = m_qrImage;
    return c;
}

void CommunityForm::setQrImage(const QByteArray &bytes)
{
    m_qrImage = bytes;
    m_qrImageState->setText(bytes.isEmpty()
                                ? tr("none: the link is printed as a QR code")
                                : tr("an image of %1 KB, printed as it is").arg((bytes.size() + 1023) / 1024));
}

} // namespace gdui
