// `volunteers teams|services add|list`, `volunteers totals` and `volunteers hours` through the real
// griddesk-cli: a team made with its member, services recorded (a new kind by name), listed, added
// up per person, and a volunteer's hours statement written as PDF; each refusal names its option
// and exits 1, with nothing written.
#include "CliDesk.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace clitest;

namespace {} // namespace

TEST_CASE("volunteers teams and services record a team's work that totals and hours add up", "[cli][volunteers]")
{
    Desk d;
    const QString community = peekValue(d.db, QStringLiteral("SELECT c.code FROM grids g JOIN communities c ON c.id = "
                                                             "g.community_id WHERE g.code = '%1'")
                                                  .arg(d.gridCode));
    const QString volunteer = peekValue(
        d.db, QStringLiteral("SELECT id FROM workers WHERE kind = 'volunteer' AND deleted = 0 ORDER BY id LIMIT 1"));
    REQUIRE_FALSE(volunteer.isEmpty());
    const QStringList user{QStringLiteral("--user"), QStringLiteral("wangfang")};
    const QJsonObject team =
        jsonOf(d.cli(QStringList{QStringLiteral("volunteers"), QStringLiteral("teams"), QStringLiteral("add"),
                                 QStringLiteral("--name"), QStringLiteral("暖格服务队"), QStringLiteral("--community"),
                                 community, QStringLiteral("--member"), volunteer, QStringLiteral("--json")} +
                         user,
                     d.staff))
            .object();
    CHECK(team.value(QStringLiteral("members")).toArray().size() == 1);
    const QStringList service = QStringList{QStringLiteral("volunteers"),
                                            QStringLiteral("services"),
                                            QStringLiteral("add"),
                                            QStringLiteral("--team"),
                                            QStringLiteral("暖格服务队"),
                                            QStringLiteral("--grid"),
                                            d.gridCode,
                                            QStringLiteral("--person"),
                                            volunteer} +
                                user;
    for (const char *kind : {"楼道灯维修", "修剪绿化"}) {
        const CliRun added = d.cli(service + QStringList{QStringLiteral("--kind"), QString::fromUtf8(kind),
                                                         QStringLiteral("--hours"), QStringLiteral("1.5")},
                                   d.staff);
        INFO(added.errText().toStdString());
        CHECK(added.exitCode == 0);
    }
    const QJsonArray listed =
        jsonOf(d.cli({QStringLiteral("volunteers"), QStringLiteral("services"), QStringLiteral("list"),
                      QStringLiteral("--team"), QStringLiteral("暖格服务队"), QStringLiteral("--json")}))
            .array();
    CHECK(listed.size() == 2);
    const QJsonArray people =
        jsonOf(d.cli({QStringLiteral("volunteers"), QStringLiteral("totals"), QStringLiteral("--by"),
                      QStringLiteral("person"), QStringLiteral("--community"), community, QStringLiteral("--json")}))
            .array();
    bool found = false;
    for (const QJsonValue &v : people)
        if (v.toObject().value(QStringLiteral("id")).toString() == volunteer) {
            found = true;
            CHECK(v.toObject().value(QStringLiteral("hours")).toDouble() >= 3.0);
        }
    CHECK(found);
    const QString pdf = d.dir.filePath(QStringLiteral("hours.pdf"));
    const QJsonObject hours =
        jsonOf(d.cli({QStringLiteral("volunteers"), QStringLiteral("hours"), QStringLiteral("--person"), volunteer,
                      QStringLiteral("--from"), beijingAgo(30, "yyyy-MM-dd"), QStringLiteral("--to"),
                      beijingAgo(0, "yyyy-MM-dd"), QStringLiteral("--pdf"), pdf, QStringLiteral("--json")}))
            .object();
    CHECK(hours.value(QStringLiteral("hours")).toDouble() >= 3.0);
    CHECK(QFile(pdf).size() > 1000);

    const QString count = QStringLiteral("SELECT count(*) FROM volunteer_services");
    const QString before = peekValue(d.db, count);
    const auto refused = [&](const QStringList &words, const char *option) {
        const CliRun run = d.cli(words, d.staff);
        INFO(option << ": " << run.errText().toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.errText().contains(QLatin1String(option)));
    };
    refused(service + QStringList{QStringLiteral("--kind"), QStringLiteral("楼道灯维修"), QStringLiteral("--hours"),
                                  QStringLiteral("lots")},
            "--hours");
    refused(service + QStringList{QStringLiteral("--kind"), QStringLiteral("楼道灯维修"), QStringLiteral("--hours"),
                                  QStringLiteral("30")},
            "--hours");
    refused(service + QStringList{QStringLiteral("--hours"), QStringLiteral("1")}, "--kind");
    refused(QStringList{QStringLiteral("volunteers"), QStringLiteral("services"), QStringLiteral("add"),
                        QStringLiteral("--team"), QStringLiteral("无此队"), QStringLiteral("--grid"), d.gridCode,
                        QStringLiteral("--hours"), QStringLiteral("1")} +
                user,
            "--team");
    refused({QStringLiteral("volunteers"), QStringLiteral("totals"), QStringLiteral("--by"), QStringLiteral("mood")},
            "--by");
    refused({QStringLiteral("volunteers"), QStringLiteral("hours"), QStringLiteral("--person"), volunteer}, "--from");
    CHECK(peekValue(d.db, count) == before);
}
