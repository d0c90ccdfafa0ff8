// `report monthly` through the real griddesk-cli: the PDF says the figures `stats --json` gives
// for the same month and scope, the workbook is written beside it, and bad options are refused by
// name without a file.
#include "CliRunner.h"
#include "ToolOutput.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace clitest;

namespace {

QString flat(const QString &text)
{
    return QString(text).remove(QRegularExpression(QStringLiteral("\\s+")));
}

} // namespace

TEST_CASE("report monthly writes the month's figures as stats counts them, to PDF and Excel", "[cli][report]")
{
    DemoFile demo(800);
    const QString pdf = demo.dir.filePath(QStringLiteral("report.pdf")),
                  xlsx = demo.dir.filePath(QStringLiteral("report.xlsx"));
    // A whole month well inside the demo's year of cases (two back: never the month the clock is in).
    const QDate month = QDate::currentDate().addMonths(-2);
    const QString key = month.toString(QStringLiteral("yyyy-MM"));
    const CliRun run =
        runCli({QStringLiteral("--db"), demo.db, QStringLiteral("report"), QStringLiteral("monthly"),
                QStringLiteral("--month"), key, QStringLiteral("--pdf"), pdf, QStringLiteral("--xlsx"), xlsx});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.outText().contains(pdf));
    CHECK(run.outText().contains(xlsx));
    const QString first = QDate(month.year(), month.month(), 1).toString(Qt::ISODate);
    const QString last = QDate(month.year(), month.month(), 1).addMonths(1).addDays(-1).toString(Qt::ISODate);
    const CliRun stats = runCli({QStringLiteral("--db"), demo.db, QStringLiteral("stats"), QStringLiteral("--from"),
                                 first, QStringLiteral("--to"), last, QStringLiteral("--json")});
    REQUIRE(stats.exitCode == 0);
    const QJsonObject figures = parseJson(stats.out).object();
    const QString text = flat(gdtest::pdfText(pdf));
    for (const char *code : {"received", "completion_rate", "on_time_rate", "satisfaction_rate", "repeat_rate"}) {
        const QJsonObject f = figures.value(QLatin1String(code)).toObject();
        INFO(code);
        REQUIRE(f.value(QStringLiteral("denominator")).toDouble() + f.value(QStringLiteral("numerator")).toDouble() >
                0);
        if (QLatin1String(code) == QLatin1String("received"))
            CHECK(text.contains(QString::number(qint64(f.value(QStringLiteral("numerator")).toDouble()))));
        else
            CHECK(text.contains(QStringLiteral("%1/%2")
                                    .arg(qint64(f.value(QStringLiteral("numerator")).toDouble()))
                                    .arg(qint64(f.value(QStringLiteral("denominator")).toDouble()))));
    }
    CHECK(gdtest::xlsxMember(xlsx, QStringLiteral("xl/workbook.xml")).contains(QStringLiteral("Past their deadline")));
}

TEST_CASE("report monthly names the option that is wrong and writes nothing", "[cli][report]")
{
    DemoFile demo(0);
    const QString pdf = demo.dir.filePath(QStringLiteral("report.pdf"));
    const auto report = [&](const QStringList &options) {
        return runCli(
            QStringList{QStringLiteral("--db"), demo.db, QStringLiteral("report"), QStringLiteral("monthly")} +
            options);
    };
    const CliRun noMonth = report({QStringLiteral("--pdf"), pdf});
    CHECK(noMonth.exitCode == 1);
    CHECK(noMonth.errText().contains(QStringLiteral("--month")));
    const CliRun noPdf = report({QStringLiteral("--month"), QStringLiteral("2026-05")});
    CHECK(noPdf.exitCode == 1);
    CHECK(noPdf.errText().contains(QStringLiteral("--pdf")));
    const CliRun badMonth =
        report({QStringLiteral("--month"), QStringLiteral("2026-13"), QStringLiteral("--pdf"), pdf});
    CHECK(badMonth.exitCode != 0);
    CHECK(badMonth.errText().contains(QStringLiteral("--month")));
    CHECK(badMonth.errText().contains(QStringLiteral("2026-13")));
    const CliRun badStreet = report({QStringLiteral("--month"), QStringLiteral("2026-05"), QStringLiteral("--street"),
                                     QStringLiteral("999"), QStringLiteral("--pdf"), pdf});
    CHECK(badStreet.exitCode != 0);
    CHECK(badStreet.errText().contains(QStringLiteral("--street")));
    const CliRun both = report({QStringLiteral("--month"), QStringLiteral("2026-05"), QStringLiteral("--street"),
                                QStringLiteral("370202001"), QStringLiteral("--community"),
                                QStringLiteral("370202001001"), QStringLiteral("--pdf"), pdf});
    CHECK(both.exitCode == 1);
    const CliRun grid = report({QStringLiteral("--month"), QStringLiteral("2026-05"), QStringLiteral("--grid"),
                                QStringLiteral("370202001001001"), QStringLiteral("--pdf"), pdf});
    CHECK(grid.exitCode != 0); // a grid has no monthly report
    CHECK(grid.errText().contains(QStringLiteral("--grid")));
    CHECK_FALSE(QFile::exists(pdf));
}
