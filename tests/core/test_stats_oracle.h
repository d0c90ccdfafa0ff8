#pragma once
// A brute-force count of the figures for the stats tests: every case read back and judged in C++
// from its row and its timeline, independently of the SQL of stats/CaseFacts.cpp, summed for a
// scope, period, view and breakdown.
#include "TestDb.h"
#include "calendar/WorkCalendar.h"
#include "cases/CaseRecord.h"
#include "cases/Timeliness.h"
#include "demo/DemoCases.h"
#include "demo/DemoDistrict.h"
#include "stats/FigureQuery.h"
#include "stats/StatsStore.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace gdtest {

// A demo district with `n` cases on a clock in mid-June 2026 (inside the calendar).
struct StatsDistrict {
    TestDb t;
    explicit StatsDistrict(int n = 2000)
    {
        t.clock->setMs(QDateTime(QDate(2026, 6, 16), QTime(15, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
        gd::DemoOptions o;
        o.seed = 1;
        REQUIRE(gd::DemoDistrict::generate(*t, o).ok());
        gd::DemoCaseOptions c;
        c.count = n;
        c.seed = 7;
        auto r = gd::DemoCases::generate(*t, c);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
    }
};

// The ids a query lists, in its order.
inline QStringList ids(gd::Database &db, const char *sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QString::fromLatin1(sql)));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// The figures' aggregate equals a recount of the cases (stats/StatsStore.h), or the test fails
// naming the differing rows.
inline void requireNoDifferences(gd::Database &db)
{
    auto differences = gd::stats::recountDifferences(db.sql());
    INFO(differences.message().toStdString());
    REQUIRE(differences.ok());
    INFO(differences->join(QLatin1Char('\n')).toStdString());
    REQUIRE(differences->isEmpty());
}

struct OracleCase {
    gd::Case c;
    QString community, street, categoryParent;
    qint64 doneMs = 0; // 0: not done
    int days = -1;     // -1: not done
    bool settled = false;
};

struct StatsOracle {
    QList<OracleCase> cases;
    qint64 nowMs = 0;

    explicit StatsOracle(gd::Database &db)
    {
        nowMs = db.nowMs();
        const gd::WorkCalendar calendar = gd::WorkCalendar::load(db);
        QHash<QString, QString> communityOf, streetOf, parentOf;
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT id, community_id FROM grids")));
        while (q.next())
            communityOf.insert(q.value(0).toString(), q.value(1).toString());
        REQUIRE(q.exec(QStringLiteral("SELECT id, street_id FROM communities")));
        while (q.next())
            streetOf.insert(q.value(0).toString(), q.value(1).toString());
        REQUIRE(q.exec(QStringLiteral("SELECT id, coalesce(parent_id, id) FROM categories")));
        while (q.next())
            parentOf.insert(q.value(0).toString(), q.value(1).toString());
        REQUIRE(q.exec(gd::caserecord::caseSelect()));
        QStringList ids;
        while (q.next()) {
            bool deleted = false;
            OracleCase o;
            o.c = gd::caserecord::caseFrom(q, &deleted);
            if (deleted || o.c.state == QLatin1String("merged"))
                continue;
            o.community = communityOf.value(o.c.gridId);
            o.street = streetOf.value(o.community);
            o.categoryParent = parentOf.value(o.c.categoryId);
            if (o.c.completedMs > 0)
                o.doneMs = o.c.completedMs;
            else if (o.c.state == QLatin1String("refused") || o.c.state == QLatin1String("redirected"))
                o.doneMs = o.c.closedMs;
            if (o.doneMs > 0) {
                const auto zone = gd::WorkCalendar::zone();
                auto days = calendar.workingDaysBetween(
                    gd::WorkCalendar::dayOf(QDateTime::fromMSecsSinceEpoch(o.c.receivedMs, zone)),
                    gd::WorkCalendar::dayOf(QDateTime::fromMSecsSinceEpoch(o.doneMs, zone)));
                o.days = days ? days.value() : -1;
                if (!days) { // outside the calendar: the plain weekday rule, as the index counts
                    o.days = 0;
                    for (QDate d =
                             gd::WorkCalendar::dayOf(QDateTime::fromMSecsSinceEpoch(o.c.receivedMs, zone)).addDays(1);
                         d <= gd::WorkCalendar::dayOf(QDateTime::fromMSecsSinceEpoch(o.doneMs, zone)); d = d.addDays(1))
                        o.days += calendar.isWorkingDay(d) ? 1 : 0;
                }
            }
            ids << o.c.id;
            cases << o;
        }
        // Settled at the desk: the timeline's last completion is the desk's.
        auto timelines = gd::caserecord::timelines(db.sql(), ids);
        REQUIRE(timelines.ok());
        for (OracleCase &o : cases) {
            bool settled = false;
            for (const gd::CaseEvent &e : timelines->value(o.c.id)) {
                if (e.action == gd::workflow::Action::SettleAtDesk)
                    settled = true;
                else if (e.action == gd::workflow::Action::Complete || e.action == gd::workflow::Action::Reopen)
                    settled = false;
            }
            o.settled = settled;
        }
    }

    static QDate beijingDay(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).date(); }

    static void add(gd::stats::Counts &into, const OracleCase &o)
    {
        const gd::Case &c = o.c;
        const bool done = o.doneMs > 0;
        const bool reached =
            !c.satisfaction.isEmpty() && (c.callbackResult.isEmpty() || c.callbackResult == QLatin1String("reached"));
        const bool cbNeed = c.completedMs > 0 && c.callbackResult != QLatin1String("not_needed");
        const QList<QPair<QString, bool>> flags{
            {QStringLiteral("n"), true},
            {QStringLiteral("done"), done},
            {QStringLiteral("on_time"), done && gd::timeliness::onTime(o.doneMs, c.dueMs)},
            {QStringLiteral("cb_need"), cbNeed},
            {QStringLiteral("cb_done"), cbNeed && (QStringList{QStringLiteral("reached"), QStringLiteral("unreachable"),
                                                               QStringLiteral("declined")}
                                                       .contains(c.callbackResult) ||
                                                   (c.callbackResult.isEmpty() && !c.satisfaction.isEmpty()))},
            {QStringLiteral("reached"), reached},
            {QStringLiteral("solved"), reached && c.solved == 1},
            {QStringLiteral("satisfied"), reached && c.satisfaction == QLatin1String("satisfied")},
            {QStringLiteral("basic"), reached && c.satisfaction == QLatin1String("basic")},
            {QStringLiteral("dissatisfied"), reached && c.satisfaction == QLatin1String("dissatisfied")},
            {QStringLiteral("unreachable"), c.callbackResult == QLatin1String("unreachable")},
            {QStringLiteral("declined"), c.callbackResult == QLatin1String("declined")},
            {QStringLiteral("settled"), o.settled},
            {QStringLiteral("referred"), !c.handlerUnitId.isEmpty()},
            {QStringLiteral("repeated"), c.reportCount > 1},
            {QStringLiteral("reopened"), c.reopenCount > 0},
            {QStringLiteral("proactive"), c.proactive},
            {QStringLiteral("days_n"), o.days >= 0},
        };
        const QStringList names = gd::stats::measureNames();
        for (const auto &[name, on] : flags)
            into.m[int(names.indexOf(name))] += on ? 1 : 0;
        if (o.days >= 0) {
            into.m[int(names.indexOf(QStringLiteral("days_sum")))] += o.days;
            const int bucket = qMin(o.days, gd::stats::kHistogramDays);
            into.m[int(names.indexOf(QStringLiteral("h%1").arg(bucket)))] += 1;
        }
    }

    bool inScope(const OracleCase &o, const gd::stats::StatsScope &s) const
    {
        switch (s.kind) {
        case gd::stats::StatsScope::Office: return true;
        case gd::stats::StatsScope::Street: return o.street == s.id && !o.c.gridId.isEmpty();
        case gd::stats::StatsScope::Community: return o.community == s.id && !o.c.gridId.isEmpty();
        case gd::stats::StatsScope::Grid: return o.c.gridId == s.id;
        }
        return false;
    }

    static QString keyOf(const OracleCase &o, gd::stats::Breakdown by, gd::stats::View view)
    {
        using B = gd::stats::Breakdown;
        const gd::Case &c = o.c;
        switch (by) {
        case B::None: return {};
        case B::Street: return o.street;
        case B::Community: return o.community;
        case B::Grid: return c.gridId;
        case B::Category: return c.categoryId;
        case B::CategoryGroup: return o.categoryParent;
        case B::Channel: return c.channel;
        case B::Handler:
        case B::Unit:
            return !c.handlerWorkerId.isEmpty() ? QStringLiteral("w:") + c.handlerWorkerId
                   : !c.handlerUnitId.isEmpty() ? QStringLiteral("u:") + c.handlerUnitId
                                                : QString();
        case B::Month:
            return beijingDay(view == gd::stats::View::Received ? c.receivedMs : o.doneMs)
                .toString(QStringLiteral("yyyy-MM"));
        }
        return {};
    }

    gd::stats::StatsTable count(const gd::stats::StatsRequest &r) const
    {
        using gd::stats::Breakdown;
        gd::stats::StatsTable out;
        QHash<QString, gd::stats::Counts> groups;
        const int overdue = int(gd::stats::measureNames().size());
        for (const OracleCase &o : cases) {
            if (!inScope(o, r.scope))
                continue;
            const QString key = keyOf(o, r.by, r.view);
            const bool unitOnly = r.by == Breakdown::Unit && !key.startsWith(QLatin1String("u:"));
            // Overdue now: open cases past their deadline, whatever the period.
            if (gd::timeliness::openStates().contains(o.c.state) &&
                gd::timeliness::overdue(o.c.state, o.c.dueMs, nowMs)) {
                out.total.m[overdue] += 1;
                if (r.by != Breakdown::None && r.by != Breakdown::Month && !unitOnly)
                    groups[key].m[overdue] += 1;
            }
            const qint64 at = r.view == gd::stats::View::Received ? o.c.receivedMs : o.doneMs;
            if (at <= 0)
                continue;
            const QDate day = beijingDay(at);
            if (day < r.from || day > r.to)
                continue;
            add(out.total, o);
            if (r.by != Breakdown::None && !unitOnly)
                add(groups[key], o);
        }
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            gd::stats::StatsGroup g;
            g.key = it.key();
            g.counts = it.value();
            out.groups << g;
        }
        return out;
    }
};

} // namespace gdtest
