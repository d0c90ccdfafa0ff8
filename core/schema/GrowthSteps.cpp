#include "GrowthSteps.h"

#include "ColumnSteps.h"
#include "SchemaSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace gd::schema::steps {

// v39 (training/): training by order (点单式培训). The sessions and attendances of v13 stay as they
// are — every old record keeps counting in the review — and gain the expert, each attendee's
// evaluation (a score of 1–5, 0 for none yet, and a comment), the needs a session answers and the
// materials handed out; the office's list of needs and the workers' orders are new.
Status addTrainingByOrder(QSqlDatabase db)
{
    if (Status s = addColumns(db, {{"trainings", "expert", "TEXT NOT NULL DEFAULT ''"},
                                   {"training_attendees", "score", "INTEGER NOT NULL DEFAULT 0"},
                                   {"training_attendees", "comment", "TEXT NOT NULL DEFAULT ''"}});
        !s)
        return s;
    return runStatements(
        db, {
                "CREATE TABLE IF NOT EXISTS training_needs (" GD_META
                "name TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1)",
                "CREATE TABLE IF NOT EXISTS training_session_needs (" GD_META
                "training_id TEXT NOT NULL" GD_REF("trainings") ", need_id TEXT NOT NULL" GD_REF("training_needs") ")",
                "CREATE INDEX IF NOT EXISTS training_session_needs_training ON "
                "training_session_needs(training_id)",
                "CREATE INDEX IF NOT EXISTS training_session_needs_need ON training_session_needs(need_id)",
                "CREATE TABLE IF NOT EXISTS training_orders (" GD_META
                "worker_id TEXT NOT NULL" GD_REF("workers") ", need_id TEXT NOT NULL" GD_REF(
                    "training_needs") ", ordered_on TEXT NOT NULL, note TEXT NOT NULL DEFAULT '')",
                "CREATE INDEX IF NOT EXISTS training_orders_on ON training_orders(ordered_on)",
                "CREATE INDEX IF NOT EXISTS training_orders_worker ON training_orders(worker_id)",
                "CREATE TABLE IF NOT EXISTS training_materials (" GD_META
                "training_id TEXT NOT NULL" GD_REF("trainings") ", name TEXT NOT NULL, data BLOB NOT NULL)",
                "CREATE INDEX IF NOT EXISTS training_materials_training ON training_materials(training_id)",
            });
}

// v40 (exemplary/): a case, dispute, council or volunteer service written up as exemplary (优秀案例):
// the source it came from, its area, the worker and their star when it happened, the write-up's
// four parts and its review state; the photos are rows of their own. The search over write-ups
// is local, derived data (not exchanged), renewed when the write-ups change.
Status addExemplaryCases(QSqlDatabase db)
{
    return runStatements(
        db, {
                "CREATE TABLE IF NOT EXISTS exemplary_cases (" GD_META
                "source_kind TEXT NOT NULL, source_id TEXT NOT NULL, community_id TEXT NOT NULL" GD_REF(
                    "communities") ", grid_id TEXT" GD_REF("grids") ", happened_on TEXT NOT NULL, category "
                                                                    "TEXT NOT NULL, title TEXT NOT NULL, "
                                                                    "background TEXT NOT NULL DEFAULT '', "
                                                                    "actions TEXT NOT NULL DEFAULT '', "
                                                                    "effect TEXT NOT NULL DEFAULT '', lessons "
                                                                    "TEXT NOT NULL DEFAULT '', worker_id "
                                                                    "TEXT" GD_REF("workers") ", worker_name "
                                                                                             "TEXT NOT NULL "
                                                                                             "DEFAULT '', "
                                                                                             "worker_star "
                                                                                             "INTEGER NOT NULL "
                                                                                             "DEFAULT 0, state "
                                                                                             "TEXT NOT NULL "
                                                                                             "DEFAULT 'draft', "
                                                                                             "approved_by TEXT "
                                                                                             "NOT NULL DEFAULT "
                                                                                             "'', approved_ms "
                                                                                             "INTEGER NOT NULL "
                                                                                             "DEFAULT 0)",
                "CREATE INDEX IF NOT EXISTS exemplary_cases_on ON exemplary_cases(happened_on, id)",
                "CREATE INDEX IF NOT EXISTS exemplary_cases_source ON exemplary_cases(source_id)",
                "CREATE TABLE IF NOT EXISTS exemplary_photos (" GD_META "exemplary_id TEXT NOT NULL" GD_REF(
                    "exemplary_cases") ", image BLOB NOT NULL, caption TEXT NOT NULL DEFAULT '')",
                "CREATE INDEX IF NOT EXISTS exemplary_photos_case ON exemplary_photos(exemplary_id)",
                "CREATE TABLE IF NOT EXISTS exemplary_search_map (doc INTEGER PRIMARY KEY, exemplary_id "
                "TEXT NOT NULL UNIQUE)",
                "CREATE VIRTUAL TABLE IF NOT EXISTS exemplary_search USING fts5(words, columnsize=0, "
                "tokenize='ascii')",
            });
}

// v41 (ideas/): a street's good idea (金点子), the observation visits other streets pay it (交叉观摩)
// with their comments and the refinement that came of them, and each street that adopted it.
Status addGoodIdeas(QSqlDatabase db)
{
    return runStatements(
        db, {
                "CREATE TABLE IF NOT EXISTS ideas (" GD_META "street_id TEXT NOT NULL" GD_REF(
                    "streets") ", title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', used_where TEXT "
                               "NOT NULL DEFAULT '', proposed_on TEXT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS ideas_on ON ideas(proposed_on)",
                "CREATE TABLE IF NOT EXISTS idea_visits (" GD_META "idea_id TEXT NOT NULL" GD_REF(
                    "ideas") ", street_id TEXT" GD_REF("streets") ", visited_on TEXT NOT NULL, visitors TEXT "
                                                                  "NOT NULL DEFAULT '', comments TEXT NOT "
                                                                  "NULL DEFAULT '', refinement TEXT NOT NULL "
                                                                  "DEFAULT '')",
                "CREATE INDEX IF NOT EXISTS idea_visits_idea ON idea_visits(idea_id)",
                "CREATE TABLE IF NOT EXISTS idea_adoptions (" GD_META "idea_id TEXT NOT NULL" GD_REF(
                    "ideas") ", street_id TEXT NOT NULL" GD_REF("streets") ", adopted_on TEXT NOT NULL, note "
                                                                           "TEXT NOT NULL DEFAULT '')",
                "CREATE INDEX IF NOT EXISTS idea_adoptions_idea ON idea_adoptions(idea_id)",
                "CREATE INDEX IF NOT EXISTS idea_adoptions_on ON idea_adoptions(adopted_on)",
            });
}

} // namespace gd::schema::steps
