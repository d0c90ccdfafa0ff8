#include "PdfOutput.h"

#include <QCoreApplication>
#include <QFile>
#include <QPrinter>
#include <QTextDocument>

namespace gdui {

bool writeHtmlPdf(const QString &html, const QString &pdfPath, QPageLayout::Orientation orientation, QString *error)
{
    // QPrinter says nothing when it cannot write: the file is tried first, for a message.
    QFile probe(pdfPath);
    if (!probe.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("gdui::PdfOutput", "%1 cannot be written: %2")
                     .arg(pdfPath, probe.errorString());
        return false;
    }
    probe.close();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdfPath);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(orientation);
    printHtml(html, &printer);
    return true;
}

void printHtml(const QString &html, QPrinter *printer)
{
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(printer);
}

} // namespace gdui
