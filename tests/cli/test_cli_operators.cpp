// Operators through griddesk-cli: `operators list`, `operators link LOGIN --worker PHONE|ID` as an
// administrator, and `cases list --mine --user LOGIN` — the linked worker's own cases. Every
// refusal is exit 1 with one line, and a refused link leaves the file as it was.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

using namespace clitest;

namespace {

// The demo district with a few hundred cases, built once per run and copied for each test.
QString demoTemplate()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        const QString p = dir.filePath(QStringLiteral("template.griddesk"));
        const CliRun demo = runCli(
            {QStringLiteral("--db"), p, QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("300")});
        INFO(demo.errText().toStdString());
        REQUIRE(demo.exitCode == 0);
        path = p;
    }
    return path;
}

struct Office {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("office.griddesk"));
    QString workerPhone, workerName, leftWorkerPhone;
    QProcessEnvironment admin = withPassword("admin123");
    QProcessEnvironment staff = withPassword("wangfang123");

    Office()
    {
        REQUIRE(QFile::copy(demoTemplate(), db));
        QSqlDatabase peek = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        peek.setDatabaseName(db);
        peek.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(peek.open());
        {
            // The worker who handles the most open cases, so "my cases" has something to show.
            QSqlQuery q(peek);
            REQUIRE(q.exec(QStringLiteral("SELECT w.phone, w.name FROM cases c JOIN workers w ON w.id = "
                                          "c.handler_worker_id WHERE w.phone <> '' AND w.status = 'active' "
                                          "GROUP BY w.id ORDER BY count(*) DESC, w.id LIMIT 1")));
            REQUIRE(q.next());
            workerPhone = q.value(0).toString();
            workerName = q.value(1).toString();
            REQUIRE(q.exec(QStringLiteral("SELECT phone FROM workers WHERE status <> 'active' AND phone <> '' "
                                          "AND deleted = 0 LIMIT 1")));
            if (q.next())
                leftWorkerPhone = q.value(0).toString();
        }
        peek.close();
        peek = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }
    CliRun run(const QStringList &args, const QProcessEnvironment &env = baseEnvironment())
    {
        return runCli(QStringList{QStringLiteral("--db"), db} + args, env);
    }
    QJsonObject listed(const QString &login)
    {
        const QJsonArray all =
            jsonOf(run({QStringLiteral("operators"), QStringLiteral("list"), QStringLiteral("--json")})).array();
        for (const QJsonValue &v : all)
            if (v.toObject().value(QStringLiteral("login")).toString() == login)
                return v.toObject();
        FAIL("no operator " << login.toStdString());
        return {};
    }
    QSet<QString> caseIds(const QStringList &args, const QProcessEnvironment &env = baseEnvironment())
    {
        QSet<QString> ids;
        const QJsonArray rows =
            jsonOf(run(QStringList{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--limit"),
                                   QStringLiteral("0"), QStringLiteral("--json")} +
                           args,
                       env))
                .array();
        for (const QJsonValue &v : rows)
            ids.insert(v.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }
};

} // namespace

TEST_CASE("operators list shows the office's operators as a table and as JSON")
{
    Office o;
    const QJsonArray all =
        jsonOf(o.run({QStringLiteral("operators"), QStringLiteral("list"), QStringLiteral("--json")})).array();
    REQUIRE(all.size() == 3);
    QStringList logins;
    for (const QJsonValue &v : all)
        logins << v.toObject().value(QStringLiteral("login")).toString();
    CHECK(logins == QStringList{QStringLiteral("admin"), QStringLiteral("wangfang"), QStringLiteral("zhuren")});
    const QJsonObject wang = o.listed(QStringLiteral("wangfang"));
    CHECK(wang.value(QStringLiteral("role")).toString() == QStringLiteral("staff"));
    CHECK(wang.value(QStringLiteral("name")).toString() == QStringLiteral("王芳"));
    CHECK(wang.value(QStringLiteral("active")).toBool());
    CHECK(wang.value(QStringLiteral("worker_id")).isNull());
    CHECK(wang.value(QStringLiteral("worker_name")).isNull());
    CHECK_FALSE(wang.value(QStringLiteral("id")).toString().isEmpty());

    const CliRun text = o.run({QStringLiteral("operators"), QStringLiteral("list")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.outText().contains(QStringLiteral("Login")));
    CHECK(text.outText().contains(QStringLiteral("王主任")));
    CHECK(text.outText().contains(QStringLiteral("3 operator(s)")));
}

TEST_CASE("an administrator links an operator to a worker, and --mine lists that worker's cases")
{
    Office o;
    const CliRun link =
        o.run({QStringLiteral("operators"), QStringLiteral("link"), QStringLiteral("wangfang"),
               QStringLiteral("--worker"), o.workerPhone, QStringLiteral("--user"), QStringLiteral("admin")},
              o.admin);
    INFO(link.errText().toStdString());
    REQUIRE(link.exitCode == 0);
    CHECK(link.outText().contains(o.workerName));
    const QJsonObject wang = o.listed(QStringLiteral("wangfang"));
    CHECK(wang.value(QStringLiteral("worker_name")).toString() == o.workerName);
    const QString workerId = wang.value(QStringLiteral("worker_id")).toString();
    REQUIRE_FALSE(workerId.isEmpty());
    // The link's own sign-in shows; the operator linked has not signed in.
    CHECK(o.listed(QStringLiteral("admin")).value(QStringLiteral("last_sign_in")).isString());

    const QSet<QString> mine =
        o.caseIds({QStringLiteral("--mine"), QStringLiteral("--user"), QStringLiteral("wangfang")}, o.staff);
    const QSet<QString> handled = o.caseIds({QStringLiteral("--handler"), workerId});
    CHECK_FALSE(mine.isEmpty());
    CHECK(mine == handled);
    CHECK(mine.size() < o.caseIds({}).size());
    // --mine narrows like any other filter.
    const QSet<QString> open =
        o.caseIds({QStringLiteral("--mine"), QStringLiteral("--user"), QStringLiteral("wangfang"),
                   QStringLiteral("--state"), QStringLiteral("registered,accepted,dispatched,signed,in_progress")},
                  o.staff);
    CHECK(open.size() <= mine.size());
    CHECK(o.listed(QStringLiteral("wangfang")).value(QStringLiteral("last_sign_in")).isString());

    // By id and as JSON; an empty --worker unlinks, and --mine has nobody to show then.
    const QJsonObject byId = jsonOf(o.run({QStringLiteral("operators"), QStringLiteral("link"),
                                           QStringLiteral("wangfang"), QStringLiteral("--worker"), workerId,
                                           QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--json")},
                                          o.admin))
                                 .object();
    CHECK(byId.value(QStringLiteral("worker_id")).toString() == workerId);
    const CliRun unlink = o.run({QStringLiteral("operators"), QStringLiteral("link"), QStringLiteral("wangfang"),
                                 QStringLiteral("--worker="), QStringLiteral("--user"), QStringLiteral("admin")},
                                o.admin);
    REQUIRE(unlink.exitCode == 0);
    CHECK(o.listed(QStringLiteral("wangfang")).value(QStringLiteral("worker_id")).isNull());
    const CliRun none = o.run({QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--mine"),
                               QStringLiteral("--user"), QStringLiteral("wangfang")},
                              o.staff);
    requireUserError(none);
    CHECK(none.errText().contains(QStringLiteral("not linked")));
}

TEST_CASE("operators commands refuse bad input with exit 1 and one line, and change nothing")
{
    Office o;
    const QStringList link{QStringLiteral("operators"), QStringLiteral("link"), QStringLiteral("wangfang")};
    const QStringList asAdmin{QStringLiteral("--user"), QStringLiteral("admin")};
    const QStringList worker{QStringLiteral("--worker"), o.workerPhone};
    struct Refusal {
        QStringList args;
        QProcessEnvironment env;
        const char *says;
    };
    const QList<Refusal> refusals = {
        {link + asAdmin, o.admin, "--worker"},
        {link + worker, o.admin, "--user"},
        {link + worker + asAdmin, baseEnvironment(), "GRIDDESK_PASSWORD"},
        {link + worker + asAdmin, withPassword("wrong-password"), "--user"},
        {link + worker + QStringList{QStringLiteral("--user"), QStringLiteral("wangfang")}, o.staff,
         "manage operators"},
        {QStringList{QStringLiteral("operators"), QStringLiteral("link"), QStringLiteral("nobody")} + worker + asAdmin,
         o.admin, "nobody"},
        {link + QStringList{QStringLiteral("--worker"), QStringLiteral("13000000000")} + asAdmin, o.admin, "--worker"},
        {QStringList{QStringLiteral("operators"), QStringLiteral("link")} + worker + asAdmin, o.admin, "LOGIN"},
        {QStringList{QStringLiteral("operators"), QStringLiteral("list")} + worker, o.admin, "--worker"},
        {QStringList{QStringLiteral("operators")}, o.admin, "list"},
        {QStringList{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--mine")}, o.staff, "--user"},
        {QStringList{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--user"),
                     QStringLiteral("wangfang")},
         o.staff, "--mine"},
        {QStringList{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--mine"),
                     QStringLiteral("--user"), QStringLiteral("wangfang"), QStringLiteral("--handler"), o.workerPhone},
         o.staff, "--handler"},
        {QStringList{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--mine"),
                     QStringLiteral("--user"), QStringLiteral("wangfang")},
         baseEnvironment(), "GRIDDESK_PASSWORD"},
    };
    for (const Refusal &r : refusals) {
        INFO(r.args.join(QLatin1Char(' ')).toStdString());
        const CliRun run = o.run(r.args, r.env);
        requireUserError(run);
        CHECK(run.errText().contains(QString::fromUtf8(r.says)));
    }
    if (!o.leftWorkerPhone.isEmpty()) { // a worker who has left cannot be linked
        const CliRun left = o.run(link + QStringList{QStringLiteral("--worker"), o.leftWorkerPhone} + asAdmin, o.admin);
        requireUserError(left);
        CHECK(left.errText().startsWith(QStringLiteral("griddesk-cli: --worker: ")));
    }
    CHECK(o.listed(QStringLiteral("wangfang")).value(QStringLiteral("worker_id")).isNull());

    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.griddesk"));
    const CliRun run = runCli({QStringLiteral("--db"), missing, QStringLiteral("operators"), QStringLiteral("list")});
    requireUserError(run);
    CHECK_FALSE(QFile::exists(missing));
}
