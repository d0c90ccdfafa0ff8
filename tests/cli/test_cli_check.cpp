// `check` on a healthy demo file, then on the same file after another program broke references
// behind GridDesk's back (as a hand edit with an SQLite tool would).
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

using namespace clitest;

namespace {

// Runs statements through a private QSQLITE connection; returns the first column of the last
// statement's first row. The connection has foreign keys off, as SQLite tools do by default.
QString rawSql(const QString &path, const QStringList &statements)
{
    QString result;
    const QString connection = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements) {
            INFO(s.toStdString());
            REQUIRE(q.exec(s));
        }
        if (q.isSelect() && q.next())
            result = q.value(0).toString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

QJsonObject checkJson(const QString &db, int expectedExit)
{
    const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--json")});
    INFO("stderr: " << run.errText().toStdString());
    CHECK(run.exitCode == expectedExit);
    CHECK(run.err.isEmpty());
    const QJsonDocument doc = parseJson(run.out);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("check reports a healthy demo, then names broken references with exit 2")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("check.griddesk"));
    const CliRun demo =
        runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("0")});
    INFO("demo stderr: " << demo.errText().toStdString());
    REQUIRE(demo.exitCode == 0);

    const QJsonObject healthy = checkJson(db, 0);
    const int version = healthy.value(QStringLiteral("schema_version")).toInt();
    CHECK(version > 0);
    CHECK(version == healthy.value(QStringLiteral("latest_schema_version")).toInt());
    CHECK(healthy.value(QStringLiteral("healthy")).toBool());
    CHECK(healthy.value(QStringLiteral("problems")).toArray().isEmpty());
    CHECK(healthy.value(QStringLiteral("quick_check")).toArray() == QJsonArray{QStringLiteral("ok")});
    CHECK(healthy.value(QStringLiteral("foreign_key_violation_count")).toInt() == 0);
    CHECK(healthy.value(QStringLiteral("site_id")).toString().size() == 36);
    CHECK_FALSE(healthy.value(QStringLiteral("hlc")).toObject().value(QStringLiteral("behind_rows")).toBool());
    bool gridsCounted = false;
    for (const QJsonValue &t : healthy.value(QStringLiteral("tables")).toArray()) {
        if (t.toObject().value(QStringLiteral("table")).toString() == QStringLiteral("grids")) {
            CHECK(t.toObject().value(QStringLiteral("live")).toInt() == 505);
            gridsCounted = true;
        }
    }
    CHECK(gridsCounted);

    const CliRun text = runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(text.exitCode == 0);
    CHECK(text.outText().contains(QStringLiteral("Schema version")));
    CHECK(text.outText().contains(QString::number(version)));
    CHECK(text.outText().contains(QStringLiteral("healthy")));

    // One grid's worker replaced by an id no row has; one police grid tombstoned while grids
    // are still paired with it.
    const QString gridCode =
        rawSql(db, {QStringLiteral("UPDATE grids SET worker_id = '00000000-0000-7000-8000-000000000bad' WHERE id = "
                                   "(SELECT id FROM grids WHERE worker_id IS NOT NULL ORDER BY code LIMIT 1)"),
                    QStringLiteral("SELECT code FROM grids WHERE worker_id = '00000000-0000-7000-8000-000000000bad'")});
    REQUIRE(gridCode.size() == 15);
    const QString policeCode = rawSql(
        db,
        {QStringLiteral("UPDATE police_grids SET deleted = 1 WHERE id = "
                        "(SELECT police_grid_id FROM grids WHERE police_grid_id IS NOT NULL ORDER BY code LIMIT 1)"),
         QStringLiteral("SELECT code FROM police_grids WHERE deleted = 1")});
    REQUIRE_FALSE(policeCode.isEmpty());

    const CliRun broken = runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(broken.exitCode == 2);
    CHECK(broken.outText().contains(QStringLiteral("worker_id")));
    CHECK(broken.outText().contains(gridCode));
    CHECK(broken.outText().contains(QStringLiteral("police_grid_id")));

    const QJsonObject report = checkJson(db, 2);
    CHECK_FALSE(report.value(QStringLiteral("healthy")).toBool());
    CHECK(report.value(QStringLiteral("foreign_key_violation_count")).toInt() == 1);
    bool missingWorker = false, deletedPoliceGrid = false;
    for (const QJsonValue &v : report.value(QStringLiteral("dangling_references")).toArray()) {
        const QJsonObject d = v.toObject();
        if (d.value(QStringLiteral("column")).toString() == QStringLiteral("worker_id") &&
            d.value(QStringLiteral("table")).toString() == QStringLiteral("grids")) {
            CHECK(d.value(QStringLiteral("label")).toString() == gridCode);
            CHECK(d.value(QStringLiteral("target_state")).toString() == QStringLiteral("missing"));
            missingWorker = true;
        }
        if (d.value(QStringLiteral("column")).toString() == QStringLiteral("police_grid_id")) {
            CHECK(d.value(QStringLiteral("target_table")).toString() == QStringLiteral("police_grids"));
            CHECK(d.value(QStringLiteral("target_state")).toString() == QStringLiteral("deleted"));
            deletedPoliceGrid = true;
        }
    }
    CHECK(missingWorker);
    CHECK(deletedPoliceGrid);
    CHECK(report.value(QStringLiteral("problems")).toArray().size() >= 3);
}
