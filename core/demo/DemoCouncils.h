#pragma once
// The demo office's residents' councils (docs/grid-work.md): about `perYear` meetings across its
// communities — residents' councils and, now and then, a grid's self-management committee — on the
// matters offices meet about (a lift, parking, a stairwell's clutter, a property fee), with their
// attendance by role, the positions and the resolution; one in four adopts a rule, and some settle
// a request of the community's grids. Deterministic in the seed; written in the caller's
// transaction, straight into the tables with their merge metadata.
#include "storage/Result.h"

#include <QtGlobal>

namespace gd {

class Database;

struct DemoCouncilsSummary {
    int councils = 0;
    int rules = 0;
    int casesSettled = 0;
};

namespace democouncils {
Result<DemoCouncilsSummary> generate(Database &db, qint64 fromMs, qint64 toMs, quint64 seed, int perYear = 300);
} // namespace democouncils

} // namespace gd
