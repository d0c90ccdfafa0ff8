#include "SignInDialog.h"

#include "access/OperatorService.h"
#include "demo/DemoDistrict.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace gdui {

SignInDialog::SignInDialog(gd::Database &db, const QString &lastLogin, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Sign in to GridDesk"));
    auto *form = new QFormLayout(this);
    auto *file = new QLabel(tr("Data file: %1").arg(QFileInfo(db.path()).fileName()), this);
    file->setToolTip(db.path());
    form->addRow(file);
    m_login = new QLineEdit(lastLogin, this);
    m_login->setObjectName(QStringLiteral("loginLineEdit"));
    m_login->setAccessibleName(tr("Login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *loginLabel = new QLabel(tr("&Login:"), this);
    loginLabel->setBuddy(m_login);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(loginLabel, m_login);
    form->addRow(passwordLabel, m_password);
    m_demo = new QLabel(this);
    m_demo->setObjectName(QStringLiteral("demoLoginsLabel"));
    m_demo->setWordWrap(true);
    m_demo->setTextFormat(Qt::PlainText);
    m_demo->hide();
    form->addRow(m_demo);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    if (lastLogin.isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
    setMinimumWidth(360);
}

QString SignInDialog::errorText() const
{
    return m_error->text();
}

void SignInDialog::showDemoLogins()
{
    int count = 0;
    const gd::DemoOperator *operators = gd::demoOperators(&count);
    QStringList lines;
    for (int i = 0; i < count; ++i) {
        gd::Role role = gd::Role::Staff;
        gd::roleFromKey(QString::fromLatin1(operators[i].role), &role);
        lines << tr("%1 / %2 — %3, %4")
                     .arg(QString::fromUtf8(operators[i].login), QString::fromUtf8(operators[i].password),
                          gd::roleDisplayName(role), QString::fromUtf8(operators[i].displayName));
    }
    m_demo->setText(tr("A demo office was just built in this file. Sign in as one of its operators (login / "
                       "password):\n%1\nChange these passwords before real use (File → Operators).")
                        .arg(lines.join(QLatin1Char('\n'))));
    m_demo->show();
}

QString SignInDialog::demoLoginsText() const
{
    return m_demo->isHidden() ? QString() : m_demo->text();
}

bool SignInDialog::signIn(const QString &login, const QString &password)
{
    m_login->setText(login);
    m_password->setText(password);
    accept();
    return result() == QDialog::Accepted;
}

void SignInDialog::accept()
{
    auto r = gd::OperatorService(m_db).authenticate(m_login->text(), m_password->text());
    if (!r) {
        m_error->setText(r.message());
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_actor = r.value();
    QDialog::accept();
}

} // namespace gdui
