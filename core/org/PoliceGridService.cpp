#include "PoliceGridService.h"

#include "HierarchyService.h"
#include "schema/Tables.h"
#include "storage/ServiceSupport.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::PoliceGridService)
};
} // namespace

QList<PoliceGrid> PoliceGridService::policeGrids(const QString &streetId) const
{
    QList<PoliceGrid> out;
    const QList<Row> rows = streetId.isEmpty()
                                ? selectRows(m_db, tables::policeGrids(), {}, {}, QStringLiteral("code"))
                                : selectRows(m_db, tables::policeGrids(), QStringLiteral("street_id = ?"), {streetId},
                                             QStringLiteral("code"));
    for (const Row &r : rows)
        out << org::policeGridFrom(r.first, r.second);
    return out;
}

Result<PoliceGrid> PoliceGridService::policeGrid(const QString &id) const
{
    auto v = RowStore(m_db).fetch(tables::policeGrids(), id);
    if (!v)
        return v.error();
    return org::policeGridFrom(id, *v);
}

Error PoliceGridService::validate(const PoliceGrid &p) const
{
    auto street = HierarchyService(m_db).street(p.streetId);
    if (!street)
        return Error::invalid(QStringLiteral("street_id"), Text::tr("Street: choose the street of this police grid."));
    static const QRegularExpression codeRe(QStringLiteral("^[A-Za-z0-9-]{3,20}$"));
    if (p.code.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("code"), Text::tr("Police grid code: is required."));
    if (!codeRe.match(p.code.trimmed()).hasMatch())
        return Error::invalid(
            QStringLiteral("code"),
            Text::tr("Police grid code: use 3 to 20 letters, digits or dashes (\"%1\" is not).").arg(p.code.trimmed()));
    if (Error e = check::requiredText(QStringLiteral("name"), Text::tr("Police grid name"), p.name, 40); e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("station"), Text::tr("Police station"), p.station, 60);
        e.isError())
        return e;
    if (!p.officerId.isEmpty() && !RowStore(m_db).exists(tables::workers(), p.officerId))
        return Error::invalid(QStringLiteral("officer_id"), Text::tr("Officer: the chosen officer no longer exists."));
    if (duplicateExists(m_db, tables::policeGrids(), QStringLiteral("code"), p.code.trimmed(), p.id,
                        QStringLiteral("street_id"), p.streetId))
        return Error::invalid(
            QStringLiteral("code"),
            Text::tr("Police grid code: %1 is already used in %2.").arg(p.code.trimmed(), street->name));
    return {};
}

Result<QString> PoliceGridService::save(const PoliceGrid &p, const QStringList &pair, const QStringList &unpair)
{
    return writeTransaction<QString>(m_db, Permission::EditOrganisation, [&]() -> Result<QString> {
        if (Error e = validate(p); e.isError())
            return e;
        Result<QString> id = saveRow(m_db, tables::policeGrids(), p.id, org::toValues(p));
        if (!id)
            return id;
        RowStore rows(m_db);
        for (const QString &grid : pair)
            if (Status s = rows.update(tables::grids(), grid, {{QStringLiteral("police_grid_id"), id.value()}}); !s)
                return s.error();
        for (const QString &grid : unpair)
            if (Status s = rows.update(tables::grids(), grid, {{QStringLiteral("police_grid_id"), QVariant()}}); !s)
                return s.error();
        return id;
    });
}

Result<RemoveOutcome> PoliceGridService::remove(const QString &id)
{
    return writeTransaction<RemoveOutcome>(m_db, Permission::EditOrganisation, [&]() {
        return removeOrDeactivate(m_db, tables::policeGrids(), id,
                                  {{QStringLiteral("grids"), QStringLiteral("police_grid_id")}});
    });
}

Status PoliceGridService::restore(const QString &id)
{
    return restoreRecord(m_db, Permission::EditOrganisation, tables::policeGrids(), id);
}

QList<PoliceGridSummary> PoliceGridService::summaries(const QString &streetId) const
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT p.id, s.name, o.name, o.phone, "
                                     " (SELECT count(*) FROM grids g WHERE g.police_grid_id = p.id AND g.deleted = 0) "
                                     "FROM police_grids p JOIN streets s ON s.id = p.street_id "
                                     "LEFT JOIN workers o ON o.id = p.officer_id AND o.deleted = 0 "
                                     "WHERE p.deleted = 0 AND (? = 0 OR p.street_id = ?) ORDER BY p.code"));
    q.addBindValue(streetId.isEmpty() ? 0 : 1);
    q.addBindValue(streetId);
    QList<PoliceGridSummary> out;
    if (!exec(q))
        return out;
    QHash<QString, int> rowOf;
    while (q.next()) {
        PoliceGridSummary s;
        s.policeGrid.id = q.value(0).toString();
        s.streetName = q.value(1).toString();
        s.officerName = q.value(2).toString();
        s.officerPhone = q.value(3).toString();
        s.pairedGrids = q.value(4).toInt();
        rowOf.insert(s.policeGrid.id, int(out.size()));
        out << s;
    }
    q.finish();
    for (const PoliceGrid &p : policeGrids(streetId))
        if (rowOf.contains(p.id))
            out[rowOf.value(p.id)].policeGrid = p;
    return out;
}

} // namespace gd
