#include "DisputeList.h"

#include "access/PersonalData.h"
#include "storage/Database.h"
#include "storage/KeysetPage.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::DisputeList)
};

const char kRowSql[] =
    "SELECT d.id, d.grid_id, g.name, d.kind, d.risk, d.source, d.outcome, d.referred_to, substr(d.summary, 1, 80), "
    "(SELECT group_concat(name, '、') FROM (SELECT name FROM dispute_parties p WHERE p.dispute_id = d.id AND "
    "p.deleted = 0 ORDER BY p.created_hlc, p.id)), coalesce(w.name, ''), coalesce(c.number, ''), d.reviewed_by, "
    "coalesce(pg.name, ''), d.found_ms, d.outcome_ms, d.followup_ms, d.reviewed_ms, (SELECT count(*) FROM "
    "dispute_sessions s WHERE s.dispute_id = d.id AND s.deleted = 0), coalesce(g.worker_id, ''), "
    "coalesce(g.head_id, ''), coalesce(pg.officer_id, '') FROM disputes d JOIN grids g ON g.id = d.grid_id LEFT "
    "JOIN workers w ON w.id = d.found_by LEFT JOIN cases c ON c.id = d.case_id LEFT JOIN police_grids pg ON pg.id = "
    "g.police_grid_id";

DisputeRow rowOf(const QSqlQuery &q, const Actor &actor)
{
    DisputeRow r;
    r.id = q.value(0).toString();
    r.gridId = q.value(1).toString();
    r.gridName = q.value(2).toString();
    r.kind = q.value(3).toString();
    r.risk = q.value(4).toString();
    r.source = q.value(5).toString();
    r.outcome = q.value(6).toString();
    r.referredTo = q.value(7).toString();
    r.summary = q.value(8).toString();
    r.parties = q.value(9).toString();
    r.foundByName = q.value(10).toString();
    r.caseNumber = q.value(11).toString();
    r.reviewedBy = q.value(12).toString();
    r.policeGridName = q.value(13).toString();
    r.foundMs = q.value(14).toLongLong();
    r.outcomeMs = q.value(15).toLongLong();
    r.followupMs = q.value(16).toLongLong();
    r.reviewedMs = q.value(17).toLongLong();
    r.sessions = q.value(18).toInt();
    r.shown = privacy::seesResidents(actor, q.value(19).toString(), q.value(20).toString(), q.value(21).toString());
    if (!r.shown) {
        QStringList masked;
        for (const QString &name : r.parties.split(QStringLiteral("、"), Qt::SkipEmptyParts))
            masked << privacy::maskName(name);
        r.parties = masked.join(QStringLiteral("、"));
        r.summary.clear(); // what a dispute is about names its parties as often as not
    }
    return r;
}

} // namespace

QList<keyset::Term> DisputeList::filterTerms(const DisputeFilter &f)
{
    QList<keyset::Term> where{{QStringLiteral("d.deleted = 0"), {}}};
    const auto add = [&](const QString &sql, const QVariant &value) { where << keyset::Term{sql, {value}}; };
    if (!f.gridId.isEmpty())
        add(QStringLiteral("d.grid_id = ?"), f.gridId);
    if (!f.communityId.isEmpty())
        add(QStringLiteral("d.grid_id IN (SELECT id FROM grids WHERE community_id = ?)"), f.communityId);
    if (!f.streetId.isEmpty())
        add(QStringLiteral("d.grid_id IN (SELECT sg.id FROM grids sg JOIN communities sc ON sc.id = sg.community_id "
                           "WHERE sc.street_id = ?)"),
            f.streetId);
    if (!f.policeGridId.isEmpty())
        add(QStringLiteral("d.grid_id IN (SELECT id FROM grids WHERE police_grid_id = ?)"), f.policeGridId);
    if (!f.kind.isEmpty())
        add(QStringLiteral("d.kind = ?"), f.kind);
    if (!f.risk.isEmpty())
        add(QStringLiteral("d.risk = ?"), f.risk);
    if (!f.source.isEmpty())
        add(QStringLiteral("d.source = ?"), f.source);
    if (!f.outcome.isEmpty())
        add(QStringLiteral("d.outcome = ?"), f.outcome);
    if (f.fromMs > 0)
        add(QStringLiteral("d.found_ms >= ?"), f.fromMs);
    if (f.toMs > 0)
        add(QStringLiteral("d.found_ms < ?"), f.toMs);
    if (f.endedFromMs > 0)
        add(QStringLiteral("d.outcome_ms >= ?"), f.endedFromMs);
    if (f.endedToMs > 0)
        add(QStringLiteral("d.outcome_ms > 0 AND d.outcome_ms < ?"), f.endedToMs);
    if (f.awaitingReview)
        where << keyset::Term{QStringLiteral("d.risk = 'high' AND d.reviewed_ms = 0"), {}};
    return where;
}

QString DisputeList::filterSql(const DisputeFilter &f, QVariantList *binds)
{
    return keyset::whereOf(filterTerms(f), binds);
}

Result<DisputePage> DisputeList::page(const DisputeFilter &f, int limit, const QString &afterKey) const
{
    if (limit < 1 || limit > kMaxLimit)
        return Error::invalid(QStringLiteral("limit"), Text::tr("Ask for 1 to %1 disputes at a time.").arg(kMaxLimit));
    QVariantList binds;
    const QString where = filterSql(f, &binds);
    return keyset::readPage<DisputePage>(
        m_db, QString::fromUtf8(kRowSql), where, binds, QStringLiteral("d.found_ms"), QStringLiteral("d.id"), limit,
        afterKey, [this](const QSqlQuery &q) { return rowOf(q, m_db.actor()); },
        [](const DisputeRow &r) { return keyset::keyOf(r.foundMs, r.id); });
}

Result<int> DisputeList::count(const DisputeFilter &f) const
{
    return countIn(ReadSource::of(m_db), f);
}

Result<QList<qint64>> DisputeList::countsIn(const ReadSource &source, const QList<DisputeFilter> &filters)
{
    return keyset::countRowsEach(source, QStringLiteral("disputes d"), filters, &DisputeList::filterTerms);
}

Result<int> DisputeList::countIn(const ReadSource &source, const DisputeFilter &f)
{
    QVariantList binds;
    const QString where = filterSql(f, &binds);
    return keyset::countRows(source, QStringLiteral("disputes d"), where, binds);
}

Result<QList<DisputeRow>> DisputeList::awaitingReview() const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("%1 WHERE d.deleted = 0 AND d.risk = 'high' AND d.reviewed_ms = 0 ORDER BY d.found_ms, "
                             "d.id")
                  .arg(QString::fromUtf8(kRowSql)));
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<DisputeRow> out;
    while (q.next())
        out << rowOf(q, m_db.actor());
    return out;
}

} // namespace gd
