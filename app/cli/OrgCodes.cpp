#include "OrgCodes.h"

#include "CliOutput.h"
#include "org/HierarchyService.h"

#include <QCoreApplication>

namespace gdcli {

QString orgIdForCode(gd::Database &db, const QString &dbPath, const QString &option, const QString &code)
{
    const QString wanted = code.trimmed();
    gd::HierarchyService hierarchy(db);
    if (option == QLatin1String("street")) {
        for (const gd::Street &s : hierarchy.streets())
            if (s.code == wanted)
                return s.id;
        fail(UserError,
             QCoreApplication::translate("gdcli", "--street: no street in %1 has the code '%2'.").arg(dbPath, wanted));
        return {};
    }
    for (const gd::Community &c : hierarchy.communities())
        if (c.code == wanted)
            return c.id;
    fail(
        UserError,
        QCoreApplication::translate("gdcli", "--community: no community in %1 has the code '%2'.").arg(dbPath, wanted));
    return {};
}

} // namespace gdcli
