#pragma once
// The demo office's visits and care register (docs/grid-work.md): per grid a few households on the
// care register (most of them elderly living alone, with the interval offices use: a week, a
// fortnight, a month), and for every full-time worker with a grid a year of visits — home visits
// on working days in their grid's buildings (their care households about as often as the interval
// asks, a few left late), patrols, and for each case the demo found on patrol the patrol that found
// it, linked to it. Deterministic in the seed; written in the caller's transaction, straight into
// the tables with their merge metadata, as the demo's cases are.
#include "storage/Result.h"

#include <QtGlobal>

namespace gd {

class Database;

struct DemoVisitsSummary {
    int households = 0;
    int visits = 0;
    int linked = 0; // visits whose finding is one of the demo's cases
};

namespace demovisits {
// Visits between fromMs and toMs (the demo's cases' period), about `perWorkerMonth` a worker a
// month of which a fifth are patrols.
Result<DemoVisitsSummary> generate(Database &db, qint64 fromMs, qint64 toMs, quint64 seed, int perWorkerMonth = 8);
} // namespace demovisits

} // namespace gd
