// `conflicts` on the real griddesk-cli: concurrent actions on a case and keys given twice are
// listed with their kind, settled by the commands that name them, and refused with reasons; and
// `office confirm-clock` for a PC whose clock disagrees with the file's (every write held till then).
#include "CliRunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

#include <catch2/catch.hpp>

using namespace clitest;

namespace {

void rawSql(const QString &path, const QString &statement)
{
    const QString connection = QStringLiteral("raw-conflicts");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QJsonArray conflictsOf(const QString &db)
{
    const CliRun list = runCli(
        {QStringLiteral("--db"), db, QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--json")});
    INFO(list.errText().toStdString());
    REQUIRE(list.exitCode == 0);
    return jsonOf(list).array();
}

QJsonArray ofKind(const QJsonArray &all, const char *kind)
{
    QJsonArray out;
    for (const QJsonValue &v : all)
        if (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String(kind))
            out.append(v);
    return out;
}

} // namespace

TEST_CASE("concurrent actions on one case are listed as a branch and settled by a supervisor's settle-branch")
{
    DemoFile demo(3);
    const QString office = newOffice(demo.dir, QStringLiteral("street.griddesk"));
    const QString toOffice = demo.dir.filePath(QStringLiteral("district.gdpkg"));
    REQUIRE(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("export"), QStringLiteral("--out"), toOffice})
                .exitCode == 0);
    trustPackage(office, demo.db, toOffice, "admin-pass");
    REQUIRE(runCli({QStringLiteral("--db"), office, QStringLiteral("merge"), toOffice, QStringLiteral("--user"),
                    QStringLiteral("admin")},
                   withPassword("admin-pass"))
                .exitCode == 0);

    // An online order registered in the district (accepted in a step of its own); both offices act
    // on it before exchanging again.
    const CliRun added = runCli({QStringLiteral("--db"), demo.db, QStringLiteral("cases"), QStringLiteral("add"),
                                 QStringLiteral("--user"), QStringLiteral("wangfang"), QStringLiteral("--channel"),
                                 QStringLiteral("online"), QStringLiteral("--category"), QStringLiteral("0601"),
                                 QStringLiteral("--name"), QStringLiteral("李女士"), QStringLiteral("--description"),
                                 QStringLiteral("楼道灯不亮")},
                                withPassword("wangfang123"));
    INFO(added.errText().toStdString());
    REQUIRE(added.exitCode == 0);
    const QString number = added.outText().trimmed();
    const QString again = demo.dir.filePath(QStringLiteral("district2.gdpkg"));
    REQUIRE(
        runCli({QStringLiteral("--db"), demo.db, QStringLiteral("export"), QStringLiteral("--out"), again}).exitCode ==
        0);
    REQUIRE(runCli({QStringLiteral("--db"), office, QStringLiteral("merge"), again, QStringLiteral("--user"),
                    QStringLiteral("admin")},
                   withPassword("admin-pass"))
                .exitCode == 0);
    const CliRun accepted =
        runCli({QStringLiteral("--db"), demo.db, QStringLiteral("cases"), QStringLiteral("act"), number,
                QStringLiteral("accept"), QStringLiteral("--user"), QStringLiteral("admin")},
               withPassword("admin123"));
    INFO(accepted.errText().toStdString());
    REQUIRE(accepted.exitCode == 0);
    const CliRun refused = runCli({QStringLiteral("--db"), office, QStringLiteral("cases"), QStringLiteral("act"),
                                   number, QStringLiteral("refuse"), QStringLiteral("--note"),
                                   QStringLiteral("不属本办职责"), QStringLiteral("--user"), QStringLiteral("admin")},
                                  withPassword("admin-pass"));
    INFO(refused.errText().toStdString());
    REQUIRE(refused.exitCode == 0);
    const QString fromOffice = demo.dir.filePath(QStringLiteral("street.gdpkg"));
    REQUIRE(runCli({QStringLiteral("--db"), office, QStringLiteral("export"), QStringLiteral("--out"), fromOffice})
                .exitCode == 0);
    trustPackage(demo.db, office, fromOffice, "admin123");
    REQUIRE(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("merge"), fromOffice, QStringLiteral("--user"),
                    QStringLiteral("admin")},
                   withPassword("admin123"))
                .exitCode == 0);

    const QJsonArray branches = ofKind(conflictsOf(demo.db), "branch");
    REQUIRE(branches.size() == 1);
    const QJsonObject branch = branches.first().toObject();
    CHECK(branch.value(QStringLiteral("case")).toString() == number);
    const QJsonArray heads = branch.value(QStringLiteral("branches")).toArray();
    REQUIRE(heads.size() == 2);
    QString refuseEvent;
    QStringList actions;
    for (const QJsonValue &h : heads) {
        actions << h.toObject().value(QStringLiteral("action")).toString();
        if (h.toObject().value(QStringLiteral("action")).toString() == QLatin1String("refuse"))
            refuseEvent = h.toObject().value(QStringLiteral("event")).toString();
    }
    actions.sort();
    CHECK(actions == QStringList{QStringLiteral("accept"), QStringLiteral("refuse")});
    CHECK(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("conflicts"), QStringLiteral("list")})
              .outText()
              .contains(number));

    // The case's timeline marks the move that does not count, in JSON and on the terminal.
    const auto overriddenIn = [&](const QString &db) {
        QStringList out;
        const QJsonArray timeline = jsonOf(runCli({QStringLiteral("--db"), db, QStringLiteral("cases"),
                                                   QStringLiteral("show"), number, QStringLiteral("--json")}))
                                        .object()
                                        .value(QStringLiteral("timeline"))
                                        .toArray();
        for (const QJsonValue &e : timeline)
            if (!e.toObject().value(QStringLiteral("stands")).toBool())
                out << e.toObject().value(QStringLiteral("action")).toString();
        return out;
    };
    CHECK(overriddenIn(demo.db).size() == 1);
    CHECK(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("cases"), QStringLiteral("show"), number})
              .outText()
              .contains(QStringLiteral("does not count")));
    const QStringList settle{
        QStringLiteral("--db"),     demo.db,     QStringLiteral("conflicts"), QStringLiteral("settle-branch"), number,
        QStringLiteral("--branch"), refuseEvent, QStringLiteral("--user")};
    // A desk operator may not; a supervisor without a reason is told the field; then it is done.
    const CliRun staff =
        runCli(settle + QStringList{QStringLiteral("wangfang"), QStringLiteral("--note"), QStringLiteral("x")},
               withPassword("wangfang123"));
    CHECK(staff.exitCode != 0);
    const CliRun noNote = runCli(settle + QStringList{QStringLiteral("zhuren")}, withPassword("zhuren123"));
    CHECK(noNote.exitCode == 1);
    CHECK(noNote.errText().contains(QStringLiteral("note"), Qt::CaseInsensitive));
    const CliRun done =
        runCli(settle + QStringList{QStringLiteral("zhuren"), QStringLiteral("--note"), QStringLiteral("确属他办职责")},
               withPassword("zhuren123"));
    INFO(done.errText().toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(ofKind(conflictsOf(demo.db), "branch").isEmpty());
    const QJsonObject shown = jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("cases"),
                                             QStringLiteral("show"), number, QStringLiteral("--json")}))
                                  .object();
    CHECK(shown.value(QStringLiteral("state")).toString() == QLatin1String("refused"));
    CHECK(overriddenIn(demo.db) == QStringList{QStringLiteral("accept")});
}

TEST_CASE("a case number held twice is listed as an identity conflict, refused by number and settled by renumber")
{
    DemoFile demo(4);
    // Two cases of one number, as two offices set up apart could bring them together.
    rawSql(demo.db, QStringLiteral("UPDATE cases SET number = (SELECT min(number) FROM cases) WHERE id = (SELECT "
                                   "max(id) FROM cases)"));
    const QJsonArray identities = ofKind(conflictsOf(demo.db), "identity");
    REQUIRE(identities.size() == 1);
    const QJsonObject identity = identities.first().toObject();
    CHECK(identity.value(QStringLiteral("table")).toString() == QLatin1String("cases"));
    const QString number = identity.value(QStringLiteral("value")).toString();
    const QJsonArray records = identity.value(QStringLiteral("records")).toArray();
    REQUIRE(records.size() == 2);
    const QString second = records.at(1).toObject().value(QStringLiteral("id")).toString();

    const CliRun ambiguous =
        runCli({QStringLiteral("--db"), demo.db, QStringLiteral("cases"), QStringLiteral("show"), number});
    CHECK(ambiguous.exitCode == 1);
    CHECK(ambiguous.errText().contains(second));
    CHECK(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("check")}).exitCode != 0);

    const QStringList renumber{
        QStringLiteral("--db"),  demo.db, QStringLiteral("conflicts"), QStringLiteral("renumber"),
        QStringLiteral("cases"), second,  QStringLiteral("--user"),    QStringLiteral("admin")};
    const CliRun taken = runCli(renumber + QStringList{QStringLiteral("--value"), number}, withPassword("admin123"));
    CHECK(taken.exitCode == 1);
    const CliRun merged =
        runCli({QStringLiteral("--db"), demo.db, QStringLiteral("conflicts"), QStringLiteral("merge-records"),
                QStringLiteral("cases"), records.at(0).toObject().value(QStringLiteral("id")).toString(), second,
                QStringLiteral("--user"), QStringLiteral("admin")},
               withPassword("admin123"));
    CHECK(merged.exitCode == 1); // two requests are never merged into one
    const CliRun done = runCli(renumber + QStringList{QStringLiteral("--value"), number + QStringLiteral("-B")},
                               withPassword("admin123"));
    INFO(done.errText().toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(ofKind(conflictsOf(demo.db), "identity").isEmpty());
    CHECK(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("cases"), QStringLiteral("show"), number}).exitCode ==
          0);
    CHECK(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("a PC clock behind the file refuses writes until office confirm-clock, which only an administrator may")
{
    DemoFile demo(2);
    // The file's clock three days ahead of this PC, as a PC whose date went back would find it.
    const qint64 ahead = QDateTime::currentMSecsSinceEpoch() + 3LL * 24 * 3600 * 1000;
    rawSql(demo.db, QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'hlc'").arg(ahead << 16));
    const QStringList add{QStringLiteral("--db"),          demo.db,
                          QStringLiteral("cases"),         QStringLiteral("add"),
                          QStringLiteral("--user"),        QStringLiteral("wangfang"),
                          QStringLiteral("--category"),    QStringLiteral("0601"),
                          QStringLiteral("--name"),        QStringLiteral("李女士"),
                          QStringLiteral("--description"), QStringLiteral("楼道灯不亮")};
    const CliRun held = runCli(add, withPassword("wangfang123"));
    CHECK(held.exitCode != 0);
    CHECK(held.errText().contains(QStringLiteral("behind")));
    const QStringList confirm{QStringLiteral("--db"), demo.db, QStringLiteral("office"),
                              QStringLiteral("confirm-clock"), QStringLiteral("--user")};
    CHECK(runCli(confirm + QStringList{QStringLiteral("zhuren")}, withPassword("zhuren123")).exitCode != 0);
    const CliRun confirmed = runCli(confirm + QStringList{QStringLiteral("admin")}, withPassword("admin123"));
    INFO(confirmed.errText().toStdString());
    REQUIRE(confirmed.exitCode == 0);
    const CliRun added = runCli(add, withPassword("wangfang123"));
    INFO(added.errText().toStdString());
    CHECK(added.exitCode == 0);
}
