#pragma once
// What the demo's generators of grid work (visits, disputes …) share: rows written straight into an
// exchanged table with the metadata a first insert gives them (RowStore::insert: created and
// changed at the same stamp by this office, the stamp in the version vector), and a random pick
// from a list of texts.
#include "DemoNames.h"
#include "storage/Database.h"
#include "storage/Result.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace gd::demo {

class RowWriter
{
public:
    RowWriter(Database &db, const char *table, const QStringList &fields)
        : m_db(db)
        , m_q(db.sql())
    {
        QStringList marks(fields.size() + 6, QStringLiteral("?"));
        m_q.prepare(
            QStringLiteral("INSERT INTO %1(id, origin_site, created_hlc, site, hlc, vv, %2) VALUES(%3)")
                .arg(QLatin1String(table), fields.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    }
    Status insert(const QString &id, const QVariantList &values)
    {
        const qint64 stamp = m_db.nextStamp();
        const QString site = m_db.siteId();
        m_q.addBindValue(id);
        m_q.addBindValue(site);
        m_q.addBindValue(stamp);
        m_q.addBindValue(site);
        m_q.addBindValue(stamp);
        m_q.addBindValue(QStringLiteral("{\"%1\":\"%2\"}").arg(site).arg(stamp));
        for (const QVariant &v : values)
            m_q.addBindValue(v);
        if (!m_q.exec())
            return Error::make(ErrorKind::Internal, m_q.lastError().text());
        return {};
    }

private:
    Database &m_db;
    QSqlQuery m_q;
};

inline QString pick(QRandomGenerator &rng, List<const char *> list)
{
    return QString::fromUtf8(list[rng.bounded(quint32(list.count))]);
}

template <size_t N> QString pick(QRandomGenerator &rng, const char *const (&list)[N])
{
    return QString::fromUtf8(list[rng.bounded(quint32(N))]);
}

// A resident's name and mobile number, as the demo's people have them.
inline QString personName(QRandomGenerator &rng)
{
    return pick(rng, surnames()) + pick(rng, rng.bounded(2) ? femaleGiven() : maleGiven());
}
inline QString mobile(QRandomGenerator &rng)
{
    return pick(rng, mobilePrefixes()) + QStringLiteral("%1").arg(rng.bounded(100000000u), 8, 10, QLatin1Char('0'));
}

} // namespace gd::demo
