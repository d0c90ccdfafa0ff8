// `stats`: the office's figures for a period and scope, broken down on request, with 环比 and 同比;
// `stats rebuild`: the figures' aggregate counted again from the cases (the repair `check` asks for).
// The figures, their names and their arithmetic are core's (stats/Figures.h, FigureQuery.h).
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "joint/JointTypes.h"
#include "org/OfficeSettings.h"
#include "rating/ReviewSettings.h"
#include "stats/FigureQuery.h"
#include "stats/GridWorkFigures.h"
#include "stats/JointFigures.h"
#include "stats/StatsStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace gdcli {

namespace {

using namespace gd::stats;

QJsonValue number(const FigureValue &v)
{
    return v.defined() ? QJsonValue(v.value) : QJsonValue(QJsonValue::Null);
}

// Each figure under its code: numerator, denominator, value, prev (环比), yoy (同比).
QJsonObject figuresJson(const QList<Figure> &figures, const Counts &now, const Counts &prev, const Counts &yoy,
                        qint64 minimumSample)
{
    QJsonObject out;
    for (const Figure &f : figures) {
        const FigureValue v = evaluate(f, now);
        QJsonObject o{{QStringLiteral("name"), f.name()},
                      {QStringLiteral("numerator"), v.numerator},
                      {QStringLiteral("denominator"),
                       f.kind == FigureKind::Count ? QJsonValue(QJsonValue::Null) : QJsonValue(double(v.denominator))},
                      {QStringLiteral("value"), number(v)},
                      {QStringLiteral("prev"), f.live() ? QJsonValue() : number(evaluate(f, prev))},
                      {QStringLiteral("yoy"), f.live() ? QJsonValue() : number(evaluate(f, yoy))}};
        if (smallSample(f, v, minimumSample))
            o.insert(QStringLiteral("small_sample"), true);
        out.insert(f.code, o);
    }
    return out;
}

bool parseDay(const Invocation &call, const char *option, QDate *day, int *code)
{
    const QString name = QString::fromLatin1(option);
    *day = QDate::fromString(call.value(name).trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (day->isValid())
        return true;
    *code = fail(
        UserError,
        QCoreApplication::translate("gdcli", "--%1: give a day as YYYY-MM-DD, not '%2'.").arg(name, call.value(name)));
    return false;
}

// The request the options describe; false after printing why when they describe none.
bool requestOf(gd::Database &db, const Invocation &call, StatsRequest *r, int *code)
{
    if (!call.has(QStringLiteral("from")) || !call.has(QStringLiteral("to"))) {
        *code = fail(UserError, QCoreApplication::translate("gdcli", "stats: give the period with --from and --to "
                                                                     "(YYYY-MM-DD)."));
        return false;
    }
    if (!parseDay(call, "from", &r->from, code) || !parseDay(call, "to", &r->to, code))
        return false;
    if (r->from > r->to) {
        *code = fail(UserError, QCoreApplication::translate("gdcli", "--to: the period ends before it begins."));
        return false;
    }
    if (!scopeOption(db, call, QStringLiteral("stats"), &r->scope, code))
        return false;
    if (call.has(QStringLiteral("by")) && !breakdownFromKey(call.value(QStringLiteral("by")), &r->by)) {
        *code = fail(UserError,
                     QCoreApplication::translate("gdcli", "--by: one of %1, not '%2'.")
                         .arg(breakdownKeys().mid(1).join(QStringLiteral(", ")), call.value(QStringLiteral("by"))));
        return false;
    }
    const QString view = call.value(QStringLiteral("view"));
    if (view.isEmpty() || view == QLatin1String("received")) {
        r->view = View::Received;
    } else if (view == QLatin1String("completed")) {
        r->view = View::Completed;
    } else {
        *code =
            fail(UserError, QCoreApplication::translate("gdcli", "--view: received or completed, not '%1'.").arg(view));
        return false;
    }
    return true;
}

} // namespace

int showStats(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    StatsRequest r;
    if (!requestOf(*db, call, &r, &code))
        return code;
    const gd::rating::SatisfactionWeights w = gd::rating::ReviewRules::load(*db).satisfaction;
    const QList<Figure> figures = gd::stats::figures(w.satisfied, w.basic, w.dissatisfied);
    const qint64 minimum = gd::OfficeSettings(*db).load().minimumSample;
    // The same count for the period before (环比) and a year earlier (同比).
    StatsRequest prev = r, yoy = r;
    std::tie(prev.from, prev.to) = previousPeriod(r.from, r.to);
    std::tie(yoy.from, yoy.to) = yearEarlier(r.from, r.to);
    auto now = count(*db, r), before = count(*db, prev), lastYear = count(*db, yoy);
    for (const auto *result : {&now, &before, &lastYear})
        if (!*result)
            return fail(exitCodeFor(result->error()), result->message());
    // The grid's work beyond requests for the same scope and period (visits, disputes).
    auto work = gd::stats::gridWork(*db, r.scope, r.from, r.to);
    if (!work)
        return fail(exitCodeFor(work.error()), work.message());
    const QList<gd::stats::GridWorkLine> workLines = gd::stats::gridWorkLines(*work);
    auto joint = gd::stats::jointWorkTable(*db, r.scope, r.from, r.to);
    if (!joint)
        return fail(exitCodeFor(joint.error()), joint.message());
    const auto groupOf = [](const StatsTable &t, const QString &key) {
        for (const StatsGroup &g : t.groups)
            if (g.key == key)
                return g.counts;
        return Counts();
    };
    if (call.json) {
        QJsonObject out = figuresJson(figures, now->total, before->total, lastYear->total, minimum);
        out.insert(QStringLiteral("from"), r.from.toString(Qt::ISODate));
        out.insert(QStringLiteral("to"), r.to.toString(Qt::ISODate));
        out.insert(QStringLiteral("view"),
                   r.view == View::Received ? QStringLiteral("received") : QStringLiteral("completed"));
        QJsonObject gridWork;
        for (const gd::stats::GridWorkLine &l : workLines) {
            const auto number = [](double v) { return std::isnan(v) ? QJsonValue() : QJsonValue(v); };
            QJsonObject line{{QStringLiteral("name"), l.name}, {QStringLiteral("value"), number(l.value)}};
            if (!l.live)
                line.insert(QStringLiteral("before"), number(l.before));
            gridWork.insert(l.key, line);
        }
        out.insert(QStringLiteral("grid_work"), gridWork);
        // Joint activities per police grid and kind, and the meetings per level.
        const auto byKind = [&joint](const QList<qint64> &counts) {
            QJsonObject o;
            for (int i = 0; i < joint->kinds.size(); ++i)
                o.insert(joint->kinds.at(i), counts.value(i));
            return o;
        };
        QJsonArray policeGrids;
        for (const gd::stats::JointWorkTable::Line &l : joint->lines)
            policeGrids.append(QJsonObject{{QStringLiteral("id"), l.policeGridId},
                                           {QStringLiteral("name"), l.policeGridName},
                                           {QStringLiteral("by_kind"), byKind(l.perKind)},
                                           {QStringLiteral("total"), l.total}});
        QJsonObject meetings;
        for (int i = 0; i < gd::joint::levels().size(); ++i)
            meetings.insert(gd::joint::levels().at(i), joint->meetings.value(i));
        out.insert(QStringLiteral("joint_work"), QJsonObject{{QStringLiteral("police_grids"), policeGrids},
                                                             {QStringLiteral("by_kind"), byKind(joint->perKind)},
                                                             {QStringLiteral("total"), joint->total},
                                                             {QStringLiteral("meetings"), meetings}});
        if (r.by != Breakdown::None) {
            QJsonArray groups;
            for (const StatsGroup &g : now->groups)
                groups.append(
                    QJsonObject{{QStringLiteral("key"), g.key},
                                {QStringLiteral("code"), g.code},
                                {QStringLiteral("name"), g.name},
                                {QStringLiteral("figures"), figuresJson(figures, g.counts, groupOf(*before, g.key),
                                                                        groupOf(*lastYear, g.key), minimum)}});
            out.insert(QStringLiteral("by"), breakdownKeys().at(int(r.by)));
            out.insert(QStringLiteral("groups"), groups);
        }
        printJson(out);
        return Ok;
    }
    QList<QStringList> rows;
    for (const Figure &f : figures) {
        const FigureValue v = evaluate(f, now->total);
        rows << QStringList{
            f.name(), valueText(f, v),
            f.kind == FigureKind::Count ? QString() : QStringLiteral("%1 / %2").arg(v.numerator).arg(v.denominator),
            changeText(f, v, evaluate(f, before->total)), changeText(f, v, evaluate(f, lastYear->total))};
    }
    printTable({QCoreApplication::translate("gdcli", "Figure"), QCoreApplication::translate("gdcli", "Value"),
                QCoreApplication::translate("gdcli", "Counted"),
                QCoreApplication::translate("gdcli", "Against the period before"),
                QCoreApplication::translate("gdcli", "Against a year earlier")},
               rows);
    QList<QStringList> workRows;
    for (const gd::stats::GridWorkLine &l : workLines)
        workRows << QStringList{l.name, l.valueText(), l.changeText()};
    printLine(QString());
    printTable({QCoreApplication::translate("gdcli", "Grid work"), QCoreApplication::translate("gdcli", "Value"),
                QCoreApplication::translate("gdcli", "Against the period before")},
               workRows);
    if (joint->total > 0) {
        QStringList headers{QCoreApplication::translate("gdcli", "Police grid")};
        for (const QString &k : joint->kinds)
            headers << gd::joint::activityKindName(k);
        headers << QCoreApplication::translate("gdcli", "Total");
        QList<QStringList> jointRows;
        const auto line = [](const QString &name, const QList<qint64> &counts, qint64 total) {
            QStringList row{name};
            for (qint64 n : counts)
                row << QString::number(n);
            return row << QString::number(total);
        };
        for (const gd::stats::JointWorkTable::Line &l : joint->lines)
            jointRows << line(l.policeGridName, l.perKind, l.total);
        jointRows << line(QCoreApplication::translate("gdcli", "All police grids"), joint->perKind, joint->total);
        printLine(QString());
        printTable(headers, jointRows);
    }
    if (r.by == Breakdown::None)
        return Ok;
    // The groups with the headline figures; --json gives every figure of every group.
    const QStringList shown{QStringLiteral("received"), QStringLiteral("completion_rate"),
                            QStringLiteral("on_time_rate"), QStringLiteral("satisfaction_rate"),
                            QStringLiteral("overdue")};
    QStringList headers{QCoreApplication::translate("gdcli", "Group")};
    for (const Figure &f : figures)
        if (shown.contains(f.code))
            headers << f.name();
    QList<QStringList> groupRows;
    for (const StatsGroup &g : now->groups) {
        QStringList row{g.name.isEmpty() ? (g.key.isEmpty() ? QCoreApplication::translate("gdcli", "(none)") : g.key)
                                         : g.name};
        for (const Figure &f : figures)
            if (shown.contains(f.code)) {
                const FigureValue v = evaluate(f, g.counts);
                row << (smallSample(f, v, minimum) && v.defined() ? QStringLiteral("(%1)").arg(valueText(f, v))
                                                                  : valueText(f, v));
            }
        groupRows << row;
    }
    printLine(QString());
    printTable(headers, groupRows);
    return Ok;
}

int rebuildStats(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    QElapsedTimer watch;
    watch.start();
    gd::Transaction tx(*db);
    if (!tx.started())
        return fail(DataError, tx.startError().message);
    if (gd::Status s = gd::stats::rebuild(db->sql()); !s)
        return fail(exitCodeFor(s.error()), s.message());
    if (gd::Status s = tx.commit(); !s)
        return fail(exitCodeFor(s.error()), s.message());
    printLine(QCoreApplication::translate("gdcli", "The figures were counted again from the cases in %1 s.")
                  .arg(double(watch.elapsed()) / 1000.0, 0, 'f', 1));
    return Ok;
}

} // namespace gdcli
