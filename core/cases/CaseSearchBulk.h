#pragma once
// Loads the search index (CaseSearchIndex.h) for many cases at once, inside the caller's
// transaction: the rebuild, and the demo generator while it writes its cases.
//
// Cases must come in the order they were received, so that docs only ascend (FTS5 writes a
// segment whenever a rowid is not above the last one). Turning texts into tokens is a third of
// the work and needs no database, so a worker thread does it while the caller's thread writes
// rows: the cases are handed over in chunks and their tokens come back in the same order.
#include "storage/Result.h"
#include "util/HandoffQueue.h"

#include <memory>
#include <string>
#include <thread>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace gd {

// A case's searchable texts as UTF-8 straight from its row and timeline (or a generator).
struct RawCaseTexts {
    std::string caseId, description, request, address, reporterName, reporterPhone;
    qint64 receivedMs = 0;
    struct Event {
        std::string id, action, note, data; // data (JSON) only matters for "report" and "split"
    };
    std::vector<Event> events; // in timeline order
};

class CaseSearchBulk
{
public:
    explicit CaseSearchBulk(sqlite3 *db);
    // Stops the worker. A load that did not finish is the caller's to roll back.
    ~CaseSearchBulk();
    CaseSearchBulk(const CaseSearchBulk &) = delete;
    CaseSearchBulk &operator=(const CaseSearchBulk &) = delete;

    // Empties the index, prepares the statements, starts the worker; expectedCases sizes FTS5's
    // pending-terms hash.
    Status begin(qint64 expectedCases);
    // Queues a case; writes the tokens of cases queued earlier that are ready.
    Status add(RawCaseTexts &&texts);
    // Writes the rest, merges the index into one segment and gives FTS5 its normal settings.
    Status finish();
    qint64 written() const { return m_written; }

    struct Chunk; // cases on their way to the worker and back (defined in the .cpp)

private:
    Status send();
    Status writeReady(bool wait);
    Status write(Chunk &chunk);
    Status fail(const char *what) const;
    void work();
    void stop();

    sqlite3 *m_db;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_map = nullptr;
    qint64 m_lastDoc = 0;
    qint64 m_written = 0;

    std::unique_ptr<Chunk> m_filling;
    HandoffQueue<std::unique_ptr<Chunk>> m_todo, m_done;
    size_t m_inFlight = 0; // chunks handed to the worker and not yet written back
    std::thread m_worker;
};

} // namespace gd
