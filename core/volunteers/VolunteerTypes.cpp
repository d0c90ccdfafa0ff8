#include "VolunteerTypes.h"

namespace gd::volunteers {

QStringList defaultKinds()
{
    // Reference data, as the category tree is: the names offices use, the same in every UI language
    // (a kind's id is made from its name, so two offices starting with them share one list).
    return {QStringLiteral("楼道灯维修"), QStringLiteral("单元门维修"), QStringLiteral("老人家庭维修"),
            QStringLiteral("环境清扫"),   QStringLiteral("陪伴关爱"),   QStringLiteral("其他服务")};
}

} // namespace gd::volunteers
