#pragma once
// The printable case sheet: the request, who and where, deadlines and the whole timeline, as
// HTML for a QTextDocument, and written to PDF.
#include <QString>

namespace gd {
class Database;
struct CaseView;
} // namespace gd

namespace gdui {

// The reporter's phone is masked (privacy::maskPhone) unless `fullPhone`.
QString caseSheetHtml(gd::Database &db, const QString &caseId, bool fullPhone = false);
// A case read from an office's file or a hub (cases/CaseView.h), headed by `officeName` and the
// time it is printed; the phone masked unless `fullPhone`.
QString caseSheetHtml(const gd::CaseView &view, const QString &officeName, qint64 nowMs, bool fullPhone = false);
// Writes the sheet to a PDF file (A4); false with *error set when it cannot be written. With
// `fullPhone` (an administrator only) the export is recorded in the audit log first.
bool writeCaseSheetPdf(gd::Database &db, const QString &caseId, const QString &pdfPath, QString *error,
                       bool fullPhone = false);

} // namespace gdui
