#include "DemoCaseWriter.h"

#include "storage/Database.h"
#include "storage/Logging.h"
#include "storage/SqliteHandle.h"

#include <algorithm>
#include <cstring>
#include <sqlite3.h>

namespace gd::demo {

namespace {

// About 256k events (a month of a full-size district) and their texts: some 60 MB.
constexpr size_t kBatch = 1 << 18;
constexpr size_t kBatchTexts = size_t(48) << 20;
constexpr qint64 kSortCacheKiB = 64 * 1024;
constexpr int kSortThreads = 2;

const char kInsertCase[] =
    "INSERT INTO cases(id, origin_site, created_hlc, site, hlc, vv, fstamps, deleted, number, hotline_order, "
    "channel, request_type, category_id, urgency, proactive, reporter_name, reporter_phone, anonymous, address, "
    "building_id, grid_id, description, request, received_ms, lead_org_id, lead_name, handler_worker_id, "
    "handler_unit_id, state, due_ms, handler_due_ms, supervision, satisfaction, solved, completed_ms, closed_ms, "
    "reopen_count, report_count, updated_ms, sign_by_ms, callback_due_ms, callback_result, level, found_by_worker_id) "
    "VALUES(?1, ?2, ?3, ?2, ?3, ?4, '{}', 0, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
    "?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38, ?39, ?40)";

const char kInsertEvent[] = "INSERT INTO case_events(id, case_id, hlc, site, at_ms, operator_id, operator_login, "
                            "operator_name, action, note, data) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";

// The bound text stays where it is until the statement has run: SQLITE_STATIC, no copies.
inline void text(sqlite3_stmt *st, int i, const char *p, size_t n)
{
    sqlite3_bind_text(st, i, p, int(n), SQLITE_STATIC);
}
inline void text(sqlite3_stmt *st, int i, const std::string &s)
{
    text(st, i, s.data(), s.size());
}
inline void text(sqlite3_stmt *st, int i, std::string_view s)
{
    text(st, i, s.data(), s.size());
}
inline void text(sqlite3_stmt *st, int i, const char *s)
{
    sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
}
// A reference to another row: NULL when there is none.
inline void id(sqlite3_stmt *st, int i, const std::string *s)
{
    if (s)
        text(st, i, *s);
    else
        sqlite3_bind_null(st, i);
}
// Times and counts the service stores as NULL when they are 0 (CaseService::storeDerived).
inline void nullIfZero(sqlite3_stmt *st, int i, qint64 v)
{
    if (v)
        sqlite3_bind_int64(st, i, v);
    else
        sqlite3_bind_null(st, i);
}

// What search sees of a case: its texts and the events that add text.
RawCaseTexts searchTexts(const CaseRecord &c)
{
    RawCaseTexts t;
    t.caseId.assign(c.id, 36);
    t.description = c.description;
    t.request = c.request;
    t.address = c.address;
    t.reporterName = c.reporterName;
    t.reporterPhone = c.reporterPhone;
    t.receivedMs = c.receivedMs;
    for (int i = 0; i < c.eventCount; ++i) {
        const EventRecord &e = c.events[size_t(i)];
        const std::string_view note = e.note.empty() ? std::string_view(e.noteText) : e.note;
        const bool report = e.action == Action::Report;
        if (note.empty() && !report)
            continue;
        RawCaseTexts::Event out;
        out.id.assign(e.id, 36);
        out.action = workflow::key(e.action);
        out.note = note;
        if (report)
            out.data = e.data;
        t.events.push_back(std::move(out));
    }
    return t;
}

} // namespace

CaseBulkWriter::CaseBulkWriter(Database &db)
    : m_database(db)
{}

CaseBulkWriter::~CaseBulkWriter()
{
    sqlite3_finalize(m_case);
    sqlite3_finalize(m_event);
    if (m_cacheChanged)
        logFailure(sqliteExec(m_db, "PRAGMA cache_size=" + std::to_string(m_savedCache)),
                   "putting the cache size back");
}

Status CaseBulkWriter::fail(const char *what) const
{
    return Error::make(ErrorKind::Internal,
                       QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_db))));
}

Status CaseBulkWriter::open(const DemoOrg &org, qint64 cacheKiB, qint64 expectedCases)
{
    m_org = &org;
    if (!(m_db = sqliteHandle(m_database.sql())))
        return Error::make(ErrorKind::Internal, QStringLiteral("the database connection is not an SQLite one"));
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, "PRAGMA cache_size", -1, &st, nullptr) != SQLITE_OK ||
            sqlite3_step(st) != SQLITE_ROW) {
            sqlite3_finalize(st);
            return fail("read the page cache size");
        }
        m_savedCache = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    if (cacheKiB > 0) {
        m_cacheChanged = true;
        if (Status s = sqliteExec(m_db, "PRAGMA cache_size=-" + std::to_string(cacheKiB)); !s)
            return s;
    }
    if (sqlite3_prepare_v3(m_db, kInsertCase, -1, SQLITE_PREPARE_PERSISTENT, &m_case, nullptr) != SQLITE_OK)
        return fail("prepare cases");
    if (sqlite3_prepare_v3(m_db, kInsertEvent, -1, SQLITE_PREPARE_PERSISTENT, &m_event, nullptr) != SQLITE_OK)
        return fail("prepare case_events");
    m_search = std::make_unique<CaseSearchBulk>(m_db);
    if (Status s = m_search->begin(expectedCases); !s)
        return s;
    // What every row shares is bound once: sqlite3_reset keeps the bindings.
    text(m_case, 2, org.site);
    text(m_event, 4, org.site);
    return {};
}

Status CaseBulkWriter::dropIndexes()
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(m_db,
                           "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                           "AND tbl_name IN ('cases', 'case_events') ORDER BY tbl_name, name",
                           -1, &st, nullptr) != SQLITE_OK)
        return fail("list indexes");
    std::vector<std::pair<std::string, std::string>> found;
    while (sqlite3_step(st) == SQLITE_ROW)
        found.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)),
                           reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
    sqlite3_finalize(st);
    for (const auto &[name, sql] : found) {
        if (Status s = sqliteExec(m_db, "DROP INDEX \"" + name + "\""); !s)
            return s;
        m_indexes.emplace_back(name, sql);
    }
    return {};
}

Status CaseBulkWriter::createIndexes(const std::function<Status(double)> &progress)
{
    // SQLite sorts for CREATE INDEX in runs as large as the page cache: cache-sized runs sort
    // slower than small ones merged, and a helper thread sorts runs while the next is read
    // (all 13 indexes of a million cases, in the generator: 50 s with the load's cache, 32 s
    // like this, together with temporary files for the sort, DemoCases.cpp).
    if (Status s = sqliteExec(m_db, "PRAGMA cache_size=-" + std::to_string(kSortCacheKiB)); !s)
        return s;
    m_cacheChanged = true;
    if (Status s = sqliteExec(m_db, "PRAGMA threads=" + std::to_string(kSortThreads)); !s)
        return s;
    for (size_t i = 0; i < m_indexes.size(); ++i) {
        if (Status s = sqliteExec(m_db, m_indexes[i].second); !s)
            return s;
        if (progress)
            if (Status s = progress(double(i + 1) / double(m_indexes.size())); !s)
                return s;
    }
    m_indexes.clear();
    return sqliteExec(m_db, "PRAGMA threads=0");
}

Status CaseBulkWriter::write(const CaseRecord &c)
{
    sqlite3_stmt *st = m_case;
    text(st, 1, c.id, 36);
    // Stamped here, on the database's thread, in the order the service would: the case, then
    // its events (created_hlc = hlc, the stamp of the insert; vv = {site: that stamp}).
    const qint64 stamp = m_database.nextStamp();
    sqlite3_bind_int64(st, 3, stamp);
    m_vv.assign("{\"").append(m_org->site).append("\":\"").append(std::to_string(stamp)).append("\"}");
    text(st, 4, m_vv);
    text(st, 5, c.number, c.numberLength);
    text(st, 6, c.hotlineOrder);
    text(st, 7, c.channel);
    text(st, 8, c.requestType);
    id(st, 9, c.categoryId);
    text(st, 10, c.urgency);
    sqlite3_bind_int(st, 11, c.proactive ? 1 : 0);
    text(st, 12, c.reporterName);
    text(st, 13, c.reporterPhone);
    sqlite3_bind_int(st, 14, c.anonymous ? 1 : 0);
    text(st, 15, c.address);
    id(st, 16, c.buildingId);
    id(st, 17, c.gridId);
    text(st, 18, c.description);
    text(st, 19, c.request);
    sqlite3_bind_int64(st, 20, c.receivedMs);
    id(st, 21, c.leadOrgId);
    text(st, 22, *c.leadName);
    id(st, 23, c.handlerWorkerId);
    id(st, 24, c.handlerUnitId);
    text(st, 25, stateKey(c.state));
    nullIfZero(st, 26, c.dueMs);
    nullIfZero(st, 27, c.handlerDueMs);
    text(st, 28, c.supervision);
    text(st, 29, c.satisfaction);
    if (c.solved < 0)
        sqlite3_bind_null(st, 30);
    else
        sqlite3_bind_int(st, 30, c.solved);
    nullIfZero(st, 31, c.completedMs);
    nullIfZero(st, 32, c.closedMs);
    sqlite3_bind_int(st, 33, c.reopenCount);
    sqlite3_bind_int(st, 34, c.reportCount);
    sqlite3_bind_int64(st, 35, c.updatedMs);
    nullIfZero(st, 36, c.signByMs);
    nullIfZero(st, 37, c.callbackDueMs);
    if (*c.callbackResult)
        text(st, 38, c.callbackResult);
    else
        sqlite3_bind_null(st, 38);
    text(st, 39, c.level);
    id(st, 40, c.foundByWorkerId);
    if (sqlite3_step(st) != SQLITE_DONE) {
        sqlite3_reset(st);
        return fail("insert case");
    }
    sqlite3_reset(st);
    if (Status s = m_search->add(searchTexts(c)); !s)
        return s;

    for (int i = 0; i < c.eventCount; ++i) {
        const EventRecord &e = c.events[size_t(i)];
        Pending p;
        std::copy_n(e.id, 36, p.id);
        std::copy_n(c.id, 36, p.caseId);
        p.hlc = m_database.nextStamp();
        p.atMs = e.atMs;
        p.action = e.action;
        p.bySupervisor = e.bySupervisor;
        p.staticNote = e.note.empty() ? nullptr : e.note.data();
        const std::string_view note = e.note.empty() ? std::string_view(e.noteText) : e.note;
        p.noteSize = quint32(note.size());
        p.noteAt = quint32(m_texts.size());
        if (!p.staticNote)
            m_texts.append(note);
        p.dataAt = quint32(m_texts.size());
        p.dataSize = quint32(e.data.size());
        m_texts.append(e.data);
        m_batch.push_back(p);
    }
    if (m_batch.size() >= kBatch || m_texts.size() > kBatchTexts)
        return flush();
    return {};
}

Status CaseBulkWriter::finishSearch()
{
    return m_search->finish();
}

Status CaseBulkWriter::flush()
{
    m_order.resize(m_batch.size());
    for (quint32 i = 0; i < m_order.size(); ++i)
        m_order[i] = i;
    std::sort(m_order.begin(), m_order.end(),
              [this](quint32 a, quint32 b) { return std::memcmp(m_batch[a].id, m_batch[b].id, 36) < 0; });
    sqlite3_stmt *st = m_event;
    for (const quint32 i : m_order) {
        const Pending &e = m_batch[i];
        const DemoOrg::Operator &op = e.bySupervisor ? m_org->supervisor : m_org->staff;
        text(st, 1, e.id, 36);
        text(st, 2, e.caseId, 36);
        sqlite3_bind_int64(st, 3, e.hlc);
        sqlite3_bind_int64(st, 5, e.atMs);
        if (op.id.empty())
            sqlite3_bind_null(st, 6);
        else
            text(st, 6, op.id);
        text(st, 7, op.login);
        text(st, 8, op.name);
        text(st, 9, workflow::key(e.action));
        text(st, 10, e.staticNote ? e.staticNote : m_texts.data() + e.noteAt, e.noteSize);
        text(st, 11, m_texts.data() + e.dataAt, e.dataSize);
        if (sqlite3_step(st) != SQLITE_DONE) {
            sqlite3_reset(st);
            return fail("insert case event");
        }
        sqlite3_reset(st);
    }
    m_batch.clear();
    m_texts.clear();
    return {};
}

} // namespace gd::demo
