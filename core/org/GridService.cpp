#include "GridService.h"

#include "HierarchyService.h"
#include "UnitService.h"
#include "people/Membership.h"
#include "schema/Tables.h"
#include "storage/ServiceSupport.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::GridService)
};
} // namespace

QList<Grid> GridService::grids(const QString &communityId) const
{
    QList<Grid> out;
    const QList<Row> rows = communityId.isEmpty()
                                ? selectRows(m_db, tables::grids(), {}, {}, QStringLiteral("code"))
                                : selectRows(m_db, tables::grids(), QStringLiteral("community_id = ?"), {communityId},
                                             QStringLiteral("code"));
    for (const Row &r : rows)
        out << org::gridFrom(r.first, r.second);
    return out;
}

Result<Grid> GridService::grid(const QString &id) const
{
    auto v = RowStore(m_db).fetch(tables::grids(), id);
    if (!v)
        return v.error();
    return org::gridFrom(id, *v);
}

Result<Grid> GridService::gridByCode(const QString &code) const
{
    const QList<Row> rows = selectRows(m_db, tables::grids(), QStringLiteral("code = ?"), {code.trimmed()});
    if (rows.isEmpty())
        return Error::make(ErrorKind::NotFound, Text::tr("There is no grid with code %1.").arg(code.trimmed()));
    return org::gridFrom(rows.first().first, rows.first().second);
}

QString GridService::nextCode(const QString &communityId) const
{
    auto c = HierarchyService(m_db).community(communityId);
    if (!c)
        return {};
    QSet<int> used;
    for (const Grid &g : grids(communityId))
        used.insert(g.code.right(3).toInt());
    int n = 1;
    while (used.contains(n) && n < 999)
        ++n;
    if (used.contains(n))
        return {}; // all 999 numbers taken: offering 999 again would only fail as a duplicate
    return c->code + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
}

Error GridService::validate(const Grid &g) const
{
    auto community = HierarchyService(m_db).community(g.communityId);
    if (!community)
        return Error::invalid(QStringLiteral("community_id"),
                              Text::tr("Community: choose the community this grid belongs to."));
    if (Error e = check::digits(QStringLiteral("code"), Text::tr("Grid code"), g.code, 15, community->code);
        e.isError())
        return e;
    if (Error e = check::requiredText(QStringLiteral("name"), Text::tr("Grid name"), g.name, 40); e.isError())
        return e;
    if (!org::gridKinds().contains(g.kind))
        return Error::invalid(QStringLiteral("kind"), Text::tr("Grid type: must be basic or dedicated."));
    if (Error e = check::optionalText(QStringLiteral("scope"), Text::tr("Scope"), g.scope, 300, true); e.isError())
        return e;
    if (Error e = check::range(QStringLiteral("households"), Text::tr("Households"), g.households, 0, 100000);
        e.isError())
        return e;
    if (Error e = check::range(QStringLiteral("residents"), Text::tr("Residents"), g.residents, 0, 300000); e.isError())
        return e;
    if (Error e =
            check::range(QStringLiteral("elderly_percent"), Text::tr("Elderly share (%)"), g.elderlyPercent, 0, 100);
        e.isError())
        return e;
    RowStore rows(m_db);
    if (!g.workerId.isEmpty() && !rows.exists(tables::workers(), g.workerId))
        return Error::invalid(QStringLiteral("worker_id"),
                              Text::tr("Grid worker: the chosen worker no longer exists."));
    if (!g.headId.isEmpty() && !rows.exists(tables::workers(), g.headId))
        return Error::invalid(QStringLiteral("head_id"), Text::tr("Grid head: the chosen worker no longer exists."));
    if (!g.policeGridId.isEmpty() && !rows.exists(tables::policeGrids(), g.policeGridId))
        return Error::invalid(QStringLiteral("police_grid_id"),
                              Text::tr("Police grid: the chosen police grid no longer exists."));
    if (Error e = check::optionalText(QStringLiteral("promise"), Text::tr("Grid promise"), g.promise, 100); e.isError())
        return e;
    if (g.noProperty && !g.propertyUnitId.isEmpty())
        return Error::invalid(QStringLiteral("property_unit_id"),
                              Text::tr("Property company: a grid marked as having none cannot name one."));
    if (!g.propertyUnitId.isEmpty()) {
        auto unit = UnitService(m_db).unit(g.propertyUnitId);
        if (!unit || unit->kind != QLatin1String("property"))
            return Error::invalid(QStringLiteral("property_unit_id"),
                                  Text::tr("Property company: choose a unit of the kind property company."));
    }
    if (duplicateExists(m_db, tables::grids(), QStringLiteral("code"), g.code.trimmed(), g.id))
        return Error::invalid(QStringLiteral("code"),
                              Text::tr("Grid code: %1 is already used by another grid.").arg(g.code.trimmed()));
    if (duplicateExists(m_db, tables::grids(), QStringLiteral("name"), g.name.trimmed(), g.id,
                        QStringLiteral("community_id"), g.communityId))
        return Error::invalid(
            QStringLiteral("name"),
            Text::tr("Grid name: %1 already has a grid called %2.").arg(community->name, g.name.trimmed()));
    return {};
}

Result<QString> GridService::save(const Grid &g)
{
    return writeTransaction<QString>(m_db, Permission::EditOrganisation, [&]() -> Result<QString> {
        if (Error e = validate(g); e.isError())
            return e;
        Grid before;
        if (!g.id.isEmpty()) {
            auto old = grid(g.id);
            if (!old)
                return old.error();
            before = *old;
        }
        auto id = saveRow(m_db, tables::grids(), g.id, org::toValues(g));
        if (!id)
            return id;
        // Keep "the worker's grids" in step with the grid's worker and head.
        for (const auto &[oldId, newId] :
             {std::pair{before.workerId, g.workerId}, std::pair{before.headId, g.headId}}) {
            if (oldId == newId)
                continue;
            // One membership stands for both roles: a worker who was worker and head and
            // loses one of them still serves the grid.
            const bool stillServes = oldId == g.workerId || oldId == g.headId;
            if (!oldId.isEmpty() && !stillServes)
                if (Status s = membership::drop(m_db, oldId, id.value()); !s)
                    return s.error();
            if (!newId.isEmpty())
                if (Status s = membership::add(m_db, newId, id.value()); !s)
                    return s.error();
        }
        return id;
    });
}

Result<RemoveOutcome> GridService::remove(const QString &id)
{
    return writeTransaction<RemoveOutcome>(m_db, Permission::EditOrganisation, [&]() {
        return removeOrDeactivate(m_db, tables::grids(), id,
                                  {{QStringLiteral("buildings"), QStringLiteral("grid_id")},
                                   {QStringLiteral("worker_grids"), QStringLiteral("grid_id")},
                                   {QStringLiteral("grid_covers"), QStringLiteral("grid_id")}});
    });
}

Status GridService::restore(const QString &id)
{
    return restoreRecord(m_db, Permission::EditOrganisation, tables::grids(), id);
}

Status GridService::pair(const QStringList &gridIds, const QString &policeGridId)
{
    auto r = writeTransaction<bool>(m_db, Permission::EditOrganisation, [&]() -> Result<bool> {
        RowStore rows(m_db);
        if (!policeGridId.isEmpty() && !rows.exists(tables::policeGrids(), policeGridId))
            return Error::invalid(QStringLiteral("police_grid_id"), Text::tr("Police grid: it no longer exists."));
        for (const QString &id : gridIds) {
            Status s =
                rows.update(tables::grids(), id, {{QStringLiteral("police_grid_id"), org::idOrNull(policeGridId)}});
            if (!s)
                return s.error();
        }
        return true;
    });
    return r.status();
}

QList<Grid> GridService::pairedWith(const QString &policeGridId) const
{
    QList<Grid> out;
    for (const Row &r : selectRows(m_db, tables::grids(), QStringLiteral("police_grid_id = ?"), {policeGridId},
                                   QStringLiteral("code")))
        out << org::gridFrom(r.first, r.second);
    return out;
}

QList<GridSummary> GridService::summaries(const QString &streetId, const QString &communityId,
                                          bool includeInactive) const
{
    QString where;
    QVariantList binds;
    if (!streetId.isEmpty()) {
        where += QStringLiteral(" AND s.id = ?");
        binds << streetId;
    }
    if (!communityId.isEmpty()) {
        where += QStringLiteral(" AND c.id = ?");
        binds << communityId;
    }
    if (!includeInactive)
        where += QStringLiteral(" AND g.active = 1");
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT g.id, c.code, c.name, s.code, s.name, w.name, w.phone, h.name, p.code, o.name, o.phone, "
                       " (SELECT count(*) FROM buildings b WHERE b.grid_id = g.id AND b.deleted = 0) "
                       "FROM grids g JOIN communities c ON c.id = g.community_id JOIN streets s ON s.id = c.street_id "
                       "LEFT JOIN workers w ON w.id = g.worker_id AND w.deleted = 0 "
                       "LEFT JOIN workers h ON h.id = g.head_id AND h.deleted = 0 "
                       "LEFT JOIN police_grids p ON p.id = g.police_grid_id AND p.deleted = 0 "
                       "LEFT JOIN workers o ON o.id = p.officer_id AND o.deleted = 0 "
                       "WHERE g.deleted = 0%1 ORDER BY g.code")
            .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<GridSummary> out;
    if (!exec(q))
        return out;
    QStringList ids;
    while (q.next()) {
        GridSummary s;
        s.grid.id = q.value(0).toString();
        s.communityCode = q.value(1).toString();
        s.communityName = q.value(2).toString();
        s.streetCode = q.value(3).toString();
        s.streetName = q.value(4).toString();
        s.workerName = q.value(5).toString();
        s.workerPhone = q.value(6).toString();
        s.headName = q.value(7).toString();
        s.policeGridCode = q.value(8).toString();
        s.officerName = q.value(9).toString();
        s.officerPhone = q.value(10).toString();
        s.buildingCount = q.value(11).toInt();
        out << s;
    }
    q.finish();
    // The grid records themselves, in one pass over the same ordered set.
    QHash<QString, Grid> byId;
    for (const Grid &g : grids())
        byId.insert(g.id, g);
    for (GridSummary &s : out)
        s.grid = byId.value(s.grid.id);
    return out;
}

} // namespace gd
