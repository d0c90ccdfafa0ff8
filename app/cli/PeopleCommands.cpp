// `workers list`: workers and volunteers with their grids, filtered as the window's list is.
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "people/WorkerService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

QJsonObject workerJson(const gd::WorkerSummary &s)
{
    const gd::Worker &w = s.worker;
    return {{QStringLiteral("id"), w.id},
            {QStringLiteral("name"), w.name},
            {QStringLiteral("sex"), textOrNull(w.sex)},
            {QStringLiteral("kind"), w.kind},
            {QStringLiteral("status"), w.status},
            {QStringLiteral("phone"), textOrNull(w.phone)},
            {QStringLiteral("star"), w.star},
            {QStringLiteral("community"), textOrNull(s.communityName)},
            {QStringLiteral("community_id"), textOrNull(w.communityId)},
            {QStringLiteral("start_date"), textOrNull(w.startDate)},
            {QStringLiteral("grid_codes"), QJsonArray::fromStringList(s.gridCodes)}};
}

// A police officer or grid head may serve a dozen grids; a terminal row shows the first few
// (--json carries them all).
QString gridsCell(const QStringList &codes)
{
    constexpr int kShown = 3;
    if (codes.size() <= kShown)
        return codes.join(QLatin1Char(' '));
    return QCoreApplication::translate("gdcli", "%1 and %n more", nullptr, int(codes.size() - kShown))
        .arg(codes.mid(0, kShown).join(QLatin1Char(' ')));
}

// A value from a fixed list: refused with the list, so the user sees what would have worked.
bool checkChoice(const Invocation &call, const QString &option, const QStringList &choices, int *code)
{
    if (!call.has(option) || choices.contains(call.value(option)))
        return true;
    *code = fail(UserError, QCoreApplication::translate("gdcli", "--%1: '%2' is not one of %3.")
                                .arg(option, call.value(option), choices.join(QStringLiteral(", "))));
    return false;
}

} // namespace

int listWorkers(const Invocation &call)
{
    int code = Ok;
    if (!checkChoice(call, QStringLiteral("kind"), gd::people::workerKinds(), &code) ||
        !checkChoice(call, QStringLiteral("status"), gd::people::workerStatuses(), &code))
        return code;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    gd::WorkerQuery query;
    query.kind = call.value(QStringLiteral("kind"));
    query.status = call.value(QStringLiteral("status"));
    query.text = call.value(QStringLiteral("search"));
    const QList<gd::WorkerSummary> workers = gd::WorkerService(*db).list(query);
    if (call.json) {
        QJsonArray array;
        for (const gd::WorkerSummary &s : workers)
            array.append(workerJson(s));
        printJson(array);
        return Ok;
    }
    QList<QStringList> rows;
    for (const gd::WorkerSummary &s : workers) {
        const gd::Worker &w = s.worker;
        rows << QStringList{w.name,
                            gd::people::workerKindName(w.kind),
                            gd::people::workerStatusName(w.status),
                            w.phone,
                            gd::people::starText(w.star),
                            s.communityName,
                            gridsCell(s.gridCodes)};
    }
    printTable({QCoreApplication::translate("gdcli", "Name"), QCoreApplication::translate("gdcli", "Kind"),
                QCoreApplication::translate("gdcli", "Status"), QCoreApplication::translate("gdcli", "Phone"),
                QCoreApplication::translate("gdcli", "Star"), QCoreApplication::translate("gdcli", "Community"),
                QCoreApplication::translate("gdcli", "Grids")},
               rows);
    printLine(QCoreApplication::translate("gdcli", "%n worker(s)", nullptr, int(workers.size())));
    return Ok;
}

} // namespace gdcli
