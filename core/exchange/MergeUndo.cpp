// sqlite3.h declares the session API only with these defined before its first include.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include "MergeUndo.h"

#include "cases/CaseSearchIndex.h"
#include "people/Permissions.h"
#include "storage/Database.h"
#include "storage/RowStore.h"
#include "storage/SqliteHandle.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <sqlite3.h>

namespace gd::exchange {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gd::exchange", text);
}

const QByteArray kMagic = QByteArrayLiteral("GDUNDO 1");

// Derived or local data the session leaves out (see MergeUndo.h).
int recorded(void *, const char *table)
{
    const QByteArray name(table);
    return !(name.startsWith("case_search") || name.startsWith("sqlite_") || name == "meta" || name == "audit_log");
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
    qint64 changesetAt = 0; // byte offset of the changeset in the file
};

Result<UndoHeader> readHeader(QFile &file)
{
    const QString name = QFileInfo(file.fileName()).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::NotFound,
                           tr("The undo file %1 could not be opened: %2").arg(name, file.errorString()));
    if (file.readLine(64).trimmed() != kMagic)
        return Error::make(ErrorKind::Data, tr("%1 is not a GridDesk undo file.").arg(name));
    const QJsonObject o = QJsonDocument::fromJson(file.readLine(64 * 1024)).object();
    UndoHeader h{o.value(QStringLiteral("site")).toString(), o.value(QStringLiteral("package_content")).toString(),
                 o.value(QStringLiteral("package_file")).toString(), file.pos()};
    if (h.site.isEmpty() || h.content.isEmpty())
        return Error::make(ErrorKind::Data, tr("The undo file %1 is damaged: its header is unreadable.").arg(name));
    return h;
}

// What the merge wrote: the cases whose search entries are renewed after the undo, the tables.
struct Touched {
    QSet<QString> cases, tables;
    qint64 rows = 0;
};

Result<Touched> touchedBy(sqlite3 *db, QFile &file)
{
    int caseIdColumn = -1;
    SqliteStatement info;
    if (sqlite3_prepare_v2(db, "SELECT cid FROM pragma_table_info('case_events') WHERE name = 'case_id'", -1, &info.st,
                           nullptr) == SQLITE_OK &&
        sqlite3_step(info.st) == SQLITE_ROW)
        caseIdColumn = sqlite3_column_int(info.st, 0);
    sqlite3_changeset_iter *it = nullptr;
    if (sqlite3changeset_start_strm(&it, readChunk, &file) != SQLITE_OK)
        return Error::make(ErrorKind::Data, tr("The undo file %1 is damaged.").arg(file.fileName()));
    Touched touched;
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
        return Error::make(ErrorKind::Data, tr("The undo file %1 is damaged.").arg(file.fileName()));
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
    m_session = std::make_unique<Session>();
    if (sqlite3session_create(db, "main", &m_session->session) != SQLITE_OK)
        return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3session_table_filter(m_session->session, recorded, nullptr);
    if (sqlite3session_attach(m_session->session, nullptr) != SQLITE_OK)
        return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(db)));
    return {};
}

Status MergeRecorder::save(const QString &path, const QString &site, const QString &packageContent,
                           const QString &packageFile) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::make(ErrorKind::Internal, file.errorString());
    const QJsonObject header{{QStringLiteral("site"), site},
                             {QStringLiteral("package_content"), packageContent},
                             {QStringLiteral("package_file"), packageFile}};
    file.write(kMagic + '\n' + QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n');
    const int rc = m_session ? sqlite3session_changeset_strm(m_session->session, writeChunk, &file) : SQLITE_MISUSE;
    if (rc != SQLITE_OK || !file.flush())
        return Error::make(ErrorKind::Internal, file.error() != QFileDevice::NoError
                                                    ? file.errorString()
                                                    : QString::fromUtf8(sqlite3_errstr(rc)));
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
        return Error::make(ErrorKind::Data,
                           tr("The undo file %1 belongs to another GridDesk file; nothing was changed.").arg(name));
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT 1 FROM exchange_ledger WHERE content = ?"));
        q.addBindValue(header->content);
        if (Status failed = exec(q); !failed)
            return failed.error();
        if (!q.next())
            return Error::make(ErrorKind::Data, tr("The merge of %1 is not in this file's ledger (it was undone "
                                                   "already); nothing was changed.")
                                                    .arg(header->packageFile));
    }
    sqlite3 *handle = sqliteHandle(db.sql());
    auto touched = touchedBy(handle, file);
    if (!touched)
        return touched.error();
    const QSet<QString> &cases = touched->cases;
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    CaseSearchIndex index(db.sql());
    QHash<QString, CaseSearchIndex::Entry> before;
    for (const QString &id : cases) {
        auto entry = index.entry(id);
        if (entry)
            before.insert(id, *entry);
        else if (entry.error().kind != ErrorKind::NotFound)
            return entry.error();
    }
    file.seek(header->changesetAt);
    ApplyState state;
    const int rc = sqlite3changeset_apply_v2_strm(handle, readChunk, &file, nullptr, onConflict, &state, nullptr,
                                                  nullptr, SQLITE_CHANGESETAPPLY_INVERT);
    if (state.conflicts)
        return Error::make(ErrorKind::Data,
                           tr("The merge of %1 cannot be undone: rows of %2 changed after it (an edit or a later "
                              "merge). Undo later merges first; nothing was changed.")
                               .arg(header->packageFile, state.table));
    if (rc != SQLITE_OK)
        return Error::make(ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(handle)));
    // The rows are as before the merge, the cases' derived columns with them; only the search
    // entries, left out of the record, are made again.
    // In doc order, for FTS5 to write one segment (MergeWork.cpp, replayCases).
    QList<QString> byDoc(cases.cbegin(), cases.cend());
    std::sort(byDoc.begin(), byDoc.end(),
              [&before](const QString &a, const QString &b) { return before.value(a).doc < before.value(b).doc; });
    for (const QString &id : std::as_const(byDoc)) {
        Status s = index.refresh(id, before.value(id));
        if (!s && s.error().kind == ErrorKind::NotFound)
            s = index.remove(before.value(id));
        if (!s)
            return s.error();
    }
    const UndoReport report{header->packageFile, header->site, touched->rows, cases.size()};
    if (Status s = audit::record(db, db.nextStamp(), QStringLiteral("undo-merge"), QStringLiteral("exchange_ledger"),
                                 header->content, {{QStringLiteral("package_file"), header->packageFile}}, {});
        !s)
        return s.error();
    for (const QString &table : touched->tables)
        db.noteChanged(table);
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace gd::exchange
