// `trust export-list` and `trust import-list` on the real griddesk-cli: the district hands out its
// signed list of offices; an office that trusts the district takes it whole, a changed one never.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace clitest;

TEST_CASE("an office takes the district's signed office list, and refuses one changed after signing")
{
    DemoFile district(2);
    const QString street = newOffice(district.dir, QStringLiteral("street.griddesk"));
    const QString newcomer = newOffice(district.dir, QStringLiteral("newcomer.griddesk"));
    const QString fromStreet = district.dir.filePath(QStringLiteral("street.gdpkg"));
    const QString fromDistrict = district.dir.filePath(QStringLiteral("district.gdpkg"));
    REQUIRE(runCli({QStringLiteral("--db"), street, QStringLiteral("export"), QStringLiteral("--out"), fromStreet})
                .exitCode == 0);
    REQUIRE(
        runCli({QStringLiteral("--db"), district.db, QStringLiteral("export"), QStringLiteral("--out"), fromDistrict})
            .exitCode == 0);
    trustPackage(district.db, street, fromStreet, "admin123");
    trustPackage(newcomer, district.db, fromDistrict, "admin-pass");

    const QString list = district.dir.filePath(QStringLiteral("offices.gdlist"));
    const CliRun written =
        runCli({QStringLiteral("--db"), district.db, QStringLiteral("trust"), QStringLiteral("export-list"),
                QStringLiteral("--out"), list, QStringLiteral("--user"), QStringLiteral("admin")},
               withPassword("admin123"));
    INFO(written.errText().toStdString());
    REQUIRE(written.exitCode == 0);

    // Changed after signing: refused (exit 2), nothing trusted.
    const QString changed = district.dir.filePath(QStringLiteral("changed.gdlist"));
    {
        QFile in(list), out(changed);
        REQUIRE(in.open(QIODevice::ReadOnly));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(in.readAll().replace("\"district\"", "\"street:370202999\""));
    }
    const QStringList take{QStringLiteral("--db"), newcomer, QStringLiteral("trust"), QStringLiteral("import-list")};
    const CliRun refused = runCli(take + QStringList{changed, QStringLiteral("--user"), QStringLiteral("admin")},
                                  withPassword("admin-pass"));
    CHECK(refused.exitCode == 2);
    CHECK(refused.errText().contains(QStringLiteral("signature")));
    const auto trustedHere = [&] {
        return jsonOf(runCli({QStringLiteral("--db"), newcomer, QStringLiteral("trust"), QStringLiteral("list"),
                              QStringLiteral("--json")}))
            .array()
            .size();
    };
    CHECK(trustedHere() == 1); // the district only

    const CliRun taken =
        runCli(take + QStringList{list, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--json")},
               withPassword("admin-pass"));
    INFO(taken.errText().toStdString());
    REQUIRE(taken.exitCode == 0);
    CHECK(jsonOf(taken).object().value(QStringLiteral("trusted")).toInt() == 1);
    CHECK(trustedHere() == 2);
}
