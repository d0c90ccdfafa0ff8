#include "CaseQueries.h"

#include "CaseQueryPlan.h"
#include "CaseRowSql.h"
#include "Timeliness.h"
#include "Workflow.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <vector>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CaseQueries)
};

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
    case CaseSort::CallbackDueAsc: return QStringLiteral("callback_due");
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
    case CaseSort::CallbackDueAsc: return QStringLiteral("c.callback_due_ms");
    default: return QStringLiteral("c.received_ms");
    }
}

// A key is opaque to callers; base64 keeps them from reading meaning into it.
QString encodeKey(CaseSort sort, const Key &k)
{
    const QString plain = QStringLiteral("1|%1|%2|%3|%4").arg(sortKey(sort)).arg(k.phase).arg(k.value).arg(k.id);
    return QString::fromLatin1(plain.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<Key> decodeKey(CaseSort sort, const QString &text)
{
    const Error bad =
        Error::invalid(QStringLiteral("after_key"), Text::tr("The page key does not belong to this list."));
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

Fetched readRow(const QSqlQuery &q, CaseSort sort)
{
    Fetched f;
    f.row = readCaseRow(q);
    const CaseRow &r = f.row;
    f.value = sort == CaseSort::DueAsc           ? r.dueMs
              : sort == CaseSort::CallbackDueAsc ? r.callbackDueMs
              : sort == CaseSort::UpdatedDesc    ? r.updatedMs
                                                 : r.receivedMs;
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

// One page statement: the driver's equality first (bound per range), the filters, the key.
QString pageSql(const CaseQueryPlan &p, int phase, bool keyed)
{
    const CaseSort sort = p.sort;
    QStringList where;
    if (!p.driverColumn.isEmpty())
        where << p.driverColumn + QStringLiteral(" = ?");
    where << p.where;
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
        if (sort == CaseSort::CallbackDueAsc) // also what the partial index cases_callback_due holds
            where << QStringLiteral("c.callback_due_ms IS NOT NULL");
        const bool desc = descending(sort);
        // "col <= v" is the index range; the OR only settles the rows of the key's own value.
        if (keyed)
            where << QStringLiteral("%1 %2 ? AND (%1 %3 ? OR c.id %3 ?)")
                         .arg(col, QLatin1String(desc ? "<=" : ">="), QLatin1String(desc ? "<" : ">"));
        order = QStringLiteral("%1 %2, c.id %2").arg(col, QLatin1String(desc ? "DESC" : "ASC"));
    }
    const QString pinned = p.index.isEmpty() ? QString() : QStringLiteral(" INDEXED BY ") + p.index;
    if (p.sortIdsFirst) {
        // The page's ids are chosen from the sorted range alone; only they are then joined
        // with their categories, grids and handlers (sorting the joined rows cost 27 ms).
        return caseRowSelect() + QStringLiteral("WHERE c.rowid IN (SELECT c.rowid FROM cases c") + pinned +
               QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY ") + order +
               QStringLiteral(" LIMIT ?) ORDER BY ") + order;
    }
    return caseRowSelect(pinned) + QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) +
           QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ?");
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
}

// The values bound to pageSql()'s parameters, in its order.
QVariantList pageBinds(const CaseQueryPlan &p, const QString &driverValue, const Key &k, int phase, qint64 limit)
{
    QVariantList binds;
    if (!p.driverColumn.isEmpty())
        binds << driverValue;
    binds << p.binds;
    if (k.set && phase == 1)
        binds << k.id;
    else if (k.set)
        binds << k.value << k.value << k.id;
    return binds << limit;
}

} // namespace

CaseQueries::CaseQueries(Database &db)
    : m_source(ReadSource::of(db))
{}

QStringList CaseQueries::sortKeys()
{
    return {QStringLiteral("received"), QStringLiteral("received_asc"), QStringLiteral("due"),
            QStringLiteral("updated"), QStringLiteral("callback_due")};
}

bool CaseQueries::sortFromKey(const QString &key, CaseSort *sort)
{
    for (CaseSort s : {CaseSort::ReceivedDesc, CaseSort::ReceivedAsc, CaseSort::DueAsc, CaseSort::UpdatedDesc,
                       CaseSort::CallbackDueAsc})
        if (sortKey(s) == key) {
            *sort = s;
            return true;
        }
    return false;
}

Result<CasePage> CaseQueries::page(const CaseFilter &filter, int limit, const QString &afterKey) const
{
    if (limit < 1 || limit > kMaxLimit)
        return Error::invalid(QStringLiteral("limit"), Text::tr("Page size: between 1 and %1 cases.").arg(kMaxLimit));
    Key key;
    if (!afterKey.isEmpty()) {
        auto k = decodeKey(filter.sort, afterKey);
        if (!k)
            return k.error();
        key = k.value();
    }
    auto planned = planCaseQuery(m_source, filter);
    if (!planned)
        return planned.error();
    const CaseQueryPlan &p = planned.value();
    CasePage out;
    if (p.empty)
        return out;

    // One more row than asked tells whether a next page exists without an empty last page.
    const int want = limit + 1;
    QList<Fetched> got;
    auto run = [&](int phase, const Key &k) -> Status {
        const QString sql = pageSql(p, phase, k.set);
        const QStringList drivers = p.driverColumn.isEmpty() ? QStringList{QString()} : p.driverValues;
        // Every range is stepped only as far as the merge takes rows from it, so a page reads
        // about want + drivers.size() rows whatever each range holds.
        std::vector<std::unique_ptr<QSqlQuery>> cursors;
        std::vector<Fetched> heads;
        std::vector<bool> live;
        for (const QString &d : drivers) {
            auto q = std::make_unique<QSqlQuery>(m_source.db);
            // Qt's PostgreSQL driver reads a forward-only result a row at a time and loses it when
            // the next range's statement runs; read whole, each range is at most `want` rows.
            q->setForwardOnly(m_source.isFile());
            if (!q->prepare(m_source.statement(sql)))
                return Error::make(ErrorKind::Internal, q->lastError().text());
            bindAll(*q, pageBinds(p, d, k, phase, want - got.size()));
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
        r.overdue = timeliness::overdue(r.state, r.dueMs, p.now);
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
    auto planned = planCaseQuery(m_source, filter);
    if (!planned)
        return planned.error();
    const CaseQueryPlan &p = planned.value();
    if (p.empty)
        return 0;
    QSqlQuery q(m_source.db);
    q.setForwardOnly(true);
    // One grid or one worker is the narrowest slice for counting too ("one grid, archived"
    // counts that grid's few thousand cases, not every archived one). Elsewhere SQLite's own
    // choice counted fastest at a million cases: a state range read for a whole street or
    // district costs more than the plain scan of an index it picks.
    const bool narrow = p.index == QLatin1String("cases_handler") ||
                        (p.driverColumn == QLatin1String("c.grid_id") && p.driverValues.size() == 1);
    const QString pinned = narrow ? QStringLiteral(" INDEXED BY ") + p.index : QString();
    q.prepare(m_source.statement(QStringLiteral("SELECT count(*) FROM cases c%1 WHERE ").arg(pinned) +
                                 p.countWhere.join(QStringLiteral(" AND "))));
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
    auto planned = planCaseQuery(m_source, filter);
    if (!planned || planned->empty)
        return {};
    const CaseQueryPlan &p = planned.value();
    QList<int> phases{key.phase};
    if (p.sort == CaseSort::DueAsc && key.phase == 0)
        phases << 1;
    QStringList lines;
    for (int phase : phases) {
        const Key k = phase == key.phase ? key : Key();
        QSqlQuery q(m_source.db);
        // SQLite's plan rows carry their text in the fourth column, PostgreSQL's in the only one.
        q.prepare(m_source.isFile() ? QStringLiteral("EXPLAIN QUERY PLAN ") + pageSql(p, phase, k.set)
                                    : QStringLiteral("EXPLAIN ") + m_source.statement(pageSql(p, phase, k.set)));
        bindAll(q, pageBinds(p, p.driverValues.value(0), k, phase, 51));
        if (!q.exec())
            return {q.lastError().text()};
        while (q.next())
            lines << q.value(m_source.isFile() ? 3 : 0).toString();
    }
    return lines;
}

} // namespace gd
