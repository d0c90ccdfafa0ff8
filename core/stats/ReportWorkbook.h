#pragma once
// The monthly report as an Excel workbook: the same tables as on paper, one sheet each — the
// figures with 环比 and 同比, the months, the places, the communities, the categories that grew,
// the channels (StatsWorkbook.h's sheets), then the cases past their deadline, the reopened cases,
// the buildings with the most repeat reports and the star review's result.
#include "MonthlyReport.h"

namespace gd::stats {

Status writeReportWorkbook(const QString &path, const MonthlyReport &report);

} // namespace gd::stats
