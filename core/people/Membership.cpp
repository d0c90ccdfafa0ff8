#include "Membership.h"

#include "schema/Tables.h"
#include "storage/Database.h"
#include "storage/RowStore.h"
#include "storage/Uuid.h"

namespace gd::membership {

QString rowId(const QString &workerId, const QString &gridId)
{
    return uuid::v5(QStringLiteral("worker_grids/%1/%2").arg(workerId, gridId));
}

Status add(Database &db, const QString &workerId, const QString &gridId)
{
    RowStore rows(db);
    const QString id = rowId(workerId, gridId);
    if (rows.exists(tables::workerGrids(), id))
        return {};
    if (rows.known(tables::workerGrids(), id))
        return rows.restore(tables::workerGrids(), id);
    return rows
        .insert(tables::workerGrids(), {{QStringLiteral("worker_id"), workerId}, {QStringLiteral("grid_id"), gridId}},
                id)
        .status();
}

Status drop(Database &db, const QString &workerId, const QString &gridId)
{
    RowStore rows(db);
    const QString id = rowId(workerId, gridId);
    if (!rows.exists(tables::workerGrids(), id))
        return {};
    return rows.tombstone(tables::workerGrids(), id);
}

} // namespace gd::membership
