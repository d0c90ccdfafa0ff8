// `visits add`, `visits list` and `visits import`: the grid's visits and patrols
// (visits/VisitService.h), recorded for a worker as the signed-in operator, listed newest first
// with the filters `cases list` knows (--street, --community, --grid, --from, --to) and --worker,
// --kind, and imported from a CSV file (visits/VisitImport.h) with a report of the lines refused.
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "visits/VisitImport.h"
#include "visits/VisitService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

const QHash<QString, QString> &visitOptions()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("worker_id"), QStringLiteral("--worker")},
        {QStringLiteral("kind"), QStringLiteral("--kind")},
        {QStringLiteral("at_ms"), QStringLiteral("--at")},
        {QStringLiteral("grid_id"), QStringLiteral("--grid")},
        {QStringLiteral("building_id"), QStringLiteral("--building-address")},
        {QStringLiteral("unit"), QStringLiteral("--unit")},
        {QStringLiteral("room"), QStringLiteral("--room")},
        {QStringLiteral("place"), QStringLiteral("--place")},
        {QStringLiteral("household_id"), QStringLiteral("--household")},
        {QStringLiteral("people_met"), QStringLiteral("--met")},
        {QStringLiteral("found"), QStringLiteral("--found")},
        {QStringLiteral("note"), QStringLiteral("--note")},
        {QStringLiteral("photos"), QStringLiteral("--photo")},
    };
    return map;
}

QJsonObject visitJson(const gd::VisitRow &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("at"), isoTime(r.atMs)},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("worker_id"), r.workerId},
            {QStringLiteral("worker"), r.workerName},
            {QStringLiteral("grid_id"), r.gridId},
            {QStringLiteral("grid"), r.gridName},
            {QStringLiteral("place"), r.place},
            {QStringLiteral("household"), r.householdName},
            {QStringLiteral("found"), r.found},
            {QStringLiteral("case_number"), r.caseNumber},
            {QStringLiteral("photos"), r.photos}};
}

} // namespace

int addVisit(const Invocation &call)
{
    int code = Ok;
    if (!checkCaseChoice(call, QStringLiteral("kind"), gd::visits::kinds(), &code))
        return code;
    gd::Visit v;
    if (call.has(QStringLiteral("kind")))
        v.kind = call.value(QStringLiteral("kind"));
    if (!atOption(call, &v.atMs, &code))
        return code;
    // The photos are read before anything is written: a missing file stops the command.
    for (const QString &path : call.values(QStringLiteral("photo"))) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(
                UserError,
                QCoreApplication::translate("gdcli", "--photo: %1 cannot be read (%2).").arg(path, f.errorString()));
        v.photos << f.readAll();
    }
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    if (v.atMs == 0)
        v.atMs = db->nowMs();
    QString buildingText;
    if (!workerOption(*db, call, QStringLiteral("worker"), &v.workerId, &code) ||
        !gridOption(*db, call, &v.gridId, &code) || !buildingOption(*db, call, &v.buildingId, &buildingText, &code))
        return code;
    if (v.workerId.isEmpty())
        return fail(UserError, QCoreApplication::translate("gdcli", "--worker is missing: name the worker who visited "
                                                                    "(phone or id)."));
    if (v.gridId.isEmpty())
        return fail(UserError, QCoreApplication::translate("gdcli", "--grid is missing: name the grid of the visit "
                                                                    "(its code)."));
    v.householdId = call.value(QStringLiteral("household"));
    v.unit = call.value(QStringLiteral("unit"));
    v.room = call.value(QStringLiteral("room"));
    v.place = call.value(QStringLiteral("place"));
    v.peopleMet = call.value(QStringLiteral("met"));
    v.found = call.value(QStringLiteral("found"));
    v.note = call.value(QStringLiteral("note"));
    gd::VisitService visits(*db);
    auto id = visits.record(v);
    if (!id)
        return refusedByCore(id.error(), visitOptions());
    if (call.json) {
        gd::VisitFilter mine;
        mine.workerId = v.workerId;
        mine.fromMs = v.atMs;
        mine.toMs = v.atMs + 1;
        printRecordedRow(visits, mine, *id, visitJson);
        return Ok;
    }
    printLine(*id);
    return Ok;
}

int listVisits(const Invocation &call)
{
    int code = Ok;
    if (!checkCaseChoice(call, QStringLiteral("kind"), gd::visits::kinds(), &code))
        return code;
    int limit = 50;
    gd::CaseFilter places;
    auto db = openForList(call, &limit, &places, &code);
    if (!db)
        return code;
    gd::VisitFilter f;
    setPlaceAndPeriod(&f, places);
    f.kind = call.value(QStringLiteral("kind"));
    if (!workerOption(*db, call, QStringLiteral("worker"), &f.workerId, &code))
        return code;
    gd::VisitService visits(*db);
    auto rows = collectPages<gd::VisitRow>(limit, gd::VisitService::kMaxLimit,
                                           [&](int want, const QString &after) { return visits.page(f, want, after); });
    if (!rows)
        return fail(exitCodeFor(rows.error()), rows.message());
    if (call.json) {
        printJsonRows(*rows, visitJson);
        return Ok;
    }
    QList<QStringList> table;
    for (const gd::VisitRow &r : *rows)
        table << QStringList{shortTime(r.atMs),
                             gd::visits::kindName(r.kind),
                             r.workerName,
                             r.gridName,
                             r.householdName.isEmpty() ? r.place : r.householdName,
                             r.found.section(QLatin1Char('\n'), 0, 0),
                             r.caseNumber};
    printTable({QCoreApplication::translate("gdcli", "Time"), QCoreApplication::translate("gdcli", "Kind"),
                QCoreApplication::translate("gdcli", "Worker"), QCoreApplication::translate("gdcli", "Grid"),
                QCoreApplication::translate("gdcli", "Place"), QCoreApplication::translate("gdcli", "Found"),
                QCoreApplication::translate("gdcli", "Case")},
               table);
    return Ok;
}

int importVisits(const Invocation &call)
{
    int code = Ok;
    gd::TextEncoding encoding = gd::TextEncoding::Auto;
    if (!checkCaseChoice(call, QStringLiteral("encoding"), gd::textcodec::keys(), &code))
        return code;
    gd::textcodec::fromKey(call.value(QStringLiteral("encoding")), &encoding);
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    auto file = gd::CsvTable::read(call.arguments.value(0), encoding);
    if (!file)
        return fail(exitCodeFor(file.error()), file.message());
    gd::VisitImport importer(*db);
    auto columns = importer.columns(*file, call.value(QStringLiteral("mapping")));
    if (!columns)
        return fail(UserError, QStringLiteral("--mapping: ") + columns.message());
    auto report = importer.import(*file, *columns);
    if (!report)
        return fail(exitCodeFor(report.error()), report.message());
    if (call.json) {
        QJsonArray refused;
        for (const gd::VisitImportLine &l : report->refusedLines)
            refused.append(QJsonObject{{QStringLiteral("line"), l.line},
                                       {QStringLiteral("field"), l.field},
                                       {QStringLiteral("reason"), l.refusal}});
        printJson(QJsonObject{{QStringLiteral("lines"), report->total},
                              {QStringLiteral("imported"), report->imported},
                              {QStringLiteral("already"), report->already},
                              {QStringLiteral("refused"), refused}});
    } else {
        printLine(QCoreApplication::translate("gdcli", "%1 line(s): %2 imported, %3 already there, %4 refused")
                      .arg(report->total)
                      .arg(report->imported)
                      .arg(report->already)
                      .arg(report->refused));
        for (const gd::VisitImportLine &l : report->refusedLines)
            warn(QCoreApplication::translate("gdcli", "line %1: %2: %3")
                     .arg(l.line)
                     .arg(gd::VisitImport::fieldName(l.field), l.refusal));
    }
    return report->refused > 0 ? DataError : Ok;
}

} // namespace gdcli
