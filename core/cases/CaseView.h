#pragma once
// One case as a reader sees it — its row, the names its ids stand for and its whole timeline —
// read from an office's file or a hub (storage/ReadSource.h). What the printed case sheet shows,
// and what the hub's window shows of a case.
#include "CaseTypes.h"
#include "Workflow.h"
#include "storage/Result.h"

namespace gd {

struct ReadSource;

struct CaseView {
    Case c;
    QString grid;            // the grid's code and name
    QString handler;         // the handling worker's name and phone, or the unit's name and service phone
    QString category;        // "group / category"
    QString finder;          // who found it on patrol
    QList<CaseEvent> events; // in the order they count (hlc, id)
    bool deleted = false;    // a tombstone: its row and timeline as they were left
};

// NotFound (naming the case) when the source holds no such case; a deleted case is read as it
// was left, and says so (`deleted`).
Result<CaseView> caseView(const ReadSource &source, const QString &caseId);
// The case of a number (the one not merged into another when several share it); NotFound, named.
Result<QString> caseIdOfNumber(const ReadSource &source, const QString &number);

} // namespace gd
