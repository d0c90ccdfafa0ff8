// `griddesk-cli merge` killed (SIGKILL) in the middle of its transaction, as a power cut or the
// task manager would: the office's file keeps exactly its content, passes `check`, has no ledger
// entry for the package, and the same package then merges whole.
#include "CliRunner.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

using namespace clitest;

namespace {

// Enough cases that the merge runs for seconds (10,000: about 6 s on the reference machine).
constexpr int kCases = 10000;
// Uncommitted pages spilled into the WAL: the merge is inside its one transaction.
constexpr qint64 kWalMidMerge = 2 * 1024 * 1024;

int ledgerRows(const QString &path)
{
    int rows = -1;
    const QString connection = QStringLiteral("ledger");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM exchange_ledger")));
        REQUIRE(q.next());
        rows = q.value(0).toInt();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

QJsonObject digestJson(const QString &db)
{
    return jsonOf(runCli({QStringLiteral("--db"), db, QStringLiteral("digest"), QStringLiteral("--json")})).object();
}

// The cases a file holds, from its digest: the demo's and the morning's imported orders (DemoRepeats.h).
int casesIn(const QJsonObject &digest)
{
    for (const QJsonValue &t : digest.value(QStringLiteral("tables")).toArray())
        if (t.toObject().value(QStringLiteral("table")).toString() == QLatin1String("cases"))
            return t.toObject().value(QStringLiteral("rows")).toInt();
    return -1;
}

} // namespace

TEST_CASE("a merge killed midway leaves the office's file as it was, and the package merges again")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString a = dir.filePath(QStringLiteral("a.griddesk")), b = dir.filePath(QStringLiteral("b.griddesk")),
                  pkg = dir.filePath(QStringLiteral("a.gdpkg"));
    const CliRun demo =
        runCli({QStringLiteral("--db"), a, QStringLiteral("demo"), QStringLiteral("--cases"), QString::number(kCases)});
    INFO(demo.errText().toStdString());
    REQUIRE(demo.exitCode == 0);
    REQUIRE(runCli({QStringLiteral("--db"), a, QStringLiteral("export"), QStringLiteral("--out"), pkg}).exitCode == 0);
    const CliRun init =
        runCli({QStringLiteral("--db"), b, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
               withPassword("admin-pass"));
    INFO(init.errText().toStdString());
    REQUIRE(init.exitCode == 0);
    trustPackage(b, a, pkg, "admin-pass");
    const QJsonObject before = digestJson(b);
    const QStringList mergeArgs{
        QStringLiteral("--db"),  b, QStringLiteral("merge"), pkg, QStringLiteral("--user"), QStringLiteral("admin"),
        QStringLiteral("--json")};

    // Start the merge and kill it once its transaction has written into the WAL.
    QProcess merge;
    merge.setProcessEnvironment(withPassword("admin-pass"));
    merge.start(QStringLiteral(GRIDDESK_CLI_PATH), mergeArgs);
    REQUIRE(merge.waitForStarted(10000));
    QElapsedTimer watch;
    watch.start();
    const QString wal = b + QStringLiteral("-wal");
    qint64 walAtKill = 0;
    while (watch.elapsed() < 50000) {
        if (merge.waitForFinished(20))
            break;
        walAtKill = QFileInfo(wal).size();
        if (walAtKill > kWalMidMerge)
            break;
    }
    const qint64 killedAfterMs = watch.elapsed();
    INFO("WAL " << walAtKill << " bytes after " << killedAfterMs
                << " ms; merge's stderr: " << QString::fromUtf8(merge.readAllStandardError()).toStdString());
    // Finished already: the merge was too quick for this machine; raise kCases.
    REQUIRE(merge.state() == QProcess::Running);
    REQUIRE(walAtKill > kWalMidMerge);
    merge.kill();
    const qint64 killedSecond = QDateTime::currentSecsSinceEpoch(); // its undo file was named before
    REQUIRE(merge.waitForFinished(10000));
    REQUIRE(merge.exitStatus() == QProcess::CrashExit);
    CHECK(merge.readAllStandardOutput().isEmpty()); // it never got to report a result
    // Its undo file is written just before the commit: killed mid-merge, at most a partial one
    // is left, naming a package the ledger does not have (so undo refuses it).
    CHECK(QDir(dir.path()).entryList(QStringList{QStringLiteral("b.griddesk.before-merge-*")}, QDir::Files).size() <=
          1);

    // The file as it was: the same content, healthy, and no trace of the package in the ledger.
    CHECK(digestJson(b) == before);
    const CliRun check = runCli({QStringLiteral("--db"), b, QStringLiteral("check")});
    INFO(check.outText().toStdString() << check.errText().toStdString());
    CHECK(check.exitCode == 0);
    CHECK(ledgerRows(b) == 0);
    CHECK(jsonOf(runCli({QStringLiteral("--db"), b, QStringLiteral("conflicts"), QStringLiteral("list"),
                         QStringLiteral("--json")}))
              .array()
              .isEmpty());

    // The same package again: not "merged before", and the file ends with A's content. (In a later
    // second than the killed merge, whose undo file named by the second may still be there: a merge in
    // the same second takes another name, test_exchange_merge_edges.cpp.)
    while (QDateTime::currentSecsSinceEpoch() <= killedSecond)
        QThread::msleep(100);
    const QJsonObject merged = jsonOf(runCli(mergeArgs, withPassword("admin-pass"))).object();
    CHECK_FALSE(merged.value(QStringLiteral("already_merged")).toBool());
    CHECK(merged.value(QStringLiteral("tables"))
              .toObject()
              .value(QStringLiteral("cases"))
              .toObject()
              .value(QStringLiteral("added"))
              .toInt() == casesIn(digestJson(a)));
    CHECK(digestJson(b).value(QStringLiteral("digest")) == digestJson(a).value(QStringLiteral("digest")));
    CHECK(ledgerRows(b) == 1);
    CHECK(runCli({QStringLiteral("--db"), b, QStringLiteral("check")}).exitCode == 0);
}
