#pragma once
// The monthly report's text as HTML for a QTextDocument, its charts kept aside: where a chart
// goes the text holds a marker (chartMarker), which ReportDocument replaces with the drawn chart.
#include "MonthlyReport.h"
#include "ReportCharts.h"

namespace gd::stats {

struct ReportText {
    QString title; // "市南区八大湖街道 2026年11月 网格化服务月报"
    QString html;
    QList<ReportChart> charts; // chartMarker(i) marks where charts[i] goes
};

QString chartMarker(int index);
// The report's title: "<scope> monthly report of grid service, <month>".
QString reportTitle(const MonthlyReport &report);
// The month in words: 2026年11月.
QString monthText(const QString &month);
ReportText reportText(const MonthlyReport &report);

} // namespace gd::stats
