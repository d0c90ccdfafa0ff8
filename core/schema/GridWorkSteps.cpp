#include "GridWorkSteps.h"

#include "ColumnSteps.h"
#include "SchemaSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace gd::schema::steps {

// v33 (visits/): the households that need regular care visits (重点人群关爱: elderly living alone,
// disabled, families in difficulty) with their interval; each visit or patrol by a worker — when,
// where, whom they met, what they found, the case a finding became; and the visit's photos, a row
// each so a merge carries a photo once and a visit's text edits never resend it.
Status addVisits(QSqlDatabase db)
{
    return runStatements(
        db,
        {
            "CREATE TABLE IF NOT EXISTS care_households (" GD_META
            "grid_id TEXT NOT NULL" GD_REF("grids") ", building_id TEXT" GD_REF(
                "buildings") ", address TEXT NOT NULL DEFAULT '', name TEXT NOT "
                             "NULL, phone TEXT NOT NULL DEFAULT '', kind TEXT NOT "
                             "NULL, interval_days INTEGER NOT NULL DEFAULT 30, note "
                             "TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL "
                             "DEFAULT 1)",
            "CREATE INDEX IF NOT EXISTS care_households_grid ON care_households(grid_id)",
            "CREATE TABLE IF NOT EXISTS visits (" GD_META "worker_id TEXT NOT NULL" GD_REF(
                "workers") ", kind TEXT NOT NULL, at_ms INTEGER NOT NULL, grid_id TEXT "
                           "NOT NULL" GD_REF("grids") ", building_id TEXT" GD_REF(
                               "buildings") ", unit TEXT NOT NULL DEFAULT '', room TEXT "
                                            "NOT NULL "
                                            "DEFAULT '', place TEXT NOT NULL DEFAULT '', "
                                            "household_id TEXT" GD_REF("care_households") ", people_met TEXT NOT "
                                                                                          "NULL "
                                                                                          "DEFAULT '', found "
                                                                                          "TEXT NOT "
                                                                                          "NULL DEFAULT '', note "
                                                                                          "TEXT NOT "
                                                                                          "NULL DEFAULT '', "
                                                                                          "case_id "
                                                                                          "TEXT" GD_REF("cases") ")",
            "CREATE INDEX IF NOT EXISTS visits_at ON visits(at_ms)",
            "CREATE INDEX IF NOT EXISTS visits_worker ON visits(worker_id, at_ms)",
            "CREATE INDEX IF NOT EXISTS visits_grid ON visits(grid_id, at_ms)",
            "CREATE INDEX IF NOT EXISTS visits_household ON visits(household_id, at_ms) WHERE household_id IS NOT NULL",
            "CREATE INDEX IF NOT EXISTS visits_case ON visits(case_id) WHERE case_id IS NOT NULL",
            "CREATE TABLE IF NOT EXISTS visit_photos (" GD_META
            "visit_id TEXT NOT NULL" GD_REF("visits") ", image BLOB NOT NULL)",
            "CREATE INDEX IF NOT EXISTS visit_photos_visit ON visit_photos(visit_id)",
        });
}

// v34 (disputes/): the dispute ledger (矛盾纠纷排查化解台账). A dispute is found in a grid by
// screening, a report or a case; its parties, mediators, mediation sessions and attached files
// (the agreement's scan) are rows of their own, so two offices adding a party or a session to the
// same dispute both keep theirs in a merge. The outcome, the follow-up visit and the review of a
// high-risk dispute are fields of the dispute, merged field by field.
Status addDisputes(QSqlDatabase db)
{
    return runStatements(
        db, {
                "CREATE TABLE IF NOT EXISTS disputes (" GD_META
                "grid_id TEXT NOT NULL" GD_REF("grids") ", source TEXT NOT NULL, case_id TEXT" GD_REF(
                    "cases") ", kind TEXT NOT NULL, "
                             "risk TEXT NOT NULL, found_ms "
                             "INTEGER NOT NULL, found_by "
                             "TEXT" GD_REF("workers") ", "
                                                      "summary TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL "
                                                      "DEFAULT 'open', outcome_ms INTEGER "
                                                      "NOT NULL DEFAULT 0, agreement TEXT NOT NULL DEFAULT '', "
                                                      "referred_to TEXT NOT NULL DEFAULT '', "
                                                      "outcome_note TEXT NOT NULL DEFAULT '', followup_ms "
                                                      "INTEGER NOT NULL DEFAULT 0, followup_note "
                                                      "TEXT NOT NULL DEFAULT '', reviewed_ms INTEGER NOT NULL "
                                                      "DEFAULT 0, reviewed_by TEXT NOT NULL "
                                                      "DEFAULT '', review_note TEXT NOT NULL DEFAULT '')",
                "CREATE INDEX IF NOT EXISTS disputes_found ON disputes(found_ms)",
                "CREATE INDEX IF NOT EXISTS disputes_grid ON disputes(grid_id, found_ms)",
                "CREATE INDEX IF NOT EXISTS disputes_outcome ON disputes(outcome_ms) WHERE outcome_ms > 0",
                "CREATE INDEX IF NOT EXISTS disputes_high ON disputes(risk, reviewed_ms) WHERE risk = 'high'",
                "CREATE INDEX IF NOT EXISTS disputes_case ON disputes(case_id) WHERE case_id IS NOT NULL",
                "CREATE TABLE IF NOT EXISTS dispute_parties (" GD_META "dispute_id TEXT NOT NULL" GD_REF(
                    "disputes") ", name TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '', address TEXT NOT NULL "
                                "DEFAULT '')",
                "CREATE INDEX IF NOT EXISTS dispute_parties_dispute ON dispute_parties(dispute_id)",
                "CREATE TABLE IF NOT EXISTS dispute_mediators (" GD_META "dispute_id TEXT NOT NULL" GD_REF(
                    "disputes") ", kind TEXT NOT NULL, worker_id TEXT" GD_REF("workers") ", name TEXT NOT NULL "
                                                                                         "DEFAULT '')",
                "CREATE INDEX IF NOT EXISTS dispute_mediators_dispute ON dispute_mediators(dispute_id)",
                "CREATE TABLE IF NOT EXISTS dispute_sessions (" GD_META "dispute_id TEXT NOT NULL" GD_REF(
                    "disputes") ", at_ms INTEGER NOT NULL, place TEXT NOT NULL DEFAULT '', result TEXT NOT "
                                "NULL, note TEXT NOT NULL DEFAULT '')",
                "CREATE INDEX IF NOT EXISTS dispute_sessions_dispute ON dispute_sessions(dispute_id, at_ms)",
                "CREATE TABLE IF NOT EXISTS dispute_files (" GD_META
                "dispute_id TEXT NOT NULL" GD_REF("disputes") ", name TEXT NOT NULL DEFAULT '', data BLOB NOT NULL)",
                "CREATE INDEX IF NOT EXISTS dispute_files_dispute ON dispute_files(dispute_id)",
            });
}

// v35: the time index of the visits and of the disputes orders by (time, id), as their lists page,
// and holds the columns their counts filter on, so the dashboard's year of an office's visits is
// counted from the index alone (35 ms a count at 60,000 visits reading the rows, a few ms without).
Status coverGridWorkCounts(QSqlDatabase db)
{
    return runStatements(
        db, {
                "DROP INDEX IF EXISTS visits_at",
                "CREATE INDEX visits_at ON visits(at_ms, id, deleted, kind, grid_id, household_id, case_id)",
                "DROP INDEX IF EXISTS disputes_found",
                "CREATE INDEX disputes_found ON disputes(found_ms, id, deleted, grid_id, source, outcome, risk)",
            });
}

// v36 (joint/): police–grid joint work (警网融合). Each grid's 1+1+N team lists its N residents (the
// police-grid head and the grid head are the police grid's officer and the grid's head); a joint
// activity of one of the five kinds is held by a police grid with some of its grids, its people and
// the cases or disputes it worked on as rows of their own; a joint meeting at the street, community
// or grid level names its attendees and its follow-up tasks, each with an owner and a due time,
// done or turned into a case.
Status addJointWork(QSqlDatabase db)
{
    return runStatements(
        db,
        {
            "CREATE TABLE IF NOT EXISTS joint_team_members (" GD_META "grid_id TEXT NOT NULL" GD_REF(
                "grids") ", worker_id TEXT NOT NULL" GD_REF("workers") ", role TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS joint_team_members_grid ON joint_team_members(grid_id)",
            "CREATE TABLE IF NOT EXISTS joint_activities (" GD_META "police_grid_id TEXT NOT NULL" GD_REF(
                "police_grids") ", kind TEXT NOT NULL, at_ms INTEGER NOT NULL, summary TEXT NOT NULL, "
                                "recorded_by TEXT" GD_REF("workers") ", note TEXT NOT NULL DEFAULT '')",
            "CREATE INDEX IF NOT EXISTS joint_activities_at ON joint_activities(at_ms, id, deleted, kind, "
            "police_grid_id)",
            "CREATE INDEX IF NOT EXISTS joint_activities_police ON joint_activities(police_grid_id, at_ms)",
            "CREATE TABLE IF NOT EXISTS joint_activity_grids (" GD_META
            "activity_id TEXT NOT NULL" GD_REF("joint_activities") ", grid_id TEXT NOT NULL" GD_REF("grids") ")",
            "CREATE INDEX IF NOT EXISTS joint_activity_grids_activity ON joint_activity_grids(activity_id)",
            "CREATE INDEX IF NOT EXISTS joint_activity_grids_grid ON joint_activity_grids(grid_id, "
            "activity_id)",
            "CREATE TABLE IF NOT EXISTS joint_activity_people (" GD_META "activity_id TEXT NOT NULL" GD_REF(
                "joint_activities") ", worker_id TEXT" GD_REF("workers") ", name TEXT NOT NULL DEFAULT '')",
            "CREATE INDEX IF NOT EXISTS joint_activity_people_activity ON joint_activity_people(activity_id)",
            "CREATE TABLE IF NOT EXISTS joint_activity_links (" GD_META "activity_id TEXT NOT NULL" GD_REF(
                "joint_activities") ", case_id TEXT" GD_REF("cases") ", dispute_id TEXT" GD_REF("disputes") ")",
            "CREATE INDEX IF NOT EXISTS joint_activity_links_activity ON joint_activity_links(activity_id)",
            "CREATE TABLE IF NOT EXISTS joint_meetings (" GD_META "level TEXT NOT NULL, street_id TEXT NOT "
            "NULL" GD_REF("streets") ", community_id TEXT" GD_REF("communities") ", grid_id TEXT" GD_REF(
                "grids") ", at_ms INTEGER NOT NULL, topic TEXT NOT NULL, issues TEXT NOT NULL DEFAULT '', "
                         "decisions TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '')",
            "CREATE INDEX IF NOT EXISTS joint_meetings_at ON joint_meetings(at_ms, id, deleted, level, "
            "street_id, community_id, grid_id)",
            "CREATE TABLE IF NOT EXISTS joint_meeting_people (" GD_META "meeting_id TEXT NOT NULL" GD_REF(
                "joint_meetings") ", worker_id TEXT" GD_REF("workers") ", name TEXT NOT NULL DEFAULT '')",
            "CREATE INDEX IF NOT EXISTS joint_meeting_people_meeting ON joint_meeting_people(meeting_id)",
            "CREATE TABLE IF NOT EXISTS joint_tasks (" GD_META
            "meeting_id TEXT NOT NULL" GD_REF("joint_meetings") ", text TEXT NOT NULL, owner_id TEXT NOT NULL" GD_REF(
                "workers") ", due_ms INTEGER NOT NULL, done_ms INTEGER NOT NULL DEFAULT 0, done_note TEXT "
                           "NOT NULL DEFAULT '', case_id TEXT" GD_REF("cases") ")",
            "CREATE INDEX IF NOT EXISTS joint_tasks_meeting ON joint_tasks(meeting_id)",
            "CREATE INDEX IF NOT EXISTS joint_tasks_due ON joint_tasks(due_ms, done_ms, deleted)",
        });
}

// v37 (councils/): residents' councils and grid self-management committees (居民议事会 / 网格自管会):
// a meeting of a community (or of a grid's committee) with its attendance counted by role, the
// positions, the resolution and any rule adopted; the requests it settles are rows of their own.
Status addCouncils(QSqlDatabase db)
{
    return runStatements(
        db, {
                "CREATE TABLE IF NOT EXISTS councils (" GD_META "kind TEXT NOT NULL, community_id TEXT NOT "
                "NULL" GD_REF("communities") ", grid_id TEXT" GD_REF(
                    "grids") ", at_ms INTEGER NOT NULL, topic TEXT NOT NULL, place TEXT NOT NULL DEFAULT '', "
                             "residents INTEGER NOT NULL DEFAULT 0, party_members INTEGER NOT NULL DEFAULT 0, "
                             "leaders INTEGER NOT NULL DEFAULT 0, property INTEGER NOT NULL DEFAULT 0, staff "
                             "INTEGER NOT NULL DEFAULT 0, others INTEGER NOT NULL DEFAULT 0, positions TEXT NOT "
                             "NULL DEFAULT '', resolution TEXT NOT NULL DEFAULT '', rule_title TEXT NOT NULL "
                             "DEFAULT '', rule_text TEXT NOT NULL DEFAULT '')",
                "CREATE INDEX IF NOT EXISTS councils_at ON councils(at_ms, id, deleted, kind, community_id, "
                "grid_id)",
                "CREATE TABLE IF NOT EXISTS council_cases (" GD_META
                "council_id TEXT NOT NULL" GD_REF("councils") ", case_id TEXT NOT NULL" GD_REF("cases") ")",
                "CREATE INDEX IF NOT EXISTS council_cases_council ON council_cases(council_id)",
                "CREATE INDEX IF NOT EXISTS council_cases_case ON council_cases(case_id)",
            });
}

// v38 (volunteers/): volunteer service (志愿服务): the kinds of service (the office's list), the teams
// of a community or a grid with their members from the people register, and each service with the
// volunteers who served in it as rows of their own.
Status addVolunteers(QSqlDatabase db)
{
    return runStatements(
        db, {
                "CREATE TABLE IF NOT EXISTS volunteer_kinds (" GD_META
                "name TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1)",
                "CREATE TABLE IF NOT EXISTS volunteer_teams (" GD_META "name TEXT NOT NULL, community_id TEXT NOT "
                "NULL" GD_REF("communities") ", grid_id TEXT" GD_REF("grids") ", leader_id TEXT" GD_REF(
                    "workers") ", note TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1)",
                "CREATE INDEX IF NOT EXISTS volunteer_teams_community ON volunteer_teams(community_id)",
                "CREATE TABLE IF NOT EXISTS volunteer_members (" GD_META
                "team_id TEXT NOT NULL" GD_REF("volunteer_teams") ", worker_id TEXT NOT NULL" GD_REF("workers") ")",
                "CREATE INDEX IF NOT EXISTS volunteer_members_team ON volunteer_members(team_id)",
                "CREATE TABLE IF NOT EXISTS volunteer_services (" GD_META
                "team_id TEXT NOT NULL" GD_REF("volunteer_teams") ", grid_id TEXT NOT NULL" GD_REF(
                    "grids") ", kind_id TEXT NOT NULL" GD_REF("volunteer_kinds") ", at_ms INTEGER NOT NULL, hours REAL "
                                                                                 "NOT NULL, households INTEGER NOT "
                                                                                 "NULL DEFAULT 0, summary TEXT NOT "
                                                                                 "NULL DEFAULT '', note TEXT NOT NULL "
                                                                                 "DEFAULT '')",
                "CREATE INDEX IF NOT EXISTS volunteer_services_at ON volunteer_services(at_ms, id, deleted, "
                "grid_id, team_id, kind_id)",
                "CREATE TABLE IF NOT EXISTS volunteer_service_people (" GD_META "service_id TEXT NOT NULL" GD_REF(
                    "volunteer_services") ", worker_id TEXT NOT NULL" GD_REF("workers") ")",
                "CREATE INDEX IF NOT EXISTS volunteer_service_people_service ON "
                "volunteer_service_people(service_id)",
                "CREATE INDEX IF NOT EXISTS volunteer_service_people_worker ON "
                "volunteer_service_people(worker_id, service_id)",
            });
}

} // namespace gd::schema::steps
