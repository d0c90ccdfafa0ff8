#include "GridWorkSteps.h"

#include "SchemaSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace gd::schema::steps {

namespace {

Status run(QSqlDatabase db, std::initializer_list<const char *> statements)
{
    QSqlQuery q(db);
    for (const char *s : statements)
        if (!q.exec(QString::fromUtf8(s)))
            return Error::make(ErrorKind::Internal, q.lastError().text());
    return {};
}

} // namespace

// v33 (visits/): the households that need regular care visits (重点人群关爱: elderly living alone,
// disabled, families in difficulty) with their interval; each visit or patrol by a worker — when,
// where, whom they met, what they found, the case a finding became; and the visit's photos, a row
// each so a merge carries a photo once and a visit's text edits never resend it.
Status addVisits(QSqlDatabase db)
{
    return run(
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

} // namespace gd::schema::steps
