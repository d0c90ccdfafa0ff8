#include "JointTypes.h"

#include "util/KeyedNames.h"

namespace gd::joint {

namespace {
constexpr char kContext[] = "gd::joint";
const KeyedName kKinds[] = {{"gather", QT_TRANSLATE_NOOP("gd::joint", "Information gathered together")},
                            {"mediate", QT_TRANSLATE_NOOP("gd::joint", "Disputes mediated together")},
                            {"screen", QT_TRANSLATE_NOOP("gd::joint", "Hazards screened together")},
                            {"incident", QT_TRANSLATE_NOOP("gd::joint", "Incidents handled together")},
                            {"patrol", QT_TRANSLATE_NOOP("gd::joint", "Joint patrol")}};
const KeyedName kLevels[] = {{"street", QT_TRANSLATE_NOOP("gd::joint", "Street")},
                             {"community", QT_TRANSLATE_NOOP("gd::joint", "Community")},
                             {"grid", QT_TRANSLATE_NOOP("gd::joint", "Grid")}};
const KeyedName kRoles[] = {{"volunteer", QT_TRANSLATE_NOOP("gd::joint", "Volunteer")},
                            {"building_leader", QT_TRANSLATE_NOOP("gd::joint", "Building leader")},
                            {"party_member", QT_TRANSLATE_NOOP("gd::joint", "Party member")}};
} // namespace

QStringList activityKinds()
{
    return keysOf(kKinds);
}
QString activityKindName(const QString &key)
{
    return nameOf(kContext, kKinds, key);
}
QStringList levels()
{
    return keysOf(kLevels);
}
QString levelName(const QString &key)
{
    return nameOf(kContext, kLevels, key);
}
QStringList memberRoles()
{
    return keysOf(kRoles);
}
QString memberRoleName(const QString &key)
{
    return nameOf(kContext, kRoles, key);
}

} // namespace gd::joint
