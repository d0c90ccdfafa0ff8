#include "GridWorkFigures.h"

#include "cases/CaseTypes.h"

#include <QCoreApplication>

#include <cmath>

namespace gd::stats {

namespace gridwork {

namespace {

struct Key {
    const char *key;
    const char *name;
};

const Key kKeys[] = {
    {"visits", QT_TRANSLATE_NOOP("gd::gridwork", "Visits and patrols")},
    {"home_visits", QT_TRANSLATE_NOOP("gd::gridwork", "Home visits")},
    {"patrols", QT_TRANSLATE_NOOP("gd::gridwork", "Patrols")},
    {"care_visits", QT_TRANSLATE_NOOP("gd::gridwork", "Care visits")},
    {"problems_found", QT_TRANSLATE_NOOP("gd::gridwork", "Problems found on visits")},
    {"care_late", QT_TRANSLATE_NOOP("gd::gridwork", "Care visits late now")},
    {"disputes_found", QT_TRANSLATE_NOOP("gd::gridwork", "Disputes found")},
    {"disputes_screened", QT_TRANSLATE_NOOP("gd::gridwork", "Disputes found by screening")},
    {"disputes_settled", QT_TRANSLATE_NOOP("gd::gridwork", "Disputes settled")},
    {"disputes_referred", QT_TRANSLATE_NOOP("gd::gridwork", "Disputes referred")},
    {"disputes_withdrawn", QT_TRANSLATE_NOOP("gd::gridwork", "Disputes withdrawn")},
    {"high_risk_waiting", QT_TRANSLATE_NOOP("gd::gridwork", "High-risk disputes to review")},
    {"joint_activities", QT_TRANSLATE_NOOP("gd::gridwork", "Police–grid joint activities")},
    {"joint_meetings", QT_TRANSLATE_NOOP("gd::gridwork", "Joint meetings held")},
    {"joint_tasks_due", QT_TRANSLATE_NOOP("gd::gridwork", "Meeting tasks due")},
    {"joint_tasks_on_time", QT_TRANSLATE_NOOP("gd::gridwork", "Meeting tasks done on time")},
    {"councils_held", QT_TRANSLATE_NOOP("gd::gridwork", "Residents' councils held")},
    {"council_rules", QT_TRANSLATE_NOOP("gd::gridwork", "Rules adopted by councils")},
    {"volunteer_services", QT_TRANSLATE_NOOP("gd::gridwork", "Volunteer services")},
    {"volunteer_hours", QT_TRANSLATE_NOOP("gd::gridwork", "Volunteer hours")},
};

} // namespace

QStringList keys()
{
    QStringList out;
    for (const Key &k : kKeys)
        out << QLatin1String(k.key);
    return out;
}

QString name(const QString &key)
{
    for (const Key &k : kKeys)
        if (key == QLatin1String(k.key))
            return QCoreApplication::translate("gd::gridwork", k.name);
    return key;
}

bool live(const QString &key)
{
    return key == QLatin1String("care_late") || key == QLatin1String("high_risk_waiting");
}

QString countedBy(const QString &lineKey)
{
    if (lineKey == QLatin1String("settlement_rate"))
        return QStringLiteral("disputes_settled");
    if (lineKey == QLatin1String("tasks_on_time_rate"))
        return QStringLiteral("joint_tasks_on_time");
    return lineKey;
}

Records recordsOf(const QString &key, const StatsScope &scope, qint64 fromMs, qint64 toMs)
{
    Records r;
    if (key == QLatin1String("care_late")) {
        r.kind = Records::Care;
        setPlace(&r.care, scope);
        r.care.lateOnly = true;
        return r;
    }
    if (key == QLatin1String("volunteer_services") || key == QLatin1String("volunteer_hours")) {
        r.kind = Records::Volunteers;
        setPlace(&r.volunteers, scope);
        r.volunteers.fromMs = fromMs;
        r.volunteers.toMs = toMs;
        r.hours = key == QLatin1String("volunteer_hours");
        return r;
    }
    if (key == QLatin1String("councils_held") || key == QLatin1String("council_rules")) {
        r.kind = Records::Councils;
        setPlace(&r.councils, scope);
        r.councils.fromMs = fromMs;
        r.councils.toMs = toMs;
        r.councils.withRule = key == QLatin1String("council_rules");
        return r;
    }
    if (key == QLatin1String("joint_activities")) {
        r.kind = Records::JointActivities;
        setPlace(&r.joint, scope);
        r.joint.fromMs = fromMs;
        r.joint.toMs = toMs;
        return r;
    }
    if (key == QLatin1String("joint_meetings")) {
        r.kind = Records::JointMeetings;
        setPlace(&r.meetings, scope);
        r.meetings.fromMs = fromMs;
        r.meetings.toMs = toMs;
        return r;
    }
    if (key.startsWith(QLatin1String("joint_tasks_"))) {
        // The tasks due in the period (a due day's end falls in it), and those of them done on time.
        r.kind = Records::JointTasks;
        setPlace(&r.tasks.meetings, scope);
        r.tasks.dueFromMs = fromMs;
        r.tasks.dueToMs = toMs;
        r.tasks.onTimeOnly = key == QLatin1String("joint_tasks_on_time");
        return r;
    }
    if (key.startsWith(QLatin1String("disputes_")) || key == QLatin1String("high_risk_waiting")) {
        r.kind = Records::Disputes;
        setPlace(&r.disputes, scope);
        if (key == QLatin1String("high_risk_waiting")) {
            r.disputes.awaitingReview = true;
        } else if (key == QLatin1String("disputes_found") || key == QLatin1String("disputes_screened")) {
            r.disputes.fromMs = fromMs;
            r.disputes.toMs = toMs;
            if (key == QLatin1String("disputes_screened"))
                r.disputes.source = QStringLiteral("screening");
        } else {
            r.disputes.endedFromMs = fromMs;
            r.disputes.endedToMs = toMs;
            r.disputes.outcome = key.mid(int(qstrlen("disputes_")));
        }
        return r;
    }
    r.kind = Records::Visits;
    setPlace(&r.visits, scope);
    r.visits.fromMs = fromMs;
    r.visits.toMs = toMs;
    if (key == QLatin1String("home_visits"))
        r.visits.kind = QStringLiteral("visit");
    else if (key == QLatin1String("patrols"))
        r.visits.kind = QStringLiteral("patrol");
    else if (key == QLatin1String("care_visits"))
        r.visits.careOnly = true;
    else if (key == QLatin1String("problems_found"))
        r.visits.foundOnly = true;
    return r;
}

Result<qint64> countOf(const ReadSource &source, const Records &records)
{
    const auto widened = [](const Result<int> &n) {
        return n ? Result<qint64>(qint64(*n)) : Result<qint64>(n.error());
    };
    switch (records.kind) {
    case Records::Visits: return widened(VisitService::countIn(source, records.visits));
    case Records::Disputes: return widened(DisputeList::countIn(source, records.disputes));
    case Records::JointActivities: return widened(JointActivityService::countIn(source, records.joint));
    case Records::JointMeetings: return widened(JointMeetingService::countIn(source, records.meetings));
    case Records::JointTasks: return widened(JointTaskService::countIn(source, records.tasks));
    case Records::Councils: return widened(CouncilService::countIn(source, records.councils));
    case Records::Care: return widened(CareRegister::countIn(source, records.care));
    case Records::Volunteers:
        if (records.hours) {
            auto h = VolunteerServiceLog::hoursIn(source, records.volunteers);
            return h ? Result<qint64>(qint64(std::llround(*h))) : Result<qint64>(h.error());
        }
        return widened(VolunteerServiceLog::countIn(source, records.volunteers));
    }
    return qint64(0);
}

Result<qint64> countOf(Database &db, const Records &records)
{
    return countOf(ReadSource::of(db), records);
}

} // namespace gridwork

double GridWorkCounts::settlementRate() const
{
    const qint64 settled = value(QStringLiteral("disputes_settled"));
    const qint64 ended = settled + value(QStringLiteral("disputes_referred"));
    return ended == 0 ? std::nan("") : double(settled) / double(ended);
}

double GridWorkCounts::tasksOnTimeRate() const
{
    const qint64 due = value(QStringLiteral("joint_tasks_due"));
    return due == 0 ? std::nan("") : double(value(QStringLiteral("joint_tasks_on_time"))) / double(due);
}

QString GridWorkLine::valueText() const
{
    if (std::isnan(value))
        return QStringLiteral("—");
    return rate ? QStringLiteral("%1%").arg(value * 100, 0, 'f', 1) : QString::number(qint64(value));
}

QString GridWorkLine::changeText() const
{
    if (live || std::isnan(value) || std::isnan(before))
        return QStringLiteral("—");
    const double d = rate ? (value - before) * 100 : value - before;
    const QString sign = d > 0 ? QStringLiteral("+") : d < 0 ? QStringLiteral("−") : QString();
    if (rate)
        return QCoreApplication::translate("gd::gridwork", "%1%2 pts").arg(sign).arg(std::abs(d), 0, 'f', 1);
    return sign + QString::number(qint64(std::abs(d)));
}

QList<GridWorkLine> gridWorkLines(const GridWork &work)
{
    QList<GridWorkLine> out;
    for (const QString &key : gridwork::keys()) {
        GridWorkLine l;
        l.key = key;
        l.name = gridwork::name(key);
        l.value = double(work.now.value(key));
        l.before = double(work.before.value(key));
        l.live = gridwork::live(key);
        out << l;
        const auto rate = [&](const char *rateKey, const QString &rateName, double now, double before) {
            GridWorkLine r;
            r.key = QLatin1String(rateKey);
            r.name = rateName;
            r.value = now;
            r.before = before;
            r.rate = true;
            out << r;
        };
        if (key == QLatin1String("disputes_withdrawn"))
            rate("settlement_rate", QCoreApplication::translate("gd::gridwork", "Settlement rate"),
                 work.now.settlementRate(), work.before.settlementRate());
        if (key == QLatin1String("joint_tasks_on_time"))
            rate("tasks_on_time_rate", QCoreApplication::translate("gd::gridwork", "Tasks done on time"),
                 work.now.tasksOnTimeRate(), work.before.tasksOnTimeRate());
    }
    return out;
}

Result<GridWorkCounts> gridWorkCounts(const ReadSource &source, const StatsScope &scope, const QDate &from,
                                      const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(
            QStringLiteral("period"),
            QCoreApplication::translate("gd::gridwork", "The period's last day is before its first."));
    const qint64 fromMs = cases::dayStartMs(from), toMs = cases::dayStartMs(to.addDays(1));
    GridWorkCounts out;
    // The visits' counts read in one pass over the period's visits, and the disputes' in one pass
    // per period they are found or ended in: the same filters as one by one (a city's year of
    // visits is read once, not five times).
    QList<QStringList> batchKeys;
    QList<QList<VisitFilter>> visitBatches;
    QList<QList<DisputeFilter>> disputeBatches;
    QHash<QString, int> batchOf;
    for (const QString &key : gridwork::keys()) {
        const gridwork::Records records = gridwork::recordsOf(key, scope, fromMs, toMs);
        const DisputeFilter &d = records.disputes;
        const QString batch = records.kind == gridwork::Records::Visits     ? QStringLiteral("visits")
                              : records.kind != gridwork::Records::Disputes ? QString()
                              : d.fromMs > 0                                ? QStringLiteral("found")
                              : d.endedFromMs > 0                           ? QStringLiteral("ended")
                                                                            : QStringLiteral("now");
        if (batch.isEmpty()) {
            auto n = gridwork::countOf(source, records);
            if (!n)
                return n.error();
            out.values.insert(key, *n);
            continue;
        }
        if (!batchOf.contains(batch)) {
            batchOf.insert(batch, int(batchKeys.size()));
            batchKeys << QStringList();
            visitBatches << QList<VisitFilter>();
            disputeBatches << QList<DisputeFilter>();
        }
        const int b = batchOf.value(batch);
        batchKeys[b] << key;
        if (records.kind == gridwork::Records::Visits)
            visitBatches[b] << records.visits;
        else
            disputeBatches[b] << d;
    }
    for (int b = 0; b < batchKeys.size(); ++b) {
        auto counts = visitBatches.at(b).isEmpty() ? DisputeList::countsIn(source, disputeBatches.at(b))
                                                   : VisitService::countsIn(source, visitBatches.at(b));
        if (!counts)
            return counts.error();
        for (int i = 0; i < batchKeys.at(b).size(); ++i)
            out.values.insert(batchKeys.at(b).at(i), counts->value(i));
    }
    return out;
}

Result<GridWorkCounts> gridWorkCounts(Database &db, const StatsScope &scope, const QDate &from, const QDate &to)
{
    return gridWorkCounts(ReadSource::of(db), scope, from, to);
}

Result<GridWork> gridWork(const ReadSource &source, const StatsScope &scope, const QDate &from, const QDate &to)
{
    auto now = gridWorkCounts(source, scope, from, to);
    if (!now)
        return now.error();
    const auto [beforeFrom, beforeTo] = previousPeriod(from, to);
    auto before = gridWorkCounts(source, scope, beforeFrom, beforeTo);
    if (!before)
        return before.error();
    return GridWork{*now, *before};
}

Result<GridWork> gridWork(Database &db, const StatsScope &scope, const QDate &from, const QDate &to)
{
    return gridWork(ReadSource::of(db), scope, from, to);
}

} // namespace gd::stats
