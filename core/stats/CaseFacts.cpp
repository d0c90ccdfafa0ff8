#include "CaseFacts.h"

#include "cases/Timeliness.h"

#include <QPair>

namespace gd::stats {

namespace {

// The states a case is done in without being completed: not accepted, guided elsewhere.
const char kHandledStates[] = "('refused', 'redirected')";

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

struct Measure {
    QString name, sql;
    bool countsCases; // a 0/1 count of the case (not its days)
};

// The measures over a row: {row} its source columns, {done} when it was done and {days} its
// working days, filled in at the end for the row asked for (the facts row, or a case of the list).
QList<Measure> measures(const QString &row, const QString &doneMs, const QString &days)
{
    const QString reached =
        QStringLiteral("({row}.satisfaction <> '' AND coalesce({row}.callback_result, 'reached') = 'reached')");
    const QString callbackNeeded =
        QStringLiteral("({row}.completed_ms > 0 AND coalesce({row}.callback_result, '') <> 'not_needed')");
    QList<QPair<QString, QString>> out{
        {QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("done"), flag(QStringLiteral("{done} IS NOT NULL"))},
        {QStringLiteral("on_time"),
         flag(QStringLiteral("{done} IS NOT NULL AND ") +
              timeliness::doneOnTimeSql(QStringLiteral("{done}"), QStringLiteral("{row}.due_ms")))},
        {QStringLiteral("cb_need"), flag(callbackNeeded)},
        // A callback recorded before its outcome was kept (v17) has its answer and no outcome.
        {QStringLiteral("cb_done"),
         flag(callbackNeeded + QStringLiteral(" AND ({row}.callback_result IN ('reached', 'unreachable', 'declined') "
                                              "OR ({row}.callback_result IS NULL AND {row}.satisfaction <> ''))"))},
        {QStringLiteral("reached"), flag(reached)},
        {QStringLiteral("solved"), flag(reached + QStringLiteral(" AND {row}.solved = 1"))},
        {QStringLiteral("satisfied"), flag(reached + QStringLiteral(" AND {row}.satisfaction = 'satisfied'"))},
        {QStringLiteral("basic"), flag(reached + QStringLiteral(" AND {row}.satisfaction = 'basic'"))},
        {QStringLiteral("dissatisfied"), flag(reached + QStringLiteral(" AND {row}.satisfaction = 'dissatisfied'"))},
        {QStringLiteral("unreachable"), flag(QStringLiteral("{row}.callback_result = 'unreachable'"))},
        {QStringLiteral("declined"), flag(QStringLiteral("{row}.callback_result = 'declined'"))},
        // Settling at the desk completes and closes the case in one event, with no callback
        // (workflow::fold); no other path closes a case at the instant it is completed.
        {QStringLiteral("settled"),
         flag(QStringLiteral(
             "{row}.completed_ms > 0 AND {row}.closed_ms = {row}.completed_ms AND {row}.callback_result = "
             "'not_needed'"))},
        {QStringLiteral("referred"), flag(QStringLiteral("coalesce({row}.handler_unit_id, '') <> ''"))},
        {QStringLiteral("repeated"), flag(QStringLiteral("{row}.report_count > 1"))},
        {QStringLiteral("reopened"), flag(QStringLiteral("{row}.reopen_count > 0"))},
        {QStringLiteral("proactive"), flag(QStringLiteral("{row}.proactive = 1"))},
        {QStringLiteral("days_sum"), QStringLiteral("coalesce({days}, 0)")},
        {QStringLiteral("days_n"), flag(QStringLiteral("{days} IS NOT NULL"))},
    };
    for (int d = 0; d < kHistogramDays; ++d)
        out << qMakePair(QStringLiteral("h%1").arg(d), flag(QStringLiteral("{days} = %1").arg(d)));
    out << qMakePair(QStringLiteral("h%1").arg(kHistogramDays),
                     flag(QStringLiteral("{days} >= %1").arg(kHistogramDays)));
    QList<Measure> filled;
    for (const auto &[name, sql] : out) {
        QString over = sql;
        over.replace(QLatin1String("{done}"), doneMs).replace(QLatin1String("{days}"), days);
        over.replace(QLatin1String("{row}"), row);
        filled << Measure{name, over, sql.startsWith(QLatin1String("(CASE WHEN"))};
    }
    return filled;
}

QList<Measure> factMeasures()
{
    return measures(QStringLiteral("r"), QStringLiteral("r.done_ms"), QStringLiteral("r.days"));
}

// The working-day index of the day (Beijing time) an instant falls on (StatsStore fills the table
// from the office's calendar): the working days from receipt to done are the difference.
QString workdayIndex(const QString &ms)
{
    return QStringLiteral("(SELECT cum FROM stats_workdays WHERE day = (%1 + 28800000) / 86400000)").arg(ms);
}

// The facts over the base row subquery: done_ms and the community, then the days, then the keys
// and measures (a trigger may not use WITH, so the steps nest).
QString factsOver(const QString &base, const QString &fence = {}, bool withCase = false)
{
    const QString done = doneMsSql(QStringLiteral("b"));
    const QString withDone =
        QStringLiteral("SELECT b.*, %1 AS done_ms, (SELECT community_id FROM stats_grid_community WHERE "
                       "grid_id = b.grid_id) AS community_id FROM (%2) b%3")
            .arg(done, base, fence);
    const QString withDays = QStringLiteral("SELECT d.*, %1 - %2 AS days FROM (%3) d%4")
                                 .arg(workdayIndex(QStringLiteral("d.done_ms")),
                                      workdayIndex(QStringLiteral("d.received_ms")), withDone, fence);
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
    if (withCase)
        columns << QStringLiteral("r.case_id AS case_id") << QStringLiteral("r.received_ms AS received_ms")
                << QStringLiteral("r.done_ms AS done_ms");
    for (const Measure &m : factMeasures())
        columns << m.sql + QStringLiteral(" AS ") + m.name;
    return QStringLiteral("SELECT %1 FROM (%2) r").arg(columns.join(QStringLiteral(", ")), withDays);
}

} // namespace

QStringList measureNames()
{
    QStringList out;
    for (const Measure &m : factMeasures())
        out << m.name;
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

namespace {

QString factsOfCases(const QString &condition, const QString &fence, bool withCase)
{
    QStringList columns;
    if (withCase)
        columns << QStringLiteral("c.id AS case_id");
    for (const QString &c : sourceColumns())
        columns << QStringLiteral("c.") + c;
    return factsOver(QStringLiteral("SELECT %1 FROM cases c WHERE c.deleted = 0 AND c.state <> 'merged'%2")
                         .arg(columns.join(QStringLiteral(", ")),
                              condition.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(condition)),
                     fence, withCase);
}

} // namespace

QString factsFromCases(const QString &condition, const QString &fence)
{
    return factsOfCases(condition, fence, false);
}

QString caseFactsFromCases(const QString &condition, const QString &fence)
{
    return factsOfCases(condition, fence, true);
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

QString stateClassSql(const QString &alias)
{
    return QStringLiteral("CASE WHEN %1.state IN %2 THEN 1 WHEN %1.state = 'merged' THEN 2 ELSE 0 END")
        .arg(alias, QLatin1String(kHandledStates));
}

QString doneMsSql(const QString &alias)
{
    return QStringLiteral("CASE WHEN %1.completed_ms > 0 THEN %1.completed_ms WHEN %1.state IN %2 THEN %1.closed_ms "
                          "END")
        .arg(alias, QLatin1String(kHandledStates));
}

QString measureOnCases(const QString &measure)
{
    const QString done = QStringLiteral("(%1)").arg(doneMsSql(QStringLiteral("c")));
    const QString days =
        QStringLiteral("(%1 - %2)").arg(workdayIndex(done), workdayIndex(QStringLiteral("c.received_ms")));
    for (const Measure &m : measures(QStringLiteral("c"), done, days))
        if (m.name == measure)
            return m.countsCases ? m.sql + QStringLiteral(" = 1 AND c.state <> 'merged'") : QString();
    return {};
}

} // namespace gd::stats
