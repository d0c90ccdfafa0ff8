// The hub's schema: made once from the desktop's own tables, upgraded in place, and refused where
// the database is not a hub or the connection string carries a password.
#include "HubTestDb.h"
#include "exchange/ExchangeTables.h"
#include "hub/DesktopSchema.h"

using namespace gdtest;

TEST_CASE("a hub is made once from the desktop's tables and knows itself", "[hub][schema]")
{
    HubDb h(false);
    auto before = gd::hub::hubIdentity(*h);
    REQUIRE_FALSE(before.ok());
    CHECK(before.error().kind == gd::ErrorKind::Data);
    CHECK(before.message().contains(QStringLiteral("griddesk-hub init")));

    auto made = gd::hub::initHub(*h, QStringLiteral("市南区枢纽"));
    INFO(made.message().toStdString());
    REQUIRE(made.ok());
    CHECK(made->name == QStringLiteral("市南区枢纽"));
    CHECK(made->siteId.size() == 36);
    CHECK(made->fingerprint.size() == 39);
    auto desktop = gd::hub::DesktopSchema::get();
    REQUIRE(desktop.ok());
    CHECK(made->desktopVersion == (*desktop)->version);

    // Every exchanged table with exactly the desktop's columns, in PostgreSQL's types.
    for (const gd::exchange::ExchangeTable &t : gd::exchange::exchangeTables()) {
        INFO(t.name.toStdString());
        auto q = h->run(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns WHERE "
                                       "table_schema = current_schema() AND table_name = ?"),
                        {t.name});
        REQUIRE(q.ok());
        QHash<QString, QString> columns;
        while (q->next())
            columns.insert(q->value(0).toString(), q->value(1).toString());
        CHECK(columns.size() == t.columns.size());
        for (const gd::exchange::PackageColumn &c : (*desktop)->columns.value(t.name))
            CHECK(columns.value(c.name) == gd::hub::pgType(c));
    }

    // Made again: an upgrade that changes nothing, the same identity.
    auto again = gd::hub::initHub(*h, QStringLiteral("另一个名字"));
    REQUIRE(again.ok());
    CHECK(again->siteId == made->siteId);
    CHECK(again->name == made->name);
    CHECK(again->fingerprint == made->fingerprint);
}

TEST_CASE("a database holding other tables named as a hub's is refused", "[hub][schema]")
{
    HubDb h(false);
    REQUIRE(h->exec(QStringLiteral("CREATE TABLE cases (id text PRIMARY KEY, note text)")).ok());
    auto made = gd::hub::initHub(*h, QString());
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().kind == gd::ErrorKind::Data);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_name = 'hub_meta'")) == 0);
}

TEST_CASE("a connection string carrying a password is refused before connecting", "[hub][schema]")
{
    auto c = gd::hub::HubConnection::open(testServer() + QStringLiteral(" dbname=postgres password=secret"));
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().kind == gd::ErrorKind::Invalid);
    CHECK(c.message().contains(QStringLiteral("PGPASSWORD")));
    auto nowhere = gd::hub::HubConnection::open(QStringLiteral("host=/nonexistent/socket dbname=x"));
    REQUIRE_FALSE(nowhere.ok());
    CHECK(nowhere.message().contains(QStringLiteral("/nonexistent/socket")));
}
