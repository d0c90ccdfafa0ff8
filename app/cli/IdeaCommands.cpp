// `ideas add|visit|adopt|list`: good ideas shared between streets (ideas/) from the command line — a
// street's working method, the observation visits paid to it with their comments and refinement,
// the streets that adopted it, and the list with each idea's adoptions.
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "calendar/WorkCalendar.h"
#include "ideas/IdeaService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

const QHash<QString, QString> &ideaOptions()
{
    static const QHash<QString, QString> map{{QStringLiteral("street_id"), QStringLiteral("--street")},
                                             {QStringLiteral("title"), QStringLiteral("--title")},
                                             {QStringLiteral("description"), QStringLiteral("--description")},
                                             {QStringLiteral("used_where"), QStringLiteral("--used-where")},
                                             {QStringLiteral("proposed_on"), QStringLiteral("--date")},
                                             {QStringLiteral("visited_on"), QStringLiteral("--date")},
                                             {QStringLiteral("adopted_on"), QStringLiteral("--date")},
                                             {QStringLiteral("visitors"), QStringLiteral("--visitors")},
                                             {QStringLiteral("comments"), QStringLiteral("--comments")},
                                             {QStringLiteral("refinement"), QStringLiteral("--refinement")},
                                             {QStringLiteral("note"), QStringLiteral("--note")}};
    return map;
}

// --date, or today in Beijing.
QDate dayOption(const Invocation &call, gd::Database &db)
{
    if (call.has(QStringLiteral("date")))
        return QDate::fromString(call.value(QStringLiteral("date")).trimmed(), Qt::ISODate);
    return QDateTime::fromMSecsSinceEpoch(db.nowMs(), gd::WorkCalendar::zone()).date();
}

QJsonObject ideaJson(const gd::Idea &i)
{
    QJsonArray adoptions, visits;
    for (const gd::IdeaAdoption &a : i.adoptions)
        adoptions << QJsonObject{{QStringLiteral("street"), a.streetName},
                                 {QStringLiteral("date"), a.adoptedOn.toString(Qt::ISODate)}};
    for (const gd::IdeaVisit &v : i.visits)
        visits << QJsonObject{{QStringLiteral("date"), v.visitedOn.toString(Qt::ISODate)},
                              {QStringLiteral("street"), v.streetName},
                              {QStringLiteral("visitors"), v.visitors},
                              {QStringLiteral("comments"), v.comments},
                              {QStringLiteral("refinement"), v.refinement}};
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("street"), i.streetName},
            {QStringLiteral("title"), i.title},
            {QStringLiteral("used_where"), i.usedWhere},
            {QStringLiteral("date"), i.proposedOn.toString(Qt::ISODate)},
            {QStringLiteral("visits"), visits},
            {QStringLiteral("adoptions"), adoptions}};
}

} // namespace

int addIdea(const Invocation &call)
{
    int code = Ok;
    auto db = openSignedIn(call, &code);
    gd::CaseFilter places;
    if (!db || !resolvePlaces(*db, call, &places, &code))
        return code;
    gd::Idea i;
    i.streetId = places.streetId;
    i.title = call.value(QStringLiteral("title"));
    i.description = call.value(QStringLiteral("description"));
    i.usedWhere = call.value(QStringLiteral("used-where"));
    i.proposedOn = dayOption(call, *db);
    auto id = gd::IdeaService(*db).save(i);
    if (!id)
        return refusedByCore(id.error(), ideaOptions());
    printId(call, *id);
    return Ok;
}

int visitIdea(const Invocation &call)
{
    int code = Ok;
    auto db = openSignedIn(call, &code);
    gd::CaseFilter places;
    if (!db || !resolvePlaces(*db, call, &places, &code))
        return code;
    gd::IdeaVisit v;
    v.ideaId = call.arguments.value(0).trimmed();
    v.streetId = places.streetId;
    v.visitedOn = dayOption(call, *db);
    v.visitors = call.value(QStringLiteral("visitors"));
    v.comments = call.value(QStringLiteral("comments"));
    v.refinement = call.value(QStringLiteral("refinement"));
    auto id = gd::IdeaService(*db).addVisit(v);
    if (!id)
        return refusedByCore(id.error(), ideaOptions());
    printId(call, *id);
    return Ok;
}

int adoptIdea(const Invocation &call)
{
    int code = Ok;
    auto db = openSignedIn(call, &code);
    gd::CaseFilter places;
    if (!db || !resolvePlaces(*db, call, &places, &code))
        return code;
    gd::IdeaAdoption a;
    a.ideaId = call.arguments.value(0).trimmed();
    a.streetId = places.streetId;
    a.adoptedOn = dayOption(call, *db);
    a.note = call.value(QStringLiteral("note"));
    auto id = gd::IdeaService(*db).adopt(a);
    if (!id)
        return refusedByCore(id.error(), ideaOptions());
    printId(call, *id);
    return Ok;
}

int withdrawIdeaAdoption(const Invocation &call)
{
    int code = Ok;
    auto db = openSignedIn(call, &code);
    gd::CaseFilter places;
    if (!db || !resolvePlaces(*db, call, &places, &code))
        return code;
    gd::IdeaService ideas(*db);
    auto idea = ideas.get(call.arguments.value(0).trimmed());
    if (!idea)
        return fail(exitCodeFor(idea.error()), idea.message());
    for (const gd::IdeaAdoption &a : std::as_const(idea->adoptions))
        if (a.streetId == places.streetId) {
            if (gd::Status s = ideas.withdrawAdoption(a.id); !s)
                return fail(exitCodeFor(s.error()), s.message());
            printLine(QCoreApplication::translate("gdcli", "Adoption withdrawn."));
            return Ok;
        }
    return fail(UserError, QCoreApplication::translate("gdcli", "--street: that street has not adopted this idea."));
}

int listIdeas(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    int year = 0;
    if (!yearOption(call, 0, &year, &code))
        return code;
    auto ideas = gd::IdeaService(*db).list(year);
    if (!ideas)
        return fail(exitCodeFor(ideas.error()), ideas.message());
    if (call.json) {
        printJsonRows(*ideas, ideaJson);
        return Ok;
    }
    QList<QStringList> rows;
    for (const gd::Idea &i : std::as_const(*ideas)) {
        QStringList adopted;
        for (const gd::IdeaAdoption &a : i.adoptions)
            adopted << QStringLiteral("%1 %2").arg(a.streetName, a.adoptedOn.toString(Qt::ISODate));
        rows << QStringList{i.proposedOn.toString(Qt::ISODate), i.streetName, i.title, QString::number(i.visits.size()),
                            adopted.join(QStringLiteral("；")), i.id};
    }
    printTable({QCoreApplication::translate("gdcli", "Day"), QCoreApplication::translate("gdcli", "Street"),
                QCoreApplication::translate("gdcli", "Good idea"), QCoreApplication::translate("gdcli", "Visits"),
                QCoreApplication::translate("gdcli", "Adopted by"), QCoreApplication::translate("gdcli", "Id")},
               rows);
    return Ok;
}

} // namespace gdcli
