#include "DemoJoint.h"

#include "DemoRows.h"
#include "calendar/WorkCalendar.h"
#include "storage/Uuid.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace gd::demojoint {

using demo::pick;
using demo::RowWriter;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

struct Kind {
    const char *key;
    int weight;
    const char *summaries[3];
};

// The five kinds in the proportions a street's joint-work ledger shows.
const Kind kKinds[] = {
    {"patrol", 35, {"夜间联合巡逻，检查楼道消防通道", "节假日前治安巡防，劝离聚集人员", "校园周边护学巡逻"}},
    {"gather", 25, {"入户核对实有人口信息", "出租房屋及租住人员信息联合采集", "沿街商户信息登记"}},
    {"screen", 18, {"排查电动车楼道充电隐患", "老旧小区燃气安全联合检查", "高空坠物隐患排查"}},
    {"mediate", 14, {"民警与网格员联合调解邻里纠纷", "联合调处物业费争议", "联合化解家庭矛盾"}},
    {"incident", 8, {"联合处置噪音扰民警情", "协助处置走失老人警情", "联合处置盗窃电动车警情"}},
};

const char *const kTopics[] = {"本月治安形势研判",   "重点人员稳控联席会商",   "矛盾纠纷排查化解研判",
                               "节假日安全防范部署", "电动车充电安全专项会商", "群租房整治联席会商"};
const char *const kTasks[] = {"清理楼道堆放杂物",   "排查沿街商户消防隐患", "回访纠纷当事人",   "核查出租房屋租住人员",
                              "张贴防诈骗宣传海报", "联系物业修复监控探头", "走访独居老人家庭", "劝导电动车规范停放"};
const char *const kIssues[] = {"电动车入户充电屡禁不止", "部分出租房屋人员信息未登记", "夜间噪音扰民投诉增多",
                               "老旧小区监控覆盖不足"};

struct Grid {
    QString id, community, street, policeGrid, officer, worker;
    QStringList helpers, partyMembers; // volunteers and building leaders; party members
};

const Kind &pickKind(QRandomGenerator &rng)
{
    int total = 0;
    for (const Kind &k : kKinds)
        total += k.weight;
    int roll = int(rng.bounded(quint32(total)));
    for (const Kind &k : kKinds) {
        if (roll < k.weight)
            return k;
        roll -= k.weight;
    }
    return kKinds[0];
}

} // namespace

Result<DemoJointSummary> generate(Database &db, qint64 fromMs, qint64 toMs, quint64 seed, int activitiesPerYear,
                                  int meetingsPerYear)
{
    DemoJointSummary summary;
    const QString empty = QStringLiteral("");
    QRandomGenerator rng(quint32(seed * 40503 + 17));
    const QTimeZone beijing(8 * 3600);
    const WorkCalendar calendar = WorkCalendar::load(db);
    const qint64 nowMs = db.nowMs();

    QList<Grid> grids;
    {
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral(
                "SELECT g.id, g.community_id, c.street_id, g.police_grid_id, coalesce(p.officer_id, ''), "
                "coalesce(g.worker_id, ''), (SELECT group_concat(w.id, '|') FROM worker_grids wg JOIN workers w ON "
                "w.id = wg.worker_id WHERE wg.grid_id = g.id AND wg.deleted = 0 AND w.deleted = 0 AND w.kind IN "
                "('volunteer', 'building_leader')), (SELECT group_concat(w.id, '|') FROM worker_grids wg JOIN workers "
                "w ON w.id = wg.worker_id WHERE wg.grid_id = g.id AND wg.deleted = 0 AND w.deleted = 0 AND "
                "w.party_member = 1) FROM grids g JOIN communities c ON c.id = g.community_id JOIN police_grids p ON "
                "p.id = g.police_grid_id AND p.deleted = 0 WHERE g.deleted = 0 AND g.active = 1 ORDER BY g.code")))
            return Error::make(ErrorKind::Internal, q.lastError().text());
        while (q.next())
            grids << Grid{q.value(0).toString(),
                          q.value(1).toString(),
                          q.value(2).toString(),
                          q.value(3).toString(),
                          q.value(4).toString(),
                          q.value(5).toString(),
                          q.value(6).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts),
                          q.value(7).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts)};
    }
    if (grids.isEmpty() || toMs <= fromMs)
        return summary;
    QHash<QString, QList<int>> byPoliceGrid; // the grids each police grid is paired with
    for (int i = 0; i < grids.size(); ++i)
        byPoliceGrid[grids.at(i).policeGrid] << i;

    // The teams: each grid's volunteers and building leaders, and one party member.
    RowWriter members(db, "joint_team_members",
                      {QStringLiteral("grid_id"), QStringLiteral("worker_id"), QStringLiteral("role")});
    QSqlQuery kindOf(db.sql());
    kindOf.prepare(QStringLiteral("SELECT kind FROM workers WHERE id = ?"));
    for (const Grid &g : std::as_const(grids)) {
        QStringList added;
        for (const QString &w : g.helpers) {
            kindOf.addBindValue(w);
            if (!kindOf.exec() || !kindOf.next())
                continue;
            const QString role = kindOf.value(0).toString();
            if (Status s =
                    members.insert(uuid::v5(QStringLiteral("joint_team_members/%1/%2").arg(g.id, w)), {g.id, w, role});
                !s)
                return s.error();
            added << w;
            ++summary.members;
        }
        for (const QString &w : g.partyMembers)
            if (!added.contains(w)) {
                if (Status s = members.insert(uuid::v5(QStringLiteral("joint_team_members/%1/%2").arg(g.id, w)),
                                              {g.id, w, QStringLiteral("party_member")});
                    !s)
                    return s.error();
                ++summary.members;
                break;
            }
    }

    const auto workTime = [&](qint64 ms, int fromHour, int minutes) {
        for (QDate day = QDateTime::fromMSecsSinceEpoch(ms, beijing).date();; day = day.addDays(1)) {
            if (!calendar.isWorkingDay(day))
                continue;
            const qint64 at = QDateTime(day, QTime(fromHour, 0), beijing).toMSecsSinceEpoch() +
                              qint64(rng.bounded(quint32(minutes))) * 60000;
            if (at >= ms)
                return at;
        }
    };
    const auto spread = [&](int perYear) {
        QList<qint64> times;
        const int count = int(double(perYear) * double(toMs - fromMs) / (365.0 * kDayMs));
        for (int i = 0; i < count; ++i)
            times << fromMs + qint64(rng.generateDouble() * double(toMs - fromMs));
        std::sort(times.begin(), times.end());
        return times;
    };

    RowWriter activities(db, "joint_activities",
                         {QStringLiteral("police_grid_id"), QStringLiteral("kind"), QStringLiteral("at_ms"),
                          QStringLiteral("summary"), QStringLiteral("recorded_by"), QStringLiteral("note")});
    RowWriter activityGrids(db, "joint_activity_grids", {QStringLiteral("activity_id"), QStringLiteral("grid_id")});
    RowWriter people(db, "joint_activity_people",
                     {QStringLiteral("activity_id"), QStringLiteral("worker_id"), QStringLiteral("name")});
    // In the grids' code order, not the hash's: a hash's order changes between runs, and the same
    // seed must give the same office.
    QList<QString> policeGrids;
    for (const Grid &g : std::as_const(grids))
        if (!policeGrids.contains(g.policeGrid))
            policeGrids << g.policeGrid;
    for (qint64 start : spread(activitiesPerYear)) {
        const qint64 at = workTime(start, 9, 600); // patrols run into the evening
        if (at > nowMs)
            continue;
        const QList<int> &paired = byPoliceGrid.value(policeGrids.at(int(rng.bounded(quint32(policeGrids.size())))));
        const Grid &g = grids.at(paired.at(int(rng.bounded(quint32(paired.size())))));
        const Kind &kind = pickKind(rng);
        const QString id = uuid::v7(at);
        if (Status s = activities.insert(id, {g.policeGrid, QLatin1String(kind.key), at,
                                              QString::fromUtf8(kind.summaries[rng.bounded(3u)]),
                                              g.worker.isEmpty() ? QVariant() : QVariant(g.worker), empty});
            !s)
            return s.error();
        QStringList gridIds{g.id};
        if (paired.size() > 1 && rng.bounded(4) == 0) {
            const QString other = grids.at(paired.at(int(rng.bounded(quint32(paired.size()))))).id;
            if (other != g.id)
                gridIds << other;
        }
        for (int i = 0; i < gridIds.size(); ++i)
            if (Status s = activityGrids.insert(uuid::v5(id + QStringLiteral("/grid/%1").arg(i)), {id, gridIds.at(i)});
                !s)
                return s.error();
        QStringList who;
        for (const QString &w : {g.officer, g.worker})
            if (!w.isEmpty())
                who << w;
        if (!g.helpers.isEmpty() && rng.bounded(2) == 0)
            who << g.helpers.at(int(rng.bounded(quint32(g.helpers.size()))));
        for (int i = 0; i < who.size(); ++i)
            if (Status s = people.insert(uuid::v5(id + QStringLiteral("/person/%1").arg(i)), {id, who.at(i), empty});
                !s)
                return s.error();
        ++summary.activities;
    }

    RowWriter meetings(db, "joint_meetings",
                       {QStringLiteral("level"), QStringLiteral("street_id"), QStringLiteral("community_id"),
                        QStringLiteral("grid_id"), QStringLiteral("at_ms"), QStringLiteral("topic"),
                        QStringLiteral("issues"), QStringLiteral("decisions"), QStringLiteral("note")});
    RowWriter attendees(db, "joint_meeting_people",
                        {QStringLiteral("meeting_id"), QStringLiteral("worker_id"), QStringLiteral("name")});
    RowWriter tasks(db, "joint_tasks",
                    {QStringLiteral("meeting_id"), QStringLiteral("text"), QStringLiteral("owner_id"),
                     QStringLiteral("due_ms"), QStringLiteral("done_ms"), QStringLiteral("done_note"),
                     QStringLiteral("case_id")});
    QList<std::pair<QString, QVariantList>> taskRows; // id; meeting, text, owner, due, done
    for (qint64 start : spread(meetingsPerYear)) {
        const qint64 at = workTime(start, 9, 420);
        if (at > nowMs)
            continue;
        const Grid &g = grids.at(int(rng.bounded(quint32(grids.size()))));
        const int levelRoll = int(rng.bounded(10));
        const QString level = levelRoll == 0  ? QStringLiteral("street")
                              : levelRoll < 5 ? QStringLiteral("community")
                                              : QStringLiteral("grid");
        const QString id = uuid::v7(at);
        const QString issue = pick(rng, kIssues);
        if (Status s = meetings.insert(
                id, {level, g.street, level == QLatin1String("street") ? QVariant() : QVariant(g.community),
                     level == QLatin1String("grid") ? QVariant(g.id) : QVariant(), at, pick(rng, kTopics), issue,
                     QStringLiteral("警网联合排查，限期整改，落实到人"), empty});
            !s)
            return s.error();
        QStringList who;
        for (const QString &w : {g.officer, g.worker})
            if (!w.isEmpty())
                who << w;
        for (int i = 0; i < who.size(); ++i)
            if (Status s =
                    attendees.insert(uuid::v5(id + QStringLiteral("/attendee/%1").arg(i)), {id, who.at(i), empty});
                !s)
                return s.error();
        const int count = 1 + int(rng.bounded(3));
        for (int t = 0; t < count && !who.isEmpty(); ++t) {
            const QDate dueDay = QDateTime::fromMSecsSinceEpoch(at, beijing).date().addDays(3 + rng.bounded(12));
            const qint64 dueMs = QDateTime(dueDay.addDays(1), QTime(0, 0), beijing).toMSecsSinceEpoch() - 1;
            // Most done by their due day, some a few days late; those not yet due may be open.
            const int roll = int(rng.bounded(100));
            qint64 doneMs = roll < 80 ? dueMs - qint64(rng.bounded(3u)) * kDayMs - 6 * 3600 * 1000
                                      : dueMs + qint64(1 + rng.bounded(4u)) * kDayMs - 6 * 3600 * 1000;
            doneMs = qMax(doneMs, at + 3600 * 1000);
            if (doneMs > nowMs || (dueMs > nowMs - 3 * kDayMs && roll >= 90))
                doneMs = 0;
            const QString text = pick(rng, kTasks);
            const QString owner = who.at(int(rng.bounded(quint32(who.size()))));
            taskRows.append({uuid::v5(id + QStringLiteral("/task/%1").arg(t)), {id, text, owner, dueMs, doneMs}});
        }
        ++summary.meetings;
    }
    // The due board always has something overdue to chase, whatever day the office is made on: if
    // chance left no past-due task open, the one due most recently is still being worked on.
    constexpr int kDue = 3, kDone = 4;
    int latest = -1;
    bool lateOpen = false;
    for (int i = 0; i < taskRows.size(); ++i) {
        const qint64 due = taskRows.at(i).second.at(kDue).toLongLong();
        if (due >= nowMs)
            continue;
        lateOpen = lateOpen || taskRows.at(i).second.at(kDone).toLongLong() == 0;
        if (latest < 0 || due > taskRows.at(latest).second.at(kDue).toLongLong())
            latest = i;
    }
    if (!lateOpen && latest >= 0)
        taskRows[latest].second[kDone] = qint64(0);
    for (const auto &[taskId, values] : std::as_const(taskRows)) {
        const qint64 doneMs = values.at(kDone).toLongLong();
        if (Status s = tasks.insert(taskId,
                                    values + QVariantList{doneMs ? QStringLiteral("已按要求完成") : empty, QVariant()});
            !s)
            return s.error();
        ++summary.tasks;
        summary.tasksOpen += doneMs == 0;
    }
    return summary;
}

} // namespace gd::demojoint
