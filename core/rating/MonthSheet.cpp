#include "MonthSheet.h"

#include "MonthReview.h"
#include "PeriodHistory.h"
#include "calendar/WorkCalendar.h"
#include "cases/Timeliness.h"
#include "storage/Database.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cmath>

namespace gd::rating {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::rating)
};

// Per handler, the numbers a grouped query gives (columns 1…n after the worker id).
Result<QHash<QString, QList<double>>> perWorker(Database &db, const QString &sql, qint64 from, qint64 to)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(from);
    q.addBindValue(to);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QHash<QString, QList<double>> out;
    const int columns = q.record().count();
    while (q.next()) {
        QList<double> values;
        for (int i = 1; i < columns; ++i)
            values << q.value(i).toDouble();
        out.insert(q.value(0).toString(), values);
    }
    return out;
}

double clampPoints(double v, double max)
{
    return qBound(0.0, v, max);
}

} // namespace

QPair<qint64, qint64> monthRange(const QString &month)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    const QTimeZone zone = WorkCalendar::zone();
    return {QDateTime(first, QTime(0, 0), zone).toMSecsSinceEpoch(),
            QDateTime(first.addMonths(1), QTime(0, 0), zone).toMSecsSinceEpoch()};
}

// Who a proactive case is credited to: its finder; a find registered before v31 named none, and
// counts for its handler as it did then.
const char kFinder[] = "coalesce(found_by_worker_id, handler_worker_id)";

Result<QHash<QString, int>> unsettledCounted(Database &db, const QString &month)
{
    const auto [from, to] = monthRange(month);
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    // The same conditions as the grouped queries below, on the cases_branches partial index (the
    // planner otherwise reads the month's every completed, closed and proactive case through an
    // OR of three indexes: 0.35 s on the million-case file instead of a few milliseconds).
    q.prepare(QStringLiteral("SELECT handler_worker_id, count(*) FROM cases INDEXED BY cases_branches WHERE branches "
                             "> 0 AND deleted = 0 AND "
                             "handler_worker_id IS NOT NULL AND ((completed_ms >= :from AND completed_ms < :to) OR "
                             "(due_ms >= :from AND due_ms < :to) OR (closed_ms >= :from AND closed_ms < :to AND "
                             "satisfaction <> '' AND coalesce(callback_result, 'reached') = 'reached') OR (proactive "
                             "= 1 AND received_ms >= :from AND received_ms < :to)) GROUP BY handler_worker_id"));
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

Result<MonthSheet> computeMonth(Database &db, const QString &month, const std::optional<StarSettings> &settings)
{
    ReviewRules rules = ReviewRules::load(db);
    if (settings)
        rules.stars = *settings;
    auto items = itemsForMonth(db, month);
    if (!items)
        return items.error();
    MonthSheet sheet;
    sheet.month = month;
    sheet.items = *items;
    const auto [from, to] = monthRange(month);

    // The month's numbers from the cases: grouped range scans over covering indexes.
    auto completed = perWorker(db,
                               QStringLiteral("SELECT handler_worker_id, count(*) FROM cases WHERE completed_ms >= ? "
                                              "AND completed_ms < ? AND handler_worker_id IS NOT NULL AND deleted = 0 "
                                              "GROUP BY handler_worker_id"),
                               from, to);
    if (!completed)
        return completed.error();
    // Judged: done, or past the deadline by now (a case due later this month waits).
    auto due = perWorker(db,
                         QStringLiteral("SELECT handler_worker_id, sum(completed_ms > 0 OR due_ms < %2), sum(%1) FROM "
                                        "cases WHERE due_ms >= ? AND due_ms < ? AND handler_worker_id IS NOT NULL AND "
                                        "deleted = 0 GROUP BY handler_worker_id")
                             .arg(timeliness::onTimeSql(QStringLiteral("cases")))
                             .arg(db.nowMs()),
                         from, to);
    if (!due)
        return due.error();
    const SatisfactionWeights &weights = rules.satisfaction;
    auto closed = perWorker(
        db,
        QStringLiteral("SELECT handler_worker_id, count(*), sum(CASE satisfaction WHEN 'satisfied' THEN %1 "
                       "WHEN 'basic' THEN %2 ELSE %3 END) FROM cases WHERE closed_ms >= ? AND closed_ms < ? "
                       "AND handler_worker_id IS NOT NULL AND satisfaction <> '' AND coalesce(callback_result, "
                       "'reached') = 'reached' AND deleted = 0 GROUP BY handler_worker_id")
            .arg(weights.satisfied)
            .arg(weights.basic)
            .arg(weights.dissatisfied),
        from, to);
    if (!closed)
        return closed.error();
    auto proactive = perWorker(db,
                               QStringLiteral("SELECT %1 AS finder, count(*) FROM cases WHERE proactive = 1 AND "
                                              "received_ms >= ? AND received_ms < ? AND finder IS NOT NULL AND "
                                              "deleted = 0 GROUP BY finder")
                                   .arg(QLatin1String(kFinder)),
                               from, to);
    if (!proactive)
        return proactive.error();
    auto unsettled = unsettledCounted(db, month);
    if (!unsettled)
        return unsettled.error();
    // The households of the grids each worker holds or covers, for the volume per 100 households.
    QHash<QString, double> households;
    if (rules.volumePerHouseholds) {
        QSqlQuery q(db.sql());
        if (Status failed = exec(q, QStringLiteral("SELECT wg.worker_id, sum(g.households) FROM (%1) wg JOIN grids g "
                                                   "ON g.id = wg.grid_id GROUP BY wg.worker_id")
                                        .arg(workerGridsSql()));
            !failed)
            return failed.error();
        while (q.next())
            households.insert(q.value(0).toString(), q.value(1).toDouble());
    }

    // Training sessions attended in the month.
    QHash<QString, double> trained;
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT a.worker_id, count(*) FROM training_attendees a JOIN trainings t ON t.id = "
                                 "a.training_id WHERE t.date >= ? AND t.date < ? AND a.deleted = 0 AND t.deleted = 0 "
                                 "GROUP BY a.worker_id"));
        q.addBindValue(monthDays(month).first);
        q.addBindValue(monthDays(month).pastLast);
        if (Status failed = exec(q); !failed)
            return failed.error();
        while (q.next())
            trained.insert(q.value(0).toString(), q.value(1).toDouble());
    }

    // Home visits made in the month (visits/VisitService.h): the visits item counted from records.
    QHash<QString, double> visited;
    {
        const auto [from, to] = monthRange(month);
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT worker_id, count(*) FROM visits WHERE kind = 'visit' AND at_ms >= ? AND at_ms "
                                 "< ? AND deleted = 0 GROUP BY worker_id"));
        q.addBindValue(from);
        q.addBindValue(to);
        if (Status failed = exec(q); !failed)
            return failed.error();
        while (q.next())
            visited.insert(q.value(0).toString(), q.value(1).toDouble());
    }

    // What was typed in for the month.
    QHash<QString, QHash<QString, double>> entered; // worker → item id → value
    {
        QSqlQuery q(db.sql());
        q.prepare(
            QStringLiteral("SELECT worker_id, item_id, value FROM rating_entries WHERE month = ? AND deleted = 0"));
        q.addBindValue(month);
        if (Status failed = exec(q); !failed)
            return failed.error();
        while (q.next())
            entered[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toDouble());
    }
    // The typed items nobody has a value for yet: approving asks first.
    for (const RatingItem &item : std::as_const(sheet.items)) {
        if (item.kind != QLatin1String("entered"))
            continue;
        bool any = false;
        for (auto it = entered.cbegin(); it != entered.cend() && !any; ++it)
            any = it->contains(item.id);
        if (!any)
            sheet.emptyTyped << item.name;
    }

    // The points the items can score, bonus and veto aside: what a carried item is scaled against.
    double possible = 0;
    for (const RatingItem &item : std::as_const(sheet.items)) {
        if (item.kind != QLatin1String("bonus") && item.kind != QLatin1String("veto"))
            possible += item.maxPoints;
        sheet.formulas.insert(item.code, itemFormula(item, rules));
    }

    // The workers of the month's scope (ReviewScope.h).
    auto status = monthStatus(db, month);
    if (!status)
        return status.error();
    sheet.scope = status->scope;
    sheet.volumePerHouseholds = rules.volumePerHouseholds;
    sheet.scopeName = scopeLabel(db, status->reviewScope);
    QVariantList binds;
    const QString inScope = scopeWorkers(status->reviewScope, QStringLiteral("w"), &binds);
    QSqlQuery workers(db.sql());
    // A worker who stepped up the career ladder (社区工作者, 两委, 事业编) leaves the grid workers'
    // review from the day of the step: the month the step falls in is still reviewed, the next not.
    workers.prepare(QStringLiteral("SELECT w.id, w.name, w.star, w.start_date FROM workers w WHERE w.kind = "
                                   "'full_time' AND w.status = 'active' AND w.deleted = 0 AND NOT EXISTS (SELECT 1 "
                                   "FROM career_steps s WHERE s.worker_id = w.id AND s.deleted = 0 AND s.stage <> "
                                   "'grid_worker' AND s.date <> '' AND s.date <= ?) AND ") +
                    inScope + QStringLiteral(" ORDER BY w.name, w.id"));
    workers.addBindValue(monthDays(month).first);
    for (const QVariant &b : std::as_const(binds))
        workers.addBindValue(b);
    if (Status failed = exec(workers); !failed)
        return failed.error();
    QList<WorkerMonth> months;
    while (workers.next()) {
        SheetRow row;
        row.workerId = workers.value(0).toString();
        row.name = workers.value(1).toString();
        row.star = workers.value(2).toInt();
        row.unsettled = unsettled->value(row.workerId);
        double sum = 0, bonus = 0, notJudged = 0; // notJudged: the maximum of the items not applicable
        for (const RatingItem &item : std::as_const(sheet.items)) {
            SheetValue v;
            const double perCase = item.params.value(QStringLiteral("per_case")).toDouble(1);
            // A share of what could be judged; nothing to judge: not applicable.
            auto share = [&](const QList<double> &counts) {
                v.notApplicable = counts.value(0) <= 0;
                v.raw = v.notApplicable ? 0 : counts.value(1) / counts.value(0);
                v.points = v.notApplicable ? 0 : item.maxPoints * v.raw;
            };
            if (item.kind == QLatin1String("cases")) {
                if (item.source == QLatin1String("handled")) {
                    v.raw = completed->value(row.workerId).value(0);
                    // Per 100 households: a worker whose grids record none has nothing to divide by.
                    if (rules.volumePerHouseholds) {
                        const double h = households.value(row.workerId);
                        v.notApplicable = h <= 0;
                        v.raw = h > 0 ? v.raw * 100 / h : 0;
                    }
                    v.points = v.notApplicable ? 0 : clampPoints(v.raw * perCase, item.maxPoints);
                } else if (item.source == QLatin1String("on_time")) {
                    share(due->value(row.workerId));
                } else if (item.source == QLatin1String("satisfaction")) {
                    share(closed->value(row.workerId));
                } else if (item.source == QLatin1String("proactive")) {
                    v.raw = proactive->value(row.workerId).value(0);
                    v.points = clampPoints(v.raw * perCase, item.maxPoints);
                }
            } else if (item.kind == QLatin1String("records") && item.source == QLatin1String("visits")) {
                v.raw = visited.value(row.workerId);
                v.points =
                    clampPoints(v.raw * item.params.value(QStringLiteral("per_visit")).toDouble(1), item.maxPoints);
            } else if (item.kind == QLatin1String("records")) {
                v.raw = trained.value(row.workerId);
                v.points =
                    clampPoints(v.raw * item.params.value(QStringLiteral("per_session")).toDouble(1), item.maxPoints);
            } else {
                v.raw = entered.value(row.workerId).value(item.id);
                if (item.kind == QLatin1String("veto"))
                    row.veto = row.veto || v.raw != 0;
                else
                    v.points = clampPoints(v.raw, item.maxPoints);
            }
            if (v.notApplicable && rules.notApplicable == NotApplicable::Full)
                v.points = item.maxPoints;
            else if (v.notApplicable)
                notJudged += item.maxPoints;
            (item.kind == QLatin1String("bonus") ? bonus : sum) += v.points;
            row.values.insert(item.code, v);
        }
        // Carried: the items judged stand for the whole (their points scaled to the template's).
        if (notJudged > 0 && possible > notJudged)
            sum *= possible / (possible - notJudged);
        // Scores in tenths, as the sheet shows them: what is shown is what ranks.
        row.total = row.veto ? 0 : std::round(qMin(100.0, sum + bonus) * 10) / 10;
        WorkerMonth m;
        m.workerId = row.workerId;
        m.name = row.name;
        m.star = row.star;
        m.score = row.total;
        m.veto = row.veto;
        m.startDate = QDate::fromString(workers.value(3).toString(), QStringLiteral("yyyy-MM-dd"));
        m.levelSince = m.startDate;
        months << m;
        sheet.rows << row;
    }
    workers.finish();
    if (Status s = addPeriodHistory(db, month, rules, &months); !s)
        return s.error();
    const QList<StarDecision> decisions = decideStars(months, rules.stars, periodOf(month, rules.stars.cadence));
    for (int i = 0; i < sheet.rows.size(); ++i)
        sheet.rows[i].decision = decisions.at(i);
    return sheet;
}

} // namespace gd::rating

namespace gd::rating {

Result<QList<CountedCase>> casesBehind(Database &db, const QString &month, const QString &workerId,
                                       const RatingItem &item)
{
    if (item.kind != QLatin1String("cases"))
        return QList<CountedCase>();
    // The same conditions as computeMonth's grouped queries, for one worker.
    QString where;
    if (item.source == QLatin1String("handled"))
        where = QStringLiteral("completed_ms >= ? AND completed_ms < ? ORDER BY completed_ms");
    else if (item.source == QLatin1String("on_time"))
        where = QStringLiteral("due_ms >= ? AND due_ms < ? ORDER BY due_ms");
    else if (item.source == QLatin1String("satisfaction"))
        where = QStringLiteral("closed_ms >= ? AND closed_ms < ? AND satisfaction <> '' AND coalesce(callback_result, "
                               "'reached') = 'reached' ORDER BY closed_ms");
    else if (item.source == QLatin1String("proactive"))
        where = QStringLiteral("proactive = 1 AND received_ms >= ? AND received_ms < ? ORDER BY received_ms");
    else
        return QList<CountedCase>();
    const auto [from, to] = monthRange(month);
    QSqlQuery q(db.sql());
    // A find counts for its finder; every other item for the handler.
    const QString who =
        item.source == QLatin1String("proactive") ? QString::fromLatin1(kFinder) : QStringLiteral("handler_worker_id");
    q.prepare(QStringLiteral("SELECT id, number, description, received_ms, completed_ms, closed_ms, "
                             "due_ms, satisfaction, branches > 0 FROM cases WHERE %1 = ? AND deleted = 0 AND ")
                  .arg(who) +
              where);
    q.addBindValue(workerId);
    q.addBindValue(from);
    q.addBindValue(to);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<CountedCase> out;
    while (q.next()) {
        CountedCase c;
        c.id = q.value(0).toString();
        c.number = q.value(1).toString();
        c.description = q.value(2).toString();
        c.receivedMs = q.value(3).toLongLong();
        c.completedMs = q.value(4).toLongLong();
        c.closedMs = q.value(5).toLongLong();
        c.dueMs = q.value(6).toLongLong();
        c.satisfaction = q.value(7).toString();
        c.unsettled = q.value(8).toBool();
        c.onTime = timeliness::onTime(c.completedMs, c.dueMs);
        out << c;
    }
    return out;
}

QString emptyTypedText(const MonthSheet &sheet)
{
    return sheet.emptyTyped.join(QCoreApplication::translate("gd::rating", ", ", "between item names"));
}

QString valueText(const RatingItem &item, const SheetValue &value)
{
    if (value.notApplicable)
        return QCoreApplication::translate("gd::rating", "n/a", "an item with nothing to judge this month");
    if (item.kind == QLatin1String("veto"))
        return value.raw != 0 ? QCoreApplication::translate("gd::rating", "Yes", "a veto this month")
                              : QCoreApplication::translate("gd::rating", "No", "no veto this month");
    return QString::number(value.points, 'f', 1);
}

QString itemFormula(const RatingItem &item, const ReviewRules &rules)
{
    const QString max = QString::number(item.maxPoints), number = QStringLiteral("%1");
    const QString notApplicable =
        rules.notApplicable == NotApplicable::Carried
            ? Text::tr(
                  "Nothing to judge: not applicable, carried from the rest (the total is scaled to the items judged).")
            : Text::tr("Nothing to judge: not applicable, scored in full.");
    if (item.kind == QLatin1String("cases")) {
        const QString perCase = QString::number(item.params.value(QStringLiteral("per_case")).toDouble(1));
        if (item.source == QLatin1String("handled"))
            return rules.volumePerHouseholds
                       ? Text::tr("%1 point(s) per case completed in the month as handler per 100 households of the "
                                  "worker's grids, at most %2. ")
                                 .arg(perCase, max) +
                             notApplicable
                       : Text::tr("%1 point(s) per case completed in the month as handler, at most %2.")
                             .arg(perCase, max);
        if (item.source == QLatin1String("on_time"))
            return Text::tr(
                       "Cases due in the month completed on time ÷ cases due in the month (done, or past the deadline "
                       "by now) × %1. ")
                       .arg(max) +
                   notApplicable;
        if (item.source == QLatin1String("satisfaction"))
            return Text::tr(
                       "(satisfied × %1 + basically satisfied × %2 + dissatisfied × %3) ÷ reached callbacks closed in "
                       "the month × %4; unreachable and declined callbacks are left out. ")
                       .arg(number.arg(rules.satisfaction.satisfied), number.arg(rules.satisfaction.basic),
                            number.arg(rules.satisfaction.dissatisfied), max) +
                   notApplicable;
        if (item.source == QLatin1String("proactive"))
            return Text::tr("%1 point(s) per problem found on patrol in the month, at most %2.").arg(perCase, max);
    }
    if (item.kind == QLatin1String("records") && item.source == QLatin1String("visits"))
        return Text::tr("%1 point(s) per home visit made in the month (recorded on the visits page), at most %2.")
            .arg(QString::number(item.params.value(QStringLiteral("per_visit")).toDouble(1)), max);
    if (item.kind == QLatin1String("records"))
        return Text::tr("%1 point(s) per training session attended in the month, at most %2.")
            .arg(QString::number(item.params.value(QStringLiteral("per_session")).toDouble(1)), max);
    if (item.kind == QLatin1String("veto"))
        return Text::tr("Typed in: any value zeroes the month.");
    return Text::tr("Typed in, at most %1.").arg(max);
}

QString maximumText(const RatingItem &item)
{
    return item.kind == QLatin1String("veto") ? QString() : QString::number(item.maxPoints);
}

QString sheetOrderKey(SheetOrder order)
{
    return order == SheetOrder::Name ? QStringLiteral("name") : QStringLiteral("place");
}

std::optional<SheetOrder> sheetOrderFromKey(const QString &key)
{
    if (key == QLatin1String("place"))
        return SheetOrder::Place;
    if (key == QLatin1String("name"))
        return SheetOrder::Name;
    return std::nullopt;
}

Status sortSheet(Database &db, MonthSheet &sheet, SheetOrder order)
{
    // The worker's place: community code then grid code, of the grids the worker holds or covers.
    QHash<QString, QString> place;
    if (order == SheetOrder::Place) {
        QSqlQuery q(db.sql());
        if (Status failed =
                exec(q, QStringLiteral("SELECT wg.worker_id, min(c.code || '/' || g.code) FROM (%1) wg JOIN grids g ON "
                                       "g.id = wg.grid_id JOIN communities c ON c.id = g.community_id GROUP BY "
                                       "wg.worker_id")
                            .arg(workerGridsSql()));
            !failed)
            return failed;
        while (q.next())
            place.insert(q.value(0).toString(), q.value(1).toString());
    }
    QCollator pinyin{QLocale(QLocale::Chinese, QLocale::China)};
    std::stable_sort(sheet.rows.begin(), sheet.rows.end(), [&](const SheetRow &a, const SheetRow &b) {
        if (order == SheetOrder::Place) {
            const QString pa = place.value(a.workerId), pb = place.value(b.workerId);
            if (pa != pb) // no grid sorts last
                return pb.isEmpty() || (!pa.isEmpty() && pa < pb);
        }
        if (const int byName = pinyin.compare(a.name, b.name); byName != 0)
            return byName < 0;
        return a.workerId < b.workerId;
    });
    return {};
}

} // namespace gd::rating
