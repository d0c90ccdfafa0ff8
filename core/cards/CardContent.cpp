#include "CardContent.h"

#include "org/OfficeSettings.h"
#include "storage/Database.h"
#include "util/Language.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <iterator>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CardContents)
};

struct RepairUnit {
    QString name, phone, streetId;
};

// The cover worker, photo and all, of every grid that has one running today (start passed,
// no end or an end not yet reached); the newest cover wins when two overlap.
QHash<QString, CardContent> coversOn(Database &db, const QString &day)
{
    QHash<QString, CardContent> out;
    QSqlQuery &q = db.prepared(
        QStringLiteral("SELECT gc.grid_id, w.id, w.name, w.phone, w.photo FROM grid_covers gc "
                       "JOIN workers w ON w.id = gc.worker_id AND w.deleted = 0 AND w.status = 'active' "
                       "WHERE gc.deleted = 0 AND gc.start_date <= ? AND (gc.end_date = '' OR gc.end_date >= ?) "
                       "ORDER BY gc.start_date"));
    q.addBindValue(day);
    q.addBindValue(day);
    if (!exec(q))
        return out;
    while (q.next()) {
        CardContent &c = out[q.value(0).toString()];
        c.workerId = q.value(1).toString();
        c.workerName = q.value(2).toString();
        c.workerPhone = q.value(3).toString();
        c.workerPhoto = q.value(4).toByteArray();
    }
    q.finish();
    return out;
}

// The active units of the repair kinds that have a service phone, per kind.
QHash<QString, QList<RepairUnit>> repairUnits(Database &db)
{
    QHash<QString, QList<RepairUnit>> out;
    QSqlQuery &q = db.prepared(
        QStringLiteral("SELECT kind, name, service_phone, coalesce(street_id, '') FROM units WHERE deleted = 0 "
                       "AND active = 1 AND service_phone <> '' AND kind IN ('water', 'power', 'gas', 'heating') "
                       "ORDER BY name"));
    if (!exec(q))
        return out;
    while (q.next())
        out[q.value(0).toString()] << RepairUnit{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    q.finish();
    return out;
}

// The property lines of the grids whose buildings name more than one company: a building with no
// company of its own is served by its grid's. One line per compound and company.
Status fillCompounds(Database &db, QList<CardContent> &cards)
{
    QHash<QString, CardContent *> byGrid;
    for (CardContent &c : cards)
        byGrid.insert(c.gridId, &c);
    QSqlQuery &q =
        db.prepared(QStringLiteral("SELECT b.grid_id, b.compound, coalesce(u.name, ''), coalesce(u.service_phone, ''), "
                                   "b.property_unit_id IS NOT NULL FROM buildings b LEFT JOIN units u ON u.id = "
                                   "b.property_unit_id AND u.deleted = 0 WHERE b.deleted = 0 AND b.active = 1 "
                                   "ORDER BY b.grid_id, b.compound, b.name"));
    if (Status s = exec(q); !s)
        return s;
    QHash<QString, QList<PropertyLine>> lines;
    while (q.next()) {
        const CardContent *c = byGrid.value(q.value(0).toString());
        if (!c)
            continue;
        PropertyLine line{q.value(1).toString().trimmed(), q.value(2).toString(), q.value(3).toString()};
        if (!q.value(4).toBool()) {
            line.name = c->propertyName;
            line.phone = c->propertyPhone;
        }
        QList<PropertyLine> &grid = lines[c->gridId];
        const bool known = std::any_of(grid.cbegin(), grid.cend(), [&line](const PropertyLine &l) {
            return l.compound == line.compound && l.name == line.name;
        });
        if (!known)
            grid << line;
    }
    q.finish();
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        QSet<QString> companies;
        for (const PropertyLine &l : it.value())
            companies.insert(l.name);
        if (companies.size() > 1)
            byGrid.value(it.key())->compounds = it.value();
    }
    return {};
}

// The building leaders and volunteers serving each grid (worker_grids), the N of its 1+1+N team.
Status fillTeams(Database &db, QList<CardContent> &cards)
{
    QHash<QString, CardContent *> byGrid;
    for (CardContent &c : cards)
        byGrid.insert(c.gridId, &c);
    QSqlQuery &q = db.prepared(
        QStringLiteral("SELECT wg.grid_id, w.kind, w.name, w.phone FROM worker_grids wg JOIN workers w ON w.id = "
                       "wg.worker_id AND w.deleted = 0 AND w.status = 'active' WHERE wg.deleted = 0 AND w.kind IN "
                       "('building_leader', 'volunteer') ORDER BY wg.grid_id, w.kind, w.name"));
    if (Status s = exec(q); !s)
        return s;
    while (q.next())
        if (CardContent *c = byGrid.value(q.value(0).toString()))
            c->team << TeamMember{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    q.finish();
    return {};
}

// The street's own unit of a kind when there is one, else a district-wide one.
QList<RepairLine> repairsFor(const QHash<QString, QList<RepairUnit>> &units, const QString &streetId)
{
    QList<RepairLine> out;
    for (const QString &kind : cards::repairKinds()) {
        const RepairUnit *chosen = nullptr;
        for (const RepairUnit &u : units.value(kind)) {
            if (u.streetId == streetId) {
                chosen = &u;
                break;
            }
            if (u.streetId.isEmpty() && !chosen)
                chosen = &u;
        }
        if (chosen)
            out << RepairLine{kind, chosen->name, chosen->phone};
    }
    return out;
}

} // namespace

namespace cards {
QStringList repairKinds()
{
    return {QStringLiteral("water"), QStringLiteral("power"), QStringLiteral("gas"), QStringLiteral("heating")};
}

QString repairKindName(const QString &kind, const QString &language)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("water"), QT_TRANSLATE_NOOP("gd::CardContents", "Water")},
        {QStringLiteral("power"), QT_TRANSLATE_NOOP("gd::CardContents", "Power")},
        {QStringLiteral("gas"), QT_TRANSLATE_NOOP("gd::CardContents", "Gas")},
        {QStringLiteral("heating"), QT_TRANSLATE_NOOP("gd::CardContents", "Heating")},
    };
    const char *name = names.value(kind, nullptr);
    return name ? language::translate(language, "gd::CardContents", name) : kind;
}
} // namespace cards

Result<QList<CardContent>> CardContents::gather(const CardScope &scope) const
{
    static const char *const kWhere[] = {"g.id = ?", "c.id = ?", "s.id = ?"};
    QSqlQuery &q = m_db.prepared(
        QStringLiteral(
            "SELECT g.id, g.code, g.name, c.id, c.name, c.address, c.wechat, s.id, s.name, w.id, w.name, w.phone, "
            " h.name, h.phone, o.id, o.name, o.phone, pu.name, pu.service_phone, w.photo, g.no_property, "
            "w.party_member, g.promise, c.qr_url, c.qr_image "
            "FROM grids g JOIN communities c ON c.id = g.community_id JOIN streets s ON s.id = c.street_id "
            "LEFT JOIN workers w ON w.id = g.worker_id AND w.deleted = 0 AND w.status = 'active' "
            "LEFT JOIN workers h ON h.id = g.head_id AND h.deleted = 0 AND h.status = 'active' "
            "LEFT JOIN police_grids p ON p.id = g.police_grid_id AND p.deleted = 0 "
            "LEFT JOIN workers o ON o.id = p.officer_id AND o.deleted = 0 AND o.status = 'active' "
            "LEFT JOIN units pu ON pu.id = g.property_unit_id AND pu.deleted = 0 "
            "WHERE g.deleted = 0 AND (g.active = 1 OR g.id = ?) AND %1 ORDER BY g.code")
            .arg(QLatin1String(kWhere[scope.kind])));
    // A grid asked for by itself prints even when deactivated; a batch takes the active ones.
    q.addBindValue(scope.kind == CardScope::Grid ? scope.id : QString());
    q.addBindValue(scope.id);
    if (Status s = exec(q); !s)
        return s.error();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_db.nowMs(), QTimeZone(8 * 3600)).date();
    const OfficeIdentity office = OfficeSettings(m_db).load();
    QList<CardContent> out;
    // The text columns of the SELECT, in order; the photo follows them.
    static QString CardContent::*const columns[] = {
        &CardContent::gridId,          &CardContent::gridCode,      &CardContent::gridName,
        &CardContent::communityId,     &CardContent::communityName, &CardContent::communityAddress,
        &CardContent::communityWechat, &CardContent::streetId,      &CardContent::streetName,
        &CardContent::workerId,        &CardContent::workerName,    &CardContent::workerPhone,
        &CardContent::headName,        &CardContent::headPhone,     &CardContent::officerId,
        &CardContent::officerName,     &CardContent::officerPhone,  &CardContent::propertyName,
        &CardContent::propertyPhone};
    constexpr int kPhoto = int(std::size(columns));
    while (q.next()) {
        CardContent c;
        for (int i = 0; i < kPhoto; ++i)
            c.*columns[i] = q.value(i).toString();
        c.workerPhoto = q.value(kPhoto).toByteArray();
        c.noProperty = q.value(kPhoto + 1).toBool();
        c.workerPartyMember = q.value(kPhoto + 2).toBool();
        c.promise = q.value(kPhoto + 3).toString();
        c.communityQrUrl = q.value(kPhoto + 4).toString();
        c.communityQrImage = q.value(kPhoto + 5).toByteArray();
        c.hotline = QStringLiteral("12345");
        c.supervisionPhone = office.supervisionPhone;
        c.printedOn = today;
        out << c;
    }
    q.finish();
    if (out.isEmpty() && scope.kind == CardScope::Grid)
        return Error::make(ErrorKind::NotFound, Text::tr("There is no grid with this id: %1.").arg(scope.id));
    const QHash<QString, CardContent> covers = coversOn(m_db, today.toString(Qt::ISODate));
    const QHash<QString, QList<RepairUnit>> units = repairUnits(m_db);
    for (CardContent &c : out) {
        if (c.workerId.isEmpty() && covers.contains(c.gridId)) {
            const CardContent &cover = covers.value(c.gridId);
            c.workerId = cover.workerId;
            c.workerName = cover.workerName;
            c.workerPhone = cover.workerPhone;
            c.workerPhoto = cover.workerPhoto;
            c.partTimeCover = true;
        }
        c.repairs = repairsFor(units, c.streetId);
    }
    if (Status s = fillCompounds(m_db, out); !s)
        return s.error();
    if (Status s = fillTeams(m_db, out); !s)
        return s.error();
    return out;
}

Result<CardContent> CardContents::forGrid(const QString &gridId) const
{
    auto all = gather({CardScope::Grid, gridId});
    if (!all)
        return all.error();
    return all->first();
}

} // namespace gd
