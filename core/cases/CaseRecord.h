#pragma once
// Reading cases and their events as stored, shared by CaseService (one case) and CaseReplay
// (thousands after a merge). Internal to core/cases.
#include "CaseTypes.h"
#include "Workflow.h"
#include "storage/Result.h"

#include <QHash>
#include <QList>
#include <QStringList>

class QSqlQuery;

namespace gd {

class Database;

namespace caserecord {

// "SELECT <the case's columns>, deleted FROM cases " — callers add WHERE.
QString caseSelect();
// Reads a row of caseSelect(); *deleted is set when given.
Case caseFrom(const QSqlQuery &q, bool *deleted = nullptr);

// "SELECT <the event's columns> FROM case_events " — callers add WHERE and ORDER BY hlc, id.
QString eventSelect();
CaseEvent eventFrom(const QSqlQuery &q);

// A case row as stored: a tombstone keeps its texts and its events.
struct Stored {
    Case c;
    bool deleted = false;
};

// Many cases and their timelines (in hlc, id order), each in one statement: a merge replays
// thousands, and two statements a case cost more in the driver than the reading itself.
Result<QHash<QString, Stored>> storedCases(Database &db, const QStringList &ids);
Result<QHash<QString, QList<CaseEvent>>> timelines(Database &db, const QStringList &ids);

} // namespace caserecord
} // namespace gd
