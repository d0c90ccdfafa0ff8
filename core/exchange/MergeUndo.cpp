// sqlite3.h declares the session API only with these defined before its first include.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include "MergeUndo.h"

#include "access/Permissions.h"
#include "cases/CaseReplay.h"
#include "cases/CaseSearchIndex.h"
#include "storage/Database.h"
#include "storage/RowStore.h"
#include "storage/SqliteHandle.h"
#include "storage/Transaction.h"
#include "storage/Uuid.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>
#include <sqlite3.h>
#include <unistd.h>

namespace gd::exchange {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::exchange)
};

// Version 2 lists the events the merge added before the changeset; version 1 had them in it.
const QByteArray kMagic = QByteArrayLiteral("GDUNDO 2");
const QByteArray kMagicV1 = QByteArrayLiteral("GDUNDO 1");

// Derived or local data the session leaves out (see MergeUndo.h), and the events: a merge only
// ever adds them, so they are listed by id instead (the session reads every recorded row back
// to write the changeset, and for a 10,000-note delta that was half of its undo file's time).
int recorded(void *, const char *table)
{
    const QByteArray name(table);
    // The figures' aggregate (stats_*) follows the cases through its triggers, on the undo as on
    // the merge: recorded too, it would be restored twice.
    return !(name.startsWith("case_search") || name.startsWith("stats_") || name.startsWith("sqlite_") ||
             name == "meta" || name == "audit_log" || name == "case_events");
}

int writeChunk(void *file, const void *data, int n)
{
    return static_cast<QFile *>(file)->write(static_cast<const char *>(data), n) == n ? SQLITE_OK : SQLITE_IOERR;
}

int readChunk(void *file, void *data, int *n)
{
    const qint64 got = static_cast<QFile *>(file)->read(static_cast<char *>(data), *n);
    if (got < 0)
        return SQLITE_IOERR;
    *n = int(got);
    return SQLITE_OK;
}

struct UndoHeader {
    QString site, content, packageFile;
    qint64 events = 0;      // events the merge added, one "id case_id" line each
    qint64 eventsAt = 0;    // byte offset of their list
    qint64 changesetAt = 0; // byte offset of the changeset in the file
};

Error damaged(const QFile &file)
{
    return Error::make(ErrorKind::Data,
                       Text::tr("The undo file %1 is damaged.").arg(QFileInfo(file.fileName()).fileName()));
}

// The next "event_id case_id" line of the list; false at a line that is not one.
bool readAddedEvent(QFile &file, QString *eventId, QString *caseId)
{
    const QList<QByteArray> parts = file.readLine(128).trimmed().split(' ');
    if (parts.size() != 2)
        return false;
    *eventId = QString::fromLatin1(parts.at(0));
    *caseId = QString::fromLatin1(parts.at(1));
    return uuid::isValid(*eventId) && uuid::isValid(*caseId);
}

Result<UndoHeader> readHeader(QFile &file)
{
    const QString name = QFileInfo(file.fileName()).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::NotFound,
                           Text::tr("The undo file %1 could not be opened: %2").arg(name, file.errorString()));
    const QByteArray magic = file.readLine(64).trimmed();
    if (magic != kMagic && magic != kMagicV1)
        return Error::make(ErrorKind::Data, Text::tr("%1 is not a GridDesk undo file.").arg(name));
    const QJsonObject o = QJsonDocument::fromJson(file.readLine(64 * 1024)).object();
    UndoHeader h{o.value(QStringLiteral("site")).toString(),
                 o.value(QStringLiteral("package_content")).toString(),
                 o.value(QStringLiteral("package_file")).toString(),
                 o.value(QStringLiteral("events")).toInteger(),
                 file.pos(),
                 0};
    if (h.site.isEmpty() || h.content.isEmpty() || h.events < 0)
        return Error::make(ErrorKind::Data,
                           Text::tr("The undo file %1 is damaged: its header is unreadable.").arg(name));
    QString eventId, caseId;
    for (qint64 i = 0; i < h.events; ++i)
        if (!readAddedEvent(file, &eventId, &caseId))
            return damaged(file);
    h.changesetAt = file.pos();
    return h;
}

// What the merge wrote: the cases whose search entries are renewed after the undo, the tables.
struct Touched {
    QSet<QString> cases, tables;
    qint64 rows = 0;
};

Result<Touched> touchedBy(sqlite3 *db, QFile &file, const UndoHeader &header)
{
    Touched touched;
    file.seek(header.eventsAt);
    QString eventId, caseId;
    for (qint64 i = 0; i < header.events; ++i) {
        if (!readAddedEvent(file, &eventId, &caseId))
            return damaged(file);
        touched.cases.insert(caseId);
    }
    touched.rows = header.events;
    if (header.events)
        touched.tables.insert(QStringLiteral("case_events"));
    int caseIdColumn = -1;
    SqliteStatement info;
    if (sqlite3_prepare_v2(db, "SELECT cid FROM pragma_table_info('case_events') WHERE name = 'case_id'", -1, &info.st,
                           nullptr) == SQLITE_OK &&
        sqlite3_step(info.st) == SQLITE_ROW)
        caseIdColumn = sqlite3_column_int(info.st, 0);
    file.seek(header.changesetAt);
    sqlite3_changeset_iter *it = nullptr;
    if (sqlite3changeset_start_strm(&it, readChunk, &file) != SQLITE_OK)
        return damaged(file);
    auto textOf = [](sqlite3_value *v) {
        return v ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(v))) : QString();
    };
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it, &table, &columns, &op, &indirect);
        ++touched.rows;
        const QByteArray name(table);
        touched.tables.insert(QString::fromUtf8(name));
        const bool inserted = op == SQLITE_INSERT;
        sqlite3_value *v = nullptr;
        if (name == "cases")
            inserted ? sqlite3changeset_new(it, 0, &v) : sqlite3changeset_old(it, 0, &v);
        else if (name == "case_events" && inserted && caseIdColumn >= 0 && caseIdColumn < columns)
            sqlite3changeset_new(it, caseIdColumn, &v);
        if (v)
            touched.cases.insert(textOf(v));
    }
    if (sqlite3changeset_finalize(it) != SQLITE_OK)
        return damaged(file);
    return touched;
}

struct ApplyState {
    qint64 conflicts = 0;
    QString table;
};

int onConflict(void *ctx, int, sqlite3_changeset_iter *it)
{
    auto *state = static_cast<ApplyState *>(ctx);
    const char *table = nullptr;
    int columns = 0, op = 0, indirect = 0;
    if (sqlite3changeset_op(it, &table, &columns, &op, &indirect) == SQLITE_OK && state->table.isEmpty() && table)
        state->table = QString::fromUtf8(table);
    ++state->conflicts;
    return SQLITE_CHANGESET_ABORT;
}

} // namespace

struct MergeRecorder::Session {
    sqlite3_session *session = nullptr;
    ~Session()
    {
        if (session)
            sqlite3session_delete(session);
    }
};

MergeRecorder::MergeRecorder() = default;
MergeRecorder::~MergeRecorder() = default;

Status MergeRecorder::start(sqlite3 *db)
{
    m_db = db;
    m_session = std::make_unique<Session>();
    if (sqlite3session_create(db, "main", &m_session->session) != SQLITE_OK)
        return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3session_table_filter(m_session->session, recorded, nullptr);
    if (sqlite3session_attach(m_session->session, nullptr) != SQLITE_OK)
        return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(db)));
    return {};
}

Status MergeRecorder::save(const QString &path, const UndoSource &source) const
{
    sqlite3 *db = m_db;
    SqliteStatement count, events;
    const QByteArray countSql = QStringLiteral("SELECT count(*) FROM %1").arg(source.addedEvents).toUtf8();
    const QByteArray eventsSql = QStringLiteral("SELECT id, case_id FROM %1").arg(source.addedEvents).toUtf8();
    if (sqlite3_prepare_v2(db, countSql.constData(), -1, &count.st, nullptr) != SQLITE_OK ||
        sqlite3_step(count.st) != SQLITE_ROW ||
        sqlite3_prepare_v2(db, eventsSql.constData(), -1, &events.st, nullptr) != SQLITE_OK)
        return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(db)));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::make(ErrorKind::Internal, file.errorString());
    const QJsonObject header{{QStringLiteral("site"), source.site},
                             {QStringLiteral("package_content"), source.packageContent},
                             {QStringLiteral("package_file"), source.packageFile},
                             {QStringLiteral("events"), sqlite3_column_int64(count.st, 0)}};
    file.write(kMagic + '\n' + QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n');
    QByteArray line;
    int rc;
    while ((rc = sqlite3_step(events.st)) == SQLITE_ROW) {
        line.setRawData(reinterpret_cast<const char *>(sqlite3_column_text(events.st, 0)),
                        uint(sqlite3_column_bytes(events.st, 0)));
        file.write(line);
        file.putChar(' ');
        line.setRawData(reinterpret_cast<const char *>(sqlite3_column_text(events.st, 1)),
                        uint(sqlite3_column_bytes(events.st, 1)));
        file.write(line);
        file.putChar('\n');
    }
    if (rc != SQLITE_DONE)
        return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(db)));
    rc = m_session ? sqlite3session_changeset_strm(m_session->session, writeChunk, &file) : SQLITE_MISUSE;
    if (rc != SQLITE_OK || !file.flush())
        return Error::make(ErrorKind::Internal, file.error() != QFileDevice::NoError
                                                    ? file.errorString()
                                                    : QString::fromUtf8(sqlite3_errstr(rc)));
    // On the disk before the merge commits: a power cut after the commit must not leave a merge
    // whose undo file is half in the page cache.
    if (::fsync(file.handle()) != 0)
        return Error::make(ErrorKind::Internal, QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

// The events the merge added go first, as the changeset may take their cases away.
static Status removeAddedEvents(sqlite3 *db, QFile &file, const UndoHeader &header, ApplyState *state)
{
    SqliteStatement remove;
    // By id and case: a line naming another case than the event's is not this merge's.
    if (sqlite3_prepare_v2(db, "DELETE FROM case_events WHERE id = ? AND case_id = ?", -1, &remove.st, nullptr) !=
        SQLITE_OK)
        return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(db)));
    file.seek(header.eventsAt);
    QString eventId, caseId;
    for (qint64 i = 0; i < header.events; ++i) {
        if (!readAddedEvent(file, &eventId, &caseId))
            return damaged(file);
        const QByteArray id = eventId.toLatin1(), ofCase = caseId.toLatin1();
        sqlite3_bind_text(remove.st, 1, id.constData(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_text(remove.st, 2, ofCase.constData(), int(ofCase.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(remove.st);
        sqlite3_reset(remove.st);
        if (rc != SQLITE_DONE)
            return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(db)));
        if (sqlite3_changes(db) == 0) { // gone since (another undo), or a damaged file
            ++state->conflicts;
            state->table = QStringLiteral("case_events");
            return {};
        }
    }
    return {};
}

Result<UndoReport> undoMerge(Database &db, const QString &undoPath)
{
    if (Status allowed = requirePermission(db, Permission::EditSettings); !allowed)
        return allowed.error();
    if (db.inTransaction())
        return Error::make(ErrorKind::Internal, QStringLiteral("an undo must not run inside another transaction"));
    QFile file(undoPath);
    auto header = readHeader(file);
    if (!header)
        return header.error();
    const QString name = QFileInfo(undoPath).fileName();
    if (header->site != db.siteId())
        return Error::make(
            ErrorKind::Data,
            Text::tr("The undo file %1 belongs to another GridDesk file; nothing was changed.").arg(name));
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT 1 FROM exchange_ledger WHERE content = ?"));
        q.addBindValue(header->content);
        if (Status failed = exec(q); !failed)
            return failed.error();
        if (!q.next()) {
            // Undone already (the audit log says so), or never committed: its undo file is written
            // before the merge's commit, which a failure, a cancel or a stopped program never reached.
            q.prepare(QStringLiteral("SELECT 1 FROM audit_log WHERE action = 'undo-merge' AND row_id = ?"));
            q.addBindValue(header->content);
            if (Status failed = exec(q); !failed)
                return failed.error();
            if (q.next())
                return Error::make(
                    ErrorKind::Data,
                    Text::tr("The merge of %1 was undone already; nothing was changed.").arg(header->packageFile));
            return Error::make(ErrorKind::Data,
                               Text::tr("The merge of %1 never completed (it was cancelled, refused, or the program "
                                        "stopped): the file holds nothing of it, so there is nothing to undo. The "
                                        "undo file %2 can be deleted.")
                                   .arg(header->packageFile, name));
        }
    }
    sqlite3 *handle = sqliteHandle(db.sql());
    auto touched = touchedBy(handle, file, *header);
    if (!touched)
        return touched.error();
    const QSet<QString> &cases = touched->cases;
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    CaseSearchIndex index(db.sql());
    if (Status s = index.holdMerging(); !s) // as a merge does (CaseSearchIndex.h)
        return s.error();
    // The cases' entries as indexed, for renewing them once their rows and timelines are back.
    CaseReplay replay(db);
    for (const QString &id : cases)
        if (Status s = replay.remember(id); !s && s.error().kind != ErrorKind::NotFound)
            return s.error();
    ApplyState state;
    if (Status s = removeAddedEvents(handle, file, *header, &state); !s)
        return s.error();
    file.seek(header->changesetAt);
    const int rc = state.conflicts
                       ? SQLITE_OK
                       : sqlite3changeset_apply_v2_strm(handle, readChunk, &file, nullptr, onConflict, &state, nullptr,
                                                        nullptr, SQLITE_CHANGESETAPPLY_INVERT);
    if (state.conflicts)
        return Error::make(ErrorKind::Data,
                           Text::tr("The merge of %1 cannot be undone: rows of %2 changed after it (an edit or a later "
                                    "merge). Undo later merges first; nothing was changed.")
                               .arg(header->packageFile, state.table));
    if (rc != SQLITE_OK)
        return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(handle)));
    // The rows are as before the merge, the cases' derived columns with them; the search entries,
    // left out of the record, are renewed (and those of cases the merge brought removed).
    if (Status s = replay.replay(cases); !s)
        return s.error();
    const UndoReport report{header->packageFile, header->site, touched->rows, cases.size()};
    if (Status s = audit::record(db, db.nextStamp(), QStringLiteral("undo-merge"), QStringLiteral("exchange_ledger"),
                                 header->content, {{QStringLiteral("package_file"), header->packageFile}}, {});
        !s)
        return s.error();
    for (const QString &table : touched->tables)
        db.noteChanged(table);
    if (Status s = index.resumeMerging(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace gd::exchange
