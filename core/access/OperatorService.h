#pragma once
// Operators who sign in (staff / supervisor / admin). Local to one office's file: operators and
// their password hashes never travel in exchange packages.
#include "Actor.h"
#include "storage/Result.h"

#include <QList>

namespace gd {

class Database;

struct Operator {
    QString id;
    QString login;
    QString displayName;
    Role role = Role::Staff;
    bool active = true;
    qint64 lastSignInMs = 0;
    QString workerId;   // the grid worker this operator is, if any: their cases are "my cases"
    QString workerName; // that worker's name, for lists
    QString unitId;     // the unit this operator signs in for, if any: signs for the unit's cases
    QString unitName;
};

class OperatorService
{
public:
    explicit OperatorService(Database &db)
        : m_db(db)
    {}

    QList<Operator> operators() const;
    Result<Operator> byId(const QString &operatorId) const;
    Result<Operator> byLogin(const QString &login) const; // logins match without case
    bool hasOperators() const;
    // Needs ManageOperators, except for the very first operator of a new file (who must be an admin).
    Result<QString> create(const QString &login, const QString &displayName, Role role, const QString &password);
    // An operator may change their own password; an admin anyone's.
    Status setPassword(const QString &operatorId, const QString &newPassword);
    // Nobody deactivates themselves, and the last active administrator stays active.
    Status setActive(const QString &operatorId, bool active);
    // Nobody changes their own role, and the last active administrator stays one.
    Status setRole(const QString &operatorId, Role role);
    // Links the operator to the grid worker they are (an active worker); an empty id unlinks.
    // The signed-in operator's own link takes effect at once (Actor::workerId).
    Status linkWorker(const QString &operatorId, const QString &workerId);
    // Links the operator to the unit it signs in for (an active unit); an empty id unlinks. Only the
    // unit's operators then sign for the cases dispatched to the unit.
    Status linkUnit(const QString &operatorId, const QString &unitId);
    // Checks the password; on success records the sign-in and returns the actor to set on the
    // database. The message never says which of login or password was wrong.
    Result<Actor> authenticate(const QString &login, const QString &password);

    static Error checkPassword(const QString &password);

private:
    // Refuses taking away `target`'s administrator rights when no other active administrator is left.
    Error keepsAnAdministrator(const Operator &target, const QString &field) const;
    Database &m_db;
};

} // namespace gd
