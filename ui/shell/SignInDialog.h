#pragma once
// Sign-in at start: the last operator's login is filled in; the password is checked by the core.
#include "access/Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace gd {
class Database;
}

namespace gdui {

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(gd::Database &db, const QString &lastLogin, QWidget *parent = nullptr);
    gd::Actor actor() const { return m_actor; }
    // For tests and automation: fills in and submits.
    bool signIn(const QString &login, const QString &password);
    QString errorText() const;
    // On the first start, after the demo office was built: says which demo logins exist.
    void showDemoLogins();
    QString demoLoginsText() const;

    void accept() override;

private:
    gd::Database &m_db;
    gd::Actor m_actor;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_error;
    QLabel *m_demo;
};

} // namespace gdui
