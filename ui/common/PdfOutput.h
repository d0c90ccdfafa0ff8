#pragma once
// Rich text (a QTextDocument's HTML) written to an A4 PDF, or sent to a printer: the case sheet,
// the review's result sheet and statements. The CJK font comes through fontconfig and is
// embedded by Qt's PDF engine.
#include <QPageLayout>
#include <QString>

class QPrinter;

namespace gdui {

// False with *error set (naming the file and why) when the file cannot be written.
bool writeHtmlPdf(const QString &html, const QString &pdfPath, QPageLayout::Orientation orientation, QString *error);
// Lays the document out on the printer's pages (a preview dialog's printer too).
void printHtml(const QString &html, QPrinter *printer);

} // namespace gdui
