#pragma once
// The schema steps from v26 on that add columns (Migrations.cpp runs them in its step list). Each
// adds only the columns missing, so a file taken back a version by hand (the upgrade tests) passes.
#include "storage/Result.h"

#include <QSqlDatabase>

#include <initializer_list>

namespace gd::schema::steps {

// Columns added by the steps from v26 on. A step adds only what is missing: a file taken back a
// version by hand (the upgrade tests) has them already.
struct NewColumn {
    const char *table, *column, *definition;
};
Status addColumns(QSqlDatabase db, std::initializer_list<NewColumn> columns);
// Runs each statement in turn, stopping at the first that fails (the steps that create tables).
Status runStatements(QSqlDatabase db, std::initializer_list<const char *> statements);

Status addReviewScope(QSqlDatabase db);        // v26
Status addSubmittedMs(QSqlDatabase db);        // v27, with the appeals table
Status addNoProperty(QSqlDatabase db);         // v28
Status addPartyAndPromise(QSqlDatabase db);    // v29
Status addCommunityQr(QSqlDatabase db);        // v30
Status addFinderAndCompounds(QSqlDatabase db); // v31

} // namespace gd::schema::steps
