#include "TestDb.h"
#include "schema/Tables.h"
#include "storage/HybridClock.h"
#include "storage/RowStore.h"
#include "storage/Transaction.h"
#include "storage/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace gd;

namespace {

QJsonObject jsonColumn(Database &db, const QString &table, const QString &column, const QString &id)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

qint64 intColumn(Database &db, const QString &table, const QString &column, const QString &id)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

int auditCount(Database &db, const QString &rowId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE row_id = ?"));
    q.addBindValue(rowId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("UUIDv7 ids are valid, unique and ordered by time")
{
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 2000; ++i) {
        const QString id = uuid::v7(1767225600000LL + i);
        CHECK(uuid::isValid(id));
        CHECK(id.at(14) == QLatin1Char('7'));
        CHECK_FALSE(seen.contains(id));
        seen.insert(id);
        if (!previous.isEmpty())
            CHECK(previous < id);
        previous = id;
    }
}

TEST_CASE("UUIDv5 ids are the same for the same natural key")
{
    CHECK(uuid::v5(QStringLiteral("worker_grids/a/b")) == uuid::v5(QStringLiteral("worker_grids/a/b")));
    CHECK(uuid::v5(QStringLiteral("worker_grids/a/b")) != uuid::v5(QStringLiteral("worker_grids/a/c")));
    CHECK(uuid::isValid(uuid::v5(QStringLiteral("x"))));
    CHECK_FALSE(uuid::isValid(QStringLiteral("not-a-uuid")));
    CHECK_FALSE(uuid::isValid(QStringLiteral("{6f3c2a1e-9d4b-4c8e-b0a7-5e2d1f4a9c30}")));
}

TEST_CASE("the hybrid clock never goes backwards")
{
    ManualClock wall(1767225600000LL);
    HybridClock hlc(&wall);
    qint64 last = hlc.tick();
    SECTION("same millisecond: the logical counter moves")
    {
        const qint64 next = hlc.tick();
        CHECK(next > last);
        CHECK(HybridClock::physicalMs(next) == HybridClock::physicalMs(last));
        CHECK(HybridClock::logical(next) == HybridClock::logical(last) + 1);
    }
    SECTION("the PC clock is set back an hour")
    {
        wall.advance(-3600 * 1000);
        for (int i = 0; i < 100; ++i) {
            const qint64 next = hlc.tick();
            CHECK(next > last);
            last = next;
        }
    }
    SECTION("time moves on")
    {
        wall.advance(5);
        const qint64 next = hlc.tick();
        CHECK(HybridClock::physicalMs(next) == 1767225600005LL);
        CHECK(HybridClock::logical(next) == 0);
    }
}

TEST_CASE("a far-future stamp from another office is capped")
{
    ManualClock wall(1767225600000LL);
    HybridClock hlc(&wall);
    bool capped = false;
    const qint64 near = HybridClock::pack(wall.nowMs() + 60 * 1000, 3);
    CHECK(hlc.receive(near, &capped) == near);
    CHECK_FALSE(capped);
    CHECK(hlc.tick() > near);

    const qint64 years = HybridClock::pack(wall.nowMs() + 3LL * 365 * 24 * 3600 * 1000, 0);
    const qint64 kept = hlc.receive(years, &capped);
    CHECK(capped);
    CHECK(kept < years);
    CHECK(HybridClock::physicalMs(kept) == wall.nowMs() + HybridClock::kMaxDriftMs);
}

TEST_CASE("the hybrid clock is persisted and continues after reopening")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.griddesk"));
    auto clock = std::make_shared<ManualClock>(1767225600000LL);
    Database::Options o;
    o.clock = clock;
    qint64 before = 0;
    {
        auto db = Database::open(path, o);
        REQUIRE(db.ok());
        db.value()->setActor(Actor::system());
        Transaction tx(*db.value());
        for (int i = 0; i < 10; ++i)
            before = db.value()->nextStamp();
        REQUIRE(db.value()->setMeta(QStringLiteral("x"), QStringLiteral("y")));
        REQUIRE(tx.commit());
    }
    clock->advance(-10 * 60 * 1000); // the PC clock went back ten minutes meanwhile
    auto db = Database::open(path, o);
    REQUIRE(db.ok());
    CHECK(db.value()->nextStamp() > before);
}

TEST_CASE("rows carry their merge metadata, and edits bump only the fields they change")
{
    gdtest::TestDb t;
    RowStore rows(*t);
    QString id;
    {
        Transaction tx(*t);
        auto r = rows.insert(tables::streets(), {{QStringLiteral("code"), QStringLiteral("370202001")},
                                                 {QStringLiteral("name"), QStringLiteral("八大关街道")}});
        REQUIRE(r.ok());
        id = r.value();
        REQUIRE(tx.commit());
    }
    CHECK(uuid::isValid(id));
    const qint64 created = intColumn(*t, QStringLiteral("streets"), QStringLiteral("created_hlc"), id);
    CHECK(intColumn(*t, QStringLiteral("streets"), QStringLiteral("hlc"), id) == created);
    // vv: per site, the stamp of its newest edit (a string: stamps pass 2^53).
    CHECK(jsonColumn(*t, QStringLiteral("streets"), QStringLiteral("vv"), id).value(t->siteId()).toString() ==
          QString::number(created));
    CHECK(jsonColumn(*t, QStringLiteral("streets"), QStringLiteral("fstamps"), id).isEmpty());
    CHECK(auditCount(*t, id) == 1);

    t.clock->advance(1000);
    {
        Transaction tx(*t);
        bool changed = false;
        REQUIRE(rows.update(
            tables::streets(), id,
            {{QStringLiteral("code"), QStringLiteral("370202001")}, {QStringLiteral("name"), QStringLiteral("八大关")}},
            &changed));
        CHECK(changed);
        REQUIRE(tx.commit());
    }
    const QJsonObject fstamps = jsonColumn(*t, QStringLiteral("streets"), QStringLiteral("fstamps"), id);
    CHECK(fstamps.keys() == QStringList{QStringLiteral("name")});
    const qint64 edited = intColumn(*t, QStringLiteral("streets"), QStringLiteral("hlc"), id);
    CHECK(edited > created);
    CHECK(fstamps.value(QStringLiteral("name")).toArray().at(0).toString().toLongLong() == edited);
    CHECK(fstamps.value(QStringLiteral("name")).toArray().at(1).toString() == t->siteId());
    CHECK(jsonColumn(*t, QStringLiteral("streets"), QStringLiteral("vv"), id).value(t->siteId()).toString() ==
          QString::number(edited));
    CHECK(auditCount(*t, id) == 2);

    SECTION("an edit to the same value is no change: no stamp, no audit")
    {
        Transaction tx(*t);
        bool changed = true;
        REQUIRE(rows.update(tables::streets(), id, {{QStringLiteral("name"), QStringLiteral("八大关")}}, &changed));
        REQUIRE(tx.commit());
        CHECK_FALSE(changed);
        CHECK(intColumn(*t, QStringLiteral("streets"), QStringLiteral("hlc"), id) == edited);
        CHECK(auditCount(*t, id) == 2);
    }
    SECTION("a deleted row is a tombstone, not gone")
    {
        Transaction tx(*t);
        REQUIRE(rows.tombstone(tables::streets(), id));
        REQUIRE(tx.commit());
        CHECK(intColumn(*t, QStringLiteral("streets"), QStringLiteral("deleted"), id) == 1);
        CHECK(intColumn(*t, QStringLiteral("streets"), QStringLiteral("hlc"), id) > edited);
        CHECK(jsonColumn(*t, QStringLiteral("streets"), QStringLiteral("fstamps"), id)
                  .contains(QStringLiteral("deleted")));
        CHECK_FALSE(rows.exists(tables::streets(), id));
        CHECK(rows.fetch(tables::streets(), id).error().kind == ErrorKind::NotFound);
        Transaction again(*t);
        CHECK(rows.update(tables::streets(), id, {{QStringLiteral("name"), QStringLiteral("x")}}).error().kind ==
              ErrorKind::NotFound);
    }
}

TEST_CASE("stamps are strictly monotonic across many writes")
{
    gdtest::TestDb t;
    RowStore rows(*t);
    Transaction tx(*t);
    qint64 last = 0;
    for (int i = 0; i < 200; ++i) {
        auto r = rows.insert(tables::streets(),
                             {{QStringLiteral("code"), QStringLiteral("370202%1").arg(i, 3, 10, QLatin1Char('0'))},
                              {QStringLiteral("name"), QStringLiteral("街道%1").arg(i)}});
        REQUIRE(r.ok());
        const qint64 stamp = intColumn(*t, QStringLiteral("streets"), QStringLiteral("hlc"), r.value());
        CHECK(stamp > last);
        last = stamp;
    }
    REQUIRE(tx.commit());
}

TEST_CASE("the audit log records who, when, and before/after")
{
    gdtest::TestDb t;
    Actor a;
    a.operatorId = QStringLiteral("op-1");
    a.login = QStringLiteral("wangfang");
    a.role = Role::Staff;
    a.signedIn = true;
    t->setActor(a);
    RowStore rows(*t);
    Transaction tx(*t);
    auto id = rows.insert(tables::streets(), {{QStringLiteral("code"), QStringLiteral("370202001")},
                                              {QStringLiteral("name"), QStringLiteral("湛山街道")}});
    REQUIRE(id.ok());
    REQUIRE(rows.update(tables::streets(), id.value(), {{QStringLiteral("name"), QStringLiteral("湛山")}}));
    REQUIRE(tx.commit());
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT operator_login, action, before_json, after_json, at_ms FROM audit_log "
                                  "ORDER BY hlc")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wangfang"));
    CHECK(q.value(1).toString() == QStringLiteral("insert"));
    REQUIRE(q.next());
    CHECK(q.value(1).toString() == QStringLiteral("update"));
    CHECK(q.value(2).toString() == QStringLiteral("{\"name\":\"湛山街道\"}"));
    CHECK(q.value(3).toString() == QStringLiteral("{\"name\":\"湛山\"}"));
    CHECK(q.value(4).toLongLong() == t.clock->nowMs());
}

TEST_CASE("writing needs a signed-in actor")
{
    gdtest::TestDb t;
    t->setActor(Actor());
    RowStore rows(*t);
    Transaction tx(*t);
    auto r = rows.insert(tables::streets(), {{QStringLiteral("code"), QStringLiteral("370202001")},
                                             {QStringLiteral("name"), QStringLiteral("x")}});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Permission);
}
