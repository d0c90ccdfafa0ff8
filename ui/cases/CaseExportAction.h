#pragma once
// Exporting the case list as it is filtered: asks for the file (Excel workbook or CSV), writes
// it through core's CaseExport with a progress dialog that can cancel, and says how it went.
#include "cases/io/CaseExport.h"

class QWidget;

namespace gdui {

// Asks where to save, then exports. True when a file was written.
bool exportCaseList(QWidget *parent, gd::Database &db, const gd::CaseFilter &filter);

// Exports to `path` without asking for it; the extension (.xlsx or .csv) chooses the format.
// Shows the progress and tells the user the outcome (through MessageBox, so tests can read it).
// Phones are masked unless `fullPhones` (an administrator's, audited: CaseExport::write).
gd::Result<gd::CaseExportReport> exportCaseListTo(QWidget *parent, gd::Database &db, const gd::CaseFilter &filter,
                                                  const QString &path, bool fullPhones = false);

// "案件清单-2026-03-02.xlsx" in the documents folder: where the file dialog starts.
QString defaultExportPath(const gd::Database &db, gd::ExportFormat format);

} // namespace gdui
