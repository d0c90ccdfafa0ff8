#pragma once
// The grid's work beyond requests as `griddesk-cli stats` and `griddesk-hub stats` both give it,
// beside the figures (FigureOutput.h): the counts with 环比 (stats/GridWorkFigures.h) and the joint
// activities per police grid and kind with the meetings per level (stats/JointFigures.h), as a
// table and in the JSON. Where they are counted (an office's file or a hub) is the caller's.
#include "stats/GridWorkFigures.h"
#include "stats/JointFigures.h"

#include <QJsonObject>

namespace gdcli {

struct GridWorkReport {
    gd::stats::GridWork work;
    gd::stats::JointWorkTable joint;
};

// The request's scope and period counted in `source`.
gd::Result<GridWorkReport> gridWorkReport(const gd::ReadSource &source, const gd::stats::StatsRequest &request);

// "grid_work" (each count by key: name, value and, unless counted now, before) and "joint_work".
void insertGridWorkJson(QJsonObject *out, const GridWorkReport &report);
void printGridWork(const GridWorkReport &report); // the counts, and the joint table when any was held

} // namespace gdcli
