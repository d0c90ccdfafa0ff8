// The desktop's statements read in PostgreSQL's words (hub/HubDialect.h): each rule on the forms
// GridDesk writes, and what is not one of them left alone.
#include "hub/HubDialect.h"

#include <catch2/catch.hpp>

using gd::hub::postgresStatement;

TEST_CASE("the hub reads the desktop's area statements in PostgreSQL's words", "[hub][dialect]")
{
    CHECK(postgresStatement(QStringLiteral("INSERT OR IGNORE INTO temp.scope_workers SELECT worker_id FROM "
                                           "main.\"grids\" WHERE id IN temp.scope_grids")) ==
          QStringLiteral("INSERT INTO scope_workers SELECT worker_id FROM grids WHERE id IN (SELECT id FROM "
                         "scope_grids) ON CONFLICT DO NOTHING"));
    CHECK(postgresStatement(QStringLiteral("SELECT p.id FROM pkg.\"cases\" p WHERE NOT EXISTS (SELECT 1 FROM "
                                           "main.\"cases\" m WHERE m.id = p.id) AND area_main.x = 1")) ==
          QStringLiteral("SELECT p.id FROM pkg_cases p WHERE NOT EXISTS (SELECT 1 FROM cases m WHERE m.id = p.id) "
                         "AND area_main.x = 1"));
}

TEST_CASE("the hub reads the figures' statements in PostgreSQL's words", "[hub][dialect]")
{
    // A JSON list bound as one value.
    CHECK(
        postgresStatement(QStringLiteral("SELECT 1 FROM cases c WHERE c.state IN (SELECT value FROM json_each(?))")) ==
        QStringLiteral("SELECT 1 FROM cases c WHERE c.state IN (SELECT value FROM "
                       "json_array_elements_text(CAST(? AS json)))"));
    // A table's storage option PostgreSQL has no word for.
    CHECK(
        postgresStatement(QStringLiteral("CREATE TABLE IF NOT EXISTS t (a INTEGER, PRIMARY KEY (a)) WITHOUT ROWID")) ==
        QStringLiteral("CREATE TABLE IF NOT EXISTS t (a INTEGER, PRIMARY KEY (a))"));
    // An upsert adding to the row there: the row there named, the inserted one left as it is.
    CHECK(postgresStatement(QStringLiteral("INSERT INTO stats_grid(view, month, n, on_time) SELECT 0, m, sum(-n), "
                                           "sum(-on_time) FROM f GROUP BY m ON CONFLICT(view, month) DO UPDATE SET n = "
                                           "n + excluded.n, on_time = on_time + excluded.on_time")) ==
          QStringLiteral("INSERT INTO stats_grid(view, month, n, on_time) SELECT 0, m, sum(-n), sum(-on_time) FROM f "
                         "GROUP BY m ON CONFLICT(view, month) DO UPDATE SET n = stats_grid.n + excluded.n, on_time = "
                         "stats_grid.on_time + excluded.on_time"));
    // Not one of the rules: as it was.
    const QString plain = QStringLiteral("SELECT n + excluded_n FROM t WHERE x = 'json_each(a)'");
    CHECK(postgresStatement(plain) == plain);
}
