#include "DemoGrowth.h"

#include "calendar/WorkCalendar.h"
#include "exemplary/ExemplaryService.h"
#include "ideas/IdeaService.h"
#include "org/HierarchyService.h"
#include "people/WorkerService.h"
#include "storage/Database.h"
#include "training/TrainingNeeds.h"
#include "training/TrainingSessions.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

namespace gd::demogrowth {

namespace {

QDate dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, WorkCalendar::zone()).date();
}

const char *const kComments[] = {"讲得实在，案例贴近网格工作", "政策讲解清楚，回去就能用", "希望多讲实际操作",
                                 "答疑很有针对性", "时间有点紧，材料很有用"};

struct IdeaSeed {
    const char *street, *title, *description, *usedWhere;
};
// The first three are the district's article's own; the rest are in its spirit.
const IdeaSeed kIdeas[] = {
    {"江苏路", "逢二聚格", "每月逢二日，网格员、楼组长、党员志愿者在网格内集中议事、集中走访、集中解决问题。",
     "江苏路街道各社区"},
    {"金门路", "警格+网格双网融合", "社区民警与网格员结对，信息联采、矛盾联调、隐患联排、警情联处、治安联控。",
     "金门路街道全部网格"},
    {"八大关", "五微工作法", "微心愿、微服务、微治理、微宣传、微阵地，小切口解决居民身边事。", "八大关街道"},
    {"湛山", "加装电梯议事规则", "居民议事会先行、三分之二业主同意、分摊方案公示，老旧楼加装电梯有章可循。",
     "湛山社区"},
    {"中山路", "网格议事厅", "每个网格设固定议事点，居民诉求当场听取、当场分办、限时回复。", "中山路街道老城区"},
};

} // namespace

Result<DemoGrowthSummary> generate(Database &db, qint64 fromMs, qint64 toMs, quint64 seed)
{
    DemoGrowthSummary out;
    QRandomGenerator random(quint32(seed * 4241 + 31));
    const QDate from = dayOf(fromMs), to = dayOf(toMs);
    const int days = qMax(1, int(from.daysTo(to)));

    // Orders: one to three needs a worker, the first needs of the list most asked for.
    auto needs = training::needs(db);
    if (!needs)
        return needs.error();
    const QList<Worker> workers = WorkerService(db).ofKind(QStringLiteral("full_time"));
    QSet<QString> ordered;
    for (const Worker &w : workers) {
        if (w.status != QLatin1String("active"))
            continue;
        const int count = 1 + int(random.bounded(3u));
        for (int i = 0; i < count; ++i) {
            TrainingOrder o;
            o.workerId = w.id;
            // Most ask for the six needs the district's article names first.
            const QString name = random.bounded(100u) < 60
                                     ? training::defaultNeeds().at(int(random.bounded(6u)))
                                     : needs->at(int(random.bounded(quint32(needs->size())))).name;
            o.needName = name;
            o.orderedOn = from.addDays(random.bounded(quint32(days)));
            if (o.orderedOn.year() != to.year())
                o.orderedOn =
                    QDate(to.year(), 1, 1).addDays(random.bounded(quint32(qMax(1, QDate(to.year(), 1, 1).daysTo(to)))));
            if (random.bounded(100u) < 40)
                o.note = QStringLiteral("工作中常遇到，想系统学一下");
            auto placed = training::placeOrder(db, o);
            if (!placed)
                return placed.error();
            ordered.insert(*placed); // ordering one need again in the year changes that order
        }
    }
    out.orders = int(ordered.size());
    // Evaluations of the sessions recorded: most attendees give one.
    auto sessions = training::sessionsBetween(db, from, to);
    if (!sessions)
        return sessions.error();
    for (const TrainingSession &s : std::as_const(*sessions))
        for (const TrainingAttendance &a : s.attendees)
            if (random.bounded(100u) < 60) {
                const int score = random.bounded(100u) < 70 ? 5 : random.bounded(100u) < 80 ? 4 : 3;
                const QString comment =
                    random.bounded(100u) < 50 ? QString::fromUtf8(kComments[random.bounded(5u)]) : QString();
                if (Status st = training::evaluate(db, s.id, a.workerId, score, comment); !st)
                    return st.error();
                ++out.evaluations;
            }

    // Write-ups: the year's requests handled well (closed, satisfied), settled disputes, councils
    // that adopted a rule, and services of many households.
    struct Source {
        const char *kind, *sql;
        int count;
    } sources[] = {
        {"case",
         "SELECT id FROM cases WHERE state = 'archived' AND satisfaction = 'satisfied' AND handler_worker_id IS NOT "
         "NULL "
         "AND received_ms >= ? AND received_ms < ? AND deleted = 0 ORDER BY received_ms DESC LIMIT 400",
         40},
        {"dispute",
         "SELECT id FROM disputes WHERE outcome = 'settled' AND found_ms >= ? AND found_ms < ? AND deleted = 0 ORDER "
         "BY found_ms DESC LIMIT 200",
         10},
        {"council",
         "SELECT id FROM councils WHERE rule_title <> '' AND at_ms >= ? AND at_ms < ? AND deleted = 0 ORDER BY at_ms "
         "DESC LIMIT 100",
         5},
        {"volunteer_service",
         "SELECT id FROM volunteer_services WHERE households >= 3 AND at_ms >= ? AND at_ms < ? AND deleted = 0 ORDER "
         "BY at_ms DESC LIMIT 100",
         5},
    };
    ExemplaryService exemplary(db);
    for (const Source &src : sources) {
        QSqlQuery q(db.sql());
        q.prepare(QString::fromLatin1(src.sql));
        q.addBindValue(fromMs);
        q.addBindValue(toMs);
        if (Status failed = exec(q); !failed)
            return failed.error();
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        for (int i = 0; i < src.count && !ids.isEmpty(); ++i) {
            const QString id = ids.takeAt(int(random.bounded(quint32(ids.size()))));
            auto draft = exemplary.draftFrom(QLatin1String(src.kind), id);
            if (!draft)
                return draft.error();
            ExemplaryCase w = *draft;
            w.actions = QStringLiteral("接到诉求后当天上门核实情况，联系相关单位现场会商，明确责任和时限；"
                                       "处置过程中每天向居民通报进展，办结后回访确认。");
            if (w.effect.isEmpty())
                w.effect = QStringLiteral("问题按时解决，居民满意，相关做法在网格内推广。");
            w.lessons = QStringLiteral("先到现场、把情况摸清；多方会商、把责任理清；及时反馈、把过程讲清。");
            auto saved = exemplary.save(w);
            if (!saved)
                return saved.error();
            ++out.writeUps;
            if (random.bounded(100u) < 80) {
                if (Status s = exemplary.approve(*saved); !s)
                    return s.error();
                ++out.approved;
            }
        }
    }

    // The good ideas, their visits and adoptions, spread over the year.
    const QList<Street> streets = HierarchyService(db).streets();
    const auto streetNamed = [&streets](const QString &prefix) {
        for (const Street &s : streets)
            if (s.name.startsWith(prefix))
                return s.id;
        return QString();
    };
    IdeaService ideas(db);
    QSet<QString> adoptions;
    int index = 0;
    for (const IdeaSeed &seedIdea : kIdeas) {
        const QString street = streetNamed(QString::fromUtf8(seedIdea.street));
        if (street.isEmpty())
            continue;
        Idea idea;
        idea.streetId = street;
        idea.title = QString::fromUtf8(seedIdea.title);
        idea.description = QString::fromUtf8(seedIdea.description);
        idea.usedWhere = QString::fromUtf8(seedIdea.usedWhere);
        idea.proposedOn = from.addDays(days * index / 8);
        ++index;
        auto id = ideas.save(idea);
        if (!id)
            return id.error();
        ++out.ideas;
        IdeaVisit v;
        v.ideaId = *id;
        v.visitedOn = idea.proposedOn.addDays(14);
        v.visitors = QStringLiteral("区领导带队，各街道分管负责人");
        v.comments = QStringLiteral("做法实在、可复制，建议把流程写成清单");
        v.refinement = QStringLiteral("按点评意见梳理为五步工作清单，印发各社区");
        if (v.visitedOn <= to) {
            if (auto visited = ideas.addVisit(v); !visited)
                return visited.error();
            ++out.visits;
        }
        // Two to four other streets adopt it after the visit.
        const int adopters = 2 + int(random.bounded(3u));
        for (int a = 0; a < adopters; ++a) {
            const Street &s = streets.at(int(random.bounded(quint32(streets.size()))));
            IdeaAdoption adoption;
            adoption.ideaId = *id;
            adoption.streetId = s.id;
            adoption.adoptedOn = v.visitedOn.addDays(7 + random.bounded(120u));
            if (s.id == street || adoption.adoptedOn > to)
                continue;
            auto adopted = ideas.adopt(adoption);
            if (!adopted)
                return adopted.error();
            adoptions.insert(*adopted); // a street adopting twice keeps one adoption
        }
    }
    out.adoptions = int(adoptions.size());
    return out;
}

} // namespace gd::demogrowth
