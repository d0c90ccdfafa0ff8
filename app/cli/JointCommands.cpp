// `joint add|list|team` and `meetings add|list|tasks|task`: police–grid joint work (joint/) from
// the command line — an activity of one of the five kinds with its grids (--grid, repeatable),
// people (--person, a phone or id in the register or a name) and the requests or disputes it
// worked on; a grid's 1+1+N team shown and its residents added or removed; a joint meeting at
// its level with its attendees and tasks (--task "TEXT;OWNER;YYYY-MM-DD"), and a task done or made
// a request.
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "cases/CategoryService.h"
#include "joint/JointActivities.h"
#include "joint/JointMeetings.h"
#include "joint/JointTasks.h"
#include "joint/JointTeam.h"
#include "org/GridService.h"
#include "org/PoliceGridService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

const QHash<QString, QString> &jointOptions()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("police_grid_id"), QStringLiteral("--police-grid")},
        {QStringLiteral("kind"), QStringLiteral("--kind")},
        {QStringLiteral("at_ms"), QStringLiteral("--at")},
        {QStringLiteral("summary"), QStringLiteral("--description")},
        {QStringLiteral("note"), QStringLiteral("--note")},
        {QStringLiteral("grids"), QStringLiteral("--grid")},
        {QStringLiteral("grid_id"), QStringLiteral("--grid")},
        {QStringLiteral("people"), QStringLiteral("--person")},
        {QStringLiteral("case_id"), QStringLiteral("--case")},
        {QStringLiteral("dispute_id"), QStringLiteral("--dispute")},
        {QStringLiteral("links"), QStringLiteral("--case")},
        {QStringLiteral("worker_id"), QStringLiteral("--member")},
        {QStringLiteral("role"), QStringLiteral("--role")},
        {QStringLiteral("level"), QStringLiteral("--level")},
        {QStringLiteral("street_id"), QStringLiteral("--street")},
        {QStringLiteral("community_id"), QStringLiteral("--community")},
        {QStringLiteral("topic"), QStringLiteral("--topic")},
        {QStringLiteral("issues"), QStringLiteral("--issues")},
        {QStringLiteral("decisions"), QStringLiteral("--decisions")},
        {QStringLiteral("tasks"), QStringLiteral("--task")},
        {QStringLiteral("text"), QStringLiteral("--task")},
        {QStringLiteral("owner_id"), QStringLiteral("--task")},
        {QStringLiteral("due_ms"), QStringLiteral("--task")},
        {QStringLiteral("done_ms"), QStringLiteral("--at")},
        {QStringLiteral("done_note"), QStringLiteral("--note")},
        {QStringLiteral("category_id"), QStringLiteral("--category")},
        {QStringLiteral("description"), QStringLiteral("--description")},
    };
    return map;
}

// --person WHO (repeatable): someone in the register by phone or id, else a name as written.
QList<gd::JointPerson> peopleOf(gd::Database &db, const Invocation &call)
{
    QList<gd::JointPerson> out;
    for (const QString &who : call.values(QStringLiteral("person"))) {
        gd::JointPerson p;
        p.workerId = workerIdFor(db, who);
        if (p.workerId.isEmpty())
            p.name = who.trimmed();
        out << p;
    }
    return out;
}

bool policeGridOption(gd::Database &db, const Invocation &call, QString *id, int *code)
{
    if (!call.has(QStringLiteral("police-grid")))
        return true;
    const QString wanted = call.value(QStringLiteral("police-grid")).trimmed();
    for (const gd::PoliceGrid &p : gd::PoliceGridService(db).policeGrids())
        if (p.code == wanted) {
            *id = p.id;
            return true;
        }
    *code = fail(UserError, QCoreApplication::translate("gdcli", "--police-grid: no police grid in %1 has the code "
                                                                 "'%2'.")
                                .arg(call.db, wanted));
    return false;
}

// Every --grid CODE as the grid's id.
bool gridsOption(gd::Database &db, const Invocation &call, QStringList *ids, int *code)
{
    for (const QString &wanted : call.values(QStringLiteral("grid"))) {
        auto grid = gd::GridService(db).gridByCode(wanted.trimmed());
        if (!grid) {
            *code = fail(UserError, QCoreApplication::translate("gdcli", "--grid: no grid in %1 has the code '%2'.")
                                        .arg(call.db, wanted.trimmed()));
            return false;
        }
        *ids << grid->id;
    }
    return true;
}

QJsonObject activityJson(const gd::JointActivityRow &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("at"), isoTime(r.atMs)},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("police_grid"), r.policeGridName},
            {QStringLiteral("grids"), r.grids},
            {QStringLiteral("summary"), r.summary},
            {QStringLiteral("recorded_by"), r.recordedByName},
            {QStringLiteral("people"), r.people},
            {QStringLiteral("links"), r.links}};
}

QJsonObject meetingJson(const gd::JointMeetingRow &r)
{
    return {{QStringLiteral("id"), r.id},       {QStringLiteral("at"), isoTime(r.atMs)},
            {QStringLiteral("level"), r.level}, {QStringLiteral("place"), r.placeName},
            {QStringLiteral("topic"), r.topic}, {QStringLiteral("attendees"), r.attendees},
            {QStringLiteral("tasks"), r.tasks}, {QStringLiteral("tasks_open"), r.tasksOpen}};
}

QJsonObject taskJson(const gd::JointTask &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("meeting_id"), t.meetingId},
            {QStringLiteral("text"), t.text},
            {QStringLiteral("owner"), t.ownerName},
            {QStringLiteral("due"), isoTime(t.dueMs)},
            {QStringLiteral("done"), t.doneMs ? isoTime(t.doneMs) : QString()},
            {QStringLiteral("on_time"), t.doneMs > 0 && t.doneMs <= t.dueMs},
            {QStringLiteral("case_number"), t.caseNumber}};
}

} // namespace

int addJointActivity(const Invocation &call)
{
    int code = Ok;
    if (!checkCaseChoice(call, QStringLiteral("kind"), gd::joint::activityKinds(), &code))
        return code;
    gd::JointActivity a;
    if (call.has(QStringLiteral("kind")))
        a.kind = call.value(QStringLiteral("kind"));
    a.summary = call.value(QStringLiteral("description"));
    a.note = call.value(QStringLiteral("note"));
    if (!atOption(call, &a.atMs, &code))
        return code;
    auto db = openSignedIn(call, &code);
    if (!db || !policeGridOption(*db, call, &a.policeGridId, &code) || !gridsOption(*db, call, &a.gridIds, &code))
        return code;
    if (a.atMs == 0)
        a.atMs = db->nowMs();
    a.recordedBy = db->actor().workerId;
    a.people = peopleOf(*db, call);
    if (!casesOption(*db, call, &a.caseIds, &code))
        return code;
    a.disputeIds = call.values(QStringLiteral("dispute"));
    gd::JointActivityService service(*db);
    auto id = service.record(a);
    if (!id)
        return refusedByCore(id.error(), jointOptions());
    if (call.json) {
        gd::JointActivityFilter f;
        f.fromMs = a.atMs;
        f.toMs = a.atMs + 1;
        printRecordedRow(service, f, *id, activityJson);
        return Ok;
    }
    printLine(*id);
    return Ok;
}

int listJointActivities(const Invocation &call)
{
    int code = Ok;
    if (!checkCaseChoice(call, QStringLiteral("kind"), gd::joint::activityKinds(), &code))
        return code;
    int limit = 50;
    gd::CaseFilter places;
    auto db = openForList(call, &limit, &places, &code);
    gd::JointActivityFilter f;
    if (!db || !policeGridOption(*db, call, &f.policeGridId, &code))
        return code;
    setPlaceAndPeriod(&f, places);
    f.kind = call.value(QStringLiteral("kind"));
    gd::JointActivityService service(*db);
    auto rows = collectPages<gd::JointActivityRow>(
        limit, gd::JointActivityService::kMaxLimit,
        [&](int want, const QString &after) { return service.page(f, want, after); });
    if (!rows)
        return fail(exitCodeFor(rows.error()), rows.message());
    if (call.json) {
        printJsonRows(*rows, activityJson);
        return Ok;
    }
    QList<QStringList> table;
    for (const gd::JointActivityRow &r : *rows)
        table << QStringList{
            shortTime(r.atMs), r.policeGridName, r.grids, gd::joint::activityKindName(r.kind), r.summary, r.id};
    printTable({QCoreApplication::translate("gdcli", "When"), QCoreApplication::translate("gdcli", "Police grid"),
                QCoreApplication::translate("gdcli", "Grids"), QCoreApplication::translate("gdcli", "Kind"),
                QCoreApplication::translate("gdcli", "What was done"), QCoreApplication::translate("gdcli", "Id")},
               table);
    return Ok;
}

int jointTeam(const Invocation &call)
{
    int code = Ok;
    const bool adding = call.has(QStringLiteral("member")), removing = call.has(QStringLiteral("remove"));
    if (!call.has(QStringLiteral("grid")))
        return fail(UserError, QCoreApplication::translate("gdcli", "--grid is missing: name the grid whose team it is "
                                                                    "(its code)."));
    if (adding && !call.has(QStringLiteral("role")))
        return fail(UserError, QCoreApplication::translate("gdcli", "--role is missing: the member is a %1.")
                                   .arg(gd::joint::memberRoles().join(QStringLiteral(", "))));
    if (!checkCaseChoice(call, QStringLiteral("role"), gd::joint::memberRoles(), &code))
        return code;
    auto db = (adding || removing) ? openSignedIn(call, &code) : openForReading(call.db, &code);
    QString gridId;
    if (!db || !gridOption(*db, call, &gridId, &code))
        return code;
    gd::JointTeamService teams(*db);
    if (adding || removing) {
        const QString who = call.value(adding ? QStringLiteral("member") : QStringLiteral("remove"));
        const QString workerId = workerIdFor(*db, who);
        if (workerId.isEmpty())
            return fail(UserError, QCoreApplication::translate("gdcli", "%1: no one in the people register has the "
                                                                        "phone or id '%2'.")
                                       .arg(adding ? QStringLiteral("--member") : QStringLiteral("--remove"), who));
        if (adding) {
            if (auto added = teams.addMember(gridId, workerId, call.value(QStringLiteral("role"))); !added)
                return refusedByCore(added.error(), jointOptions());
        } else {
            auto team = teams.team(gridId);
            QString memberId;
            for (const gd::JointTeamMember &m : team ? team->members : QList<gd::JointTeamMember>())
                if (m.workerId == workerId)
                    memberId = m.id;
            if (memberId.isEmpty())
                return fail(UserError,
                            QCoreApplication::translate("gdcli", "--remove: '%1' is not on the grid's team.").arg(who));
            if (gd::Status s = teams.removeMember(memberId); !s)
                return refusedByCore(s.error(), jointOptions());
        }
    }
    auto team = teams.team(gridId);
    if (!team)
        return fail(exitCodeFor(team.error()), team.message());
    if (call.json) {
        QJsonArray members;
        for (const gd::JointTeamMember &m : team->members)
            members.append(QJsonObject{{QStringLiteral("id"), m.id},
                                       {QStringLiteral("worker_id"), m.workerId},
                                       {QStringLiteral("name"), m.workerName},
                                       {QStringLiteral("role"), m.role}});
        printJson(QJsonObject{{QStringLiteral("grid"), team->gridName},
                              {QStringLiteral("police_grid"), team->policeGridName},
                              {QStringLiteral("police_head"), team->officerName},
                              {QStringLiteral("grid_head"), team->headName},
                              {QStringLiteral("members"), members}});
        return Ok;
    }
    const QString none = QCoreApplication::translate("gdcli", "(none)");
    printLine(QCoreApplication::translate("gdcli", "%1 — police-grid head: %2 (%3); grid head: %4")
                  .arg(team->gridName, team->officerName.isEmpty() ? none : team->officerName,
                       team->policeGridName.isEmpty() ? none : team->policeGridName,
                       team->headName.isEmpty() ? none : team->headName));
    QList<QStringList> table;
    for (const gd::JointTeamMember &m : team->members)
        table << QStringList{m.workerName, gd::joint::memberRoleName(m.role), m.workerId};
    printTable({QCoreApplication::translate("gdcli", "Name"), QCoreApplication::translate("gdcli", "Role"),
                QCoreApplication::translate("gdcli", "Id")},
               table);
    return Ok;
}

int addJointMeeting(const Invocation &call)
{
    int code = Ok;
    if (!checkCaseChoice(call, QStringLiteral("level"), gd::joint::levels(), &code))
        return code;
    gd::JointMeeting m;
    if (call.has(QStringLiteral("level")))
        m.level = call.value(QStringLiteral("level"));
    m.topic = call.value(QStringLiteral("topic"));
    m.issues = call.value(QStringLiteral("issues"));
    m.decisions = call.value(QStringLiteral("decisions"));
    m.note = call.value(QStringLiteral("note"));
    if (!atOption(call, &m.atMs, &code))
        return code;
    auto db = openSignedIn(call, &code);
    gd::CaseFilter places;
    if (!db || !resolvePlaces(*db, call, &places, &code))
        return code;
    m.streetId = places.streetId;
    m.communityId = places.communityId;
    m.gridId = places.gridId;
    if (m.atMs == 0)
        m.atMs = db->nowMs();
    m.attendees = peopleOf(*db, call);
    for (const QString &text : call.values(QStringLiteral("task"))) {
        // TEXT;OWNER;YYYY-MM-DD — the text may hold no semicolon; the owner by phone or id.
        const QStringList parts = QString(text).replace(QStringLiteral("；"), QStringLiteral(";")).split(u';');
        const QDate due = QDate::fromString(parts.value(2).trimmed(), Qt::ISODate);
        gd::JointTask t;
        t.text = parts.value(0).trimmed();
        t.ownerId = workerIdFor(*db, parts.value(1));
        if (parts.size() != 3 || t.ownerId.isEmpty() || !due.isValid())
            return fail(UserError, QCoreApplication::translate("gdcli", "--task: write \"TEXT;OWNER;YYYY-MM-DD\" with "
                                                                        "the owner's phone or id, not '%1'.")
                                       .arg(text));
        t.dueMs = gd::JointTaskService::dueEndMs(due);
        m.tasks << t;
    }
    gd::JointMeetingService service(*db);
    auto id = service.record(m);
    if (!id)
        return refusedByCore(id.error(), jointOptions());
    if (call.json) {
        auto held = service.open(*id);
        QJsonArray tasks;
        for (const gd::JointTask &t : held ? held->tasks : QList<gd::JointTask>())
            tasks.append(taskJson(t));
        printJson(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("tasks"), tasks}});
        return Ok;
    }
    printLine(*id);
    return Ok;
}

int listJointMeetings(const Invocation &call)
{
    int code = Ok;
    if (!checkCaseChoice(call, QStringLiteral("level"), gd::joint::levels(), &code))
        return code;
    int limit = 50;
    gd::CaseFilter places;
    auto db = openForList(call, &limit, &places, &code);
    if (!db)
        return code;
    gd::JointMeetingFilter f;
    setPlaceAndPeriod(&f, places);
    f.level = call.value(QStringLiteral("level"));
    gd::JointMeetingService service(*db);
    auto rows =
        collectPages<gd::JointMeetingRow>(limit, gd::JointMeetingService::kMaxLimit,
                                          [&](int want, const QString &after) { return service.page(f, want, after); });
    if (!rows)
        return fail(exitCodeFor(rows.error()), rows.message());
    if (call.json) {
        printJsonRows(*rows, meetingJson);
        return Ok;
    }
    QList<QStringList> table;
    for (const gd::JointMeetingRow &r : *rows)
        table << QStringList{shortTime(r.atMs),
                             gd::joint::levelName(r.level),
                             r.placeName,
                             r.topic,
                             QStringLiteral("%1/%2").arg(r.tasks - r.tasksOpen).arg(r.tasks),
                             r.id};
    printTable({QCoreApplication::translate("gdcli", "When"), QCoreApplication::translate("gdcli", "Level"),
                QCoreApplication::translate("gdcli", "Place"), QCoreApplication::translate("gdcli", "Agenda"),
                QCoreApplication::translate("gdcli", "Tasks done"), QCoreApplication::translate("gdcli", "Id")},
               table);
    return Ok;
}

int listJointTasks(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    gd::CaseFilter places;
    if (!db || !resolvePlaces(*db, call, &places, &code))
        return code;
    gd::JointTaskFilter f;
    f.meetings.streetId = places.streetId;
    f.meetings.communityId = places.communityId;
    f.meetings.gridId = places.gridId;
    f.openOnly = call.has(QStringLiteral("open-only"));
    auto tasks = gd::JointTaskService(*db).list(f);
    if (!tasks)
        return fail(exitCodeFor(tasks.error()), tasks.message());
    if (call.json) {
        printJsonRows(*tasks, taskJson);
        return Ok;
    }
    QList<QStringList> table;
    for (const gd::JointTask &t : *tasks)
        table << QStringList{shortTime(t.dueMs).left(10),
                             t.ownerName,
                             t.text,
                             t.doneMs ? shortTime(t.doneMs) : QStringLiteral("—"),
                             t.caseNumber,
                             t.id};
    printTable({QCoreApplication::translate("gdcli", "Due"), QCoreApplication::translate("gdcli", "Owner"),
                QCoreApplication::translate("gdcli", "Task"), QCoreApplication::translate("gdcli", "Done"),
                QCoreApplication::translate("gdcli", "Request"), QCoreApplication::translate("gdcli", "Id")},
               table);
    return Ok;
}

int actOnJointTask(const Invocation &call)
{
    const QString id = call.arguments.value(0);
    const QString action = call.arguments.value(1);
    if (action != QLatin1String("done") && action != QLatin1String("case"))
        return fail(UserError, QCoreApplication::translate("gdcli", "'%1' is not something done to a task; the "
                                                                    "actions are done and case.")
                                   .arg(action));
    int code = Ok;
    qint64 at = 0;
    if (!atOption(call, &at, &code))
        return code;
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    gd::JointTaskService tasks(*db);
    QString caseNumber;
    if (action == QLatin1String("done")) {
        if (gd::Status s = tasks.complete(id, at ? at : db->nowMs(), call.value(QStringLiteral("note"))); !s)
            return s.error().kind == gd::ErrorKind::NotFound
                       ? fail(UserError, QCoreApplication::translate("gdcli", "There is no task '%1'.").arg(id))
                       : refusedByCore(s.error(), jointOptions());
    } else {
        gd::Case draft;
        draft.requestType = QStringLiteral("report");
        draft.description = call.value(QStringLiteral("description"));
        if (!gridOption(*db, call, &draft.gridId, &code))
            return code;
        if (call.has(QStringLiteral("category"))) {
            const QString wanted = call.value(QStringLiteral("category")).trimmed();
            auto category = gd::CategoryService(*db).byCode(wanted);
            if (!category)
                return fail(UserError, QCoreApplication::translate("gdcli", "--category: no category has the code "
                                                                            "'%1'.")
                                           .arg(wanted));
            draft.categoryId = category->id;
        }
        auto caseId = tasks.toCase(id, draft);
        if (!caseId)
            return caseId.error().kind == gd::ErrorKind::NotFound
                       ? fail(UserError, QCoreApplication::translate("gdcli", "There is no task '%1'.").arg(id))
                       : refusedByCore(caseId.error(), jointOptions());
        gd::CaseService cases(*db);
        auto c = cases.caseById(*caseId);
        caseNumber = c ? c->number : QString();
    }
    if (call.json) {
        printJson(QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("action"), action},
                              {QStringLiteral("case_number"), caseNumber}});
        return Ok;
    }
    printLine(caseNumber.isEmpty()
                  ? QCoreApplication::translate("gdcli", "Done: %1.").arg(id)
                  : QCoreApplication::translate("gdcli", "The task %1 is the request %2.").arg(id, caseNumber));
    return Ok;
}

} // namespace gdcli
