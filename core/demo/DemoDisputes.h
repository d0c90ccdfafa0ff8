#pragma once
// The demo office's dispute ledger (docs/grid-work.md): about `perYear` disputes a year across the
// grids that have a full-time worker — found by screening or reported, neighbours and property
// the most common, one in twenty high risk — each with two parties, the grid worker as mediator
// (the paired police officer or a lawyer besides, now and then), one to three mediation sessions,
// and, once old enough, its outcome: mostly settled with an agreement and followed up, some
// referred or withdrawn. The high-risk ones are reviewed within days, except the last week's, which
// wait on the due board. Deterministic in the seed; written in the caller's transaction, straight
// into the tables with their merge metadata, as the demo's visits are.
#include "storage/Result.h"

#include <QtGlobal>

namespace gd {

class Database;

struct DemoDisputesSummary {
    int disputes = 0;
    int sessions = 0;
    int settled = 0;
    int awaitingReview = 0; // high risk, not reviewed yet
};

namespace demodisputes {
Result<DemoDisputesSummary> generate(Database &db, qint64 fromMs, qint64 toMs, quint64 seed, int perYear = 5000);
} // namespace demodisputes

} // namespace gd
