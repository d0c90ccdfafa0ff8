#pragma once
// What the benches that merge packages into the million-case file share (ExchangeScenarios.cpp,
// GridWorkScenario.cpp): a copy of the file to merge into, the merge timed as griddesk-cli does it
// (the sender trusted first, untimed), and the plain way — ATTACH and INSERT OR REPLACE of every
// row of the package — into another copy.
#include "CaseWorkDb.h"
#include "access/Actor.h"
#include "exchange/MergeEngine.h"

namespace bench::merge {

gd::Actor admin();
// A copy of the million-case file to merge into (its WAL folded in first); empty when it failed.
QString copyOfWorkFile(bench::CaseWorkDb *work, const QString &dir, const QString &name);
void removeCopy(const QString &path);
// The plain way, on a bare connection to `target`: `other` attached, then per exchanged table
// `perTable` (%1 the table, %2 its columns, "other" the attached file) in one transaction.
QString plainSql(const QString &target, const QString &other, const QString &perTable, double *ms);
// Every row of the package over the file's, table by table.
QString naiveMerge(const QString &target, const QString &package, double *ms);

struct Merged {
    double ms = 0;
    gd::exchange::MergeReport report;
    QString error;
};
Merged mergeInto(const QString &target, const QString &package);
QString foldLog(const QString &path);
// Waits until what an untimed merge wrote is on disk.
void settleWrites();
QString totals(const gd::exchange::MergeReport &r);

} // namespace bench::merge
