// `cases reindex`: builds the full-text search index again from the cases and their timelines.
// The index is derived data kept in step by every write; this is the repair for a file whose
// index was lost or damaged (`check` says when the index misses cases).
// `cases tidy`: merges the index's segments that merges leave for idle time (the window does it
// when nobody uses it; an office that only merges from scripts runs this now and then).
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "cases/CaseSearchIndex.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace gdcli {

int reindexCases(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    QElapsedTimer watch;
    watch.start();
    gd::Transaction tx(*db);
    if (!tx.started())
        return fail(DataError, tx.startError().message);
    gd::CaseSearchIndex index(db->sql());
    if (gd::Status s = index.rebuild(); !s)
        return fail(exitCodeFor(s.error()), s.message());
    if (gd::Status s = tx.commit(); !s)
        return fail(exitCodeFor(s.error()), s.message());
    const qint64 n = index.indexedCount().value();
    printLine(QCoreApplication::translate("gdcli", "Search index rebuilt: %n case(s) in %1 s.", nullptr, int(n))
                  .arg(double(watch.elapsed()) / 1000.0, 0, 'f', 1));
    return Ok;
}

int tidyCases(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    QElapsedTimer watch;
    watch.start();
    int steps = 0;
    for (;;) {
        auto more = gd::tidySearchIndex(*db, 1024);
        if (!more)
            return fail(exitCodeFor(more.error()), more.message());
        if (!*more)
            break;
        ++steps;
    }
    printLine(QCoreApplication::translate("gdcli", "Search index tidied: %n step(s) in %1 s.", nullptr, steps)
                  .arg(double(watch.elapsed()) / 1000.0, 0, 'f', 1));
    return Ok;
}

} // namespace gdcli
