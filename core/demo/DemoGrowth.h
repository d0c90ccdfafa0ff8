#pragma once
// The demo office's growing of its workers (docs/grid-work.md): each active full-time worker's
// training orders of the year (the needs most asked for asked most), evaluations of most sessions
// the review months recorded, exemplary write-ups of the year's well-handled requests, settled
// disputes, councils and services (most approved), and the district's good ideas — the seed's
// 逢二聚格, 警格+网格 and 五微工作法 among them — with observation visits and the streets that adopted
// each. Deterministic in the seed; written through the services as the office's supervisor, in
// the caller's transaction.
#include "storage/Result.h"

#include <QtGlobal>

namespace gd {

class Database;

struct DemoGrowthSummary {
    int orders = 0, evaluations = 0;
    int writeUps = 0, approved = 0;
    int ideas = 0, visits = 0, adoptions = 0;
};

namespace demogrowth {
Result<DemoGrowthSummary> generate(Database &db, qint64 fromMs, qint64 toMs, quint64 seed);
} // namespace demogrowth

} // namespace gd
