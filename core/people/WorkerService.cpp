#include "WorkerService.h"

#include "Membership.h"
#include "org/OrgTypes.h"
#include "schema/Tables.h"
#include "storage/ServiceSupport.h"
#include "util/ImageBytes.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::WorkerService)
};

QVariantMap toValues(const Worker &w)
{
    return {{QStringLiteral("name"), w.name.trimmed()},
            {QStringLiteral("sex"), w.sex},
            {QStringLiteral("phone"), check::normalizePhone(w.phone)},
            {QStringLiteral("kind"), w.kind},
            {QStringLiteral("community_id"), org::idOrNull(w.communityId)},
            {QStringLiteral("start_date"), w.startDate.trimmed()},
            {QStringLiteral("status"), w.status},
            {QStringLiteral("star"), w.star},
            {QStringLiteral("photo"), w.photo.isEmpty() ? QVariant() : QVariant(w.photo)},
            {QStringLiteral("party_member"), w.partyMember ? 1 : 0}};
}

Worker workerFrom(const QString &id, const QVariantMap &v)
{
    Worker w;
    w.id = id;
    w.name = v.value(QStringLiteral("name")).toString();
    w.sex = v.value(QStringLiteral("sex")).toString();
    w.phone = v.value(QStringLiteral("phone")).toString();
    w.kind = v.value(QStringLiteral("kind")).toString();
    w.communityId = v.value(QStringLiteral("community_id")).toString();
    w.startDate = v.value(QStringLiteral("start_date")).toString();
    w.status = v.value(QStringLiteral("status")).toString();
    w.star = v.value(QStringLiteral("star")).toInt();
    w.photo = v.value(QStringLiteral("photo")).toByteArray();
    w.partyMember = v.value(QStringLiteral("party_member")).toBool();
    return w;
}
} // namespace

QList<WorkerSummary> WorkerService::list(const WorkerQuery &query) const
{
    QString where;
    QVariantList binds;
    if (!query.kind.isEmpty()) {
        where += QStringLiteral(" AND w.kind = ?");
        binds << query.kind;
    }
    if (!query.status.isEmpty()) {
        where += QStringLiteral(" AND w.status = ?");
        binds << query.status;
    }
    if (!query.communityId.isEmpty()) {
        where += QStringLiteral(" AND w.community_id = ?");
        binds << query.communityId;
    }
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        // Phones are stored normalised ("0532-82871234", "13812345678"), and people type them
        // in any form ("053282871234", "138 1234 5678", full-width digits): compare digits
        // with digits, and only when the text looks like part of a number.
        static const QRegularExpression phoneLike(QStringLiteral("^[0-9０-９ \\-－()（）]+$"));
        QString digits;
        if (phoneLike.match(text).hasMatch())
            for (QChar c : text)
                if (c.isDigit())
                    digits.append(QChar(u'0' + c.digitValue()));
        where += QStringLiteral(" AND (instr(w.name, ?) > 0 OR (? <> '' AND instr(replace(w.phone, '-', ''), ?) > 0) "
                                "OR EXISTS (SELECT 1 FROM worker_grids m "
                                "JOIN grids g ON g.id = m.grid_id WHERE m.worker_id = w.id AND m.deleted = 0 "
                                "AND (g.code = ? OR instr(g.name, ?) > 0)))");
        binds << text << QVariant(digits.isNull() ? QStringLiteral("") : digits) << digits << text << text;
    }
    QSqlQuery &q = m_db.prepared(
        QStringLiteral(
            "SELECT w.id, w.name, w.sex, w.phone, w.kind, w.community_id, w.start_date, w.status, w.star, c.name, "
            " (SELECT group_concat(code, ' ') FROM (SELECT g.code FROM worker_grids m JOIN grids g ON g.id = m.grid_id "
            "   WHERE m.worker_id = w.id AND m.deleted = 0 AND g.deleted = 0 ORDER BY g.code)) "
            "FROM workers w LEFT JOIN communities c ON c.id = w.community_id "
            "WHERE w.deleted = 0%1 ORDER BY w.name, w.id")
            .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<WorkerSummary> out;
    if (!exec(q))
        return out;
    while (q.next()) {
        WorkerSummary s;
        s.worker.id = q.value(0).toString();
        s.worker.name = q.value(1).toString();
        s.worker.sex = q.value(2).toString();
        s.worker.phone = q.value(3).toString();
        s.worker.kind = q.value(4).toString();
        s.worker.communityId = q.value(5).toString();
        s.worker.startDate = q.value(6).toString();
        s.worker.status = q.value(7).toString();
        s.worker.star = q.value(8).toInt();
        s.communityName = q.value(9).toString();
        s.gridCodes = q.value(10).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        out << s;
    }
    q.finish();
    return out;
}

QList<Worker> WorkerService::ofKind(const QString &kind) const
{
    QList<Worker> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT id, name, phone FROM workers WHERE deleted = 0 AND kind = ? AND status = 'active' ORDER BY name"));
    q.addBindValue(kind);
    if (!exec(q))
        return out;
    while (q.next()) {
        Worker w;
        w.id = q.value(0).toString();
        w.name = q.value(1).toString();
        w.phone = q.value(2).toString();
        w.kind = kind;
        out << w;
    }
    q.finish();
    return out;
}

QStringList WorkerService::gridIdsOf(const QString &workerId) const
{
    QStringList ids;
    for (const Row &r : selectRows(m_db, tables::workerGrids(), QStringLiteral("worker_id = ?"), {workerId}))
        ids << r.second.value(QStringLiteral("grid_id")).toString();
    return ids;
}

Result<Worker> WorkerService::worker(const QString &id) const
{
    auto v = RowStore(m_db).fetch(tables::workers(), id);
    if (!v)
        return v.error();
    Worker w = workerFrom(id, *v);
    w.gridIds = gridIdsOf(id);
    return w;
}

Error WorkerService::validate(const Worker &w) const
{
    if (Error e = check::requiredText(QStringLiteral("name"), Text::tr("Name"), w.name, 20); e.isError())
        return e;
    if (!people::workerKinds().contains(w.kind))
        return Error::invalid(QStringLiteral("kind"), Text::tr("Kind: choose one from the list."));
    if (!w.sex.isEmpty() && w.sex != QLatin1String("F") && w.sex != QLatin1String("M"))
        return Error::invalid(QStringLiteral("sex"), Text::tr("Sex: choose female, male or leave it empty."));
    // Everyone residents are told to call needs a phone that works.
    const bool phoneRequired = w.kind != QLatin1String("volunteer") && w.kind != QLatin1String("building_leader");
    if (Error e = check::phone(QStringLiteral("phone"), Text::tr("Phone"), w.phone, phoneRequired); e.isError())
        return e;
    if (Error e = check::isoDate(QStringLiteral("start_date"), Text::tr("Start date"), w.startDate, false); e.isError())
        return e;
    if (!w.startDate.isEmpty() && QDate::fromString(w.startDate.trimmed(), Qt::ISODate) > m_db.clock().now().date())
        return Error::invalid(QStringLiteral("start_date"),
                              Text::tr("Start date: %1 is in the future.").arg(w.startDate));
    if (!people::workerStatuses().contains(w.status))
        return Error::invalid(QStringLiteral("status"), Text::tr("Status: choose active, left or transferred."));
    if (w.star < 0 || w.star > 5)
        return Error::invalid(QStringLiteral("star"), Text::tr("Star level: must be from none to five stars."));
    if (!w.photo.isEmpty() && !image::isJpegOrPng(w.photo))
        return Error::invalid(QStringLiteral("photo"), Text::tr("Photo: must be a JPEG or PNG picture."));
    if (w.photo.size() > kMaxPhotoBytes)
        return Error::invalid(QStringLiteral("photo"), Text::tr("Photo: is larger than 2 MB; use a smaller picture."));
    RowStore rows(m_db);
    if (!w.communityId.isEmpty() && !rows.exists(tables::communities(), w.communityId))
        return Error::invalid(QStringLiteral("community_id"),
                              Text::tr("Community: the chosen community no longer exists."));
    for (const QString &g : w.gridIds)
        if (!rows.exists(tables::grids(), g))
            return Error::invalid(QStringLiteral("grids"),
                                  Text::tr("Grids: one of the chosen grids no longer exists."));
    if (!w.phone.trimmed().isEmpty() &&
        duplicateExists(m_db, tables::workers(), QStringLiteral("phone"), check::normalizePhone(w.phone), w.id,
                        QStringLiteral("status"), QStringLiteral("active")))
        return Error::invalid(
            QStringLiteral("phone"),
            Text::tr("Phone: %1 already belongs to another active worker.").arg(check::normalizePhone(w.phone)));
    return {};
}

namespace {
// The grid column a worker of this kind fills: full-time → worker_id, grid head → head_id.
QString slotOf(const QString &kind)
{
    if (kind == QLatin1String("full_time"))
        return QStringLiteral("worker_id");
    if (kind == QLatin1String("grid_head"))
        return QStringLiteral("head_id");
    return {};
}
} // namespace

Status WorkerService::syncGrids(const QString &workerId, const QString &kind, const QStringList &gridIds,
                                const QString &previousKind)
{
    const QSet<QString> wanted(gridIds.begin(), gridIds.end());
    const QStringList current = gridIdsOf(workerId);
    const QSet<QString> had(current.begin(), current.end());
    const QString slot = slotOf(kind);
    const QString oldSlot = slotOf(previousKind);
    const QString workerSlot = QStringLiteral("worker_id"), headSlot = QStringLiteral("head_id");
    RowStore rows(m_db);
    for (const QString &g : had - wanted) {
        if (Status s = membership::drop(m_db, workerId, g); !s)
            return s;
        // A grid the worker no longer serves loses them in whatever role they held there, also
        // one their previous kind gave them (a full-time worker who became a volunteer).
        auto grid = rows.fetch(tables::grids(), g);
        if (!grid)
            continue;
        QVariantMap clear;
        for (const QString &column : {workerSlot, headSlot})
            if (grid->value(column).toString() == workerId)
                clear.insert(column, QVariant());
        if (!clear.isEmpty())
            if (Status s = rows.update(tables::grids(), g, clear); !s)
                return s;
    }
    for (const QString &g : wanted) {
        if (Status s = membership::add(m_db, workerId, g); !s)
            return s;
        auto grid = rows.fetch(tables::grids(), g);
        if (!grid)
            return grid.status();
        QVariantMap changes;
        // A changed kind gives up the role of the old kind on the grids the worker keeps.
        if (!oldSlot.isEmpty() && oldSlot != slot && grid->value(oldSlot).toString() == workerId)
            changes.insert(oldSlot, QVariant());
        if (!slot.isEmpty()) {
            const QString displaced = grid->value(slot).toString();
            if (displaced != workerId) {
                // The worker who held the role no longer serves the grid (as GridService::save
                // does when the grid's worker changes), unless they also hold its other role;
                // otherwise their record still listed it and a later save of theirs took it back.
                const QString other = slot == workerSlot ? headSlot : workerSlot;
                if (!displaced.isEmpty() && grid->value(other).toString() != displaced)
                    if (Status s = membership::drop(m_db, displaced, g); !s)
                        return s;
                changes.insert(slot, workerId);
            }
        }
        if (!changes.isEmpty())
            if (Status s = rows.update(tables::grids(), g, changes); !s)
                return s;
    }
    return {};
}

Result<QString> WorkerService::save(const Worker &w)
{
    return writeTransaction<QString>(m_db, Permission::EditWorkers, [&]() -> Result<QString> {
        if (Error e = validate(w); e.isError())
            return e;
        QString previousKind;
        if (!w.id.isEmpty()) {
            auto before = RowStore(m_db).fetch(tables::workers(), w.id);
            if (before)
                previousKind = before->value(QStringLiteral("kind")).toString();
        }
        auto id = saveRow(m_db, tables::workers(), w.id, toValues(w));
        if (!id)
            return id;
        if (Status s = syncGrids(id.value(), w.kind, w.gridIds, previousKind); !s)
            return s.error();
        // A new full-time worker starts on the first rung of the ladder.
        if (w.id.isEmpty() && w.kind == QLatin1String("full_time")) {
            CareerStep first{{},
                             id.value(),
                             QStringLiteral("grid_worker"),
                             w.startDate.isEmpty() ? m_db.clock().now().date().toString(Qt::ISODate) : w.startDate,
                             {}};
            auto s = saveRow(m_db, tables::careerSteps(), {},
                             {{QStringLiteral("worker_id"), first.workerId},
                              {QStringLiteral("stage"), first.stage},
                              {QStringLiteral("date"), first.date},
                              {QStringLiteral("note"), first.note}});
            if (!s)
                return s;
        }
        return id;
    });
}

Status WorkerService::restore(const QString &id)
{
    return restoreRecord(m_db, Permission::EditWorkers, tables::workers(), id, QStringLiteral("status"),
                         QStringLiteral("active"));
}

Result<RemoveOutcome> WorkerService::remove(const QString &id)
{
    return writeTransaction<RemoveOutcome>(m_db, Permission::EditWorkers, [&]() -> Result<RemoveOutcome> {
        const QList<Reference> references = {{QStringLiteral("grids"), QStringLiteral("worker_id")},
                                             {QStringLiteral("grids"), QStringLiteral("head_id")},
                                             {QStringLiteral("police_grids"), QStringLiteral("officer_id")},
                                             {QStringLiteral("worker_grids"), QStringLiteral("worker_id")},
                                             {QStringLiteral("grid_covers"), QStringLiteral("worker_id")}};
        // The career ladder is part of the worker's own record, not a reference to it (as a
        // unit's contacts are): counted as one, every full-time worker, who gets a first step
        // on creation, could never be deleted, even when entered by mistake. It goes along.
        if (countReferences(m_db, id, references) == 0) {
            for (const Row &r : selectRows(m_db, tables::careerSteps(), QStringLiteral("worker_id = ?"), {id}))
                if (Status s = RowStore(m_db).tombstone(tables::careerSteps(), r.first); !s)
                    return s.error();
        }
        return removeOrDeactivate(m_db, tables::workers(), id, references, QStringLiteral("status"),
                                  QStringLiteral("left"));
    });
}

QList<CareerStep> WorkerService::careerSteps(const QString &workerId) const
{
    QList<CareerStep> out;
    for (const Row &r : selectRows(m_db, tables::careerSteps(), QStringLiteral("worker_id = ?"), {workerId},
                                   QStringLiteral("date, rowid")))
        out << CareerStep{r.first, workerId, r.second.value(QStringLiteral("stage")).toString(),
                          r.second.value(QStringLiteral("date")).toString(),
                          r.second.value(QStringLiteral("note")).toString()};
    return out;
}

Result<QString> WorkerService::saveCareerStep(const CareerStep &step)
{
    return writeTransaction<QString>(m_db, Permission::EditWorkers, [&]() -> Result<QString> {
        if (!RowStore(m_db).exists(tables::workers(), step.workerId))
            return Error::invalid(QStringLiteral("worker_id"), Text::tr("Worker: the worker no longer exists."));
        if (!people::careerStages().contains(step.stage))
            return Error::invalid(QStringLiteral("stage"), Text::tr("Career step: choose one from the list."));
        if (Error e = check::isoDate(QStringLiteral("date"), Text::tr("Date of the step"), step.date, true);
            e.isError())
            return e;
        if (Error e = check::optionalText(QStringLiteral("note"), Text::tr("Note"), step.note, 200, true); e.isError())
            return e;
        return saveRow(m_db, tables::careerSteps(), step.id,
                       {{QStringLiteral("worker_id"), step.workerId},
                        {QStringLiteral("stage"), step.stage},
                        {QStringLiteral("date"), step.date.trimmed()},
                        {QStringLiteral("note"), step.note.trimmed()}});
    });
}

Status WorkerService::removeCareerStep(const QString &id)
{
    return writeTransaction<bool>(m_db, Permission::EditWorkers,
                                  [&]() -> Result<bool> {
                                      if (Status s = RowStore(m_db).tombstone(tables::careerSteps(), id); !s)
                                          return s.error();
                                      return true;
                                  })
        .status();
}

namespace {
GridCover coverFrom(const Row &r)
{
    return GridCover{r.first,
                     r.second.value(QStringLiteral("grid_id")).toString(),
                     r.second.value(QStringLiteral("worker_id")).toString(),
                     r.second.value(QStringLiteral("start_date")).toString(),
                     r.second.value(QStringLiteral("end_date")).toString(),
                     r.second.value(QStringLiteral("monthly_subsidy")).toInt()};
}
} // namespace

QList<GridCover> WorkerService::coversOfGrid(const QString &gridId) const
{
    QList<GridCover> out;
    for (const Row &r :
         selectRows(m_db, tables::gridCovers(), QStringLiteral("grid_id = ?"), {gridId}, QStringLiteral("start_date")))
        out << coverFrom(r);
    return out;
}

QList<GridCover> WorkerService::coversOfWorker(const QString &workerId) const
{
    QList<GridCover> out;
    for (const Row &r : selectRows(m_db, tables::gridCovers(), QStringLiteral("worker_id = ?"), {workerId},
                                   QStringLiteral("start_date")))
        out << coverFrom(r);
    return out;
}

Result<QString> WorkerService::saveCover(const GridCover &c)
{
    return writeTransaction<QString>(m_db, Permission::EditWorkers, [&]() -> Result<QString> {
        auto w = worker(c.workerId);
        if (!w)
            return Error::invalid(QStringLiteral("worker_id"), Text::tr("Worker: the worker no longer exists."));
        if (w->kind != QLatin1String("part_time"))
            return Error::invalid(QStringLiteral("worker_id"),
                                  Text::tr("Worker: only a part-time grid worker covers a vacant grid."));
        auto g = RowStore(m_db).fetch(tables::grids(), c.gridId);
        if (!g)
            return Error::invalid(QStringLiteral("grid_id"), Text::tr("Grid: the grid no longer exists."));
        if (!g->value(QStringLiteral("worker_id")).toString().isEmpty())
            return Error::invalid(QStringLiteral("grid_id"),
                                  Text::tr("Grid: %1 has a full-time worker; only a vacant grid is covered.")
                                      .arg(g->value(QStringLiteral("name")).toString()));
        if (Error e = check::isoDate(QStringLiteral("start_date"), Text::tr("Cover starts"), c.startDate, true);
            e.isError())
            return e;
        if (Error e = check::isoDate(QStringLiteral("end_date"), Text::tr("Cover ends"), c.endDate, false); e.isError())
            return e;
        if (!c.endDate.isEmpty() && c.endDate < c.startDate)
            return Error::invalid(QStringLiteral("end_date"), Text::tr("Cover ends: must not be before it starts."));
        if (Error e = check::range(QStringLiteral("monthly_subsidy"), Text::tr("Monthly subsidy"), c.monthlySubsidy, 0,
                                   100000);
            e.isError())
            return e;
        if (Status s = membership::add(m_db, c.workerId, c.gridId); !s)
            return s.error();
        return saveRow(m_db, tables::gridCovers(), c.id,
                       {{QStringLiteral("grid_id"), c.gridId},
                        {QStringLiteral("worker_id"), c.workerId},
                        {QStringLiteral("start_date"), c.startDate.trimmed()},
                        {QStringLiteral("end_date"), c.endDate.trimmed()},
                        {QStringLiteral("monthly_subsidy"), c.monthlySubsidy}});
    });
}

Status WorkerService::removeCover(const QString &id)
{
    return writeTransaction<bool>(m_db, Permission::EditWorkers,
                                  [&]() -> Result<bool> {
                                      if (Status s = RowStore(m_db).tombstone(tables::gridCovers(), id); !s)
                                          return s.error();
                                      return true;
                                  })
        .status();
}

} // namespace gd
