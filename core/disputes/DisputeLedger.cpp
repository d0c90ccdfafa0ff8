#include "DisputeLedger.h"

#include "DisputeTypes.h"
#include "access/PersonalData.h"
#include "cases/CaseTypes.h"
#include "org/OfficeSettings.h"
#include "rating/MonthReview.h"
#include "stats/MonthlyReport.h"
#include "stats/ReportHtml.h"
#include "storage/Database.h"
#include "util/PagedHtml.h"
#include "util/PdfFile.h"
#include "util/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace gd::disputeledger {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::DisputeLedger)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QStringList headers()
{
    return {Text::tr("No."),       Text::tr("Found"),     Text::tr("Grid"),    Text::tr("Source"),
            Text::tr("Kind"),      Text::tr("Risk"),      Text::tr("Parties"), Text::tr("What it is about"),
            Text::tr("Mediators"), Text::tr("Mediation"), Text::tr("Outcome"), Text::tr("Ended"),
            Text::tr("Follow-up")};
}

QStringList cells(const LedgerRow &r)
{
    return {QString::number(r.number),
            cases::dayText(r.foundMs),
            r.grid,
            r.source,
            r.kind,
            r.risk,
            r.parties,
            r.summary,
            r.mediators,
            r.sessions,
            r.outcome,
            cases::dayText(r.outcomeMs),
            r.followup};
}

Status auditFull(Database &db, const QString &what, const QString &path, const DisputeLedgerMonth &ledger)
{
    if (!ledger.fullPersonal)
        return {};
    return privacy::auditFullExport(db, what, path,
                                    {{QStringLiteral("month"), ledger.month},
                                     {QStringLiteral("scope"), ledger.scopeName},
                                     {QStringLiteral("rows"), ledger.rows.size()}},
                                    QStringLiteral("disputes"));
}

} // namespace

Result<DisputeLedgerMonth> gather(Database &db, const QString &month, const stats::StatsScope &scope, bool fullPersonal)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    if (!rating::isMonth(month) || !first.isValid())
        return Error::invalid(QStringLiteral("month"), Text::tr("'%1' is not a month (YYYY-MM).").arg(month));
    if (fullPersonal)
        if (Status allowed = privacy::requireFullExport(db); !allowed)
            return allowed.error();
    const qint64 fromMs = cases::dayStartMs(first), toMs = cases::dayStartMs(first.addMonths(1));
    DisputeLedgerMonth ledger;
    ledger.month = month;
    ledger.office = OfficeSettings(db).load().name;
    ledger.scopeName = scope.kind == stats::StatsScope::Office && !ledger.office.isEmpty()
                           ? ledger.office
                           : stats::scopeName(db, scope);
    ledger.fullPersonal = fullPersonal;
    QString place;
    switch (scope.kind) {
    case stats::StatsScope::Office: place = QStringLiteral("1"); break;
    case stats::StatsScope::Grid: place = QStringLiteral("d.grid_id = :scope"); break;
    case stats::StatsScope::Community:
        place = QStringLiteral("d.grid_id IN (SELECT id FROM grids WHERE community_id = :scope)");
        break;
    case stats::StatsScope::Street:
        place = QStringLiteral("d.grid_id IN (SELECT sg.id FROM grids sg JOIN communities sc ON sc.id = "
                               "sg.community_id WHERE sc.street_id = :scope)");
        break;
    }
    // Worked in the month: found in it, or found before and open at its start or ended in it.
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT d.id, d.found_ms, g.name, d.source, d.kind, d.risk, d.summary, d.outcome, "
                             "d.outcome_ms, d.referred_to, d.agreement, d.followup_ms, d.followup_note FROM disputes d "
                             "JOIN grids g ON g.id = d.grid_id WHERE d.deleted = 0 AND d.found_ms < :to AND "
                             "(d.outcome = 'open' OR d.outcome_ms >= :from) AND %1 ORDER BY d.found_ms, d.id")
                  .arg(place));
    q.bindValue(QStringLiteral(":to"), toMs);
    q.bindValue(QStringLiteral(":from"), fromMs);
    if (scope.kind != stats::StatsScope::Office)
        q.bindValue(QStringLiteral(":scope"), scope.id);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QHash<QString, int> index;
    while (q.next()) {
        LedgerRow r;
        r.number = int(ledger.rows.size()) + 1;
        r.foundMs = q.value(1).toLongLong();
        r.grid = q.value(2).toString();
        r.source = disputes::sourceName(q.value(3).toString());
        r.kind = disputes::kindName(q.value(4).toString());
        r.risk = disputes::riskName(q.value(5).toString());
        r.summary = q.value(6).toString();
        const QString outcome = q.value(7).toString();
        r.outcome = disputes::outcomeName(outcome);
        if (outcome == QLatin1String("referred"))
            r.outcome = Text::tr("%1 to %2").arg(r.outcome, disputes::referralTargetName(q.value(9).toString()));
        if (outcome == QLatin1String("settled") && !q.value(10).toString().isEmpty())
            r.outcome += QStringLiteral("\n") + Text::tr("Agreement: %1").arg(q.value(10).toString());
        r.outcomeMs = outcome == QLatin1String("open") ? 0 : q.value(8).toLongLong();
        r.followupMs = q.value(11).toLongLong();
        if (r.followupMs > 0)
            r.followup = cases::dayText(r.followupMs) + QLatin1Char(' ') + q.value(12).toString();
        index.insert(q.value(0).toString(), int(ledger.rows.size()));
        ledger.rows << r;
    }
    if (ledger.rows.isEmpty())
        return ledger;
    // The parties, mediators and sessions of those disputes, each in their order.
    const auto each = [&](const QString &sql, const std::function<void(LedgerRow &, const QSqlQuery &)> &add) {
        QSqlQuery rows(db.sql());
        rows.prepare(sql.arg(place));
        rows.bindValue(QStringLiteral(":to"), toMs);
        rows.bindValue(QStringLiteral(":from"), fromMs);
        if (scope.kind != stats::StatsScope::Office)
            rows.bindValue(QStringLiteral(":scope"), scope.id);
        if (Status failed = exec(rows); !failed)
            return failed;
        while (rows.next())
            if (const auto it = index.constFind(rows.value(0).toString()); it != index.constEnd())
                add(ledger.rows[*it], rows);
        return Status();
    };
    const QString worked = QStringLiteral("d.deleted = 0 AND d.found_ms < :to AND (d.outcome = 'open' OR "
                                          "d.outcome_ms >= :from) AND %1");
    const auto append = [](QString &text, const QString &line) {
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + line;
    };
    if (Status s = each(QStringLiteral("SELECT x.dispute_id, x.name, x.phone, x.address FROM dispute_parties x JOIN "
                                       "disputes d ON d.id = x.dispute_id WHERE x.deleted = 0 AND ") +
                            worked + QStringLiteral(" ORDER BY x.created_hlc, x.id"),
                        [&](LedgerRow &r, const QSqlQuery &x) {
                            QString name = x.value(1).toString(), phone = x.value(2).toString(),
                                    address = x.value(3).toString();
                            if (!fullPersonal) {
                                name = privacy::maskName(name);
                                phone = privacy::maskPhone(phone);
                                address = privacy::maskAddress(address);
                            }
                            QStringList parts{name};
                            for (const QString &p : {phone, address})
                                if (!p.isEmpty())
                                    parts << p;
                            append(r.parties, parts.join(QLatin1Char(' ')));
                        });
        !s)
        return s.error();
    if (Status s = each(QStringLiteral("SELECT x.dispute_id, x.kind, coalesce(w.name, x.name) FROM dispute_mediators x "
                                       "JOIN disputes d ON d.id = x.dispute_id LEFT JOIN workers w ON w.id = "
                                       "x.worker_id WHERE x.deleted = 0 AND ") +
                            worked + QStringLiteral(" ORDER BY x.created_hlc, x.id"),
                        [&](LedgerRow &r, const QSqlQuery &x) {
                            append(r.mediators,
                                   QStringLiteral("%1 %2").arg(disputes::mediatorKindName(x.value(1).toString()),
                                                               x.value(2).toString()));
                        });
        !s)
        return s.error();
    if (Status s = each(QStringLiteral("SELECT x.dispute_id, x.at_ms, x.place, x.result FROM dispute_sessions x JOIN "
                                       "disputes d ON d.id = x.dispute_id WHERE x.deleted = 0 AND ") +
                            worked + QStringLiteral(" ORDER BY x.at_ms, x.id"),
                        [&](LedgerRow &r, const QSqlQuery &x) {
                            append(r.sessions, QStringLiteral("%1 %2 %3")
                                                   .arg(cases::dayText(x.value(1).toLongLong()), x.value(2).toString(),
                                                        disputes::sessionResultName(x.value(3).toString())));
                        });
        !s)
        return s.error();
    return ledger;
}

QString title(const DisputeLedgerMonth &ledger)
{
    return Text::tr("%1 dispute ledger, %2").arg(ledger.scopeName, stats::monthText(ledger.month));
}

QString html(const DisputeLedgerMonth &ledger)
{
    QString h = QStringLiteral("<html><body><h3 align=center>%1</h3><p align=center>%2</p>")
                    .arg(esc(title(ledger)),
                         esc(ledger.fullPersonal
                                 ? Text::tr("%n dispute(s); the parties in full, for the office's "
                                            "file only.",
                                            nullptr, int(ledger.rows.size()))
                                 : Text::tr("%n dispute(s); the parties masked.", nullptr, int(ledger.rows.size()))));
    h += QStringLiteral("<table border=1 cellspacing=0 cellpadding=2 width=100%><thead><tr>");
    for (const QString &head : headers())
        h += QStringLiteral("<th bgcolor='#eeeeee'>%1</th>").arg(esc(head));
    h += QStringLiteral("</tr></thead>");
    for (const LedgerRow &r : ledger.rows) {
        h += QStringLiteral("<tr>");
        for (const QString &c : cells(r))
            h += QStringLiteral("<td>%1</td>").arg(esc(c));
        h += QStringLiteral("</tr>");
    }
    if (ledger.rows.isEmpty())
        h += QStringLiteral("<tr><td colspan=%1>%2</td></tr>")
                 .arg(headers().size())
                 .arg(esc(Text::tr("No dispute was worked this month.")));
    return h + QStringLiteral("</table></body></html>");
}

Status paint(QPagedPaintDevice &device, const DisputeLedgerMonth &ledger, int *pages)
{
    PagedHtml document;
    document.html = html(ledger);
    document.office = ledger.office;
    document.title = title(ledger);
    document.orientation = QPageLayout::Landscape;
    document.points = 8;
    document.what = Text::tr("the dispute ledger");
    return paintPagedHtml(device, document, pages);
}

Status writePdf(Database &db, const QString &path, const DisputeLedgerMonth &ledger, int *pages)
{
    if (Status s =
            writePdfFile(path, title(ledger), [&](QPagedPaintDevice &device) { return paint(device, ledger, pages); });
        !s)
        return s;
    return auditFull(db, QStringLiteral("dispute ledger pdf"), path, ledger);
}

Status writeWorkbook(Database &db, const QString &path, const DisputeLedgerMonth &ledger)
{
    XlsxWorkbook book;
    if (Status s = book.open(path); !s)
        return s;
    auto sheet = book.addSheet(Text::tr("Dispute ledger"));
    if (!sheet)
        return sheet.status();
    if (Status s = book.text(*sheet, 0, 0, title(ledger), XlsxWorkbook::Bold); !s)
        return s;
    const QStringList heads = headers();
    for (int c = 0; c < heads.size(); ++c)
        if (Status s = book.text(*sheet, 1, c, heads.at(c), XlsxWorkbook::Bold); !s)
            return s;
    for (int i = 0; i < ledger.rows.size(); ++i) {
        const QStringList row = cells(ledger.rows.at(i));
        if (Status s = book.number(*sheet, i + 2, 0, ledger.rows.at(i).number); !s)
            return s;
        for (int c = 1; c < row.size(); ++c)
            if (Status s = book.text(*sheet, i + 2, c, row.at(c)); !s)
                return s;
    }
    book.setColumns(*sheet, 0, 0, 6);
    book.setColumns(*sheet, 1, int(heads.size()) - 1, 18);
    book.freezePanes(*sheet, 2, 0);
    if (Status s = book.finish(); !s)
        return s;
    return auditFull(db, QStringLiteral("dispute ledger xlsx"), path, ledger);
}

} // namespace gd::disputeledger
