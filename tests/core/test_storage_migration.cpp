#include "TestDb.h"
#include "schema/HealthCheck.h"
#include "schema/Tables.h"
#include "storage/Database.h"
#include "storage/SchemaLadder.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace gd;

TEST_CASE("a file made at schema v1 is backed up and migrated to the latest version")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.griddesk"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id=%1").arg(Database::kApplicationId)));
        REQUIRE(schema::migrate(db, 0, 1));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO meta VALUES('site_id','0193e4a0-0000-7000-8000-000000000001')")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO workers(id, origin_site, created_hlc, site, hlc, vv, name, kind, start_date) VALUES "
            "('0193e4a0-0000-7000-8000-0000000000a1','s1',100,'s1',100,'{\"s1\":1}','陈姝夷','full_time','2019-03-01'),"
            "('0193e4a0-0000-7000-8000-0000000000a2','s1',101,'s1',101,'{\"s1\":1}','姜虹羽','full_time','2020-07-15'),"
            "('0193e4a0-0000-7000-8000-0000000000a3','s1',102,'s1',102,'{\"s1\":1}','李志强','volunteer','2021-01-01'"
            ")")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        REQUIRE(q.value(0).toInt() == 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    auto opened = Database::open(path);
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    CHECK(db.schemaVersion() == schema::latestVersion());
    CHECK(db.siteId() == QStringLiteral("0193e4a0-0000-7000-8000-000000000001"));
    REQUIRE_FALSE(db.lastBackupPath().isEmpty());
    CHECK(QFile::exists(db.lastBackupPath()));

    QSqlQuery q(db.sql());
    REQUIRE(
        q.exec(QStringLiteral("SELECT w.name, c.stage, c.date FROM career_steps c JOIN workers w ON w.id = c.worker_id "
                              "ORDER BY c.date")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("陈姝夷"));
    CHECK(q.value(1).toString() == QStringLiteral("grid_worker"));
    CHECK(q.value(2).toString() == QStringLiteral("2019-03-01"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("姜虹羽"));
    CHECK_FALSE(q.next()); // the volunteer has no ladder

    // The backup is the untouched v1 file.
    {
        QSqlDatabase b = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bak"));
        b.setDatabaseName(db.lastBackupPath());
        REQUIRE(b.open());
        QSqlQuery bq(b);
        REQUIRE(bq.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(bq.next());
        CHECK(bq.value(0).toInt() == 1);
        REQUIRE(bq.exec(QStringLiteral("SELECT count(*) FROM workers")));
        REQUIRE(bq.next());
        CHECK(bq.value(0).toInt() == 3);
        bq.finish();
        b.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bak"));
}

TEST_CASE("the table definitions match the schema")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("s.griddesk")));
    REQUIRE(opened.ok());
    for (const TableDef *def : tables::all()) {
        const QSqlRecord rec = opened.value()->sql().record(def->name);
        INFO(def->name.toStdString());
        QStringList columns;
        for (int i = 0; i < rec.count(); ++i)
            columns << rec.fieldName(i);
        QStringList expected = tables::metaColumns() + def->fields + def->derived;
        expected.sort();
        columns.sort();
        CHECK(columns == expected);
    }
}

TEST_CASE("the v8 upgrade turns version-vector counters into the stamp of the site's last edit")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.griddesk"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v7"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id=%1").arg(Database::kApplicationId)));
        REQUIRE(schema::migrate(db, 0, 7));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO meta VALUES('site_id','0193e4a0-0000-7000-8000-000000000007')")));
        // Created, then edited twice (counter 3), the last edit stamped 281474976710656042 (> 2^53).
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO streets(id, origin_site, created_hlc, site, hlc, vv, code, name) VALUES "
            "('0193e4a0-0000-7000-8000-0000000000b1','s7',100,'s7',281474976710656042,'{\"s7\":3}','370202001',"
            "'八大关街道')")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v7"));

    auto opened = Database::open(path);
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    CHECK(db.schemaVersion() == schema::latestVersion());
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT vv FROM streets")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("{\"s7\":\"281474976710656042\"}"));
    // Seeded reference rows, never edited, keep an empty vector.
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM categories WHERE vv <> '{}'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("a file written at every earlier schema version opens at the latest, healthy, its seeds and index whole",
          "[schema]")
{
    // Steps run frozen SQL only; what today's code adds (the reference data, the review's default
    // criteria, a search index a step marked stale) comes after the ladder, whatever the version.
    for (int version = 1; version < schema::latestVersion(); ++version) {
        DYNAMIC_SECTION("from v" << version)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.griddesk"));
            gdtest::writeOldFile(path, version, {});
            auto opened = Database::open(path);
            INFO(opened.message().toStdString());
            REQUIRE(opened.ok());
            Database &db = *opened.value();
            CHECK(db.schemaVersion() == schema::latestVersion());
            const HealthReport report = HealthCheck(db).run();
            INFO(report.problems.join(QLatin1Char('\n')).toStdString());
            CHECK(report.problems.isEmpty());
            QSqlQuery q(db.sql());
            REQUIRE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM calendar_days), (SELECT count(*) FROM "
                                          "categories), (SELECT kind FROM rating_items WHERE code = 'training'), "
                                          "(SELECT v FROM case_search_config WHERE k = 'automerge')")));
            REQUIRE(q.next());
            CHECK(q.value(0).toInt() >= 60); // the official holidays and make-up days of the shipped years
            CHECK(q.value(1).toInt() > 50);
            CHECK(q.value(2).toString() == QStringLiteral("records"));
            CHECK(q.value(3).toInt() == 0);
        }
    }
}
