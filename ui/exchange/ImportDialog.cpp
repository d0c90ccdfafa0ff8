#include "ImportDialog.h"

#include "ExchangeModels.h"
#include "ExchangeNames.h"
#include "TrustOfficeDialog.h"
#include "common/NotUndoable.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gdui {

namespace {

bool wasCancelled(const gd::Error &e)
{
    return e.isCancelled();
}

} // namespace

ImportDialog::ImportDialog(gd::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a package"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setReadOnly(true);
    m_file->setAccessibleName(tr("Package file"));
    m_file->setPlaceholderText(tr("Choose the package another office sent (*.gdpkg)"));
    auto *browse = new QPushButton(tr("&Choose…"), this);
    browse->setObjectName(QStringLiteral("chooseButton"));
    row->addWidget(new QLabel(tr("Package:"), this));
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("sourceLabel"));
    m_source->setWordWrap(true);
    layout->addWidget(m_source);
    m_counts = new MergeCountsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("countsTable"));
    m_table->setModel(m_counts);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAccessibleName(tr("What merging changes, per kind of data"));
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trust = new QPushButton(tr("&Trust this office…"), this);
    m_trust->setObjectName(QStringLiteral("trustSenderButton"));
    m_trust->setToolTip(tr("Compare the key's fingerprint with the office that sent it, then merge its packages"));
    m_trust->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_trust, 0, Qt::AlignTop);
    layout->addLayout(statusRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_merge = buttons->addButton(tr("&Merge into this file"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setEnabled(false);
    layout->addWidget(notUndoableNote(tr("Undo a merge… on the Exchange page takes the whole merge back, from the "
                                         "undo file the merge leaves beside the database."),
                                      this));
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::choose);
    connect(m_merge, &QPushButton::clicked, this, &ImportDialog::merge);
    connect(m_trust, &QPushButton::clicked, this, &ImportDialog::trustSender);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setStatus(tr("Nothing is written until you press Merge: first GridDesk checks the package and shows what "
                 "merging it would change."),
              false);
    resize(720, 560);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::choose()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a package"), m_file->text(),
                                                      tr("GridDesk packages (*.gdpkg);;All files (*)"));
    if (!path.isEmpty())
        preview(path);
}

void ImportDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b03020;") : QString());
}

QString ImportDialog::statusText() const
{
    return m_status->text();
}

void ImportDialog::trustSender()
{
    const std::optional<gd::exchange::TrustedOffice> sender = gd::exchange::untrustedSender(m_db, m_path);
    if (!sender)
        return;
    TrustOfficeDialog dialog(m_db, *sender, this);
    if (dialog.exec() == QDialog::Accepted)
        preview(m_path);
}

bool ImportDialog::preview(const QString &path)
{
    m_path = path;
    m_package.reset();
    m_trust->hide();
    m_merge->setEnabled(false);
    m_counts->setReport({});
    m_source->clear();
    m_file->setText(QDir::toNativeSeparators(path));
    // Who may merge and whether it was merged before: decided as the command line decides it.
    const auto admitted = gd::exchange::admitPackage(m_db, path);
    if (!admitted) {
        setStatus(admitted.message(), true);
        return false;
    }
    if (admitted->alreadyMerged) {
        setStatus(tr("This package was merged before: merging it again would change nothing."), false);
        return false;
    }
    QProgressDialog progress(tr("Checking the package…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto step = [&](double from, double span) {
        return [&progress, from, span](double share) {
            progress.setValue(int((from + span * share) * 1000));
            return !progress.wasCanceled();
        };
    };
    auto opened = gd::exchange::PackageReader::open(path, m_db, step(0, 0.4));
    if (!opened) {
        progress.reset();
        // Signed by an office not trusted yet: the administrator may trust it here.
        m_trust->setVisible(gd::exchange::untrustedSender(m_db, path).has_value());
        setStatus(wasCancelled(opened.error()) ? tr("Cancelled: nothing was checked further, nothing written.")
                                               : opened.message(),
                  true);
        return false;
    }
    const gd::exchange::PackageInfo &info = (*opened)->info();
    const QJsonObject scope = QJsonDocument::fromJson(info.scope.toUtf8()).object();
    QString what = scope.value(QStringLiteral("kind")).toString() == QLatin1String("all")
                       ? tr("everything")
                       : tr("one area (%1)").arg(scope.value(QStringLiteral("code")).toString());
    if (scope.contains(QStringLiteral("since_last_to")))
        what = tr("%1, only the changes since the last package to %2")
                   .arg(what, scope.value(QStringLiteral("since_last_to")).toString());
    m_source->setText(
        tr("From <b>%1</b>, made %2; it holds %3.")
            .arg(info.sourceOffice.isEmpty() ? info.sourceSite.left(8) : info.sourceOffice.toHtmlEscaped(),
                 exchangeTime(info.createdMs), what.toHtmlEscaped()));
    auto dry = gd::exchange::mergePackage(m_db, **opened, true, step(0.4, 0.6));
    progress.reset();
    if (!dry) {
        setStatus(wasCancelled(dry.error()) ? tr("Cancelled: nothing was written.") : dry.message(), true);
        return false;
    }
    m_report = *dry;
    if (dry->alreadyMerged) {
        setStatus(tr("This package was merged before: merging it again would change nothing."), false);
        return false;
    }
    m_counts->setReport(*dry);
    m_table->resizeColumnsToContents();
    m_package = std::move(opened.value());
    m_merge->setEnabled(true);
    const gd::exchange::TableMergeCounts t = m_counts->totals();
    setStatus(tr("Checked: the package is whole and from another office. Merging adds %1 records, updates %2, "
                 "and finds %3 conflicts (both offices changed the same value; the newer is kept, the other is "
                 "listed under Conflicts). Nothing has been written yet.")
                  .arg(t.added)
                  .arg(t.updated)
                  .arg(t.conflicts),
              false);
    m_merge->setFocus();
    return true;
}

bool ImportDialog::merge()
{
    if (!m_package)
        return false;
    QProgressDialog progress(tr("Merging the package…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto done = gd::exchange::mergePackage(m_db, *m_package, false, [&](double share) {
        progress.setValue(int(share * 1000));
        return !progress.wasCanceled();
    });
    progress.reset();
    m_merge->setEnabled(false);
    if (!done) {
        setStatus(wasCancelled(done.error()) ? tr("Cancelled: the file is as it was before the merge.")
                                             : done.message(),
                  true);
        m_merge->setEnabled(wasCancelled(done.error()));
        return false;
    }
    m_report = *done;
    m_package.reset();
    m_counts->setReport(*done);
    const gd::exchange::TableMergeCounts t = m_counts->totals();
    QString text = tr("Merged: %1 records added, %2 updated, %3 conflicts. To take it back, use Undo a merge… "
                      "with %4.")
                       .arg(t.added)
                       .arg(t.updated)
                       .arg(t.conflicts)
                       .arg(QDir::toNativeSeparators(done->backupPath));
    if (done->clockCapped)
        text += QLatin1Char(' ') + tr("The package carried times far ahead of this PC's clock; they were capped. "
                                      "Check the other office's clock.");
    setStatus(text, false);
    Q_EMIT merged();
    return true;
}

} // namespace gdui
