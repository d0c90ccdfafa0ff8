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

// The contribution of the cases matching `condition` (alias c) added (+1) or taken away (-1): added,
// their facts are worked out once, grouped into each table and kept; taken away, the facts kept for
// them are grouped with the sign turned and dropped.
Status addCases(HubConnection &hub, const QString &condition, int sign)
{
    if (Status s = hub.exec(QStringLiteral("DROP TABLE IF EXISTS hub_facts")); !s)
        return s;
    const QString facts =
        sign > 0 ? postgresStatement(QStringLiteral("CREATE TEMP TABLE hub_facts ON COMMIT DROP AS ") +
                                     stats::caseFactsFromCases(condition, QLatin1String(kFence)))
                 : QStringLiteral("CREATE TEMP TABLE hub_facts ON COMMIT DROP AS SELECT kept.* FROM %1 kept JOIN cases "
                                  "c ON c.id = kept.case_id WHERE %2")
                       .arg(QLatin1String(kCaseFacts), condition);
    if (Status s = hub.exec(facts); !s)
        return s;
    for (const stats::AggregateTable &t : stats::aggregateTables())
        for (stats::View v : {stats::View::Received, stats::View::Completed})
            if (Status s = exec(hub, stats::groupedSql(t, v, QStringLiteral("hub_facts"),
                                                       sign < 0 ? QStringLiteral("-") : QString(), true));
                !s)
                return s;
    const QString keep = sign > 0
                             ? QStringLiteral("INSERT INTO %1 SELECT * FROM hub_facts")
                             : QStringLiteral("DELETE FROM %1 kept USING hub_facts h WHERE kept.case_id = h.case_id");
    if (Status s = hub.exec(keep.arg(QLatin1String(kCaseFacts))); !s)
        return s;
    return hub.exec(QStringLiteral("DROP TABLE hub_facts"));
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
    if (Status s = addCases(hub, QString(), 1); !s)
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
    return addCases(m_hub, QStringLiteral("EXISTS (SELECT 1 FROM hub_figure_cases f WHERE f.id = c.id)"), -1);
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
    return addCases(m_hub, QStringLiteral("EXISTS (SELECT 1 FROM hub_figure_cases f WHERE f.id = c.id)"), -1);
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
    // EXISTS, not IN: the negation below must be an anti-join, never a list scanned per case.
    QString changed = QStringLiteral("EXISTS (SELECT 1 FROM hub_figure_cases f WHERE f.id = c.id)");
    if (m_calendar) {
        auto calendar = WorkCalendar::readFrom(m_hub.sql());
        if (!calendar)
            return calendar.status();
        const QString affected = stats::calendarAffected(*m_calendar, *calendar);
        if (!affected.isEmpty()) {
            // The cases the package left as they were are counted with the days they had.
            if (Status s = addCases(m_hub, QStringLiteral("(%1) AND NOT (%2)").arg(affected, changed), -1); !s)
                return s;
            if (Status s = fillWorkdays(m_hub); !s)
                return s;
            changed = QStringLiteral("(%1) OR (%2)").arg(changed, affected);
        }
    }
    return addCases(m_hub, changed, 1);
}

stats::FigureSource hubFigureSource(HubConnection &hub)
{
    return {hub.sql(), QDateTime::currentMSecsSinceEpoch(), [](const QString &sql) { return postgresStatement(sql); },
            QLatin1String(kFence), QLatin1String(kCaseFacts)};
}

} // namespace gd::hub
