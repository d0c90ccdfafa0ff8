#include "DemoDisputes.h"

#include "DemoRows.h"
#include "calendar/WorkCalendar.h"
#include "storage/Uuid.h"

#include <QDateTime>
#include <QTimeZone>

namespace gd::demodisputes {

using demo::pick;
using demo::RowWriter;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

struct Kind {
    const char *key;
    int weight;
    const char *summaries[3];
    const char *agreement;
};

// The kinds in the proportions a city district's ledger shows, each with what such disputes are
// about and what their agreements say.
const Kind kKinds[] = {
    {"neighbour",
     30,
     {"楼上漏水，楼下住户要求赔偿", "装修噪音扰民", "楼道堆物引发争执"},
     "责任方修复并赔偿损失，双方互谅互让"},
    {"property",
     22,
     {"物业费收缴争议", "停车位占用引发争执", "电梯维修费用分摊争议"},
     "按业主大会决议分摊费用，物业限期整改"},
    {"family", 14, {"赡养老人费用分担", "夫妻矛盾，一方要求调解", "遗产继承争议"}, "子女按月分担赡养费，轮流照料"},
    {"tenancy", 12, {"租客拖欠房租", "押金退还争议", "群租扰民"}, "租客分期付清欠款，房东退还押金"},
    {"wages", 8, {"装修工人讨要工钱", "保洁员工资拖欠"}, "雇主于十日内结清工资"},
    {"land", 5, {"院落边界争议", "违建遮挡采光"}, "以规划图为界，拆除越界部分"},
    {"consumer", 5, {"预付卡退费纠纷", "家电维修质量争议"}, "商家退还余款"},
    {"other", 4, {"宠物伤人赔偿", "广场舞噪音"}, "约定时段和音量，双方签字确认"},
};

const char *const kPlaces[] = {"社区调解室", "网格党群服务站", "当事人家中", "物业办公室"};
const char *const kLawyers[] = {"王律师", "李律师", "张律师"};
const char *const kReferNotes[] = {"当事人坚持诉讼", "涉及治安，移交派出所处理", "已引导至人民调解委员会"};

struct Grid {
    QString id, workerId, officerId;
    QStringList buildings; // names, for the parties' addresses
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

Result<DemoDisputesSummary> generate(Database &db, qint64 fromMs, qint64 toMs, quint64 seed, int perYear)
{
    DemoDisputesSummary summary;
    const QString empty = QStringLiteral(""); // '' for a field left empty, not NULL
    QRandomGenerator rng(quint32(seed * 69621 + 11));
    const QTimeZone beijing(8 * 3600);
    const WorkCalendar calendar = WorkCalendar::load(db);
    const qint64 nowMs = db.nowMs();

    QList<Grid> grids;
    {
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral(
                "SELECT g.id, g.worker_id, coalesce(p.officer_id, ''), (SELECT group_concat(b.name, '|') FROM "
                "buildings b WHERE b.grid_id = g.id AND b.deleted = 0) FROM grids g JOIN workers w ON w.id = "
                "g.worker_id LEFT JOIN police_grids p ON p.id = g.police_grid_id AND p.deleted = 0 WHERE g.deleted = "
                "0 AND g.active = 1 AND w.kind = 'full_time' ORDER BY g.code")))
            return Error::make(ErrorKind::Internal, q.lastError().text());
        while (q.next())
            grids << Grid{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts)};
    }
    if (grids.isEmpty() || toMs <= fromMs)
        return summary;
    // The supervisor who reviews the high-risk ones (the demo's 主任).
    QString reviewer = QStringLiteral("主任");
    {
        QSqlQuery q(db.sql());
        if (q.exec(QStringLiteral(
                "SELECT display_name FROM operators WHERE role = 'supervisor' ORDER BY login LIMIT 1")) &&
            q.next())
            reviewer = q.value(0).toString();
    }

    RowWriter disputes(db, "disputes",
                       {QStringLiteral("grid_id"), QStringLiteral("source"), QStringLiteral("case_id"),
                        QStringLiteral("kind"), QStringLiteral("risk"), QStringLiteral("found_ms"),
                        QStringLiteral("found_by"), QStringLiteral("summary"), QStringLiteral("outcome"),
                        QStringLiteral("outcome_ms"), QStringLiteral("agreement"), QStringLiteral("referred_to"),
                        QStringLiteral("outcome_note"), QStringLiteral("followup_ms"), QStringLiteral("followup_note"),
                        QStringLiteral("reviewed_ms"), QStringLiteral("reviewed_by"), QStringLiteral("review_note")});
    RowWriter parties(
        db, "dispute_parties",
        {QStringLiteral("dispute_id"), QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("address")});
    RowWriter mediators(
        db, "dispute_mediators",
        {QStringLiteral("dispute_id"), QStringLiteral("kind"), QStringLiteral("worker_id"), QStringLiteral("name")});
    RowWriter sessions(db, "dispute_sessions",
                       {QStringLiteral("dispute_id"), QStringLiteral("at_ms"), QStringLiteral("place"),
                        QStringLiteral("result"), QStringLiteral("note")});

    // A working-day time between 8:30 and 17:00 at or after `ms`.
    const auto workTime = [&](qint64 ms) {
        for (QDate day = QDateTime::fromMSecsSinceEpoch(ms, beijing).date();; day = day.addDays(1)) {
            if (!calendar.isWorkingDay(day))
                continue;
            const qint64 at =
                QDateTime(day, QTime(8, 30), beijing).toMSecsSinceEpoch() + qint64(rng.bounded(510u)) * 60000;
            if (at >= ms)
                return at;
        }
    };
    const int count = int(double(perYear) * double(toMs - fromMs) / (365.0 * kDayMs));
    QList<qint64> found;
    for (int i = 0; i < count; ++i)
        found << fromMs + qint64(rng.generateDouble() * double(toMs - fromMs));
    std::sort(found.begin(), found.end());
    for (qint64 start : std::as_const(found)) {
        const qint64 foundMs = workTime(start);
        if (foundMs > nowMs)
            continue;
        const Grid &g = grids.at(int(rng.bounded(quint32(grids.size()))));
        const Kind &kind = pickKind(rng);
        const int riskRoll = int(rng.bounded(100));
        const bool high = riskRoll < 5;
        const QString risk = high            ? QStringLiteral("high")
                             : riskRoll < 25 ? QStringLiteral("medium")
                                             : QStringLiteral("low");
        const QString id = uuid::v7(foundMs);
        // One to three sessions, days apart; the last of them decides, once the dispute is old enough.
        const int held = 1 + int(rng.bounded(3));
        qint64 at = foundMs;
        QList<qint64> times;
        for (int s = 0; s < held; ++s) {
            at = workTime(at + qint64(1 + rng.bounded(5)) * kDayMs);
            if (at > nowMs)
                break;
            times << at;
        }
        const bool decided = !times.isEmpty() && (nowMs - times.last() > 3 * kDayMs || rng.bounded(3) != 0);
        const int outcomeRoll = int(rng.bounded(100));
        QString outcome = QStringLiteral("open"), agreement = empty, referredTo = empty, outcomeNote = empty,
                followupNote = empty;
        qint64 outcomeMs = 0, followupMs = 0;
        if (decided) {
            outcomeMs = times.last() + 30 * 60000;
            if (outcomeRoll < 86) {
                outcome = QStringLiteral("settled");
                agreement = QString::fromUtf8(kind.agreement);
                const qint64 visit = workTime(outcomeMs + 7 * kDayMs);
                if (visit <= nowMs && rng.bounded(10) < 8) {
                    followupMs = visit;
                    followupNote = QStringLiteral("协议已履行，双方无异议");
                }
                ++summary.settled;
            } else if (outcomeRoll < 95) {
                outcome = QStringLiteral("referred");
                const char *const targets[] = {"committee", "police", "court", "petition"};
                referredTo = QLatin1String(targets[rng.bounded(4)]);
                outcomeNote = pick(rng, kReferNotes);
            } else {
                outcome = QStringLiteral("withdrawn");
                outcomeNote = QStringLiteral("双方自行和解");
            }
        }
        // High risk: reviewed within two days, unless found in the last week (those wait).
        qint64 reviewedMs = 0;
        QString reviewedBy = empty, reviewNote = empty;
        if (high) {
            const qint64 when = workTime(foundMs + qint64(1 + rng.bounded(2)) * kDayMs);
            if (nowMs - foundMs > 7 * kDayMs && when <= nowMs) {
                reviewedMs = when;
                reviewedBy = reviewer;
                reviewNote = QStringLiteral("警网联合研判，民警参与调解");
            } else {
                ++summary.awaitingReview;
            }
        }
        const QString summaryText = QString::fromUtf8(kind.summaries[rng.bounded(kind.summaries[2] ? 3u : 2u)]);
        if (Status s = disputes.insert(
                id, {g.id, rng.bounded(4) == 0 ? QStringLiteral("report") : QStringLiteral("screening"), QVariant(),
                     QLatin1String(kind.key), risk, foundMs, g.workerId, summaryText, outcome, outcomeMs, agreement,
                     referredTo, outcomeNote, followupMs, followupNote, reviewedMs, reviewedBy, reviewNote});
            !s)
            return s.error();
        for (int p = 0; p < 2; ++p) {
            const QString address = g.buildings.isEmpty()
                                        ? empty
                                        : QStringLiteral("%1%2单元%3")
                                              .arg(g.buildings.at(int(rng.bounded(quint32(g.buildings.size())))))
                                              .arg(1 + rng.bounded(4))
                                              .arg((1 + rng.bounded(6)) * 100 + 1 + rng.bounded(2));
            if (Status s = parties.insert(uuid::v5(id + QStringLiteral("/party/%1").arg(p)),
                                          {id, demo::personName(rng), demo::mobile(rng), address});
                !s)
                return s.error();
        }
        if (Status s = mediators.insert(uuid::v5(id + QStringLiteral("/mediator/0")),
                                        {id, QStringLiteral("worker"), g.workerId, empty});
            !s)
            return s.error();
        if ((high || rng.bounded(4) == 0) && !g.officerId.isEmpty())
            if (Status s = mediators.insert(uuid::v5(id + QStringLiteral("/mediator/1")),
                                            {id, QStringLiteral("police"), g.officerId, empty});
                !s)
                return s.error();
        if (rng.bounded(10) == 0)
            if (Status s = mediators.insert(uuid::v5(id + QStringLiteral("/mediator/2")),
                                            {id, QStringLiteral("lawyer"), QVariant(), pick(rng, kLawyers)});
                !s)
                return s.error();
        for (int s = 0; s < times.size(); ++s) {
            const bool lastOne = s + 1 == times.size();
            const QString result = !lastOne || !decided                  ? QStringLiteral("continue")
                                   : outcome == QLatin1String("settled") ? QStringLiteral("agreed")
                                                                         : QStringLiteral("failed");
            if (Status st = sessions.insert(uuid::v5(id + QStringLiteral("/session/%1").arg(s)),
                                            {id, times.at(s), pick(rng, kPlaces), result, empty});
                !st)
                return st.error();
            ++summary.sessions;
        }
        ++summary.disputes;
    }
    return summary;
}

} // namespace gd::demodisputes
