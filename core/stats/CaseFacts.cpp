#include "CaseFacts.h"

#include "cases/Timeliness.h"

#include <QPair>

namespace gd::stats {

namespace {

const char *const kSourceColumns[] = {
    "received_ms",  "completed_ms", "closed_ms",         "state",           "due_ms",       "callback_result",
    "satisfaction", "solved",       "handler_worker_id", "handler_unit_id", "report_count", "reopen_count",
    "proactive",    "grid_id",      "category_id",       "channel",
};

// A condition as a count of 0 or 1: a comparison with NULL is NULL in SQL, and NULL would spoil
// every sum it joins.
QString flag(const QString &condition)
{
    return QStringLiteral("(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(condition);
}

// The measures over the facts row r (its source columns, done_ms and days).
QList<QPair<QString, QString>> measures()
{
    const QString reached =
        QStringLiteral("(r.satisfaction <> '' AND coalesce(r.callback_result, 'reached') = 'reached')");
    const QString callbackNeeded =
        QStringLiteral("(r.completed_ms > 0 AND coalesce(r.callback_result, '') <> 'not_needed')");
    QList<QPair<QString, QString>> out{
        {QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("done"), flag(QStringLiteral("r.done_ms IS NOT NULL"))},
        {QStringLiteral("on_time"),
         flag(QStringLiteral("r.done_ms IS NOT NULL AND ") +
              timeliness::doneOnTimeSql(QStringLiteral("r.done_ms"), QStringLiteral("r.due_ms")))},
        {QStringLiteral("cb_need"), flag(callbackNeeded)},
        // A callback recorded before its outcome was kept (v17) has its answer and no outcome.
        {QStringLiteral("cb_done"),
         flag(callbackNeeded + QStringLiteral(" AND (r.callback_result IN ('reached', 'unreachable', 'declined') "
                                              "OR (r.callback_result IS NULL AND r.satisfaction <> ''))"))},
        {QStringLiteral("reached"), flag(reached)},
        {QStringLiteral("solved"), flag(reached + QStringLiteral(" AND r.solved = 1"))},
        {QStringLiteral("satisfied"), flag(reached + QStringLiteral(" AND r.satisfaction = 'satisfied'"))},
        {QStringLiteral("basic"), flag(reached + QStringLiteral(" AND r.satisfaction = 'basic'"))},
        {QStringLiteral("dissatisfied"), flag(reached + QStringLiteral(" AND r.satisfaction = 'dissatisfied'"))},
        {QStringLiteral("unreachable"), flag(QStringLiteral("r.callback_result = 'unreachable'"))},
        {QStringLiteral("declined"), flag(QStringLiteral("r.callback_result = 'declined'"))},
        // Settling at the desk completes and closes the case in one event, with no callback
        // (workflow::fold); no other path closes a case at the instant it is completed.
        {QStringLiteral("settled"),
         flag(QStringLiteral("r.completed_ms > 0 AND r.closed_ms = r.completed_ms AND r.callback_result = "
                             "'not_needed'"))},
        {QStringLiteral("referred"), flag(QStringLiteral("coalesce(r.handler_unit_id, '') <> ''"))},
        {QStringLiteral("repeated"), flag(QStringLiteral("r.report_count > 1"))},
        {QStringLiteral("reopened"), flag(QStringLiteral("r.reopen_count > 0"))},
        {QStringLiteral("proactive"), flag(QStringLiteral("r.proactive = 1"))},
        {QStringLiteral("days_sum"), QStringLiteral("coalesce(r.days, 0)")},
        {QStringLiteral("days_n"), flag(QStringLiteral("r.days IS NOT NULL"))},
    };
    for (int d = 0; d < kHistogramDays; ++d)
        out << qMakePair(QStringLiteral("h%1").arg(d), flag(QStringLiteral("r.days = %1").arg(d)));
    out << qMakePair(QStringLiteral("h%1").arg(kHistogramDays),
                     flag(QStringLiteral("r.days >= %1").arg(kHistogramDays)));
    return out;
}

// The working-day index of the day (Beijing time) an instant falls on (StatsStore fills the table
// from the office's calendar): the working days from receipt to done are the difference.
QString workdayIndex(const QString &ms)
{
    return QStringLiteral("(SELECT cum FROM stats_workdays WHERE day = (%1 + 28800000) / 86400000)").arg(ms);
}

// The facts over the base row subquery: done_ms and the community, then the days, then the keys
// and measures (a trigger may not use WITH, so the steps nest).
QString factsOver(const QString &base)
{
    const QString done = doneMsSql(QStringLiteral("b"));
    const QString withDone =
        QStringLiteral("SELECT b.*, %1 AS done_ms, (SELECT community_id FROM stats_grid_community WHERE "
                       "grid_id = b.grid_id) AS community_id FROM (%2) b")
            .arg(done, base);
    const QString withDays =
        QStringLiteral("SELECT d.*, %1 - %2 AS days FROM (%3) d")
            .arg(workdayIndex(QStringLiteral("d.done_ms")), workdayIndex(QStringLiteral("d.received_ms")), withDone);
    QStringList columns{
        monthKeySql(QStringLiteral("r.received_ms")) + QStringLiteral(" AS received_month"),
        QStringLiteral("CASE WHEN r.done_ms IS NOT NULL THEN %1 END AS done_month")
            .arg(monthKeySql(QStringLiteral("r.done_ms"))),
        QStringLiteral("coalesce(r.grid_id, '') AS grid_id"),
        QStringLiteral("coalesce(r.community_id, '') AS community_id"),
        QStringLiteral("coalesce(r.category_id, '') AS category_id"),
        QStringLiteral("r.channel AS channel"),
        QStringLiteral("CASE WHEN coalesce(r.handler_worker_id, '') <> '' THEN 'w:' || r.handler_worker_id WHEN "
                       "coalesce(r.handler_unit_id, '') <> '' THEN 'u:' || r.handler_unit_id ELSE '' END AS handler"),
    };
    for (const auto &[name, sql] : measures())
        columns << sql + QStringLiteral(" AS ") + name;
    return QStringLiteral("SELECT %1 FROM (%2) r").arg(columns.join(QStringLiteral(", ")), withDays);
}

} // namespace

QStringList measureNames()
{
    QStringList out;
    for (const auto &m : measures())
        out << m.first;
    return out;
}

QStringList keyNames()
{
    return {QStringLiteral("received_month"), QStringLiteral("done_month"),  QStringLiteral("grid_id"),
            QStringLiteral("community_id"),   QStringLiteral("category_id"), QStringLiteral("channel"),
            QStringLiteral("handler")};
}

QStringList sourceColumns()
{
    QStringList out;
    for (const char *c : kSourceColumns)
        out << QString::fromLatin1(c);
    return out;
}

QString factsFromCases(const QString &condition)
{
    QStringList columns;
    for (const QString &c : sourceColumns())
        columns << QStringLiteral("c.") + c;
    return factsOver(QStringLiteral("SELECT %1 FROM cases c WHERE c.deleted = 0 AND c.state <> 'merged'%2")
                         .arg(columns.join(QStringLiteral(", ")),
                              condition.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(condition)));
}

QString factsFromRow(const QString &pseudoRow)
{
    QStringList columns;
    for (const QString &c : sourceColumns())
        columns << QStringLiteral("%1.%2 AS %2").arg(pseudoRow, c);
    return factsOver(QStringLiteral("SELECT %1 WHERE %2.deleted = 0 AND %2.state <> 'merged'")
                         .arg(columns.join(QStringLiteral(", ")), pseudoRow));
}

QString monthKeySql(const QString &msExpression)
{
    return QStringLiteral("CAST(strftime('%Y%m', (%1) / 1000 + 28800, 'unixepoch') AS INTEGER)").arg(msExpression);
}

QString doneMsSql(const QString &alias)
{
    return QStringLiteral("CASE WHEN %1.completed_ms > 0 THEN %1.completed_ms WHEN %1.state IN ('refused', "
                          "'redirected') THEN %1.closed_ms END")
        .arg(alias);
}

QString measureOnCases(const QString &measure)
{
    for (const auto &[name, sql] : measures()) {
        if (name != measure)
            continue;
        if (!sql.startsWith(QLatin1String("(CASE WHEN")))
            return {}; // a sum of days, not a count of cases
        const QString done = QStringLiteral("(%1)").arg(doneMsSql(QStringLiteral("c")));
        QString over = sql;
        over.replace(QLatin1String("r.done_ms"), done);
        over.replace(
            QLatin1String("r.days"),
            QStringLiteral("(%1 - %2)").arg(workdayIndex(done), workdayIndex(QStringLiteral("c.received_ms"))));
        over.replace(QLatin1String("r."), QLatin1String("c."));
        return over + QStringLiteral(" = 1 AND c.state <> 'merged'");
    }
    return {};
}

} // namespace gd::stats
