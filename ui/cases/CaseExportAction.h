#pragma once
// Exporting the case list as it is filtered: asks for the file (Excel workbook or CSV), writes
// it through core's CaseExport with a progress dialog that can cancel, and says how it went.
#include "cases/io/CaseExport.h"

class QDate;
class QWidget;

namespace gdui {

// Asks where to save, then exports. True when a file was written.
bool exportCaseList(QWidget *parent, gd::Database &db, const gd::CaseFilter &filter);

// Exports to `path` without asking for it; the extension (.xlsx or .csv) chooses the format.
// Shows the progress and tells the user the outcome (through MessageBox, so tests can read it).
// Phones are masked unless `fullPhones` (an administrator's, audited: CaseExport::write).
gd::Result<gd::CaseExportReport> exportCaseListTo(QWidget *parent, gd::Database &db, const gd::CaseFilter &filter,
                                                  const QString &path, bool fullPhones = false);

// Asks for the days (today by default) and the file, then writes the hotline's replies of those
// days (core's HotlineReplies: one row per 12345 order). True when a file was written.
bool exportHotlineReplies(QWidget *parent, gd::Database &db);
// The replies given from the start of `from` to the end of `to` (Beijing days) to `path` (CSV),
// telling the user the outcome through MessageBox. The number of rows written.
gd::Result<int> exportHotlineRepliesTo(QWidget *parent, gd::Database &db, const QDate &from, const QDate &to,
                                       const QString &path);

// "案件清单-2026-03-02.xlsx" in the documents folder: where the file dialog starts.
QString defaultExportPath(const gd::Database &db, gd::ExportFormat format);

} // namespace gdui
