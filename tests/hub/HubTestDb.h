#pragma once
// A hub of its own for each test: a fresh database on the private PostgreSQL server the CTest
// fixture started (tests/hub/pg_server.sh), dropped when the test ends. The server's address
// comes from GRIDDESK_TEST_PG; a test without it fails, never skips.
#include "exchange/PackageExport.h"
#include "exchange/Trust.h"
#include "hub/HubConnection.h"
#include "hub/HubDigest.h"
#include "hub/HubIngest.h"
#include "hub/HubSchema.h"
#include "hub/HubTrust.h"

#include <QDir>
#include <QUuid>

#include <catch2/catch.hpp>

namespace gdtest {

inline QString testServer()
{
    const QString server = qEnvironmentVariable("GRIDDESK_TEST_PG");
    INFO("GRIDDESK_TEST_PG names the test server (set by CTest: tests/hub/pg_server.sh)");
    REQUIRE(!server.isEmpty());
    return server;
}

struct HubDb {
    QString name = QStringLiteral("hub_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    std::unique_ptr<gd::hub::HubConnection> admin, hub;

    explicit HubDb(bool init = true)
    {
        admin = connect(testServer() + QStringLiteral(" dbname=postgres"));
        REQUIRE(admin->exec(QStringLiteral("CREATE DATABASE %1").arg(name)).ok());
        hub = connect(conninfo());
        if (init) {
            auto id = gd::hub::initHub(*hub, QStringLiteral("测试枢纽"));
            INFO(id.message().toStdString());
            REQUIRE(id.ok());
        }
    }
    ~HubDb()
    {
        hub.reset();
        (void)admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
    QString conninfo() const { return testServer() + QStringLiteral(" dbname=") + name; }
    gd::hub::HubConnection &operator*() { return *hub; }
    gd::hub::HubConnection *operator->() { return hub.get(); }

    static std::unique_ptr<gd::hub::HubConnection> connect(const QString &conninfo)
    {
        auto c = gd::hub::HubConnection::open(conninfo);
        INFO(c.message().toStdString());
        REQUIRE(c.ok());
        return std::move(c.value());
    }

    QByteArray digest()
    {
        auto d = gd::hub::digestHub(*hub);
        INFO(d.message().toStdString());
        REQUIRE(d.ok());
        return d->sha256;
    }
    qint64 count(const QString &sql)
    {
        auto v = hub->scalar(sql);
        INFO(v.message().toStdString());
        REQUIRE(v.ok());
        return v->toLongLong();
    }
};

// The package's office trusted by the hub (its key as the package carries it), then the package
// taken.
inline gd::hub::IngestReport trustAndIngest(HubDb &h, const QString &path)
{
    const auto sender = gd::exchange::packageSender(path);
    REQUIRE(sender.has_value());
    REQUIRE(gd::hub::trustHubOffice(*h, *sender, sender->fingerprint).ok());
    auto r = gd::hub::ingestPackage(*h, path);
    INFO(path.toStdString() << ": " << r.message().toStdString());
    REQUIRE(r.ok());
    return *r;
}

// A hub left at an older version (`version`) is refused, naming its version and the upgrade,
// until upgraded, which brings it to this GridDesk's version.
inline void requireUpgradedFrom(HubDb &h, int version)
{
    auto older = gd::hub::hubIdentity(*h);
    REQUIRE_FALSE(older.ok());
    CHECK(older.message().contains(QStringLiteral("hub version %1").arg(version)));
    CHECK(older.message().contains(QStringLiteral("griddesk-hub upgrade")));
    auto upgraded = gd::hub::initHub(*h, QString());
    INFO(upgraded.message().toStdString());
    REQUIRE(upgraded.ok());
    CHECK(upgraded->hubVersion == gd::hub::kHubSchemaVersion);
}

// Everything the office holds, exported into `dir` and taken by the hub.
inline gd::hub::IngestReport ingestWhole(HubDb &h, gd::Database &office, const QDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("whole.gdpkg"));
    auto all = gd::exchange::exportPackage(office, path, {});
    INFO(all.message().toStdString());
    REQUIRE(all.ok());
    return trustAndIngest(h, path);
}

} // namespace gdtest
