// Training by order, exemplary cases and good ideas through the real griddesk-cli: a need ordered,
// a session with its need and material recorded and evaluated, the demand showing the need
// covered, a worker's history printed; a council written up, approved by a supervisor, found by a
// two-character search and printed in the booklet whose contents give its page; a good idea
// proposed, visited and adopted. Each refusal names its option and exits 1, with nothing written.
#include "CliDesk.h"
#include "ToolOutput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace clitest;
using gdtest::pdfText;

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromUtf8(w);
    return out;
}

const QString kToday = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate);

} // namespace

TEST_CASE("training needs orders and sessions through the CLI with evaluation and history", "[cli][training]")
{
    Desk d;
    const CliRun ordered =
        d.cli(words({"training", "orders", "add", "--user", "wangfang", "--need", "物业纠纷", "--note", "想学调解"}) +
                  QStringList{QStringLiteral("--worker"), d.workerPhone},
              d.staff);
    INFO(ordered.errText().toStdString());
    REQUIRE(ordered.exitCode == 0);
    const QJsonArray orders = jsonOf(d.cli(words({"training", "orders", "list", "--json"}))).array();
    REQUIRE(orders.size() == 1);
    CHECK(orders.first().toObject().value(QStringLiteral("need")).toString() == QStringLiteral("物业纠纷"));

    QTemporaryDir files;
    const QString material = files.filePath(QStringLiteral("讲义.txt"));
    {
        QFile f(material);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("物业纠纷调解要点");
    }
    const QStringList session =
        words({"training", "sessions", "add", "--user", "zhuren", "--topic", "物业纠纷调解", "--need", "物业纠纷",
               "--expert", "李律师", "--unit", "区司法局"}) +
        QStringList{QStringLiteral("--date"),     kToday,   QStringLiteral("--worker"), d.workerPhone,
                    QStringLiteral("--material"), material, QStringLiteral("--json")};
    const QJsonObject recorded = jsonOf(d.cli(session, d.supervisor)).object();
    const QString id = recorded.value(QStringLiteral("id")).toString();
    REQUIRE(id.size() == 36);
    CHECK(recorded.value(QStringLiteral("needs")).toArray().first().toString() == QStringLiteral("物业纠纷"));
    CHECK(recorded.value(QStringLiteral("materials")).toArray().size() == 1);

    const CliRun evaluated =
        d.cli(words({"training", "evaluate", "--user", "wangfang", "--score", "4", "--text", "实用"}) +
                  QStringList{QStringLiteral("--session"), id, QStringLiteral("--worker"), d.workerPhone},
              d.staff);
    INFO(evaluated.errText().toStdString());
    CHECK(evaluated.exitCode == 0);
    const QJsonArray needs = jsonOf(d.cli(words({"training", "needs", "list", "--json"}))).array();
    bool covered = false;
    for (const QJsonValue &v : needs)
        if (v.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("物业纠纷"))
            covered = v.toObject().value(QStringLiteral("covered")).toBool() &&
                      v.toObject().value(QStringLiteral("orders")).toInt() == 1;
    CHECK(covered);

    const QString pdf = files.filePath(QStringLiteral("history.pdf"));
    const QJsonObject history =
        jsonOf(
            d.cli(QStringList{QStringLiteral("training"), QStringLiteral("history"), QStringLiteral("--worker"),
                              d.workerPhone, QStringLiteral("--from"), kToday.left(4) + QStringLiteral("-01-01"),
                              QStringLiteral("--to"), kToday, QStringLiteral("--pdf"), pdf, QStringLiteral("--json")}))
            .object();
    CHECK(history.value(QStringLiteral("sessions")).toArray().size() >= 1);
    const QString text = pdfText(pdf);
    CHECK(text.contains(d.workerName));
    CHECK(text.contains(QStringLiteral("物业纠纷调解")));

    const QString count = QStringLiteral("SELECT count(*) FROM trainings");
    const QString before = peekValue(d.db, count);
    const auto refused = [&](const QStringList &args, const QProcessEnvironment &env, const char *option) {
        const CliRun run = d.cli(args, env);
        INFO(option << ": " << run.errText().toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.errText().contains(QLatin1String(option)));
    };
    refused(words({"training", "sessions", "add", "--user", "zhuren", "--topic", "x", "--date", "2999-01-01",
                   "--worker", "13900000000"}),
            d.supervisor, "--worker");
    refused(session.mid(0, session.size() - 1) + QStringList{QStringLiteral("--material"), files.filePath("none.pdf")},
            d.supervisor, "--material");
    refused(words({"training", "evaluate", "--user", "wangfang", "--score", "9"}) +
                QStringList{QStringLiteral("--session"), id, QStringLiteral("--worker"), d.workerPhone},
            d.staff, "--score");
    refused(words({"training", "orders", "add", "--user", "wangfang", "--need", ""}) +
                QStringList{QStringLiteral("--worker"), d.workerPhone},
            d.staff, "--need");
    CHECK(peekValue(d.db, count) == before);
}

TEST_CASE("a council written up, approved, searched and printed in the booklet through the CLI", "[cli][exemplary]")
{
    Desk d;
    const QString community = peekValue(d.db, QStringLiteral("SELECT c.code FROM grids g JOIN communities c ON c.id = "
                                                             "g.community_id WHERE g.code = '%1'")
                                                  .arg(d.gridCode));
    const QString council = jsonOf(d.cli(words({"councils", "add", "--user", "wangfang", "--topic", "三号楼加装电梯",
                                                "--residents", "20", "--resolution", "按楼层分摊", "--json"}) +
                                             QStringList{QStringLiteral("--community"), community},
                                         d.staff))
                                .object()
                                .value(QStringLiteral("id"))
                                .toString();
    REQUIRE(council.size() == 36);
    const QStringList add = words({"exemplary", "add", "--user", "zhuren", "--title", "加装电梯议出来", "--actions",
                                   "网格员逐户走访，召集议事会，促成分摊方案", "--lessons", "先议后办"});
    // Staff may not write up; a supervisor may.
    const CliRun staff = d.cli(add + QStringList{QStringLiteral("--council"), council}, d.staff);
    CHECK(staff.exitCode != 0);
    const QJsonObject written =
        jsonOf(d.cli(add + QStringList{QStringLiteral("--council"), council, QStringLiteral("--json")}, d.supervisor))
            .object();
    const QString id = written.value(QStringLiteral("id")).toString();
    REQUIRE(id.size() == 36);
    CHECK(written.value(QStringLiteral("state")).toString() == QStringLiteral("draft"));
    const CliRun approved = d.cli({QStringLiteral("exemplary"), QStringLiteral("approve"), id, QStringLiteral("--user"),
                                   QStringLiteral("zhuren")},
                                  d.supervisor);
    INFO(approved.errText().toStdString());
    REQUIRE(approved.exitCode == 0);
    for (const char *term : {"电", "电梯", "分摊方"}) {
        const QJsonArray found = jsonOf(d.cli(words({"exemplary", "list", "--json", "--search", term}))).array();
        INFO(term);
        REQUIRE(found.size() == 1);
        CHECK(found.first().toObject().value(QStringLiteral("state")).toString() == QStringLiteral("approved"));
    }
    CHECK(jsonOf(d.cli(words({"exemplary", "list", "--json", "--search", "停车"}))).array().isEmpty());

    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("booklet.pdf")), odt = out.filePath(QStringLiteral("booklet.odt"));
    const QJsonObject booklet =
        jsonOf(d.cli(QStringList{QStringLiteral("exemplary"), QStringLiteral("booklet"), QStringLiteral("--year"),
                                 kToday.left(4), QStringLiteral("--pdf"), pdf, QStringLiteral("--odt"), odt,
                                 QStringLiteral("--json")}))
            .object();
    REQUIRE(booklet.value(QStringLiteral("write_ups")).toInt() == 1);
    const int page =
        booklet.value(QStringLiteral("contents")).toArray().first().toObject().value(QStringLiteral("page")).toInt();
    CHECK(page == 3); // the cover, one page of contents
    CHECK(booklet.value(QStringLiteral("pages")).toInt() >= 3);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("加装电梯议出来")));
    CHECK(text.contains(QStringLiteral("先议后办")));
    QFile odf(odt);
    REQUIRE(odf.open(QIODevice::ReadOnly));
    CHECK(odf.read(2) == "PK");

    const CliRun twice = d.cli(add + QStringList{QStringLiteral("--council"), council}, d.supervisor);
    CHECK(twice.exitCode == 1);
    CHECK(twice.errText().contains(QStringLiteral("--council")));
    const CliRun none = d.cli(words({"exemplary", "add", "--user", "zhuren", "--actions", "x"}), d.supervisor);
    CHECK(none.exitCode == 1);
    CHECK(none.errText().contains(QStringLiteral("--case")));
    const CliRun noYear = d.cli(words({"exemplary", "booklet", "--pdf", "x.pdf"}));
    CHECK(noYear.exitCode == 1);
    CHECK(noYear.errText().contains(QStringLiteral("--year")));
}

TEST_CASE("a good idea proposed, visited and adopted through the CLI", "[cli][ideas]")
{
    Desk d;
    const QString street = d.streetCode;
    const QString other = peekValue(
        d.db, QStringLiteral("SELECT code FROM streets WHERE code <> '%1' ORDER BY code LIMIT 1").arg(street));
    const CliRun added =
        d.cli(words({"ideas", "add", "--user", "zhuren", "--title", "逢二聚格", "--used-where", "各社区"}) +
                  QStringList{QStringLiteral("--street"), street},
              d.supervisor);
    INFO(added.errText().toStdString());
    REQUIRE(added.exitCode == 0);
    const QString id = added.outText().trimmed();
    REQUIRE(id.size() == 36);
    CHECK(d.cli(QStringList{QStringLiteral("ideas"), QStringLiteral("visit"), id} +
                    words({"--user", "zhuren", "--visitors", "区领导带队", "--refinement", "梳理为五步清单"}),
                d.supervisor)
              .exitCode == 0);
    CHECK(d.cli(QStringList{QStringLiteral("ideas"), QStringLiteral("adopt"), id, QStringLiteral("--street"), other} +
                    words({"--user", "zhuren"}),
                d.supervisor)
              .exitCode == 0);
    const QJsonArray ideas = jsonOf(d.cli(words({"ideas", "list", "--json"}))).array();
    REQUIRE(ideas.size() == 1);
    CHECK(ideas.first().toObject().value(QStringLiteral("visits")).toArray().size() == 1);
    CHECK(ideas.first().toObject().value(QStringLiteral("adoptions")).toArray().size() == 1);

    const auto refused = [&](const QStringList &args, const char *option) {
        const CliRun run = d.cli(args, d.supervisor);
        INFO(option << ": " << run.errText().toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.errText().contains(QLatin1String(option)));
    };
    refused(QStringList{QStringLiteral("ideas"), QStringLiteral("adopt"), id, QStringLiteral("--street"), street} +
                words({"--user", "zhuren"}),
            "--street");
    refused(words({"ideas", "add", "--user", "zhuren", "--title", "x", "--date", "2999-01-01"}) +
                QStringList{QStringLiteral("--street"), street},
            "--date");
    refused(words({"ideas", "add", "--user", "zhuren", "--title", ""}) +
                QStringList{QStringLiteral("--street"), street},
            "--title");
    CHECK(peekValue(d.db, QStringLiteral("SELECT count(*) FROM ideas")) == QStringLiteral("1"));
}
