// `stats` through the real griddesk-cli on a demo file with cases: every figure of docs/figures.md
// under its code with numerator, denominator, value, prev and yoy; breakdowns whose groups add up
// to the total; the terminal table; `stats rebuild`; and refusals naming the option.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace clitest;

namespace {

const QStringList kCodes{QStringLiteral("received"),           QStringLiteral("completion_rate"),
                         QStringLiteral("on_time_rate"),       QStringLiteral("overdue"),
                         QStringLiteral("callback_rate"),      QStringLiteral("solved_rate"),
                         QStringLiteral("satisfaction_rate"),  QStringLiteral("first_contact_rate"),
                         QStringLiteral("referral_rate"),      QStringLiteral("repeat_rate"),
                         QStringLiteral("reopen_rate"),        QStringLiteral("proactive_share"),
                         QStringLiteral("handling_days_mean"), QStringLiteral("handling_days_median")};

struct StatsDesk : DemoFile {
    StatsDesk()
        : DemoFile(800)
    {}
    CliRun run(const QStringList &arguments) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("stats")} + arguments);
    }
    QJsonObject json(const QStringList &arguments) const
    {
        const CliRun r = run(arguments + QStringList{QStringLiteral("--json")});
        INFO("stderr: " << r.errText().toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        return parseJson(r.out).object();
    }
};

const QStringList kAllYears{QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                            QStringLiteral("2030-12-31")};

double sumOf(const QJsonObject &stats, const QString &code, const char *part = "numerator")
{
    double sum = 0;
    for (const QJsonValue &g : stats.value(QStringLiteral("groups")).toArray())
        sum += g.toObject()
                   .value(QStringLiteral("figures"))
                   .toObject()
                   .value(code)
                   .toObject()
                   .value(QLatin1String(part))
                   .toDouble();
    return sum;
}

} // namespace

TEST_CASE("stats prints every figure under its code, and breakdowns add up to the total")
{
    StatsDesk d;
    const QJsonObject all = d.json(kAllYears);
    for (const QString &code : kCodes) {
        INFO(code.toStdString());
        const QJsonObject f = all.value(code).toObject();
        for (const char *key : {"name", "numerator", "denominator", "value", "prev", "yoy"})
            CHECK(f.contains(QLatin1String(key)));
    }
    const double received = all.value(QStringLiteral("received")).toObject().value(QStringLiteral("value")).toDouble();
    CHECK(received > 700); // the demo's cases less the few merged into others
    const QJsonObject completion = all.value(QStringLiteral("completion_rate")).toObject();
    CHECK(completion.value(QStringLiteral("denominator")).toDouble() == received);
    CHECK(completion.value(QStringLiteral("value")).toDouble() ==
          Approx(completion.value(QStringLiteral("numerator")).toDouble() / received));

    // By month and by channel every case is in exactly one group; by handler too.
    for (const char *by : {"month", "channel", "handler", "category_group", "street"}) {
        INFO(by);
        const QJsonObject split = d.json(kAllYears + QStringList{QStringLiteral("--by"), QLatin1String(by)});
        CHECK(split.value(QStringLiteral("by")).toString() == QLatin1String(by));
        CHECK_FALSE(split.value(QStringLiteral("groups")).toArray().isEmpty());
        CHECK(sumOf(split, QStringLiteral("received")) == received);
        CHECK(sumOf(split, QStringLiteral("on_time_rate")) ==
              all.value(QStringLiteral("on_time_rate")).toObject().value(QStringLiteral("numerator")).toDouble());
    }
    // The completed view counts the cases done in the period.
    const QJsonObject done = d.json(kAllYears + QStringList{QStringLiteral("--view"), QStringLiteral("completed")});
    CHECK(done.value(QStringLiteral("received")).toObject().value(QStringLiteral("value")).toDouble() ==
          completion.value(QStringLiteral("numerator")).toDouble());

    // A street's figures are its own: smaller than the office's.
    const QJsonArray streets = d.json(kAllYears + QStringList{QStringLiteral("--by"), QStringLiteral("street")})
                                   .value(QStringLiteral("groups"))
                                   .toArray();
    const QJsonObject first = streets.first().toObject();
    const QJsonObject street =
        d.json(kAllYears + QStringList{QStringLiteral("--street"), first.value(QStringLiteral("code")).toString()});
    CHECK(street.value(QStringLiteral("received")).toObject().value(QStringLiteral("value")).toDouble() ==
          first.value(QStringLiteral("figures"))
              .toObject()
              .value(QStringLiteral("received"))
              .toObject()
              .value(QStringLiteral("value"))
              .toDouble());

    // The table names the figures; rebuilding changes nothing, and the check agrees.
    const CliRun table = d.run(kAllYears);
    REQUIRE(table.exitCode == 0);
    CHECK(table.outText().contains(QStringLiteral("Completion rate")));
    CHECK(table.outText().contains(QStringLiteral("Satisfaction rate")));
    const CliRun rebuilt = d.run({QStringLiteral("rebuild")});
    INFO(rebuilt.errText().toStdString());
    REQUIRE(rebuilt.exitCode == 0);
    CHECK(d.json(kAllYears) == all);
    CHECK(runCli({QStringLiteral("--db"), d.db, QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("stats refuses a bad period, breakdown, view or scope with exit 1, naming the option")
{
    StatsDesk d;
    const struct {
        QStringList arguments;
        const char *named;
    } bad[] = {
        {{QStringLiteral("--from"), QStringLiteral("2026-01-01")}, "--to"},
        {{QStringLiteral("--from"), QStringLiteral("2026/01/01"), QStringLiteral("--to"), QStringLiteral("2026-02-01")},
         "--from"},
        {{QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-02-01")},
         "--to"},
        {kAllYears + QStringList{QStringLiteral("--by"), QStringLiteral("weather")}, "--by"},
        {kAllYears + QStringList{QStringLiteral("--view"), QStringLiteral("closed")}, "--view"},
        {kAllYears + QStringList{QStringLiteral("--grid"), QStringLiteral("370202999999999")}, "--grid"},
        {kAllYears + QStringList{QStringLiteral("--street"), QStringLiteral("999")}, "--street"},
        {kAllYears + QStringList{QStringLiteral("--street"), QStringLiteral("1"), QStringLiteral("--grid"),
                                 QStringLiteral("2")},
         "--grid"},
    };
    for (const auto &b : bad) {
        const CliRun r = d.run(b.arguments);
        INFO(b.arguments.join(QLatin1Char(' ')).toStdString() << " → " << r.errText().toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.errText().contains(QLatin1String(b.named)));
        CHECK(r.out.isEmpty());
    }
}
