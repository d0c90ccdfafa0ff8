#pragma once
// The monthly report (月报) of a scope — the office, a street or a community — gathered in one
// place: the headline figures with 环比 and 同比 and the trend (Overview.h), a table per street,
// community or grid below the scope, the categories that grew most, the overdue and the reopened
// cases listed, the buildings with the most repeat reports, the proactive share, and the summary
// of the month's star review when it is approved. What the printed report (ReportDocument.h), its
// workbook (ReportWorkbook.h), the window and `griddesk-cli report monthly` show.
#include "GridWorkFigures.h"
#include "JointFigures.h"
#include "Overview.h"
#include "cases/CaseQueries.h"
#include "ideas/IdeaService.h"
#include "rating/MonthReview.h"
#include "training/TrainingHistory.h"

namespace gd::stats {

// Cases listed under a figure: the first `rows` of them and how many the figure counts.
struct ReportCases {
    qint64 total = 0;
    QList<CaseRow> rows;
};

// A building whose cases of the month had repeat reports attached (同一事项反映).
struct RepeatSpot {
    QString buildingId, building, grid;
    qint64 cases = 0;   // cases received in the month with at least one repeat report
    qint64 repeats = 0; // the repeat reports those cases hold
};

// The month's star review, when approved, over the scope's workers.
struct ReviewSummary {
    bool approved = false;
    rating::MonthStatus status;
    QString reviewScope;           // whose review it was (全区, a street, a community)
    int workers = 0;               // of the scope, on the approved sheet
    double meanTotal = 0;          // their mean total (0–100)
    QList<int> byStar;             // workers at each star after the month, 0 … kMaxStar
    QList<rating::SheetRow> moved; // whose star went up or down, the highest total first
};

struct MonthlyReport {
    QString office;    // the office's (or the hub's) name, printed in the page header
    QString scopeName; // 全区 / the street's / the community's name
    QString month;     // yyyy-MM
    qint64 madeMs = 0; // when it was gathered (the overdue cases are those of that moment)
    Overview overview; // the month received (the scope's request), with 环比 and 同比
    // The places below the scope: its streets, communities or grids; for the office also every
    // community (the second level), so the office's report has a table per street and community.
    QList<StatsGroup> communities;
    ReportCases overdue;           // open and past the deadline now, the most overdue first
    ReportCases reopened;          // received in the month and reopened after a dissatisfied callback
    QList<RepeatSpot> repeatSpots; // the buildings with the most repeat reports, at most 10
    ReviewSummary review;
    GridWork gridWork;        // the month's visits and disputes, with the month before (环比)
    JointWorkTable jointWork; // the month's joint activities per police grid and kind, meetings per level
    // The office's training from January to the month's end (sessions are the office's, whatever
    // the report's scope), and the good ideas adopted by a street in the month (the district's).
    training::YearSummary training;
    QList<IdeaService::Adopted> ideasAdopted;
    // Whether the parts only an office's file holds are gathered: the star review, training and
    // ideas. A hub's report holds the requests and the grid's other work, and says so.
    bool officeParts = true;
};

// The cases each list shows at most; the report says how many more there are.
constexpr int kReportListedCases = 30;

// month: yyyy-MM; scope: the office, a street or a community (a grid is refused: Invalid "scope").
Result<MonthlyReport> monthlyReport(Database &db, const QString &month, const StatsScope &scope,
                                    int listed = kReportListedCases);

// The parts of the report an office's file and a hub share — the figures, the places, categories
// and channels, the overdue, reopened and repeated cases, the grid's other work and the joint work
// — read from `source` (an office's file or a hub) with `settings`; `title` heads the report of the
// whole. What a hub's window prints, and the first half of an office's report.
Result<MonthlyReport> sharedReport(const ReadSource &source, const QString &title, const QString &month,
                                   const StatsScope &scope, const FigureSettings &settings,
                                   int listed = kReportListedCases);

// The scope in words: 全区 (the office), or the street's, community's or grid's name.
QString scopeName(Database &db, const StatsScope &scope);
QString scopeName(const ReadSource &source, const StatsScope &scope);

// The figure of a code among these (the report's and the workbook's headline rows).
const Figure *figureOf(const QList<Figure> &figures, const QString &code);

} // namespace gd::stats
