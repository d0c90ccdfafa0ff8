#pragma once
// One case of a hub in full, read only: the request, who and where, the deadlines and the whole
// timeline, as the office's printed case sheet shows it (cases/CaseSheet.h over cases/CaseView.h),
// the reporter's phone masked. Opened from the hub's case list (Enter or a double click); saved
// as PDF for a meeting. A case is acted on in its office's file.
#include "stats/FigureOrigin.h"

#include <QDialog>

class QTextBrowser;

namespace gdui {

class HubCaseDialog : public QDialog
{
    Q_OBJECT
public:
    HubCaseDialog(const FigureOrigin &origin, QWidget *parent = nullptr);
    // Reads the case; false after a message saying why (a case gone, the connection lost).
    bool showCase(const QString &caseId);
    QString html() const { return m_html; }
    QTextBrowser *sheet() const { return m_sheet; }
    bool savePdf(const QString &path);

private:
    void askPdf();
    FigureOrigin m_origin;
    QTextBrowser *m_sheet;
    QString m_html, m_number;
};

} // namespace gdui
