// Packages of one street, community or grid (exchange/PackageScope.h): the area's rows and all
// they name, every reference data row, nothing of other areas, tombstones too; and a code that
// names nothing is refused before any file is written.
#include "TestDb.h"
#include "TrustSender.h"
#include "demo/DemoCases.h"
#include "demo/DemoDistrict.h"
#include "exchange/PackageExport.h"
#include "exchange/PackageReader.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <sqlite3.h>

using namespace gd;
using namespace gdtest;

namespace {

struct District {
    TestDb t;
    District()
    {
        t.clock->setMs(QDateTime(QDate(2026, 6, 16), QTime(15, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
        REQUIRE(DemoDistrict::generate(*t, DemoOptions()).ok());
        DemoCaseOptions o;
        o.count = 400;
        REQUIRE(DemoCases::generate(*t, o).ok());
    }
    QString one(const QString &sql)
    {
        QSqlQuery q(t->sql());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toString();
    }
};

// Single values and id sets from a package, read with a plain connection.
struct Package {
    sqlite3 *db = nullptr;
    explicit Package(const QString &path)
    {
        REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    }
    ~Package() { sqlite3_close(db); }
    QSet<QString> column(const QString &sql) const
    {
        sqlite3_stmt *st = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK);
        QSet<QString> out;
        while (sqlite3_step(st) == SQLITE_ROW)
            out.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))));
        sqlite3_finalize(st);
        return out;
    }
    qint64 count(const QString &table) const
    {
        return column(QStringLiteral("SELECT count(*) FROM ") + table).values().first().toLongLong();
    }
};

} // namespace

TEST_CASE("a street's package holds its area, all it names and all reference data", "[exchange][slow]")
{
    District d;
    const QString street = d.one(QStringLiteral("SELECT s.code FROM streets s JOIN communities c ON c.street_id = "
                                                "s.id JOIN grids g ON g.community_id = c.id JOIN cases k ON "
                                                "k.grid_id = g.id GROUP BY s.id ORDER BY count(*) DESC LIMIT 1"));
    // A tombstoned building of the street travels as a tombstone.
    const QString gone = d.one(QStringLiteral("SELECT b.id FROM buildings b JOIN grids g ON g.id = b.grid_id JOIN "
                                              "communities c ON c.id = g.community_id JOIN streets s ON s.id = "
                                              "c.street_id WHERE s.code = '%1' LIMIT 1")
                                   .arg(street));
    {
        QSqlQuery q(d.t->sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE buildings SET deleted = 1 WHERE id = '%1'").arg(gone)));
    }
    const QString path = d.t.dir.filePath(QStringLiteral("street.gdpkg"));
    exchange::ExportScope scope{exchange::ExportScope::Street, street, {}};
    auto report = exchange::exportPackage(*d.t, path, scope);
    INFO(report.message().toStdString());
    REQUIRE(report.ok());

    Package p(path);
    // The street, and as parents only the streets of the units and of workers it names: none of
    // their communities' grids or cases.
    CHECK(p.column(QStringLiteral("SELECT code FROM streets")).contains(street));
    CHECK(p.column(QStringLiteral("SELECT DISTINCT s.code FROM grids g JOIN communities c ON c.id = g.community_id "
                                  "JOIN streets s ON s.id = c.street_id")) == QSet<QString>{street});
    // Every row the package holds can be written into a file that has nothing else.
    for (const char *dangling :
         {"SELECT id FROM units WHERE street_id IS NOT NULL AND street_id NOT IN (SELECT id FROM streets)",
          "SELECT id FROM workers WHERE community_id IS NOT NULL AND community_id NOT IN (SELECT id FROM communities)",
          "SELECT id FROM communities WHERE street_id NOT IN (SELECT id FROM streets)",
          "SELECT id FROM police_grids WHERE officer_id IS NOT NULL AND officer_id NOT IN (SELECT id FROM workers)",
          "SELECT id FROM grids WHERE police_grid_id IS NOT NULL AND police_grid_id NOT IN (SELECT id FROM "
          "police_grids)",
          "SELECT id FROM cases WHERE handler_worker_id IS NOT NULL AND handler_worker_id NOT IN (SELECT id FROM "
          "workers)"})
        CHECK(p.column(QLatin1String(dangling)).isEmpty());
    const qint64 inStreet = d.one(QStringLiteral("SELECT count(*) FROM cases k JOIN grids g ON g.id = k.grid_id "
                                                 "JOIN communities c ON c.id = g.community_id JOIN streets s ON "
                                                 "s.id = c.street_id WHERE s.code = '%1'")
                                      .arg(street))
                                .toLongLong();
    CHECK(inStreet > 0);
    CHECK(p.count(QStringLiteral("cases")) == inStreet);
    CHECK(p.count(QStringLiteral("cases")) < 400);
    // Every reference inside the area resolves inside the package.
    CHECK(p.column(QStringLiteral("SELECT grid_id FROM cases WHERE grid_id NOT IN (SELECT id FROM grids)")).isEmpty());
    CHECK(p.column(QStringLiteral("SELECT case_id FROM case_events WHERE case_id NOT IN (SELECT id FROM cases)"))
              .isEmpty());
    CHECK(p.column(QStringLiteral("SELECT community_id FROM grids WHERE community_id NOT IN (SELECT id FROM "
                                  "communities)"))
              .isEmpty());
    CHECK(p.column(QStringLiteral("SELECT worker_id FROM grids WHERE worker_id IS NOT NULL AND worker_id NOT IN "
                                  "(SELECT id FROM workers)"))
              .isEmpty());
    CHECK(p.column(QStringLiteral("SELECT worker_id FROM worker_grids WHERE worker_id NOT IN (SELECT id FROM "
                                  "workers)"))
              .isEmpty());
    CHECK(p.column(QStringLiteral("SELECT deleted FROM buildings WHERE id = '%1'").arg(gone)) ==
          QSet<QString>{QStringLiteral("1")});
    // Every event of the area's cases, and all reference data.
    const qint64 events =
        d.one(QStringLiteral("SELECT count(*) FROM case_events e JOIN cases k ON k.id = e.case_id "
                             "JOIN grids g ON g.id = k.grid_id JOIN communities c ON c.id = "
                             "g.community_id JOIN streets s ON s.id = c.street_id WHERE s.code = '%1'")
                  .arg(street))
            .toLongLong();
    CHECK(p.count(QStringLiteral("case_events")) == events);
    for (const char *table : {"units", "unit_contacts", "categories", "calendar_days"})
        CHECK(p.count(QLatin1String(table)) ==
              d.one(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong());
    CHECK(p.column(QStringLiteral("SELECT value FROM manifest WHERE key = 'scope'")) ==
          QSet<QString>{QStringLiteral("{\"code\":\"%1\",\"kind\":\"street\"}").arg(street)});

    // Another office of the same version accepts it whole.
    TestDb other;
    gdtest::receiveFrom(*other, path);
    auto opened = exchange::PackageReader::open(path, *other);
    INFO(opened.message().toStdString());
    CHECK(opened.ok());
}

TEST_CASE("a grid's package holds the grid with its community and street, and an unknown code is refused",
          "[exchange][slow]")
{
    District d;
    const QString grid = d.one(QStringLiteral("SELECT g.code FROM grids g JOIN cases k ON k.grid_id = g.id GROUP BY "
                                              "g.id ORDER BY count(*) DESC LIMIT 1"));
    const QString path = d.t.dir.filePath(QStringLiteral("grid.gdpkg"));
    REQUIRE(exchange::exportPackage(*d.t, path, {exchange::ExportScope::Grid, grid, {}}).ok());
    Package p(path);
    CHECK(p.column(QStringLiteral("SELECT code FROM grids")) == QSet<QString>{grid});
    // Its community and street, and as parents only those of the workers and units it names.
    CHECK(p.column(QStringLiteral("SELECT DISTINCT community_id FROM grids")).size() == 1);
    CHECK(p.column(QStringLiteral("SELECT id FROM communities WHERE street_id NOT IN (SELECT id FROM streets)"))
              .isEmpty());
    CHECK(p.column(QStringLiteral("SELECT id FROM workers WHERE community_id IS NOT NULL AND community_id NOT IN "
                                  "(SELECT id FROM communities)"))
              .isEmpty());
    CHECK(p.count(QStringLiteral("cases")) ==
          d.one(QStringLiteral("SELECT count(*) FROM cases k JOIN grids g ON g.id = k.grid_id WHERE g.code = '%1'")
                    .arg(grid))
              .toLongLong());

    const QString none = d.t.dir.filePath(QStringLiteral("none.gdpkg"));
    for (const auto kind :
         {exchange::ExportScope::Street, exchange::ExportScope::Community, exchange::ExportScope::Grid}) {
        auto refused = exchange::exportPackage(*d.t, none, {kind, QStringLiteral("999"), {}});
        CHECK_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Invalid);
        CHECK(refused.message().contains(QStringLiteral("999")));
        CHECK_FALSE(QFile::exists(none));
        CHECK_FALSE(QFile::exists(none + QStringLiteral(".part")));
    }
}
