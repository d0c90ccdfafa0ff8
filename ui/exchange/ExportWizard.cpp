#include "ExportWizard.h"

#include "common/Choosers.h"
#include "common/MessageBox.h"
#include "exchange/PeerWatermarks.h"
#include "org/GridService.h"
#include "org/HierarchyService.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QWizardPage>

namespace gdui {

namespace {

// A file name from what people call things: no characters a file system refuses.
QString fileSafe(QString text)
{
    static const QString bad = QStringLiteral("\\/:*?\"<>| ");
    for (QChar &c : text)
        if (bad.contains(c))
            c = QLatin1Char('-');
    return text;
}

} // namespace

ExportWizard::ExportWizard(gd::Database &db, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("exportWizard"));
    setWindowTitle(tr("Export a package"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Export"));

    // 1. What goes.
    auto *scopePage = new QWizardPage(this);
    scopePage->setTitle(tr("What goes into the package"));
    scopePage->setSubTitle(tr("Everything this office keeps, or one area with what its records need (its "
                              "workers, the levels above it and all reference data)."));
    auto *scopeForm = new QFormLayout(scopePage);
    m_kind = new QComboBox(scopePage);
    m_kind->setObjectName(QStringLiteral("scopeKind"));
    m_kind->addItem(tr("Everything"), int(gd::exchange::ExportScope::All));
    m_kind->addItem(tr("One street"), int(gd::exchange::ExportScope::Street));
    m_kind->addItem(tr("One community"), int(gd::exchange::ExportScope::Community));
    m_kind->addItem(tr("One grid"), int(gd::exchange::ExportScope::Grid));
    m_area = new QComboBox(scopePage);
    m_area->setObjectName(QStringLiteral("scopeArea"));
    m_area->setAccessibleName(tr("Area"));
    makeSearchable(m_area);
    scopeForm->addRow(tr("&Scope:"), m_kind);
    scopeForm->addRow(tr("&Area:"), m_area);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillAreas();
        suggestPath();
    });
    connect(m_area, &QComboBox::currentIndexChanged, this, &ExportWizard::suggestPath);
    addPage(scopePage);

    // 2. To whom.
    auto *peerPage = new QWizardPage(this);
    peerPage->setTitle(tr("The receiving office"));
    peerPage->setSubTitle(tr("GridDesk remembers what it sent to each office, so the next package to it can "
                             "hold only the changes."));
    auto *peerForm = new QFormLayout(peerPage);
    m_peer = new QComboBox(peerPage);
    m_peer->setObjectName(QStringLiteral("peerOffice"));
    m_peer->setEditable(true);
    m_peer->setAccessibleName(tr("Receiving office"));
    if (auto peers = gd::exchange::knownPeers(db))
        m_peer->addItems(*peers);
    m_peer->setCurrentText(QString());
    m_peer->lineEdit()->setPlaceholderText(tr("e.g. 市南区网格化服务管理中心"));
    m_onlyChanges = new QCheckBox(tr("Only what changed since the last package sent to this office"), peerPage);
    m_onlyChanges->setObjectName(QStringLiteral("onlyChanges"));
    m_peerHint = new QLabel(peerPage);
    m_peerHint->setWordWrap(true);
    m_peerHint->setText(tr("The first package to an office holds everything. If a package was lost on the way, "
                           "untick this box to send everything again."));
    peerForm->addRow(tr("&Office:"), m_peer);
    peerForm->addRow(QString(), m_onlyChanges);
    peerForm->addRow(QString(), m_peerHint);
    connect(m_peer, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        m_onlyChanges->setEnabled(!text.trimmed().isEmpty());
        if (text.trimmed().isEmpty())
            m_onlyChanges->setChecked(false);
        suggestPath();
    });
    m_onlyChanges->setEnabled(false);
    addPage(peerPage);

    // 3. The file.
    auto *filePage = new QWizardPage(this);
    filePage->setTitle(tr("The package file"));
    filePage->setSubTitle(tr("Save it where you can take it to the other office: a USB stick, or a folder you "
                             "send by mail."));
    auto *fileForm = new QFormLayout(filePage);
    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(filePage);
    m_path->setObjectName(QStringLiteral("packagePath"));
    m_path->setAccessibleName(tr("Package file"));
    auto *browse = new QPushButton(tr("&Browse…"), filePage);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    fileForm->addRow(tr("&File:"), fileRow);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Save the package"), m_path->text(),
                                                            tr("GridDesk packages (*.gdpkg)"));
        if (!chosen.isEmpty()) {
            m_path->setText(chosen);
            m_pathEdited = true;
        }
    });
    addPage(filePage);

    fillAreas();
    suggestPath();
    resize(640, 420);
}

void ExportWizard::fillAreas()
{
    const auto kind = gd::exchange::ExportScope::Kind(m_kind->currentData().toInt());
    QList<Choice> choices;
    if (kind == gd::exchange::ExportScope::Street)
        for (const gd::Street &s : gd::HierarchyService(m_db).streets())
            choices << Choice{s.code, tr("%1 (%2)").arg(s.name, s.code)};
    else if (kind == gd::exchange::ExportScope::Community)
        for (const gd::Community &c : gd::HierarchyService(m_db).communities())
            choices << Choice{c.code, tr("%1 (%2)").arg(c.name, c.code)};
    else if (kind == gd::exchange::ExportScope::Grid)
        for (const gd::Grid &g : gd::GridService(m_db).grids())
            choices << Choice{g.code, tr("%1 (%2)").arg(g.name, g.code)};
    fillChoices(m_area, choices);
    m_area->setEnabled(kind != gd::exchange::ExportScope::All);
}

void ExportWizard::suggestPath()
{
    if (m_pathEdited)
        return;
    const gd::exchange::ExportScope s = scope();
    QString what = m_db.meta(QStringLiteral("office_name"), tr("GridDesk"));
    if (s.kind != gd::exchange::ExportScope::All)
        what = s.code;
    QString name = what;
    if (!m_peer->currentText().trimmed().isEmpty())
        name += tr("-to-%1").arg(m_peer->currentText().trimmed());
    name += QDateTime::fromMSecsSinceEpoch(m_db.nowMs()).toString(QStringLiteral("-yyyyMMdd-HHmm"));
    const QString folder = m_path->text().isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_path->text()).absolutePath();
    m_path->setText(QDir(folder).filePath(fileSafe(name) + QStringLiteral(".gdpkg")));
}

gd::exchange::ExportScope ExportWizard::scope() const
{
    gd::exchange::ExportScope s;
    s.kind = gd::exchange::ExportScope::Kind(m_kind->currentData().toInt());
    if (s.kind != gd::exchange::ExportScope::All)
        s.code = chosenId(m_area);
    if (m_onlyChanges->isChecked())
        s.sinceLastTo = m_peer->currentText().trimmed();
    return s;
}

QString ExportWizard::path() const
{
    return m_path->text().trimmed();
}

void ExportWizard::setScope(gd::exchange::ExportScope::Kind kind, const QString &code)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    if (!code.isEmpty())
        selectChoice(m_area, code);
}

void ExportWizard::setPeer(const QString &office, bool onlyChanges)
{
    m_peer->setCurrentText(office);
    m_onlyChanges->setChecked(onlyChanges);
}

void ExportWizard::setPath(const QString &path)
{
    m_path->setText(path);
    m_pathEdited = true;
}

bool ExportWizard::runExport()
{
    const gd::exchange::ExportScope s = scope();
    if (s.kind != gd::exchange::ExportScope::All && s.code.isEmpty()) {
        m_result = tr("Choose the area the package is for.");
        MessageBox::warning(this, windowTitle(), m_result);
        return false;
    }
    if (path().isEmpty()) {
        m_result = tr("Name the package file.");
        MessageBox::warning(this, windowTitle(), m_result);
        return false;
    }
    QProgressDialog progress(tr("Writing the package…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto written = gd::exchange::exportPackage(m_db, path(), s, [&](double share) {
        progress.setValue(int(share * 1000));
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!written) {
        m_result =
            written.error().isCancelled() ? tr("The export was cancelled; no package was written.") : written.message();
        MessageBox::warning(this, windowTitle(), m_result);
        return false;
    }
    m_report = *written;
    qint64 rows = 0;
    for (const gd::exchange::TableDigest &t : m_report.tables)
        rows += t.rows;
    m_result = tr("The package %1 was written: %2 records, %3 MB.")
                   .arg(QDir::toNativeSeparators(m_report.path), QLocale().toString(rows))
                   .arg(double(m_report.bytes) / 1048576.0, 0, 'f', 1);
    MessageBox::information(this, windowTitle(), m_result);
    return true;
}

void ExportWizard::accept()
{
    if (runExport())
        QWizard::accept();
}

} // namespace gdui
