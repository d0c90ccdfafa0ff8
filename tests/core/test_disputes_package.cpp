// A package carrying disputes is checked like every other (exchange/PackageReader.h): a party's
// name with a line break in it, a dispute found before 2000 and a session held before 2000 are each
// refused with the field named, and the receiving office's file is left as it was.
#include "TrustSender.h"
#include "disputes/DisputeService.h"
#include "test_package_tamper.h"

using namespace gd;
using namespace gdtest;

TEST_CASE("a package's disputes are checked: a line break in a name, a year before 2000", "[disputes][exchange]")
{
    Exchange x;
    Dispute d;
    d.gridId = x.sender.grid;
    d.foundMs = x.sender.t.clock->nowMs() - 3600000;
    d.summary = QStringLiteral("楼上漏水\n楼下要求赔偿"); // several lines where several lines belong
    d.parties << DisputeParty{{}, QStringLiteral("赵建国"), QStringLiteral("13900001111"), {}};
    const QString id = must(DisputeService(*x.sender.t).record(d));
    REQUIRE(DisputeService(*x.sender.t)
                .addSession(id, {{}, x.sender.t.clock->nowMs() - 60000, {}, QStringLiteral("continue"), {}})
                .ok());
    QFile::remove(x.package);
    REQUIRE(exchange::exportPackage(*x.sender.t, x.package).ok());
    const auto refused = [&](const char *name, const char *sql, const char *reason) {
        gdtest::receiveFrom(*x.receiver, x.package);
        refusedWith(x, x.tampered(QLatin1String(name), [sql](sqlite3 *db) { run(db, sql); }), QLatin1String(reason));
    };
    refused("party.gdpkg", "UPDATE dispute_parties SET name = '赵' || char(10) || '建国'", "name");
    refused("found.gdpkg", "UPDATE disputes SET found_ms = 915148800000", "before 2000");
    refused("session.gdpkg", "UPDATE dispute_sessions SET at_ms = 915148800000", "before 2000");
    // The package as sent is taken, its summary's lines and all.
    gdtest::receiveFrom(*x.receiver, x.package);
    auto reader = exchange::PackageReader::open(x.package, *x.receiver);
    REQUIRE(reader.ok());
}
