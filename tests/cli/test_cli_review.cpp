// `griddesk-cli review compute`: one JSON object per active full-time worker with the fields the
// issue names, stars as integers 0–5, the proposed star explained; a bad month is a user error.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace clitest;

TEST_CASE("review compute gives every full-time worker's month with stars and reasons")
{
    DemoFile demo(300);
    const QJsonArray newest =
        jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("cases"), QStringLiteral("list"),
                       QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")}))
            .array();
    REQUIRE(newest.size() == 1);
    const QString month = newest.first().toObject().value(QStringLiteral("received_at")).toString().left(7);
    const CliRun run = runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("compute"),
                               QStringLiteral("--month"), month, QStringLiteral("--json")});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray sheet = jsonOf(run).array();
    REQUIRE(sheet.size() > 100); // the demo district's full-time workers
    double handled = 0;
    for (const QJsonValue &v : sheet) {
        const QJsonObject w = v.toObject();
        for (const char *key : {"worker_id", "name", "items", "total", "current_star", "proposed_star", "explanation"})
            CHECK(w.contains(QLatin1String(key)));
        const QJsonValue current = w.value(QStringLiteral("current_star")),
                         proposed = w.value(QStringLiteral("proposed_star"));
        CHECK(current.toDouble() == current.toInt());
        CHECK(current.toInt() >= 0);
        CHECK(current.toInt() <= 5);
        CHECK(proposed.toInt() >= 0);
        CHECK(proposed.toInt() <= 5);
        CHECK(qAbs(proposed.toInt() - current.toInt()) <= 1);
        CHECK(w.value(QStringLiteral("total")).toDouble() >= 0);
        CHECK(w.value(QStringLiteral("total")).toDouble() <= 100);
        CHECK_FALSE(w.value(QStringLiteral("explanation")).toString().isEmpty());
        CHECK(w.value(QStringLiteral("items")).toObject().size() == 10);
        handled += w.value(QStringLiteral("counted")).toObject().value(QStringLiteral("handled")).toDouble();
    }
    CHECK(handled > 0); // the newest month of the demo has completed cases

    // The plain table too, and a month that is not one.
    const CliRun table = runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("compute"),
                                 QStringLiteral("--month"), month});
    CHECK(table.exitCode == 0);
    CHECK(table.outText().contains(sheet.first().toObject().value(QStringLiteral("name")).toString()));
    requireUserError(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("compute"),
                             QStringLiteral("--month"), QStringLiteral("2026-13")}));
    requireUserError(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("compute")}));
}
