// ExemplaryService's reads: one write-up, and the list a filter finds.
#include "ExemplarySearch.h"
#include "ExemplaryService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::ExemplaryService)
};

const QString kColumns = QStringLiteral(
    "e.id, e.source_kind, e.source_id, e.community_id, coalesce(e.grid_id, ''), e.happened_on, e.category, e.title, "
    "e.background, e.actions, e.effect, e.lessons, coalesce(e.worker_id, ''), e.worker_name, e.worker_star, e.state, "
    "e.approved_by, e.approved_ms, coalesce(c.street_id, ''), coalesce(s.name, ''), coalesce(c.name, ''), "
    "coalesce(g.name, '') FROM exemplary_cases e LEFT JOIN communities c ON c.id = e.community_id LEFT JOIN streets s "
    "ON s.id = c.street_id LEFT JOIN grids g ON g.id = e.grid_id");

ExemplaryCase fromRow(const QSqlQuery &q)
{
    ExemplaryCase w;
    w.id = q.value(0).toString();
    w.sourceKind = q.value(1).toString();
    w.sourceId = q.value(2).toString();
    w.communityId = q.value(3).toString();
    w.gridId = q.value(4).toString();
    w.happenedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    w.category = q.value(6).toString();
    w.title = q.value(7).toString();
    w.background = q.value(8).toString();
    w.actions = q.value(9).toString();
    w.effect = q.value(10).toString();
    w.lessons = q.value(11).toString();
    w.workerId = q.value(12).toString();
    w.workerName = q.value(13).toString();
    w.workerStar = q.value(14).toInt();
    w.state = q.value(15).toString();
    w.approvedBy = q.value(16).toString();
    w.approvedMs = q.value(17).toLongLong();
    w.streetId = q.value(18).toString();
    w.streetName = q.value(19).toString();
    w.communityName = q.value(20).toString();
    w.gridName = q.value(21).toString();
    return w;
}

} // namespace

Result<ExemplaryCase> ExemplaryService::get(const QString &id, bool withPhotos) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE e.id = ? AND e.deleted = 0"));
    q.addBindValue(id);
    if (Status failed = exec(q); !failed)
        return failed.error();
    if (!q.next())
        return Error::make(ErrorKind::NotFound, Text::tr("There is no such write-up."));
    ExemplaryCase w = fromRow(q);
    if (!withPhotos)
        return w;
    QSqlQuery p(m_db.sql());
    p.prepare(QStringLiteral("SELECT id, image, caption FROM exemplary_photos WHERE exemplary_id = ? AND deleted = 0 "
                             "ORDER BY created_hlc, id"));
    p.addBindValue(id);
    if (Status failed = exec(p); !failed)
        return failed.error();
    while (p.next())
        w.photos << ExemplaryPhoto{p.value(0).toString(), p.value(1).toByteArray(), p.value(2).toString()};
    return w;
}

Result<QList<ExemplaryCase>> ExemplaryService::list(const ExemplaryFilter &f, int limit) const
{
    QSet<QString> found;
    const bool searching = !f.text.trimmed().isEmpty();
    if (searching) {
        auto hits = exemplary::search(m_db, f.text);
        if (!hits)
            return hits.error();
        found = *hits;
        if (found.isEmpty())
            return QList<ExemplaryCase>();
    }
    QStringList where{QStringLiteral("e.deleted = 0")};
    QVariantList binds;
    if (f.year > 0) {
        where << QStringLiteral("e.happened_on BETWEEN ? AND ?");
        binds << QStringLiteral("%1-01-01").arg(f.year, 4, 10, QLatin1Char('0'))
              << QStringLiteral("%1-12-31").arg(f.year, 4, 10, QLatin1Char('0'));
    }
    if (!f.streetId.isEmpty()) {
        where << QStringLiteral("c.street_id = ?");
        binds << f.streetId;
    }
    if (!f.communityId.isEmpty()) {
        where << QStringLiteral("e.community_id = ?");
        binds << f.communityId;
    }
    if (!f.state.isEmpty()) {
        where << QStringLiteral("e.state = ?");
        binds << f.state;
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")) +
              QStringLiteral(" ORDER BY e.happened_on DESC, e.id DESC"));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<ExemplaryCase> out;
    while (q.next() && out.size() < limit)
        if (!searching || found.contains(q.value(0).toString()))
            out << fromRow(q);
    return out;
}

} // namespace gd
