// `grids list`: every grid with its community, street, worker and paired police grid.
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "OrgCodes.h"
#include "org/GridService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

QJsonObject gridJson(const gd::GridSummary &s)
{
    const gd::Grid &g = s.grid;
    return {{QStringLiteral("id"), g.id},
            {QStringLiteral("code"), g.code},
            {QStringLiteral("name"), g.name},
            {QStringLiteral("kind"), g.kind},
            {QStringLiteral("community_code"), s.communityCode},
            {QStringLiteral("community_name"), s.communityName},
            {QStringLiteral("street_code"), s.streetCode},
            {QStringLiteral("street_name"), s.streetName},
            {QStringLiteral("households"), g.households},
            {QStringLiteral("residents"), g.residents},
            {QStringLiteral("worker_name"), textOrNull(s.workerName)},
            {QStringLiteral("worker_phone"), textOrNull(s.workerPhone)},
            {QStringLiteral("head_name"), textOrNull(s.headName)},
            {QStringLiteral("police_grid_code"), textOrNull(s.policeGridCode)},
            {QStringLiteral("officer_name"), textOrNull(s.officerName)},
            {QStringLiteral("officer_phone"), textOrNull(s.officerPhone)},
            {QStringLiteral("buildings"), s.buildingCount},
            {QStringLiteral("active"), g.active}};
}

} // namespace

int listGrids(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    QString streetId, communityId;
    for (const auto &[option, id] : {std::pair{"street", &streetId}, std::pair{"community", &communityId}})
        if (call.has(QLatin1String(option))) {
            *id = orgIdForCode(*db, call.db, QLatin1String(option), call.value(QLatin1String(option)));
            if (id->isEmpty())
                return UserError;
        }
    const QList<gd::GridSummary> grids = gd::GridService(*db).summaries(streetId, communityId);
    if (call.json) {
        QJsonArray array;
        for (const gd::GridSummary &s : grids)
            array.append(gridJson(s));
        printJson(array);
        return Ok;
    }
    QList<QStringList> rows;
    for (const gd::GridSummary &s : grids) {
        QString name = s.grid.name;
        if (!s.grid.active)
            name += QCoreApplication::translate("gdcli", " (inactive)");
        rows << QStringList{s.grid.code, name, s.communityName, s.workerName, s.workerPhone, s.policeGridCode};
    }
    printTable({QCoreApplication::translate("gdcli", "Code"), QCoreApplication::translate("gdcli", "Name"),
                QCoreApplication::translate("gdcli", "Community"), QCoreApplication::translate("gdcli", "Worker"),
                QCoreApplication::translate("gdcli", "Phone"), QCoreApplication::translate("gdcli", "Police grid")},
               rows);
    printLine(QCoreApplication::translate("gdcli", "%n grid(s)", nullptr, int(grids.size())));
    return Ok;
}

} // namespace gdcli
