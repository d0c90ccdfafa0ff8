#pragma once
// The desktop's statements as PostgreSQL reads them. What the hub shares with an office is written
// once, in SQLite's words (the area statements of exchange/PackageScope.h, the figures of
// stats/CaseFacts.h and stats/StatsStore.h, the case list of
// cases/CaseQueries.h); the hub reads them through this translation instead of
// keeping a second copy. Its rules are few and textual, for the forms GridDesk writes:
//   "INSERT OR IGNORE INTO"            → INSERT INTO … ON CONFLICT DO NOTHING
//   "IN temp.t"                         → IN (SELECT id FROM t); temp.t, main.t, src.t → t; pkg.t → pkg_t
//   "json_each(?)" (a JSON list bound)  → json_array_elements_text(CAST(? AS json))
//   "… WITHOUT ROWID"                   → dropped
//   "DO UPDATE SET m = m + excluded.m"  → the existing row's m named by its table, as PostgreSQL asks
//   " INDEXED BY idx"                   → dropped (the planner chooses with its statistics)
//   "c.rowid"                           → c.ctid;  "ifnull(" → coalesce(
// SQLite's strftime(format, seconds, 'unixepoch'), which the figures' month keys use, is a function
// the hub defines (HubFigures.cpp), so those statements read the same.
// The bind marker "?" is the same in both: Qt turns it into PostgreSQL's own.
#include <QString>

namespace gd::hub {

QString postgresStatement(QString sqlite);

} // namespace gd::hub
