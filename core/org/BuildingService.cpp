#include "BuildingService.h"

#include "AddressIndex.h"
#include "UnitService.h"
#include "schema/Tables.h"
#include "storage/ServiceSupport.h"
#include "storage/Uuid.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::BuildingService)
};

} // namespace

QString BuildingService::normalize(const QString &address)
{
    QString s = address.normalized(QString::NormalizationForm_KC).toLower();
    static const QRegularExpression noise(QStringLiteral("[\\s,，。.、;；:：\\-—_()（）#]"));
    s.remove(noise);
    // "青岛市南区" is how most people write 青岛市 + 市南区 (the 市 is shared); it must go as a
    // whole, or stripping 青岛市 first leaves a stray "南区" that defeats the exact match.
    for (const char *prefix : {"山东省", "青岛市南区", "青岛市", "市南区"}) {
        const QString p = QString::fromUtf8(prefix);
        if (s.startsWith(p))
            s.remove(0, p.size());
    }
    s.replace(QStringLiteral("号楼"), QStringLiteral("号"));
    s.replace(QStringLiteral("栋"), QStringLiteral("号"));
    s.replace(QStringLiteral("幢"), QStringLiteral("号"));
    return s;
}

QList<Building> BuildingService::buildings(const QString &gridId) const
{
    QList<Building> out;
    for (const Row &r :
         selectRows(m_db, tables::buildings(), QStringLiteral("grid_id = ?"), {gridId}, QStringLiteral("name")))
        out << org::buildingFrom(r.first, r.second);
    return out;
}

Result<Building> BuildingService::building(const QString &id) const
{
    auto v = RowStore(m_db).fetch(tables::buildings(), id);
    if (!v)
        return v.error();
    return org::buildingFrom(id, *v);
}

Error BuildingService::validate(const Building &b) const
{
    if (!RowStore(m_db).exists(tables::grids(), b.gridId))
        return Error::invalid(QStringLiteral("grid_id"), Text::tr("Grid: choose the grid this building belongs to."));
    if (Error e = check::requiredText(QStringLiteral("name"), Text::tr("Building name"), b.name, 60); e.isError())
        return e;
    if (Error e = check::requiredText(QStringLiteral("address"), Text::tr("Address"), b.address, 100); e.isError())
        return e;
    if (normalize(b.address).size() < 3)
        return Error::invalid(QStringLiteral("address"),
                              Text::tr("Address: give the road and number, e.g. 三明南路2号."));
    if (Error e = check::range(QStringLiteral("households"), Text::tr("Households"), b.households, 0, 5000);
        e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("compound"), Text::tr("Compound"), b.compound, 60); e.isError())
        return e;
    if (!b.propertyUnitId.isEmpty()) {
        auto unit = UnitService(m_db).unit(b.propertyUnitId);
        if (!unit || unit->kind != QLatin1String("property"))
            return Error::invalid(QStringLiteral("property_unit_id"),
                                  Text::tr("Property company: choose a unit of the kind property company."));
    }
    if (duplicateExists(m_db, tables::buildings(), QStringLiteral("name"), b.name.trimmed(), b.id,
                        QStringLiteral("grid_id"), b.gridId))
        return Error::invalid(QStringLiteral("name"),
                              Text::tr("Building name: this grid already has %1.").arg(b.name.trimmed()));
    return {};
}

Status BuildingService::writeAddress(const QString &buildingId, const QString &gridId, const QString &text)
{
    const QString normalized = normalize(text);
    if (normalized.isEmpty())
        return {};
    // One address row per building and wording: the id is derived from both, so offices that
    // add the same alias do not duplicate it.
    const QString id = uuid::v5(QStringLiteral("addresses/%1/%2").arg(buildingId, normalized));
    RowStore rows(m_db);
    if (rows.exists(tables::addresses(), id))
        return rows.update(tables::addresses(), id, {{QStringLiteral("grid_id"), gridId}});
    QSqlQuery &dead = m_db.prepared(QStringLiteral("SELECT 1 FROM addresses WHERE id = ?"));
    dead.addBindValue(id);
    const bool tombstoned = dead.exec() && dead.next();
    dead.finish();
    if (tombstoned) { // written again on purpose (typed again, or an undone change made again)
        if (Status s = rows.restore(tables::addresses(), id); !s)
            return s;
        return rows.update(tables::addresses(), id, {{QStringLiteral("grid_id"), gridId}});
    }
    auto r = rows.insert(tables::addresses(),
                         {{QStringLiteral("building_id"), buildingId},
                          {QStringLiteral("grid_id"), gridId},
                          {QStringLiteral("text"), text.trimmed()},
                          {QStringLiteral("normalized"), normalized}},
                         id);
    return r.status();
}

Result<QString> BuildingService::save(const Building &b, const QStringList &otherNames)
{
    return writeTransaction<QString>(m_db, Permission::EditBuildings, [&]() -> Result<QString> {
        if (Error e = validate(b); e.isError())
            return e;
        for (int i = 0; i < otherNames.size(); ++i)
            if (Error e =
                    check::requiredText(QStringLiteral("aliases"), Text::tr("Other names"), otherNames.at(i), 100);
                e.isError())
                return Error::invalid(e.field, Text::tr("Other names, line %1: %2").arg(i + 1).arg(e.message));
        auto id = saveRow(m_db, tables::buildings(), b.id, org::toValues(b));
        if (!id)
            return id;
        // A building moved to another grid takes its addresses along.
        for (const Row &a : selectRows(m_db, tables::addresses(), QStringLiteral("building_id = ?"), {id.value()})) {
            Status s = RowStore(m_db).update(tables::addresses(), a.first, {{QStringLiteral("grid_id"), b.gridId}});
            if (!s)
                return s.error();
        }
        for (const QString &text : QStringList{b.address, b.name} + otherNames) {
            Status s = writeAddress(id.value(), b.gridId, text);
            if (!s)
                return s.error();
        }
        return id;
    });
}

Result<RemoveOutcome> BuildingService::remove(const QString &id)
{
    return writeTransaction<RemoveOutcome>(m_db, Permission::EditBuildings, [&]() -> Result<RemoveOutcome> {
        // Addresses belong to the building; nothing else refers to a building yet.
        for (const Row &a : selectRows(m_db, tables::addresses(), QStringLiteral("building_id = ?"), {id})) {
            Status s = RowStore(m_db).tombstone(tables::addresses(), a.first);
            if (!s)
                return s.error();
        }
        return removeOrDeactivate(m_db, tables::buildings(), id, {});
    });
}

Status BuildingService::restore(const QString &id)
{
    return writeTransaction<bool>(m_db, Permission::EditBuildings,
                                  [&]() -> Result<bool> {
                                      RowStore rows(m_db);
                                      if (!rows.exists(tables::buildings(), id))
                                          if (Status s = rows.restore(tables::buildings(), id); !s)
                                              return s.error();
                                      QSqlQuery &q = m_db.prepared(QStringLiteral(
                                          "SELECT id FROM addresses WHERE building_id = ? AND deleted = 1"));
                                      q.addBindValue(id);
                                      QStringList dead;
                                      if (exec(q))
                                          while (q.next())
                                              dead << q.value(0).toString();
                                      q.finish();
                                      for (const QString &a : dead)
                                          if (Status s = rows.restore(tables::addresses(), a); !s)
                                              return s.error();
                                      return true;
                                  })
        .status();
}

Status BuildingService::addAddress(const QString &buildingId, const QString &text)
{
    auto r = writeTransaction<bool>(m_db, Permission::EditBuildings, [&]() -> Result<bool> {
        auto b = building(buildingId);
        if (!b)
            return b.error();
        if (Error e = check::requiredText(QStringLiteral("address"), Text::tr("Address"), text, 100); e.isError())
            return e;
        Status s = writeAddress(buildingId, b->gridId, text);
        if (!s)
            return s.error();
        return true;
    });
    return r.status();
}

QStringList BuildingService::addresses(const QString &buildingId) const
{
    QStringList out;
    for (const Row &a :
         selectRows(m_db, tables::addresses(), QStringLiteral("building_id = ?"), {buildingId}, QStringLiteral("text")))
        out << a.second.value(QStringLiteral("text")).toString();
    return out;
}

QList<AddressMatch> BuildingService::lookup(const QString &text, int limit) const
{
    const QString n = normalize(text);
    QList<AddressMatch> out;
    if (n.size() < 2)
        return out;
    // Both directions in one indexed-free pass over the addresses (a district has about ten
    // thousand; the scan is a few milliseconds). Ranked in SQL, live buildings only.
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT a.building_id, a.grid_id, a.text, a.normalized, "
        " CASE WHEN a.normalized = :n THEN 100 "
        "      WHEN instr(:n, a.normalized) > 0 THEN 50 + min(length(a.normalized), 49) "
        "      ELSE 20 + min(length(:n), 29) END AS score "
        "FROM addresses a JOIN buildings b ON b.id = a.building_id AND b.deleted = 0 AND b.active = 1 "
        "WHERE a.deleted = 0 AND (instr(:n, a.normalized) > 0 OR (length(:n) >= 4 AND instr(a.normalized, :n) > 0)) "
        "ORDER BY score DESC, length(a.normalized), a.text"));
    q.bindValue(QStringLiteral(":n"), n);
    if (!exec(q))
        return out;
    QStringList seenBuildings;
    while (q.next() && out.size() < limit) {
        const QString building = q.value(0).toString();
        const QString stored = q.value(3).toString();
        // instr() knows no number boundaries; drop the candidates that only match by cutting
        // one ("2号" in "22号"). No SQL LIMIT, since rows are dropped here after ranking.
        if (stored != n &&
            !(n.contains(stored) ? AddressIndex::containsWhole(n, stored) : AddressIndex::containsWhole(stored, n)))
            continue;
        if (seenBuildings.contains(building))
            continue;
        seenBuildings << building;
        out << AddressMatch{building, q.value(1).toString(), q.value(2).toString(), q.value(4).toInt()};
    }
    q.finish();
    return out;
}

} // namespace gd
