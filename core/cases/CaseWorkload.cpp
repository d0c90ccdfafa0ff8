#include "CaseWorkload.h"

#include "CaseQueryPlan.h"
#include "CaseService.h"
#include "Timeliness.h"
#include "calendar/WorkCalendar.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CaseWorkload)
};

// One pass over the open cases, grouped by handler and grid together; the two tables are summed
// from these groups in C++ (a few thousand at most) rather than read twice. INDEXED BY pins the
// open states' ranges: without statistics SQLite may prefer a full scan of cases_handler.
// The names are joined after grouping, so each is looked up once per group, not per case.
QString statement(int stateCount)
{
    return QStringLiteral(
               "SELECT s.worker, s.unit, s.grid, s.open, s.overdue, s.soon, w.name, w.phone, u.name, g.code, "
               "g.name, m.id, m.name, s.late_sign FROM ("
               "SELECT c.handler_worker_id AS worker, c.handler_unit_id AS unit, c.grid_id AS grid, count(*) AS open, "
               "count(CASE WHEN %2 THEN 1 END) AS overdue, "
               "count(CASE WHEN c.due_ms >= ? AND c.due_ms <= ? THEN 1 END) AS soon, "
               "count(CASE WHEN c.state = 'dispatched' AND %3 THEN 1 END) AS late_sign "
               "FROM cases c INDEXED BY cases_state_due WHERE c.state IN (%1) AND c.deleted = 0 "
               "GROUP BY c.handler_worker_id, c.handler_unit_id, c.grid_id) s "
               "LEFT JOIN workers w ON w.id = s.worker LEFT JOIN units u ON u.id = s.unit "
               "LEFT JOIN grids g ON g.id = s.grid LEFT JOIN communities m ON m.id = g.community_id")
        .arg(QStringList(stateCount, QStringLiteral("?")).join(QLatin1Char(',')), timeliness::overdueSql(),
             timeliness::lateToSignSql());
}

void add(WorkloadRow &to, int open, int overdue, int soon, int lateSign)
{
    to.open += open;
    to.overdue += overdue;
    to.dueSoon += soon;
    to.lateToSign += lateSign;
}

QList<WorkloadRow> sorted(const QHash<QString, WorkloadRow> &rows)
{
    QList<WorkloadRow> out = rows.values();
    std::sort(out.begin(), out.end(), [](const WorkloadRow &a, const WorkloadRow &b) {
        if (a.overdue != b.overdue)
            return a.overdue > b.overdue;
        if (a.dueSoon != b.dueSoon)
            return a.dueSoon > b.dueSoon;
        if (a.open != b.open)
            return a.open > b.open;
        if (a.name != b.name)
            return a.name < b.name;
        return a.id < b.id; // same name (two 王伟): a fixed order all the same
    });
    return out;
}

} // namespace

Result<Workload> CaseWorkload::load(qint64 nowMs) const
{
    Workload w;
    w.nowMs = nowMs > 0 ? nowMs : m_db.nowMs();
    auto end = dueSoonEndMs(m_db, w.nowMs);
    if (!end)
        return end.error();
    w.dueSoonEndMs = end.value();

    const QStringList states = timeliness::openStates();
    QSqlQuery &q = m_db.prepared(statement(int(states.size())));
    q.addBindValue(w.nowMs);
    q.addBindValue(w.nowMs);
    q.addBindValue(w.dueSoonEndMs);
    q.addBindValue(w.nowMs);
    for (const QString &s : states)
        q.addBindValue(s);
    if (!q.exec())
        return Error::make(ErrorKind::Internal,
                           Text::tr("The due board could not be read: %1").arg(q.lastError().text()));
    QHash<QString, WorkloadRow> handlers, grids;
    while (q.next()) {
        const QString worker = q.value(0).toString(), unit = q.value(1).toString(), grid = q.value(2).toString();
        const int open = q.value(3).toInt(), overdue = q.value(4).toInt(), soon = q.value(5).toInt(),
                  lateSign = q.value(13).toInt();
        // A case names a worker or a unit; should it name both, the worker is the one shown
        // (as the case detail does) and the one the list filters by.
        const QString handlerKey = !worker.isEmpty() ? QStringLiteral("w:") + worker
                                   : !unit.isEmpty() ? QStringLiteral("u:") + unit
                                                     : QString();
        auto h = handlers.find(handlerKey);
        if (h == handlers.end()) {
            WorkloadRow r;
            if (!worker.isEmpty()) {
                r.kind = QStringLiteral("worker");
                r.id = worker;
                r.name = q.value(6).toString();
                r.code = q.value(7).toString();
            } else if (!unit.isEmpty()) {
                r.kind = QStringLiteral("unit");
                r.id = unit;
                r.name = q.value(8).toString();
            }
            h = handlers.insert(handlerKey, r);
        }
        add(*h, open, overdue, soon, lateSign);
        auto g = grids.find(grid);
        if (g == grids.end()) {
            WorkloadRow r;
            if (!grid.isEmpty()) {
                r.kind = QStringLiteral("grid");
                r.id = grid;
                r.code = q.value(9).toString();
                r.name = q.value(10).toString();
                r.communityId = q.value(11).toString();
                r.communityName = q.value(12).toString();
            }
            g = grids.insert(grid, r);
        }
        add(*g, open, overdue, soon, lateSign);
        add(w.total, open, overdue, soon, lateSign);
    }
    q.finish();
    // The callback queue through its partial index: only completed cases waiting hold a date.
    QSqlQuery &callbacks = m_db.prepared(
        QStringLiteral("SELECT count(*), count(CASE WHEN callback_due_ms < ? THEN 1 END) FROM cases INDEXED BY "
                       "cases_callback_due WHERE callback_due_ms IS NOT NULL AND state = 'completed' AND deleted = 0"));
    callbacks.addBindValue(w.nowMs);
    if (!callbacks.exec() || !callbacks.next())
        return Error::make(ErrorKind::Internal,
                           Text::tr("The due board could not be read: %1").arg(callbacks.lastError().text()));
    w.callbacksWaiting = callbacks.value(0).toInt();
    w.callbacksOverdue = callbacks.value(1).toInt();
    callbacks.finish();
    w.handlers = sorted(handlers);
    w.grids = sorted(grids);
    return w;
}

QStringList CaseWorkload::queryPlan() const
{
    const QStringList states = timeliness::openStates();
    QSqlQuery q(m_db.sql());
    QStringList out;
    if (!q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement(int(states.size()))))
        return out;
    for (int i = 0; i < 4; ++i) // now (overdue), the due-soon range, now (late to sign)
        q.addBindValue(qint64(0));
    for (const QString &s : states)
        q.addBindValue(s);
    if (!q.exec())
        return out;
    while (q.next())
        out << q.value(3).toString();
    return out;
}

CaseFilter CaseWorkload::filterFor(const WorkloadRow &row, const QString &due, bool *ok)
{
    CaseFilter f;
    *ok = !row.id.isEmpty();
    if (row.kind == QLatin1String("worker"))
        f.handlerWorkerId = row.id;
    else if (row.kind == QLatin1String("unit"))
        f.handlerUnitId = row.id;
    else if (row.kind == QLatin1String("grid"))
        f.gridId = row.id;
    else
        *ok = false;
    f.states = timeliness::openStates();
    f.due = due;
    f.sort = CaseSort::DueAsc;
    return f;
}

Result<qint64> CaseWorkload::workingTime(const WorkCalendar &calendar, qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return qint64(0);
    const QTimeZone zone = WorkCalendar::zone();
    qint64 total = 0;
    const QDate last = WorkCalendar::dayOf(QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC));
    for (QDate d = WorkCalendar::dayOf(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC)); d <= last; d = d.addDays(1)) {
        if (Status s = calendar.requireCovered(d); !s)
            return s.error();
        if (!calendar.isWorkingDay(d))
            continue;
        const qint64 dayStart = QDateTime(d, QTime(0, 0), zone).toMSecsSinceEpoch();
        const qint64 dayEnd = dayStart + ExtensionWait::kDayMs; // UTC+8 has no daylight saving
        total += qMin(dayEnd, toMs) - qMax(dayStart, fromMs);
    }
    return total;
}

Result<ExtensionWait> CaseWorkload::extensionWait(const WorkCalendar &calendar, QList<CaseEvent> events, qint64 nowMs)
{
    // The same order as workflow::fold, and the fold itself says when a wait starts and ends:
    // whatever ends a pending request there (a decision, or completing the case) ends it here.
    std::sort(events.begin(), events.end(),
              [](const CaseEvent &a, const CaseEvent &b) { return a.hlc != b.hlc ? a.hlc < b.hlc : a.id < b.id; });
    ExtensionWait out;
    workflow::Folded f;
    qint64 since = 0;
    auto close = [&](qint64 untilMs) -> Status {
        // Clocks of two offices may disagree: a decision stamped before its request waited nothing.
        const qint64 until = qMax(untilMs, since);
        auto working = workingTime(calendar, since, until);
        if (!working)
            return working.error();
        out.elapsedMs += until - since;
        out.workingMs += working.value();
        return {};
    };
    for (const CaseEvent &e : events) {
        const bool before = f.extensionPending;
        workflow::apply(f, e);
        if (e.action == workflow::Action::RequestExtension)
            ++out.requests;
        if (!before && f.extensionPending) {
            since = e.atMs;
        } else if (before && !f.extensionPending) {
            if (Status s = close(e.atMs); !s)
                return s.error();
        }
    }
    if (f.extensionPending) {
        out.pending = true;
        out.pendingSinceMs = since;
        const qint64 before = out.workingMs;
        if (Status s = close(nowMs); !s)
            return s.error();
        out.pendingWorkingMs = out.workingMs - before;
    }
    return out;
}

Result<ExtensionWait> CaseWorkload::extensionWait(const QString &caseId, qint64 nowMs) const
{
    CaseService service(m_db);
    if (auto c = service.caseById(caseId); !c)
        return c.error();
    auto events = service.timeline(caseId);
    if (!events)
        return events.error();
    return extensionWait(WorkCalendar::load(m_db), events.value(), nowMs > 0 ? nowMs : m_db.nowMs());
}

} // namespace gd
