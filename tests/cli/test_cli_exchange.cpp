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

    // An exchanged change (a training need added to the office's list; a note on an open case
    // depended on the day, as a small demo may have none open): another hash.
    const CliRun added = runCli({QStringLiteral("--db"), copy, QStringLiteral("training"), QStringLiteral("needs"),
                                 QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("垃圾分类督导"),
                                 QStringLiteral("--user"), QStringLiteral("zhuren")},
                                withPassword("zhuren123"));
    INFO(added.errText().toStdString());
    REQUIRE(added.exitCode == 0);
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
        if (t.toObject().value(QStringLiteral("table")).toString() == QLatin1String("communities")) {
            // The community, and as parents only those of workers its rows name.
            CHECK(t.toObject().value(QStringLiteral("rows")).toInt() >= 1);
            CHECK(t.toObject().value(QStringLiteral("rows")).toInt() < 50);
        }
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

TEST_CASE("merge takes another office's package once, previews with --dry-run and refuses what it must")
{
    DemoFile demo(20);
    const QString pkg = demo.dir.filePath(QStringLiteral("demo.gdpkg"));
    REQUIRE(
        runCli({QStringLiteral("--db"), demo.db, QStringLiteral("export"), QStringLiteral("--out"), pkg}).exitCode ==
        0);
    const QString office = newOffice(demo.dir, QStringLiteral("street.griddesk"));
    const QString before = runCli({QStringLiteral("--db"), office, QStringLiteral("digest")}).outText().trimmed();
    const QStringList asAdmin{QStringLiteral("--user"), QStringLiteral("admin")};

    // Not yet trusted: refused (exit 2), naming the sending office's fingerprint, nothing written.
    const CliRun untrusted = runCli(QStringList{QStringLiteral("--db"), office, QStringLiteral("merge"), pkg} + asAdmin,
                                    withPassword("admin-pass"));
    CHECK(untrusted.exitCode == 2);
    const QString fingerprint = jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("office"),
                                               QStringLiteral("show"), QStringLiteral("--json")}))
                                    .object()
                                    .value(QStringLiteral("fingerprint"))
                                    .toString();
    CHECK(untrusted.errText().contains(fingerprint));
    CHECK(untrusted.errText().contains(QStringLiteral("does not trust")));
    CHECK(runCli({QStringLiteral("--db"), office, QStringLiteral("digest")}).outText().trimmed() == before);
    trustPackage(office, demo.db, pkg, "admin-pass");

    // A preview writes nothing.
    const QJsonObject preview = jsonOf(runCli(QStringList{QStringLiteral("--db"), office, QStringLiteral("merge"), pkg,
                                                          QStringLiteral("--dry-run"), QStringLiteral("--json")} +
                                                  asAdmin,
                                              withPassword("admin-pass")))
                                    .object();
    CHECK(preview.value(QStringLiteral("dry_run")).toBool());
    CHECK(preview.value(QStringLiteral("tables"))
              .toObject()
              .value(QStringLiteral("cases"))
              .toObject()
              .value(QStringLiteral("added")) == 20);
    CHECK(runCli({QStringLiteral("--db"), office, QStringLiteral("digest")}).outText().trimmed() == before);

    // The merge: the office now holds exactly the demo file's exchanged content.
    const QJsonObject merged = jsonOf(runCli(QStringList{QStringLiteral("--db"), office, QStringLiteral("merge"), pkg,
                                                         QStringLiteral("--json")} +
                                                 asAdmin,
                                             withPassword("admin-pass")))
                                   .object();
    CHECK_FALSE(merged.value(QStringLiteral("already_merged")).toBool());
    CHECK(QFile::exists(merged.value(QStringLiteral("backup")).toString()));
    CHECK(runCli({QStringLiteral("--db"), office, QStringLiteral("digest")}).outText().trimmed() ==
          runCli({QStringLiteral("--db"), demo.db, QStringLiteral("digest")}).outText().trimmed());
    // Again: nothing to do, and said so.
    const CliRun again = runCli(QStringList{QStringLiteral("--db"), office, QStringLiteral("merge"), pkg} + asAdmin,
                                withPassword("admin-pass"));
    CHECK(again.exitCode == 0);
    CHECK(again.outText().contains(QStringLiteral("merged before")));
    CHECK(jsonOf(runCli({QStringLiteral("--db"), office, QStringLiteral("conflicts"), QStringLiteral("list"),
                         QStringLiteral("--json")}))
              .array()
              .isEmpty());

    // Refused: the package of this very file (exit 2), a damaged package (exit 2), no operator (exit 1).
    const QString own = demo.dir.filePath(QStringLiteral("own.gdpkg"));
    REQUIRE(runCli({QStringLiteral("--db"), office, QStringLiteral("export"), QStringLiteral("--out"), own}).exitCode ==
            0);
    const CliRun self = runCli(QStringList{QStringLiteral("--db"), office, QStringLiteral("merge"), own} + asAdmin,
                               withPassword("admin-pass"));
    CHECK(self.exitCode == 2);
    CHECK(self.errText().contains(own));
    const QString broken = demo.dir.filePath(QStringLiteral("broken.gdpkg"));
    writeFile(broken, QByteArray("SQLite format 3") + QByteArray(3000, '\x01'));
    CHECK(runCli(QStringList{QStringLiteral("--db"), office, QStringLiteral("merge"), broken} + asAdmin,
                 withPassword("admin-pass"))
              .exitCode == 2);
    requireUserError(runCli({QStringLiteral("--db"), office, QStringLiteral("merge"), pkg}));
}

TEST_CASE("export --since-last-to sends what that office has not confirmed having, and sync-status says what it lacks")
{
    DemoFile demo(20);
    const QString office = newOffice(demo.dir, QStringLiteral("district.griddesk"));
    const QStringList asAdmin{QStringLiteral("--user"), QStringLiteral("admin")};
    const QJsonArray list =
        jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("cases"), QStringLiteral("list"),
                       QStringLiteral("--state"), QStringLiteral("in_progress,signed,dispatched,registered"),
                       QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")}))
            .array();
    // A case a note is added to below: an open one of the demo's twenty, or, at an hour when all of
    // them are closed, one registered now (before the first package, so the second holds the note only).
    QString noteCase = list.isEmpty() ? QString() : list.first().toObject().value(QStringLiteral("id")).toString();
    if (noteCase.isEmpty()) {
        const QString grid = jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("grids"),
                                            QStringLiteral("list"), QStringLiteral("--json")}))
                                 .array()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("code"))
                                 .toString();
        noteCase = jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("cases"), QStringLiteral("add"),
                                  QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--channel"),
                                  QStringLiteral("patrol"), QStringLiteral("--category"), QStringLiteral("0401"),
                                  QStringLiteral("--grid"), grid, QStringLiteral("--description"),
                                  QStringLiteral("楼道堆放杂物"), QStringLiteral("--json")},
                                 withPassword("admin123")))
                       .object()
                       .value(QStringLiteral("number"))
                       .toString();
    }
    REQUIRE_FALSE(noteCase.isEmpty());
    auto exportTo = [&](const QString &name) {
        const QString pkg = demo.dir.filePath(name);
        const CliRun run = runCli({QStringLiteral("--db"), demo.db, QStringLiteral("export"), QStringLiteral("--out"),
                                   pkg, QStringLiteral("--since-last-to"), QStringLiteral("区中心"),
                                   QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("admin")},
                                  withPassword("admin123"));
        INFO(run.errText().toStdString());
        REQUIRE(run.exitCode == 0);
        int rows = 0;
        for (const QJsonValue &t : jsonOf(run).object().value(QStringLiteral("tables")).toArray())
            rows += t.toObject().value(QStringLiteral("rows")).toInt();
        trustPackage(office, demo.db, pkg, "admin-pass");
        const CliRun merged =
            runCli(QStringList{QStringLiteral("--db"), office, QStringLiteral("merge"), pkg} + asAdmin,
                   withPassword("admin-pass"));
        INFO(merged.errText().toStdString());
        REQUIRE(merged.exitCode == 0);
        return rows;
    };
    const int first = exportTo(QStringLiteral("first.gdpkg"));
    CHECK(first > 1000);
    auto status = [&] {
        return jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("sync-status"), QStringLiteral("--peer"),
                              QStringLiteral("区中心"), QStringLiteral("--json")}))
            .object();
    };
    // Sent is not had: until the office confirms the package, everything still waits for it.
    QJsonObject before = status();
    CHECK_FALSE(before.value(QStringLiteral("in_sync")).toBool());
    CHECK(before.value(QStringLiteral("scopes"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("last_acknowledged"))
              .isNull());
    // The office's own package names what it merged: the demo office takes it.
    const QString back = demo.dir.filePath(QStringLiteral("back.gdpkg"));
    REQUIRE(
        runCli({QStringLiteral("--db"), office, QStringLiteral("export"), QStringLiteral("--out"), back}).exitCode ==
        0);
    trustPackage(demo.db, office, back, "admin123");
    const CliRun mergedBack = runCli({QStringLiteral("--db"), demo.db, QStringLiteral("merge"), back,
                                      QStringLiteral("--user"), QStringLiteral("admin")},
                                     withPassword("admin123"));
    INFO(mergedBack.errText().toStdString());
    REQUIRE(mergedBack.exitCode == 0);
    const QJsonObject confirmed = status();
    CHECK(confirmed.value(QStringLiteral("in_sync")).toBool());
    const QJsonObject scope = confirmed.value(QStringLiteral("scopes")).toArray().first().toObject();
    CHECK(scope.value(QStringLiteral("waiting_rows")).toInt() == 0);
    CHECK(scope.value(QStringLiteral("unacknowledged_packages")).toInt() == 0);
    CHECK(scope.value(QStringLiteral("last_acknowledged")).isString());
    const CliRun text = runCli({QStringLiteral("--db"), demo.db, QStringLiteral("sync-status"),
                                QStringLiteral("--peer"), QStringLiteral("区中心")});
    CHECK(text.exitCode == 0);
    CHECK(text.outText().contains(QStringLiteral("holds everything")));
    requireUserError(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("sync-status"), QStringLiteral("--peer"),
                             QStringLiteral("无此单位")}));

    REQUIRE(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("cases"), QStringLiteral("act"), noteCase,
                    QStringLiteral("note"), QStringLiteral("--note"), QStringLiteral("已电话回访"),
                    QStringLiteral("--user"), QStringLiteral("admin")},
                   withPassword("admin123"))
                .exitCode == 0);
    CHECK(status()
              .value(QStringLiteral("scopes"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("waiting_rows"))
              .toInt() >= 1);
    const int second = exportTo(QStringLiteral("second.gdpkg"));
    CHECK(second >= 1);
    CHECK(second <= 2); // the note's event, and its case when the note changed it
    CHECK(runCli({QStringLiteral("--db"), office, QStringLiteral("digest")}).outText().trimmed() ==
          runCli({QStringLiteral("--db"), demo.db, QStringLiteral("digest")}).outText().trimmed());

    // Who sent it must be known; the office must be named.
    requireUserError(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("export"), QStringLiteral("--out"),
                             demo.dir.filePath(QStringLiteral("x.gdpkg")), QStringLiteral("--since-last-to"),
                             QStringLiteral("区中心")}));
    requireUserError(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("export"), QStringLiteral("--out"),
                             demo.dir.filePath(QStringLiteral("x.gdpkg")), QStringLiteral("--since-last-to"),
                             QStringLiteral(" "), QStringLiteral("--user"), QStringLiteral("admin")},
                            withPassword("admin123")));
}

TEST_CASE("conflicts resolve checks its arguments and names a conflict that is not open")
{
    DemoFile demo(0);
    const QStringList base{QStringLiteral("--db"), demo.db, QStringLiteral("conflicts"), QStringLiteral("resolve")};
    const QStringList asAdmin{QStringLiteral("--user"), QStringLiteral("admin")};
    requireUserError(
        runCli(base + QStringList{QStringLiteral("x"), QStringLiteral("--keep")} + asAdmin, withPassword("admin123")));
    requireUserError(
        runCli(base + QStringList{QStringLiteral("1"), QStringLiteral("--keep"), QStringLiteral("--other")} + asAdmin,
               withPassword("admin123")));
    const CliRun missing =
        runCli(base + QStringList{QStringLiteral("7"), QStringLiteral("--keep")} + asAdmin, withPassword("admin123"));
    CHECK(missing.exitCode != 0);
    CHECK(missing.errText().contains(QStringLiteral("7")));
}

TEST_CASE("undo-merge takes a merge back from its undo file, once, and only for an administrator")
{
    DemoFile demo(10);
    const QString pkg = demo.dir.filePath(QStringLiteral("undo.gdpkg"));
    REQUIRE(
        runCli({QStringLiteral("--db"), demo.db, QStringLiteral("export"), QStringLiteral("--out"), pkg}).exitCode ==
        0);
    const QString office = newOffice(demo.dir, QStringLiteral("undo-street.griddesk"));
    const QString before = runCli({QStringLiteral("--db"), office, QStringLiteral("digest")}).outText().trimmed();
    const QStringList asAdmin{QStringLiteral("--user"), QStringLiteral("admin")};
    trustPackage(office, demo.db, pkg, "admin-pass");
    const QJsonObject merged = jsonOf(runCli(QStringList{QStringLiteral("--db"), office, QStringLiteral("merge"), pkg,
                                                         QStringLiteral("--json")} +
                                                 asAdmin,
                                             withPassword("admin-pass")))
                                   .object();
    const QString undoFile = merged.value(QStringLiteral("backup")).toString();
    REQUIRE(undoFile.endsWith(QStringLiteral(".undo")));

    // No operator: a user error, nothing changed.
    const CliRun anonymous = runCli({QStringLiteral("--db"), office, QStringLiteral("undo-merge"), undoFile});
    CHECK(anonymous.exitCode == 1);
    // Without the file argument: usage.
    CHECK(runCli(QStringList{QStringLiteral("--db"), office, QStringLiteral("undo-merge")} + asAdmin,
                 withPassword("admin-pass"))
              .exitCode != 0);

    const QJsonObject undone = jsonOf(runCli(QStringList{QStringLiteral("--db"), office, QStringLiteral("undo-merge"),
                                                         undoFile, QStringLiteral("--json")} +
                                                 asAdmin,
                                             withPassword("admin-pass")))
                                   .object();
    CHECK(undone.value(QStringLiteral("package_file")).toString() == QStringLiteral("undo.gdpkg"));
    CHECK(undone.value(QStringLiteral("cases")).toInt() == 10);
    CHECK(runCli({QStringLiteral("--db"), office, QStringLiteral("digest")}).outText().trimmed() == before);
    CHECK(runCli({QStringLiteral("--db"), office, QStringLiteral("check")}).exitCode == 0);

    // Twice: refused as bad data (exit 2) with the reason.
    const CliRun twice =
        runCli(QStringList{QStringLiteral("--db"), office, QStringLiteral("undo-merge"), undoFile} + asAdmin,
               withPassword("admin-pass"));
    CHECK(twice.exitCode == 2);
    CHECK(twice.errText().contains(QStringLiteral("undo.gdpkg")));
}
