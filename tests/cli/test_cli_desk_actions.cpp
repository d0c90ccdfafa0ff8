// The desk's new steps through griddesk-cli (issue 16 §2, §3): a walk-in accepted as it is
// registered, a matter settled at the desk with `cases add --settled`, "not accepted" and
// "guided to another channel" with its target, callbacks that end reached, unreachable after the
// office's tries, declined or not needed, and an operator linked to the unit it signs in for.
#include "CliDesk.h"

#include <QFile>
#include <QRegularExpression>

using namespace clitest;

namespace {

QStringList addCase(const Desk &d, const char *channel, QStringList more = {})
{
    return QStringList{QStringLiteral("cases"),         QStringLiteral("add"),
                       QStringLiteral("--user"),        QStringLiteral("wangfang"),
                       QStringLiteral("--channel"),     QLatin1String(channel),
                       QStringLiteral("--category"),    QStringLiteral("0801"),
                       QStringLiteral("--name"),        QStringLiteral("张大爷"),
                       QStringLiteral("--grid"),        d.gridCode,
                       QStringLiteral("--description"), QStringLiteral("咨询居住证办理需要哪些材料"),
                       QStringLiteral("--json")} +
           more;
}

QJsonObject added(const Desk &d, const char *channel, QStringList more = {})
{
    const CliRun run = d.cli(addCase(d, channel, more), d.staff);
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    return jsonOf(run).object();
}

QString stateOf(const QJsonObject &c)
{
    return c.value(QStringLiteral("state")).toString();
}

// A case dispatched to the grid's worker, signed for and completed by the supervisor's hand, ready
// for its callback by the staff member (who is not its handler).
QString completed(const Desk &d)
{
    const QString number = added(d, "online").value(QStringLiteral("number")).toString();
    d.act(number, "accept");
    d.act(number, "dispatch", {QStringLiteral("--worker"), d.workerPhone});
    d.act(number, "sign", {}, true);
    REQUIRE(stateOf(d.act(number, "complete", {QStringLiteral("--note"), QStringLiteral("已答复")}, true)) ==
            QStringLiteral("completed"));
    return number;
}

} // namespace

TEST_CASE("cases add accepts a walk-in at once, and settles a matter at the desk with --settled")
{
    Desk d;
    CHECK(stateOf(added(d, "walk_in")) == QStringLiteral("accepted"));
    CHECK(stateOf(added(d, "hotline_12345")) == QStringLiteral("registered"));
    const QJsonObject settled =
        added(d, "phone", {QStringLiteral("--settled"), QStringLiteral("已告知所需材料和办理地点")});
    CHECK(stateOf(settled) == QStringLiteral("settled"));
    CHECK(settled.value(QStringLiteral("callback_result")).toString() == QStringLiteral("not_needed"));
    CHECK_FALSE(settled.value(QStringLiteral("completed_at")).isNull());
    const QJsonObject shown =
        jsonOf(d.cli({QStringLiteral("cases"), QStringLiteral("show"),
                      settled.value(QStringLiteral("number")).toString(), QStringLiteral("--json")}))
            .object();
    const QJsonArray timeline = shown.value(QStringLiteral("timeline")).toArray();
    REQUIRE(timeline.size() == 2);
    CHECK(timeline.at(1).toObject().value(QStringLiteral("action")).toString() == QStringLiteral("settle_at_desk"));
    CHECK(timeline.at(1).toObject().value(QStringLiteral("note")).toString() ==
          QStringLiteral("已告知所需材料和办理地点"));

    // An empty answer is refused before anything is written.
    const CliRun empty = d.cli(addCase(d, "walk_in", {QStringLiteral("--settled"), QStringLiteral("  ")}), d.staff);
    requireUserError(empty);
    CHECK(empty.errText().contains(QStringLiteral("--settled")));
}

TEST_CASE("cases act refuse and redirect are two actions, redirect names where, by --target")
{
    Desk d;
    const QString refused = added(d, "hotline_12345").value(QStringLiteral("number")).toString();
    const QString guided = added(d, "hotline_12345").value(QStringLiteral("number")).toString();
    CHECK(stateOf(d.act(refused, "refuse", {QStringLiteral("--note"), QStringLiteral("属个人经济纠纷")})) ==
          QStringLiteral("refused"));

    for (const QStringList &bad : {QStringList{QStringLiteral("--note"), QStringLiteral("已告知报警")},
                                   QStringList{QStringLiteral("--note"), QStringLiteral("已告知报警"),
                                               QStringLiteral("--target"), QStringLiteral("mars")}}) {
        const CliRun run =
            d.cli(QStringList{QStringLiteral("cases"), QStringLiteral("act"), guided, QStringLiteral("redirect"),
                              QStringLiteral("--user"), QStringLiteral("wangfang")} +
                      bad,
                  d.staff);
        requireUserError(run);
        CHECK(run.errText().contains(QStringLiteral("--target")));
    }
    const QJsonObject after = d.act(guided, "redirect",
                                    {QStringLiteral("--note"), QStringLiteral("属于110警情，已告知居民直接报警"),
                                     QStringLiteral("--target"), QStringLiteral("police_110")});
    CHECK(stateOf(after) == QStringLiteral("redirected"));
    CHECK(stateOf(d.act(guided, "archive")) == QStringLiteral("archived"));
}

TEST_CASE("cases act callback ends reached, unreachable after the tries, declined or not needed")
{
    Desk d;
    SECTION("unreachable only after the office's tries, each a callback_try")
    {
        const QString number = completed(d);
        const CliRun early = d.cli({QStringLiteral("cases"), QStringLiteral("act"), number, QStringLiteral("callback"),
                                    QStringLiteral("--user"), QStringLiteral("wangfang"), QStringLiteral("--result"),
                                    QStringLiteral("unreachable")},
                                   d.staff);
        requireUserError(early);
        CHECK(early.errText().startsWith(QStringLiteral("griddesk-cli: --result: ")));
        d.act(number, "callback_try", {QStringLiteral("--note"), QStringLiteral("无人接听")});
        d.act(number, "callback_try");
        const QJsonObject c = d.act(number, "callback", {QStringLiteral("--result"), QStringLiteral("unreachable")});
        CHECK(stateOf(c) == QStringLiteral("callback_done"));
        CHECK(c.value(QStringLiteral("callback_result")).toString() == QStringLiteral("unreachable"));
        CHECK(c.value(QStringLiteral("satisfaction")).isNull());
        CHECK(c.value(QStringLiteral("solved")).isNull());
    }
    SECTION("a satisfaction for a resident not reached is refused; not needed says why")
    {
        const QString number = completed(d);
        const CliRun madeUp =
            d.cli({QStringLiteral("cases"), QStringLiteral("act"), number, QStringLiteral("callback"),
                   QStringLiteral("--user"), QStringLiteral("wangfang"), QStringLiteral("--result"),
                   QStringLiteral("declined"), QStringLiteral("--satisfaction"), QStringLiteral("satisfied")},
                  d.staff);
        requireUserError(madeUp);
        CHECK(madeUp.errText().contains(QStringLiteral("--satisfaction")));
        const CliRun why = d.cli({QStringLiteral("cases"), QStringLiteral("act"), number, QStringLiteral("callback"),
                                  QStringLiteral("--user"), QStringLiteral("wangfang"), QStringLiteral("--result"),
                                  QStringLiteral("not_needed")},
                                 d.staff);
        requireUserError(why);
        CHECK(why.errText().contains(QStringLiteral("--reason")));
        const QJsonObject c = d.act(number, "callback",
                                    {QStringLiteral("--result"), QStringLiteral("not_needed"),
                                     QStringLiteral("--reason"), QStringLiteral("anonymous")});
        CHECK(c.value(QStringLiteral("callback_result")).toString() == QStringLiteral("not_needed"));
    }
    SECTION("reached, as before")
    {
        const QString number = completed(d);
        const QJsonObject c = d.act(number, "callback",
                                    {QStringLiteral("--satisfaction"), QStringLiteral("basic"),
                                     QStringLiteral("--solved"), QStringLiteral("yes")});
        CHECK(c.value(QStringLiteral("callback_result")).toString() == QStringLiteral("reached"));
        CHECK(c.value(QStringLiteral("satisfaction")).toString() == QStringLiteral("basic"));
    }
}

TEST_CASE("operators link --unit: only the unit's operators sign for its cases")
{
    Desk d;
    const QProcessEnvironment admin = withPassword("admin123");
    const CliRun linked = d.cli({QStringLiteral("operators"), QStringLiteral("link"), QStringLiteral("wangfang"),
                                 QStringLiteral("--unit"), d.unitName, QStringLiteral("--user"),
                                 QStringLiteral("admin"), QStringLiteral("--json")},
                                admin);
    INFO(linked.errText().toStdString());
    REQUIRE(linked.exitCode == 0);
    CHECK(jsonOf(linked).object().value(QStringLiteral("unit_name")).toString() == d.unitName);
    const CliRun unknown =
        d.cli({QStringLiteral("operators"), QStringLiteral("link"), QStringLiteral("wangfang"),
               QStringLiteral("--unit"), QStringLiteral("火星物业"), QStringLiteral("--user"), QStringLiteral("admin")},
              admin);
    requireUserError(unknown);
    CHECK(unknown.errText().contains(QStringLiteral("--unit")));

    const QString number = added(d, "online").value(QStringLiteral("number")).toString();
    d.act(number, "accept");
    d.act(number, "dispatch", {QStringLiteral("--unit"), d.unitName});
    // The supervisor does not sign in for the unit: refused, naming who does.
    const CliRun refused = d.cli({QStringLiteral("cases"), QStringLiteral("act"), number, QStringLiteral("sign"),
                                  QStringLiteral("--user"), QStringLiteral("zhuren")},
                                 d.supervisor);
    CHECK(refused.exitCode != 0);
    CHECK(refused.errText().contains(QStringLiteral("wangfang")));
    CHECK(stateOf(d.act(number, "sign")) == QStringLiteral("signed"));
}

TEST_CASE("cases export masks phones, --full-phones is an administrator's export, audited")
{
    Desk d;
    added(d, "walk_in", {QStringLiteral("--phone"), QStringLiteral("139 5320 1234")});
    const QString masked = d.dir.filePath(QStringLiteral("masked.csv"));
    REQUIRE(d.cli({QStringLiteral("cases"), QStringLiteral("export"), QStringLiteral("--csv"), masked}).exitCode == 0);
    const auto contents = [](const QString &path) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return QString::fromUtf8(f.readAll());
    };
    CHECK(contents(masked).contains(QStringLiteral("139****1234")));
    CHECK_FALSE(contents(masked).contains(QStringLiteral("13953201234")));

    const QString whole = d.dir.filePath(QStringLiteral("whole.csv"));
    const CliRun staff = d.cli({QStringLiteral("cases"), QStringLiteral("export"), QStringLiteral("--csv"), whole,
                                QStringLiteral("--full-phones"), QStringLiteral("--user"), QStringLiteral("wangfang")},
                               d.staff);
    CHECK(staff.exitCode != 0);
    CHECK_FALSE(QFile::exists(whole));
    const CliRun noUser = d.cli({QStringLiteral("cases"), QStringLiteral("export"), QStringLiteral("--csv"), whole,
                                 QStringLiteral("--full-phones")});
    requireUserError(noUser);
    CHECK(noUser.errText().contains(QStringLiteral("--user")));
    const CliRun admin = d.cli({QStringLiteral("cases"), QStringLiteral("export"), QStringLiteral("--csv"), whole,
                                QStringLiteral("--full-phones"), QStringLiteral("--user"), QStringLiteral("admin")},
                               withPassword("admin123"));
    INFO(admin.errText().toStdString());
    REQUIRE(admin.exitCode == 0);
    CHECK(contents(whole).contains(QStringLiteral("13953201234")));
}

TEST_CASE("cases replies writes one row per 12345 order that got its result, answer_report names --report")
{
    Desk d;
    const QJsonObject order =
        added(d, "hotline_12345", {QStringLiteral("--hotline-order"), QStringLiteral("2026120600031")});
    const QString number = order.value(QStringLiteral("number")).toString();
    d.act(number, "redirect",
          {QStringLiteral("--note"), QStringLiteral("属于法院诉讼事项，已告知居民依法起诉"), QStringLiteral("--target"),
           QStringLiteral("court")});
    const QString path = d.dir.filePath(QStringLiteral("replies.csv"));
    const CliRun run = d.cli(
        {QStringLiteral("cases"), QStringLiteral("replies"), QStringLiteral("--csv"), path, QStringLiteral("--json")});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(jsonOf(run).object().value(QStringLiteral("rows")).toInt() == 1);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    CHECK(csv.contains(QStringLiteral("2026120600031")));
    CHECK(csv.contains(QStringLiteral("已告知居民依法起诉")));
    CHECK(csv.contains(number));

    requireUserError(d.cli({QStringLiteral("cases"), QStringLiteral("replies")}));
    requireUserError(d.cli({QStringLiteral("cases"), QStringLiteral("replies"), QStringLiteral("--csv"), path,
                            QStringLiteral("--from"), QStringLiteral("yesterday")}));
    // A reply to a report the case does not hold names the option.
    const CliRun noReport =
        d.cli({QStringLiteral("cases"), QStringLiteral("act"), number, QStringLiteral("answer_report"),
               QStringLiteral("--user"), QStringLiteral("wangfang"), QStringLiteral("--note"), QStringLiteral("已答复"),
               QStringLiteral("--report"), QStringLiteral("no-such-event")},
              d.staff);
    requireUserError(noReport);
    CHECK(noReport.errText().contains(QStringLiteral("--report")));
}

TEST_CASE("cases act route_up and route_down move the case between tiers, named by --tier")
{
    Desk d;
    const QString number = added(d, "online").value(QStringLiteral("number")).toString();
    d.act(number, "accept");
    d.act(number, "dispatch", {QStringLiteral("--worker"), d.workerPhone});
    CHECK(d.act(number, "route_up",
                {QStringLiteral("--unit"), d.unitName, QStringLiteral("--note"), QStringLiteral("超出网格处置能力")})
              .value(QStringLiteral("level"))
              .toString() == QStringLiteral("community"));
    CHECK(d.act(number, "route_up",
                {QStringLiteral("--unit"), d.unitName, QStringLiteral("--tier"), QStringLiteral("district"),
                 QStringLiteral("--note"), QStringLiteral("需区职能部门处理")})
              .value(QStringLiteral("level"))
              .toString() == QStringLiteral("district"));
    const CliRun wrong =
        d.cli({QStringLiteral("cases"), QStringLiteral("act"), number, QStringLiteral("route_down"),
               QStringLiteral("--user"), QStringLiteral("wangfang"), QStringLiteral("--worker"), d.workerPhone,
               QStringLiteral("--tier"), QStringLiteral("district"), QStringLiteral("--note"), QStringLiteral("下派")},
              d.staff);
    requireUserError(wrong);
    CHECK(wrong.errText().contains(QStringLiteral("--tier")));
    CHECK(d.act(number, "route_down",
                {QStringLiteral("--worker"), d.workerPhone, QStringLiteral("--tier"), QStringLiteral("grid"),
                 QStringLiteral("--note"), QStringLiteral("由网格员督促落实")})
              .value(QStringLiteral("level"))
              .toString() == QStringLiteral("grid"));
}

TEST_CASE("cases show finds a case by its number read out as digits")
{
    Desk d;
    const QString number = added(d, "phone").value(QStringLiteral("number")).toString();
    REQUIRE(QRegularExpression(QStringLiteral("^[0-9]{4}-[0-9]{8}-[0-9]{4}$")).match(number).hasMatch());
    QString digits = number;
    digits.remove(QLatin1Char('-'));
    const QJsonObject shown =
        jsonOf(d.cli({QStringLiteral("cases"), QStringLiteral("show"), digits, QStringLiteral("--json")})).object();
    CHECK(shown.value(QStringLiteral("number")).toString() == number);
}

TEST_CASE("office case-code sets the digits that open new case numbers, as an administrator")
{
    Desk d;
    const QProcessEnvironment admin = withPassword("admin123");
    const CliRun set = d.cli({QStringLiteral("office"), QStringLiteral("case-code"), QStringLiteral("0117"),
                              QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--json")},
                             admin);
    INFO(set.errText().toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(jsonOf(d.cli({QStringLiteral("office"), QStringLiteral("show"), QStringLiteral("--json")}))
              .object()
              .value(QStringLiteral("case_code"))
              .toString() == QStringLiteral("0117"));
    CHECK(added(d, "walk_in").value(QStringLiteral("number")).toString().startsWith(QStringLiteral("0117-")));

    const CliRun bad = d.cli({QStringLiteral("office"), QStringLiteral("case-code"), QStringLiteral("12a4"),
                              QStringLiteral("--user"), QStringLiteral("admin")},
                             admin);
    requireUserError(bad);
    CHECK(bad.errText().contains(QStringLiteral("CODE")));
    const CliRun staff = d.cli({QStringLiteral("office"), QStringLiteral("case-code"), QStringLiteral("0200"),
                                QStringLiteral("--user"), QStringLiteral("wangfang")},
                               d.staff);
    CHECK(staff.exitCode != 0);
    CHECK(jsonOf(d.cli({QStringLiteral("office"), QStringLiteral("show"), QStringLiteral("--json")}))
              .object()
              .value(QStringLiteral("case_code"))
              .toString() == QStringLiteral("0117"));
}
