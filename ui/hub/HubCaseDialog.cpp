#include "HubCaseDialog.h"

#include "cases/CaseSheet.h"
#include "cases/CaseView.h"
#include "common/MessageBox.h"
#include "common/PdfOutput.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gdui {

HubCaseDialog::HubCaseDialog(const FigureOrigin &origin, QWidget *parent)
    : QDialog(parent)
    , m_origin(origin)
{
    setWindowTitle(tr("Case"));
    auto *layout = new QVBoxLayout(this);
    m_sheet = new QTextBrowser(this);
    m_sheet->setObjectName(QStringLiteral("hubCaseSheet"));
    m_sheet->setOpenLinks(false);
    layout->addWidget(m_sheet, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("hubCasePdfButton"));
    connect(pdf, &QPushButton::clicked, this, &HubCaseDialog::askPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 760);
}

bool HubCaseDialog::showCase(const QString &caseId)
{
    auto view = gd::caseView(m_origin.source(), caseId);
    if (!view) {
        MessageBox::warning(this, windowTitle(), view.message());
        return false;
    }
    m_number = view->c.number;
    m_html = caseSheetHtml(*view, m_origin.hubName(), m_origin.nowMs());
    if (view->deleted) // a hub keeps what an office deleted; the sheet says so first
        m_html.prepend(
            QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("This case was deleted in its office; it is shown as it was left.").toHtmlEscaped()));
    setWindowTitle(tr("Case %1 — %2").arg(m_number, m_origin.hubName()));
    m_sheet->setHtml(m_html);
    return true;
}

bool HubCaseDialog::savePdf(const QString &path)
{
    QString error;
    if (!writeHtmlPdf(m_html, path, QPageLayout::Portrait, &error)) {
        MessageBox::warning(this, windowTitle(), error);
        return false;
    }
    return true;
}

void HubCaseDialog::askPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the case as PDF"),
                                                      QDir::home().filePath(tr("case %1.pdf").arg(m_number)),
                                                      tr("PDF document (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

} // namespace gdui
