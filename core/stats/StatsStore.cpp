#include "StatsStore.h"

#include "CaseFacts.h"
#include "calendar/WorkCalendar.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace gd::stats {

namespace {

const char kDefinitionKey[] = "stats_definition";
// The days the working-day index covers: every case GridDesk keeps was received after 2000
// (schema/Tables.cpp), and a case done after 2060 is beyond any office's horizon today.
const QDate kFirstDay(2000, 1, 1), kLastDay(2060, 12, 31);
constexpr qint64 kUnixEpochJulianDay = 2440588;

Status run(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        return Error::make(ErrorKind::Internal, QStringLiteral("%1 (%2)").arg(q.lastError().text(), sql.left(200)));
    return {};
}

QString monthColumn(View view)
{
    return view == View::Received ? QStringLiteral("received_month") : QStringLiteral("done_month");
}

QStringList primaryKey(const AggregateTable &t)
{
    QStringList pk{QStringLiteral("view")};
    if (t.gridFirst)
        pk << QStringLiteral("grid_id") << QStringLiteral("month") << t.keys.mid(1);
    else
        pk << QStringLiteral("month") << t.keys;
    return pk;
}

} // namespace

QString createTableSql(const AggregateTable &t)
{
    QStringList columns{QStringLiteral("view INTEGER NOT NULL"), QStringLiteral("month INTEGER NOT NULL")};
    for (const QString &k : t.keys)
        columns << k + QStringLiteral(" TEXT NOT NULL");
    for (const QString &m : measureNames())
        columns << m + QStringLiteral(" INTEGER NOT NULL DEFAULT 0");
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2, PRIMARY KEY (%3)) WITHOUT ROWID")
        .arg(t.name, columns.join(QStringLiteral(", ")), primaryKey(t).join(QStringLiteral(", ")));
}

// One table's rows in one view summed from `source` (a table, or a subquery in parentheses, with
// the facts' columns): "sign * " as the weight takes the scratch rows' sign. What the triggers,
// the rebuild and a recount after a change of the calendar all write with.
QString groupedSql(const AggregateTable &t, View view, const QString &source, const QString &weight, bool upsert)
{
    const QString month = monthColumn(view);
    const QString keys = t.keys.join(QStringLiteral(", "));
    QStringList sums, updates;
    for (const QString &m : measureNames()) {
        sums << QStringLiteral("sum(%1%2)").arg(weight, m);
        updates << QStringLiteral("%1 = %1 + excluded.%1").arg(m);
    }
    QString sql = QStringLiteral("INSERT INTO %1(view, month, %2, %3) SELECT %4, %5, %2, %6 FROM %7 WHERE %5 IS NOT "
                                 "NULL GROUP BY %5, %2")
                      .arg(t.name, keys, measureNames().join(QStringLiteral(", ")))
                      .arg(int(view))
                      .arg(month, sums.join(QStringLiteral(", ")), source);
    if (upsert)
        sql += QStringLiteral(" ON CONFLICT(%1) DO UPDATE SET %2")
                   .arg(primaryKey(t).join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
    return sql;
}

namespace {

// The facts of a trigger's row (OLD taken away, NEW added) go to stats_scratch once, and every table
// takes its share from there, the two rows summed when their keys agree: the facts' lookups run
// twice a change instead of twenty times.
QString scratchStatements(const QStringList &pseudoRows)
{
    QString out;
    for (const QString &row : pseudoRows)
        out += QStringLiteral("INSERT INTO stats_scratch SELECT %1, f.* FROM (%2) f;\n")
                   .arg(row == QLatin1String("OLD") ? -1 : 1)
                   .arg(factsFromRow(row));
    for (const AggregateTable &t : aggregateTables())
        for (View v : {View::Received, View::Completed})
            out += groupedSql(t, v, QStringLiteral("stats_scratch"), QStringLiteral("sign * "), true) +
                   QStringLiteral(";\n");
    return out + QStringLiteral("DELETE FROM stats_scratch;\n");
}

QString scratchTableSql()
{
    QStringList columns{QStringLiteral("sign INTEGER NOT NULL")};
    for (const QString &k : keyNames())
        columns << k;
    for (const QString &m : measureNames())
        columns << m;
    return QStringLiteral("CREATE TABLE IF NOT EXISTS stats_scratch (%1)").arg(columns.join(QStringLiteral(", ")));
}

// A grid that changes community (or comes back with another, by an undo) takes its cases' share
// of the community tables along; the map keeps a grid's community after the grid is gone, so
// that the cases an undo removes after their grid are taken from the community they were in.
QString gridMoveStatements()
{
    QString out;
    for (const AggregateTable &t : aggregateTables()) {
        if (!t.keys.contains(QStringLiteral("community_id")))
            continue;
        const QString facts = factsFromCases(QStringLiteral("c.grid_id = NEW.id"));
        for (View v : {View::Received, View::Completed})
            out +=
                groupedSql(t, v, QStringLiteral("(%1)").arg(facts), QStringLiteral("-"), true) + QStringLiteral(";\n");
    }
    out += QStringLiteral("INSERT OR REPLACE INTO stats_grid_community(grid_id, community_id) VALUES(NEW.id, "
                          "coalesce(NEW.community_id, ''));\n");
    for (const AggregateTable &t : aggregateTables()) {
        if (!t.keys.contains(QStringLiteral("community_id")))
            continue;
        const QString facts = factsFromCases(QStringLiteral("c.grid_id = NEW.id"));
        for (View v : {View::Received, View::Completed})
            out += groupedSql(t, v, QStringLiteral("(%1)").arg(facts), QString(), true) + QStringLiteral(";\n");
    }
    return out;
}

QString changedSql(const QStringList &columns)
{
    QStringList any;
    for (const QString &c : columns)
        if (c == QLatin1String("state")) // the figures read only the state's class (CaseFacts.h)
            any << QStringLiteral("(%1) IS NOT (%2)")
                       .arg(stateClassSql(QStringLiteral("OLD")), stateClassSql(QStringLiteral("NEW")));
        else
            any << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(c);
    return any.join(QStringLiteral(" OR "));
}

QStringList triggerSql()
{
    QStringList watched = sourceColumns();
    watched << QStringLiteral("deleted");
    const QString moved = QStringLiteral("coalesce((SELECT community_id FROM stats_grid_community WHERE grid_id = "
                                         "NEW.id), '') <> coalesce(NEW.community_id, '')");
    return {
        QStringLiteral("CREATE TRIGGER stats_grids_insert AFTER INSERT ON grids WHEN %1 BEGIN\n%2END")
            .arg(moved, gridMoveStatements()),
        QStringLiteral("CREATE TRIGGER stats_grids_update AFTER UPDATE OF community_id ON grids WHEN %1 BEGIN\n%2END")
            .arg(moved, gridMoveStatements()),
        QStringLiteral("CREATE TRIGGER stats_cases_insert AFTER INSERT ON cases BEGIN\n%1END")
            .arg(scratchStatements({QStringLiteral("NEW")})),
        QStringLiteral("CREATE TRIGGER stats_cases_delete AFTER DELETE ON cases BEGIN\n%1END")
            .arg(scratchStatements({QStringLiteral("OLD")})),
        // Only when a value the figures read changed: a merge writes a row's every field, and most
        // of a delta's rows come back with the same values.
        QStringLiteral("CREATE TRIGGER stats_cases_update AFTER UPDATE OF %1 ON cases WHEN %2 BEGIN\n%3END")
            .arg(watched.join(QStringLiteral(", ")), changedSql(watched),
                 scratchStatements({QStringLiteral("OLD"), QStringLiteral("NEW")})),
    };
}

Status dropTriggers(QSqlQuery &q)
{
    for (const char *name :
         {"stats_cases_insert", "stats_cases_delete", "stats_cases_update", "stats_grids_insert", "stats_grids_update"})
        if (Status s = run(q, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(name))); !s)
            return s;
    return {};
}

Status createTriggers(QSqlQuery &q)
{
    if (Status s = dropTriggers(q); !s)
        return s;
    for (const QString &sql : triggerSql())
        if (Status s = run(q, sql); !s)
            return s;
    return {};
}

Status fillWorkdays(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (Status s = run(q, QStringLiteral("CREATE TABLE IF NOT EXISTS stats_workdays (day INTEGER PRIMARY KEY, cum "
                                         "INTEGER NOT NULL)"));
        !s)
        return s;
    if (Status s = run(q, QStringLiteral("DELETE FROM stats_workdays")); !s)
        return s;
    auto calendar = WorkCalendar::readFrom(db);
    if (!calendar)
        return calendar.status();
    if (!q.prepare(QStringLiteral("INSERT INTO stats_workdays(day, cum) VALUES(?, ?)")))
        return Error::make(ErrorKind::Internal, q.lastError().text());
    for (const auto &[day, cum] : workdayIndex(*calendar)) {
        q.addBindValue(day);
        q.addBindValue(cum);
        if (!q.exec())
            return Error::make(ErrorKind::Internal, q.lastError().text());
    }
    return {};
}

Result<QString> metaValue(QSqlQuery &q, const char *key)
{
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = '%1'").arg(QLatin1String(key))))
        return Error::make(ErrorKind::Internal, q.lastError().text());
    const QString value = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return value;
}

} // namespace

// What the aggregate is built with: a new version of the figures changes it, and the file is
// counted again.
QString definitionDigest()
{
    QString all = triggerSql().join(QLatin1Char('\n')) + scratchTableSql();
    for (const AggregateTable &t : aggregateTables())
        all += createTableSql(t);
    return QString::fromLatin1(QCryptographicHash::hash(all.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QList<QPair<qint64, qint64>> workdayIndex(const WorkCalendar &calendar)
{
    // Outside the calendar's years the plain weekday rule (WorkCalendar).
    QList<QPair<qint64, qint64>> out;
    out.reserve(kFirstDay.daysTo(kLastDay) + 1);
    qint64 cum = 0;
    for (QDate d = kFirstDay; d <= kLastDay; d = d.addDays(1)) {
        if (calendar.isWorkingDay(d))
            ++cum;
        out.append({d.toJulianDay() - kUnixEpochJulianDay, cum});
    }
    return out;
}

QString calendarAffected(const WorkCalendar &before, const WorkCalendar &after)
{
    QDate first, last;
    for (QDate d = kFirstDay; d <= kLastDay; d = d.addDays(1))
        if (before.isWorkingDay(d) != after.isWorkingDay(d)) {
            if (!first.isValid())
                first = d;
            last = d;
        }
    if (!first.isValid())
        return {};
    const auto zone = WorkCalendar::zone();
    return QStringLiteral("c.received_ms < %1 AND coalesce(c.completed_ms, c.closed_ms) >= %2")
        .arg(QDateTime(last.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch())
        .arg(QDateTime(first, QTime(0, 0), zone).toMSecsSinceEpoch());
}

const QList<AggregateTable> &aggregateTables()
{
    static const QList<AggregateTable> tables{
        {QStringLiteral("stats_grid"), {QStringLiteral("grid_id")}, false},
        {QStringLiteral("stats_grid_channel"), {QStringLiteral("grid_id"), QStringLiteral("channel")}, false},
        {QStringLiteral("stats_grid_handler"), {QStringLiteral("grid_id"), QStringLiteral("handler")}, false},
        {QStringLiteral("stats_grid_category"), {QStringLiteral("grid_id"), QStringLiteral("category_id")}, true},
        {QStringLiteral("stats_community_category"),
         {QStringLiteral("community_id"), QStringLiteral("category_id")},
         false},
    };
    return tables;
}

Result<bool> isCurrent(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT (SELECT value FROM meta WHERE key = '%1'), (SELECT count(*) FROM sqlite_master "
                               "WHERE type = 'trigger' AND name LIKE 'stats_%')")
                    .arg(QLatin1String(kDefinitionKey))) ||
        !q.next())
        return Error::make(ErrorKind::Internal, q.lastError().text());
    return q.value(0).toString() == definitionDigest() && q.value(1).toInt() == 5;
}

static Status createMap(QSqlQuery &q)
{
    if (Status s = run(q, scratchTableSql()); !s)
        return s;
    return run(q, QStringLiteral("CREATE TABLE IF NOT EXISTS stats_grid_community (grid_id TEXT PRIMARY KEY NOT NULL, "
                                 "community_id TEXT NOT NULL) WITHOUT ROWID"));
}

Status ensureStore(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (Status s = createMap(q); !s)
        return s;
    for (const AggregateTable &t : aggregateTables())
        if (Status s = run(q, createTableSql(t)); !s)
            return s;
    auto stored = metaValue(q, kDefinitionKey);
    if (!stored)
        return stored.status();
    auto current = isCurrent(db);
    if (!current)
        return current.status();
    if (*current)
        return {};
    if (Status s = fillWorkdays(db); !s)
        return s;
    return rebuild(db);
}

Status suspendTriggers(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (Status s = dropTriggers(q); !s)
        return s;
    return run(q, QStringLiteral("DELETE FROM meta WHERE key = '%1'").arg(QLatin1String(kDefinitionKey)));
}

Status rebuild(QSqlDatabase db, const std::function<bool(double)> &progress)
{
    QSqlQuery q(db);
    const auto step = [&](double fraction) -> Status {
        if (progress && !progress(fraction))
            return Error::make(ErrorKind::Cancelled, QString());
        return {};
    };
    // The grids' communities (those of grids gone are kept), the facts of every case once, then
    // each table grouped from them.
    // A new definition may have other measures: the tables are made anew, not emptied.
    if (Status s = run(q, QStringLiteral("DROP TABLE IF EXISTS stats_scratch")); !s)
        return s;
    if (Status s = createMap(q); !s)
        return s;
    if (Status s = run(q, QStringLiteral("INSERT OR REPLACE INTO stats_grid_community(grid_id, community_id) SELECT "
                                         "id, coalesce(community_id, '') FROM grids"));
        !s)
        return s;
    if (Status s = run(q, QStringLiteral("DROP TABLE IF EXISTS temp.stats_facts")); !s)
        return s;
    if (Status s = run(q, QStringLiteral("CREATE TEMP TABLE stats_facts AS ") + factsFromCases()); !s)
        return s;
    const QList<AggregateTable> &tables = aggregateTables();
    int done = 0;
    for (const AggregateTable &t : tables) {
        if (Status s = step(0.3 + 0.7 * done++ / tables.size()); !s)
            return s;
        if (Status s = run(q, QStringLiteral("DROP TABLE IF EXISTS %1").arg(t.name)); !s)
            return s;
        if (Status s = run(q, createTableSql(t)); !s)
            return s;
        for (View v : {View::Received, View::Completed})
            if (Status s = run(q, groupedSql(t, v, QStringLiteral("temp.stats_facts"), QString(), false)); !s)
                return s;
    }
    if (Status s = run(q, QStringLiteral("DROP TABLE temp.stats_facts")); !s)
        return s;
    if (Status s = createTriggers(q); !s)
        return s;
    if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)")))
        return Error::make(ErrorKind::Internal, q.lastError().text());
    q.addBindValue(QString::fromLatin1(kDefinitionKey));
    q.addBindValue(definitionDigest());
    if (!q.exec())
        return Error::make(ErrorKind::Internal, q.lastError().text());
    return step(1.0);
}

// The contribution of the cases matching `condition` (on the cases table, alias c) taken away
// (sign -1) or added (+1), grouped: what a change of what the facts read besides the case needs.
static Status addCases(QSqlDatabase db, const QString &condition, int sign)
{
    QSqlQuery q(db);
    const QString facts = QStringLiteral("(%1)").arg(factsFromCases(condition));
    for (const AggregateTable &t : aggregateTables())
        for (View v : {View::Received, View::Completed})
            if (Status s = run(q, groupedSql(t, v, facts, sign < 0 ? QStringLiteral("-") : QString(), true)); !s)
                return s;
    return {};
}

Status calendarChanged(QSqlDatabase db, const WorkCalendar &before)
{
    auto after = WorkCalendar::readFrom(db);
    if (!after)
        return after.status();
    const QString affected = calendarAffected(before, *after);
    if (affected.isEmpty())
        return {};
    if (Status s = addCases(db, affected, -1); !s)
        return s;
    if (Status s = fillWorkdays(db); !s)
        return s;
    return addCases(db, affected, 1);
}

Result<QStringList> recountDifferences(QSqlDatabase db, int limit)
{
    QSqlQuery q(db);
    if (Status s = run(q, QStringLiteral("DROP TABLE IF EXISTS temp.stats_recount")); !s)
        return s.error();
    if (Status s = run(q, QStringLiteral("CREATE TEMP TABLE stats_recount AS ") + factsFromCases()); !s)
        return s.error();
    QStringList out;
    for (const AggregateTable &t : aggregateTables()) {
        const QString keys = t.keys.join(QStringLiteral(", "));
        QStringList sums, differs;
        for (const QString &m : measureNames()) {
            sums << QStringLiteral("sum(%1) AS %1").arg(m);
            differs << QStringLiteral("coalesce(a.%1, 0) <> coalesce(b.%1, 0)").arg(m);
        }
        for (View v : {View::Received, View::Completed}) {
            const QString month = monthColumn(v);
            // Rows whose counts are all zero are as good as none: an aggregate keeps them after the
            // last case left them.
            QStringList nonZero;
            for (const QString &m : measureNames())
                nonZero << m + QStringLiteral(" <> 0");
            QStringList join;
            for (const QString &k : t.keys)
                join << QStringLiteral("a.%1 = b.%1").arg(k);
            const QString counted = QStringLiteral("SELECT %1 AS month, %2, %3 FROM temp.stats_recount WHERE %1 IS "
                                                   "NOT NULL GROUP BY %1, %2")
                                        .arg(month, keys, sums.join(QStringLiteral(", ")));
            const QString stored = QStringLiteral("SELECT * FROM %1 WHERE view = %2 AND (%3)")
                                       .arg(t.name)
                                       .arg(int(v))
                                       .arg(nonZero.join(QStringLiteral(" OR ")));
            // Both ways: a row stored and not counted, or counted and not stored, or both differing.
            const QString sql =
                QStringLiteral("SELECT a.month, %1 FROM (%2) a LEFT JOIN (%3) b ON a.month = b.month AND %4 WHERE "
                               "b.month IS NULL OR %5 UNION SELECT b.month, %6 FROM (%3) b LEFT JOIN (%2) a ON "
                               "a.month = b.month AND %4 WHERE a.month IS NULL LIMIT %7")
                    .arg(QStringLiteral("a.") + t.keys.join(QStringLiteral(", a.")), stored, counted,
                         join.join(QStringLiteral(" AND ")), differs.join(QStringLiteral(" OR ")),
                         QStringLiteral("b.") + t.keys.join(QStringLiteral(", b.")))
                    .arg(limit);
            if (Status s = run(q, sql); !s)
                return s.error();
            while (q.next() && out.size() < limit) {
                QStringList row;
                for (int i = 0; i < t.keys.size() + 1; ++i)
                    row << q.value(i).toString();
                out << QStringLiteral("%1 view %2: %3").arg(t.name).arg(int(v)).arg(row.join(QLatin1Char(' ')));
            }
            q.finish();
        }
    }
    if (Status s = run(q, QStringLiteral("DROP TABLE temp.stats_recount")); !s)
        return s.error();
    return out;
}

} // namespace gd::stats
