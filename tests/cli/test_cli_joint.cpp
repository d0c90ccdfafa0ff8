// `joint add|list|team` and `meetings add|list|tasks|task` through the real griddesk-cli: a joint
// activity recorded with its grids and people and listed by kind; a grid's team grown by a resident
// who fits the role (and refused one who does not); a meeting with a task that is done, another
// made a request; each refusal names its option and exits 1, with nothing written.
#include "CliDesk.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace clitest;

namespace {

QStringList as(const QStringList &words)
{
    return words + QStringList{QStringLiteral("--user"), QStringLiteral("wangfang")};
}

} // namespace

TEST_CASE("joint add records a joint activity that joint list shows, and bad input names its option", "[cli][joint]")
{
    Desk d;
    const QString police = peekValue(d.db, QStringLiteral("SELECT p.code FROM grids g JOIN police_grids p ON p.id = "
                                                          "g.police_grid_id WHERE g.code = '%1'")
                                               .arg(d.gridCode));
    REQUIRE_FALSE(police.isEmpty());
    const QStringList base{QStringLiteral("joint"),         QStringLiteral("add"),
                           QStringLiteral("--police-grid"), police,
                           QStringLiteral("--grid"),        d.gridCode,
                           QStringLiteral("--description"), QStringLiteral("夜间联合巡逻")};
    const CliRun added =
        d.cli(as(base + QStringList{QStringLiteral("--kind"), QStringLiteral("patrol"), QStringLiteral("--person"),
                                    d.workerPhone, QStringLiteral("--person"), QStringLiteral("李调解员"),
                                    QStringLiteral("--at"), beijingAgo(1), QStringLiteral("--json")}),
              d.staff);
    INFO(added.errText().toStdString());
    const QJsonObject row = jsonOf(added).object();
    CHECK(row.value(QStringLiteral("people")).toInt() == 2);
    CHECK(row.value(QStringLiteral("kind")).toString() == QStringLiteral("patrol"));
    const QString id = row.value(QStringLiteral("id")).toString();
    REQUIRE(id.size() == 36);

    const QJsonArray patrols = jsonOf(d.cli({QStringLiteral("joint"), QStringLiteral("list"), QStringLiteral("--kind"),
                                             QStringLiteral("patrol"), QStringLiteral("--grid"), d.gridCode,
                                             QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json")}))
                                   .array();
    bool listed = false;
    for (const QJsonValue &v : patrols)
        listed = listed || v.toObject().value(QStringLiteral("id")).toString() == id;
    CHECK(listed);

    const QString activities = QStringLiteral("SELECT count(*) FROM joint_activities");
    const QString before = peekValue(d.db, activities);
    const auto refused = [&](const QStringList &words, const char *option) {
        const CliRun run = d.cli(as(words), d.staff);
        INFO(option << ": " << run.errText().toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.errText().contains(QLatin1String(option)));
    };
    refused(base + QStringList{QStringLiteral("--kind"), QStringLiteral("party")}, "--kind");
    refused({QStringLiteral("joint"), QStringLiteral("add"), QStringLiteral("--police-grid"), QStringLiteral("NOPE"),
             QStringLiteral("--grid"), d.gridCode, QStringLiteral("--description"), QStringLiteral("巡逻")},
            "--police-grid");
    refused({QStringLiteral("joint"), QStringLiteral("add"), QStringLiteral("--police-grid"), police,
             QStringLiteral("--description"), QStringLiteral("巡逻")},
            "--grid");
    refused(base + QStringList{QStringLiteral("--at"), QStringLiteral("2999-01-01 10:00")}, "--at");
    refused(base + QStringList{QStringLiteral("--case"), QStringLiteral("000000-NOPE")}, "--case");
    CHECK(peekValue(d.db, activities) == before);
}

TEST_CASE("joint team shows a grid's 1+1+N team and takes a resident who fits the role", "[cli][joint]")
{
    Desk d;
    const QString volunteer =
        peekValue(d.db, QStringLiteral("SELECT id FROM workers WHERE kind = 'volunteer' AND deleted = 0 "
                                       "AND id NOT IN (SELECT worker_id FROM joint_team_members WHERE "
                                       "deleted = 0 AND grid_id = (SELECT id FROM grids WHERE code = "
                                       "'%1')) ORDER BY id LIMIT 1")
                            .arg(d.gridCode));
    REQUIRE_FALSE(volunteer.isEmpty());
    const QStringList team{QStringLiteral("joint"), QStringLiteral("team"), QStringLiteral("--grid"), d.gridCode};
    const int before = jsonOf(d.cli(team + QStringList{QStringLiteral("--json")}))
                           .object()
                           .value(QStringLiteral("members"))
                           .toArray()
                           .size();
    const CliRun wrong = d.cli(as(team + QStringList{QStringLiteral("--member"), volunteer, QStringLiteral("--role"),
                                                     QStringLiteral("building_leader")}),
                               d.staff);
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.errText().contains(QStringLiteral("--role")));
    const QJsonObject grown =
        jsonOf(d.cli(as(team + QStringList{QStringLiteral("--member"), volunteer, QStringLiteral("--role"),
                                           QStringLiteral("volunteer"), QStringLiteral("--json")}),
                     d.staff))
            .object();
    CHECK(grown.value(QStringLiteral("members")).toArray().size() == before + 1);
    CHECK_FALSE(grown.value(QStringLiteral("police_head")).toString().isEmpty());
    const QJsonObject shrunk =
        jsonOf(d.cli(as(team + QStringList{QStringLiteral("--remove"), volunteer, QStringLiteral("--json")}), d.staff))
            .object();
    CHECK(shrunk.value(QStringLiteral("members")).toArray().size() == before);
    const CliRun text = d.cli(team);
    CHECK(text.exitCode == 0);
    CHECK(text.outText().contains(QStringLiteral("police-grid head")));
}

TEST_CASE("meetings add records a joint meeting whose tasks are done or made requests", "[cli][joint]")
{
    Desk d;
    const QString community = peekValue(d.db, QStringLiteral("SELECT c.code FROM grids g JOIN communities c ON c.id = "
                                                             "g.community_id WHERE g.code = '%1'")
                                                  .arg(d.gridCode));
    const QString category = peekValue(
        d.db, QStringLiteral("SELECT code FROM categories WHERE parent_id IS NOT NULL ORDER BY code LIMIT 1"));
    const QString due = beijingAgo(-3, "yyyy-MM-dd");
    const QJsonObject added =
        jsonOf(d.cli(as({QStringLiteral("meetings"), QStringLiteral("add"), QStringLiteral("--level"),
                         QStringLiteral("community"), QStringLiteral("--community"), community,
                         QStringLiteral("--topic"), QStringLiteral("警网联席会商"), QStringLiteral("--person"),
                         d.workerPhone, QStringLiteral("--task"),
                         QStringLiteral("清理楼道杂物;%1;%2").arg(d.workerPhone, due), QStringLiteral("--task"),
                         QStringLiteral("排查消防隐患;%1;%2").arg(d.workerPhone, due), QStringLiteral("--json")}),
                     d.staff))
            .object();
    const QJsonArray tasks = added.value(QStringLiteral("tasks")).toArray();
    REQUIRE(tasks.size() == 2);
    const QString first = tasks.at(0).toObject().value(QStringLiteral("id")).toString();
    const QString second = tasks.at(1).toObject().value(QStringLiteral("id")).toString();

    CHECK(d.cli(as({QStringLiteral("meetings"), QStringLiteral("task"), first, QStringLiteral("done"),
                    QStringLiteral("--note"), QStringLiteral("已清理")}),
                d.staff)
              .exitCode == 0);
    const CliRun twice =
        d.cli(as({QStringLiteral("meetings"), QStringLiteral("task"), first, QStringLiteral("done")}), d.staff);
    CHECK(twice.exitCode == 1);
    const QJsonObject made = jsonOf(d.cli(as({QStringLiteral("meetings"), QStringLiteral("task"), second,
                                              QStringLiteral("case"), QStringLiteral("--grid"), d.gridCode,
                                              QStringLiteral("--category"), category, QStringLiteral("--json")}),
                                          d.staff))
                                 .object();
    CHECK_FALSE(made.value(QStringLiteral("case_number")).toString().isEmpty());

    const QJsonArray open =
        jsonOf(d.cli({QStringLiteral("meetings"), QStringLiteral("tasks"), QStringLiteral("--community"), community,
                      QStringLiteral("--open-only"), QStringLiteral("--json")}))
            .array();
    for (const QJsonValue &v : open)
        CHECK(v.toObject().value(QStringLiteral("id")).toString() != first);
    const QJsonArray meetings =
        jsonOf(d.cli({QStringLiteral("meetings"), QStringLiteral("list"), QStringLiteral("--level"),
                      QStringLiteral("community"), QStringLiteral("--json")}))
            .array();
    REQUIRE_FALSE(meetings.isEmpty());

    const QString written = QStringLiteral("SELECT (SELECT count(*) FROM joint_meetings) || '/' || (SELECT count(*) "
                                           "FROM joint_tasks WHERE done_ms = 0)");
    const QString before = peekValue(d.db, written);
    const auto refused = [&](const QStringList &words, const char *option) {
        const CliRun run = d.cli(as(words), d.staff);
        INFO(option << ": " << run.errText().toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.errText().contains(QLatin1String(option)));
    };
    const QStringList meeting{QStringLiteral("meetings"),  QStringLiteral("add"),         QStringLiteral("--level"),
                              QStringLiteral("community"), QStringLiteral("--community"), community};
    refused(meeting, "--topic");
    refused(meeting + QStringList{QStringLiteral("--topic"), QStringLiteral("会商"), QStringLiteral("--task"),
                                  QStringLiteral("没有负责人")},
            "--task");
    refused({QStringLiteral("meetings"), QStringLiteral("add"), QStringLiteral("--level"), QStringLiteral("grid"),
             QStringLiteral("--topic"), QStringLiteral("会商")},
            "--grid");
    refused({QStringLiteral("meetings"), QStringLiteral("task"), second, QStringLiteral("archive")}, "archive");
    CHECK(peekValue(d.db, written) == before);
}
