#include "SettingsDialog.h"

#include "AppSettings.h"
#include "access/ClockAgreement.h"
#include "access/Permissions.h"
#include "common/NotUndoable.h"
#include "exchange/OfficeKey.h"
#include "org/OfficeSettings.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gdui {

SettingsDialog::SettingsDialog(gd::Database &db, AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *pc = new QGroupBox(tr("This computer"), this);
    auto *pcForm = new QFormLayout(pc);
    m_language = new QComboBox(pc);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    auto *languageLabel = new QLabel(tr("&Language:"), pc);
    languageLabel->setBuddy(m_language);
    pcForm->addRow(languageLabel, m_language);
    pcForm->addRow(new QLabel(tr("A new language applies the next time GridDesk starts."), pc));
    auto *fileRow = new QHBoxLayout;
    m_file = new QLabel(QDir::toNativeSeparators(db.path()), pc);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setWordWrap(true);
    auto *choose = new QPushButton(tr("&Open another file…"), pc);
    choose->setObjectName(QStringLiteral("chooseDataFileButton"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    pcForm->addRow(tr("Data file:"), fileRow);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Open or create a GridDesk file"), m_db.path(),
                                                       tr("GridDesk files (*.sqlite *.griddesk);;All files (*)"),
                                                       nullptr, QFileDialog::DontConfirmOverwrite);
        if (f.isEmpty())
            return;
        m_requestedFile = f;
        m_file->setText(QDir::toNativeSeparators(f));
    });
    layout->addWidget(pc);

    auto *office = new QGroupBox(tr("Office (kept in the data file)"), this);
    auto *officeForm = new QFormLayout(office);
    const gd::OfficeIdentity id = gd::OfficeSettings(db).load();
    auto field = [&](const QString &label, const QString &value, const QString &name, const QString &key) {
        auto *e = new QLineEdit(value, office);
        e->setObjectName(name);
        auto *l = new QLabel(label, office);
        l->setBuddy(e);
        e->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        officeForm->addRow(l, e);
        m_errors.bind(key, e);
        return e;
    };
    m_officeName = field(tr("Office &name:"), id.name, QStringLiteral("officeNameLineEdit"), QStringLiteral("name"));
    m_district = field(tr("&District code:"), id.districtCode, QStringLiteral("districtCodeLineEdit"),
                       QStringLiteral("district_code"));
    m_address =
        field(tr("Office &address:"), id.address, QStringLiteral("officeAddressLineEdit"), QStringLiteral("address"));
    m_phone = field(tr("Office &phone:"), id.phone, QStringLiteral("officePhoneLineEdit"), QStringLiteral("phone"));
    m_supervision = field(tr("&Supervision phone:"), id.supervisionPhone, QStringLiteral("supervisionPhoneLineEdit"),
                          QStringLiteral("supervision_phone"));
    m_caseCode =
        field(tr("Case number &code:"), id.caseCode, QStringLiteral("caseCodeLineEdit"), QStringLiteral("case_code"));
    m_caseCode->setMaxLength(4);
    m_caseCode->setToolTip(tr("Four digits that open this office's case numbers (%1-20261205-0012), read out over "
                              "the phone; the district gives each office its own so numbers never collide.")
                               .arg(id.caseCode));
    // The key that signs this office's packages: what other offices compare before trusting it.
    auto key = gd::exchange::officeKey(db);
    auto *fingerprint = new QLabel(key ? gd::exchange::fingerprint(key->publicKey) : key.message(), office);
    fingerprint->setObjectName(QStringLiteral("fingerprintLabel"));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fingerprint->setToolTip(tr("Other offices trust this office's packages after comparing this fingerprint "
                               "(Exchange → Trusted offices)."));
    officeForm->addRow(tr("Key fingerprint:"), fingerprint);
    m_clockTolerance = new QSpinBox(office);
    m_clockTolerance->setObjectName(QStringLiteral("clockToleranceSpinBox"));
    m_clockTolerance->setRange(1, gd::kMaxClockToleranceHours);
    m_clockTolerance->setValue(gd::clockToleranceHours(db));
    m_clockTolerance->setSuffix(tr(" hours"));
    m_clockTolerance->setToolTip(tr("A package holding changes dated further ahead of this PC's clock than this is "
                                    "refused: the other office's PC clock is wrong."));
    auto *toleranceLabel = new QLabel(tr("Packages' &clock tolerance:"), office);
    toleranceLabel->setBuddy(m_clockTolerance);
    officeForm->addRow(toleranceLabel, m_clockTolerance);
    m_errors.bind(QStringLiteral("clock_tolerance"), m_clockTolerance);
    m_minimumSample = new QSpinBox(office);
    m_minimumSample->setObjectName(QStringLiteral("minimumSampleSpinBox"));
    m_minimumSample->setRange(1, 100);
    m_minimumSample->setValue(id.minimumSample);
    m_minimumSample->setSuffix(tr(" cases"));
    m_minimumSample->setToolTip(
        tr("A figure resting on fewer cases is shown greyed with its counts and never ranked."));
    auto *sampleLabel = new QLabel(tr("Figures' &minimum sample:"), office);
    sampleLabel->setBuddy(m_minimumSample);
    officeForm->addRow(sampleLabel, m_minimumSample);
    m_errors.bind(QStringLiteral("minimum_sample"), m_minimumSample);
    const bool canEdit = gd::roleAllows(db.actor().role, gd::Permission::EditSettings);
    office->setEnabled(canEdit);
    if (!canEdit)
        office->setToolTip(tr("Only an administrator changes the office settings."));
    layout->addWidget(office);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(notUndoableNote(settingsTakenBackBy(), this));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    setMinimumWidth(520);
}

void SettingsDialog::accept()
{
    if (gd::roleAllows(m_db.actor().role, gd::Permission::EditSettings)) {
        gd::OfficeIdentity id;
        id.name = m_officeName->text();
        id.districtCode = m_district->text();
        id.address = m_address->text();
        id.phone = m_phone->text();
        id.supervisionPhone = m_supervision->text();
        id.caseCode = m_caseCode->text().trimmed();
        id.minimumSample = m_minimumSample->value();
        gd::Status s = gd::OfficeSettings(m_db).save(id);
        if (!m_errors.report(this, s.error()))
            return;
        if (m_clockTolerance->value() != gd::clockToleranceHours(m_db))
            if (!m_errors.report(this, gd::setClockToleranceHours(m_db, m_clockTolerance->value()).error()))
                return;
    }
    m_settings.setLanguage(m_language->currentData().toString());
    if (!m_requestedFile.isEmpty())
        m_settings.setDataFile(m_requestedFile);
    QDialog::accept();
}

} // namespace gdui
