// Scenario "hub-ingest": a district's requests taken by the hub (docs/HUB.md) on a local
// PostgreSQL server, against the plain way of loading the same rows in the same run.
//
//   GRIDDESK_BENCH_PG=CONNINFO      the server (a database per run is made and dropped there), e.g.
//                                   "host=/tmp/benchpg user=postgres" after
//                                   `bash tests/hub/pg_server.sh start /tmp/benchpg`
//   GRIDDESK_BENCH_HUB_CASES=N      requests in the office's package (default 200,000: a district's year)
//
// Made once, untimed: the demo district (seed 1) with N demo requests and their timelines in one
// office file, exported as one package of everything. Each run: a new hub database (init, the
// office trusted), then timed: `ingestPackage` — the package's checks, COPY into temporary tables,
// the set-based merge into empty tables, the ledger, one transaction. Baseline, into another new
// hub database in the same run: per table, COPY of the package's rows into a temporary table and
// INSERT … SELECT … ON CONFLICT (id) DO UPDATE of every column, one transaction, no checks.
#include "HubBench.h"
#include "demo/DemoCases.h"
#include "demo/DemoDistrict.h"
#include "exchange/ExchangeTables.h"
#include "exchange/PackageExport.h"
#include "exchange/Trust.h"
#include "hub/HubConnection.h"
#include "hub/HubIngest.h"
#include "hub/HubSchema.h"
#include "hub/HubTrust.h"
#include "storage/Database.h"
#include "storage/SqliteHandle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>
#include <sqlite3.h>

namespace hubbench {

namespace {

constexpr int kDefaultCases = 200000;

} // namespace

int casesWanted()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("GRIDDESK_BENCH_HUB_CASES", &ok);
    return ok && n > 0 ? n : kDefaultCases;
}

Office &office(const bench::Options &options)
{
    static Office o;
    if (!o.package.isEmpty() || !o.error.isEmpty())
        return o;
    if (options.dir.isEmpty())
        o.temporary = std::make_unique<QTemporaryDir>();
    const QDir dir(options.dir.isEmpty() ? o.temporary->path() : options.dir);
    o.file = dir.filePath(QStringLiteral("hub-office.griddesk"));
    o.package = dir.filePath(QStringLiteral("hub-office.gdpkg"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(o.file + QLatin1String(suffix));
    auto opened = gd::Database::open(o.file);
    if (!opened) {
        o.error = opened.message();
        return o;
    }
    gd::Database &db = **opened;
    db.setActor(gd::Actor::system());
    if (auto made = gd::DemoDistrict::generate(db, {1, {}}); !made) {
        o.error = made.message();
        return o;
    }
    gd::DemoCaseOptions cases;
    cases.count = casesWanted();
    if (auto made = gd::DemoCases::generate(db, cases); !made) {
        o.error = made.message();
        return o;
    }
    // Sent as to a peer: the city scenarios confirm it as the hub's next package would.
    gd::exchange::ExportScope toHub;
    toHub.sinceLastTo = QLatin1String(kPeer);
    auto exported = gd::exchange::exportPackage(db, o.package, toHub);
    if (!exported) {
        o.error = exported.message();
        return o;
    }
    for (const gd::exchange::TableDigest &t : exported->tables)
        o.rows += t.rows;
    o.content = QString::fromLatin1(exported->content.toHex());
    return o;
}

Scratch::Scratch(const QString &server)
    : name(QStringLiteral("hub_bench_%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
    auto a = gd::hub::HubConnection::open(server + QStringLiteral(" dbname=postgres"));
    if (!a) {
        error = a.message();
        return;
    }
    admin = std::move(a.value());
    if (gd::Status s = admin->exec(QStringLiteral("CREATE DATABASE %1").arg(name)); !s) {
        error = s.message();
        return;
    }
    auto h = gd::hub::HubConnection::open(server + QStringLiteral(" dbname=") + name);
    if (!h) {
        error = h.message();
        return;
    }
    hub = std::move(h.value());
    if (auto id = gd::hub::initHub(*hub, QStringLiteral("bench")); !id)
        error = id.message();
}

Scratch::~Scratch()
{
    hub.reset();
    // GRIDDESK_BENCH_HUB_KEEP=1 leaves the database for a look with psql afterwards (its name is
    // printed): a city takes long to make.
    if (admin && qEnvironmentVariableIntValue("GRIDDESK_BENCH_HUB_KEEP") == 1) {
        qInfo("griddesk-bench: the hub database %s is kept", qPrintable(name));
        return;
    }
    if (admin)
        (void)admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

QString naiveLoad(gd::hub::HubConnection &hub, const QString &package)
{
    sqlite3 *pkg = nullptr;
    if (sqlite3_open_v2(package.toUtf8().constData(), &pkg, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return QStringLiteral("cannot open the package");
    struct Close {
        sqlite3 *db;
        ~Close() { sqlite3_close(db); }
    } close{pkg};
    if (gd::Status s = hub.exec(QStringLiteral("BEGIN")); !s)
        return s.message();
    for (const gd::exchange::ExchangeTable &t : gd::exchange::exchangeTables()) {
        const QString staged = QStringLiteral("naive_") + t.name;
        if (gd::Status s = hub.exec(QStringLiteral("CREATE TEMP TABLE %1 (LIKE %2) ON COMMIT DROP")
                                        .arg(gd::hub::pgIdentifier(staged), gd::hub::pgIdentifier(t.name)));
            !s)
            return s.message();
        QStringList columns, sets;
        for (const QString &c : t.columns) {
            columns << gd::quotedIdentifier(c);
            if (c != QLatin1String("id"))
                sets << QStringLiteral("%1 = excluded.%1").arg(gd::hub::pgIdentifier(c));
        }
        gd::SqliteStatement st;
        const QByteArray sql = QStringLiteral("SELECT %1 FROM %2")
                                   .arg(columns.join(QStringLiteral(", ")), gd::quotedIdentifier(t.name))
                                   .toUtf8();
        if (sqlite3_prepare_v2(pkg, sql.constData(), -1, &st.st, nullptr) != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(pkg));
        const int n = int(t.columns.size());
        if (gd::Status s = hub.copyIn(staged, t.columns,
                                      [&](QVariantList &values) {
                                          if (sqlite3_step(st.st) != SQLITE_ROW)
                                              return false;
                                          for (int i = 0; i < n; ++i)
                                              values << gd::sqliteValue(st.st, i);
                                          return true;
                                      });
            !s)
            return s.message();
        QStringList quoted;
        for (const QString &c : t.columns)
            quoted << gd::hub::pgIdentifier(c);
        if (gd::Status s = hub.exec(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 ON CONFLICT (id) DO UPDATE "
                                                   "SET %4")
                                        .arg(gd::hub::pgIdentifier(t.name), quoted.join(QStringLiteral(", ")),
                                             gd::hub::pgIdentifier(staged), sets.join(QStringLiteral(", "))));
            !s)
            return s.message();
    }
    if (gd::Status s = hub.exec(QStringLiteral("COMMIT")); !s)
        return s.message();
    return {};
}

QString server(QString *error)
{
    const QString server = qEnvironmentVariable("GRIDDESK_BENCH_PG");
    if (server.isEmpty())
        *error = QStringLiteral("set GRIDDESK_BENCH_PG to a PostgreSQL server's connection (bash "
                                "tests/hub/pg_server.sh start DIR starts one: \"host=DIR user=postgres\")");
    return server;
}

namespace {

bench::Outcome ingestScenario(const bench::Options &options)
{
    bench::Outcome out;
    const QString server = hubbench::server(&out.error);
    if (server.isEmpty())
        return out;
    Office &o = office(options);
    if (!o.error.isEmpty()) {
        out.error = o.error;
        return out;
    }
    const auto sender = gd::exchange::packageSender(o.package);
    for (int run = 0; run < options.runs; ++run) {
        {
            Scratch hub(server);
            if (!hub.error.isEmpty()) {
                out.error = hub.error;
                return out;
            }
            if (gd::Status s = gd::hub::trustHubOffice(*hub.hub, *sender, sender->fingerprint); !s) {
                out.error = s.message();
                return out;
            }
            const bench::Stopwatch watch;
            auto taken = gd::hub::ingestPackage(*hub.hub, o.package);
            const double ms = watch.ms();
            if (!taken) {
                out.error = taken.message();
                return out;
            }
            out.ms << ms;
        }
        {
            Scratch naive(server);
            if (!naive.error.isEmpty()) {
                out.error = naive.error;
                return out;
            }
            const bench::Stopwatch watch;
            if (QString e = naiveLoad(*naive.hub, o.package); !e.isEmpty()) {
                out.error = e;
                return out;
            }
            out.baselineMs << watch.ms();
        }
    }
    out.notes << QStringLiteral("hub-ingest: one office package of %1 requests, %2 rows in all, %3 MB; a new hub "
                                "database per run; baseline: COPY + INSERT … ON CONFLICT DO UPDATE per table, one "
                                "transaction, no checks")
                     .arg(casesWanted())
                     .arg(o.rows)
                     .arg(double(QFileInfo(o.package).size()) / 1048576.0, 0, 'f', 1);
    return out;
}

const bench::Registrar ingest({QStringLiteral("hub-ingest"),
                               QStringLiteral("a district's requests taken by the hub on PostgreSQL, against COPY "
                                              "and an upsert of the same rows"),
                               ingestScenario});

} // namespace
} // namespace hubbench
