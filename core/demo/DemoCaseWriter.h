#pragma once
// Internal to the demo-case generator (DemoCases.h): writes cases and their events through the
// SQLite C API on the database's own connection (inside the caller's transaction), with two
// statements prepared once and reused for every row. It can take the secondary indexes of
// cases and case_events away for the load and build them again afterwards (one sort per index
// instead of a B-tree update per row), and enlarges the page cache while it lives.
//
// Events are written in batches sorted by id. Their primary key is a UUIDv5, a hash: one at a
// time, each insert lands on a random page of an index of millions of entries; sorted, a batch
// walks that index once from end to end (half the time for a million cases). Cases stay in the
// order they were received.
//
// Each case's search entry is made as it is written (CaseSearchBulk.h: tokens on a worker
// thread): reading seven million events back afterwards took longer than writing them.
#include "DemoCaseModel.h"
#include "cases/CaseSearchBulk.h"

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace gd::demo {

class CaseBulkWriter
{
public:
    explicit CaseBulkWriter(Database &db);
    ~CaseBulkWriter(); // finalizes the statements and gives the page cache its old size back
    CaseBulkWriter(const CaseBulkWriter &) = delete;
    CaseBulkWriter &operator=(const CaseBulkWriter &) = delete;

    // Takes the connection's handle and prepares the statements. cacheKiB: the page cache for
    // the load (0 keeps the connection's); expectedCases sizes the search index load.
    Status open(const DemoOrg &org, qint64 cacheKiB, qint64 expectedCases);
    // Drops the indexes of cases and case_events that have a CREATE statement (not the primary
    // keys), remembering them; createIndexes() makes them again, reporting after each one.
    Status dropIndexes();
    Status createIndexes(const std::function<Status(double)> &progress);
    int droppedIndexes() const { return int(m_indexes.size()); }

    // The case now; its events join a batch that is written, sorted by id, once it is full.
    Status write(const CaseRecord &c);
    // Writes the events still waiting (before the indexes are made, and at the end).
    Status flush();
    // Writes the search entries still waiting and merges the search index.
    Status finishSearch();

private:
    // An event waiting in the batch; its note and data live in m_texts.
    struct Pending {
        char id[36];
        char caseId[36];
        qint64 hlc, atMs;
        const char *staticNote; // or, when null, m_texts[noteAt, noteAt + noteSize)
        quint32 noteAt, noteSize, dataAt, dataSize;
        Action action;
        bool bySupervisor;
    };
    Status fail(const char *what) const;

    Database &m_database;
    const DemoOrg *m_org = nullptr;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_case = nullptr;
    sqlite3_stmt *m_event = nullptr;
    qint64 m_savedCache = 0;
    bool m_cacheChanged = false;
    std::vector<std::pair<std::string, std::string>> m_indexes; // name, CREATE statement
    std::vector<Pending> m_batch;
    std::vector<quint32> m_order;
    std::string m_texts;
    std::string m_vv; // the version vector of the case being written
    std::unique_ptr<CaseSearchBulk> m_search;
};

} // namespace gd::demo
