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

#include <functional>

namespace gdcli {

namespace {

// Opens the file, runs `work` and prints `message` (marked with QT_TRANSLATE_N_NOOP) with the
// number `work` gives for its %n and the seconds it took for its %1.
int timed(const Invocation &call, const char *message, const std::function<gd::Result<qint64>(gd::Database &)> &work)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    QElapsedTimer watch;
    watch.start();
    const gd::Result<qint64> n = work(*db);
    if (!n)
        return fail(exitCodeFor(n.error()), n.message());
    printLine(QCoreApplication::translate("gdcli", message, nullptr, int(*n))
                  .arg(double(watch.elapsed()) / 1000.0, 0, 'f', 1));
    return Ok;
}

} // namespace

int reindexCases(const Invocation &call)
{
    return timed(call, QT_TRANSLATE_N_NOOP("gdcli", "Search index rebuilt: %n case(s) in %1 s."),
                 [](gd::Database &db) -> gd::Result<qint64> {
                     gd::Transaction tx(db);
                     if (!tx.started())
                         return gd::Error::make(gd::ErrorKind::Data, tx.startError().message);
                     gd::CaseSearchIndex index(db.sql());
                     if (gd::Status s = index.rebuild(); !s)
                         return s.error();
                     if (gd::Status s = tx.commit(); !s)
                         return s.error();
                     return index.indexedCount();
                 });
}

int tidyCases(const Invocation &call)
{
    return timed(call, QT_TRANSLATE_N_NOOP("gdcli", "Search index tidied: %n step(s) in %1 s."),
                 [](gd::Database &db) -> gd::Result<qint64> {
                     qint64 steps = 0;
                     for (;;) {
                         auto more = gd::tidySearchIndex(db, 1024);
                         if (!more)
                             return more.error();
                         if (!*more)
                             return steps;
                         ++steps;
                     }
                 });
}

} // namespace gdcli
