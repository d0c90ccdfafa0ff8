// Repeats on the command line through the real griddesk-cli: a 12345 file whose second line repeats
// the first is attached to it and whose third may repeat it waits for review; `cases repeats`
// lists the pair, reject-repeat keeps it apart for good, `cases attach` merges a case by hand and
// `cases split` takes it back out under its own number; mistakes get exit code 1 and a message.
#include "CliDesk.h"

#include <QFile>

using namespace clitest;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("the command line attaches, reviews, merges and splits repeats of a 12345 import")
{
    Desk d;
    const QString csv = d.dir.filePath(u("12345.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write((u("工单编号,来电时间,来电人,联系电话,诉求地址,诉求内容,诉求目的,问题分类,紧急程度,诉求类型\r\n") +
                 u("RC-1,%1,李先生,13953200002,%2,楼道灯不亮三天了晚上看不见,修灯,0802,一般,求助\r\n")
                     .arg(beijingAgo(1), d.buildingAddress) +
                 u("RC-2,%1,李先生,13953200002,%2,楼道灯不亮三天了晚上看不见,修灯,0802,一般,求助\r\n")
                     .arg(beijingAgo(0), d.buildingAddress) +
                 u("RC-3,%1,李先生,13953200002,香港中路99号,小区门口的垃圾好几天没人清运,,0401,一般,投诉\r\n")
                     .arg(beijingAgo(0)))
                    .toUtf8());
    }
    const CliRun imported = d.cli({u("cases"), u("import"), csv, u("--user"), u("wangfang"), u("--json")}, d.staff);
    INFO("import: " << imported.outText().toStdString() << imported.errText().toStdString());
    REQUIRE(imported.exitCode == 0);
    const QJsonObject report = jsonOf(imported).object();
    const QStringList numbers = [&] {
        QStringList out;
        for (const QJsonValue &v : report.value(u("cases")).toArray())
            out << v.toString();
        return out;
    }();
    REQUIRE(numbers.size() == 3);
    CHECK(report.value(u("attached")).toInt() == 1);
    CHECK(report.value(u("suspected")).toInt() == 1);
    const QJsonObject attachment = report.value(u("attachments")).toArray().first().toObject();
    CHECK(attachment.value(u("line")).toInt() == 3);
    CHECK(attachment.value(u("order")).toString() == u("RC-2"));
    CHECK(attachment.value(u("case")).toString() == numbers.at(1));
    CHECK(attachment.value(u("joined")).toString() == numbers.at(0));
    CHECK(attachment.value(u("score")).toInt() >= 70);
    CHECK(report.value(u("suspected_cases")).toArray().first().toString() == numbers.at(2));

    // The pair waiting for a decision, with the case it may repeat and why.
    const QJsonObject pending = jsonOf(d.cli({u("cases"), u("repeats"), u("--json")})).object();
    REQUIRE(pending.value(u("pairs")).toArray().size() == 1);
    const QJsonObject pair = pending.value(u("pairs")).toArray().first().toObject();
    CHECK(pair.value(u("case")).toString() == numbers.at(2));
    CHECK(pair.value(u("repeats")).toString() == numbers.at(0));
    CHECK(pair.value(u("reasons")).toString().contains(u("same phone")));
    const CliRun shown = d.cli({u("cases"), u("repeats"), u("--lang"), u("zh_CN")});
    CHECK(shown.outText().contains(u("待研判")));
    CHECK(shown.outText().contains(numbers.at(2)));

    // Kept apart: listed as rejected with who decided, never pending again.
    const CliRun rejected = d.cli({u("cases"), u("reject-repeat"), numbers.at(2), u("--user"), u("wangfang")}, d.staff);
    REQUIRE(rejected.exitCode == 0);
    CHECK(rejected.outText().contains(u("not proposed again")));
    CHECK(jsonOf(d.cli({u("cases"), u("repeats"), u("--json")})).object().value(u("pairs")).toArray().isEmpty());
    const QJsonArray decided = jsonOf(d.cli({u("cases"), u("repeats"), u("--status"), u("rejected"), u("--json")}))
                                   .object()
                                   .value(u("pairs"))
                                   .toArray();
    REQUIRE(decided.size() == 1);
    CHECK_FALSE(decided.first().toObject().value(u("decided_by")).toString().isEmpty());
    const CliRun again = d.cli({u("cases"), u("confirm-repeat"), numbers.at(2), u("--user"), u("wangfang")}, d.staff);
    CHECK(again.exitCode != 0);
    CHECK(again.errText().contains(numbers.at(2)));

    // Merged by hand, then split back out under its own number.
    const CliRun noTarget = d.cli({u("cases"), u("attach"), numbers.at(2), u("--user"), u("wangfang")}, d.staff);
    CHECK(noTarget.exitCode == 1);
    CHECK(noTarget.errText().contains(u("--into")));
    const QJsonObject merged = jsonOf(d.cli({u("cases"), u("attach"), numbers.at(2), u("--into"), numbers.at(0),
                                             u("--user"), u("wangfang"), u("--json")},
                                            d.staff))
                                   .object();
    CHECK(merged.value(u("merged_into")).toString() == numbers.at(0));
    const QString reportId = merged.value(u("report")).toString();
    REQUIRE_FALSE(reportId.isEmpty());
    CHECK(jsonOf(d.cli({u("cases"), u("show"), numbers.at(2), u("--json")})).object().value(u("state")).toString() ==
          u("merged"));
    const QJsonObject split = jsonOf(d.cli({u("cases"), u("split"), numbers.at(0), u("--report"), reportId, u("--user"),
                                            u("wangfang"), u("--json")},
                                           d.staff))
                                  .object();
    CHECK(split.value(u("split_into")).toString() == numbers.at(2));
    CHECK(jsonOf(d.cli({u("cases"), u("show"), numbers.at(2), u("--json")})).object().value(u("state")).toString() ==
          u("registered"));
    const CliRun twice =
        d.cli({u("cases"), u("split"), numbers.at(0), u("--report"), reportId, u("--user"), u("wangfang")}, d.staff);
    CHECK(twice.exitCode != 0);
}
