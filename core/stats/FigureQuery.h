#pragma once
// The figures of a scope and period, in total and broken down, read from the aggregate
// (StatsStore.h): whole months from its rows, the days of a month cut by the period counted from
// the cases with the same definitions (CaseFacts.h). The open cases past their deadline are
// counted now, from the cases. What the dashboard, the monthly report, the workbook and
// `griddesk-cli stats` show.
#include "CaseFacts.h"
#include "Figures.h"
#include "storage/ReadSource.h"
#include "storage/Result.h"

#include <QDate>
#include <QSqlDatabase>

#include <functional>

namespace gd {

class Database;

namespace stats {

struct StatsScope {
    enum Kind { Office, Street, Community, Grid };
    Kind kind = Office;
    QString id; // the street's, community's or grid's id; empty for the office (every case)
};

// A list's place (a filter with streetId, communityId and gridId: visits, disputes, the care
// register) set to the scope's, the others cleared.
template <typename Filter> void setPlace(Filter *filter, const StatsScope &scope)
{
    filter->streetId = scope.kind == StatsScope::Street ? scope.id : QString();
    filter->communityId = scope.kind == StatsScope::Community ? scope.id : QString();
    filter->gridId = scope.kind == StatsScope::Grid ? scope.id : QString();
}

enum class Breakdown { None, Street, Community, Grid, CategoryGroup, Category, Channel, Handler, Unit, Month };
QStringList breakdownKeys(); // none, street, community, grid, category_group, category, channel, handler, unit, month
bool breakdownFromKey(const QString &key, Breakdown *by);

struct StatsRequest {
    StatsScope scope;
    QDate from, to; // inclusive, Beijing days
    View view = View::Received;
    Breakdown by = Breakdown::None;
};

struct StatsGroup {
    QString key;  // the id (a month: yyyy-MM; a handler: w:<id> or u:<id>; none: "")
    QString code; // the street's, community's, grid's or category's code; the month again
    QString name;
    Counts counts;
};

struct StatsTable {
    Counts total;
    QList<StatsGroup> groups; // by code; groups with no case left out
};

// Where the figures are counted: an office's file, or a hub's PostgreSQL database holding the same
// tables and aggregate (hub/HubFigures.h).
using FigureSource = ReadSource;

Result<StatsTable> count(const FigureSource &source, const StatsRequest &request);
Result<StatsTable> count(Database &db, const StatsRequest &request);

// The period of the same length just before (环比), and the same period a year earlier (同比).
QPair<QDate, QDate> previousPeriod(const QDate &from, const QDate &to);
QPair<QDate, QDate> yearEarlier(const QDate &from, const QDate &to);

} // namespace stats
} // namespace gd
