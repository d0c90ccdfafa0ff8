#pragma once
// Reading cases and their events as stored, shared by CaseService (one case), the search index
// (a case's texts) and CaseReplay (thousands after a merge). Internal to core/cases.
#include "CaseTypes.h"
#include "Workflow.h"
#include "storage/Result.h"

#include <QHash>
#include <QList>
#include <QStringList>

class QSqlDatabase;
class QSqlQuery;

namespace gd::caserecord {

// "SELECT <the case's columns>, deleted, rowid FROM cases " — callers add WHERE.
QString caseSelect();
// The same with `rowKey` read in rowid's place: a store without rowids (the hub) reads "0".
QString caseSelect(const QString &rowKey);
// Reads a row of caseSelect(); *deleted and *rowid are set when given.
Case caseFrom(const QSqlQuery &q, bool *deleted = nullptr, qint64 *rowid = nullptr);

// "SELECT <the event's columns> FROM case_events " — callers add WHERE and ORDER BY hlc, id.
QString eventSelect();
CaseEvent eventFrom(const QSqlQuery &q);

// A case row as stored: a tombstone keeps its texts and its events.
struct Stored {
    Case c;
    bool deleted = false;
    qint64 rowid = 0; // to write the row back without looking its id up again
};

// Many cases and their timelines (in hlc, id order), each in one statement through the C API: a
// merge replays thousands, and two statements a case through the driver cost more than the
// reading itself. Cases not in the file are left out.
Result<QHash<QString, Stored>> storedCases(const QSqlDatabase &db, const QStringList &ids);
// The events as the fold and search read them: id, case, hlc, time, action, note and data; who
// took them and at which office are left empty (a third of the strings a replay would make).
Result<QHash<QString, QList<CaseEvent>>> timelines(const QSqlDatabase &db, const QStringList &ids);

} // namespace gd::caserecord
