// CaseSearchIndex::rebuild: the whole index again, through the SQLite C API and CaseSearchBulk.
// A million cases carry some seven million events, so the timeline is read once, in table
// order, into memory (only the events that add text), instead of one index lookup per event.
#include "CaseSearchBulk.h"
#include "CaseSearchIndex.h"
#include "storage/Logging.h"
#include "storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <sqlite3.h>
#include <string>
#include <unordered_map>
#include <vector>

namespace gd {

namespace {

struct TimedEvent {
    qint64 hlc = 0;
    RawCaseTexts::Event event;
};

std::string columnText(sqlite3_stmt *st, int i)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
    return p ? std::string(p, size_t(sqlite3_column_bytes(st, i))) : std::string();
}

Status failed(sqlite3 *db, const char *what)
{
    return Error::make(ErrorKind::Internal,
                       QString::fromLatin1(what) + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace

Status CaseSearchIndex::rebuild(const std::function<bool(double)> &progress)
{
    sqlite3 *db = sqliteHandle(m_db);
    if (!db)
        return Error::make(ErrorKind::Internal, QStringLiteral("the database connection is not an SQLite one"));
    QElapsedTimer phase;
    phase.start();
    qint64 total = 0;
    {
        SqliteStatement count;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM cases", -1, &count.st, nullptr) != SQLITE_OK ||
            sqlite3_step(count.st) != SQLITE_ROW)
            return failed(db, "count cases");
        total = sqlite3_column_int64(count.st, 0);
    }

    // The events that add text, by case.
    std::unordered_map<std::string, std::vector<TimedEvent>> events;
    {
        SqliteStatement st;
        if (sqlite3_prepare_v2(db,
                               "SELECT case_id, hlc, id, action, note, data FROM case_events "
                               "WHERE note <> '' OR action IN ('report', 'split')",
                               -1, &st.st, nullptr) != SQLITE_OK)
            return failed(db, "read events");
        int rc;
        while ((rc = sqlite3_step(st.st)) == SQLITE_ROW) {
            TimedEvent e;
            e.hlc = sqlite3_column_int64(st.st, 1);
            e.event.id = columnText(st.st, 2);
            e.event.action = columnText(st.st, 3);
            e.event.note = columnText(st.st, 4);
            if (e.event.action == "report" || e.event.action == "split")
                e.event.data = columnText(st.st, 5);
            events[columnText(st.st, 0)].push_back(std::move(e));
        }
        if (rc != SQLITE_DONE)
            return failed(db, "read events");
    }
    qCDebug(lcCases) << "search rebuild: read the events of" << events.size() << "cases in" << phase.restart() << "ms";
    if (progress && !progress(0.1))
        return Error::cancelled();

    CaseSearchBulk bulk(db);
    if (Status s = bulk.begin(total); !s)
        return s;
    SqliteStatement cases;
    if (sqlite3_prepare_v2(db,
                           "SELECT id, description, request, address, reporter_name, reporter_phone, received_ms "
                           "FROM cases ORDER BY received_ms, id",
                           -1, &cases.st, nullptr) != SQLITE_OK)
        return failed(db, "read cases");
    qint64 done = 0;
    int rc;
    while ((rc = sqlite3_step(cases.st)) == SQLITE_ROW) {
        RawCaseTexts t;
        t.caseId = columnText(cases.st, 0);
        t.description = columnText(cases.st, 1);
        t.request = columnText(cases.st, 2);
        t.address = columnText(cases.st, 3);
        t.reporterName = columnText(cases.st, 4);
        t.reporterPhone = columnText(cases.st, 5);
        t.receivedMs = sqlite3_column_int64(cases.st, 6);
        if (auto found = events.find(t.caseId); found != events.end()) {
            std::vector<TimedEvent> &list = found->second;
            std::sort(list.begin(), list.end(), [](const TimedEvent &a, const TimedEvent &b) {
                return a.hlc != b.hlc ? a.hlc < b.hlc : a.event.id < b.event.id;
            });
            t.events.reserve(list.size());
            for (TimedEvent &e : list)
                t.events.push_back(std::move(e.event));
            events.erase(found);
        }
        if (Status s = bulk.add(std::move(t)); !s)
            return s;
        ++done;
        if (progress && done % 4096 == 0 && !progress(0.1 + 0.85 * double(done) / double(qMax<qint64>(total, 1))))
            return Error::cancelled();
    }
    if (rc != SQLITE_DONE)
        return failed(db, "read cases");
    if (Status s = bulk.finish(); !s)
        return s;
    qCDebug(lcCases) << "search rebuild: indexed" << done << "cases and merged the index in" << phase.restart() << "ms";
    return {};
}

} // namespace gd
