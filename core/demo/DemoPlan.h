#pragma once
// The demo district as plain records, before anything is written. It is built from the seed
// alone (no clock, no database), so the same seed gives the same district and the writer is
// a loop over these lists.
#include "org/OrgTypes.h"
#include "people/WorkerTypes.h"

#include <QList>

namespace gd::demo {

// How the district is sized. The figures are Shinan's (505 basic grids, 148 police grids);
// the vacancy figures keep the part-time cover and the "uncovered" case visible in the demo.
struct Sizes {
    int grids = 505;
    int policeGrids = 148;
    int dedicatedGrids = 25; // about 5%: a school, hospital or market grid
    int vacantGrids = 65;    // no full-time worker
    int coveredGrids = 40;   // of the vacant ones, covered by a part-time worker
    int volunteers = 20;
    int buildingLeaders = 30;
    int monthlySubsidy = 800; // yuan per month for a part-time cover
};

struct Plan {
    QList<Street> streets;
    QList<Community> communities;
    QList<Grid> grids;
    QList<PoliceGrid> policeGrids;
    QList<Building> buildings;
    QList<Worker> workers; // gridIds are the worker_grids memberships to write
    QList<CareerStep> careerSteps;
    QList<GridCover> covers;
    QList<Unit> units;
    QList<UnitContact> contacts;
};

Plan buildPlan(quint64 seed, const Sizes &sizes = {});

// The name-based id of a demo row: the seed and the entity key, so the same seed gives the
// same ids (two offices built from one seed share their rows) and two seeds never collide.
QString demoId(quint64 seed, const QString &key);

} // namespace gd::demo
