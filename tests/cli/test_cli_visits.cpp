// `visits add` and `visits list` through the real griddesk-cli: a visit recorded as the staff member
// for a worker, with a photo, listed newest first in JSON and filtered by worker and kind; each
// refusal names its option, and nothing is written.
#include "CliDesk.h"

#include <QFile>

using namespace clitest;

namespace {

QStringList addVisit(const Desk &d, const QStringList &more)
{
    return QStringList{
               QStringLiteral("visits"),   QStringLiteral("add"), QStringLiteral("--user"), QStringLiteral("wangfang"),
               QStringLiteral("--worker"), d.workerPhone,         QStringLiteral("--grid"), d.gridCode} +
           more;
}

} // namespace

TEST_CASE("visits add records a worker's visit with its photo, and visits list shows it newest first", "[cli][visits]")
{
    Desk d;
    const QString photo = d.dir.filePath(QStringLiteral("door.png"));
    QFile png(photo); // a 1×1 PNG: the CLI tests link no Qt Gui
    REQUIRE(png.open(QIODevice::WriteOnly));
    png.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d494441"
                                  "5478da63f8ffff3f0005fe02fea7d6a0b30000000049454e44ae426082"));
    png.close();
    const CliRun first =
        d.cli(addVisit(d, {QStringLiteral("--place"), QStringLiteral("小区北门"), QStringLiteral("--found"),
                           QStringLiteral("井盖松动"), QStringLiteral("--kind"), QStringLiteral("patrol"),
                           QStringLiteral("--at"), beijingAgo(1), QStringLiteral("--photo"), photo}),
              d.staff);
    INFO(first.errText().toStdString());
    REQUIRE(first.exitCode == 0);
    const QString firstId = first.outText().trimmed();
    CHECK(firstId.size() == 36);
    const QJsonObject second =
        jsonOf(d.cli(addVisit(d, {QStringLiteral("--place"), QStringLiteral("菜市场"), QStringLiteral("--met"),
                                  QStringLiteral("摊主"), QStringLiteral("--json")}),
                     d.staff))
            .object();
    CHECK(second.value(QStringLiteral("kind")).toString() == QStringLiteral("visit"));
    CHECK(second.value(QStringLiteral("worker")).toString() == d.workerName);

    const QJsonArray all =
        jsonOf(d.cli({QStringLiteral("visits"), QStringLiteral("list"), QStringLiteral("--json")})).array();
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).toObject().value(QStringLiteral("id")).toString() == second.value(QStringLiteral("id")).toString());
    const QJsonObject patrol = all.at(1).toObject();
    CHECK(patrol.value(QStringLiteral("id")).toString() == firstId);
    CHECK(patrol.value(QStringLiteral("photos")).toInt() == 1);
    CHECK(patrol.value(QStringLiteral("found")).toString() == QStringLiteral("井盖松动"));
    const QJsonArray patrols =
        jsonOf(d.cli({QStringLiteral("visits"), QStringLiteral("list"), QStringLiteral("--kind"),
                      QStringLiteral("patrol"), QStringLiteral("--worker"), d.workerPhone, QStringLiteral("--json")}))
            .array();
    REQUIRE(patrols.size() == 1);
    CHECK(patrols.at(0).toObject().value(QStringLiteral("id")).toString() == firstId);
    const CliRun table =
        d.cli({QStringLiteral("visits"), QStringLiteral("list"), QStringLiteral("--grid"), d.gridCode});
    CHECK(table.exitCode == 0);
    CHECK(table.outText().contains(QStringLiteral("小区北门")));
}

TEST_CASE("visits add names the option that is wrong and writes nothing", "[cli][visits]")
{
    Desk d;
    const auto refused = [&](const QStringList &more, const char *option, const QProcessEnvironment &env) {
        const CliRun r = d.cli(addVisit(d, more), env);
        INFO(option << ": " << r.errText().toStdString());
        CHECK(r.exitCode != 0);
        CHECK(r.errText().contains(QLatin1String(option)));
    };
    const QString text = d.dir.filePath(QStringLiteral("note.txt"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a picture");
    f.close();
    refused({}, "--place", d.staff); // nowhere
    refused({QStringLiteral("--place"), QStringLiteral("x"), QStringLiteral("--at"), QStringLiteral("yesterday")},
            "--at", d.staff);
    refused({QStringLiteral("--place"), QStringLiteral("x"), QStringLiteral("--photo"), text}, "--photo", d.staff);
    refused({QStringLiteral("--place"), QStringLiteral("x"), QStringLiteral("--photo"),
             d.dir.filePath(QStringLiteral("missing.jpg"))},
            "--photo", d.staff);
    refused({QStringLiteral("--place"), QStringLiteral("x"), QStringLiteral("--kind"), QStringLiteral("party")},
            "--kind", d.staff);
    refused({QStringLiteral("--place"), QStringLiteral("x"), QStringLiteral("--at"), beijingAgo(-2)}, "--at", d.staff);
    const CliRun noWorker =
        d.cli({QStringLiteral("visits"), QStringLiteral("add"), QStringLiteral("--user"), QStringLiteral("wangfang"),
               QStringLiteral("--worker"), QStringLiteral("100"), QStringLiteral("--grid"), d.gridCode,
               QStringLiteral("--place"), QStringLiteral("x")},
              d.staff);
    CHECK(noWorker.exitCode == 1);
    CHECK(noWorker.errText().contains(QStringLiteral("--worker")));
    const CliRun wrongPassword =
        d.cli(addVisit(d, {QStringLiteral("--place"), QStringLiteral("x")}), withPassword("no"));
    CHECK(wrongPassword.exitCode != 0);
    const QJsonArray none =
        jsonOf(d.cli({QStringLiteral("visits"), QStringLiteral("list"), QStringLiteral("--json")})).array();
    CHECK(none.isEmpty());
}

TEST_CASE("visits import takes the good lines of a file, reports the others by line, and adds nothing twice",
          "[cli][visits]")
{
    Desk d;
    const QString csv = d.dir.filePath(QStringLiteral("visits.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("时间,网格员,网格,地点,发现情况\n%1,%2,%3,小区北门,井盖松动\n%1,%2,%3,,\n")
                .arg(beijingAgo(1), d.workerPhone, d.gridCode)
                .toUtf8());
    f.close();
    const QStringList import{QStringLiteral("visits"), QStringLiteral("import"), csv, QStringLiteral("--user"),
                             QStringLiteral("wangfang")};
    const CliRun first = d.cli(import, d.staff);
    CHECK(first.exitCode == 2);
    CHECK(first.outText().contains(QStringLiteral("1 imported")));
    CHECK(first.errText().contains(QStringLiteral("line 3")));
    const CliRun again = d.cli(import + QStringList{QStringLiteral("--json")}, d.staff);
    CHECK(again.exitCode == 2);
    const QJsonObject report = parseJson(again.out).object(); // exit 2: a line was refused
    CHECK(report.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(report.value(QStringLiteral("already")).toInt() == 1);
    CHECK(report.value(QStringLiteral("refused")).toArray().size() == 1);
    const CliRun unmapped = d.cli({QStringLiteral("visits"), QStringLiteral("import"), csv, QStringLiteral("--user"),
                                   QStringLiteral("wangfang"), QStringLiteral("--mapping"), QStringLiteral("at=日期")},
                                  d.staff);
    CHECK(unmapped.exitCode == 1);
    CHECK(unmapped.errText().contains(QStringLiteral("--mapping")));
}
