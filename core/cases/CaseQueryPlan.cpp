#include "CaseQueryPlan.h"

#include "CaseTypes.h"
#include "Timeliness.h"
#include "Workflow.h"
#include "calendar/WorkCalendar.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace gd {

namespace {

constexpr qint64 kShortPeriodMs = qint64(31) * 24 * 3600 * 1000;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CaseQueries)
};

void addList(QStringList *where, QVariantList *binds, const QString &column, const QStringList &values)
{
    // Fixed column names from this file; only the values are bound.
    where->append(QStringLiteral("%1 IN (%2)").arg(column, QStringList(values.size(), QStringLiteral("?")).join(',')));
    for (const QString &v : values)
        binds->append(v);
}

// The first column of a statement's rows.
Result<QStringList> column(const ReadSource &source, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(source.db);
    q.setForwardOnly(true);
    if (!q.prepare(source.statement(sql)))
        return Error::make(ErrorKind::Internal, q.lastError().text());
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Error::make(ErrorKind::Internal, q.lastError().text());
    return firstColumn(q);
}

} // namespace

Result<CaseQueryPlan> planCaseQuery(const ReadSource &source, const CaseFilter &filter)
{
    const QStringList known = cases::states();
    for (const QString &s : filter.states)
        if (!known.contains(s))
            return Error::invalid(QStringLiteral("states"), Text::tr("State: \"%1\" is not a case state.").arg(s));
    const bool callbacks = filter.due == QLatin1String("callback") || filter.due == QLatin1String("callback_overdue");
    if (!filter.due.isEmpty() && filter.due != QLatin1String("due_soon") && filter.due != QLatin1String("overdue") &&
        filter.due != QLatin1String("late_sign") && !callbacks)
        return Error::invalid(QStringLiteral("due"),
                              Text::tr("Deadline: choose due soon, overdue, late to sign for, or callbacks waiting "
                                       "or overdue."));
    if (filter.sort == CaseSort::CallbackDueAsc && !callbacks)
        return Error::invalid(QStringLiteral("sort"),
                              Text::tr("Order: the callback deadline orders the callbacks waiting; show the callbacks "
                                       "waiting or overdue, or choose another order."));
    if (!filter.channel.isEmpty() && !cases::channels().contains(filter.channel))
        return Error::invalid(QStringLiteral("channel"), Text::tr("Channel: choose how the request arrived."));

    CaseQueryPlan p;
    p.sort = filter.sort;
    p.now = filter.nowMs > 0 ? filter.nowMs : source.nowMs;

    // The deadline filters keep the open states only: a closed case is neither soon due nor late.
    QStringList states = filter.states;
    if (!filter.due.isEmpty()) {
        QStringList open;
        for (const QString &s : known)
            if ((callbacks ? s == QLatin1String("completed") : workflow::isOpen(s)) &&
                (states.isEmpty() || states.contains(s)) &&
                (filter.due != QLatin1String("late_sign") || s == QLatin1String("dispatched")))
                open << s;
        states = open;
        p.empty = states.isEmpty();
    }
    states.removeDuplicates();

    // Grids stand for streets and communities, deleted ones included: a case stays where it
    // happened after its grid is redrawn.
    const bool gridFilter = !filter.streetId.isEmpty() || !filter.communityId.isEmpty() || !filter.gridId.isEmpty();
    QStringList grids;
    bool first = true;
    auto narrow = [&](const QStringList &ids) {
        if (first)
            grids = ids;
        else
            grids.erase(std::remove_if(grids.begin(), grids.end(), [&](const QString &g) { return !ids.contains(g); }),
                        grids.end());
        first = false;
    };
    if (!filter.streetId.isEmpty()) {
        auto ids = column(source,
                          QStringLiteral("SELECT g.id FROM grids g JOIN communities m ON m.id = g.community_id "
                                         "WHERE m.street_id = ? ORDER BY g.id"),
                          {filter.streetId});
        if (!ids)
            return ids.error();
        narrow(*ids);
    }
    if (!filter.communityId.isEmpty()) {
        auto ids = column(source, QStringLiteral("SELECT id FROM grids WHERE community_id = ? ORDER BY id"),
                          {filter.communityId});
        if (!ids)
            return ids.error();
        narrow(*ids);
    }
    if (!filter.gridId.isEmpty())
        narrow({filter.gridId});
    p.empty = p.empty || (gridFilter && grids.isEmpty());

    // The category and everything under it (the tree is two levels today; the walk does not care).
    QStringList categories;
    if (!filter.categoryId.isEmpty()) {
        categories << filter.categoryId;
        for (int i = 0; i < categories.size() && i < 10000; ++i) {
            auto children =
                column(source, QStringLiteral("SELECT id FROM categories WHERE parent_id = ?"), {categories.at(i)});
            if (!children)
                return children.error();
            for (const QString &child : std::as_const(*children))
                if (!categories.contains(child))
                    categories << child;
        }
    }

    // The driver: the list whose index ranges the page walks; every other filter only checks
    // the rows met on the way. Its index is pinned with INDEXED BY: without statistics SQLite
    // may take another filter's index and sort that whole range for every page. Measured at a
    // million cases, a wrong choice costs up to a second per page: a street with "returned"
    // read grid by grid walks all of the street's history for a few rows. In order:
    // - one worker's cases: cases_handler (handler_worker_id, state) holds a few thousand, which
    //   SQLite sorts faster than any driver walks past everyone else's;
    // - one grid: cases_grid (grid_id, received_ms) is the narrowest range there is, sorted by
    //   SQLite for the other orders;
    // - states, one range each: cases_state_received (v4) for the received orders,
    //   cases_state_updated (v5) for the last-changed order,
    //   cases_state_due for the deadline order and the deadline filters (the late or soon due
    //   cases of a state are one range of it); at most ten ranges, each filtered by the rest;
    // - the deadline order within a short period of reception (a month at most): the
    //   period's range of cases_received, sorted;
    // - a category and its sub-categories, then the grids of a street or community (a category
    //   filtered by a street reads about eleven rows per row shown; the reverse, thirteen to
    //   eighty, one range per grid);
    // - otherwise the last-changed order walks cases_updated: a street, community or category
    //   is a share of every day's changes (left to itself SQLite sorted the whole street: 0.3 s
    //   a page).
    // With no state filter the deadline order takes the states actually present, found by a
    // skip-scan of the index, so a state written by a newer GridDesk is listed too.
    const bool byReceived = p.sort == CaseSort::ReceivedDesc || p.sort == CaseSort::ReceivedAsc;
    // The archive by last change: its state's range of cases_state_updated (v5). Walking
    // cases_updated past every open case instead took 1.3 s a page at a million cases.
    const bool byUpdatedInStates = p.sort == CaseSort::UpdatedDesc && !states.isEmpty() && filter.due.isEmpty();
    // Received within a month (the page's "last 7 days", "this month"…) holds at most some
    // 20,000 cases: their range of cases_received, sorted, beats walking the deadline order
    // past a year of older cases (0.8 s a page for "last 7 days by deadline").
    const qint64 periodEnd = filter.toMs > 0 ? filter.toMs : p.now;
    const bool shortPeriod = filter.fromMs > 0 && periodEnd - filter.fromMs <= kShortPeriodMs;
    if (!filter.handlerWorkerId.isEmpty()) {
        p.index = QStringLiteral("cases_handler");
    } else if (gridFilter && grids.size() == 1) {
        p.driverColumn = QStringLiteral("c.grid_id");
        p.driverValues = grids;
        p.index = QStringLiteral("cases_grid");
    } else if (p.sort == CaseSort::CallbackDueAsc) {
        // The callbacks waiting are the partial index's few thousand entries, already in order.
        p.index = QStringLiteral("cases_callback_due");
    } else if (shortPeriod && p.sort == CaseSort::DueAsc) {
        p.index = QStringLiteral("cases_received");
        p.sortIdsFirst = true;
    } else if ((byReceived && !states.isEmpty()) || p.sort == CaseSort::DueAsc || byUpdatedInStates) {
        p.driverColumn = QStringLiteral("c.state");
        p.driverValues = states;
        p.index = byUpdatedInStates                    ? QStringLiteral("cases_state_updated")
                  : byReceived && filter.due.isEmpty() ? QStringLiteral("cases_state_received")
                                                       : QStringLiteral("cases_state_due");
        if (states.isEmpty() && filter.due.isEmpty()) {
            auto present = column(
                source, QStringLiteral("WITH RECURSIVE s(x) AS (SELECT (SELECT min(state) FROM cases) UNION ALL "
                                       "SELECT (SELECT min(state) FROM cases WHERE state > s.x) FROM s WHERE s.x IS "
                                       "NOT NULL) SELECT x FROM s WHERE x IS NOT NULL"));
            if (!present)
                return present.error();
            p.driverValues = *present;
            p.empty = p.empty || p.driverValues.isEmpty();
        }
    } else if (byReceived && !categories.isEmpty()) {
        p.driverColumn = QStringLiteral("c.category_id");
        p.driverValues = categories;
        p.index = QStringLiteral("cases_category");
    } else if (byReceived && gridFilter) {
        p.driverColumn = QStringLiteral("c.grid_id");
        p.driverValues = grids;
        p.index = QStringLiteral("cases_grid");
    } else if (p.sort == CaseSort::UpdatedDesc) {
        p.index = QStringLiteral("cases_updated");
    }

    qint64 soonEndMs = 0;
    if (filter.due == QLatin1String("due_soon")) {
        auto end = dueSoonEndMs(source, p.now);
        if (!end)
            return end.error();
        soonEndMs = end.value();
    }
    for (bool forCount : {false, true}) {
        QStringList &where = forCount ? p.countWhere : p.where;
        QVariantList &binds = forCount ? p.countBinds : p.binds;
        where << QStringLiteral("c.deleted = 0");
        if (gridFilter && (forCount || p.driverColumn != QLatin1String("c.grid_id")))
            addList(&where, &binds, QStringLiteral("c.grid_id"), grids);
        if (!categories.isEmpty() && (forCount || p.driverColumn != QLatin1String("c.category_id")))
            addList(&where, &binds, QStringLiteral("c.category_id"), categories);
        if (!states.isEmpty() && (forCount || p.driverColumn != QLatin1String("c.state")))
            addList(&where, &binds, QStringLiteral("c.state"), states);
        if (filter.due == QLatin1String("overdue")) {
            where << timeliness::overdueSql();
            binds << p.now;
        } else if (filter.due == QLatin1String("late_sign")) {
            where << timeliness::lateToSignSql();
            binds << p.now;
        } else if (filter.due == QLatin1String("callback")) {
            where << QStringLiteral("c.callback_due_ms IS NOT NULL");
        } else if (filter.due == QLatin1String("callback_overdue")) {
            where << QStringLiteral("c.callback_due_ms < ?");
            binds << p.now;
        } else if (filter.due == QLatin1String("due_soon")) {
            where << QStringLiteral("c.due_ms >= ? AND c.due_ms <= ?");
            binds << p.now << soonEndMs;
        }
        const QPair<const char *, QString> equal[] = {{"c.channel = ?", filter.channel},
                                                      {"c.handler_worker_id = ?", filter.handlerWorkerId},
                                                      {"c.handler_unit_id = ?", filter.handlerUnitId},
                                                      {"c.lead_org_id = ?", filter.leadOrgId}};
        for (const auto &e : equal)
            if (!e.second.isEmpty()) {
                where << QLatin1String(e.first);
                binds << e.second;
            }
        if (filter.fromMs > 0) {
            where << QStringLiteral("c.received_ms >= ?");
            binds << filter.fromMs;
        }
        if (filter.toMs > 0) {
            where << QStringLiteral("c.received_ms < ?");
            binds << filter.toMs;
        }
        if (!filter.condition.isEmpty())
            where << QStringLiteral("(%1)").arg(filter.condition);
    }
    return p;
}

Result<qint64> dueSoonEndMs(const ReadSource &source, qint64 nowMs)
{
    auto calendar = WorkCalendar::readFrom(source.db);
    if (!calendar)
        return calendar.error();
    auto end = calendar->addWorkingDays(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC), 1);
    if (!end)
        return end.error();
    return end->toMSecsSinceEpoch();
}

Result<qint64> dueSoonEndMs(Database &db, qint64 nowMs)
{
    return dueSoonEndMs(ReadSource::of(db), nowMs);
}

} // namespace gd
