#include "HubFigures.h"

#include "HubConnection.h"
#include "HubDialect.h"
#include "calendar/WorkCalendar.h"
#include "stats/CaseFacts.h"
#include "stats/StatsStore.h"

#include <QDateTime>

namespace gd::hub {

namespace {

const char kDefinitionKey[] = "stats_definition";
// PostgreSQL keeps a subquery whole behind an OFFSET (stats::factsFromCases).
const char kFence[] = " OFFSET 0";

// SQLite's strftime for the month keys of the figures (stats::monthKeySql): the formats %Y, %m and
// %d of seconds since 1970 read as UTC, as SQLite's 'unixepoch' does (the only modifier GridDesk
// writes). A single expression, so that PostgreSQL inlines it instead of calling it per row.
const char kStrftime[] =
    "CREATE OR REPLACE FUNCTION strftime(format text, seconds bigint, modifier text) RETURNS text LANGUAGE sql "
    "STABLE STRICT AS $$ SELECT to_char(to_timestamp(seconds) AT TIME ZONE 'UTC', replace(replace(replace(format, "
    "'%Y', 'YYYY'), '%m', 'MM'), '%d', 'DD')) $$";

Status exec(HubConnection &hub, const QString &sqlite)
{
    return hub.exec(postgresStatement(sqlite));
}

Status fillWorkdays(HubConnection &hub)
{
    auto calendar = WorkCalendar::readFrom(hub.sql());
    if (!calendar)
        return calendar.status();
    if (Status s = hub.exec(QStringLiteral("TRUNCATE stats_workdays")); !s)
        return s;
    const QList<QPair<qint64, qint64>> days = stats::workdayIndex(*calendar);
    auto it = days.cbegin();
    if (Status s = hub.copyIn(QStringLiteral("stats_workdays"), {QStringLiteral("day"), QStringLiteral("cum")},
                              [&](QVariantList &values) {
                                  if (it == days.cend())
                                      return false;
                                  values << it->first << it->second;
                                  ++it;
                                  return true;
                              });
        !s)
        return s;
    return hub.exec(QStringLiteral("ANALYZE stats_workdays"));
}

// The facts of every case counted, as the aggregate counts them (stats::caseFactsFromCases): what
// a cut month's days are summed from, and what a case's counts are taken away by.
const char kCaseFacts[] = "stats_case_facts";

Status createCaseFacts(HubConnection &hub)
{
    const QString table = QLatin1String(kCaseFacts);
    for (const QString &sql :
         {QStringLiteral("DROP TABLE IF EXISTS %1").arg(table),
          postgresStatement(QStringLiteral("CREATE TABLE %1 AS %2 WITH NO DATA")
                                .arg(table, stats::caseFactsFromCases(QString(), QLatin1String(kFence)))),
          QStringLiteral("ALTER TABLE %1 ADD PRIMARY KEY (case_id)").arg(table),
          QStringLiteral("CREATE INDEX %1_received ON %1 (received_ms)").arg(table),
          QStringLiteral("CREATE INDEX %1_done ON %1 (done_ms)").arg(table)})
        if (Status s = hub.exec(sql); !s)
            return s;
    return {};
}

// The cases matching `condition` (alias c) counted again: their facts worked out now against the
// facts kept for them, and only what differs goes into the aggregate (the old facts taken away,
// the new added) and into the kept facts. A note that changes no figure of its case writes
// nothing; a case the hub never counted is added.
Status recount(HubConnection &hub, const QString &condition)
{
    const QString kept = QLatin1String(kCaseFacts);
    for (const char *table : {"hub_facts_now", "hub_facts_kept", "hub_facts"})
        if (Status s = hub.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(table))); !s)
            return s;
    if (Status s = hub.exec(postgresStatement(QStringLiteral("CREATE TEMP TABLE hub_facts_now ON COMMIT DROP AS ") +
                                              stats::caseFactsFromCases(condition, QLatin1String(kFence))));
        !s)
        return s;
    if (Status s = exec(hub, QStringLiteral("CREATE TEMP TABLE hub_facts_kept ON COMMIT DROP AS SELECT kept.* FROM %1 "
                                            "kept JOIN cases c ON c.id = kept.case_id%2")
                                 .arg(kept, condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition));
        !s)
        return s;
    auto anyKept = hub.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM hub_facts_kept)"));
    if (!anyKept)
        return anyKept.error();
    // The difference, signed (with nothing kept, every fact is new: no comparison needed).
    const QString difference =
        anyKept->toBool()
            ? QStringLiteral("SELECT 1 AS sign, d.* FROM (SELECT * FROM hub_facts_now EXCEPT ALL SELECT * FROM "
                             "hub_facts_kept) d UNION ALL SELECT -1, d.* FROM (SELECT * FROM hub_facts_kept EXCEPT ALL "
                             "SELECT * FROM hub_facts_now) d")
            : QStringLiteral("SELECT 1 AS sign, d.* FROM hub_facts_now d");
    if (Status s = hub.exec(QStringLiteral("CREATE TEMP TABLE hub_facts ON COMMIT DROP AS ") + difference); !s)
        return s;
    for (const stats::AggregateTable &t : stats::aggregateTables())
        for (stats::View v : {stats::View::Received, stats::View::Completed})
            if (Status s =
                    exec(hub, stats::groupedSql(t, v, QStringLiteral("hub_facts"), QStringLiteral("sign * "), true));
                !s)
                return s;
    const QStringList keep =
        anyKept->toBool()
            ? QStringList{QStringLiteral("DELETE FROM %1 kept USING hub_facts h WHERE h.sign = -1 AND kept.case_id = "
                                         "h.case_id"),
                          QStringLiteral("INSERT INTO %1 SELECT n.* FROM hub_facts_now n WHERE EXISTS (SELECT 1 FROM "
                                         "hub_facts h WHERE h.sign = 1 AND h.case_id = n.case_id)")}
            : QStringList{QStringLiteral("INSERT INTO %1 SELECT * FROM hub_facts_now")};
    for (const QString &sql : keep)
        if (Status s = hub.exec(sql.arg(kept)); !s)
            return s;
    return hub.exec(QStringLiteral("DROP TABLE hub_facts, hub_facts_now, hub_facts_kept"));
}

Status rebuild(HubConnection &hub)
{
    if (Status s = fillWorkdays(hub); !s)
        return s;
    for (const stats::AggregateTable &t : stats::aggregateTables())
        if (Status s = hub.exec(QStringLiteral("TRUNCATE %1").arg(t.name)); !s)
            return s;
    if (Status s = createCaseFacts(hub); !s)
        return s;
    if (Status s = recount(hub, QString()); !s)
        return s;
    if (Status s = hub.exec(QStringLiteral("ANALYZE %1").arg(QLatin1String(kCaseFacts))); !s)
        return s;
    auto q = hub.run(QStringLiteral("INSERT INTO hub_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                                    "value = excluded.value"),
                     {QString::fromLatin1(kDefinitionKey), stats::definitionDigest()});
    return q ? Status() : Status(q.error());
}

} // namespace

Result<bool> hubFiguresCurrent(HubConnection &hub)
{
    auto v =
        hub.scalar(QStringLiteral("SELECT value FROM hub_meta WHERE key = ?"), {QString::fromLatin1(kDefinitionKey)});
    if (!v)
        return v.error();
    // A hub before version 7 kept no facts per case: its figures are counted again on upgrade.
    auto kept = hub.scalar(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {QString::fromLatin1(kCaseFacts)});
    if (!kept)
        return kept.error();
    return v->toString() == stats::definitionDigest() && kept->toBool();
}

Status ensureHubFigures(HubConnection &hub)
{
    if (Status s = hub.exec(QString::fromLatin1(kStrftime)); !s)
        return s;
    if (Status s = hub.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS stats_workdays (day bigint PRIMARY KEY, cum "
                                           "integer NOT NULL)"));
        !s)
        return s;
    if (Status s = hub.exec(QStringLiteral("CREATE OR REPLACE VIEW stats_grid_community AS SELECT id AS grid_id, "
                                           "coalesce(community_id, '') AS community_id FROM grids"));
        !s)
        return s;
    auto current = hubFiguresCurrent(hub);
    if (!current)
        return current.error();
    if (*current)
        return {};
    // Another definition may have other measures: the tables are made anew.
    for (const stats::AggregateTable &t : stats::aggregateTables()) {
        if (Status s = hub.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(t.name)); !s)
            return s;
        if (Status s = exec(hub, stats::createTableSql(t)); !s)
            return s;
    }
    return rebuild(hub);
}

HubFigureUpkeep::HubFigureUpkeep(HubConnection &hub)
    : m_hub(hub)
{}

HubFigureUpkeep::~HubFigureUpkeep() = default;

Status HubFigureUpkeep::before()
{
    // The cases the merge may change, from what the package holds (staged as pkg_<table>).
    if (Status s = m_hub.exec(
            QStringLiteral("CREATE TEMP TABLE hub_figure_cases ON COMMIT DROP AS SELECT id FROM pkg_cases UNION "
                           "SELECT case_id FROM pkg_case_events UNION SELECT c.id FROM cases c JOIN pkg_grids p ON "
                           "p.id = c.grid_id LEFT JOIN grids g ON g.id = p.id WHERE coalesce(p.community_id, '') <> "
                           "coalesce(g.community_id, '')"));
        !s)
        return s;
    // Keyed: a condition that joins them with OR (the calendar's cases below) looks each case up.
    if (Status s = m_hub.exec(QStringLiteral("ALTER TABLE hub_figure_cases ADD PRIMARY KEY (id)")); !s)
        return s;
    if (Status s = m_hub.exec(QStringLiteral("ANALYZE hub_figure_cases")); !s)
        return s;
    auto days = m_hub.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pkg_calendar_days)"));
    if (!days)
        return days.error();
    if (days->toBool()) {
        auto calendar = WorkCalendar::readFrom(m_hub.sql());
        if (!calendar)
            return calendar.status();
        m_calendar = std::make_unique<WorkCalendar>(*calendar);
    }
    return {};
}

Status HubFigureUpkeep::before(const QStringList &caseIds, bool calendarChanges)
{
    if (Status s = m_hub.tempIds(QStringLiteral("hub_figure_cases"), caseIds); !s)
        return s;
    if (calendarChanges) {
        auto calendar = WorkCalendar::readFrom(m_hub.sql());
        if (!calendar)
            return calendar.status();
        m_calendar = std::make_unique<WorkCalendar>(*calendar);
    }
    return {};
}

Status HubFigureUpkeep::after()
{
    // A package that brought many cases (a district's first year) leaves the planner's estimates
    // of the tables the facts read as they were before it (empty, perhaps): fresh ones for the
    // joins below.
    auto many = m_hub.scalar(QStringLiteral("SELECT count(*) > 10000 FROM hub_figure_cases"));
    if (!many)
        return many.error();
    if (many->toBool())
        if (Status s = m_hub.exec(QStringLiteral("ANALYZE cases, grids")); !s)
            return s;
    QString changed = QStringLiteral("EXISTS (SELECT 1 FROM hub_figure_cases f WHERE f.id = c.id)");
    if (m_calendar) {
        auto calendar = WorkCalendar::readFrom(m_hub.sql());
        if (!calendar)
            return calendar.status();
        // The cases whose working days the calendar's change touches, with the new days.
        const QString affected = stats::calendarAffected(*m_calendar, *calendar);
        if (!affected.isEmpty()) {
            if (Status s = fillWorkdays(m_hub); !s)
                return s;
            changed = QStringLiteral("(%1) OR (%2)").arg(changed, affected);
        }
    }
    return recount(m_hub, changed);
}

stats::FigureSource hubFigureSource(HubConnection &hub)
{
    return {hub.sql(), QDateTime::currentMSecsSinceEpoch(), [](const QString &sql) { return postgresStatement(sql); },
            QLatin1String(kFence), QLatin1String(kCaseFacts)};
}

} // namespace gd::hub
