#pragma once
// The printable case sheet: the request, who and where, deadlines and the whole timeline, as
// HTML for a QTextDocument, and written to PDF.
#include <QString>

namespace gd {
class Database;
}

namespace gdui {

QString caseSheetHtml(gd::Database &db, const QString &caseId);
// Writes the sheet to a PDF file (A4); false with *error set when it cannot be written.
bool writeCaseSheetPdf(gd::Database &db, const QString &caseId, const QString &pdfPath, QString *error);

} // namespace gdui
