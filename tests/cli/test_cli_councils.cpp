// `councils add` and `councils list` through the real griddesk-cli: a residents' council recorded
// with its attendance by role, a rule and a request it settles, listed with --with-rule; each
// refusal names its option and exits 1, with nothing written.
#include "CliDesk.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace clitest;

namespace {} // namespace

TEST_CASE("councils add records a residents' council that councils list shows, and bad input names its option",
          "[cli][councils]")
{
    Desk d;
    const QString community = peekValue(d.db, QStringLiteral("SELECT c.code FROM grids g JOIN communities c ON c.id = "
                                                             "g.community_id WHERE g.code = '%1'")
                                                  .arg(d.gridCode));
    const QStringList base{QStringLiteral("councils"), QStringLiteral("add"),          QStringLiteral("--user"),
                           QStringLiteral("wangfang"), QStringLiteral("--community"),  community,
                           QStringLiteral("--topic"),  QStringLiteral("3号楼加装电梯")};
    const QJsonObject row =
        jsonOf(d.cli(base + QStringList{QStringLiteral("--residents"), QStringLiteral("18"), QStringLiteral("--party"),
                                        QStringLiteral("3"), QStringLiteral("--rule-title"),
                                        QStringLiteral("加装电梯议事规则"), QStringLiteral("--rule"),
                                        QStringLiteral("三分之二以上业主同意方可实施"), QStringLiteral("--json")},
                     d.staff))
            .object();
    CHECK(row.value(QStringLiteral("attendance")).toInt() == 21);
    CHECK(row.value(QStringLiteral("rule")).toString() == QStringLiteral("加装电梯议事规则"));
    const QString id = row.value(QStringLiteral("id")).toString();
    REQUIRE(id.size() == 36);
    const QJsonArray withRule =
        jsonOf(d.cli({QStringLiteral("councils"), QStringLiteral("list"), QStringLiteral("--with-rule"),
                      QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json")}))
            .array();
    bool listed = false;
    for (const QJsonValue &v : withRule)
        listed = listed || v.toObject().value(QStringLiteral("id")).toString() == id;
    CHECK(listed);

    const QString count = QStringLiteral("SELECT count(*) FROM councils");
    const QString before = peekValue(d.db, count);
    const auto refused = [&](const QStringList &words, const char *option) {
        const CliRun run = d.cli(words, d.staff);
        INFO(option << ": " << run.errText().toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.errText().contains(QLatin1String(option)));
    };
    refused(base, "--residents");
    refused(base + QStringList{QStringLiteral("--residents"), QStringLiteral("many")}, "--residents");
    refused(base + QStringList{QStringLiteral("--residents"), QStringLiteral("5"), QStringLiteral("--kind"),
                               QStringLiteral("assembly")},
            "--kind");
    refused(base + QStringList{QStringLiteral("--residents"), QStringLiteral("5"), QStringLiteral("--rule-title"),
                               QStringLiteral("公约")},
            "--rule");
    refused(base + QStringList{QStringLiteral("--residents"), QStringLiteral("5"), QStringLiteral("--kind"),
                               QStringLiteral("self_management")},
            "--grid");
    refused(base + QStringList{QStringLiteral("--residents"), QStringLiteral("5"), QStringLiteral("--case"),
                               QStringLiteral("000000-NOPE")},
            "--case");
    CHECK(peekValue(d.db, count) == before);
}
