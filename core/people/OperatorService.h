#pragma once
// Operators who sign in (staff / supervisor / admin). Local to one office's file: operators and
// their password hashes never travel in exchange packages.
#include "storage/Actor.h"
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
};

class OperatorService
{
public:
    explicit OperatorService(Database &db)
        : m_db(db)
    {}

    QList<Operator> operators() const;
    bool hasOperators() const;
    // Needs ManageOperators, except for the very first operator of a new file (who must be an admin).
    Result<QString> create(const QString &login, const QString &displayName, Role role, const QString &password);
    // An operator may change their own password; an admin anyone's.
    Status setPassword(const QString &operatorId, const QString &newPassword);
    Status setActive(const QString &operatorId, bool active);
    // Checks the password; on success records the sign-in and returns the actor to set on the
    // database. The message never says which of login or password was wrong.
    Result<Actor> authenticate(const QString &login, const QString &password);

    static Error checkPassword(const QString &password);

private:
    Database &m_db;
};

} // namespace gd
