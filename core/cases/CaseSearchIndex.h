#pragma once
// The full-text index of the cases: an FTS5 table (case_search) over tokens made by
// SearchText.h, and case_search_map from its rowid ("doc") to the case.
//
// - What is indexed: "body" = what happened + the request; "place" = the address and the
//   reporter's name; "notes" = every timeline note and the texts of reports attached as
//   repeats (until split out); "phone" = the reporter's phone and the attached reports' phones.
// - doc = the second received << 2 | slot (kSlots a second; more spill into the next free doc),
//   so the index's own rowid order is "newest received first" and a search page is read in that
//   order without sorting. Docs stay small and close: a posting stores the gap to the previous
//   doc as a varint, and with milliseconds << 20 those gaps took 6 bytes instead of 2 (the
//   index was 68% larger at 200,000 cases, and a rebuild took 70% longer). The map keeps the case id, which
//   a VACUUM could not renumber as it may a plain rowid.
// - The index is contentless (it keeps tokens, not texts: a third of the size), so replacing a
//   case's entry must hand FTS5 the tokens it was indexed with. Writers therefore take an
//   Entry before they change a case and call refresh() after, in the same transaction.
// - The index is local, derived data: not exchanged, not audited; rebuild() makes it again
//   from the cases and their timelines (schema upgrade, demo generator, repair).
#include "Workflow.h"
#include "storage/Result.h"
#include "storage/SqliteHandle.h"
#include "storage/StatementCache.h"

#include <QHash>
#include <QJsonObject>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace gd {

class Database;

// The texts of one case that search sees.
struct CaseSearchTexts {
    QString description, request, address, reporterName, reporterPhone;
    qint64 receivedMs = 0;
    // The timeline in (hlc, id) order: only action, id, note and data matter here.
    struct Event {
        QString id, note;
        bool report = false; // an attached report, with its resident's texts below
        QString reportAddress, reportName, reportPhone, reportDescription, reportRequest; // "report"
        QString splitReportId;                                                            // "split"
    };
    QList<Event> events;
};

// Which texts of a case each column holds: "body" what happened and the request; "place" the
// address and the reporter's name, and an attached report's; "notes" every timeline note and an
// attached report's texts; "phones" the reporter's and an attached report's (a split-out report's
// texts leave the case). The office's index and the hub's (hub/HubSearch.h) both read them here.
struct CaseSearchColumns {
    QStringList body, place, notes, phones;
};

class CaseSearchIndex
{
public:
    explicit CaseSearchIndex(const QSqlDatabase &db)
        : m_statements(db)
        , m_db(db)
    {}

    // A case's entry as the index holds it; doc 0 when the case is not indexed.
    struct Entry {
        qint64 doc = 0;
        QByteArray body, place, notes, phone; // tokens (UTF-8)
        bool operator==(const Entry &o) const
        {
            return body == o.body && place == o.place && notes == o.notes && phone == o.phone;
        }
    };

    static CaseSearchColumns columnsOf(const CaseSearchTexts &texts);
    static Entry tokensOf(const CaseSearchTexts &texts);
    // An event as search sees it, from its stored columns (the data JSON is only read for
    // reports and splits) or as read by the timeline.
    static CaseSearchTexts::Event eventTexts(const QString &id, const QString &action, const QString &note,
                                             const QByteArray &data);
    static CaseSearchTexts::Event eventTexts(const QString &id, const QString &note, const workflow::Payload &payload);
    // The texts of a case read with its timeline (CaseRecord.h), leaving out the events in `skip`.
    static CaseSearchTexts textsFrom(const Case &c, const QList<CaseEvent> &timeline, const QSet<QString> &skip = {});

    // The entry of a case now (read before changing it). NotFound when the case does not exist.
    Result<Entry> entry(const QString &caseId) const;
    // The doc of a case's entry; 0 when it is not indexed.
    Result<qint64> docOf(const QString &caseId) const;
    // The same for many cases in one statement; cases not indexed are left out.
    Result<QHash<QString, qint64>> docsOf(const QStringList &caseIds) const;
    // Brings the case's entry up to date after a change; `before` is what entry() returned.
    Status refresh(const QString &caseId, const Entry &before) const;
    // The same with the case's texts as they are now already at hand, and their tokens.
    Status renew(const QString &caseId, const Entry &before, const Entry &after, qint64 receivedMs) const;
    // Takes a case that no longer exists out of the index; `before` is its entry().
    Status remove(const Entry &before) const;

    // No write merges the index's segments (schema v15 turned FTS5's automerge off and raised its
    // crisis threshold to 200 segments a level): a desk's save adds one small segment and the
    // merging is done between writes by tidy(), in bounded steps. A file that an office set up
    // otherwise is still held off by a bulk writer (a package merge, an undo) inside its
    // transaction and resumed before it commits, so its entries make one new segment.
    Status holdMerging();
    Status resumeMerging(); // writes out the held entries first, as one segment
    // Up to `pages` pages of that merging, in the caller's transaction; false when none was left.
    Result<bool> tidy(int pages);

    // Drops the index and builds it again from every case, in the caller's transaction.
    // progress(done fraction) returning false cancels (Cancelled; the caller rolls back).
    Status rebuild(const std::function<bool(double)> &progress = {});

    // The first doc of a case received at receivedMs; a bulk load gives each case
    // max(docBase, last doc + 1).
    static qint64 docBase(qint64 receivedMs);

    // Cases the index holds (map rows), for checks and tests.
    Result<qint64> indexedCount() const;

    // Read the texts of a case from the database.
    Result<CaseSearchTexts> textsOf(const QString &caseId) const;

private:
    Result<qint64> freeDoc(qint64 receivedMs, const QString &caseId) const;
    // Deletes an entry's tokens (FTS5 needs them back to delete); unmap also frees its doc.
    Status drop(const Entry &before, bool unmap) const;
    // Statements prepared once per index object: a merge renews thousands of entries through one
    // (a 10,000-note delta on the million-case file: 1.88 → 1.81 s).
    QSqlQuery &statement(const QString &sql) const { return m_statements.get(sql); }
    mutable StatementCache m_statements;
    // The FTS5 writes through the C API (SqliteHandle.h says why); shared by copies.
    Status writeEntry(const char *sql, qint64 doc, const Entry &tokens) const;
    mutable std::shared_ptr<SqliteStatements> m_raw;
    int m_automerge = -1;                    // the office's setting while merging is held
    mutable QPair<qint64, qint64> m_lastDoc; // the second's first doc and the offset freeDoc gave last
    QSqlDatabase m_db;
};

// One step of tidy() in a transaction of its own, for idle time (the window's IdleUpkeep) and
// `griddesk-cli cases tidy`: the index is local derived data, so this needs no permission and is
// not audited. A file another program is writing gives an error at once instead of a wait.
Result<bool> tidySearchIndex(Database &db, int pages);
// The pages one upkeep step between writes merges: 10–20 ms on the million-case file.
constexpr int kTidyStepPages = 256;
// After a commit that changed cases (the command line, where no idle time comes): one step, so a
// scripted office never piles up segments. Whatever goes wrong is only logged: the write it
// follows is already committed and stays so.
void tidyAfterWrite(Database &db, const QStringList &changedTables);

} // namespace gd
