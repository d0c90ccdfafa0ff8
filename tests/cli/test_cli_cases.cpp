// Residents' requests through griddesk-cli, as a script at the desk would use it: register with
// `cases add`, find them again with `cases list` filters, read the timeline with `cases show`,
// drive them with `cases act` — and every refusal is exit 1 with one line naming the option.
#include "CliDesk.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

using namespace clitest;

TEST_CASE("cases are registered, listed, shown and driven through the workflow")
{
    Desk d;
    const QString received = beijingAgo(1);
    const QJsonObject a = jsonOf(d.cli({QStringLiteral("cases"),         QStringLiteral("add"),
                                        QStringLiteral("--user"),        QStringLiteral("wangfang"),
                                        QStringLiteral("--channel"),     QStringLiteral("phone"),
                                        QStringLiteral("--category"),    QStringLiteral("0801"),
                                        QStringLiteral("--name"),        QStringLiteral("张大爷"),
                                        QStringLiteral("--phone"),       QStringLiteral("139 5320 1234"),
                                        QStringLiteral("--grid"),        d.gridCode,
                                        QStringLiteral("--address"),     QStringLiteral("东海西路3号2单元"),
                                        QStringLiteral("--description"), QStringLiteral("楼道灯坏了两周"),
                                        QStringLiteral("--request"),     QStringLiteral("尽快修好"),
                                        QStringLiteral("--received"),    received,
                                        QStringLiteral("--json")},
                                       d.staff))
                              .object();
    for (const char *key :
         {"id", "number", "state", "category", "channel", "grid_code", "address", "reporter_name", "reporter_phone",
          "description", "request", "received_at", "due_at", "lead_unit", "handler"})
        CHECK(a.contains(QLatin1String(key)));
    // A call is accepted as it is registered: the desk takes no separate step.
    CHECK(a.value(QStringLiteral("state")).toString() == QStringLiteral("accepted"));
    CHECK(a.value(QStringLiteral("category")).toString() == QStringLiteral("0801"));
    CHECK(a.value(QStringLiteral("grid_code")).toString() == d.gridCode);
    CHECK(a.value(QStringLiteral("reporter_phone")).toString() == QStringLiteral("13953201234"));
    CHECK(a.value(QStringLiteral("received_at")).toString() ==
          QString(received).replace(QLatin1Char(' '), QLatin1Char('T')) + QStringLiteral(":00+08:00"));
    CHECK_FALSE(a.value(QStringLiteral("lead_unit")).toString().isEmpty());
    // The grid's worker takes a new case of the grid.
    CHECK(a.value(QStringLiteral("handler")).toObject().value(QStringLiteral("name")).toString() == d.workerName);
    const QString number = a.value(QStringLiteral("number")).toString();

    // Without --json the number alone; the building's address finds its grid.
    const CliRun plain =
        d.cli({QStringLiteral("cases"), QStringLiteral("add"), QStringLiteral("--user"), QStringLiteral("wangfang"),
               QStringLiteral("--category"), QStringLiteral("0601"), QStringLiteral("--name"), QStringLiteral("李女士"),
               QStringLiteral("--building-address"), d.buildingAddress, QStringLiteral("--description"),
               QStringLiteral("电梯停运三天")},
              d.staff);
    INFO(plain.errText().toStdString());
    REQUIRE(plain.exitCode == 0);
    const QString second = plain.outText().trimmed();
    CHECK_FALSE(second.contains(QLatin1Char('\n')));
    const QJsonObject shownSecond =
        jsonOf(d.cli({QStringLiteral("cases"), QStringLiteral("show"), second, QStringLiteral("--json")})).object();
    CHECK(shownSecond.value(QStringLiteral("grid_code")).toString() == d.buildingGridCode);
    CHECK(shownSecond.value(QStringLiteral("address")).toString() == d.buildingAddress);
    // A patrol finding needs no name; ten days old, it is late unless past the calendar's years.
    const QJsonObject patrol =
        jsonOf(d.cli({QStringLiteral("cases"), QStringLiteral("add"), QStringLiteral("--user"),
                      QStringLiteral("wangfang"), QStringLiteral("--channel"), QStringLiteral("patrol"),
                      QStringLiteral("--category"), QStringLiteral("0401"), QStringLiteral("--grid"), d.gridCode,
                      QStringLiteral("--description"), QStringLiteral("楼道堆放杂物"), QStringLiteral("--received"),
                      beijingAgo(10), QStringLiteral("--json")},
                     d.staff))
            .object();
    const QString patrolNumber = patrol.value(QStringLiteral("number")).toString();
    // A find has a finder (the operator's worker, else the grid's); --found-by names another.
    CHECK(patrol.value(QStringLiteral("found_by")).isObject());
    CHECK(a.value(QStringLiteral("found_by")).isNull());
    const QJsonObject named =
        jsonOf(
            d.cli({QStringLiteral("cases"), QStringLiteral("add"), QStringLiteral("--user"), QStringLiteral("wangfang"),
                   QStringLiteral("--channel"), QStringLiteral("patrol"), QStringLiteral("--category"),
                   QStringLiteral("0401"), QStringLiteral("--grid"), d.gridCode, QStringLiteral("--description"),
                   QStringLiteral("井盖松动"), QStringLiteral("--found-by"), d.workerPhone, QStringLiteral("--json")},
                  d.staff))
            .object();
    CHECK(named.value(QStringLiteral("found_by")).toObject().value(QStringLiteral("name")).toString() == d.workerName);
    const CliRun shownFind =
        d.cli({QStringLiteral("cases"), QStringLiteral("show"), named.value(QStringLiteral("number")).toString()});
    CHECK(shownFind.outText().contains(QStringLiteral("Found by")));

    // Lists: every filter returns only what it names.
    const QJsonArray all = d.list({QStringLiteral("--limit"), QStringLiteral("0")});
    CHECK(numbersOf(all).contains(number));
    CHECK(numbersOf(all).contains(second));
    CHECK(d.list({QStringLiteral("--limit"), QStringLiteral("1")}).size() == 1);
    const QJsonArray ofGrid = d.list({QStringLiteral("--grid"), d.gridCode});
    CHECK(numbersOf(ofGrid).contains(number));
    CHECK(numbersOf(ofGrid).contains(second) == (d.buildingGridCode == d.gridCode));
    for (const QJsonValue &v : ofGrid)
        CHECK(v.toObject().value(QStringLiteral("grid_code")).toString() == d.gridCode);
    for (const QJsonValue &v :
         d.list({QStringLiteral("--street"), d.streetCode, QStringLiteral("--limit"), QStringLiteral("0")}))
        CHECK(v.toObject().value(QStringLiteral("grid_code")).toString().startsWith(d.streetCode));
    const QJsonArray patrols = d.list({QStringLiteral("--channel"), QStringLiteral("patrol")});
    CHECK(numbersOf(patrols).contains(patrolNumber));
    CHECK_FALSE(numbersOf(patrols).contains(number));
    CHECK(numbersOf(d.list({QStringLiteral("--category"), QStringLiteral("08")})).contains(number)); // with 0801
    CHECK_FALSE(numbersOf(d.list({QStringLiteral("--category"), QStringLiteral("06")})).contains(number));
    const QJsonArray ofWorker = d.list({QStringLiteral("--handler"), d.workerPhone});
    CHECK(numbersOf(ofWorker).contains(number));
    for (const QJsonValue &v : ofWorker)
        CHECK(v.toObject().value(QStringLiteral("handler")).toString() == d.workerName);
    const QString yesterday = beijingAgo(1, "yyyy-MM-dd");
    const QStringList ofYesterday =
        numbersOf(d.list({QStringLiteral("--from"), yesterday, QStringLiteral("--to"), yesterday}));
    CHECK(ofYesterday.contains(number));
    CHECK_FALSE(ofYesterday.contains(patrolNumber));
    CHECK_FALSE(ofYesterday.contains(second));
    // Oldest first and newest first put the three in opposite orders.
    const QStringList oldest = numbersOf(d.list(
        {QStringLiteral("--sort"), QStringLiteral("received_asc"), QStringLiteral("--limit"), QStringLiteral("0")}));
    CHECK(oldest.indexOf(patrolNumber) < oldest.indexOf(number));
    CHECK(oldest.indexOf(number) < oldest.indexOf(second));
    const QStringList newest = numbersOf(all);
    CHECK(newest.indexOf(second) < newest.indexOf(number));
    CHECK(newest.indexOf(number) < newest.indexOf(patrolNumber));
    if (!patrol.value(QStringLiteral("due_at")).isNull()) {
        const QStringList late = numbersOf(d.list(
            {QStringLiteral("--due"), QStringLiteral("overdue"), QStringLiteral("--limit"), QStringLiteral("0")}));
        CHECK(late.contains(patrolNumber));
        CHECK_FALSE(late.contains(number));
    }

    // The workflow, step by step, as the staff member and the supervisor.
    const QJsonObject dispatched = d.act(number, "dispatch", {QStringLiteral("--unit"), d.unitName});
    CHECK(dispatched.value(QStringLiteral("handler")).toObject().value(QStringLiteral("name")).toString() ==
          d.unitName);
    CHECK(d.act(number, "sign").value(QStringLiteral("state")).toString() == QStringLiteral("signed"));
    CHECK(d.act(number, "note", {QStringLiteral("--note"), QStringLiteral("已联系供电公司")})
              .value(QStringLiteral("state"))
              .toString() == QStringLiteral("in_progress"));
    CHECK(d.act(number, "supervise", {QStringLiteral("--level"), QStringLiteral("yellow")}, true)
              .value(QStringLiteral("supervision"))
              .toString() == QStringLiteral("yellow"));
    const QString dueBefore =
        d.act(number, "request_extension",
              {QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("--note"), QStringLiteral("等配件")})
            .value(QStringLiteral("due_at"))
            .toString();
    const QJsonObject extended =
        d.act(number, "decide_extension", {QStringLiteral("--approved"), QStringLiteral("yes")}, true);
    if (!dueBefore.isEmpty())
        CHECK(extended.value(QStringLiteral("due_at")).toString() > dueBefore);
    CHECK(d.act(number, "complete", {QStringLiteral("--note"), QStringLiteral("灯已换")})
              .value(QStringLiteral("state"))
              .toString() == QStringLiteral("completed"));
    const QJsonObject called = d.act(number, "callback",
                                     {QStringLiteral("--satisfaction"), QStringLiteral("satisfied"),
                                      QStringLiteral("--solved"), QStringLiteral("yes")});
    CHECK(called.value(QStringLiteral("satisfaction")).toString() == QStringLiteral("satisfied"));
    CHECK(called.value(QStringLiteral("solved")).toBool());
    const CliRun archived = d.cli({QStringLiteral("cases"), QStringLiteral("act"), number, QStringLiteral("archive"),
                                   QStringLiteral("--user"), QStringLiteral("wangfang")},
                                  d.staff);
    CHECK(archived.exitCode == 0);
    CHECK(archived.outText().contains(number));
    // A wrong dispatch goes back with its reason.
    d.act(second, "dispatch", {QStringLiteral("--worker"), d.workerPhone});
    CHECK(d.act(second, "return",
                {QStringLiteral("--reason"), QStringLiteral("wrong_area"), QStringLiteral("--note"),
                 QStringLiteral("不在本网格")})
              .value(QStringLiteral("state"))
              .toString() == QStringLiteral("returned"));

    // The timeline: every action, in order, with who and when.
    const QJsonObject shown =
        jsonOf(d.cli({QStringLiteral("cases"), QStringLiteral("show"), number, QStringLiteral("--json")})).object();
    CHECK(shown.value(QStringLiteral("state")).toString() == QStringLiteral("archived"));
    QStringList actions;
    for (const QJsonValue &v : shown.value(QStringLiteral("timeline")).toArray()) {
        const QJsonObject e = v.toObject();
        actions << e.value(QStringLiteral("action")).toString();
        for (const char *key : {"action_name", "at", "operator", "note", "data"})
            CHECK(e.contains(QLatin1String(key)));
        CHECK(e.value(QStringLiteral("at")).toString().endsWith(QStringLiteral("+08:00")));
    }
    CHECK(actions == QStringList{"register", "dispatch", "sign", "note", "supervise", "request_extension",
                                 "decide_extension", "complete", "callback", "archive"});
    const QJsonObject first = shown.value(QStringLiteral("timeline")).toArray().first().toObject();
    CHECK(first.value(QStringLiteral("operator_login")).toString() == QStringLiteral("wangfang"));
    CHECK(first.value(QStringLiteral("action_name")).toString() == QStringLiteral("Register"));
    CHECK(shown.value(QStringLiteral("id")).toString() == a.value(QStringLiteral("id")).toString());
    // By id as well as by number; the terminal form lists the same timeline.
    const CliRun byId =
        d.cli({QStringLiteral("cases"), QStringLiteral("show"), a.value(QStringLiteral("id")).toString()});
    CHECK(byId.exitCode == 0);
    CHECK(byId.outText().contains(number));
    CHECK(byId.outText().contains(QStringLiteral("Archive")));
    const QStringList closedOrBack =
        numbersOf(d.list({QStringLiteral("--state"), QStringLiteral("archived,returned")}));
    CHECK(closedOrBack.contains(number));
    CHECK(closedOrBack.contains(second));
    CHECK_FALSE(closedOrBack.contains(patrolNumber));
    CHECK(numbersOf(d.list({QStringLiteral("--state"), QStringLiteral("archived"), QStringLiteral("--state"),
                            QStringLiteral("returned")})) == closedOrBack);
}

TEST_CASE("cases commands refuse bad input with exit 1 and one line naming the option")
{
    Desk d;
    const QStringList add = {QStringLiteral("cases"),         QStringLiteral("add"),
                             QStringLiteral("--user"),        QStringLiteral("wangfang"),
                             QStringLiteral("--category"),    QStringLiteral("0801"),
                             QStringLiteral("--name"),        QStringLiteral("张"),
                             QStringLiteral("--grid"),        d.gridCode,
                             QStringLiteral("--description"), QStringLiteral("灯不亮")};
    const QString number = d.cli(add, d.staff).outText().trimmed();
    REQUIRE_FALSE(number.isEmpty());
    struct Bad {
        QStringList arguments;
        QString named;
        QProcessEnvironment env;
    };
    const QList<Bad> bad = {
        {add + QStringList{QStringLiteral("--phone"), QStringLiteral("12345678901234")}, QStringLiteral("--phone"),
         d.staff},
        {add + QStringList{QStringLiteral("--description"), QString(2001, QChar(0x5B57))},
         QStringLiteral("--description"), d.staff},
        {add + QStringList{QStringLiteral("--name"), QString(31, QChar(0x540D))}, QStringLiteral("--name"), d.staff},
        {add + QStringList{QStringLiteral("--received"), beijingAgo(-3)}, QStringLiteral("--received"), d.staff},
        {add + QStringList{QStringLiteral("--received"), QStringLiteral("yesterday")}, QStringLiteral("--received"),
         d.staff},
        {add + QStringList{QStringLiteral("--category"), QStringLiteral("9999")}, QStringLiteral("--category"),
         d.staff},
        {add + QStringList{QStringLiteral("--grid"), QStringLiteral("370202999999999")}, QStringLiteral("--grid"),
         d.staff},
        {add + QStringList{QStringLiteral("--building-address"), QStringLiteral("火星路1号")},
         QStringLiteral("--building-address"), d.staff},
        {add + QStringList{QStringLiteral("--channel"), QStringLiteral("pigeon")}, QStringLiteral("--channel"),
         d.staff},
        {add + QStringList{QStringLiteral("--found-by"), d.workerPhone}, QStringLiteral("--found-by"), d.staff},
        {add + QStringList{QStringLiteral("--channel"), QStringLiteral("patrol"), QStringLiteral("--found-by"),
                           QStringLiteral("13900000000")},
         QStringLiteral("--found-by"), d.staff},
        {add, QStringLiteral("--user"), withPassword("wrong-password")},
        {add, QStringLiteral("GRIDDESK_PASSWORD"), baseEnvironment()},
        {{QStringLiteral("cases"), QStringLiteral("add"), QStringLiteral("--description"), QStringLiteral("x")},
         QStringLiteral("--user"),
         d.staff},
        {{QStringLiteral("cases"), QStringLiteral("act"), number, QStringLiteral("complete"), QStringLiteral("--user"),
          QStringLiteral("wangfang"), QStringLiteral("--note"), QStringLiteral("done")},
         QStringLiteral("Complete is not possible"),
         d.staff},
        {{QStringLiteral("cases"), QStringLiteral("act"), number, QStringLiteral("supervise"), QStringLiteral("--user"),
          QStringLiteral("wangfang"), QStringLiteral("--level"), QStringLiteral("red")},
         QStringLiteral("supervise"),
         d.staff},
        {{QStringLiteral("cases"), QStringLiteral("act"), number, QStringLiteral("refuse"), QStringLiteral("--user"),
          QStringLiteral("wangfang")},
         QStringLiteral("--note"),
         d.staff},
        {{QStringLiteral("cases"), QStringLiteral("act"), number, QStringLiteral("fly"), QStringLiteral("--user"),
          QStringLiteral("wangfang")},
         QStringLiteral("fly"),
         d.staff},
        {{QStringLiteral("cases"), QStringLiteral("act"), number, QStringLiteral("dispatch"), QStringLiteral("--user"),
          QStringLiteral("wangfang"), QStringLiteral("--worker"), QStringLiteral("13900000000")},
         QStringLiteral("--worker"),
         d.staff},
        {{QStringLiteral("cases"), QStringLiteral("act"), number, QStringLiteral("callback"), QStringLiteral("--user"),
          QStringLiteral("wangfang"), QStringLiteral("--solved"), QStringLiteral("maybe")},
         QStringLiteral("--solved"),
         d.staff},
        {{QStringLiteral("cases"), QStringLiteral("act"), number}, QStringLiteral("ACTION"), d.staff},
        {{QStringLiteral("cases"), QStringLiteral("show"), QStringLiteral("000000-NOSUCH")},
         QStringLiteral("000000-NOSUCH"),
         d.staff},
        {{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("done")},
         QStringLiteral("--state"),
         d.staff},
        {{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--due"), QStringLiteral("later")},
         QStringLiteral("--due"),
         d.staff},
        {{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--street"), QStringLiteral("1")},
         QStringLiteral("--street"),
         d.staff},
        {{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--handler"), QStringLiteral("110")},
         QStringLiteral("--handler"),
         d.staff},
        {{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-02-30")},
         QStringLiteral("--from"),
         d.staff},
        {{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("many"),
          QStringLiteral("--json")},
         QStringLiteral("--limit"),
         d.staff},
        {{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("random")},
         QStringLiteral("--sort"),
         d.staff},
        {{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--note"), QStringLiteral("x")},
         QStringLiteral("--note"),
         d.staff},
    };
    for (const Bad &b : bad) {
        INFO(b.arguments.join(QLatin1Char(' ')).toStdString());
        const CliRun run = d.cli(b.arguments, b.env);
        requireUserError(run);
        CHECK(run.errText().contains(b.named));
    }
    // None of them wrote: one case of that grid, still as the walk-in left it, with its one event.
    const QJsonArray rows =
        d.list({QStringLiteral("--grid"), d.gridCode, QStringLiteral("--limit"), QStringLiteral("0")});
    CHECK(numbersOf(rows).count(number) == 1);
    const QJsonObject shown =
        jsonOf(d.cli({QStringLiteral("cases"), QStringLiteral("show"), number, QStringLiteral("--json")})).object();
    CHECK(shown.value(QStringLiteral("state")).toString() == QStringLiteral("accepted"));
    CHECK(shown.value(QStringLiteral("timeline")).toArray().size() == 1);
    CHECK(shown.value(QStringLiteral("reporter_phone")).isNull());
}

TEST_CASE("cases commands on a missing or foreign file")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.griddesk"));
    for (const QStringList &command :
         {QStringList{QStringLiteral("cases"), QStringLiteral("list")},
          QStringList{QStringLiteral("cases"), QStringLiteral("show"), QStringLiteral("1")}}) {
        const CliRun run = runCli(QStringList{QStringLiteral("--db"), missing} + command);
        requireUserError(run);
        CHECK(run.errText().contains(missing));
    }
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(text, "网格员名单\n");
    const QByteArray before = fileHash(text);
    const CliRun foreign = runCli(
        {QStringLiteral("--db"), text, QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(foreign.exitCode == 2);
    CHECK(foreign.errLines().size() == 1);
    CHECK(foreign.out.isEmpty());
    CHECK(fileHash(text) == before);
}
