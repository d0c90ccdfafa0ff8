// `griddesk-hub stats` prints the figures of the cases it holds as `griddesk-cli stats` prints an
// office's: the same JSON for the cases' figures and the grid's other work, a table in Chinese, and
// refusals that name the option.
#include "HubRun.h"
#include "HubTestDb.h"
#include "exchange/PackageExport.h"
#include "hub/HubIngest.h"
#include "hub/HubTrust.h"
#include "test_exchange_fixture.h"
#include "test_stats_oracle.h"

using namespace gd;
using namespace gdtest;

TEST_CASE("griddesk-hub stats prints the figures griddesk-cli stats prints for the same cases", "[hub][cli][figures]")
{
    StatsDistrict d(400);
    HubDb h;
    const QString package = d.t.dir.filePath(QStringLiteral("all.gdpkg"));
    REQUIRE(exchange::exportPackage(*d.t, package).ok());
    trustAndIngest(h, package);
    const QString street = ids(*d.t, "SELECT code FROM streets ORDER BY code").value(0);
    REQUIRE_FALSE(street.isEmpty());

    for (const QStringList &asked :
         {QStringList{QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                      QStringLiteral("2026-06-30"), QStringLiteral("--by"), QStringLiteral("grid")},
          QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-09"), QStringLiteral("--to"),
                      QStringLiteral("2026-05-20"), QStringLiteral("--street"), street, QStringLiteral("--by"),
                      QStringLiteral("category_group"), QStringLiteral("--view"), QStringLiteral("completed")}}) {
        const HubRun office = runCli(QStringList{QStringLiteral("--db"), d.t.path(), QStringLiteral("stats")} + asked +
                                     QStringList{QStringLiteral("--json")});
        INFO(office.err.toStdString());
        REQUIRE(office.exitCode == 0);
        const HubRun atHub = runHub(QStringList{QStringLiteral("--pg"), h.conninfo(), QStringLiteral("stats")} + asked +
                                    QStringList{QStringLiteral("--json")});
        INFO(atHub.err.toStdString());
        REQUIRE(atHub.exitCode == 0);
        const QJsonObject expected = json(office).toObject();
        const QJsonObject got = json(atHub).toObject();
        CHECK(got == expected);
        CHECK(got.value(QStringLiteral("groups")).toArray().size() > 1);
        CHECK(got.value(QStringLiteral("received")).toObject().value(QStringLiteral("numerator")).toDouble() > 0);
    }

    // In Chinese, as a table.
    const HubRun table =
        runHub({QStringLiteral("--pg"), h.conninfo(), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                QStringLiteral("2026-06-30"), QStringLiteral("--by"), QStringLiteral("street")});
    INFO(table.err.toStdString());
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("受理量")));
    CHECK(table.out.contains(QStringLiteral("按期办结率")));

    // Refusals naming the option, exit 1, nothing printed on stdout.
    const QString pg = h.conninfo();
    const struct {
        QStringList arguments;
        const char *names;
    } refused[] = {
        {{QStringLiteral("stats"), QStringLiteral("--to"), QStringLiteral("2026-06-30")}, "--from"},
        {{QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-13-01"), QStringLiteral("--to"),
          QStringLiteral("2026-06-30")},
         "--from"},
        {{QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-07-01"), QStringLiteral("--to"),
          QStringLiteral("2026-06-30")},
         "--to"},
        {{QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
          QStringLiteral("2026-06-30"), QStringLiteral("--grid"), QStringLiteral("999999")},
         "--grid"},
        {{QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
          QStringLiteral("2026-06-30"), QStringLiteral("--by"), QStringLiteral("weather")},
         "--by"},
    };
    for (const auto &r : refused) {
        const HubRun run = runHub(QStringList{QStringLiteral("--pg"), pg} + r.arguments);
        INFO(r.arguments.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QLatin1String(r.names)));
        CHECK(run.out.isEmpty());
    }
}
