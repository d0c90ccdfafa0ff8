#include "OperatorService.h"

#include "Password.h"
#include "Permissions.h"
#include "storage/Database.h"
#include "storage/Logging.h"
#include "storage/RowStore.h"
#include "storage/Transaction.h"
#include "storage/Uuid.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::OperatorService)
};
} // namespace

Error OperatorService::checkPassword(const QString &password)
{
    if (password.size() < 6)
        return Error::invalid(QStringLiteral("password"), Text::tr("Password: use at least 6 characters."));
    if (password.size() > 128)
        return Error::invalid(QStringLiteral("password"), Text::tr("Password: use at most 128 characters."));
    return {};
}

namespace {
// The linked worker's name comes along for the lists; a tombstoned worker still has one.
const char kSelectOperators[] =
    "SELECT o.id, o.login, o.display_name, o.role, o.active, o.last_sign_in_ms, o.worker_id, w.name, o.unit_id, "
    "u.name FROM operators o LEFT JOIN workers w ON w.id = o.worker_id LEFT JOIN units u ON u.id = o.unit_id";

Operator operatorFrom(const QSqlQuery &q)
{
    Operator o;
    o.id = q.value(0).toString();
    o.login = q.value(1).toString();
    o.displayName = q.value(2).toString();
    roleFromKey(q.value(3).toString(), &o.role);
    o.active = q.value(4).toBool();
    o.lastSignInMs = q.value(5).toLongLong();
    o.workerId = q.value(6).toString();
    o.workerName = q.value(7).toString();
    o.unitId = q.value(8).toString();
    o.unitName = q.value(9).toString();
    return o;
}

Result<Operator> oneOperator(Database &db, const QString &where, const QString &value)
{
    QSqlQuery q(db.sql());
    q.prepare(QString::fromLatin1(kSelectOperators) + QStringLiteral(" WHERE ") + where);
    q.addBindValue(value.trimmed());
    if (!q.exec())
        return Error::make(ErrorKind::Internal, q.lastError().text());
    if (!q.next())
        return Error::make(ErrorKind::NotFound, Text::tr("There is no such operator."));
    return operatorFrom(q);
}
} // namespace

QList<Operator> OperatorService::operators() const
{
    QList<Operator> out;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QString::fromLatin1(kSelectOperators) + QStringLiteral(" ORDER BY o.login")))
        return out;
    while (q.next())
        out << operatorFrom(q);
    return out;
}

Result<Operator> OperatorService::byId(const QString &operatorId) const
{
    return oneOperator(m_db, QStringLiteral("o.id = ?"), operatorId);
}

Result<Operator> OperatorService::byLogin(const QString &login) const
{
    return oneOperator(m_db, QStringLiteral("o.login = ?"), login); // the column compares without case
}

bool OperatorService::hasOperators() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT 1 FROM operators LIMIT 1")) && q.next();
}

Result<QString> OperatorService::create(const QString &login, const QString &displayName, Role role,
                                        const QString &password)
{
    const bool bootstrap = !hasOperators();
    if (bootstrap) {
        if (role != Role::Admin)
            return Error::invalid(QStringLiteral("role"),
                                  Text::tr("Role: the first operator of a new file must be an administrator."));
    } else if (Status s = requirePermission(m_db, Permission::ManageOperators); !s) {
        return s.error();
    }
    static const QRegularExpression loginRe(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{1,31}$"));
    if (!loginRe.match(login).hasMatch())
        return Error::invalid(QStringLiteral("login"),
                              Text::tr("Login: 2 to 32 letters, digits, '.', '-' or '_', starting with a letter."));
    if (Error e = check::requiredText(QStringLiteral("display_name"), Text::tr("Name"), displayName, 30); e.isError())
        return e;
    if (role == Role::System)
        return Error::invalid(QStringLiteral("role"), Text::tr("Role: choose staff, supervisor or administrator."));
    if (Error e = checkPassword(password); e.isError())
        return e;
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT 1 FROM operators WHERE login = ?"));
        q.addBindValue(login);
        if (q.exec() && q.next())
            return Error::invalid(QStringLiteral("login"), Text::tr("Login: %1 is already taken.").arg(login));
    }
    const Actor saved = m_db.actor();
    if (bootstrap)
        m_db.setActor(Actor::system());
    Transaction tx(m_db);
    if (!tx.started()) {
        m_db.setActor(saved);
        return tx.startError();
    }
    const QString id = uuid::v7(m_db.nowMs());
    const QByteArray salt = password::newSalt();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO operators(id, login, display_name, role, salt, hash, iterations, active, "
                             "created_ms, updated_ms) VALUES(?,?,?,?,?,?,?,1,?,?)"));
    q.addBindValue(id);
    q.addBindValue(login);
    q.addBindValue(displayName.trimmed());
    q.addBindValue(roleKey(role));
    q.addBindValue(salt);
    q.addBindValue(password::hash(password, salt));
    q.addBindValue(password::kDefaultIterations);
    q.addBindValue(m_db.nowMs());
    q.addBindValue(m_db.nowMs());
    Status s = exec(q);
    if (s)
        s = audit::record(m_db, m_db.nextStamp(), QStringLiteral("insert"), QStringLiteral("operators"), id, {},
                          {{QStringLiteral("login"), login},
                           {QStringLiteral("display_name"), displayName.trimmed()},
                           {QStringLiteral("role"), roleKey(role)}});
    if (s) {
        m_db.noteChanged(QStringLiteral("operators"));
        s = tx.commit();
    }
    m_db.setActor(saved);
    if (!s)
        return s.error();
    return id;
}

Status OperatorService::setPassword(const QString &operatorId, const QString &newPassword)
{
    // "Their own password" needs them signed in: a signed-out actor (or none, whose empty
    // operatorId would equal an empty argument) may change nothing.
    if (!m_db.actor().signedIn)
        return requirePermission(m_db, Permission::ManageOperators);
    if (m_db.actor().operatorId != operatorId) {
        if (Status s = requirePermission(m_db, Permission::ManageOperators); !s)
            return s;
    }
    if (Error e = checkPassword(newPassword); e.isError())
        return e;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    const QByteArray salt = password::newSalt();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE operators SET salt = ?, hash = ?, iterations = ?, updated_ms = ? WHERE id = ?"));
    q.addBindValue(salt);
    q.addBindValue(password::hash(newPassword, salt));
    q.addBindValue(password::kDefaultIterations);
    q.addBindValue(m_db.nowMs());
    q.addBindValue(operatorId);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error::make(ErrorKind::NotFound, Text::tr("There is no such operator."));
    if (Status s = audit::record(m_db, m_db.nextStamp(), QStringLiteral("password"), QStringLiteral("operators"),
                                 operatorId, {}, {});
        !s)
        return s;
    return tx.commit();
}

Status OperatorService::setActive(const QString &operatorId, bool active)
{
    if (Status s = requirePermission(m_db, Permission::ManageOperators); !s)
        return s;
    if (!active && operatorId == m_db.actor().operatorId)
        return Error::invalid(QStringLiteral("active"), Text::tr("You cannot deactivate yourself."));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (!active) { // read inside the transaction: another window may be changing operators too
        auto target = byId(operatorId);
        if (!target)
            return target.error();
        if (Error e = keepsAnAdministrator(target.value(), QStringLiteral("active")); e.isError())
            return e;
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE operators SET active = ?, updated_ms = ? WHERE id = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(m_db.nowMs());
    q.addBindValue(operatorId);
    if (Status s = exec(q); !s)
        return s;
    // Like setPassword: an unknown operator is an error, not an audited no-op.
    if (q.numRowsAffected() != 1)
        return Error::make(ErrorKind::NotFound, Text::tr("There is no such operator."));
    if (Status s = audit::record(m_db, m_db.nextStamp(), QStringLiteral("update"), QStringLiteral("operators"),
                                 operatorId, {}, {{QStringLiteral("active"), active ? 1 : 0}});
        !s)
        return s;
    m_db.noteChanged(QStringLiteral("operators"));
    return tx.commit();
}

Result<Actor> OperatorService::authenticate(const QString &login, const QString &password)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, display_name, role, salt, hash, iterations, active, login, worker_id, "
                             "unit_id FROM operators "
                             "WHERE login = ?"));
    q.addBindValue(login.trimmed());
    const Error refused = Error::make(ErrorKind::Permission, Text::tr("Wrong login or password."));
    if (!q.exec() || !q.next()) {
        // Spend the same time as a real check so the answer does not reveal which logins exist.
        password::hash(password, QByteArray(password::kSaltBytes, 'x'));
        return refused;
    }
    Actor a;
    a.operatorId = q.value(0).toString();
    a.login = q.value(7).toString(); // as stored: logins match without case, and the audit log names one
    a.displayName = q.value(1).toString();
    a.workerId = q.value(8).toString();
    a.unitId = q.value(9).toString();
    roleFromKey(q.value(2).toString(), &a.role);
    const bool ok = password::verify(password, q.value(3).toByteArray(), q.value(4).toByteArray(), q.value(5).toInt());
    const bool active = q.value(6).toBool();
    q.finish();
    if (!ok)
        return refused;
    if (!active)
        return Error::make(ErrorKind::Permission,
                           Text::tr("This operator has been deactivated; ask an administrator."));
    a.signedIn = true;
    Transaction tx(m_db);
    if (tx.started()) { // a busy or read-only file still lets the operator in
        QSqlQuery u(m_db.sql());
        u.prepare(QStringLiteral("UPDATE operators SET last_sign_in_ms = ? WHERE id = ?"));
        u.addBindValue(m_db.nowMs());
        u.addBindValue(a.operatorId);
        if (u.exec()) // the time of the last sign-in is a convenience: its failure keeps no one out
            logFailure(tx.commit(), "recording the sign-in time");
    }
    return a;
}

} // namespace gd
