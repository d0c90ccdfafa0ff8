#include "CaseSheet.h"

#include "access/PersonalData.h"
#include "cases/CaseService.h"
#include "cases/CaseView.h"
#include "common/PdfOutput.h"
#include "org/OfficeSettings.h"
#include "storage/Database.h"
#include "storage/ReadSource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>

namespace gdui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gdui::CaseSheet)
};
QString when(qint64 ms)
{
    return ms > 0 ? gd::cases::timeText(ms) : QStringLiteral("—");
}
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=left width=22%>%1</th><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}
} // namespace

QString caseSheetHtml(const gd::CaseView &view, const QString &officeName, qint64 nowMs, bool fullPhone)
{
    const gd::Case &c = view.c;
    QString html = QStringLiteral("<h2>%1</h2><p>%2 · %3</p><table border=1 cellspacing=0 cellpadding=4 width=100%>")
                       .arg(Text::tr("Resident request %1").arg(c.number).toHtmlEscaped(), officeName.toHtmlEscaped(),
                            Text::tr("printed %1").arg(when(nowMs)).toHtmlEscaped());
    html += row(Text::tr("State"), gd::cases::stateName(c.state));
    html +=
        row(Text::tr("Channel"), gd::cases::channelName(c.channel) +
                                     (c.hotlineOrder.isEmpty() ? QString() : QStringLiteral(" · ") + c.hotlineOrder));
    html += row(Text::tr("Type and urgency"),
                gd::cases::requestTypeName(c.requestType) + QStringLiteral(" · ") + gd::cases::urgencyName(c.urgency));
    html += row(Text::tr("Category"), view.category);
    html += row(Text::tr("Reporter"),
                c.anonymous
                    ? Text::tr("anonymous")
                    : QStringLiteral("%1 %2").arg(c.reporterName, fullPhone ? c.reporterPhone
                                                                            : gd::privacy::maskPhone(c.reporterPhone)));
    html += row(Text::tr("Address"), c.address);
    html += row(Text::tr("Grid"), view.grid);
    html += row(Text::tr("What happened"), c.description);
    html += row(Text::tr("What they ask for"), c.request);
    html += row(Text::tr("Received"), when(c.receivedMs));
    html += row(Text::tr("Due"), when(c.dueMs));
    html += row(Text::tr("Lead (first responder)"), c.leadName);
    if (!view.finder.isEmpty())
        html += row(Text::tr("Found by"), view.finder);
    html += row(Text::tr("Handler"), view.handler);
    html += row(Text::tr("Reports of this matter"), QString::number(c.reportCount));
    html += QStringLiteral("</table><h3>%1</h3><table border=1 cellspacing=0 cellpadding=4 width=100%>")
                .arg(Text::tr("Timeline"));
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(Text::tr("Time"), Text::tr("Action"), Text::tr("By"), Text::tr("Note"));
    for (const gd::CaseEvent &e : view.events)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(when(e.atMs), gd::workflow::actionName(e.action).toHtmlEscaped(),
                         (e.operatorName.isEmpty() ? e.operatorLogin : e.operatorName).toHtmlEscaped(),
                         e.note.toHtmlEscaped());
    html += QStringLiteral("</table>");
    return html;
}

QString caseSheetHtml(gd::Database &db, const QString &caseId, bool fullPhone)
{
    auto view = gd::caseView(gd::ReadSource::of(db), caseId);
    if (!view || view->deleted) // an office prints the cases it keeps
        return {};
    return caseSheetHtml(*view, gd::OfficeSettings(db).load().name, db.nowMs(), fullPhone);
}

bool writeCaseSheetPdf(gd::Database &db, const QString &caseId, const QString &pdfPath, QString *error, bool fullPhone)
{
    const QString html = caseSheetHtml(db, caseId, fullPhone);
    if (html.isEmpty()) {
        *error = Text::tr("There is no such case.");
        return false;
    }
    if (fullPhone) {
        gd::Status s = gd::privacy::requireFullExport(db);
        if (s)
            s = gd::privacy::auditFullExport(db, QStringLiteral("case sheet"), pdfPath,
                                             {{QStringLiteral("case"), gd::CaseService(db).numberOf(caseId)}});
        if (!s) {
            *error = s.message();
            return false;
        }
    }
    return writeHtmlPdf(html, pdfPath, QPageLayout::Portrait, error);
}

} // namespace gdui
