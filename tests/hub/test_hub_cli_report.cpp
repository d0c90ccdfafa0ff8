// `griddesk-hub report` writes the monthly report of the hub's requests as `griddesk-cli report
// monthly` writes an office's: the same figures in the PDF's text, a workbook on request, the hub's
// name on the whole's report; refusals name the option and write nothing.
#include "HubRun.h"
#include "HubTestDb.h"
#include "ToolOutput.h"
#include "exchange/PackageExport.h"
#include "stats/MonthlyReport.h"
#include "test_stats_oracle.h"

#include <QFile>

using namespace gd;
using namespace gdtest;

TEST_CASE("griddesk-hub report writes the month's report of the hub's requests to PDF and Excel", "[hub][cli][report]")
{
    StatsDistrict d(400);
    HubDb h;
    const QString package = d.t.dir.filePath(QStringLiteral("all.gdpkg"));
    REQUIRE(exchange::exportPackage(*d.t, package).ok());
    trustAndIngest(h, package);
    const QString pg = h.conninfo();
    const QString street = ids(*d.t, "SELECT code FROM streets ORDER BY code").value(0);
    REQUIRE_FALSE(street.isEmpty());

    const QString pdf = d.t.dir.filePath(QStringLiteral("hub report.pdf")),
                  xlsx = d.t.dir.filePath(QStringLiteral("hub report.xlsx"));
    const HubRun run =
        runHub({QStringLiteral("--pg"), pg, QStringLiteral("report"), QStringLiteral("--month"),
                QStringLiteral("2026-05"), QStringLiteral("--pdf"), pdf, QStringLiteral("--xlsx"), xlsx});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(pdf));
    CHECK(run.out.contains(xlsx));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(QFile(xlsx).size() > 0);

    // The text says the office's figures for the month: the cases received and the overdue now.
    auto office = stats::monthlyReport(*d.t, QStringLiteral("2026-05"), {});
    REQUIRE(office.ok());
    const qint64 received = office->overview.now[QStringLiteral("n")];
    CHECK(received > 0);
    const QString text = pdfText(pdf).simplified();
    CHECK(text.contains(QString::number(received)));
    for (const CaseRow &row : office->overdue.rows.mid(0, 5))
        CHECK(text.contains(row.number));
    CHECK_FALSE(text.contains(QStringLiteral("Star review of the grid workers")));
    CHECK(text.contains(QStringLiteral("each office's own report")));

    // A street's report in Chinese bears the street's name.
    const QString streetPdf = d.t.dir.filePath(QStringLiteral("street.pdf"));
    const HubRun chinese = runHub({QStringLiteral("--pg"), pg, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                   QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-05"),
                                   QStringLiteral("--street"), street, QStringLiteral("--pdf"), streetPdf});
    INFO(chinese.err.toStdString());
    REQUIRE(chinese.exitCode == 0);
    const QString streetName = ids(*d.t, "SELECT name FROM streets ORDER BY code").value(0);
    CHECK(pdfText(streetPdf).contains(streetName));
    CHECK(pdfText(streetPdf).contains(QStringLiteral("月报")));

    // Refusals naming the option, exit 1, no file written.
    const QString none = d.t.dir.filePath(QStringLiteral("none.pdf"));
    const struct {
        QStringList arguments;
        const char *names;
    } refused[] = {
        {{QStringLiteral("report"), QStringLiteral("--pdf"), none}, "--month"},
        {{QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-05")}, "--pdf"},
        {{QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-13"), QStringLiteral("--pdf"),
          none},
         "--month"},
        {{QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-05"), QStringLiteral("--grid"),
          QStringLiteral("x"), QStringLiteral("--pdf"), none},
         "--grid"},
        {{QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-05"), QStringLiteral("--street"),
          QStringLiteral("999999"), QStringLiteral("--pdf"), none},
         "--street"},
    };
    for (const auto &r : refused) {
        const HubRun refusal = runHub(QStringList{QStringLiteral("--pg"), pg} + r.arguments);
        INFO(r.arguments.join(QLatin1Char(' ')).toStdString() << ": " << refusal.err.toStdString());
        CHECK(refusal.exitCode == 1);
        CHECK(refusal.err.contains(QLatin1String(r.names)));
        CHECK(refusal.out.isEmpty());
        CHECK_FALSE(QFile::exists(none));
    }
}
