// The demo district through the command line: built once per test case, then read back with
// the list commands as a script would.
#include "CliRunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace clitest;

namespace {

QJsonArray jsonArray(const CliRun &run)
{
    INFO("stderr: " << run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QJsonDocument doc = parseJson(run.out);
    REQUIRE(doc.isArray());
    return doc.array();
}

QStringList lines(const CliRun &run)
{
    return run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("demo builds the district, the lists read it, and a second demo is refused")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.griddesk"));
    const CliRun demo =
        runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("7")});
    INFO("stderr: " << demo.errText().toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.err.isEmpty());
    CHECK(demo.outText().contains(QStringLiteral("505")));
    CHECK(demo.outText().contains(QStringLiteral("admin"))); // the demo logins are listed
    // The office a first start shows: a year of cases, eleven months reviewed, a conflict to settle.
    CHECK(demo.outText().contains(QStringLiteral("20000")));
    CHECK(demo.outText().contains(QStringLiteral("Star reviews approved")));
    CHECK(demo.outText().contains(QRegularExpression(QStringLiteral("Merge conflicts to settle +1\\n"))));
    CHECK(demo.outText().contains(QStringLiteral("Visits and patrols")));
    const QJsonArray visits =
        jsonArray(runCli({QStringLiteral("--db"), db, QStringLiteral("visits"), QStringLiteral("list"),
                          QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--json")}));
    CHECK(visits.size() == 3); // a year of them, the newest first
    CHECK(demo.outText().contains(QStringLiteral("Disputes")));
    const QJsonArray disputes =
        jsonArray(runCli({QStringLiteral("--db"), db, QStringLiteral("disputes"), QStringLiteral("list"),
                          QStringLiteral("--awaiting-review"), QStringLiteral("--json")}));
    CHECK_FALSE(disputes.isEmpty()); // the last week's high-risk disputes wait on the due board
    CHECK(demo.outText().contains(QStringLiteral("Joint activities / meetings")));
    const QJsonArray openTasks =
        jsonArray(runCli({QStringLiteral("--db"), db, QStringLiteral("meetings"), QStringLiteral("tasks"),
                          QStringLiteral("--open-only"), QStringLiteral("--json")}));
    CHECK_FALSE(openTasks.isEmpty()); // the last weeks' meeting tasks not done yet
    // The half-years moved stars as offices see them: some up, a few down, most staying.
    const QRegularExpression moves(QStringLiteral("Stars moved up / down\\s+(\\d+) / (\\d+)"));
    const QRegularExpressionMatch moved = moves.match(demo.outText());
    REQUIRE(moved.hasMatch());
    const int up = moved.captured(1).toInt(), down = moved.captured(2).toInt();
    CHECK(up >= 10);
    // How many go down depends on the months reviewed by today's date (10 or 11 by the day of the
    // month): 5 for this seed on 7 December 2026, when ten were; some do.
    CHECK(down >= 1);
    CHECK(up + down < 120); // of about 420 workers reviewed at each half-year
    const QJsonArray conflicts = jsonArray(runCli(
        {QStringLiteral("--db"), db, QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--json")}));
    CHECK(conflicts.size() == 1);
    const QJsonArray open =
        jsonArray(runCli({QStringLiteral("--db"), db, QStringLiteral("cases"), QStringLiteral("list"),
                          QStringLiteral("--due"), QStringLiteral("overdue"), QStringLiteral("--json")}));
    CHECK(open.size() > 0);

    // grids list --json: every grid, with the keys scripts rely on, codes nested as issued.
    const QJsonArray grids = jsonArray(runCli(
        {QStringLiteral("--db"), db, QStringLiteral("grids"), QStringLiteral("list"), QStringLiteral("--json")}));
    REQUIRE(grids.size() == 505);
    QSet<QString> gridCodes, streetCodes;
    int withWorker = 0, withPoliceGrid = 0;
    for (const QJsonValue &v : grids) {
        REQUIRE(v.isObject());
        const QJsonObject g = v.toObject();
        for (const char *key :
             {"code", "name", "community_code", "community_name", "street_code", "street_name", "worker_name",
              "worker_phone", "police_grid_code", "kind", "households", "residents", "head_name", "active"})
            CHECK(g.contains(QLatin1String(key)));
        const QString code = g.value(QStringLiteral("code")).toString();
        const QString community = g.value(QStringLiteral("community_code")).toString();
        const QString street = g.value(QStringLiteral("street_code")).toString();
        CHECK(code.size() == 15);
        CHECK(!street.isEmpty());
        CHECK(code.startsWith(street));
        CHECK(code.startsWith(community));
        CHECK(community.startsWith(street));
        gridCodes.insert(code);
        streetCodes.insert(street);
        withWorker += g.value(QStringLiteral("worker_name")).isString() ? 1 : 0;
        withPoliceGrid += g.value(QStringLiteral("police_grid_code")).isString() ? 1 : 0;
    }
    CHECK(gridCodes.size() == 505);
    CHECK(streetCodes.size() == 11);
    CHECK(withWorker > 400);
    CHECK(withPoliceGrid > 400);

    // --street narrows to one street; an unknown code is a user error, not an empty list.
    const QString street = *streetCodes.constBegin();
    const QJsonArray ofStreet =
        jsonArray(runCli({QStringLiteral("--db"), db, QStringLiteral("grids"), QStringLiteral("list"),
                          QStringLiteral("--json"), QStringLiteral("--street"), street}));
    CHECK(ofStreet.size() > 0);
    CHECK(ofStreet.size() < 505);
    for (const QJsonValue &v : ofStreet)
        CHECK(v.toObject().value(QStringLiteral("street_code")).toString() == street);
    const CliRun unknownStreet = runCli({QStringLiteral("--db"), db, QStringLiteral("grids"), QStringLiteral("list"),
                                         QStringLiteral("--street"), QStringLiteral("999999999")});
    requireUserError(unknownStreet);
    CHECK(unknownStreet.errText().contains(QStringLiteral("--street")));
    CHECK(unknownStreet.errText().contains(QStringLiteral("999999999")));

    // Without --json: a header, a rule, a row per grid and a count.
    const CliRun table = runCli({QStringLiteral("--db"), db, QStringLiteral("grids"), QStringLiteral("list")});
    CHECK(table.exitCode == 0);
    CHECK(lines(table).size() == 505 + 3);

    // workers list --json --kind full_time: each with its grids as an array of known codes.
    const QJsonArray workers =
        jsonArray(runCli({QStringLiteral("--db"), db, QStringLiteral("workers"), QStringLiteral("list"),
                          QStringLiteral("--json"), QStringLiteral("--kind"), QStringLiteral("full_time")}));
    REQUIRE(workers.size() > 0);
    int withGrids = 0;
    for (const QJsonValue &v : workers) {
        const QJsonObject w = v.toObject();
        for (const char *key : {"id", "name", "kind", "phone", "grid_codes", "star", "sex", "status", "community"})
            CHECK(w.contains(QLatin1String(key)));
        CHECK(w.value(QStringLiteral("kind")).toString() == QStringLiteral("full_time"));
        REQUIRE(w.value(QStringLiteral("grid_codes")).isArray());
        const QJsonArray codes = w.value(QStringLiteral("grid_codes")).toArray();
        withGrids += codes.isEmpty() ? 0 : 1;
        for (const QJsonValue &c : codes)
            CHECK(gridCodes.contains(c.toString()));
    }
    CHECK(withGrids > 0);

    // --search finds a worker by a grid code they serve.
    const QString someGrid =
        workers.first().toObject().value(QStringLiteral("grid_codes")).toArray().first().toString();
    const QJsonArray found =
        jsonArray(runCli({QStringLiteral("--db"), db, QStringLiteral("workers"), QStringLiteral("list"),
                          QStringLiteral("--json"), QStringLiteral("--search"), someGrid}));
    CHECK(found.size() >= 1);

    // A second demo on the same file: refused as a user error, and the file is untouched.
    const QByteArray before = fileHash(db);
    const CliRun again = runCli({QStringLiteral("--db"), db, QStringLiteral("demo")});
    requireUserError(again);
    CHECK(again.errText().contains(db));
    CHECK(fileHash(db) == before);
    CHECK(jsonArray(runCli({QStringLiteral("--db"), db, QStringLiteral("grids"), QStringLiteral("list"),
                            QStringLiteral("--json")}))
              .size() == 505);
}
