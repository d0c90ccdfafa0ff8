#include "MonthlyReport.h"

#include "FigureCases.h"
#include "org/OfficeSettings.h"
#include "rating/ReviewScope.h"
#include "rating/StarRules.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace gd::stats {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::stats::MonthlyReport)
};

// The name of a street, community or grid by id (empty when it is gone).
QString nameOf(const ReadSource &source, const char *table, const QString &id)
{
    QSqlQuery q(source.db);
    q.prepare(source.statement(QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(QLatin1String(table))));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString codeOf(Database &db, const char *table, const QString &id)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT code FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// The cases behind one figure's part: the first `listed` in `sort` order, and as many in all as
// the figure counts.
Result<ReportCases> listed(const ReadSource &source, const StatsRequest &request, const Figure &figure, qint64 total,
                           CaseSort sort, int listed)
{
    CaseFilter filter = casesBehind(request, figure, FigurePart::Numerator);
    filter.sort = sort;
    filter.nowMs = source.nowMs;
    ReportCases out;
    out.total = total;
    if (listed <= 0 || total == 0)
        return out;
    auto page = CaseQueries(source).page(filter, qMin(listed, CaseQueries::kMaxLimit));
    if (!page)
        return page.error();
    out.rows = page->rows;
    return out;
}

// The scope's cases as a condition on the cases row c, with its bound value.
QString scopeCondition(const StatsScope &scope, QVariantList *binds)
{
    switch (scope.kind) {
    case StatsScope::Office: return QStringLiteral("1 = 1"); // a truth PostgreSQL reads too
    case StatsScope::Street:
        *binds << scope.id;
        return QStringLiteral("c.grid_id IN (SELECT g.id FROM grids g JOIN communities m ON m.id = g.community_id "
                              "WHERE m.street_id = ?)");
    case StatsScope::Community:
        *binds << scope.id;
        return QStringLiteral("c.grid_id IN (SELECT id FROM grids WHERE community_id = ?)");
    case StatsScope::Grid: *binds << scope.id; return QStringLiteral("c.grid_id = ?");
    }
    return QStringLiteral("1 = 0");
}

// The buildings whose cases received in the month hold the most repeat reports: counted cases (a
// report merged into another is not one) with a report count above 1.
Result<QList<RepeatSpot>> repeatSpots(const ReadSource &source, const StatsScope &scope, qint64 fromMs, qint64 toMs)
{
    QVariantList binds{fromMs, toMs};
    const QString where = scopeCondition(scope, &binds);
    QSqlQuery q(source.db);
    q.prepare(source.statement(
        QStringLiteral("SELECT c.building_id, b.name, coalesce(g.name, ''), count(*), sum(c.report_count - 1) "
                       "FROM cases c JOIN buildings b ON b.id = c.building_id LEFT JOIN grids g ON g.id = "
                       "b.grid_id WHERE c.received_ms >= ? AND c.received_ms < ? AND c.deleted = 0 AND c.state "
                       "<> 'merged' AND c.report_count > 1 AND %1 GROUP BY c.building_id, b.name, g.name ORDER BY 5 "
                       "DESC, 4 DESC, b.name, c.building_id LIMIT 10")
            .arg(where)));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<RepeatSpot> out;
    while (q.next())
        out << RepeatSpot{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                          q.value(4).toLongLong()};
    return out;
}

// The approved review of the month over the scope's workers; not approved: only its status.
Result<ReviewSummary> reviewSummary(Database &db, const QString &month, const StatsScope &scope)
{
    ReviewSummary out;
    auto status = rating::monthStatus(db, month);
    if (!status)
        return status.error();
    out.status = *status;
    out.approved = status->state == rating::MonthState::Approved;
    out.byStar = QList<int>(rating::kMaxStar + 1, 0);
    if (!out.approved)
        return out;
    out.reviewScope = rating::scopeLabel(db, status->reviewScope);
    auto sheet = rating::reviewSheet(db, month, rating::SheetOrder::Place);
    if (!sheet)
        return sheet.error();
    QSet<QString> inScope;
    if (scope.kind != StatsScope::Office) {
        rating::ReviewScope workersOf;
        workersOf.level =
            scope.kind == StatsScope::Street ? rating::ReviewScope::Street : rating::ReviewScope::Community;
        workersOf.code = codeOf(db, scope.kind == StatsScope::Street ? "streets" : "communities", scope.id);
        QVariantList binds;
        const QString condition = rating::scopeWorkers(workersOf, QStringLiteral("w"), &binds);
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT w.id FROM workers w WHERE %1").arg(condition));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (Status failed = exec(q); !failed)
            return failed.error();
        while (q.next())
            inScope.insert(q.value(0).toString());
    }
    double sum = 0;
    for (const rating::SheetRow &r : sheet->rows) {
        if (scope.kind != StatsScope::Office && !inScope.contains(r.workerId))
            continue;
        ++out.workers;
        sum += r.total;
        if (r.decision.to >= 0 && r.decision.to <= rating::kMaxStar)
            ++out.byStar[r.decision.to];
        if (r.decision.to != r.decision.from)
            out.moved << r;
    }
    out.meanTotal = out.workers ? sum / out.workers : 0;
    std::stable_sort(out.moved.begin(), out.moved.end(),
                     [](const rating::SheetRow &a, const rating::SheetRow &b) { return a.total > b.total; });
    return out;
}

} // namespace

QString scopeName(const ReadSource &source, const StatsScope &scope)
{
    switch (scope.kind) {
    case StatsScope::Office: return Text::tr("The whole office");
    case StatsScope::Street: return nameOf(source, "streets", scope.id);
    case StatsScope::Community: return nameOf(source, "communities", scope.id);
    case StatsScope::Grid: return nameOf(source, "grids", scope.id);
    }
    return {};
}

QString scopeName(Database &db, const StatsScope &scope)
{
    return scopeName(ReadSource::of(db), scope);
}

const Figure *figureOf(const QList<Figure> &figures, const QString &code)
{
    for (const Figure &f : figures)
        if (f.code == code)
            return &f;
    return nullptr;
}

Result<MonthlyReport> sharedReport(const ReadSource &source, const QString &title, const QString &month,
                                   const StatsScope &scope, const FigureSettings &settings, int listedCases)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    if (!rating::isMonth(month) || !first.isValid())
        return Error::invalid(QStringLiteral("month"), Text::tr("'%1' is not a month (YYYY-MM).").arg(month));
    if (scope.kind == StatsScope::Grid)
        return Error::invalid(QStringLiteral("scope"),
                              Text::tr("A monthly report is for the office, a street or a community, not a grid."));
    MonthlyReport report;
    report.month = month;
    report.office = title;
    // The whole's report is titled with the office's (or hub's) name, when it has one.
    report.scopeName =
        scope.kind == StatsScope::Office && !report.office.isEmpty() ? report.office : scopeName(source, scope);
    if (scope.kind != StatsScope::Office && report.scopeName.isEmpty())
        return Error::invalid(QStringLiteral("scope"), Text::tr("The street or community of the report is not in "
                                                                "this file."));
    report.madeMs = source.nowMs;
    report.officeParts = false;
    StatsRequest request;
    request.scope = scope;
    request.from = first;
    request.to = first.addMonths(1).addDays(-1);
    auto o = overview(source, request, settings);
    if (!o)
        return o.error();
    report.overview = *o;
    if (scope.kind == StatsScope::Office) {
        request.by = Breakdown::Community;
        auto communities = count(source, request);
        if (!communities)
            return communities.error();
        report.communities = communities->groups;
        request.by = Breakdown::None;
    }
    const QList<Figure> &figures = report.overview.figures;
    const Figure *overdue = figureOf(figures, QStringLiteral("overdue"));
    const Figure *reopened = figureOf(figures, QStringLiteral("reopen_rate"));
    Q_ASSERT(overdue && reopened);
    auto overdueCases = listed(source, request, *overdue, report.overview.now[QStringLiteral("overdue")],
                               CaseSort::DueAsc, listedCases);
    if (!overdueCases)
        return overdueCases.error();
    report.overdue = *overdueCases;
    auto reopenedCases = listed(source, request, *reopened, report.overview.now[QStringLiteral("reopened")],
                                CaseSort::ReceivedAsc, listedCases);
    if (!reopenedCases)
        return reopenedCases.error();
    report.reopened = *reopenedCases;
    const auto [fromMs, toMs] = rating::monthRange(month);
    auto spots = repeatSpots(source, scope, fromMs, toMs);
    if (!spots)
        return spots.error();
    report.repeatSpots = *spots;
    auto work = gridWork(source, scope, request.from, request.to);
    if (!work)
        return work.error();
    report.gridWork = *work;
    auto joint = jointWorkTable(source, scope, request.from, request.to);
    if (!joint)
        return joint.error();
    report.jointWork = *joint;
    return report;
}

Result<MonthlyReport> monthlyReport(Database &db, const QString &month, const StatsScope &scope, int listedCases)
{
    auto gathered = sharedReport(ReadSource::of(db), OfficeSettings(db).load().name, month, scope,
                                 FigureSettings::of(db), listedCases);
    if (!gathered)
        return gathered.error();
    MonthlyReport report = *gathered;
    report.officeParts = true;
    auto review = reviewSummary(db, month, scope);
    if (!review)
        return review.error();
    report.review = *review;
    const QDate firstDay = report.overview.request.from;
    const QDate lastDay = report.overview.request.to;
    auto trained = training::yearSummary(db, lastDay);
    if (!trained)
        return trained.error();
    report.training = *trained;
    auto adopted = IdeaService(db).adoptedIn(firstDay, lastDay);
    if (!adopted)
        return adopted.error();
    report.ideasAdopted = *adopted;
    return report;
}

} // namespace gd::stats
