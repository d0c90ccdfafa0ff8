#pragma once
// The million-case file the case-work scenarios (save, repeats, search, list, page) measure on,
// opened once per griddesk-bench run and shared by them:
//   GRIDDESK_BENCH_DB=FILE   an existing file (e.g. made by `griddesk-cli --db FILE demo
//                            --cases 1000000`); case-save adds a few hundred cases to it
//   --dir DIR                DIR/cases-run-1.griddesk when scenario "cases" kept it there
//   otherwise                a demo district with GRIDDESK_BENCH_CASES cases (default 1,000,000)
//                            is generated first, untimed, into --dir or a temporary folder
#include "Bench.h"
#include "storage/Database.h"

#include <QDate>
#include <QStringList>

#include <memory>
#include <sqlite3.h>

namespace bench {

struct CaseWorkDb {
    QString path;
    std::unique_ptr<gd::Database> db;
    qint64 cases = 0;
    QStringList notes; // how the file was found or made
};

// Null with *error set when the file cannot be opened or made.
CaseWorkDb *caseWorkDb(const Options &options, QString *error);
// The same for a scenario: null with out->error set.
CaseWorkDb *caseWorkDb(const Options &options, Outcome *out);
// The same, its notes added to out, and the file opened a second time with the bare C API for
// the scenario's baseline (*raw, to close with sqlite3_close): null with out->error set.
CaseWorkDb *caseWorkDbWithBaseline(const Options &options, Outcome *out, sqlite3 **raw);
// The first day of the last whole month before the newest case (Beijing time).
QDate lastWholeMonth(sqlite3 *raw);
// Closes the shared file while Qt is still up: main() calls it before it returns (left to the
// static's destructor, closing it crashed inside QtSql, which is gone by then).
void releaseCaseWorkDb();

// Sample rows of the file, read with the bare C API: `sql` must select text columns.
QList<QStringList> sampleRows(sqlite3 *db, const char *sql, int columns);

} // namespace bench
