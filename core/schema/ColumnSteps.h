#pragma once
// The schema steps from v26 on that add columns (Migrations.cpp runs them in its step list). Each
// adds only the columns missing, so a file taken back a version by hand (the upgrade tests) passes.
#include "storage/Result.h"

#include <QSqlDatabase>

namespace gd::schema::steps {

Status addReviewScope(QSqlDatabase db);        // v26
Status addSubmittedMs(QSqlDatabase db);        // v27, with the appeals table
Status addNoProperty(QSqlDatabase db);         // v28
Status addPartyAndPromise(QSqlDatabase db);    // v29
Status addCommunityQr(QSqlDatabase db);        // v30
Status addFinderAndCompounds(QSqlDatabase db); // v31

} // namespace gd::schema::steps
