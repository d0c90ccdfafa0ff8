// `volunteers teams add|list`, `volunteers services add|list`, `volunteers totals` and `volunteers
// hours`: volunteer service (volunteers/) from the command line — a community's or a grid's team
// with its leader and members (--member, repeatable), a service done by a team in a grid with its
// kind (by name: a new kind joins the office's list), hours, households and the volunteers who
// served (--person, repeatable); the totals per team, person or kind for a period, and a
// volunteer's hours statement as PDF.
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "org/GridService.h"
#include "volunteers/VolunteerHours.h"
#include "volunteers/VolunteerServices.h"
#include "volunteers/VolunteerTeams.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

const QHash<QString, QString> &volunteerOptions()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("name"), QStringLiteral("--name")},
        {QStringLiteral("community_id"), QStringLiteral("--community")},
        {QStringLiteral("grid_id"), QStringLiteral("--grid")},
        {QStringLiteral("leader_id"), QStringLiteral("--leader")},
        {QStringLiteral("worker_id"), QStringLiteral("--member")},
        {QStringLiteral("team_id"), QStringLiteral("--team")},
        {QStringLiteral("kind_id"), QStringLiteral("--kind")},
        {QStringLiteral("kind"), QStringLiteral("--kind")},
        {QStringLiteral("at_ms"), QStringLiteral("--at")},
        {QStringLiteral("hours"), QStringLiteral("--hours")},
        {QStringLiteral("households"), QStringLiteral("--households")},
        {QStringLiteral("workers"), QStringLiteral("--person")},
        {QStringLiteral("summary"), QStringLiteral("--description")},
        {QStringLiteral("note"), QStringLiteral("--note")},
        {QStringLiteral("period"), QStringLiteral("--from")},
    };
    return map;
}

// --team NAME|ID: a team by its id or its name (the first of that name, by community).
QString teamIdFor(gd::Database &db, const QString &text)
{
    auto teams = gd::VolunteerTeamService(db).teams();
    for (const gd::VolunteerTeam &t : teams ? *teams : QList<gd::VolunteerTeam>())
        if (t.id == text.trimmed() || t.name == text.trimmed())
            return t.id;
    return {};
}

QJsonObject serviceJson(const gd::VolunteerServiceRow &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("at"), isoTime(r.atMs)},
            {QStringLiteral("team"), r.teamName},
            {QStringLiteral("grid"), r.gridName},
            {QStringLiteral("kind"), r.kindName},
            {QStringLiteral("summary"), r.summary},
            {QStringLiteral("hours"), r.hours},
            {QStringLiteral("households"), r.households},
            {QStringLiteral("volunteers"), r.servers}};
}

QJsonObject teamJson(const gd::VolunteerTeam &t)
{
    QJsonArray members;
    for (const gd::VolunteerMember &m : t.members)
        members.append(QJsonObject{{QStringLiteral("worker_id"), m.workerId}, {QStringLiteral("name"), m.workerName}});
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("community_id"), t.communityId},
            {QStringLiteral("grid_id"), t.gridId},
            {QStringLiteral("members"), members}};
}

QJsonObject totalJson(const gd::VolunteerTotal &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("services"), t.services},
            {QStringLiteral("hours"), t.hours},
            {QStringLiteral("households"), t.households}};
}

} // namespace

int addVolunteerTeam(const Invocation &call)
{
    int code = Ok;
    auto db = openSignedIn(call, &code);
    gd::CaseFilter places;
    if (!db || !resolvePlaces(*db, call, &places, &code))
        return code;
    gd::VolunteerTeam t;
    t.name = call.value(QStringLiteral("name"));
    t.communityId = places.communityId;
    t.gridId = places.gridId;
    if (!t.gridId.isEmpty() && t.communityId.isEmpty())
        if (auto grid = gd::GridService(*db).grid(t.gridId))
            t.communityId = grid->communityId;
    t.note = call.value(QStringLiteral("note"));
    if (!workerOption(*db, call, QStringLiteral("leader"), &t.leaderId, &code))
        return code;
    gd::VolunteerTeamService teams(*db);
    auto id = teams.saveTeam(t);
    if (!id)
        return refusedByCore(id.error(), volunteerOptions());
    for (const QString &who : call.values(QStringLiteral("member"))) {
        const QString workerId = workerIdFor(*db, who);
        if (workerId.isEmpty())
            return fail(UserError, QCoreApplication::translate("gdcli", "--member: no one in the people register has "
                                                                        "the phone or id '%1'; the team was made "
                                                                        "without them.")
                                       .arg(who));
        if (auto added = teams.addMember(*id, workerId); !added)
            return refusedByCore(added.error(), volunteerOptions());
    }
    if (call.json) {
        auto team = teams.team(*id);
        printJson(team ? teamJson(*team) : QJsonObject{{QStringLiteral("id"), *id}});
        return Ok;
    }
    printLine(*id);
    return Ok;
}

int listVolunteerTeams(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    gd::CaseFilter places;
    if (!db || !resolvePlaces(*db, call, &places, &code))
        return code;
    auto teams = gd::VolunteerTeamService(*db).teams(places.communityId);
    if (!teams)
        return fail(exitCodeFor(teams.error()), teams.message());
    if (call.json) {
        printJsonRows(*teams, teamJson);
        return Ok;
    }
    QList<QStringList> table;
    for (const gd::VolunteerTeam &t : *teams) {
        QStringList names;
        for (const gd::VolunteerMember &m : t.members)
            names << m.workerName;
        table << QStringList{t.name, QString::number(t.members.size()), names.join(QStringLiteral("、")), t.id};
    }
    printTable({QCoreApplication::translate("gdcli", "Team"), QCoreApplication::translate("gdcli", "Members"),
                QCoreApplication::translate("gdcli", "Names"), QCoreApplication::translate("gdcli", "Id")},
               table);
    return Ok;
}

int addVolunteerService(const Invocation &call)
{
    int code = Ok;
    gd::VolunteerService s;
    bool ok = false;
    s.hours = call.value(QStringLiteral("hours")).trimmed().toDouble(&ok);
    if (!ok)
        return fail(UserError, QCoreApplication::translate("gdcli", "--hours: write the hours each volunteer served "
                                                                    "(0.5 to 24), not '%1'.")
                                   .arg(call.value(QStringLiteral("hours"))));
    if (call.has(QStringLiteral("households"))) {
        s.households = call.value(QStringLiteral("households")).trimmed().toInt(&ok);
        if (!ok)
            return fail(UserError, QCoreApplication::translate("gdcli", "--households: write a number, not '%1'.")
                                       .arg(call.value(QStringLiteral("households"))));
    }
    s.summary = call.value(QStringLiteral("description"));
    s.note = call.value(QStringLiteral("note"));
    if (!atOption(call, &s.atMs, &code))
        return code;
    auto db = openSignedIn(call, &code);
    if (!db || !gridOption(*db, call, &s.gridId, &code))
        return code;
    if (s.atMs == 0)
        s.atMs = db->nowMs();
    s.teamId = teamIdFor(*db, call.value(QStringLiteral("team")));
    if (s.teamId.isEmpty())
        return fail(UserError, QCoreApplication::translate("gdcli", "--team: no volunteer team is named '%1'.")
                                   .arg(call.value(QStringLiteral("team"))));
    s.kindName = call.value(QStringLiteral("kind"));
    for (const QString &who : call.values(QStringLiteral("person"))) {
        const QString workerId = workerIdFor(*db, who);
        if (workerId.isEmpty())
            return fail(UserError, QCoreApplication::translate("gdcli", "--person: no one in the people register has "
                                                                        "the phone or id '%1'.")
                                       .arg(who));
        s.workerIds << workerId;
    }
    gd::VolunteerServiceLog log(*db);
    auto id = log.record(s);
    if (!id)
        return refusedByCore(id.error(), volunteerOptions());
    if (call.json) {
        gd::VolunteerFilter f;
        f.fromMs = s.atMs;
        f.toMs = s.atMs + 1;
        printRecordedRow(log, f, *id, serviceJson);
        return Ok;
    }
    printLine(*id);
    return Ok;
}

int listVolunteerServices(const Invocation &call)
{
    int code = Ok;
    int limit = 50;
    gd::CaseFilter places;
    auto db = openForList(call, &limit, &places, &code);
    if (!db)
        return code;
    gd::VolunteerFilter f;
    setPlaceAndPeriod(&f, places);
    if (call.has(QStringLiteral("team")) && (f.teamId = teamIdFor(*db, call.value(QStringLiteral("team")))).isEmpty())
        return fail(UserError, QCoreApplication::translate("gdcli", "--team: no volunteer team is named '%1'.")
                                   .arg(call.value(QStringLiteral("team"))));
    if (!workerOption(*db, call, QStringLiteral("person"), &f.workerId, &code))
        return code;
    gd::VolunteerServiceLog log(*db);
    auto rows =
        collectPages<gd::VolunteerServiceRow>(limit, gd::VolunteerServiceLog::kMaxLimit,
                                              [&](int want, const QString &after) { return log.page(f, want, after); });
    if (!rows)
        return fail(exitCodeFor(rows.error()), rows.message());
    if (call.json) {
        printJsonRows(*rows, serviceJson);
        return Ok;
    }
    QList<QStringList> table;
    for (const gd::VolunteerServiceRow &r : *rows)
        table << QStringList{gd::cases::dayText(r.atMs),
                             r.teamName,
                             r.gridName,
                             r.kindName,
                             QString::number(r.hours),
                             QString::number(r.servers),
                             QString::number(r.households)};
    printTable({QCoreApplication::translate("gdcli", "Day"), QCoreApplication::translate("gdcli", "Team"),
                QCoreApplication::translate("gdcli", "Grid"), QCoreApplication::translate("gdcli", "Kind"),
                QCoreApplication::translate("gdcli", "Hours"), QCoreApplication::translate("gdcli", "Volunteers"),
                QCoreApplication::translate("gdcli", "Households")},
               table);
    return Ok;
}

int volunteerTotals(const Invocation &call)
{
    const QString by = call.has(QStringLiteral("by")) ? call.value(QStringLiteral("by")) : QStringLiteral("team");
    static const QStringList keys{QStringLiteral("team"), QStringLiteral("person"), QStringLiteral("kind")};
    if (!keys.contains(by))
        return fail(UserError, QCoreApplication::translate("gdcli", "--by: team, person or kind, not '%1'.").arg(by));
    int code = Ok;
    int limit = 0;
    gd::CaseFilter places;
    auto db = openForList(call, &limit, &places, &code);
    if (!db)
        return code;
    gd::VolunteerFilter f;
    setPlaceAndPeriod(&f, places);
    const auto groupBy = by == QLatin1String("person") ? gd::VolunteerServiceLog::By::Person
                         : by == QLatin1String("kind") ? gd::VolunteerServiceLog::By::Kind
                                                       : gd::VolunteerServiceLog::By::Team;
    auto totals = gd::VolunteerServiceLog(*db).totals(f, groupBy);
    if (!totals)
        return fail(exitCodeFor(totals.error()), totals.message());
    if (call.json) {
        printJsonRows(*totals, totalJson);
        return Ok;
    }
    QList<QStringList> table;
    for (const gd::VolunteerTotal &t : *totals)
        table << QStringList{t.name, QString::number(t.services), QString::number(t.hours),
                             QString::number(t.households)};
    printTable({QCoreApplication::translate("gdcli", "Name"), QCoreApplication::translate("gdcli", "Services"),
                QCoreApplication::translate("gdcli", "Hours"), QCoreApplication::translate("gdcli", "Households")},
               table);
    return Ok;
}

int volunteerHours(const Invocation &call)
{
    int code = Ok;
    QDate from, to;
    if (!statementPeriod(call, &from, &to, &code))
        return code;
    auto db = openForReading(call.db, &code);
    QString workerId;
    if (!db || !workerOption(*db, call, QStringLiteral("person"), &workerId, &code))
        return code;
    if (workerId.isEmpty())
        return fail(UserError, QCoreApplication::translate("gdcli", "--person is missing: the volunteer's phone or "
                                                                    "id."));
    auto statement = gd::volunteerhours::gather(*db, workerId, from, to);
    if (!statement)
        return refusedByCore(statement.error(), volunteerOptions());
    const QString pdf = call.value(QStringLiteral("pdf")).trimmed();
    if (!pdf.isEmpty())
        if (gd::Status s = gd::volunteerhours::writePdf(pdf, *statement); !s)
            return fail(exitCodeFor(s.error()), s.message());
    if (call.json) {
        printJson(QJsonObject{{QStringLiteral("volunteer"), statement->workerName},
                              {QStringLiteral("services"), int(statement->lines.size())},
                              {QStringLiteral("hours"), statement->total},
                              {QStringLiteral("pdf"), pdf}});
        return Ok;
    }
    printLine(QCoreApplication::translate("gdcli", "%1: %2 service(s), %3 hours from %4 to %5.")
                  .arg(statement->workerName)
                  .arg(statement->lines.size())
                  .arg(statement->total)
                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    return Ok;
}

} // namespace gdcli
