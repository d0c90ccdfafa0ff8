#include "Permissions.h"

#include "ClockAgreement.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace gd {

bool roleAllows(Role role, Permission permission)
{
    switch (role) {
    case Role::System: return true;
    case Role::Admin: return permission != Permission::ApproveReviews;
    case Role::Supervisor:
        return permission != Permission::ManageOperators && permission != Permission::EditSettings &&
               permission != Permission::ExportPersonalData;
    case Role::Staff:
        return permission == Permission::EditBuildings || permission == Permission::HandleCases ||
               permission == Permission::RecordGridWork;
    }
    return false;
}

Status requirePermission(const Database &db, Permission permission)
{
    const Actor &a = db.actor();
    if (!a.signedIn)
        return Error::make(ErrorKind::Permission, QCoreApplication::translate("gd::Permissions", "Sign in first."));
    // Every permission is one to write: none on a file opened read-only, none while this PC's
    // clock disagrees with the file's.
    if (roleAllows(a.role, permission))
        return db.isReadOnly() ? Status(db.readOnlyError()) : requireClockAgreement(db);
    QString what;
    switch (permission) {
    case Permission::EditOrganisation:
        what = QCoreApplication::translate("gd::Permissions",
                                           "change the organisation (streets, communities, grids, units)");
        break;
    case Permission::EditBuildings:
        what = QCoreApplication::translate("gd::Permissions", "change buildings and addresses");
        break;
    case Permission::EditWorkers: what = QCoreApplication::translate("gd::Permissions", "change workers"); break;
    case Permission::ManageOperators: what = QCoreApplication::translate("gd::Permissions", "manage operators"); break;
    case Permission::HandleCases: what = QCoreApplication::translate("gd::Permissions", "handle cases"); break;
    case Permission::SuperviseCases: what = QCoreApplication::translate("gd::Permissions", "supervise cases"); break;
    case Permission::EditSettings:
        what = QCoreApplication::translate("gd::Permissions", "change the office settings");
        break;
    case Permission::ScoreReviews:
        what = QCoreApplication::translate("gd::Permissions", "score the monthly review");
        break;
    case Permission::ApproveReviews:
        what = QCoreApplication::translate("gd::Permissions", "approve or reopen the monthly review");
        break;
    case Permission::ExportPersonalData:
        what = QCoreApplication::translate("gd::Permissions", "export residents' phone numbers in full");
        break;
    case Permission::RecordGridWork:
        what = QCoreApplication::translate("gd::Permissions", "record visits and the care register");
        break;
    }
    return Error::make(ErrorKind::Permission, QCoreApplication::translate("gd::Permissions", "%1 (%2) may not %3.")
                                                  .arg(a.displayName, roleDisplayName(a.role), what));
}

} // namespace gd
