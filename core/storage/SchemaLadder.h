#pragma once
// The schema ladder a file is opened with: declared here so that storage can open and upgrade a
// file without knowing any module's tables, defined by core/schema/Migrations.cpp (the one place
// that composes them). Step N takes a file from user_version N-1 to N, in one transaction.
#include "Result.h"

#include <QSqlDatabase>

namespace gd::schema {

int latestVersion();
// Runs steps fromVersion+1 … toVersion. Each step commits with its user_version or not at all.
Status migrate(QSqlDatabase db, int fromVersion, int toVersion);
// On every open of a writable file at the latest version: the derived data a newer program
// defines differently is made again (the figures' aggregate), in a transaction of its own.
Status upkeep(QSqlDatabase db);

} // namespace gd::schema
