#include "HubOffices.h"

#include "HubConnection.h"

#include <QDateTime>

namespace gd::hub {

namespace {

exchange::SiteMarks lowered(exchange::SiteMarks marks, const exchange::SiteMarks &oldest)
{
    for (auto it = oldest.cbegin(); it != oldest.cend(); ++it)
        if (marks.contains(it.key()) && marks.value(it.key()) >= it.value())
            marks[it.key()] = it.value() - 1;
    return marks;
}

// The area as its column keeps it: "" (never NULL) for everything.
QString areaKey(const QString &area)
{
    return area.isNull() ? QStringLiteral("") : area;
}

} // namespace

Result<exchange::SiteMarks> officeMarks(HubConnection &hub, const QString &site, const QString &area)
{
    auto v =
        hub.scalar(QStringLiteral("SELECT marks FROM hub_offices WHERE site = ? AND scope = ?"), {site, areaKey(area)});
    if (!v)
        return v.error();
    return exchange::parseMarks(v->toString());
}

Status recordSentToOffice(HubConnection &hub, const QString &site, const QString &office, const QString &area,
                          const exchange::SiteMarks &marks, const QString &contentHex)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto known = hub.run(QStringLiteral("INSERT INTO hub_offices (site, scope, office) VALUES (?, ?, ?) ON CONFLICT "
                                        "(site, scope) DO UPDATE SET office = excluded.office"),
                         {site, areaKey(area), office});
    if (!known)
        return known.error();
    auto sent = hub.run(QStringLiteral("INSERT INTO hub_sent (content, site, scope, marks, sent_ms) VALUES (?, ?, ?, "
                                       "?, ?) ON CONFLICT (content) DO NOTHING"),
                        {contentHex, site, areaKey(area), exchange::marksJson(marks), now});
    return sent ? Status() : Status(sent.error());
}

Status applyOfficeAcks(HubConnection &hub, const QStringList &contents, const QString &fromSite)
{
    for (const QString &content : contents) {
        auto sent = hub.run(QStringLiteral("SELECT marks, sent_ms, scope FROM hub_sent WHERE content = ? AND site = ? "
                                           "AND acked_ms IS NULL"),
                            {content, fromSite});
        if (!sent)
            return sent.error();
        if (!sent->next())
            continue;
        const exchange::SiteMarks delivered = exchange::parseMarks(sent->value(0).toString());
        const qint64 sentMs = sent->value(1).toLongLong();
        const QString area = sent->value(2).toString();
        auto before = officeMarks(hub, fromSite, area);
        if (!before)
            return before.error();
        exchange::SiteMarks acked = *before;
        for (auto it = delivered.cbegin(); it != delivered.cend(); ++it)
            acked[it.key()] = qMax(acked.value(it.key(), -1), it.value());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto mark =
            hub.run(QStringLiteral("UPDATE hub_offices SET marks = ?, acked_ms = ? WHERE site = ? AND scope = ?"),
                    {exchange::marksJson(acked), now, fromSite, area});
        if (!mark)
            return mark.error();
        // The packages of the area sent before this one are covered by it: each started from what
        // the office had confirmed, not from what was sent.
        auto covered = hub.run(QStringLiteral("UPDATE hub_sent SET acked_ms = ? WHERE site = ? AND scope = ? AND "
                                              "acked_ms IS NULL AND (content = ? OR sent_ms <= ?)"),
                               {now, fromSite, area, content, sentMs});
        if (!covered)
            return covered.error();
    }
    return {};
}

Status lowerOfficeMarks(HubConnection &hub, const exchange::SiteMarks &oldestWritten)
{
    if (oldestWritten.isEmpty())
        return {};
    // Rows by their ctid: an office's marks are keyed by site and area, a package's by content.
    for (const char *table : {"hub_offices", "hub_sent"}) {
        const QString where =
            QLatin1String(table) == QLatin1String("hub_sent") ? QStringLiteral(" WHERE acked_ms IS NULL") : QString();
        auto rows = hub.run(QStringLiteral("SELECT ctid::text, marks FROM %1%2").arg(QLatin1String(table), where));
        if (!rows)
            return rows.error();
        QList<QPair<QString, QString>> changes;
        while (rows->next()) {
            const exchange::SiteMarks marks = exchange::parseMarks(rows->value(1).toString());
            const exchange::SiteMarks now = lowered(marks, oldestWritten);
            if (now != marks)
                changes.append({rows->value(0).toString(), exchange::marksJson(now)});
        }
        for (const auto &[row, marks] : std::as_const(changes)) {
            auto u =
                hub.run(QStringLiteral("UPDATE %1 SET marks = ? WHERE ctid = CAST(? AS tid)").arg(QLatin1String(table)),
                        {marks, row});
            if (!u)
                return u.error();
        }
    }
    return {};
}

} // namespace gd::hub
