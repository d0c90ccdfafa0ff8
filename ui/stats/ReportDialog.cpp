#include "ReportDialog.h"

#include "common/MessageBox.h"
#include "common/OutputButtons.h"
#include "common/ScopeChoices.h"
#include "stats/ReportDocument.h"
#include "stats/ReportWorkbook.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

#include <utility>

namespace gdui {

ReportDialog::ReportDialog(FigureOrigin origin, QWidget *parent)
    : QDialog(parent)
    , m_origin(std::move(origin))
{
    setWindowTitle(tr("Monthly report"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("reportScopeComboBox"));
    m_scope->setMinimumContentsLength(18);
    makeSearchable(m_scope);
    fillChoices(m_scope, m_origin.scopes(false));
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("reportMonthEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    // By default the last whole month: what an office reports at the start of the next.
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_origin.nowMs(), QTimeZone(8 * 3600)).date();
    m_month->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("&Month:"), m_month);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(m_origin.office()
                       ? tr("The figures of the cases received in the month with the month before (环比) and a year "
                            "earlier (同比), the places, the categories that grew most, the overdue, reopened and "
                            "repeated cases, and the approved star review.")
                       : tr("The figures of the hub's cases received in the month with the month before (环比) and a "
                            "year earlier (同比), the places, the categories that grew most, the overdue, reopened and "
                            "repeated cases. The star review and the grid's other work are in each office's report."),
                   this));
    layout->itemAt(layout->count() - 1)->widget()->setProperty("wordWrap", true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    const OutputButtons buttons = addOutputButtons(this, layout);
    connect(buttons.preview, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(buttons.pdf, &QPushButton::clicked, this, &ReportDialog::askPdf);
    connect(buttons.excel, &QPushButton::clicked, this, &ReportDialog::askWorkbook);
    // A merge or an edit while the dialog is open: the next output counts again.
    if (gd::Database *db = m_origin.office())
        connect(db, &gd::Database::changed, this, [this] { m_stale = true; });
}

void ReportDialog::choose(const gd::stats::StatsScope &scope, const QDate &month)
{
    const char *kind = scope.kind == gd::stats::StatsScope::Street      ? "street:"
                       : scope.kind == gd::stats::StatsScope::Community ? "community:"
                                                                        : "office:";
    selectChoice(m_scope, scope.kind == gd::stats::StatsScope::Grid ? QStringLiteral("office:")
                                                                    : QLatin1String(kind) + scope.id);
    if (month.isValid())
        m_month->setDate(QDate(month.year(), month.month(), 1));
}

QString ReportDialog::month() const
{
    return m_month->date().toString(QStringLiteral("yyyy-MM"));
}

const gd::stats::MonthlyReport *ReportDialog::report()
{
    const QString choice = m_scope->currentData().toString() + QLatin1Char('|') + month();
    if (m_report && !m_stale && m_reportOf == choice)
        return &*m_report;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const gd::stats::StatsScope scope = scopeOf(m_scope->currentData().toString());
    auto gathered = m_origin.office() ? gd::stats::monthlyReport(*m_origin.office(), month(), scope)
                                      : gd::stats::sharedReport(m_origin.source(), m_origin.hubName(), month(), scope,
                                                                m_origin.settings());
    QApplication::restoreOverrideCursor();
    if (!gathered) {
        m_report.reset();
        MessageBox::warning(this, windowTitle(), gathered.message());
        return nullptr;
    }
    m_report = *gathered;
    m_reportOf = choice;
    m_stale = false;
    return &*m_report;
}

bool ReportDialog::savePdf(const QString &path)
{
    const gd::stats::MonthlyReport *r = report();
    if (!r)
        return false;
    int pages = 0;
    if (gd::Status s = gd::stats::writeReportPdf(path, *r, &pages); !s) {
        MessageBox::warning(this, windowTitle(), s.message());
        return false;
    }
    m_status->setText(tr("%n page(s) written to %1.", nullptr, pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReportDialog::saveWorkbook(const QString &path)
{
    const gd::stats::MonthlyReport *r = report();
    if (!r)
        return false;
    if (gd::Status s = gd::stats::writeReportWorkbook(path, *r); !s) {
        MessageBox::warning(this, windowTitle(), s.message());
        return false;
    }
    m_status->setText(tr("The report's tables were written to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString ReportDialog::fileName(const QString &suffix) const
{
    return QDir::home().filePath(tr("monthly report %1 %2.%3").arg(m_scope->currentText().trimmed(), month(), suffix));
}

void ReportDialog::preview()
{
    const gd::stats::MonthlyReport *r = report();
    if (!r)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Monthly report"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, r](QPrinter *p) {
        if (gd::Status s = gd::stats::paintReport(*p, *r); !s)
            MessageBox::warning(this, windowTitle(), s.message());
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

void ReportDialog::askPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the monthly report"),
                                                      fileName(QStringLiteral("pdf")), tr("PDF document (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void ReportDialog::askWorkbook()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the monthly report's tables"),
                                                      fileName(QStringLiteral("xlsx")), tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        saveWorkbook(path);
}

} // namespace gdui
