#include "DemoCouncils.h"

#include "DemoRows.h"
#include "calendar/WorkCalendar.h"
#include "storage/Uuid.h"

#include <QDateTime>
#include <QTimeZone>

namespace gd::democouncils {

using demo::RowWriter;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

struct Matter {
    const char *topic, *positions, *resolution, *ruleTitle, *ruleText;
};

const Matter kMatters[] = {
    {"老旧楼院加装电梯", "高层住户支持，一楼住户担心采光和噪音", "按楼层分摊费用，一楼住户免摊并给予补偿",
     "加装电梯议事规则",
     "一、加装前征求本单元全体业主意见；\n二、三分之二以上业主同意方可实施；\n三、费用按楼层系数分摊。"},
    {"小区停车位划分", "业主希望增加车位，老人担心占用活动场地", "划出夜间临时停车区，白天恢复活动场地", "", ""},
    {"楼道堆物清理", "多数住户支持清理，个别住户要求保留自行车", "限期清理，自行车统一停放车棚", "楼道管理公约",
     "一、楼道内不得堆放杂物；\n二、电动车不得进楼道充电；\n三、楼组长每月巡查一次。"},
    {"物业费调整", "住户对保洁质量不满，物业提出成本上涨", "物业整改保洁后再议调价", "", ""},
    {"垃圾分类投放点设置", "部分住户反对投放点设在楼前", "投放点移至小区北门，定时开放", "", ""},
};

} // namespace

Result<DemoCouncilsSummary> generate(Database &db, qint64 fromMs, qint64 toMs, quint64 seed, int perYear)
{
    DemoCouncilsSummary summary;
    const QString empty = QStringLiteral("");
    QRandomGenerator rng(quint32(seed * 52361 + 29));
    const QTimeZone beijing(8 * 3600);
    const WorkCalendar calendar = WorkCalendar::load(db);
    const qint64 nowMs = db.nowMs();
    struct Grid {
        QString id, community;
    };
    QList<Grid> grids;
    {
        QSqlQuery q(db.sql());
        if (!q.exec(
                QStringLiteral("SELECT id, community_id FROM grids WHERE deleted = 0 AND active = 1 ORDER BY code")))
            return Error::make(ErrorKind::Internal, q.lastError().text());
        while (q.next())
            grids << Grid{q.value(0).toString(), q.value(1).toString()};
    }
    if (grids.isEmpty() || toMs <= fromMs)
        return summary;
    RowWriter councils(db, "councils",
                       {QStringLiteral("kind"), QStringLiteral("community_id"), QStringLiteral("grid_id"),
                        QStringLiteral("at_ms"), QStringLiteral("topic"), QStringLiteral("place"),
                        QStringLiteral("residents"), QStringLiteral("party_members"), QStringLiteral("leaders"),
                        QStringLiteral("property"), QStringLiteral("staff"), QStringLiteral("others"),
                        QStringLiteral("positions"), QStringLiteral("resolution"), QStringLiteral("rule_title"),
                        QStringLiteral("rule_text")});
    RowWriter settled(db, "council_cases", {QStringLiteral("council_id"), QStringLiteral("case_id")});
    QSqlQuery caseOf(db.sql());
    caseOf.prepare(QStringLiteral("SELECT id FROM cases WHERE grid_id = ? AND received_ms < ? AND deleted = 0 ORDER BY "
                                  "received_ms DESC LIMIT 1"));
    const int count = int(double(perYear) * double(toMs - fromMs) / (365.0 * kDayMs));
    QList<qint64> times;
    for (int i = 0; i < count; ++i)
        times << fromMs + qint64(rng.generateDouble() * double(toMs - fromMs));
    std::sort(times.begin(), times.end());
    for (qint64 start : std::as_const(times)) {
        // An evening or a weekend morning, when residents can come: 19:00 on a working day.
        QDate day = QDateTime::fromMSecsSinceEpoch(start, beijing).date();
        while (!calendar.isWorkingDay(day))
            day = day.addDays(1);
        const qint64 at = QDateTime(day, QTime(19, 0), beijing).toMSecsSinceEpoch();
        if (at > nowMs)
            continue;
        const Grid &g = grids.at(int(rng.bounded(quint32(grids.size()))));
        const bool committee = rng.bounded(5) == 0;
        const Matter &m = kMatters[rng.bounded(quint32(std::size(kMatters)))];
        const bool rule = m.ruleTitle[0] != '\0';
        const QString id = uuid::v7(at);
        if (Status s = councils.insert(
                id,
                {committee ? QStringLiteral("self_management") : QStringLiteral("council"), g.community,
                 committee ? QVariant(g.id) : QVariant(), at, QString::fromUtf8(m.topic),
                 committee ? QStringLiteral("网格党群服务站") : QStringLiteral("社区议事厅"), int(8 + rng.bounded(20)),
                 int(1 + rng.bounded(5)), int(rng.bounded(4)), int(rng.bounded(2)), int(1 + rng.bounded(3)),
                 int(rng.bounded(3)), QString::fromUtf8(m.positions), QString::fromUtf8(m.resolution),
                 rule ? QString::fromUtf8(m.ruleTitle) : empty, rule ? QString::fromUtf8(m.ruleText) : empty});
            !s)
            return s.error();
        summary.rules += rule;
        ++summary.councils;
        if (rng.bounded(3) == 0) {
            caseOf.addBindValue(g.id);
            caseOf.addBindValue(at);
            if (caseOf.exec() && caseOf.next()) {
                if (Status s = settled.insert(uuid::v5(id + QStringLiteral("/case")), {id, caseOf.value(0).toString()});
                    !s)
                    return s.error();
                ++summary.casesSettled;
            }
        }
    }
    return summary;
}

} // namespace gd::democouncils
