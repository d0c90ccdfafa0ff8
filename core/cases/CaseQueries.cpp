#include "CaseQueries.h"

#include "CaseTypes.h"
#include "WorkCalendar.h"
#include "Workflow.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>
#include <memory>
#include <vector>

namespace gd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gd::CaseQueries", text);
}

const char kStateReceivedIndex[] = "cases_state_received";
const char kUpdatedIndex[] = "cases_updated";

// The columns of a CaseRow, in readRow()'s order. LEFT JOINs by primary key: one lookup each
// for the rows a page steps over, never a scan.
const char kSelect[] =
    "SELECT c.id, c.number, c.state, c.channel, c.urgency, k.name, g.code, g.name, c.address, c.reporter_name, "
    "c.reporter_phone, substr(c.description, 1, %1), c.received_ms, c.due_ms, c.updated_ms, "
    "COALESCE(w.name, u.name, ''), c.lead_name, c.supervision, c.report_count "
    "FROM cases c LEFT JOIN categories k ON k.id = c.category_id LEFT JOIN grids g ON g.id = c.grid_id "
    "LEFT JOIN workers w ON w.id = c.handler_worker_id LEFT JOIN units u ON u.id = c.handler_unit_id ";

// The deadline order reads cases with a deadline first (phase 0), then those without (phase 1):
// NULLs cannot take part in the (value, id) comparison of a key.
struct Key {
    bool set = false;
    int phase = 0;
    qint64 value = 0;
    QString id;
};

struct Fetched {
    CaseRow row;
    qint64 value = 0; // the sort column
    int phase = 0;
};

QString sortKey(CaseSort sort)
{
    switch (sort) {
    case CaseSort::ReceivedAsc: return QStringLiteral("received_asc");
    case CaseSort::DueAsc: return QStringLiteral("due");
    case CaseSort::UpdatedDesc: return QStringLiteral("updated");
    case CaseSort::ReceivedDesc: break;
    }
    return QStringLiteral("received");
}

bool descending(CaseSort sort)
{
    return sort == CaseSort::ReceivedDesc || sort == CaseSort::UpdatedDesc;
}

QString sortColumn(CaseSort sort)
{
    switch (sort) {
    case CaseSort::DueAsc: return QStringLiteral("c.due_ms");
    case CaseSort::UpdatedDesc: return QStringLiteral("c.updated_ms");
    default: return QStringLiteral("c.received_ms");
    }
}

// A key is opaque to callers; base64 keeps them from reading meaning into it.
QString encodeKey(CaseSort sort, const Key &k)
{
    const QString plain = QStringLiteral("1|%1|%2|%3|%4").arg(sortKey(sort)).arg(k.phase).arg(k.value).arg(k.id);
    return QString::fromLatin1(
        plain.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<Key> decodeKey(CaseSort sort, const QString &text)
{
    const Error bad = Error::invalid(QStringLiteral("after_key"), tr("The page key does not belong to this list."));
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                              QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return bad;
    const QStringList parts = QString::fromUtf8(*decoded).split(QLatin1Char('|'));
    if (parts.size() != 5 || parts.at(0) != QLatin1String("1") || parts.at(1) != sortKey(sort) || parts.at(4).isEmpty())
        return bad;
    Key k;
    bool phaseOk = false, valueOk = false;
    k.phase = parts.at(2).toInt(&phaseOk);
    k.value = parts.at(3).toLongLong(&valueOk);
    k.id = parts.at(4);
    if (!phaseOk || !valueOk || k.phase < 0 || k.phase > 1 || (k.phase == 1 && sort != CaseSort::DueAsc))
        return bad;
    k.set = true;
    return k;
}

void addList(QStringList *where, QVariantList *binds, const QString &column, const QStringList &values)
{
    // Fixed column names from this file; only the values are bound.
    where->append(QStringLiteral("%1 IN (%2)").arg(column, QStringList(values.size(), QStringLiteral("?")).join(',')));
    for (const QString &v : values)
        binds->append(v);
}

Fetched readRow(const QSqlQuery &q, CaseSort sort)
{
    Fetched f;
    CaseRow &r = f.row;
    int i = 0;
    r.id = q.value(i++).toString();
    r.number = q.value(i++).toString();
    r.state = q.value(i++).toString();
    r.channel = q.value(i++).toString();
    r.urgency = q.value(i++).toString();
    r.categoryName = q.value(i++).toString();
    r.gridCode = q.value(i++).toString();
    r.gridName = q.value(i++).toString();
    r.address = q.value(i++).toString();
    r.reporterName = q.value(i++).toString();
    r.reporterPhone = q.value(i++).toString();
    r.description = q.value(i++).toString();
    r.receivedMs = q.value(i++).toLongLong();
    r.dueMs = q.value(i++).toLongLong();
    r.updatedMs = q.value(i++).toLongLong();
    r.handlerName = q.value(i++).toString();
    r.leadName = q.value(i++).toString();
    r.supervision = q.value(i++).toString();
    r.reportCount = q.value(i++).toInt();
    f.value = sort == CaseSort::DueAsc ? r.dueMs : sort == CaseSort::UpdatedDesc ? r.updatedMs : r.receivedMs;
    return f;
}

// The merge order, the same as the statements' ORDER BY. Ids are ASCII UUIDs, so QString's
// order is SQLite's BINARY order.
bool comesBefore(const Fetched &a, const Fetched &b, CaseSort sort, int phase)
{
    if (phase == 1)
        return a.row.id < b.row.id;
    if (a.value != b.value)
        return descending(sort) ? a.value > b.value : a.value < b.value;
    return descending(sort) ? a.row.id > b.row.id : a.row.id < b.row.id;
}

QStringList idColumn(QSqlQuery &q)
{
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    q.finish();
    return out;
}

} // namespace

struct CaseQueries::Plan {
    bool empty = false; // a filter that can match nothing (a street without grids)
    qint64 now = 0;
    CaseSort sort = CaseSort::ReceivedDesc;
    // The list read as one index range per value and merged; empty column: one statement.
    QString driverColumn;
    QStringList driverValues;
    QStringList where; // the other filters, "?" bound from binds in order
    QVariantList binds;
    QStringList countWhere; // the same filters with the driver's list inline, for count()
    QVariantList countBinds;
};

QStringList CaseQueries::recommendedIndexes()
{
    return {QStringLiteral("CREATE INDEX %1 ON cases(state, received_ms)").arg(QLatin1String(kStateReceivedIndex)),
            QStringLiteral("CREATE INDEX %1 ON cases(updated_ms)").arg(QLatin1String(kUpdatedIndex))};
}

QStringList CaseQueries::sortKeys()
{
    return {QStringLiteral("received"), QStringLiteral("received_asc"), QStringLiteral("due"),
            QStringLiteral("updated")};
}

bool CaseQueries::sortFromKey(const QString &key, CaseSort *sort)
{
    for (CaseSort s : {CaseSort::ReceivedDesc, CaseSort::ReceivedAsc, CaseSort::DueAsc, CaseSort::UpdatedDesc})
        if (sortKey(s) == key) {
            *sort = s;
            return true;
        }
    return false;
}

bool CaseQueries::hasIndex(const QString &name) const
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases' AND name = ?"));
    q.addBindValue(name);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

Result<CaseQueries::Plan> CaseQueries::plan(const CaseFilter &filter) const
{
    const QStringList known = cases::states();
    for (const QString &s : filter.states)
        if (!known.contains(s))
            return Error::invalid(QStringLiteral("states"), tr("State: \"%1\" is not a case state.").arg(s));
    if (!filter.due.isEmpty() && filter.due != QLatin1String("due_soon") && filter.due != QLatin1String("overdue"))
        return Error::invalid(QStringLiteral("due"), tr("Deadline: choose due soon or overdue."));
    if (!filter.channel.isEmpty() && !cases::channels().contains(filter.channel))
        return Error::invalid(QStringLiteral("channel"), tr("Channel: choose how the request arrived."));

    Plan p;
    p.sort = filter.sort;
    p.now = filter.nowMs > 0 ? filter.nowMs : m_db.nowMs();

    // The deadline filters keep the open states only: a closed case is neither soon due nor late.
    QStringList states = filter.states;
    if (!filter.due.isEmpty()) {
        QStringList open;
        for (const QString &s : known)
            if (workflow::isOpen(s) && (states.isEmpty() || states.contains(s)))
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
        QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT g.id FROM grids g JOIN communities m ON m.id = "
                                                    "g.community_id WHERE m.street_id = ? ORDER BY g.id"));
        q.addBindValue(filter.streetId);
        if (!q.exec())
            return Error::make(ErrorKind::Internal, q.lastError().text());
        narrow(idColumn(q));
    }
    if (!filter.communityId.isEmpty()) {
        QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id FROM grids WHERE community_id = ? ORDER BY id"));
        q.addBindValue(filter.communityId);
        if (!q.exec())
            return Error::make(ErrorKind::Internal, q.lastError().text());
        narrow(idColumn(q));
    }
    if (!filter.gridId.isEmpty())
        narrow({filter.gridId});
    p.empty = p.empty || (gridFilter && grids.isEmpty());

    // The category and everything under it (the tree is two levels today; the walk does not care).
    QStringList categories;
    if (!filter.categoryId.isEmpty()) {
        categories << filter.categoryId;
        for (int i = 0; i < categories.size() && i < 10000; ++i) {
            QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id FROM categories WHERE parent_id = ?"));
            q.addBindValue(categories.at(i));
            if (!q.exec())
                return Error::make(ErrorKind::Internal, q.lastError().text());
            for (const QString &child : idColumn(q))
                if (!categories.contains(child))
                    categories << child;
        }
    }

    const bool byReceived = p.sort == CaseSort::ReceivedDesc || p.sort == CaseSort::ReceivedAsc;
    const bool stateReceived = byReceived && hasIndex(QLatin1String(kStateReceivedIndex));
    if (byReceived && gridFilter) {
        p.driverColumn = QStringLiteral("c.grid_id");
        p.driverValues = grids;
    } else if (byReceived && !categories.isEmpty()) {
        p.driverColumn = QStringLiteral("c.category_id");
        p.driverValues = categories;
    } else if ((stateReceived && !states.isEmpty()) || p.sort == CaseSort::DueAsc) {
        // (state, due_ms) serves the deadline order one state at a time. With no state
        // filter, the states actually present are found by a skip-scan of that index, so a
        // state written by a newer GridDesk is listed too.
        p.driverColumn = QStringLiteral("c.state");
        p.driverValues = states;
        if (states.isEmpty() && filter.due.isEmpty()) {
            QSqlQuery &q = m_db.prepared(QStringLiteral(
                "WITH RECURSIVE s(x) AS (SELECT (SELECT min(state) FROM cases) UNION ALL "
                "SELECT (SELECT min(state) FROM cases WHERE state > s.x) FROM s WHERE s.x IS NOT NULL) "
                "SELECT x FROM s WHERE x IS NOT NULL"));
            if (!q.exec())
                return Error::make(ErrorKind::Internal, q.lastError().text());
            p.driverValues = idColumn(q);
            p.empty = p.empty || p.driverValues.isEmpty();
        }
    }

    qint64 soonEndMs = 0;
    if (filter.due == QLatin1String("due_soon")) {
        auto end = WorkCalendar::load(m_db).addWorkingDays(QDateTime::fromMSecsSinceEpoch(p.now, Qt::UTC), 1);
        if (!end)
            return end.error();
        soonEndMs = end->toMSecsSinceEpoch();
    }
    for (bool forCount : {false, true}) {
        QStringList &where = forCount ? p.countWhere : p.where;
        QVariantList &binds = forCount ? p.countBinds : p.binds;
        where << QStringLiteral("c.deleted = 0");
        if (gridFilter && (forCount || p.driverColumn != QLatin1String("c.grid_id")))
            addList(&where, &binds, QStringLiteral("c.grid_id"), grids);
        if (!categories.isEmpty() && (forCount || p.driverColumn != QLatin1String("c.category_id")))
            addList(&where, &binds, QStringLiteral("c.category_id"), categories);
        if (!states.isEmpty() && (forCount || p.driverColumn != QLatin1String("c.state"))) {
            // Archived and called-back cases are nearly the whole file. Listed newest first
            // without cases_state_received, the unary + keeps SQLite off cases_state_due (which
            // would sort them all for every page) and on cases_received, which stops after a page.
            const bool bulk = states.contains(QStringLiteral("archived")) ||
                              states.contains(QStringLiteral("callback_done"));
            const bool demote = !forCount && byReceived && !stateReceived && bulk;
            addList(&where, &binds, demote ? QStringLiteral("+c.state") : QStringLiteral("c.state"), states);
        }
        if (filter.due == QLatin1String("overdue")) {
            where << QStringLiteral("c.due_ms < ?");
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
    }
    return p;
}

namespace {

// One page statement: the driver's equality first (bound per range), the filters, the key.
QString pageSql(const QString &driverColumn, const QStringList &filters, CaseSort sort, int phase, bool keyed)
{
    QStringList where;
    if (!driverColumn.isEmpty())
        where << driverColumn + QStringLiteral(" = ?");
    where << filters;
    const QString col = sortColumn(sort);
    QString order;
    if (phase == 1) {
        where << QStringLiteral("c.due_ms IS NULL");
        if (keyed)
            where << QStringLiteral("c.id > ?");
        order = QStringLiteral("c.id");
    } else {
        if (sort == CaseSort::DueAsc)
            where << QStringLiteral("c.due_ms IS NOT NULL");
        const bool desc = descending(sort);
        // "col <= v" is the index range; the OR only settles the rows of the key's own value.
        if (keyed)
            where << QStringLiteral("%1 %2 ? AND (%1 %3 ? OR c.id %3 ?)")
                         .arg(col, QLatin1String(desc ? "<=" : ">="), QLatin1String(desc ? "<" : ">"));
        order = QStringLiteral("%1 %2, c.id %2").arg(col, QLatin1String(desc ? "DESC" : "ASC"));
    }
    return QString::fromLatin1(kSelect).arg(CaseQueries::kDescriptionChars) + QStringLiteral("WHERE ") +
           where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ?");
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
}

QVariantList keyBinds(const Key &k, int phase)
{
    if (!k.set)
        return {};
    if (phase == 1)
        return {k.id};
    return {k.value, k.value, k.id};
}

} // namespace

Result<CasePage> CaseQueries::page(const CaseFilter &filter, int limit, const QString &afterKey) const
{
    if (limit < 1 || limit > kMaxLimit)
        return Error::invalid(QStringLiteral("limit"),
                              tr("Page size: between 1 and %1 cases.").arg(kMaxLimit));
    Key key;
    if (!afterKey.isEmpty()) {
        auto k = decodeKey(filter.sort, afterKey);
        if (!k)
            return k.error();
        key = k.value();
    }
    auto planned = plan(filter);
    if (!planned)
        return planned.error();
    const Plan &p = planned.value();
    CasePage out;
    if (p.empty)
        return out;

    // One more row than asked tells whether a next page exists without an empty last page.
    const int want = limit + 1;
    QList<Fetched> got;
    auto run = [&](int phase, const Key &k) -> Status {
        const QString sql = pageSql(p.driverColumn, p.where, p.sort, phase, k.set);
        const QStringList drivers = p.driverColumn.isEmpty() ? QStringList{QString()} : p.driverValues;
        // Every range is stepped only as far as the merge takes rows from it, so a page reads
        // about want + drivers.size() rows whatever each range holds.
        std::vector<std::unique_ptr<QSqlQuery>> cursors;
        std::vector<Fetched> heads;
        std::vector<bool> live;
        for (const QString &d : drivers) {
            auto q = std::make_unique<QSqlQuery>(m_db.sql());
            q->setForwardOnly(true);
            if (!q->prepare(sql))
                return Error::make(ErrorKind::Internal, q->lastError().text());
            QVariantList binds;
            if (!p.driverColumn.isEmpty())
                binds << d;
            binds << p.binds << keyBinds(k, phase) << (want - got.size());
            bindAll(*q, binds);
            if (!q->exec())
                return Error::make(ErrorKind::Internal, q->lastError().text());
            const bool has = q->next();
            heads.push_back(has ? readRow(*q, p.sort) : Fetched());
            live.push_back(has);
            cursors.push_back(std::move(q));
        }
        while (got.size() < want) {
            int best = -1;
            for (int i = 0; i < int(cursors.size()); ++i)
                if (live[i] && (best < 0 || comesBefore(heads[i], heads[best], p.sort, phase)))
                    best = i;
            if (best < 0)
                break;
            heads[best].phase = phase;
            got << heads[best];
            live[best] = cursors[best]->next();
            if (live[best])
                heads[best] = readRow(*cursors[best], p.sort);
        }
        return {};
    };
    if (!key.set || key.phase == 0)
        if (Status s = run(0, key); !s)
            return s.error();
    if (p.sort == CaseSort::DueAsc && got.size() < want)
        if (Status s = run(1, key.phase == 1 ? key : Key()); !s)
            return s.error();

    for (int i = 0; i < got.size() && i < limit; ++i) {
        CaseRow r = got.at(i).row;
        r.overdue = workflow::isOpen(r.state) && r.dueMs > 0 && r.dueMs < p.now;
        out.rows << r;
    }
    if (got.size() > limit) {
        const Fetched &last = got.at(limit - 1);
        Key next;
        next.set = true;
        next.phase = last.phase;
        next.value = last.value;
        next.id = last.row.id;
        out.nextKey = encodeKey(p.sort, next);
    }
    return out;
}

Result<int> CaseQueries::count(const CaseFilter &filter) const
{
    auto planned = plan(filter);
    if (!planned)
        return planned.error();
    const Plan &p = planned.value();
    if (p.empty)
        return 0;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM cases c WHERE ") + p.countWhere.join(QStringLiteral(" AND ")));
    bindAll(q, p.countBinds);
    if (!q.exec() || !q.next())
        return Error::make(ErrorKind::Internal, q.lastError().text());
    return q.value(0).toInt();
}

QStringList CaseQueries::queryPlan(const CaseFilter &filter, const QString &afterKey) const
{
    Key key;
    if (!afterKey.isEmpty())
        if (auto k = decodeKey(filter.sort, afterKey))
            key = k.value();
    auto planned = plan(filter);
    if (!planned || planned->empty)
        return {};
    const Plan &p = planned.value();
    QList<int> phases{key.phase};
    if (p.sort == CaseSort::DueAsc && key.phase == 0)
        phases << 1;
    QStringList lines;
    for (int phase : phases) {
        const Key k = phase == key.phase ? key : Key();
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + pageSql(p.driverColumn, p.where, p.sort, phase, k.set));
        QVariantList binds;
        if (!p.driverColumn.isEmpty())
            binds << p.driverValues.value(0);
        binds << p.binds << keyBinds(k, phase) << 51;
        bindAll(q, binds);
        if (!q.exec())
            return {q.lastError().text()};
        while (q.next())
            lines << q.value(3).toString();
    }
    return lines;
}

} // namespace gd
