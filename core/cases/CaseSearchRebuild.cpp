// CaseSearchIndex::rebuild: the whole index again, through the SQLite C API. A million cases
// carry some seven million events, so the timeline is read once, in table order, into memory
// (only the events that add text), instead of one index lookup per event.
#include "CaseSearchIndex.h"
#include "storage/Logging.h"
#include "storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <sqlite3.h>
#include <string>
#include <unordered_map>
#include <vector>

namespace gd {

namespace {

// FTS5 flushes its pending terms to a new segment whenever they pass "hashsize" (1 MB by
// default); a bulk load with a large one writes a few big segments instead of merging
// thousands of small ones: about three times faster.
constexpr qint64 kBulkHashSize = qint64(256) << 20;
constexpr qint64 kNormalHashSize = qint64(8) << 20;

struct RawEvent {
    qint64 hlc = 0;
    std::string id, action, note, data;
};

class Sql
{
public:
    explicit Sql(sqlite3 *db)
        : m_db(db)
    {}
    Status exec(const char *sql) const
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString why = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return Error::make(ErrorKind::Internal, QString::fromLatin1(sql) + QStringLiteral(": ") + why);
    }
    Status fail(const char *what) const
    {
        return Error::make(ErrorKind::Internal,
                           QString::fromLatin1(what) + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

private:
    sqlite3 *m_db;
};

// Finalizes on every return path.
struct Statement {
    sqlite3_stmt *st = nullptr;
    ~Statement() { sqlite3_finalize(st); }
};

std::string columnText(sqlite3_stmt *st, int i)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
    return p ? std::string(p, size_t(sqlite3_column_bytes(st, i))) : std::string();
}

QString qtext(sqlite3_stmt *st, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i)), sqlite3_column_bytes(st, i));
}

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

void bindText(sqlite3_stmt *st, int i, const QByteArray &utf8)
{
    sqlite3_bind_text(st, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

} // namespace

Status CaseSearchIndex::rebuild(const std::function<bool(double)> &progress)
{
    sqlite3 *db = sqliteHandle(m_db);
    if (!db)
        return Error::make(ErrorKind::Internal, QStringLiteral("the database connection is not an SQLite one"));
    const Sql sql(db);
    for (const char *s : {"DELETE FROM case_search_map", "INSERT INTO case_search(case_search) VALUES('delete-all')"})
        if (Status st = sql.exec(s); !st)
            return st;
    const std::string bulk =
        "INSERT INTO case_search(case_search, rank) VALUES('hashsize', " + std::to_string(kBulkHashSize) + ")";
    if (Status st = sql.exec(bulk.c_str()); !st)
        return st;

    QElapsedTimer phase;
    phase.start();
    qint64 total = 0;
    {
        Statement count;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM cases", -1, &count.st, nullptr) != SQLITE_OK ||
            sqlite3_step(count.st) != SQLITE_ROW)
            return sql.fail("count cases");
        total = sqlite3_column_int64(count.st, 0);
    }

    // The events that add text, by case.
    std::unordered_map<std::string, std::vector<RawEvent>> events;
    {
        Statement st;
        if (sqlite3_prepare_v2(db,
                               "SELECT case_id, hlc, id, action, note, data FROM case_events "
                               "WHERE note <> '' OR action IN ('report', 'split')",
                               -1, &st.st, nullptr) != SQLITE_OK)
            return sql.fail("read events");
        int rc;
        while ((rc = sqlite3_step(st.st)) == SQLITE_ROW) {
            RawEvent e;
            e.hlc = sqlite3_column_int64(st.st, 1);
            e.id = columnText(st.st, 2);
            e.action = columnText(st.st, 3);
            e.note = columnText(st.st, 4);
            if (e.action == "report" || e.action == "split")
                e.data = columnText(st.st, 5);
            events[columnText(st.st, 0)].push_back(std::move(e));
        }
        if (rc != SQLITE_DONE)
            return sql.fail("read events");
    }
    qCDebug(lcCases) << "search rebuild: read the events of" << events.size() << "cases in" << phase.restart() << "ms";
    if (progress && !progress(0.1))
        return Error{ErrorKind::Invalid, QCoreApplication::translate("gd::CaseSearchIndex", "cancelled"),
                     QStringLiteral("cancelled")};

    Statement cases, insert, map;
    if (sqlite3_prepare_v2(db,
                           "SELECT id, description, request, address, reporter_name, reporter_phone, received_ms "
                           "FROM cases ORDER BY received_ms, id",
                           -1, &cases.st, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "INSERT INTO case_search(rowid, body, place, notes, phone) VALUES(?, ?, ?, ?, ?)", -1,
                           &insert.st, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "INSERT INTO case_search_map(doc, case_id) VALUES(?, ?)", -1, &map.st, nullptr) !=
            SQLITE_OK)
        return sql.fail("prepare the search rebuild");

    // Docs ascend as they are inserted: FTS5 flushes whenever a rowid is not above the last one.
    qint64 lastMs = -1, slot = 0, done = 0;
    int rc;
    while ((rc = sqlite3_step(cases.st)) == SQLITE_ROW) {
        CaseSearchTexts t;
        const std::string id = columnText(cases.st, 0);
        t.description = qtext(cases.st, 1);
        t.request = qtext(cases.st, 2);
        t.address = qtext(cases.st, 3);
        t.reporterName = qtext(cases.st, 4);
        t.reporterPhone = qtext(cases.st, 5);
        t.receivedMs = qMax<qint64>(sqlite3_column_int64(cases.st, 6), 0);
        if (auto found = events.find(id); found != events.end()) {
            std::vector<RawEvent> &list = found->second;
            std::sort(list.begin(), list.end(), [](const RawEvent &a, const RawEvent &b) {
                return a.hlc != b.hlc ? a.hlc < b.hlc : a.id < b.id;
            });
            for (const RawEvent &raw : list)
                t.events << eventTexts(fromStd(raw.id), fromStd(raw.action), fromStd(raw.note),
                                       QByteArray::fromRawData(raw.data.data(), qsizetype(raw.data.size())));
            events.erase(found);
        }
        slot = t.receivedMs == lastMs ? slot + 1 : 0;
        lastMs = t.receivedMs;
        const qint64 doc = (t.receivedMs << 20) | slot;
        const Entry e = tokensOf(t);
        sqlite3_bind_int64(insert.st, 1, doc);
        bindText(insert.st, 2, e.body);
        bindText(insert.st, 3, e.place);
        bindText(insert.st, 4, e.notes);
        bindText(insert.st, 5, e.phone);
        if (sqlite3_step(insert.st) != SQLITE_DONE) {
            sqlite3_reset(insert.st);
            return sql.fail("index a case");
        }
        sqlite3_reset(insert.st);
        sqlite3_bind_int64(map.st, 1, doc);
        sqlite3_bind_text(map.st, 2, id.data(), int(id.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(map.st) != SQLITE_DONE) {
            sqlite3_reset(map.st);
            return sql.fail("map a case");
        }
        sqlite3_reset(map.st);
        ++done;
        if (progress && done % 4096 == 0 && !progress(0.1 + 0.9 * double(done) / double(qMax<qint64>(total, 1))))
            return Error{ErrorKind::Invalid, QCoreApplication::translate("gd::CaseSearchIndex", "cancelled"),
                         QStringLiteral("cancelled")};
    }
    if (rc != SQLITE_DONE)
        return sql.fail("read cases");
    // One segment in the end: left as the bulk load's few big ones, the first small write after
    // it would merge them all (52 s at a million cases, measured); merged now, later writes
    // only ever merge small segments with each other.
    qCDebug(lcCases) << "search rebuild: indexed" << done << "cases in" << phase.restart() << "ms";
    if (Status st = sql.exec("INSERT INTO case_search(case_search) VALUES('optimize')"); !st)
        return st;
    qCDebug(lcCases) << "search rebuild: merged the index into one segment in" << phase.restart() << "ms";
    const std::string normal =
        "INSERT INTO case_search(case_search, rank) VALUES('hashsize', " + std::to_string(kNormalHashSize) + ")";
    return sql.exec(normal.c_str());
}

} // namespace gd
