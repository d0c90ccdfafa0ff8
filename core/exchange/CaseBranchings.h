#pragma once
// The branchings of concurrent moves on cases (workflow::Branching) as the conflicts lists show
// them: each branch's first move, who took it, in which office and when, and which branch stands
// until a supervisor settles it. A settlement is a workflow step (Action::Settle): an event that
// travels with the next package and closes the branching in every office that merges it.
#include "cases/WorkflowAction.h"
#include "storage/Result.h"

#include <QList>
#include <QString>

namespace gd {
class Database;
}

namespace gd::exchange {

struct BranchHead {
    QString eventId;
    workflow::Action action = workflow::Action::Unknown;
    QString note, operatorName, site, office;
    qint64 atMs = 0;
    int moves = 0; // the moves of this branch, its first included
    bool standing = false;
};

struct CaseBranching {
    QString caseId, caseNumber;
    QString after; // the move every branch was taken after
    QList<BranchHead> heads;
};

// Every branching no supervisor has settled, oldest case first (cases.branches: an index, not a scan).
Result<QList<CaseBranching>> openBranchings(Database &db);

// One case's branchings no supervisor has settled (what the case page offers to settle).
Result<QList<CaseBranching>> caseBranchings(Database &db, const QString &caseId);

// A supervisor's choice of the branch that stands, with the reason (required). Invalid when the
// branching is settled already or `keepEventId` heads none of its branches.
Status settleBranching(Database &db, const QString &caseId, const QString &after, const QString &keepEventId,
                       const QString &note);

} // namespace gd::exchange
