#include "Actor.h"

#include <QCoreApplication>

namespace gd {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Staff: return QStringLiteral("staff");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Admin: return QStringLiteral("admin");
    case Role::System: return QStringLiteral("system");
    }
    return {};
}

bool roleFromKey(const QString &key, Role *role)
{
    for (Role r : {Role::Staff, Role::Supervisor, Role::Admin}) {
        if (roleKey(r) == key) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Staff: return QCoreApplication::translate("gd::Role", "Staff");
    case Role::Supervisor: return QCoreApplication::translate("gd::Role", "Supervisor");
    case Role::Admin: return QCoreApplication::translate("gd::Role", "Administrator");
    case Role::System: return QCoreApplication::translate("gd::Role", "System");
    }
    return {};
}

} // namespace gd
