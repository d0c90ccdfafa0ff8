#pragma once
// The grid's work beyond requests counted for a scope and period (docs/figures.md, "Grid work"):
// the visits and patrols made, the care visits among them, the problems they found that became
// cases, the care households late for a visit; the disputes found (and of those by screening), the
// disputes ended in the period by outcome and the settlement rate. What the dashboard, the monthly
// report, `griddesk-cli stats` and `griddesk-hub stats` show beside the figures of the requests, in
// an office's file or a hub's database alike.
//
// Each count is the count of a list — visits, disputes or the care register — under the filter
// recordsOf() gives, so the rule is the list's own and a number opens on exactly its records.
#include "FigureQuery.h"
#include "councils/CouncilService.h"
#include "disputes/DisputeList.h"
#include "joint/JointActivities.h"
#include "joint/JointTasks.h"
#include "visits/CareRegister.h"
#include "visits/VisitService.h"
#include "volunteers/VolunteerServices.h"

#include <QHash>

namespace gd::stats {

namespace gridwork {

// visits, home_visits, patrols, care_visits, problems_found, care_late, disputes_found,
// disputes_screened, disputes_settled, disputes_referred, disputes_withdrawn, high_risk_waiting,
// joint_activities, joint_meetings, joint_tasks_due, joint_tasks_on_time, councils_held,
// council_rules, volunteer_services, volunteer_hours (a sum: each service's hours times the
// volunteers who served, rounded to whole hours).
QStringList keys();
QString name(const QString &key); // in the UI language: 走访巡查 …
// Counted now, not over the period: the care households late for a visit, the high-risk disputes
// waiting for review (no 环比).
bool live(const QString &key);

// The count a line opens on: a rate's numerator (settlement_rate → disputes_settled,
// tasks_on_time_rate → joint_tasks_on_time), any other line itself.
QString countedBy(const QString &lineKey);

// The records behind a count.
struct Records {
    enum Kind {
        Visits,
        Disputes,
        Care,
        JointActivities,
        JointMeetings,
        JointTasks,
        Councils,
        Volunteers
    } kind = Visits;
    VisitFilter visits;
    DisputeFilter disputes;
    CareFilter care;
    JointActivityFilter joint;
    JointMeetingFilter meetings;
    JointTaskFilter tasks;
    CouncilFilter councils;
    VolunteerFilter volunteers;
    bool hours = false; // Volunteers: the hours given, not the services
};
// For the scope (a grid, a community, a street or the office) and the period [fromMs, toMs).
Records recordsOf(const QString &key, const StatsScope &scope, qint64 fromMs, qint64 toMs);
// Counted in an office's file or, read in its own words, a hub's database: the same statements.
Result<qint64> countOf(const ReadSource &source, const Records &records);
Result<qint64> countOf(Database &db, const Records &records);

} // namespace gridwork

struct GridWorkCounts {
    QHash<QString, qint64> values; // by gridwork::keys()
    qint64 value(const QString &key) const { return values.value(key); }
    // 调解成功率: settled ÷ (settled + referred) of the disputes ended in the period, a withdrawn one
    // counted in neither; NaN when none ended.
    double settlementRate() const;
    // 任务按期完成率: the meetings' tasks due in the period done by the end of their due day ÷ those
    // due; NaN when none was due.
    double tasksOnTimeRate() const;
};

struct GridWork {
    GridWorkCounts now, before; // the period, and the period just before it (环比)
};

// One line of the grid work as shown (dashboard, report, workbook, CLI): each count in keys()'s
// order with the settlement rate after the disputes' outcomes.
struct GridWorkLine {
    QString key;                  // a gridwork key, or "settlement_rate", "tasks_on_time_rate"
    QString name;                 // in the UI language
    double value = 0, before = 0; // a rate as a fraction; NaN when undefined
    bool live = false;            // counted now: no 环比
    bool rate = false;
    QString valueText() const;  // "1,234", "85.3%", "—"
    QString changeText() const; // 环比: "+12", "−3", "+1.2 pts"; "—" when live or undefined
};
QList<GridWorkLine> gridWorkLines(const GridWork &work);

// The office's (its file at its clock's now) or a hub's (the source's now for the live counts).
Result<GridWorkCounts> gridWorkCounts(const ReadSource &source, const StatsScope &scope, const QDate &from,
                                      const QDate &to);
Result<GridWorkCounts> gridWorkCounts(Database &db, const StatsScope &scope, const QDate &from, const QDate &to);
Result<GridWork> gridWork(const ReadSource &source, const StatsScope &scope, const QDate &from, const QDate &to);
Result<GridWork> gridWork(Database &db, const StatsScope &scope, const QDate &from, const QDate &to);

} // namespace gd::stats
