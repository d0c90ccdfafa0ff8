#pragma once
// Helpers the worker tests share: a full-time worker to save, and whether a worker is a member
// of a grid (worker_grids, tombstones excluded).
#include "people/Membership.h"
#include "schema/Tables.h"
#include "test_org_fixture.h"

namespace gdtest {

inline QString u(const char *text)
{
    return QString::fromUtf8(text);
}

inline bool member(gd::Database &db, const QString &workerId, const QString &gridId)
{
    return gd::RowStore(db).exists(gd::tables::workerGrids(), gd::membership::rowId(workerId, gridId));
}

inline gd::Worker fullTime(const char *name = "王芳", const char *phone = "13800000001")
{
    gd::Worker w;
    w.name = u(name);
    w.phone = u(phone);
    w.kind = u("full_time");
    w.startDate = u("2024-03-01");
    return w;
}

} // namespace gdtest
