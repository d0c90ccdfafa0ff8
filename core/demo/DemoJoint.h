#pragma once
// The demo office's police–grid joint work (docs/grid-work.md): each grid's 1+1+N team (its
// volunteers and building leaders, and a party member where it has one), about `activitiesPerYear`
// joint activities of the five kinds (patrols and information gathering the most common) by the
// police grids with one or two of their grids, the officer, the grid worker and a team member
// taking part; and about `meetingsPerYear` three-level joint meetings (a street's monthly, its
// communities' and grids' more often), each with one to three follow-up tasks — most done on
// time, some late, the last weeks' still open (a few of them overdue, on the due board).
// Deterministic in the seed; written in the caller's transaction, straight into the tables with
// their merge metadata, as the demo's visits and disputes are.
#include "storage/Result.h"

#include <QtGlobal>

namespace gd {

class Database;

struct DemoJointSummary {
    int members = 0;
    int activities = 0;
    int meetings = 0;
    int tasks = 0;
    int tasksOpen = 0;
};

namespace demojoint {
Result<DemoJointSummary> generate(Database &db, qint64 fromMs, qint64 toMs, quint64 seed, int activitiesPerYear = 3000,
                                  int meetingsPerYear = 600);
} // namespace demojoint

} // namespace gd
