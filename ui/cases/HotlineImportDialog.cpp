#include "HotlineImportDialog.h"

#include "HotlinePreviewModel.h"
#include "HotlineReportModel.h"
#include "cases/CategoryService.h"
#include "common/ListParts.h"
#include "common/MessageBox.h"
#include "common/NotUndoable.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace gdui {

HotlineImportDialog::HotlineImportDialog(gd::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Import 12345 hotline work orders"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QGridLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("importFileLineEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setAccessibleName(tr("CSV file"));
    fileLabel->setBuddy(m_fileEdit);
    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseFilePushButton"));
    choose->setAccessibleName(tr("Choose the CSV file"));
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncodingComboBox"));
    m_encoding->setAccessibleName(tr("Encoding"));
    for (gd::TextEncoding e : {gd::TextEncoding::Auto, gd::TextEncoding::Utf8, gd::TextEncoding::Gb18030})
        m_encoding->addItem(e == gd::TextEncoding::Auto ? tr("Automatic") : gd::textcodec::displayName(e), int(e));
    encodingLabel->setBuddy(m_encoding);
    top->addWidget(fileLabel, 0, 0);
    top->addWidget(m_fileEdit, 0, 1);
    top->addWidget(choose, 0, 2);
    top->addWidget(encodingLabel, 1, 0);
    top->addWidget(m_encoding, 1, 1, 1, 2, Qt::AlignLeft);
    layout->addLayout(top);
    m_status = new QLabel(tr("Choose the CSV file the 12345 hotline exported."), this);
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_pages = new QStackedWidget(this);
    auto *setup = new QWidget(m_pages);
    auto *setupLayout = new QVBoxLayout(setup);
    setupLayout->setContentsMargins(0, 0, 0, 0);
    auto *columns = new QGroupBox(tr("Columns (* required)"), setup);
    auto *grid = new QGridLayout(columns);
    const QStringList fields = gd::HotlineMapping::fields();
    for (int i = 0; i < fields.size(); ++i) {
        const QString &field = fields.at(i);
        const QString name = gd::HotlineMapping::label(field);
        auto *label = new QLabel(
            name + (gd::HotlineMapping::isRequired(field) ? QStringLiteral(" *:") : QStringLiteral(":")), columns);
        auto *combo = new QComboBox(columns);
        combo->setObjectName(field + QStringLiteral("MappingComboBox"));
        combo->setAccessibleName(tr("Column for %1").arg(name));
        label->setBuddy(combo);
        const int row = i % ((fields.size() + 1) / 2);
        const int pair = i / ((fields.size() + 1) / 2);
        grid->addWidget(label, row, pair * 2);
        grid->addWidget(combo, row, pair * 2 + 1);
        m_combos.insert(field, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this]() {
            if (!m_filling)
                refreshPreview();
        });
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    setupLayout->addWidget(columns);
    m_categoryBox = new QGroupBox(tr("Hotline categories this office does not have"), setup);
    m_categoryBox->setObjectName(QStringLiteral("importCategoriesGroupBox"));
    new QFormLayout(m_categoryBox);
    m_categoryBox->hide();
    setupLayout->addWidget(m_categoryBox);
    auto *previewBox = new QGroupBox(tr("Preview of the first %1 lines").arg(kPreviewLines), setup);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_preview = new HotlinePreviewModel(this);
    m_previewTable = new QTableView(previewBox);
    setupRecordTable(m_previewTable, QStringLiteral("importPreviewTableView"), tr("Preview"));
    m_previewTable->setModel(m_preview);
    m_previewTable->horizontalHeader()->setStretchLastSection(false);
    previewLayout->addWidget(m_previewTable);
    setupLayout->addWidget(previewBox, 1);
    m_pages->addWidget(setup);

    auto *done = new QWidget(m_pages);
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(done);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    doneLayout->addWidget(m_summary);
    m_reportModel = new HotlineReportModel(this);
    m_reportTable = new QTableView(done);
    setupRecordTable(m_reportTable, QStringLiteral("importReportTableView"), tr("Notes on the lines"));
    m_reportTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_reportTable->setModel(m_reportModel);
    doneLayout->addWidget(m_reportTable, 1);
    // Ctrl+C copies the chosen lines of the report; the button copies all of it.
    auto *copySelected = new QAction(tr("Copy"), m_reportTable);
    copySelected->setShortcut(QKeySequence::Copy);
    copySelected->setShortcutContext(Qt::WidgetShortcut);
    m_reportTable->addAction(copySelected);
    connect(copySelected, &QAction::triggered, this, [this]() {
        QList<int> rows;
        for (const QModelIndex &i : m_reportTable->selectionModel()->selectedRows())
            rows << i.row();
        std::sort(rows.begin(), rows.end());
        QGuiApplication::clipboard()->setText(m_reportModel->toText(rows));
    });
    auto *copyAll = new QPushButton(tr("C&opy report"), done);
    copyAll->setObjectName(QStringLiteral("copyReportPushButton"));
    connect(copyAll, &QPushButton::clicked, this, &HotlineImportDialog::copyReport);
    doneLayout->addWidget(copyAll, 0, Qt::AlignLeft);
    m_pages->addWidget(done);
    layout->addWidget(m_pages, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importPushButton"));
    m_import->setEnabled(false);
    layout->addWidget(notUndoableNote(
        tr("Imported orders are cases like any other: a wrong one is refused or closed on the case page, and "
           "importing the same file again adds nothing twice."),
        this));
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &HotlineImportDialog::chooseFile);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &HotlineImportDialog::reload);
    connect(m_import, &QPushButton::clicked, this, &HotlineImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1000, 700);
    choose->setFocus();
}

void HotlineImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the hotline's CSV file"),
                                                      m_path.isEmpty() ? QDir::homePath() : m_path,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool HotlineImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    reload();
    return m_file.has_value();
}

void HotlineImportDialog::setEncoding(gd::TextEncoding encoding)
{
    m_encoding->setCurrentIndex(m_encoding->findData(int(encoding))); // reloads through the signal
}

void HotlineImportDialog::showProblem(const QString &text)
{
    m_status->setText(text);
    m_import->setEnabled(false);
}

void HotlineImportDialog::reload()
{
    if (m_path.isEmpty())
        return;
    m_pages->setCurrentIndex(0);
    auto file = gd::HotlineImport::read(m_path, gd::TextEncoding(m_encoding->currentData().toInt()));
    if (!file) {
        m_file.reset();
        fillMapping({});
        m_preview->clear();
        showProblem(file.message());
        return;
    }
    m_file = file.value();
    m_preview->clear();
    m_unknownCategories.clear();
    clearCategories();
    fillMapping(gd::HotlineImport(m_db).mappingFor(*m_file));
    refreshPreview();
}

void HotlineImportDialog::fillMapping(const gd::HotlineMapping &mapping)
{
    m_filling = true;
    for (auto it = m_combos.constBegin(); it != m_combos.constEnd(); ++it) {
        QComboBox *combo = it.value();
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        if (m_file)
            for (const QString &h : m_file->headers)
                if (!h.isEmpty())
                    combo->addItem(h, h);
        combo->setCurrentIndex(qMax(0, combo->findData(mapping.column(it.key()))));
    }
    m_filling = false;
}

void HotlineImportDialog::clearCategories()
{
    auto *form = static_cast<QFormLayout *>(m_categoryBox->layout());
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_categoryCombos.clear();
    m_categoryBox->hide();
}

void HotlineImportDialog::fillCategories(const QStringList &unknown)
{
    // The texts first seen stay listed while the operator maps them, so a choice can be changed.
    bool added = false;
    for (const QString &text : unknown)
        if (!m_unknownCategories.contains(text)) {
            m_unknownCategories << text;
            added = true;
        }
    if (!added)
        return;
    clearCategories();
    const QList<gd::Category> tree = gd::CategoryService(m_db).tree();
    for (const QString &text : std::as_const(m_unknownCategories)) {
        auto *combo = new QComboBox(m_categoryBox);
        combo->setObjectName(QStringLiteral("categoryMappingComboBox"));
        combo->setAccessibleName(tr("Our category for %1").arg(text));
        combo->addItem(tr("(under Other, flagged)"), QString());
        for (const gd::Category &c : tree)
            combo->addItem(QStringLiteral("%1 %2").arg(c.code, c.name), c.id);
        connect(combo, &QComboBox::currentIndexChanged, this, [this]() {
            if (!m_filling)
                refreshPreview();
        });
        m_categoryCombos.insert(text, combo);
        static_cast<QFormLayout *>(m_categoryBox->layout())->addRow(text.isEmpty() ? tr("(empty)") : text, combo);
    }
    m_categoryBox->setVisible(!m_unknownCategories.isEmpty());
}

gd::HotlineImportOptions HotlineImportDialog::importOptions() const
{
    gd::HotlineImportOptions options;
    options.attachTo = m_preview->attachChoices();
    for (auto it = m_categoryCombos.constBegin(); it != m_categoryCombos.constEnd(); ++it)
        options.categories.set(it.key(), it.value()->currentData().toString());
    return options;
}

gd::HotlineMapping HotlineImportDialog::mapping() const
{
    gd::HotlineMapping m;
    for (auto it = m_combos.constBegin(); it != m_combos.constEnd(); ++it)
        m.setColumn(it.key(), it.value()->currentData().toString());
    return m;
}

void HotlineImportDialog::refreshPreview()
{
    if (!m_file)
        return;
    auto preview = gd::HotlineImport(m_db).preview(*m_file, mapping(), kPreviewLines, importOptions());
    if (!preview) {
        m_preview->clear();
        showProblem(preview.message());
        return;
    }
    fillCategories(preview->unknownCategories);
    m_preview->setPreview(preview.value());
    m_previewTable->resizeColumnsToContents();
    // A long description would push every other column out of sight; the tooltip has it whole.
    const int widest = m_previewTable->fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_previewTable->setColumnWidth(c, qMin(m_previewTable->columnWidth(c), widest));
    const int shown = int(preview->rows.size());
    QString text = tr("%1 text, %n line(s) of work orders.", nullptr, preview->totalRows)
                       .arg(gd::textcodec::displayName(m_file->encoding));
    if (m_preview->problemRows() > 0)
        text += QLatin1Char(' ') + tr("%1 of the first %2 would not be imported (shaded; the tooltip says why).")
                                       .arg(m_preview->problemRows())
                                       .arg(shown);
    if (m_preview->repeatRows() > 0)
        text += QLatin1Char(' ') +
                tr("%1 of them repeat a case on file: checked, a line is attached to it (from score %2); the others "
                   "from score %3 wait in the review of suspected repeats.")
                    .arg(m_preview->repeatRows())
                    .arg(preview->scores.attach)
                    .arg(preview->scores.review);
    m_status->setText(text);
    m_import->setEnabled(preview->totalRows > 0);
}

bool HotlineImportDialog::runImport()
{
    if (!m_file)
        return false;
    const gd::HotlineMapping chosen = mapping();
    QProgressDialog progress(tr("Importing work orders…"), tr("Cancel"), 0, int(m_file->rows.size()), this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    auto result = gd::HotlineImport(m_db).run(
        *m_file, chosen, importOptions(),
        [&](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QCoreApplication::processEvents();
        },
        [&]() { return progress.wasCanceled(); });
    progress.close();
    if (!result) {
        MessageBox::warning(this, windowTitle(), result.message());
        return false;
    }
    m_report = result.value();
    m_reportModel->setNotes(m_report.notes);
    m_reportTable->resizeColumnsToContents();
    m_summary->setText(reportSummary());
    m_status->setText(tr("The import is finished; the lines it did not take, or took with a note, are listed below."));
    m_pages->setCurrentIndex(1);
    m_import->setEnabled(false);
    m_reportTable->setFocus();
    if (m_report.imported > 0)
        Q_EMIT imported(m_report.imported);
    return true;
}

QString HotlineImportDialog::reportSummary() const
{
    QString text = tr("Imported %1, already imported %2, refused %3, of %n line(s).", nullptr, m_report.totalRows)
                       .arg(m_report.imported)
                       .arg(m_report.alreadyThere)
                       .arg(m_report.refused);
    if (m_report.attached > 0 || m_report.suspected > 0)
        text += QLatin1Char(' ') + tr("Attached to the cases they repeat: %1; waiting in the review of suspected "
                                      "repeats (Cases → More → Suspected repeats): %2.")
                                       .arg(m_report.attached)
                                       .arg(m_report.suspected);
    if (m_report.unmapped > 0)
        text += QLatin1Char(' ') +
                tr("%n line(s) imported under Other (13) because their category is not mapped: each case "
                   "says so in its timeline.",
                   nullptr, m_report.unmapped);
    if (m_report.cancelled)
        text += QLatin1Char(' ') + tr("Cancelled before line %1: the lines above it are imported, the rest are not.")
                                       .arg(m_report.stoppedAtLine);
    if (m_report.refused > 0)
        text += QLatin1Char(' ') + tr("Correct the refused lines in the file and import it again: the lines "
                                      "already imported are skipped.");
    return text;
}

QString HotlineImportDialog::statusText() const
{
    return m_status->text();
}

void HotlineImportDialog::copyReport() const
{
    QGuiApplication::clipboard()->setText(reportSummary() + QStringLiteral("\n\n") + m_reportModel->toText());
}

} // namespace gdui
