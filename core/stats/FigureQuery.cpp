#include "FigureQuery.h"

#include "StatsStore.h"
#include "cases/CaseTypes.h"
#include "cases/Timeliness.h"
#include "storage/Database.h"
#include "storage/SqliteHandle.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace gd::stats {

namespace {

const char *const kBreakdownKeys[] = {"none",     "street",  "community", "grid", "category_group",
                                      "category", "channel", "handler",   "unit", "month"};

// Names and places of the organisation, read once per count.
struct Org {
    struct Place {
        QString code, name, parent;
    };
    QHash<QString, Place> grids, communities, streets, categories;
    QHash<QString, QString> workers, units;
};

Result<Org> readOrg(const FigureSource &source)
{
    Org org;
    QSqlQuery q(source.db);
    const struct {
        QHash<QString, Org::Place> *into;
        const char *sql;
    } places[] = {
        {&org.grids, "SELECT id, code, name, community_id FROM grids"},
        {&org.communities, "SELECT id, code, name, street_id FROM communities"},
        {&org.streets, "SELECT id, code, name, '' FROM streets"},
        {&org.categories, "SELECT id, code, name, coalesce(parent_id, '') FROM categories"},
    };
    for (const auto &p : places) {
        if (!q.exec(QString::fromLatin1(p.sql)))
            return Error::make(ErrorKind::Internal, q.lastError().text());
        while (q.next())
            p.into->insert(q.value(0).toString(),
                           {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    for (const auto &[into, sql] : {std::pair{&org.workers, "SELECT id, name FROM workers"},
                                    std::pair{&org.units, "SELECT id, name FROM units"}}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return Error::make(ErrorKind::Internal, q.lastError().text());
        while (q.next())
            into->insert(q.value(0).toString(), q.value(1).toString());
    }
    return org;
}

int monthKey(const QDate &d)
{
    return d.year() * 100 + d.month();
}

QString jsonList(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

// A stretch of the period: whole months read from the aggregate, or days cut from a month counted
// from the facts of their cases (or read as the month less the days left out: addStretch).
struct Stretch {
    QDate from, to;
    bool wholeMonths;
};

QList<Stretch> stretchesOf(const QDate &from, const QDate &to)
{
    QList<Stretch> out;
    QDate d = from;
    while (d <= to) {
        const QDate monthEnd(d.year(), d.month(), d.daysInMonth());
        const QDate end = qMin(monthEnd, to);
        const bool whole = d.day() == 1 && end == monthEnd;
        if (whole && !out.isEmpty() && out.last().wholeMonths)
            out.last().to = end;
        else
            out << Stretch{d, end, whole};
        d = end.addDays(1);
    }
    return out;
}

class Counter
{
public:
    Counter(const FigureSource &source, const StatsRequest &r, const Org &org)
        : m_source(source)
        , m_r(r)
        , m_org(org)
    {}

    Status run(StatsTable &out)
    {
        if (m_r.from > m_r.to || !m_r.from.isValid() || !m_r.to.isValid())
            return Error::invalid(QStringLiteral("period"), QStringLiteral("from > to"));
        QHash<QString, Counts> byKey;
        QSet<QString> listed; // the groups counting the period's cases one by one would list
        for (const Stretch &s : stretchesOf(m_r.from, m_r.to))
            if (Status st = addStretch(s, byKey, listed); !st)
                return st;
        // Overdue is counted now: under the breakdown's groups, except months (now is none of them).
        QHash<QString, Counts> overdue;
        if (Status st = addOverdue(overdue); !st)
            return st;
        for (auto it = overdue.cbegin(); it != overdue.cend(); ++it) {
            if (m_r.by == Breakdown::Month) {
                out.total.add(it.value());
            } else {
                byKey[it.key()].add(it.value());
                listed.insert(it.key());
            }
        }
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            if (!listed.contains(it.key()))
                continue;
            out.total.add(it.value());
            if (m_r.by == Breakdown::None)
                continue;
            // A handler breakdown of units only leaves the cases handled in the office out.
            if (m_r.by == Breakdown::Unit && !it.key().startsWith(QLatin1String("u:")))
                continue;
            StatsGroup g = groupOf(it.key());
            g.counts = it.value();
            bool merged = false;
            for (StatsGroup &existing : out.groups)
                if (existing.key == g.key) {
                    existing.counts.add(g.counts);
                    merged = true;
                }
            if (!merged)
                out.groups << g;
        }
        std::sort(out.groups.begin(), out.groups.end(),
                  [](const StatsGroup &a, const StatsGroup &b) { return a.code < b.code; });
        return {};
    }

private:
    // The aggregate table the breakdown reads, and the column its rows are grouped by.
    QPair<QString, QString> source() const
    {
        switch (m_r.by) {
        case Breakdown::Channel: return {QStringLiteral("stats_grid_channel"), QStringLiteral("channel")};
        case Breakdown::Handler:
        case Breakdown::Unit: return {QStringLiteral("stats_grid_handler"), QStringLiteral("handler")};
        case Breakdown::Category:
        case Breakdown::CategoryGroup:
            return {m_r.scope.kind == StatsScope::Grid ? QStringLiteral("stats_grid_category")
                                                       : QStringLiteral("stats_community_category"),
                    QStringLiteral("category_id")};
        case Breakdown::Month: return {QStringLiteral("stats_grid"), QStringLiteral("month")};
        case Breakdown::None:
        case Breakdown::Street:
        case Breakdown::Community:
        case Breakdown::Grid: break;
        }
        return {QStringLiteral("stats_grid"), QStringLiteral("grid_id")};
    }

    // The scope as a condition on a row (aggregate or facts) and its bound value.
    QPair<QString, QString> scopeCondition(const QString &table) const
    {
        if (m_r.scope.kind == StatsScope::Office)
            return {};
        const bool byCommunity = table == QLatin1String("stats_community_category");
        QStringList ids;
        switch (m_r.scope.kind) {
        case StatsScope::Grid: ids << m_r.scope.id; break;
        case StatsScope::Community:
            if (byCommunity)
                ids << m_r.scope.id;
            else
                for (auto it = m_org.grids.cbegin(); it != m_org.grids.cend(); ++it)
                    if (it->parent == m_r.scope.id)
                        ids << it.key();
            break;
        case StatsScope::Street:
            for (auto it = m_org.communities.cbegin(); it != m_org.communities.cend(); ++it) {
                if (it->parent != m_r.scope.id)
                    continue;
                if (byCommunity)
                    ids << it.key();
                else
                    for (auto g = m_org.grids.cbegin(); g != m_org.grids.cend(); ++g)
                        if (g->parent == it.key())
                            ids << g.key();
            }
            break;
        case StatsScope::Office: break;
        }
        return {QStringLiteral(" AND %1 IN (SELECT value FROM json_each(?))")
                    .arg(byCommunity ? QStringLiteral("community_id") : QStringLiteral("grid_id")),
                jsonList(ids)};
    }

    // A stretch added to the groups. Days cut from a month are summed from the facts of their cases;
    // when they are most of the month, the month's aggregate less the days left out is the same sum
    // and reads at most half a month's facts (a city's cut month: 100,000 of them).
    Status addStretch(const Stretch &s, QHash<QString, Counts> &byKey, QSet<QString> &listed)
    {
        const QDate monthStart(s.from.year(), s.from.month(), 1);
        const QDate monthEnd(s.from.year(), s.from.month(), s.from.daysInMonth());
        const qint64 days = s.from.daysTo(s.to) + 1, leftOutDays = s.from.daysInMonth() - days;
        QHash<QString, Counts> part;
        if (s.wholeMonths || leftOutDays >= days) {
            if (Status st = add(s, part); !st)
                return st;
            for (auto it = part.cbegin(); it != part.cend(); ++it) {
                byKey[it.key()].add(it.value());
                listed.insert(it.key());
            }
            return {};
        }
        QHash<QString, Counts> leftOut;
        if (Status st = add(Stretch{monthStart, monthEnd, true}, part); !st)
            return st;
        if (s.from > monthStart)
            if (Status st = add(Stretch{monthStart, s.from.addDays(-1), false}, leftOut); !st)
                return st;
        if (s.to < monthEnd)
            if (Status st = add(Stretch{s.to.addDays(1), monthEnd, false}, leftOut); !st)
                return st;
        const QString received = QStringLiteral("n");
        for (auto it = part.cbegin(); it != part.cend(); ++it) {
            Counts net = it.value();
            const Counts out = leftOut.value(it.key());
            for (int i = 0; i < net.m.size(); ++i)
                net.m[i] -= out.m.value(i);
            // A group with none of its cases in the days is not listed: counting them would not list it.
            if (net[received] <= 0)
                continue;
            byKey[it.key()].add(net);
            listed.insert(it.key());
        }
        return {};
    }

    Status add(const Stretch &s, QHash<QString, Counts> &byKey)
    {
        const auto [table, group] = source();
        const auto [scopeSql, scopeIds] = scopeCondition(table);
        QStringList sums;
        for (const QString &m : measureNames())
            sums << QStringLiteral("sum(%1)").arg(m);
        QString sql;
        QVariantList bind;
        if (s.wholeMonths) {
            sql = QStringLiteral("SELECT %1, %2 FROM %3 WHERE view = ? AND month BETWEEN ? AND ?%4 GROUP BY 1")
                      .arg(group, sums.join(QStringLiteral(", ")), table, scopeSql);
            bind << int(m_r.view) << monthKey(s.from) << monthKey(s.to);
        } else {
            // Days cut from a month: summed from the facts the store keeps for each case, or
            // counted from the cases with the same definitions.
            const bool received = m_r.view == View::Received;
            const qint64 from = gd::cases::dayStartMs(s.from), to = gd::cases::dayStartMs(s.to.addDays(1));
            QString facts;
            if (!m_source.caseFacts.isEmpty())
                facts =
                    QStringLiteral("SELECT * FROM %1 c WHERE c.%2 >= %3 AND c.%2 < %4")
                        .arg(m_source.caseFacts, received ? QStringLiteral("received_ms") : QStringLiteral("done_ms"))
                        .arg(from)
                        .arg(to);
            else
                facts = factsFromCases(
                    received ? QStringLiteral("c.received_ms >= %1 AND c.received_ms < %2").arg(from).arg(to)
                             // Done in the days (doneMsSql), spelled so that the completed_ms and
                             // closed_ms indexes serve it.
                             : QStringLiteral("(c.completed_ms >= %1 AND c.completed_ms < %2) OR ((%3) = 1 AND "
                                              "c.closed_ms >= %1 AND c.closed_ms < %2)")
                                   .arg(from)
                                   .arg(to)
                                   .arg(stateClassSql(QStringLiteral("c"))),
                    m_source.fence);
            sql = QStringLiteral("SELECT %1, %2 FROM (SELECT f.*, f.%3 AS month FROM (%4) f) m WHERE month IS "
                                 "NOT NULL%5 GROUP BY 1")
                      .arg(group, sums.join(QStringLiteral(", ")),
                           received ? QStringLiteral("received_month") : QStringLiteral("done_month"), facts, scopeSql);
        }
        if (!scopeIds.isEmpty())
            bind << scopeIds;
        auto prepared = prepare(sql);
        if (!prepared)
            return prepared.error();
        QSqlQuery &q = *prepared;
        for (const QVariant &v : bind)
            q.addBindValue(v);
        if (!q.exec())
            return Error::make(ErrorKind::Internal, q.lastError().text());
        const int measures = int(measureNames().size());
        while (q.next()) {
            Counts &c = byKey[q.value(0).toString()];
            for (int i = 0; i < measures; ++i)
                c.m[i] += q.value(i + 1).toLongLong();
        }
        return {};
    }

    // The open cases past their deadline now, under the breakdown's key.
    Status addOverdue(QHash<QString, Counts> &byKey)
    {
        const auto [table, group] = source();
        QString key = QStringLiteral("coalesce(c.grid_id, '')");
        if (group == QLatin1String("channel"))
            key = QStringLiteral("c.channel");
        else if (group == QLatin1String("category_id"))
            key = QStringLiteral("coalesce(c.category_id, '')");
        else if (group == QLatin1String("handler"))
            key = QStringLiteral("CASE WHEN coalesce(c.handler_worker_id, '') <> '' THEN 'w:' || c.handler_worker_id "
                                 "WHEN coalesce(c.handler_unit_id, '') <> '' THEN 'u:' || c.handler_unit_id ELSE '' "
                                 "END");
        auto [scopeSql, scopeIds] = scopeCondition(QStringLiteral("stats_grid"));
        scopeSql.replace(QLatin1String(" grid_id IN"), QLatin1String(" c.grid_id IN"));
        // The open states written out, not bound: a bound list is planned as of unknown length, and
        // PostgreSQL then reads every case of a city instead of the open ones by their index.
        QStringList open;
        for (const QString &state : timeliness::openStates())
            open << quotedText(state);
        auto prepared = prepare(
            QStringLiteral("SELECT %1, count(*) FROM cases c WHERE c.deleted = 0 AND c.state IN "
                           "(%2) AND %3%4 GROUP BY 1")
                .arg(key, open.join(QStringLiteral(", ")), timeliness::overdueSql(QStringLiteral("c")), scopeSql));
        if (!prepared)
            return prepared.error();
        QSqlQuery &q = *prepared;
        q.addBindValue(m_source.nowMs);
        if (!scopeIds.isEmpty())
            q.addBindValue(scopeIds);
        if (!q.exec())
            return Error::make(ErrorKind::Internal, q.lastError().text());
        const int overdue = int(measureNames().size());
        while (q.next())
            byKey[q.value(0).toString()].m[overdue] += q.value(1).toLongLong();
        return {};
    }

    StatsGroup groupOf(const QString &key) const
    {
        StatsGroup g;
        g.key = key;
        const auto place = [](const QHash<QString, Org::Place> &in, const QString &id, StatsGroup &into) {
            const Org::Place p = in.value(id);
            into.key = id;
            into.code = p.code;
            into.name = p.name;
        };
        switch (m_r.by) {
        case Breakdown::Grid: place(m_org.grids, key, g); break;
        case Breakdown::Community: place(m_org.communities, m_org.grids.value(key).parent, g); break;
        case Breakdown::Street:
            place(m_org.streets, m_org.communities.value(m_org.grids.value(key).parent).parent, g);
            break;
        case Breakdown::Category: place(m_org.categories, key, g); break;
        case Breakdown::CategoryGroup: {
            const QString parent = m_org.categories.value(key).parent;
            place(m_org.categories, parent.isEmpty() ? key : parent, g);
            break;
        }
        case Breakdown::Channel:
            g.code = key;
            g.name = cases::channelName(key);
            break;
        case Breakdown::Handler:
        case Breakdown::Unit:
            g.code = key;
            g.name = key.startsWith(QLatin1String("w:"))   ? m_org.workers.value(key.mid(2))
                     : key.startsWith(QLatin1String("u:")) ? m_org.units.value(key.mid(2))
                                                           : QString();
            break;
        case Breakdown::Month: {
            const int m = key.toInt();
            g.key = g.code = g.name = QStringLiteral("%1-%2").arg(m / 100).arg(m % 100, 2, 10, QLatin1Char('0'));
            break;
        }
        case Breakdown::None: break;
        }
        return g;
    }

    // A prepared statement in the source's words.
    Result<QSqlQuery> prepare(const QString &sql) const
    {
        QSqlQuery q(m_source.db);
        q.setForwardOnly(true);
        if (!q.prepare(m_source.statement(sql)))
            return Error::make(ErrorKind::Internal, q.lastError().text());
        return q;
    }

    const FigureSource &m_source;
    const StatsRequest &m_r;
    const Org &m_org;
};

} // namespace

QStringList breakdownKeys()
{
    QStringList out;
    for (const char *k : kBreakdownKeys)
        out << QString::fromLatin1(k);
    return out;
}

bool breakdownFromKey(const QString &key, Breakdown *by)
{
    const int i = int(breakdownKeys().indexOf(key));
    if (i < 0)
        return false;
    *by = Breakdown(i);
    return true;
}

Result<StatsTable> count(const FigureSource &source, const StatsRequest &request)
{
    auto org = readOrg(source);
    if (!org)
        return org.error();
    StatsTable out;
    if (Status s = Counter(source, request, *org).run(out); !s)
        return s.error();
    return out;
}

Result<StatsTable> count(Database &db, const StatsRequest &request)
{
    return count(FigureSource::of(db), request);
}

QPair<QDate, QDate> previousPeriod(const QDate &from, const QDate &to)
{
    const bool wholeMonths = from.day() == 1 && to.day() == to.daysInMonth();
    if (wholeMonths) {
        const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        const QDate start = from.addMonths(-months);
        return {start, from.addDays(-1)};
    }
    const qint64 days = from.daysTo(to) + 1;
    return {from.addDays(-days), from.addDays(-1)};
}

QPair<QDate, QDate> yearEarlier(const QDate &from, const QDate &to)
{
    const QDate end =
        to.day() == to.daysInMonth() ? QDate(to.year() - 1, to.month(), 1).addMonths(1).addDays(-1) : to.addYears(-1);
    return {from.addYears(-1), end};
}

} // namespace gd::stats
