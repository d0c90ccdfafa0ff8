#include "TrustOfficeDialog.h"

#include "common/FormRows.h"
#include "exchange/OfficeKey.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace gdui {

TrustOfficeDialog::TrustOfficeDialog(gd::Database &db, const gd::exchange::TrustedOffice &office, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_office(office)
{
    setObjectName(QStringLiteral("trustOfficeDialog"));
    setWindowTitle(tr("Trust an office"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Packages from <b>%1</b> are merged here only once you trust its key. Call that "
                                "office (not a number the package gives) and ask its administrator to read the "
                                "fingerprint shown under Exchange → Trusted offices. Type what they read.")
                                 .arg(office.office.isEmpty() ? tr("(no name)") : office.office.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto *carried = new QLabel(gd::exchange::fingerprint(office.publicKey), this);
    carried->setObjectName(QStringLiteral("carriedFingerprintLabel"));
    carried->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = carried->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setPointSizeF(mono.pointSizeF() * 1.2);
    carried->setFont(mono);
    form->addRow(tr("The key's fingerprint:"), carried);
    m_fingerprint = new QLineEdit(this);
    m_fingerprint->setObjectName(QStringLiteral("fingerprintEdit"));
    m_fingerprint->setPlaceholderText(tr("32 digits and letters A–F, spaces allowed"));
    m_fingerprint->setFont(mono);
    addFormRow(form, m_errors, tr("&Read to you:"), m_fingerprint, QStringLiteral("fingerprint"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("scopeLevelCombo"));
    m_level->addItem(tr("The whole district"), QStringLiteral("district"));
    m_level->addItem(tr("One street"), QStringLiteral("street"));
    m_level->addItem(tr("One community"), QStringLiteral("community"));
    m_level->addItem(tr("One grid"), QStringLiteral("grid"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("scopeCodeEdit"));
    m_code->setPlaceholderText(tr("its code, e.g. 370202002"));
    m_code->setEnabled(false);
    addFormRow(form, m_errors, tr("It may &send:"), m_level, QStringLiteral("scope"));
    form->addRow(tr("&Code:"), m_code);
    auto *areaNote = new QLabel(tr("A package from this office that changes records outside its area (another "
                                   "street's grids or cases, say) is refused whole."),
                                this);
    areaNote->setWordWrap(true);
    form->addRow(areaNote);
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_code->setEnabled(m_level->currentIndex() > 0); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *ok = buttons->addButton(tr("&Trust this office"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("trustButton"));
    connect(ok, &QPushButton::clicked, this, [this] {
        if (trust())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(520);
}

bool TrustOfficeDialog::trust()
{
    const QString level = m_level->currentData().toString();
    auto scope = gd::exchange::TrustScope::parse(
        level == QLatin1String("district") ? level : level + QLatin1Char(':') + m_code->text().trimmed());
    if (!m_errors.report(this, scope.error()))
        return false;
    m_office.scope = scope.value();
    return m_errors.report(this, gd::exchange::trustOffice(m_db, m_office, m_fingerprint->text()).error());
}

} // namespace gdui
