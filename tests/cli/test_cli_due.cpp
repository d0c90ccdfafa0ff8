// `cases due` through the real griddesk-cli on a demo file with cases: the board per handler and
// per grid as JSON, each number equal to the `cases list --due …` list it stands for, the
// terminal table, and refusals.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace clitest;

namespace {

struct DueDesk : DemoFile {
    DueDesk()
        : DemoFile(600)
    {}
    CliRun run(const QStringList &arguments) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("cases")} + arguments);
    }
    QJsonDocument json(const QStringList &arguments) const
    {
        const CliRun r = run(arguments);
        INFO("stderr: " << r.errText().toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        return parseJson(r.out);
    }
    // How many cases `cases list` shows for these filters.
    int listed(const QStringList &filters) const
    {
        return int(json(QStringList{QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0"),
                                    QStringLiteral("--json")} +
                        filters)
                       .array()
                       .size());
    }
};

int sum(const QJsonArray &rows, const char *key)
{
    int n = 0;
    for (const QJsonValue &v : rows)
        n += v.toObject().value(QLatin1String(key)).toInt();
    return n;
}

} // namespace

TEST_CASE("cases due counts per handler and per grid as the case list does")
{
    DueDesk d;
    const QJsonObject byHandler =
        d.json({QStringLiteral("due"), QStringLiteral("--by"), QStringLiteral("handler"), QStringLiteral("--json")})
            .object();
    for (const char *key : {"now", "due_soon_end", "by", "rows", "total"})
        CHECK(byHandler.contains(QLatin1String(key)));
    CHECK(byHandler.value(QStringLiteral("by")).toString() == QStringLiteral("handler"));
    CHECK(byHandler.value(QStringLiteral("now")).toString().endsWith(QStringLiteral("+08:00")));
    const QJsonArray handlers = byHandler.value(QStringLiteral("rows")).toArray();
    const QJsonObject total = byHandler.value(QStringLiteral("total")).toObject();
    REQUIRE_FALSE(handlers.isEmpty());
    CHECK(sum(handlers, "open") == total.value(QStringLiteral("open")).toInt());
    CHECK(sum(handlers, "due_soon") == total.value(QStringLiteral("due_soon")).toInt());
    CHECK(sum(handlers, "overdue") == total.value(QStringLiteral("overdue")).toInt());
    CHECK(total.value(QStringLiteral("overdue")).toInt() > 0); // the demo leaves some cases late

    // The totals are the case list's deadline filters.
    CHECK(d.listed({QStringLiteral("--due"), QStringLiteral("overdue")}) ==
          total.value(QStringLiteral("overdue")).toInt());
    CHECK(d.listed({QStringLiteral("--due"), QStringLiteral("due_soon")}) ==
          total.value(QStringLiteral("due_soon")).toInt());

    // Most overdue first; the worst grid worker's numbers are those of their own list.
    QJsonObject worker;
    for (int i = 0; i < handlers.size(); ++i) {
        const QJsonObject r = handlers.at(i).toObject();
        for (const char *key : {"kind", "id", "name", "open", "due_soon", "overdue"})
            CHECK(r.contains(QLatin1String(key)));
        if (i > 0)
            CHECK(handlers.at(i - 1).toObject().value(QStringLiteral("overdue")).toInt() >=
                  r.value(QStringLiteral("overdue")).toInt());
        if (worker.isEmpty() && r.value(QStringLiteral("kind")).toString() == QStringLiteral("worker"))
            worker = r;
    }
    REQUIRE_FALSE(worker.isEmpty());
    CHECK(worker.value(QStringLiteral("phone")).toString().size() == 11);
    const QString workerId = worker.value(QStringLiteral("id")).toString();
    CHECK(d.listed({QStringLiteral("--handler"), workerId, QStringLiteral("--due"), QStringLiteral("overdue")}) ==
          worker.value(QStringLiteral("overdue")).toInt());
    CHECK(d.listed({QStringLiteral("--handler"), workerId, QStringLiteral("--due"), QStringLiteral("due_soon")}) ==
          worker.value(QStringLiteral("due_soon")).toInt());

    // Per grid: the same totals, and the first grid's numbers are its list's.
    const QJsonObject byGrid =
        d.json({QStringLiteral("due"), QStringLiteral("--by"), QStringLiteral("grid"), QStringLiteral("--json")})
            .object();
    const QJsonArray grids = byGrid.value(QStringLiteral("rows")).toArray();
    REQUIRE_FALSE(grids.isEmpty());
    CHECK(byGrid.value(QStringLiteral("total")).toObject() == total);
    CHECK(sum(grids, "overdue") == total.value(QStringLiteral("overdue")).toInt());
    const QJsonObject grid = grids.first().toObject();
    for (const char *key : {"code", "community", "community_id"})
        CHECK(grid.contains(QLatin1String(key)));
    const QString code = grid.value(QStringLiteral("code")).toString();
    REQUIRE(code.size() == 15);
    CHECK(d.listed({QStringLiteral("--grid"), code, QStringLiteral("--due"), QStringLiteral("overdue")}) ==
          grid.value(QStringLiteral("overdue")).toInt());

    // Without --json: a table for people, per handler by default, and the totals.
    const CliRun text = d.run({QStringLiteral("due")});
    INFO(text.errText().toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.outText().contains(QStringLiteral("Due within a working day")));
    CHECK(text.outText().contains(QStringLiteral("Handler type")));
    CHECK(text.outText().contains(worker.value(QStringLiteral("name")).toString()));
    CHECK(text.outText().contains(QStringLiteral("Total: %1 open").arg(total.value(QStringLiteral("open")).toInt())));
    const CliRun gridText = d.run({QStringLiteral("due"), QStringLiteral("--by"), QStringLiteral("grid")});
    REQUIRE(gridText.exitCode == 0);
    CHECK(gridText.outText().contains(code));
}

TEST_CASE("cases due refuses bad options and files")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("none.griddesk"));
    // A wrong --by is refused before any file is opened.
    const CliRun street = runCli({QStringLiteral("--db"), missing, QStringLiteral("cases"), QStringLiteral("due"),
                                  QStringLiteral("--by"), QStringLiteral("street")});
    requireUserError(street);
    CHECK(street.errText().contains(QStringLiteral("--by")));
    requireUserError(runCli(
        {QStringLiteral("--db"), missing, QStringLiteral("cases"), QStringLiteral("due"), QStringLiteral("--by")}));
    // --by belongs to `cases due` only; `cases due` takes no filters of the list.
    requireUserError(runCli({QStringLiteral("--db"), missing, QStringLiteral("cases"), QStringLiteral("list"),
                             QStringLiteral("--by"), QStringLiteral("grid")}));
    requireUserError(runCli({QStringLiteral("--db"), missing, QStringLiteral("cases"), QStringLiteral("due"),
                             QStringLiteral("--due"), QStringLiteral("overdue")}));
    requireUserError(runCli(
        {QStringLiteral("--db"), missing, QStringLiteral("cases"), QStringLiteral("due"), QStringLiteral("extra")}));
    // No such file: nothing is created.
    const CliRun none = runCli({QStringLiteral("--db"), missing, QStringLiteral("cases"), QStringLiteral("due")});
    CHECK(none.exitCode == 1);
    CHECK_FALSE(QFile::exists(missing));
    // A file that is not GridDesk's: a data problem, and the file is left as it was.
    const QString foreign = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(foreign, "not a database\n");
    const QByteArray before = fileHash(foreign);
    const CliRun bad = runCli(
        {QStringLiteral("--db"), foreign, QStringLiteral("cases"), QStringLiteral("due"), QStringLiteral("--json")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.out.isEmpty());
    CHECK(fileHash(foreign) == before);
}
