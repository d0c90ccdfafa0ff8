#pragma once
// The demo office's volunteer service (docs/grid-work.md): a team in each community with its
// volunteers and building leaders, the default kinds of service, and about `perYear` services a
// year — stairwell lights the most common, then unit doors and home repairs for the elderly, as the
// seed's team shows — each by one to three of the team's members, an hour or two, a few households
// served. Deterministic in the seed; written in the caller's transaction, straight into the tables
// with their merge metadata.
#include "storage/Result.h"

#include <QtGlobal>

namespace gd {

class Database;

struct DemoVolunteersSummary {
    int teams = 0;
    int members = 0;
    int services = 0;
    double hours = 0;
};

namespace demovolunteers {
Result<DemoVolunteersSummary> generate(Database &db, qint64 fromMs, qint64 toMs, quint64 seed, int perYear = 2000);
} // namespace demovolunteers

} // namespace gd
