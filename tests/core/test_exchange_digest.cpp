// The content digest (exchange/ContentDigest.h): the same for the same exchanged content
// whatever the physical order of rows or what stays local, different for any exchanged value,
// and unambiguous about where one value ends and the next begins.
#include "TestDb.h"
#include "exchange/ContentDigest.h"
#include "org/HierarchyService.h"
#include "schema/Tables.h"
#include "storage/RowStore.h"
#include "storage/SqliteHandle.h"
#include "storage/Transaction.h"
#include "test_case_world.h"

#include <QSqlQuery>

namespace wf = gd::workflow;

using namespace gd;
using namespace gdtest;

namespace {

exchange::ContentDigest digestOf(Database &db)
{
    auto d = exchange::digestContent(sqliteHandle(db.sql()));
    INFO(d.message().toStdString());
    REQUIRE(d.ok());
    return *d;
}

void exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

} // namespace

TEST_CASE("the digest counts every exchanged table and nothing local", "[exchange]")
{
    CaseWorld w;
    must(CaseService(*w.t).registerCase(w.draft()));
    const exchange::ContentDigest d = digestOf(*w.t);
    REQUIRE(d.tables.size() == exchange::exchangeTables().size());
    CHECK(d.sha256.size() == 32);
    CHECK(d.hex().size() == 64);
    for (const exchange::TableDigest &t : d.tables) {
        QSqlQuery q(w.t->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + t.table));
        REQUIRE(q.next());
        CHECK(t.rows == q.value(0).toLongLong());
        CHECK(t.sha256.size() == 32);
    }
    CHECK(exchange::exchangeTable(QStringLiteral("case_events"))->appendOnly);
    CHECK(exchange::exchangeTable(QStringLiteral("operators")) == nullptr);
    CHECK(exchange::exchangeTable(QStringLiteral("audit_log")) == nullptr);

    // Local writes: an audit entry, the search index, the clock in meta.
    exec(*w.t, QStringLiteral("INSERT INTO audit_log(id, hlc, site, at_ms, operator_login, action, table_name, "
                              "row_id) VALUES('x', 1, 's', 1, 'admin', 'test', 'cases', 'y')"));
    exec(*w.t, QStringLiteral("DELETE FROM case_search_map"));
    CHECK(digestOf(*w.t).sha256 == d.sha256);
}

TEST_CASE("the digest changes with any exchanged value, its type and its row", "[exchange]")
{
    CaseWorld w;
    const QString id = must(CaseService(*w.t).registerCase(w.draft()));
    const QByteArray before = digestOf(*w.t).sha256;

    exec(*w.t, QStringLiteral("UPDATE cases SET request = request || ' ' WHERE id = '%1'").arg(id));
    const QByteArray edited = digestOf(*w.t).sha256;
    CHECK(edited != before);
    exec(*w.t, QStringLiteral("UPDATE cases SET request = rtrim(request) WHERE id = '%1'").arg(id));
    CHECK(digestOf(*w.t).sha256 == before); // back as it was: the same again

    // NULL and an empty text are different values.
    exec(*w.t, QStringLiteral("UPDATE cases SET lead_org_id = NULL WHERE id = '%1'").arg(id));
    const QByteArray withNull = digestOf(*w.t).sha256;
    exec(*w.t, QStringLiteral("UPDATE cases SET lead_org_id = '' WHERE id = '%1'").arg(id));
    CHECK(digestOf(*w.t).sha256 != withNull);

    // Where one value ends: ("ab", "c") is not ("a", "bc").
    TestDb a, b;
    exec(*a, QStringLiteral("INSERT INTO streets(id, origin_site, created_hlc, site, hlc, code, name) "
                            "VALUES('s', 'o', 1, 'o', 1, 'ab', 'c')"));
    exec(*b, QStringLiteral("INSERT INTO streets(id, origin_site, created_hlc, site, hlc, code, name) "
                            "VALUES('s', 'o', 1, 'o', 1, 'a', 'bc')"));
    const exchange::ContentDigest da = digestOf(*a), db = digestOf(*b);
    CHECK(da.tables.first().sha256 != db.tables.first().sha256);
    CHECK(da.sha256 != db.sha256);
}

TEST_CASE("the digest does not depend on the order rows were written in", "[exchange]")
{
    CaseWorld w;
    CaseService service(*w.t);
    for (int i = 0; i < 5; ++i) {
        Case c = w.draft();
        c.description = QStringLiteral("第%1件：楼道灯不亮").arg(i);
        const QString id = must(service.registerCase(c));
        REQUIRE(service.act(id, {wf::Action::Accept, QStringLiteral("已受理")}).ok());
    }
    const QByteArray original = digestOf(*w.t).sha256;

    // Every exchanged row again, newest first, into a fresh file of the same schema.
    TestDb copy;
    exec(*copy, QStringLiteral("ATTACH '%1' AS src").arg(w.t.path()));
    exec(*copy, QStringLiteral("PRAGMA foreign_keys=OFF"));
    for (const exchange::ExchangeTable &t : exchange::exchangeTables()) {
        const QString columns = t.columns.join(QStringLiteral(", "));
        exec(*copy, QStringLiteral("DELETE FROM main.%1").arg(t.name));
        exec(*copy,
             QStringLiteral("INSERT INTO main.%1(%2) SELECT %2 FROM src.%1 ORDER BY rowid DESC").arg(t.name, columns));
    }
    exec(*copy, QStringLiteral("DETACH src"));
    CHECK(digestOf(*copy).sha256 == original);
}

TEST_CASE("a digest can be cancelled and reports its progress", "[exchange]")
{
    CaseWorld w;
    must(CaseService(*w.t).registerCase(w.draft()));
    qint64 last = -1, total = -1;
    auto done = exchange::digestContent(sqliteHandle(w.t->sql()), QStringLiteral("main"), [&](qint64 n, qint64 all) {
        CHECK(n >= last);
        last = n;
        total = all;
        return true;
    });
    REQUIRE(done.ok());
    CHECK(last == total);
    CHECK(total > 0);
    auto stopped =
        exchange::digestContent(sqliteHandle(w.t->sql()), QStringLiteral("main"), [](qint64, qint64) { return false; });
    CHECK_FALSE(stopped.ok());
}
