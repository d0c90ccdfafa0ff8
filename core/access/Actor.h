#pragma once
// Who is doing the writing: stamped on every change and checked by the services' permissions.
#include <QString>

namespace gd {

enum class Role { Staff = 0, Supervisor = 1, Admin = 2, System = 3 };

struct Actor {
    QString operatorId; // empty for the system actor (demo generator, migrations)
    QString login;
    QString displayName;
    Role role = Role::Staff;
    bool signedIn = false;
    QString workerId; // the grid worker this operator is (operators.worker_id): "my cases"
    QString unitId;   // the unit this operator signs in for (operators.unit_id): signs for its cases

    static Actor system()
    {
        Actor a;
        a.login = QStringLiteral("system");
        a.displayName = QStringLiteral("system");
        a.role = Role::System;
        a.signedIn = true;
        return a;
    }
};

QString roleKey(Role role); // "staff", "supervisor", "admin", "system"
bool roleFromKey(const QString &key, Role *role);
QString roleDisplayName(Role role); // translated

} // namespace gd
