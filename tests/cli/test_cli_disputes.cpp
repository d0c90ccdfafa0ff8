// `disputes add`, `disputes act` and `disputes list` through the real griddesk-cli: a dispute
// recorded with its parties and mediators, mediated, settled with its agreement and followed up;
// a high-risk one listed as awaiting review until a supervisor reviews it (staff refused); each
// refusal names its option, and nothing is written.
#include "CliDesk.h"

#include <QFile>

using namespace clitest;

namespace {

QStringList addDispute(const Desk &d, const QStringList &more)
{
    return QStringList{QStringLiteral("disputes"),      QStringLiteral("add"),
                       QStringLiteral("--user"),        QStringLiteral("wangfang"),
                       QStringLiteral("--grid"),        d.gridCode,
                       QStringLiteral("--description"), QStringLiteral("楼上漏水"),
                       QStringLiteral("--party"),       QStringLiteral("赵建国,13900001111,书香家园3号楼301")} +
           more;
}

QStringList act(const QString &id, const QString &action, const QStringList &more = {})
{
    return QStringList{QStringLiteral("disputes"), QStringLiteral("act"),     id, action,
                       QStringLiteral("--user"),   QStringLiteral("wangfang")} +
           more;
}

} // namespace

TEST_CASE("disputes add records a dispute that disputes act carries to settlement and its follow-up", "[cli][disputes]")
{
    Desk d;
    const CliRun added =
        d.cli(addDispute(d, {QStringLiteral("--party"), QStringLiteral("钱丽"), QStringLiteral("--kind"),
                             QStringLiteral("property"), QStringLiteral("--at"), beijingAgo(5),
                             QStringLiteral("--mediator"), QStringLiteral("worker:") + d.workerPhone,
                             QStringLiteral("--mediator"), QStringLiteral("lawyer:王律师")}),
              d.staff);
    INFO(added.errText().toStdString());
    REQUIRE(added.exitCode == 0);
    const QString id = added.outText().trimmed();
    REQUIRE(id.size() == 36);

    CHECK(d.cli(act(id, QStringLiteral("session"),
                    {QStringLiteral("--at"), beijingAgo(3), QStringLiteral("--place"), QStringLiteral("社区调解室")}),
                d.staff)
              .exitCode == 0);
    const CliRun early =
        d.cli(act(id, QStringLiteral("followup"), {QStringLiteral("--note"), QStringLiteral("好")}), d.staff);
    CHECK(early.exitCode == 1);
    CHECK(early.errText().contains(QStringLiteral("--at")));
    const CliRun bare = d.cli(act(id, QStringLiteral("settle")), d.staff);
    CHECK(bare.exitCode == 1);
    CHECK(bare.errText().contains(QStringLiteral("--agreement")));
    const QJsonObject settled = jsonOf(d.cli(act(id, QStringLiteral("settle"),
                                                 {QStringLiteral("--at"), beijingAgo(2), QStringLiteral("--agreement"),
                                                  QStringLiteral("赔偿800元"), QStringLiteral("--json")}),
                                             d.staff))
                                    .object();
    CHECK(settled.value(QStringLiteral("outcome")).toString() == QStringLiteral("settled"));
    CHECK(d.cli(act(id, QStringLiteral("followup"), {QStringLiteral("--note"), QStringLiteral("协议已履行")}), d.staff)
              .exitCode == 0);
    const CliRun again = d.cli(act(id, QStringLiteral("withdraw")), d.staff);
    CHECK(again.exitCode == 1);

    const QJsonArray all =
        jsonOf(d.cli({QStringLiteral("disputes"), QStringLiteral("list"), QStringLiteral("--json")})).array();
    REQUIRE(all.size() == 1);
    const QJsonObject row = all.at(0).toObject();
    CHECK(row.value(QStringLiteral("id")).toString() == id);
    CHECK(row.value(QStringLiteral("kind")).toString() == QStringLiteral("property"));
    CHECK(row.value(QStringLiteral("sessions")).toInt() == 1);
    CHECK(row.value(QStringLiteral("outcome")).toString() == QStringLiteral("settled"));
    CHECK(row.value(QStringLiteral("followed_up")).toBool());
    CHECK(jsonOf(d.cli({QStringLiteral("disputes"), QStringLiteral("list"), QStringLiteral("--outcome"),
                        QStringLiteral("open"), QStringLiteral("--json")}))
              .array()
              .isEmpty());
    const CliRun table =
        d.cli({QStringLiteral("disputes"), QStringLiteral("list"), QStringLiteral("--grid"), d.gridCode});
    CHECK(table.exitCode == 0);
    CHECK(table.outText().contains(id));
}

TEST_CASE("a high-risk dispute awaits review until a supervisor reviews it", "[cli][disputes]")
{
    Desk d;
    const CliRun added = d.cli(addDispute(d, {QStringLiteral("--risk"), QStringLiteral("high")}), d.staff);
    REQUIRE(added.exitCode == 0);
    const QString id = added.outText().trimmed();
    const QStringList awaiting{QStringLiteral("disputes"), QStringLiteral("list"), QStringLiteral("--awaiting-review"),
                               QStringLiteral("--json")};
    CHECK(jsonOf(d.cli(awaiting)).array().size() == 1);
    const CliRun staff =
        d.cli(act(id, QStringLiteral("review"), {QStringLiteral("--note"), QStringLiteral("看过")}), d.staff);
    CHECK(staff.exitCode != 0);
    QStringList bySupervisor =
        act(id, QStringLiteral("review"), {QStringLiteral("--note"), QStringLiteral("派出所跟进")});
    bySupervisor[5] = QStringLiteral("zhuren");
    const CliRun reviewed = d.cli(bySupervisor, d.supervisor);
    INFO(reviewed.errText().toStdString());
    CHECK(reviewed.exitCode == 0);
    CHECK(jsonOf(d.cli(awaiting)).array().isEmpty());
}

TEST_CASE("disputes add and act name the option that is wrong and write nothing", "[cli][disputes]")
{
    Desk d;
    const auto refused = [&](const QStringList &arguments, const char *option) {
        const CliRun r = d.cli(arguments, d.staff);
        INFO(option << ": " << r.errText().toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.errText().contains(QLatin1String(option)));
    };
    refused({QStringLiteral("disputes"), QStringLiteral("add"), QStringLiteral("--user"), QStringLiteral("wangfang"),
             QStringLiteral("--grid"), d.gridCode, QStringLiteral("--description"), QStringLiteral("x")},
            "--party");
    refused(addDispute(d, {QStringLiteral("--kind"), QStringLiteral("feud")}), "--kind");
    refused(addDispute(d, {QStringLiteral("--risk"), QStringLiteral("extreme")}), "--risk");
    refused(addDispute(d, {QStringLiteral("--at"), QStringLiteral("yesterday")}), "--at");
    refused(addDispute(d, {QStringLiteral("--at"), beijingAgo(-2)}), "--at");
    refused(addDispute(d, {QStringLiteral("--mediator"), QStringLiteral("judge:包公")}), "--mediator");
    refused(addDispute(d, {QStringLiteral("--case"), QStringLiteral("NO-SUCH")}), "--case");
    refused(addDispute(d, {QStringLiteral("--source"), QStringLiteral("case")}), "--case");
    refused({QStringLiteral("disputes"), QStringLiteral("add"), QStringLiteral("--user"), QStringLiteral("wangfang"),
             QStringLiteral("--description"), QStringLiteral("x"), QStringLiteral("--party"), QStringLiteral("甲")},
            "--grid");
    const QString id = d.cli(addDispute(d, {}), d.staff).outText().trimmed();
    REQUIRE(id.size() == 36);
    refused(act(id, QStringLiteral("refer"), {QStringLiteral("--target"), QStringLiteral("mayor")}), "--target");
    refused(act(id, QStringLiteral("session"), {QStringLiteral("--result"), QStringLiteral("maybe")}), "--result");
    refused(act(id, QStringLiteral("settle"), {QStringLiteral("--file"), d.dir.filePath(QStringLiteral("none.pdf"))}),
            "--file");
    const QString text = d.dir.filePath(QStringLiteral("agreement.txt"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a scan");
    f.close();
    refused(act(id, QStringLiteral("settle"), {QStringLiteral("--file"), text}), "--file");
    refused(act(id, QStringLiteral("dance")), "dance");
    refused(act(QStringLiteral("no-such-id"), QStringLiteral("withdraw")), "no-such-id");
    const QJsonArray left =
        jsonOf(d.cli({QStringLiteral("disputes"), QStringLiteral("list"), QStringLiteral("--json")})).array();
    REQUIRE(left.size() == 1);
    CHECK(left.at(0).toObject().value(QStringLiteral("outcome")).toString() == QStringLiteral("open"));
}

TEST_CASE("stats counts the disputes and visits beside the requests' figures", "[cli][disputes][stats]")
{
    Desk d;
    const QString id = d.cli(addDispute(d, {QStringLiteral("--at"), beijingAgo(4)}), d.staff).outText().trimmed();
    REQUIRE(id.size() == 36);
    REQUIRE(d.cli(addDispute(d, {QStringLiteral("--at"), beijingAgo(3)}), d.staff).exitCode == 0);
    REQUIRE(d.cli(act(id, QStringLiteral("settle"), {QStringLiteral("--agreement"), QStringLiteral("赔偿")}), d.staff)
                .exitCode == 0);
    REQUIRE(d.cli({QStringLiteral("visits"), QStringLiteral("add"), QStringLiteral("--user"),
                   QStringLiteral("wangfang"), QStringLiteral("--worker"), d.workerPhone, QStringLiteral("--grid"),
                   d.gridCode, QStringLiteral("--place"), QStringLiteral("小区北门")},
                  d.staff)
                .exitCode == 0);
    const QString today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate);
    const QStringList period{QStringLiteral("stats"), QStringLiteral("--from"),
                             QDate::fromString(today, Qt::ISODate).addDays(-7).toString(Qt::ISODate),
                             QStringLiteral("--to"), today};
    const QJsonObject work = jsonOf(d.cli(period + QStringList{QStringLiteral("--json")}))
                                 .object()
                                 .value(QStringLiteral("grid_work"))
                                 .toObject();
    const auto value = [&](const char *key) {
        return work.value(QLatin1String(key)).toObject().value(QStringLiteral("value")).toDouble();
    };
    CHECK(value("disputes_found") == 2);
    CHECK(value("disputes_settled") == 1);
    CHECK(value("settlement_rate") == 1.0);
    CHECK(value("visits") == 1);
    CHECK(work.value(QStringLiteral("disputes_found")).toObject().contains(QStringLiteral("before")));
    CHECK_FALSE(work.value(QStringLiteral("high_risk_waiting")).toObject().contains(QStringLiteral("before")));
    const CliRun table = d.cli(period);
    CHECK(table.outText().contains(QStringLiteral("Settlement rate")));
    // The street's grid work holds only its own.
    const QJsonObject grid =
        jsonOf(d.cli(period + QStringList{QStringLiteral("--grid"), d.gridCode, QStringLiteral("--json")}))
            .object()
            .value(QStringLiteral("grid_work"))
            .toObject();
    CHECK(grid.value(QStringLiteral("disputes_found")).toObject().value(QStringLiteral("value")).toDouble() == 2);
}

TEST_CASE("disputes ledger writes the month's ledger, the parties masked unless an administrator asks",
          "[cli][disputes][ledger]")
{
    Desk d;
    REQUIRE(d.cli(addDispute(d, {QStringLiteral("--at"), beijingAgo(2)}), d.staff).exitCode == 0);
    const QString month = QDateTime::currentDateTimeUtc()
                              .toTimeZone(QTimeZone(8 * 3600))
                              .addSecs(-2 * 3600)
                              .toString(QStringLiteral("yyyy-MM"));
    const QString pdf = d.dir.filePath(QStringLiteral("ledger.pdf")),
                  xlsx = d.dir.filePath(QStringLiteral("ledger.xlsx"));
    const CliRun written =
        d.cli({QStringLiteral("disputes"), QStringLiteral("ledger"), QStringLiteral("--month"), month,
               QStringLiteral("--grid"), d.gridCode, QStringLiteral("--pdf"), pdf, QStringLiteral("--xlsx"), xlsx});
    INFO(written.errText().toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.outText().contains(QStringLiteral("1 dispute")));
    CHECK(QFile::exists(pdf));
    CHECK(QFile::exists(xlsx));
    // In full only for an administrator; staff are refused and nothing is written.
    const QString full = d.dir.filePath(QStringLiteral("full.pdf"));
    const CliRun refused = d.cli({QStringLiteral("disputes"), QStringLiteral("ledger"), QStringLiteral("--month"),
                                  month, QStringLiteral("--pdf"), full, QStringLiteral("--full-phones"),
                                  QStringLiteral("--user"), QStringLiteral("wangfang")},
                                 d.staff);
    CHECK(refused.exitCode != 0);
    CHECK(refused.errText().contains(QStringLiteral("--full-phones")));
    CHECK_FALSE(QFile::exists(full));
    const CliRun admin = d.cli({QStringLiteral("disputes"), QStringLiteral("ledger"), QStringLiteral("--month"), month,
                                QStringLiteral("--pdf"), full, QStringLiteral("--full-phones"),
                                QStringLiteral("--user"), QStringLiteral("admin")},
                               withPassword("admin123"));
    INFO(admin.errText().toStdString());
    CHECK(admin.exitCode == 0);
    const CliRun badMonth = d.cli({QStringLiteral("disputes"), QStringLiteral("ledger"), QStringLiteral("--month"),
                                   QStringLiteral("2026-13"), QStringLiteral("--pdf"), pdf});
    CHECK(badMonth.exitCode == 1);
    CHECK(badMonth.errText().contains(QStringLiteral("--month")));
    const CliRun nothing =
        d.cli({QStringLiteral("disputes"), QStringLiteral("ledger"), QStringLiteral("--month"), month});
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.errText().contains(QStringLiteral("--pdf")));
}
