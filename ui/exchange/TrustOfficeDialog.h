#pragma once
// 信任该单位: an administrator trusts another office's key after comparing its fingerprint with
// the one that office reads over the phone. The dialog shows the office's name and the
// fingerprint of the key its package (or key file) carries; the administrator types what was
// read to them, and chooses what the office may send (the whole district, or one street,
// community or grid). Core decides (exchange/Trust.h): a fingerprint that does not match is
// refused, naming both.
#include "common/FieldErrors.h"
#include "exchange/Trust.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace gd {
class Database;
}

namespace gdui {

class TrustOfficeDialog : public QDialog
{
    Q_OBJECT
public:
    TrustOfficeDialog(gd::Database &db, const gd::exchange::TrustedOffice &office, QWidget *parent = nullptr);
    // Trusts the office with what was typed; false (the reason shown at its field) when refused.
    bool trust();
    QLineEdit *fingerprintEdit() const { return m_fingerprint; }
    QComboBox *levelCombo() const { return m_level; }
    QLineEdit *codeEdit() const { return m_code; }

private:
    gd::Database &m_db;
    gd::exchange::TrustedOffice m_office;
    FieldErrors m_errors;
    QLineEdit *m_fingerprint;
    QComboBox *m_level;
    QLineEdit *m_code;
};

} // namespace gdui
