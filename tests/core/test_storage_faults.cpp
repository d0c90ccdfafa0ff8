// Faults told as they are (issue 15 §5): a file opened read-only (as on a read-only medium or
// folder) is read but never written, an older file there is not upgraded, and a full disk is
// said to be full — never "damaged".
#include "TestDb.h"
#include "org/HierarchyService.h"
#include "schema/Tables.h"
#include "storage/RowStore.h"
#include "storage/Transaction.h"
#include "test_org_fixture.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace gd;
using namespace gdtest;

TEST_CASE("a file opened read-only is read, and every write is refused as read-only with nothing changed",
          "[storage][faults]")
{
    TestDb t;
    const QString street = addStreet(*t, QStringLiteral("370202001"), QStringLiteral("八大关街道"));
    {
        QSqlQuery q(t->sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    t.db.reset();
    const QByteArray before = fileHash(t.path());

    Database::Options options;
    options.readOnly = true;
    options.clock = t.clock;
    auto opened = Database::open(t.path(), options);
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
    Database &db = **opened;
    db.setActor(Actor::system());
    CHECK(db.isReadOnly());
    CHECK(HierarchyService(db).street(street)->name == QStringLiteral("八大关街道"));
    Street s;
    s.code = QStringLiteral("370202002");
    s.name = QStringLiteral("湛山街道");
    const auto refused = HierarchyService(db).saveStreet(s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Data);
    CHECK(refused.message().contains(QStringLiteral("read-only")));
    CHECK_FALSE(refused.message().contains(QStringLiteral("damaged")));
    opened->reset();
    CHECK(fileHash(t.path()) == before);
}

TEST_CASE("an older file that is read-only is not upgraded, and says why", "[storage][faults]")
{
    TestDb t;
    const QString path = t.dir.filePath(QStringLiteral("old.griddesk"));
    writeOldFile(path, 13, {});
    Database::Options options;
    options.readOnly = true;
    const auto opened = Database::open(path, options);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.message().contains(QStringLiteral("older GridDesk")));
    CHECK(opened.message().contains(QStringLiteral("read-only")));
}

TEST_CASE("a full disk is said to be full and the write leaves nothing half-done", "[storage][faults]")
{
    TestDb t;
    addStreet(*t, QStringLiteral("370202001"), QStringLiteral("八大关街道"));
    const qint64 streets = [&] {
        QSqlQuery q(t->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM streets")));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }();
    {
        // The file may not grow by a page: as a disk with no space left.
        QSqlQuery q(t->sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
        REQUIRE(q.next());
        const qint64 pages = q.value(0).toLongLong();
        q.finish();
        REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    }
    Status full;
    {
        Transaction tx(*t);
        for (int i = 0; i < 2000 && full.ok(); ++i)
            full = RowStore(*t)
                       .insert(tables::streets(),
                               {{QStringLiteral("code"), QStringLiteral("37020%1").arg(i, 4, 10, QLatin1Char('0'))},
                                {QStringLiteral("name"), QString(200, QChar(0x8857))}})
                       .status();
    }
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().kind == ErrorKind::Data);
    CHECK(full.message().contains(QStringLiteral("full")));
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM streets")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == streets);
}
