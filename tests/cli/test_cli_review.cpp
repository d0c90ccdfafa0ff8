// `griddesk-cli review compute`: one JSON object per active full-time worker with the fields the
// CLI promises scripts, stars as integers 0–5, the proposed star explained; a bad month is a user error.
#include "CliRunner.h"

#include <QCollator>
#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

using namespace clitest;

namespace {

// The month of the demo's newest case: one with work done in it.
QString newestMonth(const DemoFile &demo)
{
    const QJsonArray newest =
        jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("cases"), QStringLiteral("list"),
                       QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")}))
            .array();
    REQUIRE(newest.size() == 1);
    return newest.first().toObject().value(QStringLiteral("received_at")).toString().left(7);
}

} // namespace

TEST_CASE("review compute gives every full-time worker's month with stars and reasons")
{
    DemoFile demo(300);
    const QString month = newestMonth(demo);
    const CliRun run = runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("compute"),
                               QStringLiteral("--month"), month, QStringLiteral("--json")});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray sheet = jsonOf(run).array();
    REQUIRE(sheet.size() > 100); // the demo district's full-time workers
    double handled = 0;
    for (const QJsonValue &v : sheet) {
        const QJsonObject w = v.toObject();
        for (const char *key :
             {"worker_id", "name", "items", "total", "current_star", "proposed_star", "explanation", "unsettled_cases"})
            CHECK(w.contains(QLatin1String(key)));
        CHECK(w.value(QStringLiteral("unsettled_cases")).toInt() == 0); // the demo has no concurrent actions
        const QJsonValue current = w.value(QStringLiteral("current_star")),
                         proposed = w.value(QStringLiteral("proposed_star"));
        CHECK(current.toDouble() == current.toInt());
        CHECK(current.toInt() >= 0);
        CHECK(current.toInt() <= 5);
        CHECK(proposed.toInt() >= 0);
        CHECK(proposed.toInt() <= 5);
        CHECK(qAbs(proposed.toInt() - current.toInt()) <= 1);
        CHECK(w.value(QStringLiteral("total")).toDouble() >= 0);
        CHECK(w.value(QStringLiteral("total")).toDouble() <= 100);
        CHECK_FALSE(w.value(QStringLiteral("explanation")).toString().isEmpty());
        CHECK(w.value(QStringLiteral("items")).toObject().size() == 10);
        handled += w.value(QStringLiteral("counted")).toObject().value(QStringLiteral("handled")).toDouble();
    }
    CHECK(handled > 0); // the newest month of the demo has completed cases

    // The plain table too, and a month that is not one.
    const CliRun table = runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("compute"),
                                 QStringLiteral("--month"), month});
    CHECK(table.exitCode == 0);
    CHECK(table.outText().contains(sheet.first().toObject().value(QStringLiteral("name")).toString()));
    CHECK_FALSE(table.outText().contains(QStringLiteral("conflicts list"))); // no note without such cases
    requireUserError(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("compute"),
                             QStringLiteral("--month"), QStringLiteral("2026-13")}));
    requireUserError(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("compute")}));

    // By name: the same workers in pinyin order; an order that is not one is refused, naming it.
    const CliRun named = runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("compute"),
                                 QStringLiteral("--month"), month, QStringLiteral("--sort"), QStringLiteral("name"),
                                 QStringLiteral("--json")});
    REQUIRE(named.exitCode == 0);
    const QJsonArray byName = jsonOf(named).array();
    REQUIRE(byName.size() == sheet.size());
    QCollator pinyin{QLocale(QLocale::Chinese, QLocale::China)};
    for (int i = 1; i < byName.size(); ++i)
        CHECK(pinyin.compare(byName.at(i - 1).toObject().value(QStringLiteral("name")).toString(),
                             byName.at(i).toObject().value(QStringLiteral("name")).toString()) <= 0);
    const CliRun bad = runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("compute"),
                               QStringLiteral("--month"), month, QStringLiteral("--sort"), QStringLiteral("code")});
    requireUserError(bad);
    CHECK(bad.errText().contains(QStringLiteral("code")));
}

TEST_CASE("review approve: refused for staff and administrators, done by a supervisor, then locked")
{
    DemoFile demo(300);
    // The last month that is over (a demo of 300 cases approves none of its months).
    const QString month = QDateTime::currentDateTimeUtc()
                              .toTimeZone(QTimeZone(8 * 3600))
                              .date()
                              .addMonths(-1)
                              .toString(QStringLiteral("yyyy-MM"));
    // The month still running is not approved, whoever submitted it.
    CHECK(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("approve"),
                  QStringLiteral("--month"), newestMonth(demo), QStringLiteral("--operator"), QStringLiteral("zhuren"),
                  QStringLiteral("--password-stdin")},
                 baseEnvironment(), "zhuren123\n")
              .exitCode != 0);
    auto approve = [&](const char *login, const QByteArray &password) {
        return runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("approve"),
                       QStringLiteral("--month"), month, QStringLiteral("--operator"), QLatin1String(login),
                       QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                      baseEnvironment(), password + '\n');
    };
    const CliRun staff = approve("wangfang", "wangfang123");
    CHECK(staff.exitCode != 0);
    CHECK(staff.out.isEmpty());
    const CliRun admin = approve("admin", "admin123");
    CHECK(admin.exitCode != 0);
    CHECK(approve("zhuren", "wrong-password").exitCode != 0);
    // Without a way to sign in: a user error before anything is read.
    requireUserError(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("approve"),
                             QStringLiteral("--month"), month}));

    // Nothing to pay before the month is approved.
    CHECK(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("payouts"),
                  QStringLiteral("--month"), month})
              .exitCode != 0);
    // Not before it is submitted; submitted by the administrator (who scores), approved by the supervisor.
    CHECK(approve("zhuren", "zhuren123").errText().contains(QStringLiteral("not submitted")));
    auto submit = [&](const char *login, const QByteArray &password) {
        return runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("submit"),
                       QStringLiteral("--month"), month, QStringLiteral("--operator"), QLatin1String(login),
                       QStringLiteral("--password-stdin")},
                      baseEnvironment(), password + '\n');
    };
    CHECK(submit("wangfang", "wangfang123").exitCode != 0); // staff do not score
    const CliRun submitted = submit("admin", "admin123");
    INFO(submitted.errText().toStdString());
    REQUIRE(submitted.exitCode == 0);
    CHECK(submitted.outText().contains(QStringLiteral("admin")));
    // On public notice: not approved yet; a worker's appeal is recorded and listed.
    CHECK(approve("zhuren", "zhuren123").errText().contains(QStringLiteral("public notice")));
    auto asOperator = [&](QStringList args, const char *login, const QByteArray &password) {
        args.prepend(demo.db);
        args.prepend(QStringLiteral("--db"));
        args << QStringLiteral("--operator") << QLatin1String(login) << QStringLiteral("--password-stdin");
        return runCli(args, baseEnvironment(), password + '\n');
    };
    const QString worker =
        jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("compute"),
                       QStringLiteral("--month"), month, QStringLiteral("--json")}))
            .array()
            .first()
            .toObject()
            .value(QStringLiteral("worker_id"))
            .toString();
    const QStringList appealArgs{QStringLiteral("review"),   QStringLiteral("appeal"),
                                 QStringLiteral("--month"),  month,
                                 QStringLiteral("--worker"), worker};
    requireUserError(
        asOperator(appealArgs + QStringList{QStringLiteral("--text"), QStringLiteral(" ")}, "admin", "admin123"));
    const CliRun appealed = asOperator(
        appealArgs + QStringList{QStringLiteral("--text"), QStringLiteral("走访记录漏录"), QStringLiteral("--json")},
        "admin", "admin123");
    INFO(appealed.errText().toStdString());
    REQUIRE(appealed.exitCode == 0);
    const QString appealId = jsonOf(appealed).object().value(QStringLiteral("id")).toString();
    const QJsonObject listed =
        jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("appeals"),
                       QStringLiteral("--month"), month, QStringLiteral("--json")}))
            .object();
    CHECK_FALSE(listed.value(QStringLiteral("notice_until")).toString().isEmpty());
    REQUIRE(listed.value(QStringLiteral("appeals")).toArray().size() == 1);
    CHECK(listed.value(QStringLiteral("appeals")).toArray().first().toObject().value(QStringLiteral("answer")) ==
          QString());
    // This office keeps no notice period; the appeal still waits for its answer.
    REQUIRE(asOperator({QStringLiteral("review"), QStringLiteral("rules"), QStringLiteral("--set"),
                        QStringLiteral("notice_days=0")},
                       "admin", "admin123")
                .exitCode == 0);
    CHECK(approve("zhuren", "zhuren123").errText().contains(QStringLiteral("appeal")));
    const QStringList answerArgs{QStringLiteral("review"), QStringLiteral("answer"), QStringLiteral("--text"),
                                 QStringLiteral("已补录")};
    CHECK(
        asOperator(answerArgs + QStringList{QStringLiteral("--appeal"), QStringLiteral("nope")}, "zhuren", "zhuren123")
            .errText()
            .contains(QStringLiteral("--appeal")));
    CHECK(asOperator(answerArgs + QStringList{QStringLiteral("--appeal"), appealId}, "admin", "admin123").exitCode !=
          0); // a supervisor answers
    const CliRun answered =
        asOperator(answerArgs + QStringList{QStringLiteral("--appeal"), appealId}, "zhuren", "zhuren123");
    INFO(answered.errText().toStdString());
    REQUIRE(answered.exitCode == 0);
    const CliRun supervisor = approve("zhuren", "zhuren123");
    INFO(supervisor.errText().toStdString());
    REQUIRE(supervisor.exitCode == 0);
    // The typed-in items nobody filled are named on stderr; the sheet is on stdout.
    CHECK(supervisor.errText().contains(QStringLiteral("Nobody had a value")));
    const QJsonArray approved = QJsonDocument::fromJson(supervisor.out).array();
    REQUIRE(approved.size() > 100);
    CHECK(approve("zhuren", "zhuren123").exitCode != 0); // once only
    // compute shows the approved month as it was approved.
    const QJsonArray shown =
        jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("compute"),
                       QStringLiteral("--month"), month, QStringLiteral("--json")}))
            .array();
    REQUIRE(shown.size() == approved.size());
    QHash<QString, QJsonObject> byWorker;
    for (const QJsonValue &v : approved)
        byWorker.insert(v.toObject().value(QStringLiteral("worker_id")).toString(), v.toObject());
    for (const QJsonValue &v : shown) {
        const QJsonObject now = v.toObject();
        const QJsonObject then = byWorker.value(now.value(QStringLiteral("worker_id")).toString());
        for (const char *key : {"total", "current_star", "proposed_star", "explanation", "items"})
            CHECK(now.value(QLatin1String(key)) == then.value(QLatin1String(key)));
    }

    // The rewards of the approved month, and its workbook.
    const QString xlsx = demo.dir.filePath(QStringLiteral("review.xlsx"));
    const QJsonObject paid =
        jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("payouts"),
                       QStringLiteral("--month"), month, QStringLiteral("--xlsx"), xlsx, QStringLiteral("--json")}))
            .object();
    int rewards = 0, covers = 0;
    for (const QJsonValue &p : paid.value(QStringLiteral("payouts")).toArray())
        (p.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("star_reward") ? rewards : covers) +=
            1;
    CHECK(rewards == approved.size());
    CHECK(covers > 0);                                         // the demo's part-time workers covering vacant grids
    CHECK(paid.value(QStringLiteral("total")).toDouble() > 0); // the demo's workers hold stars
    CHECK(QFileInfo(xlsx).size() > 1000);

    // The year: every worker reviewed, the approved month filled in, the others null.
    const QString year = month.left(4);
    const QJsonArray annual =
        jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("year"),
                       QStringLiteral("--year"), year, QStringLiteral("--json")}))
            .array();
    REQUIRE(annual.size() == approved.size());
    const QJsonObject one = annual.first().toObject();
    const QJsonArray months = one.value(QStringLiteral("months")).toArray();
    REQUIRE(months.size() == 12);
    const int m = month.mid(5, 2).toInt();
    CHECK(months.at(m - 1).isDouble());
    CHECK(months.at(m == 1 ? 1 : 0).isNull());
    CHECK(one.value(QStringLiteral("score")).toDouble() >= 0);
    CHECK_FALSE(one.value(QStringLiteral("grade")).toString().isEmpty());
    requireUserError(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("year"),
                             QStringLiteral("--year"), QStringLiteral("二〇二六")}));

    // Reopened by the supervisor with a reason.
    const CliRun reopen =
        runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("reopen"),
                QStringLiteral("--month"), month, QStringLiteral("--reason"), QStringLiteral("回访记录有误"),
                QStringLiteral("--operator"), QStringLiteral("zhuren"), QStringLiteral("--password-stdin")},
               baseEnvironment(), "zhuren123\n");
    INFO(reopen.errText().toStdString());
    CHECK(reopen.exitCode == 0);
}

TEST_CASE("training sessions add records a session the review counts, bad input names the option")
{
    DemoFile demo(0);
    const QJsonArray workers =
        jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("workers"), QStringLiteral("list"),
                       QStringLiteral("--kind"), QStringLiteral("full_time"), QStringLiteral("--json")}))
            .array();
    REQUIRE(!workers.isEmpty());
    const QJsonObject worker = workers.first().toObject();
    const QString phone = worker.value(QStringLiteral("phone")).toString();
    const QString month = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    auto add = [&](const QString &date, const QString &who) {
        return runCli({QStringLiteral("--db"), demo.db, QStringLiteral("training"), QStringLiteral("sessions"),
                       QStringLiteral("add"), QStringLiteral("--date"), date, QStringLiteral("--topic"),
                       QStringLiteral("物业纠纷"), QStringLiteral("--unit"), QStringLiteral("区住房城乡建设局"),
                       QStringLiteral("--worker"), who, QStringLiteral("--user"), QStringLiteral("zhuren")},
                      withPassword("zhuren123"));
    };
    const CliRun added = add(month + QStringLiteral("-15"), phone);
    INFO(added.errText().toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonArray sheet =
        jsonOf(runCli({QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("compute"),
                       QStringLiteral("--month"), month, QStringLiteral("--json")}))
            .array();
    double trained = 0;
    for (const QJsonValue &v : sheet)
        if (v.toObject().value(QStringLiteral("worker_id")) == worker.value(QStringLiteral("id")))
            trained =
                v.toObject().value(QStringLiteral("counted")).toObject().value(QStringLiteral("training")).toDouble();
    CHECK(trained == 1);

    const CliRun future = add(QDate::currentDate().addYears(1).toString(QStringLiteral("yyyy-MM-dd")), phone);
    CHECK(future.exitCode != 0);
    CHECK(future.errText().contains(QStringLiteral("--date")));
    const CliRun nobody = add(month + QStringLiteral("-15"), QStringLiteral("12345"));
    CHECK(nobody.exitCode != 0);
    CHECK(nobody.errText().contains(QStringLiteral("--worker")));
}

TEST_CASE("review rules shows the settings and an administrator changes them, each refusal naming the key")
{
    DemoFile demo(300);
    auto rules = [&](QStringList extra, const char *login = nullptr, const QByteArray &password = {}) {
        QStringList args{QStringLiteral("--db"), demo.db, QStringLiteral("review"), QStringLiteral("rules")};
        args << extra;
        if (login)
            args << QStringLiteral("--operator") << QLatin1String(login) << QStringLiteral("--password-stdin");
        return runCli(args, baseEnvironment(), password + '\n');
    };
    const QJsonObject defaults = jsonOf(rules({QStringLiteral("--json")})).object();
    CHECK(defaults.value(QStringLiteral("cadence")).toString() == QStringLiteral("half_yearly"));
    CHECK(defaults.value(QStringLiteral("minimum_months_at_level")).toInt() == 6);
    CHECK(defaults.value(QStringLiteral("veto")).toString() == QStringLiteral("star_taken"));
    CHECK(defaults.value(QStringLiteral("failed_year")).toString() == QStringLiteral("down_one"));
    CHECK(defaults.value(QStringLiteral("annual_promotes")).toBool());
    const CliRun table = rules({});
    REQUIRE(table.exitCode == 0);
    CHECK(table.outText().contains(QStringLiteral("half-yearly")));

    // Changing needs a sign-in, an administrator, and known keys, words and ranges.
    requireUserError(rules({QStringLiteral("--set"), QStringLiteral("cadence=quarterly")}));
    const CliRun staff = rules({QStringLiteral("--set"), QStringLiteral("cadence=quarterly")}, "zhuren", "zhuren123");
    CHECK(staff.exitCode != 0);
    CHECK(staff.out.isEmpty());
    const QList<std::pair<const char *, const char *>> bad{
        {"cadence=weekly", "monthly, quarterly, half_yearly, yearly"},
        {"stars=5", "not a review setting"},
        {"minimum_months_at_level=40", "from 0 to 36"},
        {"annual_promotes=maybe", "true or false"},
        {"promotion_score=high", "not a number"},
        {"cadence", "KEY=VALUE"}};
    for (const auto &[change, says] : bad) {
        INFO(change);
        const CliRun refused = rules({QStringLiteral("--set"), QLatin1String(change)}, "admin", "admin123");
        requireUserError(refused);
        CHECK(refused.errText().contains(QLatin1String(says)));
    }
    CHECK(jsonOf(rules({QStringLiteral("--json")})).object() == defaults); // nothing was saved

    const CliRun set = rules({QStringLiteral("--set"), QStringLiteral("cadence=quarterly"), QStringLiteral("--set"),
                              QStringLiteral("veto = year_barred"), QStringLiteral("--set"),
                              QStringLiteral("minimum_months_at_level=3"), QStringLiteral("--json")},
                             "admin", "admin123");
    INFO(set.errText().toStdString());
    REQUIRE(set.exitCode == 0);
    const QJsonObject after = jsonOf(rules({QStringLiteral("--json")})).object();
    CHECK(after.value(QStringLiteral("cadence")).toString() == QStringLiteral("quarterly"));
    CHECK(after.value(QStringLiteral("veto")).toString() == QStringLiteral("year_barred"));
    CHECK(after.value(QStringLiteral("minimum_months_at_level")).toInt() == 3);
    CHECK(after.value(QStringLiteral("promotion_share")) == defaults.value(QStringLiteral("promotion_share")));
}
