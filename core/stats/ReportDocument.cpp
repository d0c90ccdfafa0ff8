#include "ReportDocument.h"

#include "ReportHtml.h"
#include "util/PagedHtml.h"
#include "util/PdfFile.h"

#include <QCoreApplication>
#include <QTextCursor>
#include <QTextDocument>

namespace gd::stats {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::stats::MonthlyReport)
};

} // namespace

Status paintReport(QPagedPaintDevice &device, const MonthlyReport &report, int *pages)
{
    const ReportText text = reportText(report);
    PagedHtml document;
    document.html = text.html;
    document.office = report.office;
    document.title = text.title;
    document.what = Text::tr("the report");
    document.prepare = [&text](QTextDocument &doc) {
        auto *charts = new ReportCharts(&doc);
        for (int i = 0; i < text.charts.size(); ++i) {
            QTextCursor at = doc.find(chartMarker(i));
            if (!at.isNull())
                charts->insert(at, text.charts.at(i));
        }
    };
    return paintPagedHtml(device, document, pages);
}

Status writeReportPdf(const QString &path, const MonthlyReport &report, int *pages)
{
    return writePdfFile(path, reportTitle(report),
                        [&](QPagedPaintDevice &device) { return paintReport(device, report, pages); });
}

} // namespace gd::stats
