#include "Database.h"

#include "Logging.h"
#include "ReadSource.h"
#include "SchemaLadder.h"
#include "SqliteHandle.h"
#include "StorageError.h"
#include "Transaction.h"
#include "Uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QtEndian>

#include <atomic>
#include <sqlite3.h>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::Database)
};

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("griddesk-%1").arg(++counter);
}

struct Probe {
    bool fresh = false;
    int userVersion = 0;
};

// SQLite calls this after every commit with the pages now in the WAL (it replaces the built-in
// auto-checkpoint, which ran inside the commit: 10–30 ms added to one save in thirty).
} // namespace

// SQLite's busy handler: sleeps a little longer each time (up to 100 ms), tells the notifier how
// long it has waited, and gives up after Database::kMaxWaitMs.
int busyWait(void *self, int count)
{
    auto *db = static_cast<Database *>(self);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (count == 0)
        db->m_waitStartMs = now;
    const qint64 waited = now - db->m_waitStartMs;
    if (waited >= Database::kMaxWaitMs)
        return 0;
    if (db->m_waitNotifier && waited >= 1000 && (count % 10 == 0))
        db->m_waitNotifier(waited);
    QThread::msleep(qMin(100, 5 + count * 5));
    return 1;
}

namespace {

int walHook(void *self, sqlite3 *handle, const char *schema, int pages)
{
    if (pages >= Database::kForceCheckpointPages)
        sqlite3_wal_checkpoint_v2(handle, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    else if (pages >= Database::kCheckpointPages)
        static_cast<Database *>(self)->checkpointSoon();
    return SQLITE_OK;
}

// The whole-file quick_check at open: for files small enough to read in a moment, and always
// before a schema upgrade (its backup and migration must start from a sound file).
constexpr qint64 kFullCheckBytes = qint64(256) << 20;

bool fullCheckOnOpen(const QString &path, int userVersion)
{
    return userVersion < schema::latestVersion() || QFileInfo(path).size() <= kFullCheckBytes;
}

// Reads what can be read without writing a byte: the header, then a read-only connection.
Result<Probe> probeFile(const QString &path, bool create)
{
    Probe probe;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        if (!create)
            return Error::make(ErrorKind::NotFound, Text::tr("There is no GridDesk file at %1.").arg(shown));
        probe.fresh = true;
        return probe;
    }
    if (info.isDir())
        return Error::make(ErrorKind::Invalid, Text::tr("%1 is a folder, not a GridDesk file.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::Data, Text::tr("%1 cannot be read: %2").arg(shown, file.errorString()));
    const QByteArray head = file.read(100);
    file.close();
    if (head.isEmpty()) {
        // An empty file is an empty database, but only a caller that may create one fills it.
        if (!create)
            return Error::make(ErrorKind::Data, Text::tr("%1 is empty: it holds no GridDesk data.").arg(shown));
        probe.fresh = true;
        return probe;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!head.startsWith(magic))
        return Error::make(ErrorKind::Data,
                           Text::tr("%1 is not a GridDesk database (it is not an SQLite file).").arg(shown));
    if (head.size() < 100)
        return Error::make(ErrorKind::Data, Text::tr("%1 is damaged: its header is cut short.").arg(shown));
    quint32 appId = qFromBigEndian<quint32>(head.constData() + 68);
    probe.userVersion = int(qFromBigEndian<quint32>(head.constData() + 60));

    const QString conn = nextConnectionName();
    Result<Probe> result = probe;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        auto fail = [&](ErrorKind kind, const QString &message) { result = Error::make(kind, message); };
        if (!db.open()) {
            fail(ErrorKind::Data, Text::tr("%1 cannot be opened: %2").arg(shown, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            int tables = -1;
            if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next())
                tables = q.value(0).toInt();
            // In WAL mode the header on disk lags until a checkpoint (a file another program just
            // created): the library's answer is the real one.
            if (tables >= 0 && q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                appId = quint32(q.value(0).toLongLong());
            const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
            if (tables < 0 && code != SQLITE_CORRUPT && code != SQLITE_NOTADB) {
                // Not the file's fault (permissions, a lock, the disk): said as such, never "damaged".
                const Error e = storageError(q.lastError());
                fail(ErrorKind::Data, Text::tr("%1 cannot be read: %2").arg(shown, e.message));
            } else if (tables < 0) {
                fail(ErrorKind::Data, Text::tr("%1 is damaged or not a database: %2").arg(shown, q.lastError().text()));
            } else if (appId != Database::kApplicationId) {
                if (appId == 0 && tables == 0 && create)
                    probe.fresh = true;
                else if (appId == 0 && tables == 0)
                    fail(ErrorKind::Data, Text::tr("%1 is an empty database: it holds no GridDesk data.").arg(shown));
                else
                    fail(
                        ErrorKind::Data,
                        Text::tr("%1 is an SQLite database but not a GridDesk file; it was left as it is.").arg(shown));
            } else {
                // In WAL mode the header may lag; ask the library for the real version.
                if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                    probe.userVersion = q.value(0).toInt();
                if (probe.userVersion > schema::latestVersion()) {
                    fail(ErrorKind::Data,
                         Text::tr("%1 was written by a newer GridDesk (file version %2, this program knows up to %3). "
                                  "Install the newer GridDesk to open it.")
                             .arg(shown)
                             .arg(probe.userVersion)
                             .arg(schema::latestVersion()));
                } else if (!fullCheckOnOpen(path, probe.userVersion)) {
                    // A district file of a million cases is gigabytes: reading all of it at
                    // every start would take minutes. `griddesk-cli check` does it on demand.
                } else if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
                    fail(ErrorKind::Data, Text::tr("%1 is damaged: %2").arg(shown, q.lastError().text()));
                } else if (q.value(0).toString() != QLatin1String("ok")) {
                    fail(ErrorKind::Data, Text::tr("%1 is damaged: %2").arg(shown, q.value(0).toString()));
                }
            }
            if (result.ok())
                result = probe;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
    return result;
}

} // namespace

QStringList firstColumn(QSqlQuery &query)
{
    QStringList out;
    while (query.next())
        out << query.value(0).toString();
    query.finish();
    return out;
}

Status exec(QSqlQuery &query)
{
    if (query.exec())
        return {};
    qCWarning(lcStorage) << "SQL failed:" << query.lastQuery() << query.lastError().text();
    return storageError(query.lastError());
}

Status exec(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return {};
    qCWarning(lcStorage) << "SQL failed:" << sql << query.lastError().text();
    return storageError(query.lastError());
}

Status exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return {};
    qCWarning(lcStorage) << "SQL failed:" << sql << q.lastError().text();
    return storageError(q.lastError());
}

Database::Database(const QString &path, const QString &connection, std::shared_ptr<const Clock> clock)
    : m_path(path)
    , m_connection(connection)
    , m_clock(std::move(clock))
    , m_hlc(m_clock.get())
{}

void Database::checkpointSoon()
{
    if (m_checkpointQueued)
        return;
    m_checkpointQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_checkpointQueued = false;
        if (inTransaction()) { // a write began meanwhile: after it
            checkpointSoon();
            return;
        }
        if (sqlite3 *handle = sqliteHandle(m_db))
            sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    });
}

Database::~Database()
{
    if (sqlite3 *handle = sqliteHandle(m_db))
        sqlite3_wal_hook(handle, nullptr, nullptr);
    m_statements.release();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString Database::scratchTemplate(const QString &path)
{
    return QFileInfo(path).absoluteFilePath() + QStringLiteral(".scratch-XXXXXX");
}

namespace {

void removeStaleScratch(const QString &path)
{
    const QFileInfo file(path);
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList left = file.absoluteDir().entryInfoList({file.fileName() + QStringLiteral(".scratch-*")},
                                                                QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &dir : left)
        if (dir.lastModified().toUTC() < hourAgo) {
            qCInfo(lcStorage) << "removing the work folder a stopped program left:" << dir.absoluteFilePath();
            QDir(dir.absoluteFilePath()).removeRecursively();
        }
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    Result<Probe> probe = probeFile(path, options.create);
    if (!probe)
        return probe.error();

    std::shared_ptr<const Clock> clock = options.clock ? options.clock : std::make_shared<SystemClock>();
    std::unique_ptr<Database> db(new Database(path, nextConnectionName(), clock));
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    db->m_readOnly =
        options.readOnly || (info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()));
    if (db->m_readOnly && probe->fresh)
        return Error::make(ErrorKind::Data, Text::tr("%1 cannot be made: its folder is read-only.").arg(shown));
    if (db->m_readOnly && probe->userVersion < schema::latestVersion())
        return Error::make(
            ErrorKind::Data,
            Text::tr("%1 was written by an older GridDesk and must be upgraded before it is read, but it "
                     "is read-only: copy it to a folder you may write to.")
                .arg(shown));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connection);
    db->m_statements = StatementCache(db->m_db);
    if (db->m_readOnly) {
        // Read as it is: no WAL switch, no upgrade, no lock file beside it when none can be made.
        db->m_db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                                 QStringLiteral("?mode=ro"));
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db->m_db.setDatabaseName(path);
    }
    if (!db->m_db.open())
        return Error::make(ErrorKind::Data,
                           Text::tr("%1 cannot be opened: %2").arg(shown, db->m_db.lastError().text()));
    // Installed before the first statement: even switching to WAL may wait for another program.
    if (sqlite3 *handle = sqliteHandle(db->m_db))
        sqlite3_busy_handler(handle, busyWait, db.get());
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA temp_store=MEMORY")};
    if (!db->m_readOnly)
        pragmas << QStringLiteral("PRAGMA journal_mode=WAL") << QStringLiteral("PRAGMA synchronous=NORMAL");
    for (const QString &pragma : std::as_const(pragmas)) {
        Status s = exec(db->m_db, pragma);
        if (!s)
            return s.error();
    }
    if (sqlite3 *handle = sqliteHandle(db->m_db))
        sqlite3_wal_hook(handle, walHook, db.get());

    if (!probe->fresh && probe->userVersion < schema::latestVersion()) {
        // Keep the old file as it was before touching its schema.
        const QString backup =
            QStringLiteral("%1.v%2-backup-%3.sqlite")
                .arg(path)
                .arg(probe->userVersion)
                .arg(QDateTime::fromMSecsSinceEpoch(clock->nowMs()).toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QSqlQuery q(db->m_db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(backup);
        if (!q.exec())
            return Error::make(
                ErrorKind::Internal,
                Text::tr("Could not back up %1 before upgrading it: %2").arg(path, q.lastError().text()));
        db->m_backupPath = backup;
        qCInfo(lcStorage) << "backed up" << path << "to" << backup << "before migrating";
    }
    Status init = db->initialise(probe->fresh);
    if (!init)
        return init.error();
    removeStaleScratch(path);
    return db;
}

Status Database::initialise(bool fresh)
{
    if (fresh) {
        Status s = exec(m_db, QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId));
        if (!s)
            return s;
    }
    const int from = schemaVersion();
    if (from < schema::latestVersion()) {
        Status s = schema::migrate(m_db, from, schema::latestVersion());
        if (!s)
            return s;
    }
    if (!m_readOnly && schemaVersion() == schema::latestVersion())
        if (Status s = schema::upkeep(m_db); !s)
            return s;
    m_siteId = meta(QStringLiteral("site_id"));
    if (m_siteId.isEmpty() && m_readOnly)
        return readOnlyError();
    if (m_siteId.isEmpty()) {
        const Actor saved = m_actor;
        m_actor = Actor::system();
        Transaction tx(*this);
        m_siteId = uuid::v7(nowMs());
        Status s = setMeta(QStringLiteral("site_id"), m_siteId);
        if (s)
            s = setMeta(QStringLiteral("created_ms"), QString::number(nowMs()));
        if (s)
            s = tx.commit();
        m_actor = saved;
        if (!s)
            return s;
    }
    m_hlc = HybridClock(m_clock.get(), meta(QStringLiteral("hlc"), QStringLiteral("0")).toLongLong());
    if (m_hlc.aheadOfWall())
        qCWarning(lcStorage) << "the stored clock of" << m_path << "is ahead of this PC's clock; "
                             << "stamps continue from the stored value";
    return {};
}

Error Database::readOnlyError() const
{
    return storageError(SQLITE_READONLY, QDir::toNativeSeparators(m_path));
}

qint64 Database::dataVersion() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

void Database::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = std::move(clock);
    m_hlc.setWall(m_clock.get());
}

void Database::setActor(const Actor &actor)
{
    m_actor = actor;
    Q_EMIT actorChanged();
}

QString Database::meta(const QString &key, const QString &fallback) const
{
    // Read for every case registered (the office's code, the clock's tolerance): a statement kept.
    QSqlQuery &q = prepared(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    const QString value = q.exec() && q.next() ? q.value(0).toString() : fallback;
    q.finish();
    return value;
}

Status Database::setMeta(const QString &key, const QString &value)
{
    if (!inTransaction())
        return Error::make(ErrorKind::Internal, QStringLiteral("setMeta outside a transaction"));
    QSqlQuery &q = prepared(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    noteChanged(QStringLiteral("meta"));
    return exec(q);
}

Status Database::persistClock()
{
    QSqlQuery &q = prepared(QStringLiteral("INSERT INTO meta(key, value) VALUES('hlc', ?) "
                                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value "
                                           "WHERE CAST(meta.value AS INTEGER) < CAST(excluded.value AS INTEGER)"));
    q.addBindValue(QString::number(m_hlc.last()));
    return exec(q);
}

QSqlQuery &Database::prepared(const QString &sql) const
{
    return m_statements.get(sql);
}

void Database::noteChanged(const QString &table)
{
    if (!m_pendingChanges.contains(table))
        m_pendingChanges.append(table);
}

ReadSource ReadSource::of(const Database &db)
{
    return {db.sql(), db.nowMs(), {}, {}, {}};
}

} // namespace gd
