#pragma once
// The demo district in a fresh file at the desk, as the cases commands' tests drive it: the
// facts they name read straight from the file, and the commands run as the staff member or the
// supervisor.
#include "CliRunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

namespace clitest {

// Beijing time, as the desk types it, `days` before now (the calendar of the file counts in it).
inline QString beijingAgo(int days, const char *format = "yyyy-MM-dd HH:mm")
{
    return QDateTime::currentDateTimeUtc()
        .toTimeZone(QTimeZone(8 * 3600))
        .addDays(-days)
        .toString(QString::fromLatin1(format));
}

// The demo district in a fresh file, and a few of its facts read straight from the file.
struct Desk {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("office.griddesk"));
    QString gridCode, workerPhone, workerName, streetCode, buildingAddress, buildingGridCode, unitName;
    QProcessEnvironment staff = withPassword("wangfang123");
    QProcessEnvironment supervisor = withPassword("zhuren123");

    Desk()
    {
        const CliRun demo = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("0")});
        INFO(demo.errText().toStdString());
        REQUIRE(demo.exitCode == 0);
        {
            QSqlDatabase peek = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            peek.setDatabaseName(db);
            peek.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            REQUIRE(peek.open());
            QSqlQuery q(peek);
            REQUIRE(q.exec(QStringLiteral(
                "SELECT g.code, w.phone, w.name, s.code FROM grids g JOIN workers w ON w.id = g.worker_id "
                "JOIN communities c ON c.id = g.community_id JOIN streets s ON s.id = c.street_id "
                "WHERE w.phone <> '' ORDER BY g.code LIMIT 1")));
            REQUIRE(q.next());
            gridCode = q.value(0).toString();
            workerPhone = q.value(1).toString();
            workerName = q.value(2).toString();
            streetCode = q.value(3).toString();
            REQUIRE(q.exec(QStringLiteral("SELECT b.address, g.code FROM buildings b JOIN grids g ON g.id = b.grid_id "
                                          "ORDER BY g.code DESC, b.address LIMIT 1")));
            REQUIRE(q.next());
            buildingAddress = q.value(0).toString();
            buildingGridCode = q.value(1).toString();
            REQUIRE(q.exec(QStringLiteral("SELECT name FROM units ORDER BY name LIMIT 1")));
            REQUIRE(q.next());
            unitName = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    CliRun cli(QStringList arguments, const QProcessEnvironment &env = baseEnvironment()) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db} + arguments, env);
    }
    QJsonObject act(const QString &number, const char *action, QStringList more = {}, bool asSupervisor = false) const
    {
        const QString user = QLatin1String(asSupervisor ? "zhuren" : "wangfang");
        return jsonOf(cli(QStringList{QStringLiteral("cases"), QStringLiteral("act"), number, QLatin1String(action),
                                      QStringLiteral("--user"), user, QStringLiteral("--json")} +
                              more,
                          asSupervisor ? supervisor : staff))
            .object();
    }
    QJsonArray list(const QStringList &filters) const
    {
        const QJsonDocument doc = jsonOf(
            cli(QStringList{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--json")} + filters));
        REQUIRE(doc.isArray());
        return doc.array();
    }
};

// One value of the office's file read beside the CLI (read-only), empty when the query has no row.
inline QString peekValue(const QString &dbPath, const QString &sql)
{
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("desk-peek"));
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        if (q.next())
            out = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("desk-peek"));
    return out;
}

inline QStringList numbersOf(const QJsonArray &rows)
{
    QStringList out;
    for (const QJsonValue &v : rows)
        out << v.toObject().value(QStringLiteral("number")).toString();
    return out;
}

} // namespace clitest
