#pragma once
// The figures of an Overview written to an Excel workbook, one sheet per table: the figures with
// their counts, 环比 and 同比; the monthly trend; the places; the categories that grew most; the
// channels; and a ranking when one is given. The same tables as the dashboard and the report.
#include "Overview.h"

namespace gd {
class XlsxWorkbook;
}

namespace gd::stats {

struct Ranking {
    QString title; // "Communities", "Workers" …
    QList<StatsGroup> groups;
};

// The scope's name and the period, as the first line of every sheet says them.
QString periodText(const StatsRequest &request, const QString &scopeName);

// The overview's sheets: figures, by month, by place (and `communities` below them when given),
// the categories that grew, by channel. The workbook here and the monthly report's share them.
Status overviewSheets(XlsxWorkbook &book, const Overview &overview, const QString &first,
                      const QList<StatsGroup> &communities = {});

Status writeWorkbook(const QString &path, const Overview &overview, const QString &scopeName,
                     const Ranking &ranking = {});

} // namespace gd::stats
