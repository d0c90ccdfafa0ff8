// `report monthly`: the monthly report (月报) of the office, a street or a community into a PDF and,
// on request, an Excel workbook with the same tables. What it holds is core's
// (stats/MonthlyReport.h); the window's print preview paints the same pages.
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "stats/ReportDocument.h"
#include "stats/ReportWorkbook.h"

#include <QCoreApplication>

namespace gdcli {

int reportMonthly(const Invocation &call)
{
    const QString month = call.value(QStringLiteral("month")).trimmed();
    if (month.isEmpty())
        return fail(UserError, QCoreApplication::translate("gdcli", "--month YYYY-MM is missing: name the month of "
                                                                    "the report."));
    const QString pdf = call.value(QStringLiteral("pdf")).trimmed(),
                  xlsx = call.value(QStringLiteral("xlsx")).trimmed();
    if (pdf.isEmpty())
        return fail(UserError, QCoreApplication::translate(
                                   "gdcli", "--pdf FILE is missing: name the PDF file to write the report into."));
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    gd::stats::StatsScope scope;
    if (!scopeOption(*db, call, QStringLiteral("report monthly"), &scope, &code))
        return code;
    auto report = gd::stats::monthlyReport(*db, month, scope);
    if (!report)
        return fail(exitCodeFor(report.error()),
                    QStringLiteral("--%1: %2").arg(report.error().field, report.message()));
    int pages = 0;
    if (gd::Status s = gd::stats::writeReportPdf(pdf, *report, &pages); !s)
        return fail(exitCodeFor(s.error()), s.message());
    printLine(QCoreApplication::translate("gdcli", "The report of %1 for %2 (%n page(s)) written to %3", nullptr, pages)
                  .arg(report->scopeName, month, pdf));
    if (!xlsx.isEmpty()) {
        if (gd::Status s = gd::stats::writeReportWorkbook(xlsx, *report); !s)
            return fail(exitCodeFor(s.error()), s.message());
        printLine(QCoreApplication::translate("gdcli", "Its tables written to %1").arg(xlsx));
    }
    return Ok;
}

} // namespace gdcli
