#include "TestDb.h"
#include "storage/Database.h"
#include "storage/SchemaLadder.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <sqlite3.h>
#include <thread>

using namespace gd;
using gdtest::fileHash;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Runs raw SQL on a file through a private connection, as another program would.
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements) {
            INFO(s.toStdString());
            REQUIRE(q.exec(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST_CASE("a new file is created with WAL, foreign keys and a site id")
{
    gdtest::TestDb t;
    CHECK(t->schemaVersion() == schema::latestVersion());
    CHECK(t->siteId().size() == 36);
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(q.exec(QStringLiteral("PRAGMA application_id")));
    REQUIRE(q.next());
    CHECK(quint32(q.value(0).toLongLong()) == Database::kApplicationId);
}

TEST_CASE("the site id survives reopening and differs between files")
{
    QTemporaryDir dir;
    QString first;
    {
        auto a = Database::open(dir.filePath(QStringLiteral("a.griddesk")));
        REQUIRE(a.ok());
        first = a.value()->siteId();
    }
    auto again = Database::open(dir.filePath(QStringLiteral("a.griddesk")));
    REQUIRE(again.ok());
    CHECK(again.value()->siteId() == first);
    auto b = Database::open(dir.filePath(QStringLiteral("b.griddesk")));
    REQUIRE(b.ok());
    CHECK(b.value()->siteId() != first);
}

TEST_CASE("a missing file is refused when creation is off")
{
    QTemporaryDir dir;
    Database::Options o;
    o.create = false;
    auto r = Database::open(dir.filePath(QStringLiteral("none.griddesk")), o);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::NotFound);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.griddesk"))));
}

TEST_CASE("files that are not GridDesk databases are refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.griddesk"));

    SECTION("a text file")
    {
        writeFile(path, "name,phone\n张三,13800000000\n");
        const QByteArray before = fileHash(path);
        auto r = Database::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Data);
        CHECK(r.message().contains(QStringLiteral("not a GridDesk database")));
        CHECK(fileHash(path) == before);
    }
    SECTION("random bytes after an SQLite header")
    {
        QByteArray bytes("SQLite format 3\0", 16);
        for (int i = 0; i < 4096; ++i)
            bytes.append(char((i * 7919) & 0xFF));
        writeFile(path, bytes);
        const QByteArray before = fileHash(path);
        auto r = Database::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Data);
        CHECK(fileHash(path) == before);
    }
    SECTION("a truncated header")
    {
        writeFile(path, QByteArray("SQLite format 3\0abc", 19));
        auto r = Database::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.message().contains(QStringLiteral("damaged")));
    }
    SECTION("another program's SQLite database")
    {
        rawSql(path, {QStringLiteral("PRAGMA journal_mode=DELETE"), QStringLiteral("CREATE TABLE t(x)"),
                      QStringLiteral("INSERT INTO t VALUES(1)")});
        const QByteArray before = fileHash(path);
        auto r = Database::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.message().contains(QStringLiteral("not a GridDesk file")));
        CHECK(fileHash(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
}

TEST_CASE("a file written by a newer GridDesk is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.griddesk"));
    {
        auto r = Database::open(path);
        REQUIRE(r.ok());
    }
    rawSql(path, {QStringLiteral("PRAGMA user_version=%1").arg(schema::latestVersion() + 1),
                  QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    const QByteArray before = fileHash(path);
    auto r = Database::open(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Data);
    CHECK(r.message().contains(QStringLiteral("newer GridDesk")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a damaged GridDesk file is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.griddesk"));
    {
        auto r = Database::open(path);
        REQUIRE(r.ok());
    }
    rawSql(path, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("PRAGMA journal_mode=DELETE")});
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    REQUIRE(size > 8192);
    // Overwrite the second page (the first table's b-tree root) with garbage.
    f.seek(4096 + 8);
    f.write(QByteArray(2000, '\x5A'));
    f.close();
    auto r = Database::open(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Data);
}

TEST_CASE("the transaction guard rolls back unless committed")
{
    gdtest::TestDb t;
    {
        Transaction tx(*t);
        REQUIRE(tx.started());
        REQUIRE(t->setMeta(QStringLiteral("office_name"), QStringLiteral("红岛路社区")));
    }
    CHECK(t->meta(QStringLiteral("office_name")).isEmpty());
    {
        Transaction tx(*t);
        REQUIRE(t->setMeta(QStringLiteral("office_name"), QStringLiteral("红岛路社区")));
        {
            Transaction inner(*t);
            REQUIRE(t->setMeta(QStringLiteral("office_phone"), QStringLiteral("0532-82870000")));
            // inner not committed: only its own change is undone
        }
        REQUIRE(tx.commit());
    }
    CHECK(t->meta(QStringLiteral("office_name")) == QStringLiteral("红岛路社区"));
    CHECK(t->meta(QStringLiteral("office_phone")).isEmpty());
}

TEST_CASE("a write outside a transaction is refused")
{
    gdtest::TestDb t;
    CHECK_FALSE(t->setMeta(QStringLiteral("k"), QStringLiteral("v")).ok());
}

TEST_CASE("a save does not checkpoint the WAL itself: the checkpoint waits for the event loop")
{
    gdtest::TestDb t;
    const QString big(50 * 1024, QChar(0x6C34)); // 150 KB of UTF-8 per write: ~37 pages
    for (int i = 0; i < 40; ++i) {
        gd::Transaction tx(*t);
        REQUIRE(tx.started());
        REQUIRE(t->setMeta(QStringLiteral("bulk_%1").arg(i), big).ok());
        REQUIRE(tx.commit().ok());
    }
    // Past kCheckpointPages, yet nothing was copied back inside the commits: the WAL holds them.
    const qint64 walBytes = QFileInfo(t.path() + QStringLiteral("-wal")).size();
    CHECK(walBytes > qint64(gd::Database::kCheckpointPages) * 4096);
    CHECK(walBytes < qint64(gd::Database::kForceCheckpointPages) * 4096);
    QCoreApplication::processEvents(); // the queued checkpoint runs here
    // The data is whole either way, and the next writes reuse the checkpointed WAL.
    CHECK(t->meta(QStringLiteral("bulk_39")) == big);
    {
        gd::Transaction tx(*t);
        REQUIRE(t->setMeta(QStringLiteral("after"), QStringLiteral("x")).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(QFileInfo(t.path() + QStringLiteral("-wal")).size() <= walBytes);
}

TEST_CASE("work folders a stopped program left beside the file are removed when it is next opened")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.griddesk"));
    {
        auto created = Database::open(path, {true, {}});
        REQUIRE(created.ok());
    }
    CHECK(Database::scratchTemplate(path).startsWith(path + QStringLiteral(".scratch-")));
    // One a crash left an hour and more ago, with a package's copy in it; one in use right now.
    const QString stale = path + QStringLiteral(".scratch-AbC123"), busy = path + QStringLiteral(".scratch-XyZ789");
    for (const QString &d : {stale, busy}) {
        REQUIRE(QDir().mkpath(d));
        QFile copy(d + QStringLiteral("/package.gdpkg"));
        REQUIRE(copy.open(QIODevice::WriteOnly));
        copy.write(QByteArray(4096, 'x'));
    }
    const std::filesystem::path folder(stale.toStdString());
    std::filesystem::last_write_time(folder, std::filesystem::last_write_time(folder) - std::chrono::hours(2));
    auto reopened = Database::open(path);
    REQUIRE(reopened.ok());
    CHECK_FALSE(QFileInfo::exists(stale));
    CHECK(QFileInfo::exists(busy + QStringLiteral("/package.gdpkg")));
}

TEST_CASE("a write waits for another program's long write instead of failing after a few seconds")
{
    gdtest::TestDb t;
    // Another program (a merge) holds the file's write lock for six seconds.
    std::atomic<bool> holding{false}, locked{false};
    std::thread merge([&] {
        sqlite3 *other = nullptr;
        locked = sqlite3_open(t.path().toUtf8().constData(), &other) == SQLITE_OK &&
                 sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
        holding = true;
        std::this_thread::sleep_for(std::chrono::seconds(6));
        sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(other);
    });
    while (!holding)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE(locked);
    QList<qint64> told;
    t->setWaitNotifier([&](qint64 waitedMs) { told << waitedMs; });
    QElapsedTimer watch;
    watch.start();
    Transaction tx(*t);
    const bool started = tx.started();
    const Status written = started ? t->setMeta(QStringLiteral("waited"), QStringLiteral("yes")) : Status();
    const Status committed = started && written ? tx.commit() : written;
    merge.join();
    INFO((started ? committed.message() : tx.startError().message).toStdString());
    REQUIRE(started);
    CHECK(committed.ok());
    CHECK(watch.elapsed() >= 5500);
    REQUIRE_FALSE(told.isEmpty());
    CHECK(told.first() >= 1000);
    CHECK(told.last() > told.first());
    t->setWaitNotifier({});
}
