// OperatorService, continued: what an operator is allowed and who they are — their role, the
// rule that keeps one active administrator, and the grid worker they are linked to.
#include "OperatorService.h"
#include "people/WorkerTypes.h"
#include "storage/ServiceSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::OperatorService)
};

// writeTransaction for the writes that return only a Status.
template <typename Body> Status manageOperators(Database &db, Body &&body)
{
    return writeTransaction<bool>(db, Permission::ManageOperators,
                                  [&]() -> Result<bool> {
                                      if (Status s = body(); !s)
                                          return s.error();
                                      return true;
                                  })
        .status();
}

// One column of one operator, audited with its value before and after.
Status updateColumn(Database &db, const QString &operatorId, const QString &column, const QVariant &before,
                    const QVariant &after)
{
    QSqlQuery q(db.sql());
    // The column is one of this file's own names, never user text.
    q.prepare(QStringLiteral("UPDATE operators SET %1 = ?, updated_ms = ? WHERE id = ?").arg(column));
    q.addBindValue(after);
    q.addBindValue(db.nowMs());
    q.addBindValue(operatorId);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error::make(ErrorKind::NotFound, Text::tr("There is no such operator."));
    if (Status s = audit::record(db, db.nextStamp(), QStringLiteral("update"), QStringLiteral("operators"), operatorId,
                                 {{column, before}}, {{column, after}});
        !s)
        return s;
    db.noteChanged(QStringLiteral("operators"));
    return {};
}
} // namespace

Error OperatorService::keepsAnAdministrator(const Operator &target, const QString &field) const
{
    if (target.role != Role::Admin || !target.active)
        return {};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM operators WHERE role = 'admin' AND active = 1 AND id <> ?"));
    q.addBindValue(target.id);
    if (!exec(q) || !q.next())
        return Error::make(ErrorKind::Internal, Text::tr("The operators could not be read."));
    if (q.value(0).toInt() > 0)
        return {};
    // Without an active administrator nobody could manage operators or the settings again.
    return Error::invalid(field, Text::tr("%1 is the last active administrator: make another operator an administrator "
                                          "first.")
                                     .arg(target.displayName));
}

Status OperatorService::setRole(const QString &operatorId, Role role)
{
    return manageOperators(m_db, [&]() -> Status {
        if (role == Role::System)
            return Error::invalid(QStringLiteral("role"), Text::tr("Role: choose staff, supervisor or administrator."));
        auto target = byId(operatorId);
        if (!target)
            return target.error();
        if (target->role == role)
            return {}; // the same role again is not a change, and not audited
        // A session keeps the role it signed in with: changing one's own would leave it out of step.
        if (operatorId == m_db.actor().operatorId)
            return Error::invalid(QStringLiteral("role"),
                                  Text::tr("Role: you cannot change your own role; ask another administrator."));
        if (role != Role::Admin)
            if (Error e = keepsAnAdministrator(target.value(), QStringLiteral("role")); e.isError())
                return e;
        return updateColumn(m_db, operatorId, QStringLiteral("role"), roleKey(target->role), roleKey(role));
    });
}

Status OperatorService::linkWorker(const QString &operatorId, const QString &workerId)
{
    const QString wanted = workerId.trimmed();
    Status s = manageOperators(m_db, [&]() -> Status {
        auto target = byId(operatorId);
        if (!target)
            return target.error();
        // The same link again is no change (and not audited), even to a worker who has since left.
        if (target->workerId == wanted)
            return {};
        if (!wanted.isEmpty()) {
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral("SELECT name, status FROM workers WHERE id = ? AND deleted = 0"));
            q.addBindValue(wanted);
            if (Status read = exec(q); !read)
                return read;
            if (!q.next())
                return Error::invalid(QStringLiteral("worker_id"),
                                      Text::tr("Grid worker: the chosen worker no longer exists."));
            if (q.value(1).toString() != QLatin1String("active"))
                return Error::invalid(QStringLiteral("worker_id"),
                                      Text::tr("Grid worker: %1 is no longer active (%2); choose an active worker.")
                                          .arg(q.value(0).toString(), people::workerStatusName(q.value(1).toString())));
        }
        return updateColumn(m_db, operatorId, QStringLiteral("worker_id"),
                            target->workerId.isEmpty() ? QVariant() : QVariant(target->workerId),
                            wanted.isEmpty() ? QVariant() : QVariant(wanted));
    });
    // "My cases" follows at once when an administrator links themselves; only after the commit.
    if (s && operatorId == m_db.actor().operatorId && m_db.actor().workerId != wanted) {
        Actor me = m_db.actor();
        me.workerId = wanted;
        m_db.setActor(me);
    }
    return s;
}

Status OperatorService::linkUnit(const QString &operatorId, const QString &unitId)
{
    const QString wanted = unitId.trimmed();
    Status s = manageOperators(m_db, [&]() -> Status {
        auto target = byId(operatorId);
        if (!target)
            return target.error();
        if (target->unitId == wanted)
            return {};
        if (!wanted.isEmpty()) {
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral("SELECT name, active FROM units WHERE id = ? AND deleted = 0"));
            q.addBindValue(wanted);
            if (Status read = exec(q); !read)
                return read;
            if (!q.next())
                return Error::invalid(QStringLiteral("unit_id"), Text::tr("Unit: the chosen unit no longer exists."));
            if (!q.value(1).toBool())
                return Error::invalid(
                    QStringLiteral("unit_id"),
                    Text::tr("Unit: %1 is no longer active; choose an active unit.").arg(q.value(0).toString()));
        }
        return updateColumn(m_db, operatorId, QStringLiteral("unit_id"),
                            target->unitId.isEmpty() ? QVariant() : QVariant(target->unitId),
                            wanted.isEmpty() ? QVariant() : QVariant(wanted));
    });
    // Signing for the unit's cases follows at once when an administrator links themselves.
    if (s && operatorId == m_db.actor().operatorId && m_db.actor().unitId != wanted) {
        Actor me = m_db.actor();
        me.unitId = wanted;
        m_db.setActor(me);
    }
    return s;
}

} // namespace gd
