// griddesk-hub as an administrator runs it: the real binary against the test server. The office
// and its packages are made through core; what the hub does is seen only through the program.
#include "HubRun.h"
#include "HubTestDb.h"
#include "exchange/OfficeKey.h"
#include "test_exchange_fixture.h"

#include <QJsonArray>
#include <QThread>

using namespace gd;
using namespace gdtest;

namespace {

// An office with some requests, and its package of everything.
struct Office {
    CaseWorld w;
    QString package;
    explicit Office(int cases)
    {
        CaseService service(*w.t);
        for (int i = 0; i < cases; ++i)
            must(service.registerCase(w.draft()));
        package = w.t.dir.filePath(QStringLiteral("office.gdpkg"));
        auto written = exchange::exportPackage(*w.t, package);
        REQUIRE(written.ok());
    }
};

} // namespace

TEST_CASE("griddesk-hub: init, trust, ingest and a digest equal to the office's", "[hub][cli]")
{
    HubDb h(false);
    const QString pg = h.conninfo();
    const HubRun init = runHub({QStringLiteral("--pg"), pg, QStringLiteral("init"), QStringLiteral("--name"),
                                QStringLiteral("市南区枢纽"), QStringLiteral("--json")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QJsonObject id = json(init).toObject();
    CHECK(id.value(QStringLiteral("name")).toString() == QStringLiteral("市南区枢纽"));
    const HubRun show = runHub({QStringLiteral("--pg"), pg, QStringLiteral("show")});
    CHECK(show.exitCode == 0);
    CHECK(show.out.contains(id.value(QStringLiteral("fingerprint")).toString()));

    // The hub's key file, as an office trusts it.
    QTemporaryDir dir;
    const HubRun key = runHub({QStringLiteral("--pg"), pg, QStringLiteral("key"), QStringLiteral("--out"),
                               dir.filePath(QStringLiteral("hub.key"))});
    REQUIRE(key.exitCode == 0);
    auto read = exchange::readKeyFile(dir.filePath(QStringLiteral("hub.key")));
    REQUIRE(read.ok());
    CHECK(exchange::fingerprint(read->publicKey) == id.value(QStringLiteral("fingerprint")).toString());

    Office office(4);
    const QString fp = exchange::packageSender(office.package)->fingerprint;
    // Untrusted: refused, exit 2, the package named.
    const HubRun untrusted = runHub({QStringLiteral("--pg"), pg, QStringLiteral("ingest"), office.package});
    CHECK(untrusted.exitCode == 2);
    CHECK(untrusted.err.contains(QStringLiteral("office.gdpkg")));
    CHECK(untrusted.err.contains(QStringLiteral("griddesk-hub trust add")));
    const HubRun wrongFp = runHub({QStringLiteral("--pg"), pg, QStringLiteral("trust"), QStringLiteral("add"),
                                   QStringLiteral("--package"), office.package, QStringLiteral("--fingerprint"),
                                   QStringLiteral("0000 0000 0000 0000 0000 0000 0000 0000")});
    CHECK(wrongFp.exitCode == 1);
    const HubRun trusted = runHub({QStringLiteral("--pg"), pg, QStringLiteral("trust"), QStringLiteral("add"),
                                   QStringLiteral("--package"), office.package, QStringLiteral("--fingerprint"), fp,
                                   QStringLiteral("--scope"), QStringLiteral("street:370202002")});
    INFO(trusted.err.toStdString());
    REQUIRE(trusted.exitCode == 0);
    const HubRun list =
        runHub({QStringLiteral("--pg"), pg, QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    REQUIRE(json(list).toArray().size() == 1);
    CHECK(json(list).toArray().first().toObject().value(QStringLiteral("scope")).toString() ==
          QStringLiteral("street:370202002"));

    const HubRun taken =
        runHub({QStringLiteral("--pg"), pg, QStringLiteral("ingest"), office.package, QStringLiteral("--json")});
    INFO(taken.err.toStdString());
    REQUIRE(taken.exitCode == 0);
    const QJsonObject report = json(taken).toArray().first().toObject();
    CHECK(report.value(QStringLiteral("already_ingested")).toBool() == false);
    CHECK(report.value(QStringLiteral("tables"))
              .toObject()
              .value(QStringLiteral("cases"))
              .toObject()
              .value(QStringLiteral("added")) == 4);
    const HubRun digest = runHub({QStringLiteral("--pg"), pg, QStringLiteral("digest")});
    REQUIRE(digest.exitCode == 0);
    CHECK(digest.out.trimmed() == QString::fromLatin1(digestOf(*office.w.t).toHex()));
    // The hub's package for the office: named by the office's fingerprint, read by any office.
    const QString down = dir.filePath(QStringLiteral("for-office.gdpkg"));
    const HubRun package = runHub({QStringLiteral("--pg"), pg, QStringLiteral("package"), QStringLiteral("--for"), fp,
                                   QStringLiteral("--out"), down, QStringLiteral("--json")});
    INFO(package.err.toStdString());
    REQUIRE(package.exitCode == 0);
    CHECK(json(package).toObject().value(QStringLiteral("rows")).toDouble() > 4);
    CHECK(exchange::PackageReader::claimed(down).sourceSite == id.value(QStringLiteral("site")).toString());
    CHECK(runHub({QStringLiteral("--pg"), pg, QStringLiteral("package"), QStringLiteral("--for"),
                  QStringLiteral("无此单位"), QStringLiteral("--out"), down})
              .exitCode == 1);
    const HubRun again = runHub({QStringLiteral("--pg"), pg, QStringLiteral("ingest"), office.package});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("nothing changed")));
}

TEST_CASE("griddesk-hub refuses what is not for it, saying why", "[hub][cli]")
{
    HubDb h;
    const QString pg = h.conninfo();
    const HubRun password =
        runHub({QStringLiteral("--pg"), pg + QStringLiteral(" password=x"), QStringLiteral("show")});
    CHECK(password.exitCode == 1);
    CHECK(password.err.startsWith(QStringLiteral("griddesk-hub: ")));
    CHECK(password.err.contains(QStringLiteral("PGPASSWORD")));
    QTemporaryDir dir;
    const QString notPackage = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(notPackage);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("这不是数据包\n");
    }
    const HubRun refused = runHub({QStringLiteral("--pg"), pg, QStringLiteral("ingest"), notPackage});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("notes.txt")));
    CHECK(runHub({QStringLiteral("--pg"), pg, QStringLiteral("nonsense")}).exitCode == 1);
    CHECK(runHub({QStringLiteral("--pg"), pg, QStringLiteral("conflicts"), QStringLiteral("list")})
              .out.contains(QStringLiteral("No open conflicts")));
}

TEST_CASE("a kill -9 of ingest leaves the hub as it was and a second ingest completes", "[hub][cli][kill]")
{
    HubDb h;
    Office office(30);
    const QString fp = exchange::packageSender(office.package)->fingerprint;
    REQUIRE(runHub({QStringLiteral("--pg"), h.conninfo(), QStringLiteral("trust"), QStringLiteral("add"),
                    QStringLiteral("--package"), office.package, QStringLiteral("--fingerprint"), fp})
                .exitCode == 0);
    const QByteArray before = h.digest();
    // The test holds the ledger against writes (reads pass): the ingest does all its work in its
    // transaction and then waits at its last statement, where it is killed.
    auto blocker = HubDb::connect(h.conninfo());
    REQUIRE(blocker->exec(QStringLiteral("BEGIN")).ok());
    REQUIRE(blocker->exec(QStringLiteral("LOCK TABLE hub_ledger IN EXCLUSIVE MODE")).ok());
    QProcess p;
    p.start(QStringLiteral(GRIDDESK_HUB_PATH),
            {QStringLiteral("--pg"), h.conninfo(), QStringLiteral("ingest"), office.package});
    REQUIRE(p.waitForStarted(10000));
    bool waiting = false;
    for (int i = 0; i < 600 && !waiting; ++i) {
        QThread::msleep(100);
        // pg_locks, read live: pg_stat_activity is read once per transaction, and the blocker's stays
        // open, so a poll before the ingest reached its lock would be all it ever saw.
        auto w = blocker->scalar(QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = "
                                                "'hub_ledger'::regclass"));
        REQUIRE(w.ok());
        waiting = w->toLongLong() > 0;
    }
    REQUIRE(waiting);
    p.kill(); // SIGKILL
    REQUIRE(p.waitForFinished(10000));
    REQUIRE(blocker->exec(QStringLiteral("COMMIT")).ok());
    CHECK(h.digest() == before);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM hub_ledger")) == 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM cases")) == 0);

    const HubRun second = runHub({QStringLiteral("--pg"), h.conninfo(), QStringLiteral("ingest"), office.package});
    INFO(second.err.toStdString());
    CHECK(second.exitCode == 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM cases")) == 30);
    CHECK(h.digest() == digestOf(*office.w.t));
}
