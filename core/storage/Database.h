#pragma once
// One GridDesk file: opening with all the checks, the schema ladder, the hybrid logical clock,
// the site id, and the signed-in actor that every write is stamped with.
#include "Clock.h"
#include "HybridClock.h"
#include "Result.h"
#include "StatementCache.h"
#include "access/Actor.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <memory>

namespace gd {

struct EditRecord;

class Database : public QObject
{
    Q_OBJECT
public:
    static constexpr quint32 kApplicationId = 0x47524444; // "GRDD"

    struct Options {
        bool create = true;                 // make a new file when there is none
        std::shared_ptr<const Clock> clock; // system clock when null
        // Open for reading only. Chosen by itself when the file or its folder cannot be written
        // (a read-only medium, a shared folder): the file is read as it is, never upgraded.
        bool readOnly = false;
    };

    // Opens (or creates) a GridDesk file. A file that is not ours, is damaged, or was written
    // by a newer GridDesk is refused with a translated message and not written to.
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options()); }
    ~Database() override;

    QSqlDatabase sql() const { return m_db; }
    QString path() const { return m_path; }
    // A work folder beside the file (a package's checked copy) for QTemporaryDir: on the same disk
    // as the file, and found again. Those a stopped program left are removed when the file is
    // next opened (any untouched for an hour; a folder in use is younger).
    static QString scratchTemplate(const QString &path);
    QString siteId() const { return m_siteId; }
    int schemaVersion() const;
    // SQLite's data_version: changes when another connection (another program) commits.
    qint64 dataVersion() const;
    QString lastBackupPath() const { return m_backupPath; }
    // Opened for reading only (Options::readOnly): every write is refused as such.
    bool isReadOnly() const { return m_readOnly; }
    // The refusal a write gets on a read-only file, naming it.
    Error readOnlyError() const;

    const Clock &clock() const { return *m_clock; }
    // The clock itself, for a second file that must tell the same time (the demo's street office).
    std::shared_ptr<const Clock> sharedClock() const { return m_clock; }
    qint64 nowMs() const { return m_clock->nowMs(); }
    void setClock(std::shared_ptr<const Clock> clock);
    HybridClock &hlc() { return m_hlc; }
    const HybridClock &hlc() const { return m_hlc; }
    qint64 nextStamp() { return m_hlc.tick(); }

    const Actor &actor() const { return m_actor; }
    void setActor(const Actor &actor);

    // Settings kept inside the file (office identity, district code…). Writes need a transaction.
    QString meta(const QString &key, const QString &fallback = {}) const;
    Status setMeta(const QString &key, const QString &value);

    // A prepared statement cached per SQL text: services on the hot path reuse them.
    QSqlQuery &prepared(const QString &sql) const;

    // Transaction bookkeeping, used by Transaction only.
    bool inTransaction() const { return m_depth > 0; }
    void noteChanged(const QString &table);
    // The capture recording this connection's row writes for undo (EditRecord.h), or null.
    EditRecord *editCapture() const { return m_capture; }
    void setEditCapture(EditRecord *capture) { m_capture = capture; }

    // WAL checkpoints (copying the WAL back into the file, with an fsync) run when the program
    // is idle, not inside the save that filled the WAL: after a commit leaves kCheckpointPages
    // in the WAL a checkpoint is queued on the event loop; only a WAL past kForceCheckpointPages
    // (a long import, or a process without an event loop) is checkpointed at once.
    // Another program's write (a merge of a large package takes minutes) holds the file: a write
    // here waits for it, as long as kMaxWaitMs, instead of failing after a few seconds. While it
    // waits, the notifier hears how long so far (from one second on, about every second): the
    // window says so in its status bar, the command line on stderr. It must not touch the file.
    static constexpr qint64 kMaxWaitMs = 60LL * 60 * 1000;
    void setWaitNotifier(std::function<void(qint64 waitedMs)> notifier) { m_waitNotifier = std::move(notifier); }

    static constexpr int kCheckpointPages = 1000;
    static constexpr int kForceCheckpointPages = 16000;
    void checkpointSoon();

Q_SIGNALS:
    // After a commit: which tables changed, so item models can refresh.
    void changed(const QStringList &tables);
    void actorChanged();

private:
    friend class Transaction;
    Database(const QString &path, const QString &connection, std::shared_ptr<const Clock> clock);
    Status initialise(bool fresh);
    Status persistClock();

    friend int busyWait(void *self, int count);
    std::function<void(qint64)> m_waitNotifier;
    qint64 m_waitStartMs = 0;
    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    std::shared_ptr<const Clock> m_clock;
    HybridClock m_hlc;
    QString m_siteId;
    QString m_backupPath;
    bool m_readOnly = false;
    Actor m_actor;
    int m_depth = 0;
    QStringList m_pendingChanges;
    mutable StatementCache m_statements;
    bool m_checkpointQueued = false;
    EditRecord *m_capture = nullptr;
};

// Runs a block as another actor (the system, for generators) and gives the caller's actor back
// however the block ends.
class ScopedActor
{
public:
    ScopedActor(Database &db, const Actor &actor)
        : m_db(db)
        , m_saved(db.actor())
    {
        m_db.setActor(actor);
    }
    ~ScopedActor() { m_db.setActor(m_saved); }
    ScopedActor(const ScopedActor &) = delete;
    ScopedActor &operator=(const ScopedActor &) = delete;

private:
    Database &m_db;
    Actor m_saved;
};

// Runs a statement, returning an Internal error with the driver text on failure.
Status exec(QSqlQuery &query);
Status exec(QSqlQuery &query, const QString &sql); // the query runs this text (kept for next())
Status exec(QSqlDatabase db, const QString &sql);
// The first column of every row an executed query has left, as text; the query is finished after.
QStringList firstColumn(QSqlQuery &query);

} // namespace gd
