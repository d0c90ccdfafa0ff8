#include "TrainingTypes.h"

namespace gd::training {

QStringList defaultNeeds()
{
    // The first six are the article's own words; the rest are what workers ask about most at the
    // desk, in the offices' words. Data, not code: an office renames or retires any of them.
    return {QStringLiteral("城市管理"),         QStringLiteral("老旧小区改造"),      QStringLiteral("居民诉求办理"),
            QStringLiteral("物业纠纷"),         QStringLiteral("居民养犬"),          QStringLiteral("网格员考核评优"),
            QStringLiteral("矛盾纠纷调解"),     QStringLiteral("消防安全隐患排查"),  QStringLiteral("社会救助政策"),
            QStringLiteral("养老服务政策"),     QStringLiteral("残疾人服务政策"),    QStringLiteral("退役军人服务"),
            QStringLiteral("人口信息采集"),     QStringLiteral("12345热线工单办理"), QStringLiteral("群众工作方法"),
            QStringLiteral("突发事件应急处置"), QStringLiteral("民法典与基层法律")};
}

} // namespace gd::training
