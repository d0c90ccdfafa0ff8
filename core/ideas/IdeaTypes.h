#pragma once
// Good ideas shared between streets (金点子 / 交叉观摩, docs/grid-work.md) as values: a street's working
// method (the seed's 逢二聚格, 警格+网格, 五微工作法), the observation visits other streets pay it with
// their comments and the refinement the proposing street made of them, and each street that
// adopted it, with the day.
#include <QDate>
#include <QList>
#include <QString>

namespace gd {

struct IdeaVisit {
    QString id, ideaId;
    QString streetId; // the visiting street; empty: the district's leaders
    QDate visitedOn;
    QString visitors, comments, refinement;
    QString streetName; // read back
};

struct IdeaAdoption {
    QString id, ideaId, streetId;
    QDate adoptedOn;
    QString note;
    QString streetName; // read back
};

struct Idea {
    QString id;
    QString streetId; // the street that proposes it
    QString title, description, usedWhere;
    QDate proposedOn;
    // read back
    QString streetName;
    QList<IdeaVisit> visits;
    QList<IdeaAdoption> adoptions;
};

} // namespace gd
