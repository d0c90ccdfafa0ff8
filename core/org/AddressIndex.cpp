#include "AddressIndex.h"

#include "storage/Database.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace gd {

bool AddressIndex::containsWhole(const QString &hay, const QString &needle)
{
    if (needle.isEmpty())
        return false;
    for (qsizetype from = hay.indexOf(needle); from >= 0; from = hay.indexOf(needle, from + 1)) {
        const qsizetype end = from + needle.size();
        const bool cutBefore = from > 0 && hay.at(from - 1).isDigit() && needle.front().isDigit();
        const bool cutAfter = end < hay.size() && hay.at(end).isDigit() && needle.back().isDigit();
        if (!cutBefore && !cutAfter)
            return true;
    }
    return false;
}

AddressIndex::AddressIndex(Database &db)
{
    // The rows BuildingService::lookup reads: live addresses of live, active buildings.
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT a.building_id, a.grid_id, a.text, a.normalized FROM addresses a "
                               "JOIN buildings b ON b.id = a.building_id AND b.deleted = 0 AND b.active = 1 "
                               "WHERE a.deleted = 0")))
        return; // an empty index matches nothing, as the SQL would fail to
    while (q.next()) {
        Entry e{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}};
        if (e.normalized.isEmpty())
            continue;
        e.textBytes = e.text.toUtf8();
        const int at = int(m_entries.size());
        m_byFirst[e.normalized.front()] << at;
        QSet<QChar> seen;
        for (const QChar c : std::as_const(e.normalized))
            if (!seen.contains(c)) {
                seen.insert(c);
                m_holding[c] << at;
            }
        m_entries << e;
    }
}

QList<AddressMatch> AddressIndex::lookup(const QString &text, int limit) const
{
    const QString n = BuildingService::normalize(text);
    QList<AddressMatch> out;
    if (n.size() < 2)
        return out;
    // Candidates: a stored address inside the text starts with one of the text's characters; one
    // holding the text (when the text is 4 characters or more) holds its first character.
    QSet<int> candidates;
    for (const QChar c : n)
        for (int i : m_byFirst.value(c))
            candidates.insert(i);
    if (n.size() >= 4)
        for (int i : m_holding.value(n.front()))
            candidates.insert(i);
    struct Scored {
        int index;
        int score;
    };
    QList<Scored> scored;
    for (int i : std::as_const(candidates)) {
        const Entry &e = m_entries.at(i);
        const bool inside = n.contains(e.normalized);
        const bool holds = n.size() >= 4 && e.normalized.contains(n);
        if (!inside && !holds)
            continue;
        const int score = e.normalized == n ? 100
                          : inside          ? 50 + qMin(int(e.normalized.size()), 49)
                                            : 20 + qMin(int(n.size()), 29);
        scored << Scored{i, score};
    }
    // ORDER BY score DESC, length(a.normalized), a.text
    std::sort(scored.begin(), scored.end(), [this](const Scored &a, const Scored &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const Entry &x = m_entries.at(a.index), &y = m_entries.at(b.index);
        if (x.normalized.size() != y.normalized.size())
            return x.normalized.size() < y.normalized.size();
        return x.textBytes < y.textBytes;
    });
    QStringList seenBuildings;
    for (const Scored &s : std::as_const(scored)) {
        if (out.size() >= limit)
            break;
        const Entry &e = m_entries.at(s.index);
        if (e.normalized != n &&
            !(n.contains(e.normalized) ? containsWhole(n, e.normalized) : containsWhole(e.normalized, n)))
            continue;
        if (seenBuildings.contains(e.buildingId))
            continue;
        seenBuildings << e.buildingId;
        out << AddressMatch{e.buildingId, e.gridId, e.text, s.score};
    }
    return out;
}

} // namespace gd
