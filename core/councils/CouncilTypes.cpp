#include "CouncilTypes.h"

#include "util/KeyedNames.h"

namespace gd::councils {

namespace {
constexpr char kContext[] = "gd::councils";
const KeyedName kKinds[] = {{"council", QT_TRANSLATE_NOOP("gd::councils", "Residents' council")},
                            {"self_management", QT_TRANSLATE_NOOP("gd::councils", "Grid self-management committee")}};
const KeyedName kRoles[] = {{"residents", QT_TRANSLATE_NOOP("gd::councils", "Residents' representatives")},
                            {"party_members", QT_TRANSLATE_NOOP("gd::councils", "Party members")},
                            {"leaders", QT_TRANSLATE_NOOP("gd::councils", "Building leaders and grid heads")},
                            {"property", QT_TRANSLATE_NOOP("gd::councils", "Property company")},
                            {"staff", QT_TRANSLATE_NOOP("gd::councils", "Community staff")},
                            {"others", QT_TRANSLATE_NOOP("gd::councils", "Others")}};
} // namespace

QStringList kinds()
{
    return keysOf(kKinds);
}
QString kindName(const QString &key)
{
    return nameOf(kContext, kKinds, key);
}
QStringList roles()
{
    return keysOf(kRoles);
}
QString roleName(const QString &role)
{
    return nameOf(kContext, kRoles, role);
}

int *countField(CouncilAttendance &a, const QString &role)
{
    int *const counts[] = {&a.residents, &a.partyMembers, &a.leaders, &a.property, &a.staff, &a.others};
    const int i = int(roles().indexOf(role));
    return i >= 0 ? counts[i] : nullptr;
}

int countOf(const CouncilAttendance &a, const QString &role)
{
    const int *count = countField(const_cast<CouncilAttendance &>(a), role);
    return count ? *count : 0;
}

} // namespace gd::councils
