#pragma once
// The figures of a period as `griddesk-cli stats` and `griddesk-hub stats` both print them: the
// request read from the options, the same count for the period before (环比) and a year earlier
// (同比), the figure table, the groups of a breakdown, and their JSON. Where the cases are counted
// (an office's file or a hub) is the caller's.
#include "stats/FigureQuery.h"
#include "stats/Figures.h"

#include <QJsonObject>

#include <functional>

namespace gdcli {

// --from, --to, --by and --view through `value` (empty when not given); the scope is the caller's.
// False with the reason, naming the option, when they describe no request.
bool figureRequest(const std::function<QString(const QString &option)> &value, gd::stats::StatsRequest *request,
                   QString *why);

struct FigureReport {
    gd::stats::StatsRequest request;
    gd::stats::StatsTable now, before, lastYear;
    QList<gd::stats::Figure> figures;
    qint64 minimumSample = gd::stats::kDefaultMinimumSample;
};

// The request counted three times by `count`.
gd::Result<FigureReport>
figureReport(const gd::stats::StatsRequest &request, const QList<gd::stats::Figure> &figures, qint64 minimumSample,
             const std::function<gd::Result<gd::stats::StatsTable>(const gd::stats::StatsRequest &)> &count);

// Each figure under its code, the period and view, and with a breakdown its groups.
QJsonObject figureReportJson(const FigureReport &report);
void printFigureTable(const FigureReport &report);
void printFigureGroups(const FigureReport &report); // nothing without a breakdown

} // namespace gdcli
