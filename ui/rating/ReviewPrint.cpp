#include "ReviewPrint.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace gdui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gdui::ReviewPrint)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString points(double v)
{
    return QString::number(v, 'f', 1);
}

QString stateLine(const gd::rating::MonthStatus &st)
{
    switch (st.state) {
    case gd::rating::MonthState::Draft: return Text::tr("Draft: not approved, the figures may still change");
    case gd::rating::MonthState::Submitted: return Text::tr("Submitted by %1, not approved yet").arg(st.submittedBy);
    case gd::rating::MonthState::Approved:
        return Text::tr("Approved by %1 on %2")
            .arg(st.approvedBy, QDateTime::fromMSecsSinceEpoch(st.approvedMs, QTimeZone(8 * 3600))
                                    .toString(QStringLiteral("yyyy-MM-dd")));
    }
    return {};
}

QString heading(const ReviewPaper &p, const QString &title)
{
    return QStringLiteral("<h2 align=center>%1</h2><p align=center>%2 · %3 · %4</p>")
        .arg(esc(title), esc(p.office), esc(Text::tr("Review month: %1").arg(p.sheet.month)), esc(stateLine(p.status)));
}

const char kTable[] = "<table border=1 cellspacing=0 cellpadding=3 width=100% style='border-collapse:collapse'>";

} // namespace

QString resultSheetHtml(const ReviewPaper &p)
{
    QString html = QStringLiteral("<html><body style='font-size:9pt'>") +
                   heading(p, Text::tr("Star rating review of the full-time grid workers"));
    html += QLatin1String(kTable) +
            QStringLiteral("<tr><th>%1</th><th>%2</th>").arg(esc(Text::tr("No.")), esc(Text::tr("Name")));
    for (const gd::rating::RatingItem &item : p.sheet.items)
        html += QStringLiteral("<th>%1<br>(%2)</th>").arg(esc(item.name)).arg(item.maxPoints);
    html += QStringLiteral("<th width=5%>%1</th><th width=5%>%2</th><th width=5%>%3</th><th width=26%>%4</th></tr>")
                .arg(esc(Text::tr("Total")), esc(Text::tr("Star before")), esc(Text::tr("Star after")),
                     esc(Text::tr("Why")));
    int no = 0, unsettled = 0;
    for (const gd::rating::SheetRow &r : p.sheet.rows) {
        unsettled += r.unsettled;
        html += QStringLiteral("<tr><td align=center>%1</td><td style='white-space:nowrap'>%2</td>")
                    .arg(++no)
                    .arg(esc(r.unsettled ? r.name + QStringLiteral(" *") : r.name));
        for (const gd::rating::RatingItem &item : p.sheet.items)
            html +=
                QStringLiteral("<td align=right>%1</td>").arg(gd::rating::valueText(item, r.values.value(item.code)));
        html +=
            QStringLiteral("<td align=right style='white-space:nowrap'><b>%1</b></td><td "
                           "style='white-space:nowrap'>%2</td><td style='white-space:nowrap'>%3</td><td>%4</td></tr>")
                .arg(points(r.total), esc(gd::rating::starName(r.decision.from)),
                     esc(gd::rating::starName(r.decision.to)), esc(r.decision.explanation));
    }
    // On paper too: a signature under numbers a settlement may still change should know it.
    const QString note =
        unsettled ? QStringLiteral("<p>%1</p>")
                        .arg(esc(Text::tr("* %n counted case(s) have concurrent actions from two offices that no "
                                          "supervisor has settled yet; settling one may change these numbers.",
                                          nullptr, unsettled)))
                  : QString();
    html += QStringLiteral("</table>%1<p>%2</p><p>%3</p></body></html>")
                .arg(note, esc(Text::tr("%n worker(s).", nullptr, int(p.sheet.rows.size()))),
                     esc(Text::tr("Prepared by: ____________    Approved by: ____________    Date: ____________")));
    return html;
}

QString statementsHtml(const ReviewPaper &p, const QStringList &workerIds)
{
    QHash<QString, gd::rating::Payout> reward;
    for (const gd::rating::Payout &pay : p.payouts)
        if (pay.kind == gd::rating::Payout::StarReward) // the statement is of the star review
            reward.insert(pay.workerId, pay);
    QString html = QStringLiteral("<html><body style='font-size:11pt'>");
    bool first = true;
    for (const gd::rating::SheetRow &r : p.sheet.rows) {
        if (!workerIds.isEmpty() && !workerIds.contains(r.workerId))
            continue;
        html += first ? QStringLiteral("<div>") : QStringLiteral("<div style='page-break-before:always'>");
        first = false;
        html += heading(p, Text::tr("Star rating statement"));
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(Text::tr("Grid worker:")), esc(r.name));
        html += QLatin1String(kTable) + QStringLiteral("<tr><th align=left>%1</th><th>%2</th><th>%3</th></tr>")
                                            .arg(esc(Text::tr("Item")), esc(Text::tr("Points")), esc(Text::tr("Of")));
        for (const gd::rating::RatingItem &item : p.sheet.items)
            html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td></tr>")
                        .arg(esc(item.name), gd::rating::valueText(item, r.values.value(item.code)),
                             gd::rating::maximumText(item));
        html += QStringLiteral("<tr><td><b>%1</b></td><td align=right><b>%2</b></td><td align=right>100</td></tr>"
                               "</table>")
                    .arg(esc(Text::tr("Total")), points(r.total));
        if (r.veto)
            html +=
                QStringLiteral("<p><b>%1</b></p>").arg(esc(Text::tr("A veto item this month: the month scores zero.")));
        html += QStringLiteral("<p><b>%1</b> %2 → %3</p><p>%4</p>")
                    .arg(esc(Text::tr("Star:")), esc(gd::rating::starName(r.decision.from)),
                         esc(gd::rating::starName(r.decision.to)), esc(r.decision.explanation));
        if (reward.contains(r.workerId))
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(esc(Text::tr("Reward this month:")),
                             esc(Text::tr("%1 yuan").arg(reward.value(r.workerId).amount, 0, 'f', 0) +
                                 (reward.value(r.workerId).note.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" (%1)").arg(reward.value(r.workerId).note))));
        else
            html += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("The reward is set once the month is approved.")));
        html += QStringLiteral("<p>&nbsp;</p><p>%1</p><p>%2</p></div>")
                    .arg(esc(Text::tr("Grid worker's signature: ____________    Date: ____________")),
                         esc(Text::tr("Reviewed by: ____________    Date: ____________")));
    }
    return html + QStringLiteral("</body></html>");
}

} // namespace gdui
