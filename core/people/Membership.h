#pragma once
// A worker serving a grid (worker_grids). The row id is derived from the pair, so two offices
// that assign the same worker to the same grid write the same row.
#include "storage/Result.h"

namespace gd {

class Database;

namespace membership {
QString rowId(const QString &workerId, const QString &gridId);
// Within the caller's transaction; both are no-ops when already so.
Status add(Database &db, const QString &workerId, const QString &gridId);
Status drop(Database &db, const QString &workerId, const QString &gridId);
} // namespace membership

} // namespace gd
