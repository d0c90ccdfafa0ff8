// `stats`: the office's figures for a period and scope, broken down on request, with 环比 and 同比;
// `stats rebuild`: the figures' aggregate counted again from the cases (the repair `check` asks for).
// The figures, their names and their arithmetic are core's (stats/Figures.h, FigureQuery.h).
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "FigureOutput.h"
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

// The request the options describe; false after printing why when they describe none.
bool requestOf(gd::Database &db, const Invocation &call, StatsRequest *r, int *code)
{
    QString why;
    if (!figureRequest([&call](const QString &option) { return call.has(option) ? call.value(option) : QString(); }, r,
                       &why)) {
        *code = fail(UserError, why);
        return false;
    }
    return scopeOption(db, call, QStringLiteral("stats"), &r->scope, code);
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
    auto report = figureReport(r, gd::stats::figures(w.satisfied, w.basic, w.dissatisfied),
                               gd::OfficeSettings(*db).load().minimumSample,
                               [&db](const StatsRequest &request) { return count(*db, request); });
    if (!report)
        return fail(exitCodeFor(report.error()), report.message());
    // The grid's work beyond requests for the same scope and period (visits, disputes).
    auto work = gd::stats::gridWork(*db, r.scope, r.from, r.to);
    if (!work)
        return fail(exitCodeFor(work.error()), work.message());
    const QList<gd::stats::GridWorkLine> workLines = gd::stats::gridWorkLines(*work);
    auto joint = gd::stats::jointWorkTable(*db, r.scope, r.from, r.to);
    if (!joint)
        return fail(exitCodeFor(joint.error()), joint.message());
    if (call.json) {
        QJsonObject out = figureReportJson(*report);
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
        printJson(out);
        return Ok;
    }
    printFigureTable(*report);
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
    printFigureGroups(*report);
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
