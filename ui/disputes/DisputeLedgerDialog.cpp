#include "DisputeLedgerDialog.h"

#include "common/MessageBox.h"
#include "common/OutputButtons.h"
#include "common/ScopeChoices.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
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

namespace gdui {

DisputeLedgerDialog::DisputeLedgerDialog(const AppContext &ctx, const QString &scopeChoice, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
{
    setWindowTitle(tr("Dispute ledger"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("ledgerScopeComboBox"));
    m_scope->setMinimumContentsLength(18);
    makeSearchable(m_scope);
    fillChoices(m_scope, scopeChoices(*ctx.db, true));
    selectChoice(m_scope, scopeChoice);
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("ledgerMonthEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    const QDate today = QDateTime::fromMSecsSinceEpoch(ctx.db->nowMs(), QTimeZone(8 * 3600)).date();
    m_month->setDate(QDate(today.year(), today.month(), 1));
    m_full = new QCheckBox(tr("The parties' names, phones and addresses in full (administrators; recorded)"), this);
    m_full->setObjectName(QStringLiteral("ledgerFullCheckBox"));
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("&Month:"), m_month);
    form->addRow(QString(), m_full);
    layout->addLayout(form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ledgerStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    const OutputButtons buttons = addOutputButtons(this, layout);
    connect(buttons.preview, &QPushButton::clicked, this, &DisputeLedgerDialog::preview);
    connect(buttons.pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, windowTitle(), fileName(QStringLiteral("pdf")),
                                                          tr("PDF document (*.pdf)"));
        if (!path.isEmpty())
            savePdf(path);
    });
    connect(buttons.excel, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, windowTitle(), fileName(QStringLiteral("xlsx")),
                                                          tr("Excel workbook (*.xlsx)"));
        if (!path.isEmpty())
            saveWorkbook(path);
    });
}

std::optional<gd::DisputeLedgerMonth> DisputeLedgerDialog::ledger()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto gathered = gd::disputeledger::gather(*m_ctx.db, m_month->date().toString(QStringLiteral("yyyy-MM")),
                                              scopeOf(m_scope->currentData().toString()), m_full->isChecked());
    QApplication::restoreOverrideCursor();
    if (!gathered) {
        MessageBox::warning(this, windowTitle(), gathered.message());
        return std::nullopt;
    }
    return *gathered;
}

QString DisputeLedgerDialog::fileName(const QString &suffix) const
{
    return QDir::home().filePath(
        tr("dispute ledger %1 %2.%3")
            .arg(m_scope->currentText().trimmed(), m_month->date().toString(QStringLiteral("yyyy-MM")), suffix));
}

bool DisputeLedgerDialog::savePdf(const QString &path)
{
    const auto l = ledger();
    if (!l)
        return false;
    int pages = 0;
    if (gd::Status s = gd::disputeledger::writePdf(*m_ctx.db, path, *l, &pages); !s) {
        MessageBox::warning(this, windowTitle(), s.message());
        return false;
    }
    m_status->setText(tr("%n dispute(s) on %1 page(s) written to %2.", nullptr, int(l->rows.size()))
                          .arg(pages)
                          .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DisputeLedgerDialog::saveWorkbook(const QString &path)
{
    const auto l = ledger();
    if (!l)
        return false;
    if (gd::Status s = gd::disputeledger::writeWorkbook(*m_ctx.db, path, *l); !s) {
        MessageBox::warning(this, windowTitle(), s.message());
        return false;
    }
    m_status->setText(
        tr("%n dispute(s) written to %1.", nullptr, int(l->rows.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

void DisputeLedgerDialog::preview()
{
    const auto l = ledger();
    if (!l)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(windowTitle());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &l](QPrinter *p) {
        if (gd::Status s = gd::disputeledger::paint(*p, *l); !s)
            MessageBox::warning(this, windowTitle(), s.message());
    });
    dialog.resize(1100, 800);
    dialog.exec();
}

} // namespace gdui
