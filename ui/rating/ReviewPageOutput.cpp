// The review page's output: the month on paper and in Excel, its settings, charts and the year
// (the page itself is ReviewPage.cpp).
#include "ReviewCharts.h"
#include "ReviewPage.h"
#include "ReviewSettingsDialog.h"
#include "ReviewSheetModel.h"
#include "TemplateDialog.h"
#include "common/MessageBox.h"
#include "common/PdfOutput.h"
#include "org/OfficeSettings.h"
#include "storage/Database.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace gdui {

QString ReviewPage::askSaveName(const QString &title, const QString &nameTemplate, const QString &filter,
                                const QString &month)
{
    return QFileDialog::getSaveFileName(this, title, QDir::home().filePath(nameTemplate.arg(month)), filter);
}

ReviewPaper ReviewPage::paper() const
{
    ReviewPaper p;
    p.office = gd::OfficeSettings(*m_ctx.db).load().name;
    p.sheet = m_model->sheet();
    p.status = m_model->status();
    if (p.status.state == gd::rating::MonthState::Approved)
        if (auto pay = gd::rating::payouts(*m_ctx.db, p.sheet.month))
            p.payouts = *pay;
    return p;
}

bool ReviewPage::writeResultSheetPdf(const QString &path)
{
    QString error;
    if (!writeHtmlPdf(resultSheetHtml(paper()), path, QPageLayout::Landscape, &error)) {
        MessageBox::warning(this, tr("Save the result sheet"), error);
        return false;
    }
    return true;
}

bool ReviewPage::writeStatementsPdf(const QString &path, const QStringList &workerIds)
{
    QString error;
    if (!writeHtmlPdf(statementsHtml(paper(), workerIds), path, QPageLayout::Portrait, &error)) {
        MessageBox::warning(this, tr("Save the statements"), error);
        return false;
    }
    return true;
}

bool ReviewPage::exportXlsx(const QString &path)
{
    const ReviewPaper p = paper();
    if (const gd::Status s = gd::rating::writeReviewXlsx(path, p.sheet, p.payouts); !s) {
        MessageBox::warning(this, tr("Export the review"), s.message());
        return false;
    }
    return true;
}

namespace {

void preview(QWidget *parent, const QString &html, QPageLayout::Orientation orientation)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(orientation);
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, parent,
                     [&html](QPrinter *p) { printHtml(html, p); });
    dialog.resize(900, 700);
    dialog.exec();
}

} // namespace

void ReviewPage::previewResultSheet()
{
    preview(this, resultSheetHtml(paper()), QPageLayout::Landscape);
}

void ReviewPage::previewStatements()
{
    // The selected worker's statement when one is chosen, else everyone's.
    QStringList only;
    if (const QModelIndex current = m_table->currentIndex(); current.isValid())
        only << m_model->row(current.row()).workerId;
    preview(this, statementsHtml(paper(), only), QPageLayout::Portrait);
}

void ReviewPage::openSettings()
{
    ReviewSettingsDialog dialog(*m_ctx.db, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh(); // an open month follows the new rules
}

void ReviewPage::openItems()
{
    TemplateDialog dialog(*m_ctx.db, m_model->month(), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh(); // the month's columns follow the items in force
}

void ReviewPage::openCharts()
{
    const QModelIndex current = m_table->currentIndex();
    ReviewChartsDialog dialog(*m_ctx.db, m_model->sheet(),
                              current.isValid() ? m_model->row(current.row()).workerId : QString(), this);
    dialog.exec();
}

QStandardItemModel *ReviewPage::yearModel(int year, QObject *parent) const
{
    auto results = gd::rating::yearResults(*m_ctx.db, year);
    if (!results)
        return nullptr;
    auto *model = new QStandardItemModel(0, 15, parent);
    QStringList headers{tr("Name")};
    for (int m = 1; m <= 12; ++m)
        headers << tr("Month %1").arg(m);
    headers << tr("Annual score") << tr("Grade");
    model->setHorizontalHeaderLabels(headers);
    for (const gd::rating::YearResult &y : *results) {
        QList<QStandardItem *> cells{new QStandardItem(y.name)};
        for (double month : y.months)
            cells << new QStandardItem(month < 0 ? QString() : QString::number(month, 'f', 1));
        cells << new QStandardItem(y.score < 0 ? QString() : QString::number(y.score, 'f', 1));
        cells << new QStandardItem(y.score < 0 ? QString() : gd::rating::gradeName(y.grade));
        for (int c = 1; c < cells.size(); ++c)
            cells[c]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (QStandardItem *cell : cells)
            cell->setEditable(false);
        model->appendRow(cells);
    }
    return model;
}

void ReviewPage::openYear()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("reviewYearDialog"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *yearBox = new QSpinBox(&dialog);
    yearBox->setRange(2000, 2100);
    yearBox->setValue(m_model->month().left(4).toInt());
    auto *label = new QLabel(tr("&Year:"), &dialog);
    label->setBuddy(yearBox);
    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(yearBox);
    top->addStretch(1);
    layout->addLayout(top);
    auto *note = new QLabel(&dialog);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *view = new QTableView(&dialog);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    layout->addWidget(view, 1);
    auto show = [&, this](int year) {
        QAbstractItemModel *old = view->model();
        QStandardItemModel *model = yearModel(year, &dialog);
        view->setModel(model);
        delete old;
        dialog.setWindowTitle(tr("Annual evaluation %1").arg(year));
        note->setText(model && model->rowCount() > 0
                          ? tr("From the approved months, weighted as the review settings say; a month without an "
                               "approved review is left out of its half-year.")
                          : tr("No month of %1 is approved yet.").arg(year));
        view->resizeColumnsToContents();
    };
    connect(yearBox, &QSpinBox::valueChanged, &dialog, show);
    show(yearBox->value());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(980, 520);
    dialog.exec();
}

} // namespace gdui
