#include "PackageScope.h"

#include "storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace gd::exchange {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::exchange)
};

const char *kindName(ExportScope::Kind kind)
{
    switch (kind) {
    case ExportScope::Street: return "street";
    case ExportScope::Community: return "community";
    case ExportScope::Grid: return "grid";
    case ExportScope::All: break;
    }
    return "all";
}

} // namespace

namespace {

QJsonObject areaObject(const ExportScope &scope)
{
    QJsonObject o{{QStringLiteral("kind"), QLatin1String(kindName(scope.kind))}};
    if (scope.kind != ExportScope::All)
        o.insert(QStringLiteral("code"), scope.code);
    return o;
}

} // namespace

QString ExportScope::areaJson() const
{
    return QString::fromUtf8(QJsonDocument(areaObject(*this)).toJson(QJsonDocument::Compact));
}

ExportScope ExportScope::fromAreaJson(const QString &json, const QString &peer)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    ExportScope scope;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    for (const Kind k : {Street, Community, Grid})
        if (kind == QLatin1String(kindName(k)))
            scope.kind = k;
    scope.code = o.value(QStringLiteral("code")).toString();
    scope.sinceLastTo = peer;
    return scope;
}

QString ExportScope::json() const
{
    QJsonObject o = areaObject(*this);
    if (!sinceLastTo.isEmpty())
        o.insert(QStringLiteral("since_last_to"), sinceLastTo);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

namespace {
const char *const kScopeTables[] = {
    "scope_streets",        "scope_communities",        "scope_grids",   "scope_workers", "scope_police",
    "scope_parent_streets", "scope_parent_communities", "scope_meetings"};
} // namespace

Status dropScope(sqlite3 *db)
{
    for (const char *t : kScopeTables)
        if (Status s = sqliteExec(db, QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(QLatin1String(t))); !s)
            return s;
    return {};
}

QStringList scopeTables()
{
    QStringList out;
    for (const char *t : kScopeTables)
        out << QLatin1String(t);
    return out;
}

QStringList scopeStatements(const ExportScope &scope, const QString &schema, ScopeUse use)
{
    if (scope.kind == ExportScope::All)
        return {};
    // The statements below name the office's rows as src.<table>; another schema is put in their place.
    const auto in = [&schema](QString sql) { return sql.replace(QLatin1String("src."), schema + QLatin1Char('.')); };
    // The area by its code (bound: codes come from the user), then the levels around it.
    const char *find = scope.kind == ExportScope::Street      ? "SELECT id FROM src.streets WHERE code = ?"
                       : scope.kind == ExportScope::Community ? "SELECT id FROM src.communities WHERE code = ?"
                                                              : "SELECT id FROM src.grids WHERE code = ?";
    const char *into = scope.kind == ExportScope::Street      ? "scope_streets"
                       : scope.kind == ExportScope::Community ? "scope_communities"
                                                              : "scope_grids";
    QStringList steps{in(QStringLiteral("INSERT INTO temp.%1(id) %2").arg(QLatin1String(into), QLatin1String(find)))};
    switch (scope.kind) {
    case ExportScope::Street:
        steps
            << "INSERT INTO temp.scope_communities SELECT id FROM src.communities WHERE street_id IN temp.scope_streets"
            << "INSERT INTO temp.scope_grids SELECT id FROM src.grids WHERE community_id IN temp.scope_communities";
        break;
    case ExportScope::Community:
        steps
            << "INSERT INTO temp.scope_streets SELECT street_id FROM src.communities WHERE id IN temp.scope_communities"
            << "INSERT INTO temp.scope_grids SELECT id FROM src.grids WHERE community_id IN temp.scope_communities";
        break;
    case ExportScope::Grid:
        steps << "INSERT INTO temp.scope_communities SELECT community_id FROM src.grids WHERE id IN temp.scope_grids"
              << "INSERT INTO temp.scope_streets SELECT street_id FROM src.communities WHERE id IN "
                 "temp.scope_communities";
        break;
    case ExportScope::All: break;
    }
    // The police grids of its streets and those its grids are paired with.
    steps << "INSERT OR IGNORE INTO temp.scope_police SELECT id FROM src.police_grids WHERE street_id IN "
             "temp.scope_streets"
          << "INSERT OR IGNORE INTO temp.scope_police SELECT police_grid_id FROM src.grids WHERE id IN "
             "temp.scope_grids AND police_grid_id IS NOT NULL";
    // Every worker the area's rows name: its communities' workers, its grids' workers and heads,
    // those assigned to or covering its grids, the police officers, its cases' handlers.
    steps << "INSERT OR IGNORE INTO temp.scope_workers SELECT id FROM src.workers WHERE community_id IN "
             "temp.scope_communities"
          << "INSERT OR IGNORE INTO temp.scope_workers SELECT worker_id FROM src.grids WHERE id IN temp.scope_grids "
             "AND worker_id IS NOT NULL"
          << "INSERT OR IGNORE INTO temp.scope_workers SELECT head_id FROM src.grids WHERE id IN temp.scope_grids "
             "AND head_id IS NOT NULL"
          << "INSERT OR IGNORE INTO temp.scope_workers SELECT worker_id FROM src.worker_grids WHERE grid_id IN "
             "temp.scope_grids"
          << "INSERT OR IGNORE INTO temp.scope_workers SELECT worker_id FROM src.grid_covers WHERE grid_id IN "
             "temp.scope_grids"
          << "INSERT OR IGNORE INTO temp.scope_workers SELECT officer_id FROM src.police_grids WHERE id IN "
             "temp.scope_police AND officer_id IS NOT NULL";
    // The joint meetings held in the area: a street's (shared with its communities and grids), a
    // community's and a grid's.
    steps << "INSERT INTO temp.scope_meetings SELECT id FROM src.joint_meetings WHERE CASE level WHEN 'street' THEN "
             "street_id IN temp.scope_streets WHEN 'community' THEN community_id IN temp.scope_communities ELSE "
             "grid_id IN temp.scope_grids END";
    if (use == ScopeUse::Check) {
        // The handlers of a street's cases are read from tens of thousands of case rows (a
        // quarter of a second on the million-case file): a check asks for the few workers it meets.
        for (qsizetype i = 1; i < steps.size(); ++i)
            steps[i] = in(steps.at(i));
        return steps;
    }
    steps << "INSERT OR IGNORE INTO temp.scope_workers SELECT handler_worker_id FROM src.cases WHERE grid_id IN "
             "temp.scope_grids AND handler_worker_id IS NOT NULL"
          << "INSERT OR IGNORE INTO temp.scope_workers SELECT found_by_worker_id FROM src.cases WHERE grid_id IN "
             "temp.scope_grids AND found_by_worker_id IS NOT NULL"
          << "INSERT OR IGNORE INTO temp.scope_workers SELECT worker_id FROM src.visits WHERE grid_id IN "
             "temp.scope_grids"
          << "INSERT OR IGNORE INTO temp.scope_workers SELECT found_by FROM src.disputes WHERE grid_id IN "
             "temp.scope_grids AND found_by IS NOT NULL"
          << "INSERT OR IGNORE INTO temp.scope_workers SELECT m.worker_id FROM src.dispute_mediators m JOIN "
             "src.disputes d ON d.id = m.dispute_id WHERE d.grid_id IN temp.scope_grids AND m.worker_id IS NOT NULL";
    // Joint work names people from the police grid's whole street: its teams, activities and meetings.
    steps << "INSERT OR IGNORE INTO temp.scope_workers SELECT worker_id FROM src.joint_team_members WHERE grid_id IN "
             "temp.scope_grids"
          << "INSERT OR IGNORE INTO temp.scope_workers SELECT recorded_by FROM src.joint_activities WHERE "
             "police_grid_id IN temp.scope_police AND recorded_by IS NOT NULL"
          << "INSERT OR IGNORE INTO temp.scope_workers SELECT p.worker_id FROM src.joint_activity_people p JOIN "
             "src.joint_activities a ON a.id = p.activity_id WHERE a.police_grid_id IN temp.scope_police AND "
             "p.worker_id IS NOT NULL"
          << "INSERT OR IGNORE INTO temp.scope_workers SELECT worker_id FROM src.joint_meeting_people WHERE meeting_id "
             "IN temp.scope_meetings AND worker_id IS NOT NULL"
          << "INSERT OR IGNORE INTO temp.scope_workers SELECT owner_id FROM src.joint_tasks WHERE meeting_id IN "
             "temp.scope_meetings"
          << "INSERT OR IGNORE INTO temp.scope_workers SELECT m.worker_id FROM src.volunteer_members m JOIN "
             "src.volunteer_teams t ON t.id = m.team_id WHERE t.community_id IN temp.scope_communities"
          << "INSERT OR IGNORE INTO temp.scope_workers SELECT leader_id FROM src.volunteer_teams WHERE community_id IN "
             "temp.scope_communities AND leader_id IS NOT NULL"
          << "INSERT OR IGNORE INTO temp.scope_workers SELECT p.worker_id FROM src.volunteer_service_people p JOIN "
             "src.volunteer_services s ON s.id = p.service_id WHERE s.grid_id IN temp.scope_grids"
          << "INSERT OR IGNORE INTO temp.scope_workers SELECT worker_id FROM src.exemplary_cases WHERE community_id IN "
             "temp.scope_communities AND (grid_id IS NULL OR grid_id IN temp.scope_grids) AND worker_id IS NOT NULL";
    // The rows those name outside the area go too, as parents only (not their own grids, workers
    // or cases): a worker's community, and the streets of those communities, of every unit and
    // of the police grids. Without them the receiving file could not hold the area's rows.
    steps << "INSERT OR IGNORE INTO temp.scope_parent_communities SELECT community_id FROM src.workers WHERE id IN "
             "temp.scope_workers AND community_id IS NOT NULL AND community_id NOT IN temp.scope_communities"
          << "INSERT OR IGNORE INTO temp.scope_parent_streets SELECT street_id FROM src.communities WHERE id IN "
             "temp.scope_parent_communities AND street_id NOT IN temp.scope_streets"
          << "INSERT OR IGNORE INTO temp.scope_parent_streets SELECT street_id FROM src.units WHERE street_id IS NOT "
             "NULL AND street_id NOT IN temp.scope_streets"
          << "INSERT OR IGNORE INTO temp.scope_parent_streets SELECT street_id FROM src.police_grids WHERE id IN "
             "temp.scope_police AND street_id NOT IN temp.scope_streets"
          // The good ideas go whole: the streets that proposed, visited or adopted them too.
          << "INSERT OR IGNORE INTO temp.scope_parent_streets SELECT street_id FROM src.ideas WHERE street_id NOT IN "
             "temp.scope_streets"
          << "INSERT OR IGNORE INTO temp.scope_parent_streets SELECT street_id FROM src.idea_visits WHERE street_id IS "
             "NOT NULL AND street_id NOT IN temp.scope_streets"
          << "INSERT OR IGNORE INTO temp.scope_parent_streets SELECT street_id FROM src.idea_adoptions WHERE street_id "
             "NOT IN temp.scope_streets";
    for (qsizetype i = 1; i < steps.size(); ++i)
        steps[i] = in(steps.at(i));
    return steps;
}

Status prepareScope(sqlite3 *db, const ExportScope &scope, const QString &schema, ScopeUse use)
{
    if (scope.kind == ExportScope::All)
        return {};
    for (const QString &t : scopeTables())
        if (Status s = sqliteExec(db, QStringLiteral("CREATE TEMP TABLE %1 (id TEXT PRIMARY KEY)").arg(t)); !s)
            return s;
    const QStringList steps = scopeStatements(scope, schema, use);
    sqlite3_stmt *st = nullptr;
    const QByteArray sql = steps.first().toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(db)));
    const QByteArray code = scope.code.toUtf8();
    sqlite3_bind_text(st, 1, code.constData(), int(code.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(db)));
    if (sqlite3_changes(db) == 0)
        return unknownArea(scope);
    for (qsizetype i = 1; i < steps.size(); ++i)
        if (Status r = sqliteExec(db, steps.at(i)); !r)
            return r;
    return {};
}

Error unknownArea(const ExportScope &scope)
{
    const QString what = scope.kind == ExportScope::Street      ? Text::tr("No street has the code %1.")
                         : scope.kind == ExportScope::Community ? Text::tr("No community has the code %1.")
                                                                : Text::tr("No grid has the code %1.");
    return Error::invalid(QLatin1String(kindName(scope.kind)), what.arg(scope.code));
}

QString scopeFilter(const ExportScope &scope, const QString &table, const QString &schema, ScopeUse use)
{
    if (scope.kind == ExportScope::All)
        return {};
    if (use == ScopeUse::Check) {
        // The area's own rows: not the streets and communities sent only as parents.
        if (table == QLatin1String("streets"))
            return QStringLiteral("id IN temp.scope_streets");
        if (table == QLatin1String("communities"))
            return QStringLiteral("id IN temp.scope_communities");
        // Row by row: the event's case, and a worker's handled cases (through their indexes). The
        // row's columns are named in full: inside the subquery a bare "id" would be the case's.
        const QString row = schema + QLatin1Char('.') + table + QLatin1Char('.');
        const auto inArea = [&schema](const QString &worker) {
            return QStringLiteral("(%1 IN temp.scope_workers OR EXISTS (SELECT 1 FROM %2.cases area_case WHERE "
                                  "area_case.handler_worker_id = %1 AND area_case.grid_id IN temp.scope_grids) OR "
                                  "EXISTS (SELECT 1 "
                                  "FROM %2.cases area_find WHERE area_find.found_by_worker_id = %1 AND "
                                  "area_find.grid_id IN temp.scope_grids) OR EXISTS (SELECT 1 FROM %2.visits "
                                  "area_visit WHERE area_visit.worker_id = %1 AND area_visit.grid_id IN "
                                  "temp.scope_grids) OR EXISTS (SELECT 1 FROM %2.disputes area_dispute WHERE "
                                  "area_dispute.found_by = %1 AND area_dispute.grid_id IN temp.scope_grids) OR EXISTS "
                                  "(SELECT 1 FROM %2.dispute_mediators area_mediator JOIN %2.disputes area_mediated ON "
                                  "area_mediated.id = area_mediator.dispute_id WHERE area_mediator.worker_id = %1 AND "
                                  "area_mediated.grid_id IN temp.scope_grids) OR EXISTS (SELECT 1 FROM "
                                  "%2.joint_team_members area_team WHERE area_team.worker_id = %1 AND "
                                  "area_team.grid_id IN temp.scope_grids) OR EXISTS (SELECT 1 FROM "
                                  "%2.joint_activity_people area_joiner JOIN %2.joint_activities area_joint ON "
                                  "area_joint.id = area_joiner.activity_id WHERE area_joiner.worker_id = %1 AND "
                                  "area_joint.police_grid_id IN temp.scope_police) OR EXISTS (SELECT 1 FROM "
                                  "%2.joint_activities area_recorded WHERE area_recorded.recorded_by = %1 AND "
                                  "area_recorded.police_grid_id IN temp.scope_police) OR EXISTS (SELECT 1 FROM "
                                  "%2.joint_meeting_people area_attendee WHERE area_attendee.worker_id = %1 AND "
                                  "area_attendee.meeting_id IN temp.scope_meetings) OR EXISTS (SELECT 1 FROM "
                                  "%2.joint_tasks area_task WHERE area_task.owner_id = %1 AND area_task.meeting_id "
                                  "IN temp.scope_meetings) OR EXISTS (SELECT 1 FROM %2.volunteer_members area_member "
                                  "JOIN %2.volunteer_teams area_team2 ON area_team2.id = area_member.team_id WHERE "
                                  "area_member.worker_id = %1 AND area_team2.community_id IN temp.scope_communities) "
                                  "OR EXISTS (SELECT 1 FROM %2.volunteer_teams area_leader WHERE area_leader.leader_id "
                                  "= %1 AND area_leader.community_id IN temp.scope_communities) OR EXISTS (SELECT 1 "
                                  "FROM %2.volunteer_service_people area_server JOIN %2.volunteer_services "
                                  "area_served ON area_served.id = area_server.service_id WHERE area_server.worker_id "
                                  "= %1 AND area_served.grid_id IN temp.scope_grids))")
                .arg(worker, schema);
        };
        if (table == QLatin1String("case_events"))
            return QStringLiteral("EXISTS (SELECT 1 FROM %1.cases area_case WHERE area_case.id = %2case_id AND "
                                  "area_case.grid_id IN temp.scope_grids)")
                .arg(schema, row);
        if (table == QLatin1String("workers"))
            return inArea(row + QStringLiteral("id"));
        for (const char *t : {"career_steps", "rating_entries", "rating_results", "rating_appeals",
                              "training_attendees", "training_orders"})
            if (table == QLatin1String(t))
                return inArea(row + QStringLiteral("worker_id"));
    }
    static const QHash<QString, QString> filters{
        {QStringLiteral("streets"), QStringLiteral("id IN temp.scope_streets OR id IN temp.scope_parent_streets")},
        {QStringLiteral("communities"),
         QStringLiteral("id IN temp.scope_communities OR id IN temp.scope_parent_communities")},
        {QStringLiteral("police_grids"), QStringLiteral("id IN temp.scope_police")},
        {QStringLiteral("grids"), QStringLiteral("id IN temp.scope_grids")},
        {QStringLiteral("workers"), QStringLiteral("id IN temp.scope_workers")},
        {QStringLiteral("worker_grids"), QStringLiteral("grid_id IN temp.scope_grids")},
        {QStringLiteral("buildings"), QStringLiteral("grid_id IN temp.scope_grids")},
        {QStringLiteral("addresses"), QStringLiteral("grid_id IN temp.scope_grids")},
        {QStringLiteral("career_steps"), QStringLiteral("worker_id IN temp.scope_workers")},
        {QStringLiteral("grid_covers"), QStringLiteral("grid_id IN temp.scope_grids")},
        {QStringLiteral("cases"), QStringLiteral("grid_id IN temp.scope_grids")},
        {QStringLiteral("rating_entries"), QStringLiteral("worker_id IN temp.scope_workers")},
        {QStringLiteral("rating_results"), QStringLiteral("worker_id IN temp.scope_workers")},
        {QStringLiteral("rating_appeals"), QStringLiteral("worker_id IN temp.scope_workers")},
        {QStringLiteral("training_attendees"), QStringLiteral("worker_id IN temp.scope_workers")},
        {QStringLiteral("training_orders"), QStringLiteral("worker_id IN temp.scope_workers")},
        // The write-ups of the area's cases, disputes, councils and services (a community's council
        // has no grid); the good ideas are the district's, shared whole like the training sessions.
        {QStringLiteral("exemplary_cases"),
         QStringLiteral("community_id IN temp.scope_communities AND (grid_id IS NULL OR grid_id IN temp.scope_grids)")},
        {QStringLiteral("exemplary_photos"),
         QStringLiteral("exemplary_id IN (SELECT id FROM src.exemplary_cases WHERE community_id IN "
                        "temp.scope_communities AND (grid_id IS NULL OR grid_id IN temp.scope_grids))")},
        {QStringLiteral("case_events"),
         QStringLiteral("case_id IN (SELECT id FROM src.cases WHERE grid_id IN temp.scope_grids)")},
        {QStringLiteral("care_households"), QStringLiteral("grid_id IN temp.scope_grids")},
        {QStringLiteral("visits"), QStringLiteral("grid_id IN temp.scope_grids")},
        {QStringLiteral("visit_photos"),
         QStringLiteral("visit_id IN (SELECT id FROM src.visits WHERE grid_id IN temp.scope_grids)")},
        {QStringLiteral("disputes"), QStringLiteral("grid_id IN temp.scope_grids")},
        {QStringLiteral("dispute_parties"),
         QStringLiteral("dispute_id IN (SELECT id FROM src.disputes WHERE grid_id IN temp.scope_grids)")},
        {QStringLiteral("dispute_mediators"),
         QStringLiteral("dispute_id IN (SELECT id FROM src.disputes WHERE grid_id IN temp.scope_grids)")},
        {QStringLiteral("dispute_sessions"),
         QStringLiteral("dispute_id IN (SELECT id FROM src.disputes WHERE grid_id IN temp.scope_grids)")},
        {QStringLiteral("dispute_files"),
         QStringLiteral("dispute_id IN (SELECT id FROM src.disputes WHERE grid_id IN temp.scope_grids)")},
        {QStringLiteral("joint_team_members"), QStringLiteral("grid_id IN temp.scope_grids")},
        {QStringLiteral("joint_activities"), QStringLiteral("police_grid_id IN temp.scope_police")},
        {QStringLiteral("joint_activity_grids"), QStringLiteral("grid_id IN temp.scope_grids")},
        {QStringLiteral("joint_activity_people"),
         QStringLiteral("activity_id IN (SELECT id FROM src.joint_activities WHERE police_grid_id IN "
                        "temp.scope_police)")},
        // A link to a case or dispute of the area's grids only: the receiving file holds no others.
        {QStringLiteral("joint_activity_links"),
         QStringLiteral("activity_id IN (SELECT id FROM src.joint_activities WHERE police_grid_id IN "
                        "temp.scope_police) AND (case_id IS NULL OR case_id IN (SELECT id FROM src.cases WHERE "
                        "grid_id IN temp.scope_grids)) AND (dispute_id IS NULL OR dispute_id IN (SELECT id FROM "
                        "src.disputes WHERE grid_id IN temp.scope_grids))")},
        {QStringLiteral("joint_meetings"), QStringLiteral("id IN temp.scope_meetings")},
        {QStringLiteral("joint_meeting_people"), QStringLiteral("meeting_id IN temp.scope_meetings")},
        // A community's councils, and of the grids' committees those of the area's grids: a grid's
        // package holds no other grid.
        {QStringLiteral("councils"),
         QStringLiteral("community_id IN temp.scope_communities AND (grid_id IS NULL OR grid_id IN temp.scope_grids)")},
        // A request it settles of the area's grids only: the receiving file holds no others.
        {QStringLiteral("council_cases"),
         QStringLiteral("council_id IN (SELECT id FROM src.councils WHERE community_id IN temp.scope_communities AND "
                        "(grid_id IS NULL OR grid_id IN temp.scope_grids)) AND case_id IN (SELECT id FROM src.cases "
                        "WHERE grid_id IN temp.scope_grids)")},
        // A community's volunteer teams (a grid's team with its grid), their members, and the
        // services done in the area's grids with the volunteers who served; the kinds go whole.
        {QStringLiteral("volunteer_teams"),
         QStringLiteral("community_id IN temp.scope_communities AND (grid_id IS NULL OR grid_id IN temp.scope_grids)")},
        {QStringLiteral("volunteer_members"),
         QStringLiteral("team_id IN (SELECT id FROM src.volunteer_teams WHERE community_id IN temp.scope_communities "
                        "AND (grid_id IS NULL OR grid_id IN temp.scope_grids))")},
        {QStringLiteral("volunteer_services"), QStringLiteral("grid_id IN temp.scope_grids")},
        {QStringLiteral("volunteer_service_people"),
         QStringLiteral("service_id IN (SELECT id FROM src.volunteer_services WHERE grid_id IN temp.scope_grids)")},
        {QStringLiteral("joint_tasks"),
         QStringLiteral("meeting_id IN temp.scope_meetings AND (case_id IS NULL OR case_id IN (SELECT id FROM "
                        "src.cases WHERE grid_id IN temp.scope_grids))")},
    };
    // units, unit_contacts, calendar_days, categories, rating criteria and months: all
    return QString(filters.value(table)).replace(QLatin1String("src."), schema + QLatin1Char('.'));
}

} // namespace gd::exchange
