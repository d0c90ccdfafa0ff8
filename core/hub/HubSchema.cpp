#include "HubSchema.h"

#include "DesktopSchema.h"
#include "HubConnection.h"
#include "HubFigures.h"
#include "HubSearchRows.h"
#include "exchange/OfficeKey.h"
#include "storage/Uuid.h"
#include "util/Ed25519.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

namespace gd::hub {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::hub)
};

// The hub's own tables, by ladder step; the exchanged tables follow the desktop (below).
const char *const kStep1[] = {
    "CREATE TABLE hub_meta (key text PRIMARY KEY, value text NOT NULL)",
    "CREATE TABLE hub_ledger (content text PRIMARY KEY, source_site text NOT NULL, source_office text NOT NULL "
    "DEFAULT '', file_name text NOT NULL DEFAULT '', ingested_ms bigint NOT NULL, report text NOT NULL DEFAULT '{}')",
    "CREATE TABLE hub_trust (fingerprint text PRIMARY KEY, public_key text NOT NULL, office text NOT NULL DEFAULT '', "
    "site text NOT NULL DEFAULT '', scope text NOT NULL DEFAULT 'district', added_ms bigint NOT NULL, added_by text "
    "NOT NULL DEFAULT '')",
    "CREATE TABLE hub_offices (site text PRIMARY KEY, office text NOT NULL DEFAULT '', marks text NOT NULL DEFAULT "
    "'{}', acked_ms bigint NOT NULL DEFAULT 0)",
    "CREATE TABLE hub_sent (content text PRIMARY KEY, site text NOT NULL, marks text NOT NULL, sent_ms bigint NOT "
    "NULL, acked_ms bigint)",
    "CREATE INDEX hub_sent_waiting ON hub_sent (site) WHERE acked_ms IS NULL",
};

// Step 3: an office's watermarks per area (a street office takes its street's packages).
const char *const kStep3[] = {
    "ALTER TABLE hub_offices ADD COLUMN scope text NOT NULL DEFAULT ''",
    "ALTER TABLE hub_offices DROP CONSTRAINT hub_offices_pkey",
    "ALTER TABLE hub_offices ADD PRIMARY KEY (site, scope)",
    "ALTER TABLE hub_sent ADD COLUMN scope text NOT NULL DEFAULT ''",
};

// Step 6: what the hub does itself (a conflict settled), who did it and when: the hub's audit log.
const char *const kStep6[] = {
    "CREATE TABLE hub_audit (id bigserial PRIMARY KEY, at_ms bigint NOT NULL, by_role text NOT NULL DEFAULT "
    "current_user, action text NOT NULL, target text NOT NULL, detail text NOT NULL DEFAULT '{}')",
};

// A desktop DEFAULT as PostgreSQL reads it: GridDesk declares numbers, quoted texts and NULL.
Result<QString> pgDefault(const QString &table, const QString &column, const QString &sqlite)
{
    static const QRegularExpression literal(QStringLiteral("^(-?[0-9]+(\\.[0-9]+)?|'([^']|'')*'|NULL)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (!literal.match(sqlite).hasMatch())
        return Error::make(ErrorKind::Internal,
                           QStringLiteral("%1.%2 has a default the hub cannot take: %3").arg(table, column, sqlite));
    return sqlite;
}

Result<QString> columnDefinition(const QString &table, const exchange::PackageColumn &c, const DesktopSchema &desktop,
                                 bool adding)
{
    QString def = pgIdentifier(c.name) + QLatin1Char(' ') + pgType(c);
    const QString dflt = desktop.defaults.value(table).value(c.name);
    if (!dflt.isEmpty()) {
        auto d = pgDefault(table, c.name, dflt);
        if (!d)
            return d.error();
        def += QStringLiteral(" DEFAULT ") + *d;
    }
    // A column added to rows that exist needs its default to be NOT NULL.
    if (c.notNull && (!adding || !dflt.isEmpty()))
        def += QStringLiteral(" NOT NULL");
    return def;
}

Result<QSet<QString>> existingColumns(HubConnection &hub, const QString &table)
{
    auto q = hub.run(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                    "current_schema() AND table_name = ?"),
                     {table});
    if (!q)
        return q.error();
    QSet<QString> out;
    while (q->next())
        out.insert(q->value(0).toString());
    return out;
}

// Every exchanged table and column the desktop has and the hub lacks, and merge_conflicts.
Status followDesktop(HubConnection &hub, const DesktopSchema &desktop)
{
    for (const exchange::ExchangeTable &t : exchange::exchangeTables()) {
        auto have = existingColumns(hub, t.name);
        if (!have)
            return have.error();
        const QList<exchange::PackageColumn> &columns = desktop.columns.value(t.name);
        if (have->isEmpty()) {
            QStringList defs;
            for (const exchange::PackageColumn &c : columns) {
                auto d = columnDefinition(t.name, c, desktop, false);
                if (!d)
                    return d.error();
                defs << *d;
            }
            defs << QStringLiteral("PRIMARY KEY (id)");
            if (Status s = hub.exec(
                    QStringLiteral("CREATE TABLE %1 (%2)").arg(pgIdentifier(t.name), defs.join(QStringLiteral(", "))));
                !s)
                return s;
            continue;
        }
        for (const exchange::PackageColumn &c : columns) {
            if (have->contains(c.name))
                continue;
            auto d = columnDefinition(t.name, c, desktop, true);
            if (!d)
                return d.error();
            if (Status s = hub.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(pgIdentifier(t.name), *d)); !s)
                return s;
        }
    }
    // Version 7: a package for an office reads each table's rows past the office's mark of each
    // site (HubPackage.cpp), a range of this index per site instead of the whole table.
    for (const exchange::ExchangeTable &t : exchange::exchangeTables())
        if (Status s = hub.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (site, hlc)")
                                    .arg(pgIdentifier(t.name + QStringLiteral("_site_hlc")), pgIdentifier(t.name)));
            !s)
            return s;
    // The indexes the merge and the hub's readers need beyond the ids.
    for (const char *sql : {"CREATE INDEX IF NOT EXISTS case_events_case ON case_events (case_id)",
                            "CREATE INDEX IF NOT EXISTS cases_received ON cases (received_ms)",
                            // The case list's ranges (cases/CaseQueries.h), as an office has them; the
                            // state's also serve the open cases past their deadline, counted now. The
                            // deadline orders end in the id, as SQLite's indexes end in the row: many
                            // cases share a day's last instant as their deadline.
                            "CREATE INDEX IF NOT EXISTS cases_grid_received ON cases (grid_id, received_ms)",
                            "CREATE INDEX IF NOT EXISTS cases_state_received ON cases (state, received_ms)",
                            "CREATE INDEX IF NOT EXISTS cases_state_due ON cases (state, due_ms, id)",
                            "CREATE INDEX IF NOT EXISTS cases_state_updated ON cases (state, updated_ms)",
                            "CREATE INDEX IF NOT EXISTS cases_updated ON cases (updated_ms)",
                            "CREATE INDEX IF NOT EXISTS cases_category ON cases (category_id, received_ms)",
                            "CREATE INDEX IF NOT EXISTS cases_handler ON cases (handler_worker_id, state)",
                            "CREATE INDEX IF NOT EXISTS cases_callback_due ON cases (callback_due_ms, id) WHERE "
                            "callback_due_ms IS NOT NULL",
                            "CREATE INDEX IF NOT EXISTS cases_number ON cases (number)",
                            // Version 8: the grid's other work counted for a period (stats/GridWorkFigures.h)
                            // by the ranges an office's own indexes give it, and the care households' last
                            // visit.
                            "CREATE INDEX IF NOT EXISTS visits_at ON visits (at_ms)",
                            "CREATE INDEX IF NOT EXISTS visits_household ON visits (household_id, at_ms) WHERE "
                            "household_id IS NOT NULL",
                            "CREATE INDEX IF NOT EXISTS care_households_grid ON care_households (grid_id)",
                            "CREATE INDEX IF NOT EXISTS disputes_found ON disputes (found_ms)",
                            "CREATE INDEX IF NOT EXISTS disputes_outcome ON disputes (outcome_ms) WHERE outcome_ms > 0",
                            "CREATE INDEX IF NOT EXISTS disputes_high ON disputes (risk, reviewed_ms) WHERE risk = "
                            "'high'",
                            "CREATE INDEX IF NOT EXISTS joint_activities_at ON joint_activities (at_ms)",
                            "CREATE INDEX IF NOT EXISTS joint_activity_grids_activity ON joint_activity_grids "
                            "(activity_id)",
                            "CREATE INDEX IF NOT EXISTS joint_meetings_at ON joint_meetings (at_ms)",
                            "CREATE INDEX IF NOT EXISTS joint_tasks_due ON joint_tasks (due_ms)",
                            "CREATE INDEX IF NOT EXISTS councils_at ON councils (at_ms)",
                            "CREATE INDEX IF NOT EXISTS volunteer_services_at ON volunteer_services (at_ms)",
                            "CREATE INDEX IF NOT EXISTS volunteer_service_people_service ON "
                            "volunteer_service_people (service_id)",
                            // Version 3's, now the leading columns of the above.
                            "DROP INDEX IF EXISTS cases_grid", "DROP INDEX IF EXISTS cases_state"})
        if (Status s = hub.exec(QString::fromLatin1(sql)); !s)
            return s;
    auto have = existingColumns(hub, QStringLiteral("merge_conflicts"));
    if (!have)
        return have.error();
    if (have->isEmpty()) {
        QStringList defs;
        for (const exchange::PackageColumn &c : desktop.conflictColumns) {
            if (c.name == QLatin1String("id")) {
                defs << QStringLiteral("id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
                continue;
            }
            defs << pgIdentifier(c.name) + QLatin1Char(' ') + pgType(c) +
                        (c.notNull ? QStringLiteral(" NOT NULL") : QString());
        }
        defs << QStringLiteral("UNIQUE (table_name, row_id, field, lost_stamp, lost_site)");
        if (Status s =
                hub.exec(QStringLiteral("CREATE TABLE merge_conflicts (%1)").arg(defs.join(QStringLiteral(", "))));
            !s)
            return s;
    }
    return {};
}

Status setMeta(HubConnection &hub, const QString &key, const QString &value)
{
    auto q = hub.run(QStringLiteral("INSERT INTO hub_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                                    "value = excluded.value"),
                     {key, value});
    return q ? Status() : Status(q.error());
}

Result<bool> tableExists(HubConnection &hub, const QString &table)
{
    auto have = existingColumns(hub, table);
    if (!have)
        return have.error();
    return !have->isEmpty();
}

} // namespace

Result<QString> hubMeta(HubConnection &hub, const QString &key)
{
    auto v = hub.scalar(QStringLiteral("SELECT value FROM hub_meta WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v->toString();
}

Result<HubIdentity> initHub(HubConnection &hub, const QString &name)
{
    auto desktop = DesktopSchema::get();
    if (!desktop)
        return desktop.error();
    auto isHub = tableExists(hub, QStringLiteral("hub_meta"));
    if (!isHub)
        return isHub.error();
    if (!*isHub) {
        auto taken = tableExists(hub, QStringLiteral("cases"));
        if (!taken)
            return taken.error();
        if (*taken)
            return Error::make(ErrorKind::Data, Text::tr("The database already holds tables that are not a GridDesk "
                                                         "hub's: give the hub a database of its own."));
    }
    if (!hub.sql().transaction())
        return Error::make(ErrorKind::Internal, Text::tr("Could not start a transaction on the hub."));
    auto fail = [&](const Error &e) {
        hub.sql().rollback();
        return e;
    };
    // One init or upgrade at a time.
    if (Status s = hub.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4747)")); !s)
        return fail(s.error());
    int version = 0;
    if (*isHub) {
        auto v = hubMeta(hub, QStringLiteral("hub_schema"));
        if (!v)
            return fail(v.error());
        version = v->toInt();
        if (version > kHubSchemaVersion)
            return fail(Error::make(ErrorKind::Data, Text::tr("The hub was made by a newer GridDesk (hub version %1; "
                                                              "this GridDesk knows %2).")
                                                         .arg(version)
                                                         .arg(kHubSchemaVersion)));
    }
    if (version < 1) {
        for (const char *sql : kStep1)
            if (Status s = hub.exec(QString::fromLatin1(sql)); !s)
                return fail(s.error());
        auto keys = ed25519::generate();
        if (!keys)
            return fail(keys.error());
        const QString hubName = name.trimmed().isEmpty() ? Text::tr("GridDesk hub") : name.trimmed();
        for (const auto &[key, value] :
             {std::pair{QStringLiteral("site_id"), uuid::v7(QDateTime::currentMSecsSinceEpoch())},
              std::pair{QStringLiteral("name"), hubName},
              std::pair{QStringLiteral("public_key"), QString::fromLatin1(keys->publicKey.toBase64())},
              std::pair{QStringLiteral("private_key"), QString::fromLatin1(keys->privateKey.toBase64())},
              std::pair{QStringLiteral("clock_tolerance_hours"), QStringLiteral("24")}})
            if (Status s = setMeta(hub, key, value); !s)
                return fail(s.error());
    }
    if (version < 3)
        for (const char *sql : kStep3)
            if (Status s = hub.exec(QString::fromLatin1(sql)); !s)
                return fail(s.error());
    if (Status s = followDesktop(hub, **desktop); !s)
        return fail(s.error());
    // Step 2: the figures' aggregate, counted again whenever their definition changes.
    if (Status s = ensureHubFigures(hub); !s)
        return fail(s.error());
    // Step 5: search, its rows made from every case the hub holds.
    // Step 9: its grams as numbers (they were texts): the rows are made again.
    if (version >= 5 && version < 9)
        if (Status s = hub.exec(QStringLiteral("DROP TABLE hub_search")); !s)
            return fail(s.error());
    if (version < 9)
        if (Status s = createHubSearch(hub); !s)
            return fail(s.error());
    if (version < 6)
        for (const char *sql : kStep6)
            if (Status s = hub.exec(QString::fromLatin1(sql)); !s)
                return fail(s.error());
    if (Status s = setMeta(hub, QStringLiteral("hub_schema"), QString::number(kHubSchemaVersion)); !s)
        return fail(s.error());
    if (Status s = setMeta(hub, QStringLiteral("desktop_schema"), QString::number((*desktop)->version)); !s)
        return fail(s.error());
    if (!hub.sql().commit())
        return fail(Error::make(ErrorKind::Internal, Text::tr("Could not commit the hub's schema.")));
    return hubIdentity(hub);
}

Result<HubIdentity> readOnlyHub(HubConnection &hub)
{
    if (Status s = hub.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")); !s)
        return s.error();
    return hubIdentity(hub);
}

Result<HubIdentity> hubIdentity(HubConnection &hub)
{
    auto isHub = tableExists(hub, QStringLiteral("hub_meta"));
    if (!isHub)
        return isHub.error();
    if (!*isHub)
        return Error::make(ErrorKind::Data,
                           Text::tr("The database is not a GridDesk hub: make one with griddesk-hub init."));
    auto q = hub.run(QStringLiteral("SELECT key, value FROM hub_meta"));
    if (!q)
        return q.error();
    QHash<QString, QString> meta;
    while (q->next())
        meta.insert(q->value(0).toString(), q->value(1).toString());
    HubIdentity id;
    id.siteId = meta.value(QStringLiteral("site_id"));
    id.name = meta.value(QStringLiteral("name"));
    id.fingerprint = exchange::fingerprint(QByteArray::fromBase64(meta.value(QStringLiteral("public_key")).toLatin1()));
    id.hubVersion = meta.value(QStringLiteral("hub_schema")).toInt();
    id.desktopVersion = meta.value(QStringLiteral("desktop_schema")).toInt();
    if (id.hubVersion > kHubSchemaVersion)
        return Error::make(ErrorKind::Data, Text::tr("The hub was made by a newer GridDesk (hub version %1; this "
                                                     "GridDesk knows %2).")
                                                .arg(id.hubVersion)
                                                .arg(kHubSchemaVersion));
    auto desktop = DesktopSchema::get();
    if (!desktop)
        return desktop.error();
    if (id.hubVersion < kHubSchemaVersion)
        return Error::make(ErrorKind::Data,
                           Text::tr("The hub is of hub version %1 and this GridDesk works with version "
                                    "%2: run griddesk-hub upgrade first.")
                               .arg(id.hubVersion)
                               .arg(kHubSchemaVersion));
    if (id.desktopVersion != (*desktop)->version)
        return Error::make(ErrorKind::Data, Text::tr("The hub holds file version %1 and this GridDesk writes version "
                                                     "%2: run griddesk-hub upgrade first.")
                                                .arg(id.desktopVersion)
                                                .arg((*desktop)->version));
    auto figures = hubFiguresCurrent(hub);
    if (!figures)
        return figures.error();
    if (!*figures)
        return Error::make(ErrorKind::Data, Text::tr("The hub's figures were counted by another version of GridDesk: "
                                                     "run griddesk-hub upgrade first."));
    return id;
}

} // namespace gd::hub
