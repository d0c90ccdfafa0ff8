#include "VisitImportDialog.h"

#include "common/MessageBox.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace gdui {

namespace {
constexpr int kPreviewLines = 200;
}

VisitImportDialog::VisitImportDialog(const AppContext &ctx, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
{
    setWindowTitle(tr("Import visits from a file"));
    auto *layout = new QVBoxLayout(this);
    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(
        tr("A CSV file: 时间, 网格员, 网格, 类型, 楼栋, 单元, 房间, 地点, 走访对象, 发现情况, 备注"));
    auto *choose = new QPushButton(tr("&Choose a file…"), this);
    m_encoding = new QComboBox(this);
    for (const QString &key : gd::textcodec::keys()) {
        gd::TextEncoding e = gd::TextEncoding::Auto;
        gd::textcodec::fromKey(key, &e);
        m_encoding->addItem(gd::textcodec::displayName(e), int(e));
    }
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_encoding);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);
    auto *mapping = new QFormLayout;
    for (const QString &field : gd::VisitImport::fields()) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("visitImportColumn_") + field);
        m_columns.insert(field, combo);
        const bool required = gd::VisitImport::requiredFields().contains(field);
        mapping->addRow(required ? tr("%1 (required):").arg(gd::VisitImport::fieldName(field))
                                 : tr("%1:").arg(gd::VisitImport::fieldName(field)),
                        combo);
        connect(combo, &QComboBox::activated, this, &VisitImportDialog::preview);
    }
    layout->addLayout(mapping);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("visitImportPreview"));
    m_preview->setColumnCount(6);
    m_preview->setHorizontalHeaderLabels(
        {tr("Line"), tr("What happens"), tr("Time"), tr("Worker"), tr("Where"), tr("Found")});
    m_preview->verticalHeader()->setVisible(false);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_preview, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("visitImportSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import the good lines"), QDialogButtonBox::ActionRole);
    m_import->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &VisitImportDialog::importNow);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, windowTitle(), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            load(path);
    });
    resize(900, 700);
}

bool VisitImportDialog::load(const QString &path)
{
    auto file = gd::CsvTable::read(path, gd::TextEncoding(m_encoding->currentData().toInt()));
    if (!file) {
        MessageBox::warning(this, windowTitle(), file.message());
        return false;
    }
    m_file = *file;
    m_path->setText(path);
    // Each field under its header when the file has one; the office changes any of them here.
    gd::VisitImport importer(*m_ctx.db);
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it) {
        QComboBox *combo = it.value();
        combo->clear();
        combo->addItem(tr("(none)"), -1);
        for (int c = 0; c < m_file->headers.size(); ++c)
            combo->addItem(m_file->headers.at(c), c);
        combo->setCurrentIndex(qMax(0, combo->findData(m_file->column(gd::VisitImport::headerNames(it.key())))));
    }
    preview();
    return true;
}

gd::VisitColumns VisitImportDialog::chosenColumns() const
{
    gd::VisitColumns out;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        if (const int c = it.value()->currentData().toInt(); c >= 0)
            out.insert(it.key(), c);
    return out;
}

void VisitImportDialog::preview()
{
    m_preview->setRowCount(0);
    m_import->setEnabled(false);
    if (!m_file)
        return;
    const gd::VisitColumns columns = chosenColumns();
    if (gd::Error e = gd::VisitImport::checkColumns(columns, m_file->path); e.isError()) {
        m_summary->setText(e.message);
        return;
    }
    const QList<gd::VisitImportLine> lines = gd::VisitImport(*m_ctx.db).read(*m_file, columns);
    int good = 0, already = 0, refused = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const gd::VisitImportLine &l = lines.at(i);
        good += l.ok() ? 1 : 0;
        already += l.already ? 1 : 0;
        refused += l.refusal.isEmpty() ? 0 : 1;
        if (m_preview->rowCount() >= kPreviewLines)
            continue;
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        const QString what = !l.refusal.isEmpty()
                                 ? tr("Refused: %1: %2").arg(gd::VisitImport::fieldName(l.field), l.refusal)
                             : l.already ? tr("Already imported")
                                         : tr("To import");
        const QStringList cells{
            QString::number(l.line),
            what,
            l.visit.atMs ? QDateTime::fromMSecsSinceEpoch(l.visit.atMs, QTimeZone(8 * 3600))
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString(),
            m_file->rows.at(i).fields.value(columns.value(QStringLiteral("worker"))).trimmed(), // as written
            l.visit.place,
            l.visit.found.section(QLatin1Char('\n'), 0, 0)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (!l.refusal.isEmpty())
                item->setForeground(Qt::red);
            m_preview->setItem(row, c, item);
        }
    }
    m_summary->setText(tr("%1 line(s): %2 to import, %3 imported before, %4 refused (in red, with the reason).")
                           .arg(lines.size())
                           .arg(good)
                           .arg(already)
                           .arg(refused));
    m_preview->resizeColumnsToContents();
    m_import->setEnabled(good > 0);
}

bool VisitImportDialog::importNow()
{
    if (!m_file)
        return false;
    QProgressDialog progress(tr("Importing visits…"), tr("Cancel"), 0, int(m_file->rows.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto report = gd::VisitImport(*m_ctx.db).import(*m_file, chosenColumns(), [&progress](int done, int) {
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.close();
    if (!report) {
        MessageBox::warning(this, windowTitle(),
                            report.error().kind == gd::ErrorKind::Cancelled
                                ? tr("The import was cancelled: nothing was written.")
                                : report.message());
        return false;
    }
    QStringList refused;
    for (const gd::VisitImportLine &l : report->refusedLines)
        refused << tr("line %1: %2: %3").arg(l.line).arg(gd::VisitImport::fieldName(l.field), l.refusal);
    m_summary->setText(
        tr("%1 line(s): %2 imported, %3 already there, %4 refused.")
            .arg(report->total)
            .arg(report->imported)
            .arg(report->already)
            .arg(report->refused) +
        (refused.isEmpty() ? QString() : QStringLiteral("\n") + refused.mid(0, 20).join(QLatin1Char('\n'))));
    m_import->setEnabled(false);
    return report->imported > 0;
}

} // namespace gdui
