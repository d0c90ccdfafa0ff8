// `griddesk-cli digest` and `export`: one hash of what a file exchanges (a copy of the file has
// the same one, a change to an exchanged value another, a change to what stays local the
// same), and the package that carries exactly that content.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace clitest;

TEST_CASE("digest prints one hash that follows the exchanged content only")
{
    DemoFile demo(40);
    const CliRun first = runCli({QStringLiteral("--db"), demo.db, QStringLiteral("digest")});
    INFO(first.errText().toStdString());
    REQUIRE(first.exitCode == 0);
    const QString hash = first.outText().trimmed();
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(hash).hasMatch());
    CHECK(first.err.isEmpty());

    // Per table with --json: every exchanged table, with its rows.
    const QJsonObject json =
        jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("digest"), QStringLiteral("--json")})).object();
    CHECK(json.value(QStringLiteral("digest")).toString() == hash);
    QHash<QString, int> rows;
    for (const QJsonValue &t : json.value(QStringLiteral("tables")).toArray())
        rows.insert(t.toObject().value(QStringLiteral("table")).toString(),
                    t.toObject().value(QStringLiteral("rows")).toInt());
    CHECK(rows.value(QStringLiteral("cases")) == 40);
    CHECK(rows.value(QStringLiteral("case_events")) > 40);
    CHECK(rows.value(QStringLiteral("grids")) > 0);
    CHECK_FALSE(rows.contains(QStringLiteral("operators")));
    CHECK_FALSE(rows.contains(QStringLiteral("audit_log")));

    // A copy of the file: the same hash.
    const QString copy = demo.dir.filePath(QStringLiteral("copy.griddesk"));
    REQUIRE(QFile::copy(demo.db, copy));
    CHECK(runCli({QStringLiteral("--db"), copy, QStringLiteral("digest")}).outText().trimmed() == hash);

    // Local only (an operator linked to a worker, the search index rebuilt): the same hash.
    const CliRun link = runCli({QStringLiteral("--db"), copy, QStringLiteral("operators"), QStringLiteral("link"),
                                QStringLiteral("wangfang"), QStringLiteral("--worker"), QString(),
                                QStringLiteral("--user"), QStringLiteral("admin")},
                               withPassword("admin123"));
    INFO(link.errText().toStdString());
    CHECK(link.exitCode == 0);
    REQUIRE(runCli({QStringLiteral("--db"), copy, QStringLiteral("cases"), QStringLiteral("reindex")}).exitCode == 0);
    CHECK(runCli({QStringLiteral("--db"), copy, QStringLiteral("digest")}).outText().trimmed() == hash);

    // An exchanged change (a note on a case's timeline): another hash.
    const QJsonArray list =
        jsonOf(runCli({QStringLiteral("--db"), copy, QStringLiteral("cases"), QStringLiteral("list"),
                       QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")}))
            .array();
    REQUIRE(list.size() == 1);
    const CliRun note = runCli({QStringLiteral("--db"), copy, QStringLiteral("cases"), QStringLiteral("act"),
                                list.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("note"),
                                QStringLiteral("--note"), QStringLiteral("已电话回访"), QStringLiteral("--user"),
                                QStringLiteral("wangfang")},
                               withPassword("wangfang123"));
    INFO(note.errText().toStdString());
    REQUIRE(note.exitCode == 0);
    CHECK(runCli({QStringLiteral("--db"), copy, QStringLiteral("digest")}).outText().trimmed() != hash);
}

TEST_CASE("digest of a missing file is a user error")
{
    QTemporaryDir dir;
    requireUserError(
        runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("none.griddesk")), QStringLiteral("digest")}));
}

TEST_CASE("export writes a package of the file's exchanged content")
{
    DemoFile demo(25);
    const QString pkg = demo.dir.filePath(QStringLiteral("社区.gdpkg"));
    const QJsonObject report = jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("export"),
                                              QStringLiteral("--out"), pkg, QStringLiteral("--json")}))
                                   .object();
    CHECK(report.value(QStringLiteral("path")).toString() == pkg);
    CHECK(report.value(QStringLiteral("bytes")).toDouble() > 0);
    CHECK(QFile::exists(pkg));
    const QString digest = runCli({QStringLiteral("--db"), demo.db, QStringLiteral("digest")}).outText().trimmed();
    CHECK(report.value(QStringLiteral("content")).toString() == digest);
    bool casesSeen = false;
    for (const QJsonValue &t : report.value(QStringLiteral("tables")).toArray())
        if (t.toObject().value(QStringLiteral("table")).toString() == QLatin1String("cases")) {
            CHECK(t.toObject().value(QStringLiteral("rows")).toInt() == 25);
            casesSeen = true;
        }
    CHECK(casesSeen);

    // Without --json: one line saying where and how much.
    const CliRun plain =
        runCli({QStringLiteral("--db"), demo.db, QStringLiteral("export"), QStringLiteral("--out"), pkg});
    CHECK(plain.exitCode == 0);
    CHECK(plain.outText().contains(pkg));

    // No --out: a user error; a folder that does not exist: exit 2, naming the file.
    requireUserError(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("export")}));
    const QString nowhere = demo.dir.filePath(QStringLiteral("none/x.gdpkg"));
    const CliRun failed =
        runCli({QStringLiteral("--db"), demo.db, QStringLiteral("export"), QStringLiteral("--out"), nowhere});
    CHECK(failed.exitCode == 2);
    CHECK(failed.errText().contains(nowhere));
    CHECK(failed.out.isEmpty());
}

TEST_CASE("export of one community, and its scope options checked")
{
    DemoFile demo(30);
    const QJsonArray grids = jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("grids"),
                                            QStringLiteral("list"), QStringLiteral("--json")}))
                                 .array();
    REQUIRE_FALSE(grids.isEmpty());
    const QString community = grids.first().toObject().value(QStringLiteral("community_code")).toString();
    REQUIRE_FALSE(community.isEmpty());
    const QString pkg = demo.dir.filePath(QStringLiteral("community.gdpkg"));
    const QJsonObject report =
        jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("export"), QStringLiteral("--out"), pkg,
                       QStringLiteral("--community"), community, QStringLiteral("--json")}))
            .object();
    for (const QJsonValue &t : report.value(QStringLiteral("tables")).toArray())
        if (t.toObject().value(QStringLiteral("table")).toString() == QLatin1String("communities"))
            CHECK(t.toObject().value(QStringLiteral("rows")).toInt() == 1);
    // A package of a part is not the whole file's content.
    CHECK(report.value(QStringLiteral("content")).toString() !=
          runCli({QStringLiteral("--db"), demo.db, QStringLiteral("digest")}).outText().trimmed());

    requireUserError(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("export"), QStringLiteral("--out"), pkg,
                             QStringLiteral("--community"), community, QStringLiteral("--grid"), QStringLiteral("1")}));
    const QString other = demo.dir.filePath(QStringLiteral("other.gdpkg"));
    const CliRun unknown = runCli({QStringLiteral("--db"), demo.db, QStringLiteral("export"), QStringLiteral("--out"),
                                   other, QStringLiteral("--street"), QStringLiteral("000000000")});
    requireUserError(unknown);
    CHECK(unknown.errText().contains(QStringLiteral("000000000")));
    CHECK_FALSE(QFile::exists(other));
}
