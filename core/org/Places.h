#pragma once
// The places figures and lists are chosen by: the streets, each street's communities, each
// community's grids, in code order. Read with plain statements from any
// store holding the office's tables — the office's file or a hub (docs/HUB.md) — so the window's scope pickers list the
// same places whichever it reads.
#include "storage/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace gd {

struct Place {
    enum Kind { Street, Community, Grid };
    Kind kind = Street;
    QString id, parentId, code, name; // parentId: a community's street, a grid's community
};

// Each street followed by its communities, each community followed by its grids (withGrids).
// Deleted places are left out; a community whose street is gone is not listed.
Result<QList<Place>> placeTree(const QSqlDatabase &db, bool withGrids);

} // namespace gd
