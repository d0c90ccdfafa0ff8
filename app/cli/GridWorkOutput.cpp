#include "GridWorkOutput.h"

#include "CliOutput.h"
#include "joint/JointTypes.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace gdcli {

gd::Result<GridWorkReport> gridWorkReport(const gd::ReadSource &source, const gd::stats::StatsRequest &r)
{
    auto work = gd::stats::gridWork(source, r.scope, r.from, r.to);
    if (!work)
        return work.error();
    auto joint = gd::stats::jointWorkTable(source, r.scope, r.from, r.to);
    if (!joint)
        return joint.error();
    return GridWorkReport{*work, *joint};
}

void insertGridWorkJson(QJsonObject *out, const GridWorkReport &report)
{
    QJsonObject gridWork;
    for (const gd::stats::GridWorkLine &l : gd::stats::gridWorkLines(report.work)) {
        const auto number = [](double v) { return std::isnan(v) ? QJsonValue() : QJsonValue(v); };
        QJsonObject line{{QStringLiteral("name"), l.name}, {QStringLiteral("value"), number(l.value)}};
        if (!l.live)
            line.insert(QStringLiteral("before"), number(l.before));
        gridWork.insert(l.key, line);
    }
    out->insert(QStringLiteral("grid_work"), gridWork);
    // Joint activities per police grid and kind, and the meetings per level.
    const gd::stats::JointWorkTable &joint = report.joint;
    const auto byKind = [&joint](const QList<qint64> &counts) {
        QJsonObject o;
        for (int i = 0; i < joint.kinds.size(); ++i)
            o.insert(joint.kinds.at(i), counts.value(i));
        return o;
    };
    QJsonArray policeGrids;
    for (const gd::stats::JointWorkTable::Line &l : joint.lines)
        policeGrids.append(QJsonObject{{QStringLiteral("id"), l.policeGridId},
                                       {QStringLiteral("name"), l.policeGridName},
                                       {QStringLiteral("by_kind"), byKind(l.perKind)},
                                       {QStringLiteral("total"), l.total}});
    QJsonObject meetings;
    for (int i = 0; i < gd::joint::levels().size(); ++i)
        meetings.insert(gd::joint::levels().at(i), joint.meetings.value(i));
    out->insert(QStringLiteral("joint_work"), QJsonObject{{QStringLiteral("police_grids"), policeGrids},
                                                          {QStringLiteral("by_kind"), byKind(joint.perKind)},
                                                          {QStringLiteral("total"), joint.total},
                                                          {QStringLiteral("meetings"), meetings}});
}

void printGridWork(const GridWorkReport &report)
{
    QList<QStringList> workRows;
    for (const gd::stats::GridWorkLine &l : gd::stats::gridWorkLines(report.work))
        workRows << QStringList{l.name, l.valueText(), l.changeText()};
    printLine(QString());
    printTable({QCoreApplication::translate("gdcli", "Grid work"), QCoreApplication::translate("gdcli", "Value"),
                QCoreApplication::translate("gdcli", "Against the period before")},
               workRows);
    const gd::stats::JointWorkTable &joint = report.joint;
    if (joint.total == 0)
        return;
    QStringList headers{QCoreApplication::translate("gdcli", "Police grid")};
    for (const QString &k : joint.kinds)
        headers << gd::joint::activityKindName(k);
    headers << QCoreApplication::translate("gdcli", "Total", "the sum of a row's counts");
    QList<QStringList> jointRows;
    const auto line = [](const QString &name, const QList<qint64> &counts, qint64 total) {
        QStringList row{name};
        for (qint64 n : counts)
            row << QString::number(n);
        return row << QString::number(total);
    };
    for (const gd::stats::JointWorkTable::Line &l : joint.lines)
        jointRows << line(l.policeGridName, l.perKind, l.total);
    jointRows << line(QCoreApplication::translate("gdcli", "All police grids"), joint.perKind, joint.total);
    printLine(QString());
    printTable(headers, jointRows);
}

} // namespace gdcli
