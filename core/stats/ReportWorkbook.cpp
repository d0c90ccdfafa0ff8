#include "ReportWorkbook.h"

#include "ReportHtml.h"
#include "StatsWorkbook.h"
#include "cases/CaseTypes.h"
#include "joint/JointTypes.h"
#include "rating/StarRules.h"
#include "util/XlsxWorkbook.h"

#include <QCoreApplication>

namespace gd::stats {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::stats::MonthlyReport)
};

// A sheet of one table: the report's title, the headings, then the rows; numbers stay numbers.
Status tableSheet(XlsxWorkbook &book, const QString &name, const QString &first, const QStringList &headers,
                  const QList<QVariantList> &rows)
{
    auto sheet = book.addSheet(name);
    if (!sheet)
        return sheet.status();
    Status s = book.text(*sheet, 0, 0, first, XlsxWorkbook::Bold);
    for (int c = 0; s && c < headers.size(); ++c)
        s = book.text(*sheet, 1, c, headers.at(c), XlsxWorkbook::Bold);
    for (int r = 0; s && r < rows.size(); ++r)
        for (int c = 0; s && c < rows.at(r).size(); ++c) {
            const QVariant &v = rows.at(r).at(c);
            s = v.typeId() == QMetaType::QString ? book.text(*sheet, r + 2, c, v.toString())
                                                 : book.number(*sheet, r + 2, c, v.toDouble());
        }
    if (!s)
        return s;
    book.setColumns(*sheet, 0, int(headers.size()) - 1, 16);
    book.freezePanes(*sheet, 2, 0);
    return {};
}

Status caseSheet(XlsxWorkbook &book, const QString &name, const QString &first, const ReportCases &cases)
{
    QList<QVariantList> rows;
    for (const CaseRow &r : cases.rows)
        rows << QVariantList{
            r.number,      cases::dayText(r.receivedMs), cases::dayText(r.dueMs), r.gridName, r.categoryName,
            r.handlerName, cases::stateName(r.state)};
    if (cases.total > cases.rows.size())
        rows << QVariantList{
            Text::tr("%1 cases in all; the first %2 are listed.").arg(cases.total).arg(cases.rows.size())};
    return tableSheet(book, name, first,
                      {Text::tr("Case number"), Text::tr("Received on"), Text::tr("Deadline"), Text::tr("Grid"),
                       Text::tr("Category"), Text::tr("Handler"), Text::tr("State")},
                      rows);
}

// The sheets of the grid's other work and the joint work, an office's and a hub's alike.
Status gridWorkSheets(XlsxWorkbook &book, const MonthlyReport &report, const QString &first)
{
    QList<QVariantList> work;
    for (const GridWorkLine &l : gridWorkLines(report.gridWork))
        work << QVariantList{l.name, l.rate ? QVariant(l.valueText()) : QVariant(l.value),
                             l.live   ? QVariant(QString())
                             : l.rate ? QVariant(l.changeText())
                                      : QVariant(l.value - l.before)};
    if (Status s = tableSheet(book, Text::tr("Visits and disputes"), first,
                              {Text::tr("Count"), Text::tr("This month"), Text::tr("Against the month before")}, work);
        !s)
        return s;
    QList<QVariantList> joint;
    const JointWorkTable &jw = report.jointWork;
    const auto jointRow = [](const QString &name, const QList<qint64> &counts, qint64 total) {
        QVariantList row{name};
        for (qint64 n : counts)
            row << double(n);
        return row << double(total);
    };
    for (const JointWorkTable::Line &l : jw.lines)
        joint << jointRow(l.policeGridName, l.perKind, l.total);
    joint << jointRow(Text::tr("All police grids"), jw.perKind, jw.total);
    for (int i = 0; i < joint::levels().size(); ++i)
        joint << QVariantList{Text::tr("Joint meetings, %1 level").arg(joint::levelName(joint::levels().at(i))),
                              double(jw.meetings.value(i))};
    QStringList jointHeaders{Text::tr("Police grid")};
    for (const QString &k : jw.kinds)
        jointHeaders << joint::activityKindName(k);
    jointHeaders << Text::tr("Total", "the sum of a row's counts");
    return tableSheet(book, Text::tr("Police–grid joint work"), first, jointHeaders, joint);
}

// The sheets of what only an office's file holds: training and ideas, the star review.
Status officeSheets(XlsxWorkbook &book, const MonthlyReport &report, const QString &first)
{
    const training::YearSummary &t = report.training;
    QList<QVariantList> growth{{Text::tr("Training sessions, January to the month"), double(t.sessions)},
                               {Text::tr("Attendances"), double(t.attendances)},
                               {Text::tr("Workers trained"), double(t.workersTrained)},
                               {Text::tr("Training orders"), double(t.orders)},
                               {Text::tr("Average evaluation (of 5)"), t.averageScore}};
    for (const NeedDemand &d : t.needs)
        growth << QVariantList{Text::tr("Need: %1").arg(d.needName), double(d.orders), double(d.sessions),
                               double(d.attendances)};
    if (Status s = tableSheet(
            book, Text::tr("Training"), first,
            {Text::tr("Item"), Text::tr("Orders or value"), Text::tr("Sessions"), Text::tr("Attendances")}, growth);
        !s)
        return s;
    QList<QVariantList> adopted;
    for (const IdeaService::Adopted &a : report.ideasAdopted)
        adopted << QVariantList{a.ideaTitle, a.proposedBy, a.adoptedBy, a.on.toString(Qt::ISODate)};
    if (Status s = tableSheet(book, Text::tr("Good ideas adopted"), first,
                              {Text::tr("Good idea"), Text::tr("Proposed by"), Text::tr("Adopted by"), Text::tr("Day")},
                              adopted);
        !s)
        return s;
    const ReviewSummary &r = report.review;
    QList<QVariantList> summary;
    if (!r.approved) {
        summary << QVariantList{Text::tr("The star review of this month is not approved yet.")};
    } else {
        summary << QVariantList{Text::tr("Approved by"), r.status.approvedBy}
                << QVariantList{Text::tr("Approved on"), cases::dayText(r.status.approvedMs)}
                << QVariantList{Text::tr("Review of"), r.reviewScope}
                << QVariantList{Text::tr("Workers reviewed"), double(r.workers)}
                << QVariantList{Text::tr("Mean total"), r.meanTotal};
        for (int star = rating::kMaxStar; star >= 0; --star)
            summary << QVariantList{rating::starName(star), double(r.byStar.value(star))};
    }
    if (Status s = tableSheet(book, Text::tr("Star review"), first, {Text::tr("Item"), Text::tr("Value")}, summary); !s)
        return s;
    QList<QVariantList> moved;
    for (const rating::SheetRow &row : r.moved)
        moved << QVariantList{row.name, row.total, rating::starName(row.decision.from),
                              rating::starName(row.decision.to), row.decision.explanation};
    if (Status s = tableSheet(
            book, Text::tr("Stars moved"), first,
            {Text::tr("Name"), Text::tr("Total"), Text::tr("Star before"), Text::tr("Star after"), Text::tr("Why")},
            moved);
        !s)
        return s;
    return {};
}

} // namespace

Status writeReportWorkbook(const QString &path, const MonthlyReport &report)
{
    XlsxWorkbook book;
    if (Status s = book.open(path); !s)
        return s;
    const QString first = reportTitle(report);
    if (Status s = overviewSheets(book, report.overview, first, report.communities); !s)
        return s;
    if (Status s = caseSheet(book, Text::tr("Past their deadline"), first, report.overdue); !s)
        return s;
    if (Status s = caseSheet(book, Text::tr("Reopened"), first, report.reopened); !s)
        return s;
    QList<QVariantList> spots;
    for (const RepeatSpot &s : report.repeatSpots)
        spots << QVariantList{s.building, s.grid, double(s.cases), double(s.repeats)};
    if (Status s = tableSheet(
            book, Text::tr("Repeat reports"), first,
            {Text::tr("Building"), Text::tr("Grid"), Text::tr("Cases with repeats"), Text::tr("Repeat reports")},
            spots);
        !s)
        return s;
    if (Status s = gridWorkSheets(book, report, first); !s)
        return s;
    if (report.officeParts)
        if (Status s = officeSheets(book, report, first); !s)
            return s;
    return book.finish();
}

} // namespace gd::stats
