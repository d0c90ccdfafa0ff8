#pragma once
// Police–grid joint work counted per police grid and kind (docs/figures.md, "Grid work"): how
// many joint activities of each of the five kinds each police grid held in the period, with the
// totals, and the joint meetings held per level. The monthly report prints it (an office's and a hub's)
// and `griddesk-cli stats` gives it; each cell is the count of the joint activities' list under the same filter
// (jointActivityWhere), so a cell and the list it stands for never disagree.
#include "FigureQuery.h"

namespace gd::stats {

struct JointWorkTable {
    struct Line {
        QString policeGridId, policeGridName;
        QList<qint64> perKind; // in joint::activityKinds() order
        qint64 total = 0;
    };
    QStringList kinds;     // joint::activityKinds()
    QList<Line> lines;     // the police grids that held any, by their code
    QList<qint64> perKind; // all police grids
    qint64 total = 0;
    QList<qint64> meetings; // held per level, in joint::levels() order
};

// In an office's file, or a hub's database read in its own words.
Result<JointWorkTable> jointWorkTable(const ReadSource &source, const StatsScope &scope, const QDate &from,
                                      const QDate &to);
Result<JointWorkTable> jointWorkTable(Database &db, const StatsScope &scope, const QDate &from, const QDate &to);

} // namespace gd::stats
