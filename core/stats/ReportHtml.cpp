#include "ReportHtml.h"

#include "cases/CaseTypes.h"
#include "joint/JointTypes.h"
#include "rating/StarRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace gd::stats {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::stats::MonthlyReport)
};

const QColor kReceived(0x3b, 0x6e, 0xa5), kDone(0x7f, 0xb0, 0x5a), kRate(0xd9, 0x6c, 0x2c), kBefore(0xb8, 0xc4, 0xd2);

// The places' and the workbook's columns: the figures an office compares its places by.
const char *const kPlaceFigures[] = {"received",          "completion_rate", "on_time_rate",    "solved_rate",
                                     "satisfaction_rate", "repeat_rate",     "proactive_share", "overdue"};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// A numerator as counted: whole, or with one decimal where answers weigh less than one.
QString amount(double v)
{
    return v == double(qint64(v)) ? QString::number(qint64(v)) : QString::number(v, 'f', 1);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString groupName(const StatsGroup &g)
{
    return g.name.isEmpty() ? (g.key.isEmpty() ? Text::tr("(none)") : g.key) : g.name;
}

const char kTable[] = "<table border=1 cellspacing=0 cellpadding=3 width=100% style='border-collapse:collapse'>";

QString heading(int &section, const QString &title)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(Text::tr("%1. %2").arg(++section).arg(title)));
}

QString headerRow(const QStringList &headers)
{
    QString row = QStringLiteral("<thead><tr>");
    for (const QString &h : headers)
        row += QStringLiteral("<th bgcolor='#eeeeee'>%1</th>").arg(esc(h));
    return row + QStringLiteral("</tr></thead>");
}

// A figure's value, bracketed when its denominator is below the minimum sample.
QString shown(const Figure &f, const Counts &counts, qint64 minimumSample)
{
    const FigureValue v = evaluate(f, counts);
    const QString text = valueText(f, v);
    return smallSample(f, v, minimumSample) && v.defined() ? QStringLiteral("(%1)").arg(text) : text;
}

QString headline(const Overview &o)
{
    QString html = QLatin1String(kTable) + headerRow({Text::tr("Figure"), Text::tr("This month"), Text::tr("Counted"),
                                                      Text::tr("Month before"), Text::tr("Against the month before"),
                                                      Text::tr("A year earlier"), Text::tr("Against a year earlier")});
    for (const Figure &f : o.figures) {
        const FigureValue now = evaluate(f, o.now), before = evaluate(f, o.before), year = evaluate(f, o.yearBefore);
        // A count is its own number; a median has no numerator, only the cases it is taken over.
        const QString counted = f.kind == FigureKind::Count ? QString()
                                : f.numerator.isEmpty()
                                    ? QString::number(now.denominator)
                                    : QStringLiteral("%1 / %2").arg(amount(now.numerator)).arg(now.denominator);
        html += QStringLiteral("<tr><td>%1</td><td align=right><b>%2</b></td><td align=right>%3</td>")
                    .arg(esc(f.name()), esc(shown(f, o.now, o.minimumSample)), esc(counted));
        if (f.live())
            html += QStringLiteral("<td colspan=4>%1</td></tr>").arg(esc(Text::tr("counted at printing")));
        else
            html += QStringLiteral("<td align=right>%1</td><td align=right>%2</td><td align=right>%3</td><td "
                                   "align=right>%4</td></tr>")
                        .arg(esc(valueText(f, before)), esc(changeText(f, now, before)), esc(valueText(f, year)),
                             esc(changeText(f, now, year)));
    }
    return html + QStringLiteral("</table><p>%1</p>")
                      .arg(esc(Text::tr("A value in brackets rests on fewer cases than the office's minimum sample "
                                        "(%1): read it with care.")
                                   .arg(o.minimumSample)));
}

QString placeTable(const Overview &o, const QString &first, const QList<StatsGroup> &groups)
{
    QStringList headers{first};
    QList<const Figure *> shownFigures;
    for (const char *code : kPlaceFigures)
        if (const Figure *f = figureOf(o.figures, QLatin1String(code))) {
            headers << f->name();
            shownFigures << f;
        }
    QString html = QLatin1String(kTable) + headerRow(headers);
    for (const StatsGroup &g : groups) {
        html += QStringLiteral("<tr><td>%1</td>").arg(esc(groupName(g)));
        for (const Figure *f : shownFigures)
            html += QStringLiteral("<td align=right>%1</td>").arg(esc(shown(*f, g.counts, o.minimumSample)));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString caseTable(const ReportCases &cases, bool overdue)
{
    if (cases.total == 0)
        return QStringLiteral("<p>%1</p>")
            .arg(esc(overdue ? Text::tr("No case is past its deadline.")
                             : Text::tr("No case received this month was reopened.")));
    QString html =
        QStringLiteral("<p>%1</p>")
            .arg(esc(cases.total > cases.rows.size()
                         ? Text::tr("%1 cases in all; the first %2 are listed.").arg(cases.total).arg(cases.rows.size())
                         : Text::tr("%n case(s).", nullptr, int(cases.total))));
    html += QLatin1String(kTable) +
            headerRow({Text::tr("Case number"), Text::tr("Received on"), Text::tr("Deadline"), Text::tr("Grid"),
                       Text::tr("Category"), Text::tr("Handler"), Text::tr("State")});
    for (const CaseRow &r : cases.rows)
        html += QStringLiteral("<tr><td style='white-space:nowrap'>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td><td>%7</td></tr>")
                    .arg(esc(r.number), orDash(cases::dayText(r.receivedMs)), orDash(cases::dayText(r.dueMs)),
                         esc(r.gridName), esc(r.categoryName), esc(r.handlerName), esc(cases::stateName(r.state)));
    return html + QStringLiteral("</table>");
}

QString reviewPart(const ReviewSummary &r)
{
    if (!r.approved)
        return QStringLiteral("<p>%1</p>")
            .arg(esc(Text::tr("The star review of this month is not approved yet; its result is reported once a "
                              "supervisor approves it.")));
    QString html =
        QStringLiteral("<p>%1</p>")
            .arg(
                esc(Text::tr("Approved by %1 on %2 (review of %3). %n worker(s) of this scope reviewed, mean total %4.",
                             nullptr, r.workers)
                        .arg(r.status.approvedBy, cases::dayText(r.status.approvedMs), r.reviewScope,
                             QString::number(r.meanTotal, 'f', 1))));
    QStringList stars;
    for (int s = rating::kMaxStar; s >= 0; --s)
        if (r.byStar.value(s))
            stars << Text::tr("%1: %2").arg(rating::starName(s)).arg(r.byStar.value(s));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(
                Text::tr("Stars after the month: %1").arg(stars.join(Text::tr(", ", "between the stars' counts")))));
    if (r.moved.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(Text::tr("No worker's star moved this month.")));
    html += QLatin1String(kTable) + headerRow({Text::tr("Name"), Text::tr("Total"), Text::tr("Star before"),
                                               Text::tr("Star after"), Text::tr("Why")});
    for (const rating::SheetRow &row : r.moved)
        html += QStringLiteral("<tr><td style='white-space:nowrap'>%1</td><td align=right>%2</td><td>%3</td><td>%4</td>"
                               "<td>%5</td></tr>")
                    .arg(esc(row.name), QString::number(row.total, 'f', 1), esc(rating::starName(row.decision.from)),
                         esc(rating::starName(row.decision.to)), esc(row.decision.explanation));
    return html + QStringLiteral("</table>");
}

ReportChart trendChart(const Overview &o)
{
    ReportChart c;
    c.kind = ReportChart::Columns;
    ReportSeries received{Text::tr("Received"), {}, kReceived}, done{Text::tr("Done"), {}, kDone};
    const Figure *satisfaction = figureOf(o.figures, QStringLiteral("satisfaction_rate"));
    c.rate = {satisfaction ? satisfaction->name() : QString(), {}, kRate};
    for (const StatsGroup &m : o.months) {
        c.labels << Text::tr("%1/%2").arg(m.key.mid(5).toInt()).arg(m.key.mid(2, 2));
        received.values << double(m.counts[QStringLiteral("n")]);
        done.values << double(m.counts[QStringLiteral("done")]);
        if (satisfaction)
            c.rate.values << evaluate(*satisfaction, m.counts).value;
    }
    c.series = {received, done};
    return c;
}

ReportChart placesChart(const QList<StatsGroup> &places)
{
    ReportChart c;
    c.kind = ReportChart::Bars;
    ReportSeries received{Text::tr("Received"), {}, kReceived}, done{Text::tr("Done"), {}, kDone};
    for (const StatsGroup &g : places) {
        c.labels << groupName(g);
        received.values << double(g.counts[QStringLiteral("n")]);
        done.values << double(g.counts[QStringLiteral("done")]);
    }
    c.series = {received, done};
    c.heightRatio = qBound(0.12, 0.045 * double(places.size()) + 0.05, 0.9);
    return c;
}

ReportChart growthChart(const QList<CategoryGrowth> &growing)
{
    ReportChart c;
    c.kind = ReportChart::Bars;
    ReportSeries now{Text::tr("This month"), {}, kReceived}, before{Text::tr("Month before"), {}, kBefore};
    for (const CategoryGrowth &g : growing) {
        c.labels << groupName(g.group);
        now.values << double(g.group.counts[QStringLiteral("n")]);
        before.values << double(g.before);
    }
    c.series = {now, before};
    c.heightRatio = qBound(0.12, 0.045 * double(growing.size()) + 0.05, 0.5);
    return c;
}

QString levelName(Breakdown by)
{
    switch (by) {
    case Breakdown::Street: return Text::tr("Street");
    case Breakdown::Community: return Text::tr("Community");
    case Breakdown::Grid: return Text::tr("Grid");
    default: return {};
    }
}

// The office's training of the year so far and the good ideas adopted in the month.
QString trainingPart(const MonthlyReport &r, const QString &head)
{
    const training::YearSummary &t = r.training;
    QString h = head;
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(Text::tr("January to %1: %2 training session(s), %3 attendance(s) by %4 worker(s); %5 order(s) "
                               "placed.")
                          .arg(r.month)
                          .arg(t.sessions)
                          .arg(t.attendances)
                          .arg(t.workersTrained)
                          .arg(t.orders)));
    if (t.evaluations > 0)
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(Text::tr("Average evaluation %1 of 5 (%2 given).")
                              .arg(QString::number(t.averageScore, 'f', 1))
                              .arg(t.evaluations)));
    if (!t.needs.isEmpty()) {
        h += QLatin1String(kTable) +
             headerRow({Text::tr("Training need"), Text::tr("Orders"), Text::tr("Sessions"), Text::tr("Attendances")});
        for (const NeedDemand &d : t.needs)
            h += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td "
                                "align=right>%4</td></tr>")
                     .arg(esc(d.needName))
                     .arg(d.orders)
                     .arg(d.sessions)
                     .arg(d.attendances);
        h += QStringLiteral("</table>");
    }
    if (!t.uncovered.isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(
                     Text::tr("Ordered and not yet covered by a session: %1.").arg(t.uncovered.join(Text::tr(", ")))));
    if (r.ideasAdopted.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("No good idea was adopted by a street this month.")));
    } else {
        h += QStringLiteral("<p>%1</p><ul>").arg(esc(Text::tr("Good ideas adopted this month:")));
        for (const IdeaService::Adopted &a : r.ideasAdopted)
            h += QStringLiteral("<li>%1</li>")
                     .arg(esc(Text::tr("%1 (proposed by %2): adopted by %3 on %4")
                                  .arg(a.ideaTitle, a.proposedBy, a.adoptedBy, a.on.toString(Qt::ISODate))));
        h += QStringLiteral("</ul>");
    }
    return h;
}

// The grid's other work and the joint work, an office's and a hub's alike.
QString gridWorkPart(const MonthlyReport &r, int &section)
{
    QString h;
    h += heading(section, Text::tr("Visits and disputes"));
    h += QLatin1String(kTable) + headerRow({Text::tr("Count"), Text::tr("This month"),
                                            Text::tr("Against the month "
                                                     "before")});
    for (const GridWorkLine &l : gridWorkLines(r.gridWork))
        h += QStringLiteral("<tr><td>%1</td><td align=right><b>%2</b></td><td align=right>%3</td></tr>")
                 .arg(esc(l.name), esc(l.valueText()), esc(l.live ? Text::tr("counted at printing") : l.changeText()));
    h += QStringLiteral("</table>");
    h += heading(section, Text::tr("Police–grid joint work"));
    if (r.jointWork.total == 0) {
        h += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("No joint activity was recorded in the month.")));
    } else {
        QStringList headers{Text::tr("Police grid")};
        for (const QString &k : r.jointWork.kinds)
            headers << joint::activityKindName(k);
        headers << Text::tr("Total", "the sum of a row's counts");
        h += QLatin1String(kTable) + headerRow(headers);
        const auto line = [](const QString &name, const QList<qint64> &counts, qint64 total) {
            QString row = QStringLiteral("<tr><td>%1</td>").arg(esc(name));
            for (qint64 n : counts)
                row += QStringLiteral("<td align=right>%1</td>").arg(n);
            return row + QStringLiteral("<td align=right><b>%1</b></td></tr>").arg(total);
        };
        for (const JointWorkTable::Line &l : r.jointWork.lines)
            h += line(l.policeGridName, l.perKind, l.total);
        h += line(Text::tr("All police grids"), r.jointWork.perKind, r.jointWork.total);
        h += QStringLiteral("</table>");
    }
    QStringList held;
    for (int i = 0; i < joint::levels().size(); ++i)
        held
            << Text::tr("%1 level: %2").arg(joint::levelName(joint::levels().at(i))).arg(r.jointWork.meetings.value(i));
    h += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("Joint meetings held: %1.").arg(held.join(Text::tr(", ")))));
    return h;
}

// What only an office's file holds: training and ideas, the star review.
QString officePart(const MonthlyReport &r, int &section)
{
    QString h = trainingPart(r, heading(section, Text::tr("Training and good ideas")));
    h += heading(section, Text::tr("Star review of the grid workers")) + reviewPart(r.review);
    return h;
}

} // namespace

QString chartMarker(int index)
{
    return QStringLiteral("[[chart %1]]").arg(index);
}

QString monthText(const QString &month)
{
    const QDate d = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    if (!d.isValid())
        return month;
    return Text::tr("%2/%1", "a month: year, month").arg(d.year()).arg(d.month());
}

QString reportTitle(const MonthlyReport &r)
{
    return Text::tr("%1 monthly report of grid service, %2").arg(r.scopeName, monthText(r.month));
}

ReportText reportText(const MonthlyReport &r)
{
    ReportText out;
    const Overview &o = r.overview;
    out.title = reportTitle(r);
    const auto chart = [&out](const ReportChart &c) {
        out.charts << c;
        return QStringLiteral("<p>%1</p>").arg(chartMarker(int(out.charts.size()) - 1));
    };
    QString &h = out.html;
    h = QStringLiteral("<html><body><h2 align=center>%1</h2><p align=center>%2</p>")
            .arg(esc(out.title),
                 esc(Text::tr("%1 · cases received %2 to %3 · made %4")
                         .arg(r.office, o.request.from.toString(Qt::ISODate), o.request.to.toString(Qt::ISODate),
                              QDateTime::fromMSecsSinceEpoch(r.madeMs, QTimeZone(8 * 3600))
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
    int section = 0;
    h += heading(section, Text::tr("Headline figures")) + headline(o);
    h += heading(section, Text::tr("The last twelve months")) + chart(trendChart(o));
    if (!o.places.isEmpty()) {
        h += heading(section, Text::tr("By %1").arg(levelName(o.placesBy))) +
             placeTable(o, levelName(o.placesBy), o.places);
        h += chart(placesChart(o.places));
    }
    if (!r.communities.isEmpty())
        h += heading(section, Text::tr("By community")) + placeTable(o, levelName(Breakdown::Community), r.communities);
    h += heading(section, Text::tr("Categories that grew most"));
    if (o.growing.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("No case was received this month.")));
    } else {
        h += QLatin1String(kTable) +
             headerRow({Text::tr("Category"), Text::tr("This month"), Text::tr("Month before"), Text::tr("Change")});
        for (const CategoryGrowth &g : o.growing)
            h += QStringLiteral(
                     "<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right>%4%5</td></tr>")
                     .arg(esc(groupName(g.group)))
                     .arg(g.group.counts[QStringLiteral("n")])
                     .arg(g.before)
                     .arg(g.growth() > 0 ? QStringLiteral("+") : QString())
                     .arg(g.growth());
        h += QStringLiteral("</table>") + chart(growthChart(o.growing));
    }
    h += heading(section, Text::tr("Channels"));
    {
        const qint64 all = o.now[QStringLiteral("n")];
        h += QLatin1String(kTable) + headerRow({Text::tr("Channel"), Text::tr("Received"), Text::tr("Share")});
        for (const StatsGroup &g : o.channels) {
            const qint64 n = g.counts[QStringLiteral("n")];
            h += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3%</td></tr>")
                     .arg(esc(groupName(g)))
                     .arg(n)
                     .arg(all ? 100.0 * double(n) / double(all) : 0.0, 0, 'f', 1);
        }
        h += QStringLiteral("</table>");
    }
    if (const Figure *proactive = figureOf(o.figures, QStringLiteral("proactive_share"))) {
        const FigureValue now = evaluate(*proactive, o.now);
        h += heading(section, proactive->name());
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(Text::tr("%1 of the %2 cases received were found on patrol before anyone complained: %3 "
                                   "(against the month before %4, against a year earlier %5).")
                              .arg(amount(now.numerator))
                              .arg(now.denominator)
                              .arg(valueText(*proactive, now),
                                   changeText(*proactive, now, evaluate(*proactive, o.before)),
                                   changeText(*proactive, now, evaluate(*proactive, o.yearBefore)))));
    }
    h += heading(section, Text::tr("Cases past their deadline")) + caseTable(r.overdue, true);
    h += heading(section, Text::tr("Reopened cases")) + caseTable(r.reopened, false);
    h += heading(section, Text::tr("Buildings with the most repeat reports"));
    if (r.repeatSpots.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("No case received this month had a repeat report.")));
    } else {
        h += QLatin1String(kTable) + headerRow({Text::tr("Building"), Text::tr("Grid"), Text::tr("Cases with repeats"),
                                                Text::tr("Repeat reports")});
        for (const RepeatSpot &s : r.repeatSpots)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=right>%3</td><td align=right>%4</td></tr>")
                     .arg(esc(s.building), esc(s.grid))
                     .arg(s.cases)
                     .arg(s.repeats);
        h += QStringLiteral("</table>");
    }
    h += gridWorkPart(r, section);
    if (r.officeParts)
        h += officePart(r, section);
    else
        h += QStringLiteral("<p><i>%1</i></p>")
                 .arg(esc(Text::tr("A hub holds its offices' requests and grid work: the star review, training and "
                                   "good ideas are in each office's own report.")));
    h += QStringLiteral("</body></html>");
    return out;
}

} // namespace gd::stats
