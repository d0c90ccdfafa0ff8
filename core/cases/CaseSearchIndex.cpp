#include "CaseSearchIndex.h"

#include "CaseRecord.h"
#include "EventPayload.h"
#include "SearchText.h"
#include "storage/Database.h"
#include "storage/Logging.h"
#include "storage/Transaction.h"
#include "util/RunEnd.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CaseSearchIndex)
};

Error sqlError(const QSqlQuery &q)
{
    return Error::make(ErrorKind::Internal, q.lastError().text());
}

constexpr int kSlotBits = 2;
// FTS5's own default for 'automerge', when the office never set it.
constexpr int kFts5Automerge = 4;
// How far past its second a case's doc may lie and still be kept when the case changes: a
// busy second spills over a few docs, a changed receive time moves the doc.
constexpr qint64 kKeepDocs = qint64(64) << kSlotBits;
// Free docs are looked for this far; beyond, the index is damaged (check rebuilds it).
constexpr qint64 kMaxProbes = qint64(1) << 20;

// The FTS5 statements, shared by the incremental and the bulk paths.
const char kInsert[] = "INSERT INTO case_search(rowid, body, place, notes, phone) VALUES(?, ?, ?, ?, ?)";
const char kDelete[] =
    "INSERT INTO case_search(case_search, rowid, body, place, notes, phone) VALUES('delete', ?, ?, ?, ?, ?)";

QStringList nonEmpty(std::initializer_list<const QString *> texts)
{
    QStringList out;
    for (const QString *t : texts)
        if (!t->isEmpty())
            out << *t;
    return out;
}

} // namespace

CaseSearchColumns CaseSearchIndex::columnsOf(const CaseSearchTexts &t)
{
    CaseSearchColumns c;
    c.body = nonEmpty({&t.description, &t.request});
    c.place = nonEmpty({&t.address, &t.reporterName});
    c.phones = nonEmpty({&t.reporterPhone});
    QSet<QString> splitOut;
    for (const auto &e : t.events)
        if (!e.splitReportId.isEmpty())
            splitOut.insert(e.splitReportId);
    for (const auto &e : t.events) {
        if (!e.note.isEmpty())
            c.notes << e.note;
        if (e.report && !splitOut.contains(e.id)) {
            c.notes += nonEmpty({&e.reportDescription, &e.reportRequest});
            c.place += nonEmpty({&e.reportAddress, &e.reportName});
            c.phones += nonEmpty({&e.reportPhone});
        }
    }
    return c;
}

CaseSearchIndex::Entry CaseSearchIndex::tokensOf(const CaseSearchTexts &t)
{
    const CaseSearchColumns c = columnsOf(t);
    Entry entry;
    entry.body = search::columnTokens(c.body);
    entry.place = search::columnTokens(c.place);
    entry.notes = search::columnTokens(c.notes, search::Space::Notes);
    entry.phone = search::phoneTokens(c.phones);
    return entry;
}

CaseSearchTexts::Event CaseSearchIndex::eventTexts(const QString &id, const QString &action, const QString &note,
                                                   const QByteArray &dataJson)
{
    const workflow::Action a = workflow::actionFromKey(action).value_or(workflow::Action::Unknown);
    const bool withData = a == workflow::Action::Report || a == workflow::Action::Split;
    return eventTexts(id, note, withData ? workflow::decode(a, dataJson) : workflow::Payload());
}

CaseSearchTexts::Event CaseSearchIndex::eventTexts(const QString &id, const QString &note,
                                                   const workflow::Payload &payload)
{
    CaseSearchTexts::Event e;
    e.id = id;
    e.note = note;
    if (const auto *s = std::get_if<workflow::SplitOut>(&payload)) {
        e.splitReportId = s->reportEventId;
    } else if (const auto *r = std::get_if<workflow::AttachedReport>(&payload)) {
        e.report = true;
        e.reportAddress = r->address;
        e.reportName = r->reporterName;
        e.reportPhone = r->reporterPhone;
        e.reportDescription = r->description;
        e.reportRequest = r->request;
    }
    return e;
}

CaseSearchTexts CaseSearchIndex::textsFrom(const Case &c, const QList<CaseEvent> &timeline, const QSet<QString> &skip)
{
    CaseSearchTexts t;
    t.description = c.description;
    t.request = c.request;
    t.address = c.address;
    t.reporterName = c.reporterName;
    t.reporterPhone = c.reporterPhone;
    t.receivedMs = c.receivedMs;
    t.events.reserve(timeline.size());
    for (const CaseEvent &e : timeline)
        if (!skip.contains(e.id))
            t.events << eventTexts(e.id, e.note, e.payload);
    return t;
}

// Runs a cached write and lets it go at once (an open statement would keep a merge from dropping
// its temp tables).
static Status runOnce(QSqlQuery &q)
{
    const bool ok = q.exec();
    Status s = ok ? Status() : Status(sqlError(q));
    q.finish();
    return s;
}

Result<CaseSearchTexts> CaseSearchIndex::textsOf(const QString &caseId) const
{
    auto stored = caserecord::storedCases(m_db, {caseId});
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return Error::make(ErrorKind::NotFound, Text::tr("The case does not exist."));
    auto events = caserecord::timelines(m_db, {caseId});
    if (!events)
        return events.error();
    return textsFrom(stored->constBegin()->c, events->value(caseId));
}

Result<CaseSearchIndex::Entry> CaseSearchIndex::entry(const QString &caseId) const
{
    Result<CaseSearchTexts> texts = textsOf(caseId);
    if (!texts)
        return texts.error();
    Result<qint64> doc = docOf(caseId);
    if (!doc)
        return doc.error();
    if (!*doc)
        return Entry();
    Entry e = tokensOf(*texts);
    e.doc = *doc;
    return e;
}

Result<qint64> CaseSearchIndex::docOf(const QString &caseId) const
{
    QSqlQuery &q = statement(QStringLiteral("SELECT doc FROM case_search_map WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(q);
    const qint64 doc = q.next() ? q.value(0).toLongLong() : 0;
    q.finish(); // a statement left open would keep a merge from dropping its temp tables
    return doc;
}

qint64 CaseSearchIndex::docBase(qint64 receivedMs)
{
    return (qMax<qint64>(receivedMs, 0) / 1000) << kSlotBits;
}

// A free doc from the case's second on: order within a second does not matter. Docs are handed out
// from the second's first slot up, so the taken ones form a run from there; its end is found by
// doubling then halving (a few lookups even when a whole file of orders came in the same second,
// where a slot-by-slot walk cost one lookup per case already there). A doc of the case itself counts
// as free. Holes a removed case left inside the run may be passed over: any free doc will do.
Result<qint64> CaseSearchIndex::freeDoc(qint64 receivedMs, const QString &caseId) const
{
    QSqlQuery &q = statement(QStringLiteral("SELECT case_id FROM case_search_map WHERE doc = ?"));
    Error failed;
    auto taken = [&](qint64 doc) {
        q.addBindValue(doc);
        if (!q.exec()) {
            failed = sqlError(q);
            return false;
        }
        const bool other = q.next() && q.value(0).toString() != caseId;
        q.finish();
        return other;
    };
    const qint64 base = docBase(receivedMs);
    if (!taken(base))
        return failed.isError() ? Result<qint64>(failed) : Result<qint64>(base);
    // Offsets from base. The doc this index last gave in the same second is where the search starts
    // (a file of orders received in one second); the last doc of the window is the last one tried.
    qint64 from = 0;
    if (m_lastDoc.first == base && m_lastDoc.second > 0 && taken(base + m_lastDoc.second))
        from = m_lastDoc.second;
    const qint64 hi = firstFreeAfter(from, kMaxProbes - 1, [&](qint64 offset) { return taken(base + offset); });
    if (failed.isError())
        return failed;
    if (hi >= kMaxProbes)
        return Error::make(ErrorKind::Internal, QStringLiteral("no free search slot at %1").arg(receivedMs));
    m_lastDoc = {base, hi};
    return base + hi;
}

Status CaseSearchIndex::writeEntry(const char *sql, qint64 doc, const Entry &tokens) const
{
    if (!m_raw)
        m_raw = std::make_shared<SqliteStatements>(sqliteHandle(m_db));
    sqlite3_stmt *st = m_raw->get(sql);
    if (!st)
        return m_raw->error();
    sqlite3_bind_int64(st, 1, doc);
    int column = 2;
    // Tokens as UTF-8 text: FTS5 reads UTF-8, and a blob would reach it as bytes of unknown encoding.
    for (const QByteArray *t : {&tokens.body, &tokens.place, &tokens.notes, &tokens.phone})
        sqlite3_bind_text(st, column++, t->constData(), int(t->size()), SQLITE_STATIC);
    return m_raw->run(st);
}

Status CaseSearchIndex::drop(const Entry &before, bool unmap) const
{
    if (Status s = writeEntry(kDelete, before.doc, before); !s)
        return s;
    if (unmap) {
        QSqlQuery &u = statement(QStringLiteral("DELETE FROM case_search_map WHERE doc = ?"));
        u.addBindValue(before.doc);
        if (Status s = runOnce(u); !s)
            return s;
    }
    return {};
}

Status CaseSearchIndex::remove(const Entry &before) const
{
    return before.doc ? drop(before, true) : Status{};
}

Status CaseSearchIndex::refresh(const QString &caseId, const Entry &before) const
{
    Result<CaseSearchTexts> texts = textsOf(caseId);
    if (!texts)
        return texts.error();
    return renew(caseId, before, tokensOf(*texts), texts->receivedMs);
}

Status CaseSearchIndex::renew(const QString &caseId, const Entry &before, const Entry &after, qint64 receivedMs) const
{
    const qint64 base = docBase(receivedMs);
    const bool sameDoc = before.doc && before.doc >= base && before.doc < base + kKeepDocs;
    if (sameDoc && after == before)
        return {};
    if (before.doc)
        if (Status s = drop(before, !sameDoc); !s)
            return s;
    qint64 doc = before.doc;
    if (!sameDoc) {
        Result<qint64> free = freeDoc(receivedMs, caseId);
        if (!free)
            return free.error();
        doc = *free;
        QSqlQuery &m = statement(QStringLiteral("INSERT INTO case_search_map(doc, case_id) VALUES(?, ?)"));
        m.addBindValue(doc);
        m.addBindValue(caseId);
        if (Status s = runOnce(m); !s)
            return s;
    }
    return writeEntry(kInsert, doc, after);
}

Result<QHash<QString, qint64>> CaseSearchIndex::docsOf(const QStringList &caseIds) const
{
    QSqlQuery &q = statement(
        QStringLiteral("SELECT case_id, doc FROM case_search_map WHERE case_id IN (SELECT value FROM json_each(?))"));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(caseIds)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sqlError(q);
    QHash<QString, qint64> out;
    out.reserve(caseIds.size());
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
    return out;
}

Status CaseSearchIndex::holdMerging()
{
    QSqlQuery &q = statement(QStringLiteral("SELECT v FROM case_search_config WHERE k = 'automerge'"));
    if (!q.exec())
        return sqlError(q);
    m_automerge = q.next() ? q.value(0).toInt() : kFts5Automerge;
    q.finish();
    QSqlQuery &hold = statement(QStringLiteral("INSERT INTO case_search(case_search, rank) VALUES('automerge', 0)"));
    return runOnce(hold);
}

Status CaseSearchIndex::resumeMerging()
{
    if (m_automerge < 0)
        return {};
    // A savepoint has FTS5 write the pending entries out while merging is still off (the setting
    // below would be in force by the time its own statement wrote them).
    for (const char *sql : {"SAVEPOINT index_entries", "RELEASE index_entries"})
        if (Status s = runOnce(statement(QString::fromLatin1(sql))); !s)
            return s;
    QSqlQuery &q = statement(QStringLiteral("INSERT INTO case_search(case_search, rank) VALUES('automerge', ?)"));
    q.addBindValue(m_automerge);
    m_automerge = -1;
    return runOnce(q);
}

Result<bool> CaseSearchIndex::tidy(int pages)
{
    // FTS5 tells whether a merge step did anything only through the connection's change count.
    sqlite3 *handle = sqliteHandle(m_db);
    const int before = sqlite3_total_changes(handle);
    QSqlQuery &q = statement(QStringLiteral("INSERT INTO case_search(case_search, rank) VALUES('merge', ?)"));
    q.addBindValue(qMax(pages, 1));
    if (Status s = runOnce(q); !s)
        return s.error();
    return sqlite3_total_changes(handle) - before > 1;
}

Result<bool> tidySearchIndex(Database &db, int pages)
{
    // Idle upkeep never waits for another program writing the file (a merge from the command
    // line): the window would freeze for the busy timeout. Busy now, it tries again later.
    QSqlQuery q(db.sql());
    const int timeout = q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    sqlite3 *handle = sqliteHandle(db.sql());
    sqlite3_busy_timeout(handle, 0);
    struct Restore {
        sqlite3 *handle;
        int ms;
        ~Restore() { sqlite3_busy_timeout(handle, ms); }
    } restore{handle, timeout};
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    Result<bool> more = CaseSearchIndex(db.sql()).tidy(pages);
    if (!more)
        return more;
    if (Status s = tx.commit(); !s)
        return s.error();
    return more;
}

void tidyAfterWrite(Database &db, const QStringList &changedTables)
{
    if (db.inTransaction() ||
        !(changedTables.contains(QStringLiteral("cases")) || changedTables.contains(QStringLiteral("case_events"))))
        return;
    const Result<bool> step = tidySearchIndex(db, kTidyStepPages);
    if (!step)
        qCWarning(lcCases) << "search index upkeep after a write:" << step.message();
}

Result<qint64> CaseSearchIndex::indexedCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM case_search_map")) || !q.next())
        return sqlError(q);
    return q.value(0).toLongLong();
}

} // namespace gd
