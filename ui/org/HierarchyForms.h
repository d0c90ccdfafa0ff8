#pragma once
// The detail forms of a street and of a community.
#include "common/RecordForm.h"
#include "org/OrgTypes.h"

class QLineEdit;
class QLabel;

namespace gdui {

class StreetForm : public RecordForm
{
    Q_OBJECT
public:
    explicit StreetForm(QWidget *parent = nullptr);
    void setStreet(const gd::Street &street);
    gd::Street street() const;

private:
    gd::Street m_street;
    QLineEdit *m_code;
    QLineEdit *m_name;
};

class CommunityForm : public RecordForm
{
    Q_OBJECT
public:
    explicit CommunityForm(QWidget *parent = nullptr);
    void setCommunity(const gd::Community &community, const QString &streetName);
    gd::Community community() const;
    // The image the QR code prints, as a file's bytes (the choose button reads the file).
    void setQrImage(const QByteArray &bytes);

private:
    gd::Community m_community;
    QLabel *m_street;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_wechat;
    QLineEdit *m_qrUrl;
    QLabel *m_qrImageState;
    QByteArray m_qrImage; // the QR code image chosen, saved with the community
};

} // namespace gdui
