#pragma once
// The schema ladder: step N takes a file from user_version N-1 to N, in one transaction.
#include "Result.h"

#include <QSqlDatabase>

namespace gd::schema {

int latestVersion();
// Runs steps fromVersion+1 … toVersion. Each step commits with its user_version or not at all.
Status migrate(QSqlDatabase db, int fromVersion, int toVersion);

} // namespace gd::schema
