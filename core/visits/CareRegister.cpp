#include "CareRegister.h"

#include "access/PersonalData.h"
#include "org/GridService.h"
#include "schema/Tables.h"
#include "storage/KeysetPage.h"
#include "storage/ServiceSupport.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CareRegister)
};

// A household's next visit: its last visit (or its registration, never visited: the creation
// stamp's physical milliseconds, storage/HybridClock.h) plus the interval. One definition for the
// list, the due board and the figures.
const char kDueSql[] =
    "coalesce((SELECT max(v.at_ms) FROM visits v WHERE v.household_id = h.id AND v.deleted = 0), h.created_hlc >> 16) "
    "+ h.interval_days * 86400000";

// The refusal to keep (add, change, deactivate) a household of a grid the operator may not see.
Error notKeeper()
{
    return Error::make(ErrorKind::Permission,
                       Text::tr("Only the grid's worker, its grid head and supervisors keep its care register."));
}

} // namespace

bool CareRegister::sees(const Actor &a, const QString &gridWorkerId, const QString &gridHeadId)
{
    return privacy::seesResidents(a, gridWorkerId, gridHeadId);
}

bool CareRegister::maySee(const QString &gridId) const
{
    auto grid = GridService(m_db).grid(gridId);
    return grid && sees(m_db.actor(), grid->workerId, grid->headId);
}

Result<QString> CareRegister::save(const CareHousehold &in)
{
    return writeTransaction<QString>(m_db, Permission::RecordGridWork, [&]() -> Result<QString> {
        CareHousehold h = in;
        h.name = h.name.trimmed();
        h.address = h.address.trimmed();
        h.phone = h.phone.trimmed();
        h.note = h.note.trimmed();
        RowStore rows(m_db);
        if (h.gridId.isEmpty() || !rows.exists(tables::grids(), h.gridId))
            return Error::invalid(QStringLiteral("grid_id"), Text::tr("Choose the household's grid."));
        if (!h.buildingId.isEmpty()) {
            auto building = rows.fetch(tables::buildings(), h.buildingId);
            if (!building || building->value(QStringLiteral("grid_id")).toString() != h.gridId)
                return Error::invalid(QStringLiteral("building_id"),
                                      Text::tr("The building is not in the household's grid."));
        }
        if (h.name.isEmpty())
            return Error::invalid(QStringLiteral("name"), Text::tr("Give the name of the person cared for."));
        const struct {
            const char *field;
            QString label;
            const QString &value;
            int most;
            bool lines;
        } texts[] = {{"name", Text::tr("The name"), h.name, 50, false},
                     {"address", Text::tr("The address"), h.address, 200, false},
                     {"phone", Text::tr("The phone"), h.phone, 30, false},
                     {"note", Text::tr("The note"), h.note, 2000, true}};
        for (const auto &t : texts)
            if (Error e = check::optionalText(QLatin1String(t.field), t.label, t.value, t.most, t.lines); e.isError())
                return e;
        if (!visits::careKinds().contains(h.kind))
            return Error::invalid(QStringLiteral("kind"),
                                  Text::tr("'%1' is not a kind of care household.").arg(h.kind));
        if (h.intervalDays < 1 || h.intervalDays > visits::kMaxIntervalDays)
            return Error::invalid(QStringLiteral("interval_days"),
                                  Text::tr("Visit a household every 1 to %1 days.").arg(visits::kMaxIntervalDays));
        if (!maySee(h.gridId))
            return notKeeper();
        if (!h.id.isEmpty()) {
            auto before = rows.fetch(tables::careHouseholds(), h.id);
            if (!before)
                return before.error();
            // Moving a household to another grid needs the right to see it in both.
            if (!maySee(before->value(QStringLiteral("grid_id")).toString()))
                return notKeeper();
        }
        return saveRow(m_db, tables::careHouseholds(), h.id,
                       {{QStringLiteral("grid_id"), h.gridId},
                        {QStringLiteral("building_id"), h.buildingId.isEmpty() ? QVariant() : QVariant(h.buildingId)},
                        {QStringLiteral("address"), h.address},
                        {QStringLiteral("name"), h.name},
                        {QStringLiteral("phone"), h.phone},
                        {QStringLiteral("kind"), h.kind},
                        {QStringLiteral("interval_days"), h.intervalDays},
                        {QStringLiteral("note"), h.note},
                        {QStringLiteral("active"), h.active ? 1 : 0}});
    });
}

Status CareRegister::deactivate(const QString &id)
{
    auto done = writeTransaction<bool>(m_db, Permission::RecordGridWork, [&]() -> Result<bool> {
        RowStore rows(m_db);
        auto before = rows.fetch(tables::careHouseholds(), id);
        if (!before)
            return before.error();
        if (!maySee(before->value(QStringLiteral("grid_id")).toString()))
            return notKeeper();
        if (Status s = rows.update(tables::careHouseholds(), id, {{QStringLiteral("active"), 0}}); !s)
            return s.error();
        return true;
    });
    return done ? Status() : Status(done.error());
}

namespace {

// The households under the filter (of care_households h JOIN grids g), their values in `binds`.
QString careWhere(const CareFilter &f, QVariantList *binds)
{
    QStringList where{QStringLiteral("h.deleted = 0")};
    const auto add = [&](const QString &sql, const QVariant &value) {
        where << sql;
        *binds << value;
    };
    if (!f.withInactive)
        where << QStringLiteral("h.active = 1");
    if (!f.gridId.isEmpty())
        add(QStringLiteral("h.grid_id = ?"), f.gridId);
    if (!f.communityId.isEmpty())
        add(QStringLiteral("g.community_id = ?"), f.communityId);
    if (!f.streetId.isEmpty())
        add(QStringLiteral("g.community_id IN (SELECT id FROM communities WHERE street_id = ?)"), f.streetId);
    if (!f.workerId.isEmpty())
        add(QStringLiteral("g.worker_id = ?"), f.workerId);
    if (!f.kind.isEmpty())
        add(QStringLiteral("h.kind = ?"), f.kind);
    return where.join(QStringLiteral(" AND "));
}

} // namespace

Result<int> CareRegister::countIn(const ReadSource &source, const CareFilter &f)
{
    const qint64 now = f.nowMs ? f.nowMs : source.nowMs;
    QVariantList binds;
    const QString where = careWhere(f, &binds);
    return keyset::countRows(
        source,
        QStringLiteral("(SELECT %1 AS due FROM care_households h JOIN grids g ON g.id = h.grid_id WHERE %2) AS c")
            .arg(QLatin1String(kDueSql), where),
        f.lateOnly ? QStringLiteral("c.due < %1").arg(now) : QStringLiteral("1 = 1"), binds);
}

Result<QList<CareRow>> CareRegister::list(const CareFilter &f) const
{
    const qint64 now = f.nowMs ? f.nowMs : m_db.nowMs();
    QVariantList binds;
    const QString where = careWhere(f, &binds);
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT * FROM (SELECT h.id, h.grid_id, coalesce(h.building_id, ''), h.address, h.name, "
                       "h.phone, h.kind, h.interval_days, h.note, h.active, g.name, coalesce(b.name, ''), "
                       "coalesce(g.worker_id, ''), coalesce(w.name, ''), coalesce(g.head_id, ''), (SELECT "
                       "max(v.at_ms) FROM visits v WHERE v.household_id = h.id AND v.deleted = 0), %1 AS due "
                       "FROM care_households h JOIN grids g ON g.id = h.grid_id LEFT JOIN buildings b ON b.id "
                       "= h.building_id LEFT JOIN workers w ON w.id = g.worker_id WHERE %2) AS c %3 ORDER BY "
                       "due, id")
            .arg(QLatin1String(kDueSql), where, f.lateOnly ? QStringLiteral("WHERE due < %1").arg(now) : QString()));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (Status failed = exec(q); !failed)
        return failed.error();
    const Actor &actor = m_db.actor();
    QList<CareRow> out;
    while (q.next()) {
        CareRow r;
        CareHousehold &h = r.household;
        h.id = q.value(0).toString();
        h.gridId = q.value(1).toString();
        h.buildingId = q.value(2).toString();
        h.address = q.value(3).toString();
        h.name = q.value(4).toString();
        h.phone = q.value(5).toString();
        h.kind = q.value(6).toString();
        h.intervalDays = q.value(7).toInt();
        h.note = q.value(8).toString();
        h.active = q.value(9).toBool();
        r.gridName = q.value(10).toString();
        r.buildingName = q.value(11).toString();
        r.workerId = q.value(12).toString();
        r.workerName = q.value(13).toString();
        r.lastVisitMs = q.value(15).toLongLong();
        r.dueMs = q.value(16).toLongLong();
        r.late = h.active && r.dueMs < now;
        r.shown = sees(actor, r.workerId, q.value(14).toString());
        if (!r.shown) {
            h.name = privacy::maskName(h.name);
            h.phone = privacy::maskPhone(h.phone);
            h.address = privacy::maskAddress(h.address);
            h.note.clear(); // a note about a household is as personal as its name
        }
        out << r;
    }
    return out;
}

Result<CareHousehold> CareRegister::open(const QString &id)
{
    RowStore rows(m_db);
    auto row = rows.fetch(tables::careHouseholds(), id);
    if (!row)
        return row.error();
    if (!maySee(row->value(QStringLiteral("grid_id")).toString()))
        return Error::make(ErrorKind::Permission, Text::tr("Only the grid's worker, its grid head and supervisors "
                                                           "see this household in full."));
    CareHousehold h;
    h.id = id;
    h.gridId = row->value(QStringLiteral("grid_id")).toString();
    h.buildingId = row->value(QStringLiteral("building_id")).toString();
    h.address = row->value(QStringLiteral("address")).toString();
    h.name = row->value(QStringLiteral("name")).toString();
    h.phone = row->value(QStringLiteral("phone")).toString();
    h.kind = row->value(QStringLiteral("kind")).toString();
    h.intervalDays = row->value(QStringLiteral("interval_days")).toInt();
    h.note = row->value(QStringLiteral("note")).toString();
    h.active = row->value(QStringLiteral("active")).toBool();
    // Who looked at whose personal data, and when: in a transaction of its own.
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status s = audit::record(m_db, m_db.nextStamp(), QStringLiteral("open_personal"), tables::careHouseholds().name,
                                 id, {}, {{QStringLiteral("grid_id"), h.gridId}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return h;
}

Result<QList<LateCare>> CareRegister::lateByWorker(qint64 nowMs) const
{
    const qint64 now = nowMs ? nowMs : m_db.nowMs();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT g.worker_id, coalesce(w.name, ''), count(*), sum(%1 < ?) FROM care_households "
                             "h JOIN grids g ON g.id = h.grid_id LEFT JOIN workers w ON w.id = g.worker_id WHERE "
                             "h.deleted = 0 AND h.active = 1 AND g.worker_id IS NOT NULL GROUP BY g.worker_id ORDER "
                             "BY 4 DESC, 2")
                  .arg(QLatin1String(kDueSql)));
    q.addBindValue(now);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<LateCare> out;
    while (q.next())
        out << LateCare{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()};
    return out;
}

} // namespace gd
