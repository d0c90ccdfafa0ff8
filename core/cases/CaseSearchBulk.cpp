#include "CaseSearchBulk.h"

#include "CaseSearchIndex.h"
#include "storage/Logging.h"
#include "storage/SqliteHandle.h"

#include <algorithm>
#include <sqlite3.h>

namespace gd {

namespace {

// FTS5 writes its pending terms out as a new segment whenever they pass "hashsize" (1 MB by
// default). A bulk load with a large one writes a few big segments instead of merging thousands
// of small ones (about three times faster); one large enough for the whole load writes a single
// segment at the end and merges nothing. The pending terms of a demo case take some 1.2 kB
// (measured); the process then holds about twice the hash size.
constexpr qint64 kPendingBytesPerCase = 1400;
constexpr qint64 kMinBulkHashSize = qint64(64) << 20;
constexpr qint64 kMaxBulkHashSize = qint64(2) << 30;
constexpr qint64 kNormalHashSize = qint64(8) << 20;

// Cases per chunk, and chunks on their way at once: enough to keep both threads busy, few
// enough that the waiting texts stay in the tens of megabytes.
constexpr size_t kChunkCases = 512;
constexpr size_t kMaxInFlight = 8;

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

void bindText(sqlite3_stmt *st, int i, const QByteArray &utf8)
{
    sqlite3_bind_text(st, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

} // namespace

struct CaseSearchBulk::Chunk {
    std::vector<RawCaseTexts> cases;
    std::vector<CaseSearchIndex::Entry> entries; // filled by the worker, one per case
};

CaseSearchBulk::CaseSearchBulk(sqlite3 *db)
    : m_db(db)
    , m_todo(kMaxInFlight)
    , m_done(kMaxInFlight)
{}

CaseSearchBulk::~CaseSearchBulk()
{
    stop();
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_map);
}

Status CaseSearchBulk::fail(const char *what) const
{
    return Error::make(ErrorKind::Internal,
                       QString::fromLatin1(what) + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Status CaseSearchBulk::begin(qint64 expectedCases)
{
    for (const char *s : {"DELETE FROM case_search_map", "INSERT INTO case_search(case_search) VALUES('delete-all')"})
        if (Status st = sqliteExec(m_db, s); !st)
            return st;
    const qint64 hashSize = std::clamp(expectedCases * kPendingBytesPerCase, kMinBulkHashSize, kMaxBulkHashSize);
    if (Status st = sqliteExec(m_db, "INSERT INTO case_search(case_search, rank) VALUES('hashsize', " +
                                         std::to_string(hashSize) + ")");
        !st)
        return st;
    if (sqlite3_prepare_v3(m_db, "INSERT INTO case_search(rowid, body, place, notes, phone) VALUES(?, ?, ?, ?, ?)", -1,
                           SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v3(m_db, "INSERT INTO case_search_map(doc, case_id) VALUES(?, ?)", -1,
                           SQLITE_PREPARE_PERSISTENT, &m_map, nullptr) != SQLITE_OK)
        return fail("prepare the search index load");
    m_filling = std::make_unique<Chunk>();
    m_filling->cases.reserve(kChunkCases);
    m_worker = std::thread([this] { work(); });
    return {};
}

Status CaseSearchBulk::add(RawCaseTexts &&texts)
{
    m_filling->cases.push_back(std::move(texts));
    if (m_filling->cases.size() < kChunkCases)
        return {};
    if (Status s = send(); !s)
        return s;
    // Too far ahead of the worker: wait for it rather than hold ever more texts.
    return writeReady(m_inFlight >= kMaxInFlight);
}

// Hands the chunk being filled to the worker. At most kMaxInFlight chunks are out at a time,
// so neither queue is ever full when pushed to.
Status CaseSearchBulk::send()
{
    if (!m_todo.push(std::move(m_filling)))
        return Error::make(ErrorKind::Internal, QStringLiteral("the search index worker has stopped"));
    ++m_inFlight;
    m_filling = std::make_unique<Chunk>();
    m_filling->cases.reserve(kChunkCases);
    return {};
}

Status CaseSearchBulk::finish()
{
    if (!m_filling->cases.empty())
        if (Status s = send(); !s)
            return s;
    while (m_inFlight > 0)
        if (Status s = writeReady(true); !s)
            return s;
    stop();
    // One segment in the end: left as the bulk load's few big ones, the first small write after
    // it would merge them all (52 s at a million cases, measured); merged now, later writes
    // only ever merge small segments with each other.
    if (Status s = sqliteExec(m_db, "INSERT INTO case_search(case_search) VALUES('optimize')"); !s)
        return s;
    return sqliteExec(m_db, "INSERT INTO case_search(case_search, rank) VALUES('hashsize', " +
                                std::to_string(kNormalHashSize) + ")");
}

// Writes the chunks the worker has finished, in order; with wait, at least one.
Status CaseSearchBulk::writeReady(bool wait)
{
    while (m_inFlight > 0) {
        std::optional<std::unique_ptr<Chunk>> chunk = wait ? m_done.pop() : m_done.tryPop();
        if (!chunk)
            return wait ? Error::make(ErrorKind::Internal, QStringLiteral("the search index worker has stopped"))
                        : Status();
        --m_inFlight;
        wait = false;
        if (Status s = write(**chunk); !s)
            return s;
    }
    return {};
}

Status CaseSearchBulk::write(Chunk &chunk)
{
    for (size_t i = 0; i < chunk.cases.size(); ++i) {
        const RawCaseTexts &c = chunk.cases[i];
        const CaseSearchIndex::Entry &e = chunk.entries[i];
        // Ascending whatever comes: a case out of order only lands a little later in the order.
        const qint64 doc = std::max(m_lastDoc + 1, CaseSearchIndex::docBase(c.receivedMs));
        m_lastDoc = doc;
        sqlite3_bind_int64(m_insert, 1, doc);
        bindText(m_insert, 2, e.body);
        bindText(m_insert, 3, e.place);
        bindText(m_insert, 4, e.notes);
        bindText(m_insert, 5, e.phone);
        const int rc = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (rc != SQLITE_DONE)
            return fail("index a case");
        sqlite3_bind_int64(m_map, 1, doc);
        sqlite3_bind_text(m_map, 2, c.caseId.data(), int(c.caseId.size()), SQLITE_STATIC);
        const int mapped = sqlite3_step(m_map);
        sqlite3_reset(m_map);
        if (mapped != SQLITE_DONE)
            return fail("map a case");
        ++m_written;
    }
    return {};
}

void CaseSearchBulk::work()
{
    while (std::optional<std::unique_ptr<Chunk>> next = m_todo.pop()) {
        Chunk &chunk = **next;
        chunk.entries.reserve(chunk.cases.size());
        for (const RawCaseTexts &raw : chunk.cases) {
            CaseSearchTexts t;
            t.description = fromStd(raw.description);
            t.request = fromStd(raw.request);
            t.address = fromStd(raw.address);
            t.reporterName = fromStd(raw.reporterName);
            t.reporterPhone = fromStd(raw.reporterPhone);
            t.receivedMs = raw.receivedMs;
            t.events.reserve(qsizetype(raw.events.size()));
            for (const RawCaseTexts::Event &e : raw.events)
                t.events << CaseSearchIndex::eventTexts(
                    fromStd(e.id), fromStd(e.action), fromStd(e.note),
                    QByteArray::fromRawData(e.data.data(), qsizetype(e.data.size())));
            chunk.entries.push_back(CaseSearchIndex::tokensOf(t));
        }
        if (!m_done.push(std::move(*next)))
            return;
    }
}

// Closing both queues wakes the worker wherever it waits.
void CaseSearchBulk::stop()
{
    m_todo.close();
    m_done.close();
    if (m_worker.joinable())
        m_worker.join();
}

} // namespace gd
