#pragma once
// The monthly report on paper: A4 portrait, the office's name and the report's title in every
// page's header, "page n of m" in its footer, tables whose heading rows repeat on each page, and
// the charts drawn as vectors (ReportCharts.h). The same painting serves a PDF file, the print
// preview and a printer.
#include "MonthlyReport.h"

class QPagedPaintDevice;

namespace gd::stats {

// Sets the device's page to A4 portrait and paints every page; Data when no Chinese font is
// installed (the report would print empty boxes). pages: set to the number painted.
Status paintReport(QPagedPaintDevice &device, const MonthlyReport &report, int *pages = nullptr);
// The report into one PDF; the file appears only when the whole report is in it.
Status writeReportPdf(const QString &path, const MonthlyReport &report, int *pages = nullptr);

} // namespace gd::stats
