#include "VolunteerHours.h"

#include "VolunteerServices.h"
#include "cases/CaseTypes.h"
#include "org/OfficeSettings.h"
#include "schema/Tables.h"
#include "storage/Database.h"
#include "storage/RowStore.h"
#include "util/PagedHtml.h"
#include "util/PdfFile.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd::volunteerhours {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::volunteerhours)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString hoursText(double h)
{
    return QString::number(h, 'f', h == qint64(h) ? 0 : 1);
}
} // namespace

Result<HoursStatement> gather(Database &db, const QString &workerId, const QDate &from, const QDate &to)
{
    auto worker = RowStore(db).fetch(tables::workers(), workerId);
    if (workerId.isEmpty() || !worker)
        return Error::invalid(QStringLiteral("worker_id"), Text::tr("Choose the volunteer from the people register."));
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(QStringLiteral("period"), Text::tr("The period's last day is before its first."));
    HoursStatement out;
    out.office = OfficeSettings(db).load().name;
    out.workerName = worker->value(QStringLiteral("name")).toString();
    out.from = from;
    out.to = to;
    VolunteerFilter f;
    f.workerId = workerId;
    f.fromMs = cases::dayStartMs(from);
    f.toMs = cases::dayStartMs(to.addDays(1));
    QVariantList binds;
    const QString where = volunteerServiceWhere(f, &binds);
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT s.at_ms, coalesce(t.name, ''), coalesce(g.name, ''), coalesce(k.name, ''), "
                             "s.summary, s.hours FROM volunteer_services s LEFT JOIN volunteer_teams t ON t.id = "
                             "s.team_id LEFT JOIN grids g ON g.id = s.grid_id LEFT JOIN volunteer_kinds k ON k.id = "
                             "s.kind_id WHERE %1 ORDER BY s.at_ms, s.id")
                  .arg(where));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (Status failed = exec(q); !failed)
        return failed.error();
    while (q.next()) {
        out.lines << HoursLine{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(),   q.value(4).toString(), q.value(5).toDouble()};
        out.total += out.lines.last().hours;
    }
    return out;
}

QString title(const HoursStatement &s)
{
    return Text::tr("Volunteer service hours of %1").arg(s.workerName);
}

QString html(const HoursStatement &s)
{
    QString h = QStringLiteral("<html><body><h3 align=center>%1</h3><p align=center>%2</p>")
                    .arg(esc(title(s)),
                         esc(Text::tr("%1 to %2: %n service(s), %3 hours in all.", nullptr, int(s.lines.size()))
                                 .arg(s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate), hoursText(s.total))));
    h += QStringLiteral("<table border=1 cellspacing=0 cellpadding=3 width=100%><thead><tr>");
    for (const QString &head : {Text::tr("Day"), Text::tr("Team"), Text::tr("Grid"), Text::tr("Kind of service"),
                                Text::tr("What was done"), Text::tr("Hours")})
        h += QStringLiteral("<th bgcolor='#eeeeee'>%1</th>").arg(esc(head));
    h += QStringLiteral("</tr></thead>");
    for (const HoursLine &l : s.lines)
        h +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td align=right>%6</td></tr>")
                .arg(cases::dayText(l.atMs), esc(l.team), esc(l.grid), esc(l.kind), esc(l.summary), hoursText(l.hours));
    h += QStringLiteral("<tr><td colspan=5><b>%1</b></td><td align=right><b>%2</b></td></tr></table>")
             .arg(esc(Text::tr("Total")), hoursText(s.total));
    h += QStringLiteral("<p>&nbsp;</p><p>%1</p><p>%2</p>")
             .arg(esc(Text::tr("Issued by: %1 (seal)").arg(s.office)), esc(Text::tr("Date:")));
    return h + QStringLiteral("</body></html>");
}

Status paint(QPagedPaintDevice &device, const HoursStatement &s, int *pages)
{
    PagedHtml document;
    document.html = html(s);
    document.office = s.office;
    document.title = title(s);
    document.what = Text::tr("the hours statement");
    return paintPagedHtml(device, document, pages);
}

Status writePdf(const QString &path, const HoursStatement &s, int *pages)
{
    return writePdfFile(path, title(s), [&](QPagedPaintDevice &device) { return paint(device, s, pages); });
}

} // namespace gd::volunteerhours
