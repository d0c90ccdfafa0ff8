// `training needs|orders|sessions add|list`, `training evaluate` and `training history`: training by
// order (training/) from the command line — the office's list of needs with a year's demand, the
// workers' orders, the sessions with their needs, expert, attendees and materials, an attendee's
// evaluation, and a worker's training history printed to PDF.
#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "calendar/WorkCalendar.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "training/TrainingHistory.h"
#include "training/TrainingNeeds.h"
#include "training/TrainingSessions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

const QHash<QString, QString> &trainingOptions()
{
    static const QHash<QString, QString> map{{QStringLiteral("date"), QStringLiteral("--date")},
                                             {QStringLiteral("ordered_on"), QStringLiteral("--date")},
                                             {QStringLiteral("topic"), QStringLiteral("--topic")},
                                             {QStringLiteral("expert"), QStringLiteral("--expert")},
                                             {QStringLiteral("trainer_unit"), QStringLiteral("--unit")},
                                             {QStringLiteral("note"), QStringLiteral("--note")},
                                             {QStringLiteral("workers"), QStringLiteral("--worker")},
                                             {QStringLiteral("worker_id"), QStringLiteral("--worker")},
                                             {QStringLiteral("need"), QStringLiteral("--need")},
                                             {QStringLiteral("needs"), QStringLiteral("--need")},
                                             {QStringLiteral("score"), QStringLiteral("--score")},
                                             {QStringLiteral("comment"), QStringLiteral("--text")},
                                             {QStringLiteral("name"), QStringLiteral("--material")},
                                             {QStringLiteral("data"), QStringLiteral("--material")},
                                             {QStringLiteral("period"), QStringLiteral("--from")},
                                             {QStringLiteral("session_id"), QStringLiteral("--session")}};
    return map;
}

// Every --worker as a worker's id, refused by the one that names nobody.
bool workersOption(gd::Database &db, const Invocation &call, QStringList *ids, int *code)
{
    for (const QString &w : call.values(QStringLiteral("worker"))) {
        const QString id = workerIdFor(db, w);
        if (id.isEmpty()) {
            *code = fail(UserError,
                         QCoreApplication::translate("gdcli", "--worker: no worker has the phone or id %1.").arg(w));
            return false;
        }
        *ids << id;
    }
    return true;
}

// Every --need as a need's id: the office's need of that name, or one added with it.
bool needsOption(gd::Database &db, const Invocation &call, QStringList *ids, int *code)
{
    for (const QString &n : call.values(QStringLiteral("need"))) {
        auto id = gd::training::needNamed(db, n);
        if (!id) {
            *code = refusedByCore(id.error(), trainingOptions(), QStringLiteral("--need"));
            return false;
        }
        *ids << *id;
    }
    return true;
}

QJsonObject sessionJson(const gd::TrainingSession &s)
{
    QJsonArray attendees;
    for (const gd::TrainingAttendance &a : s.attendees)
        attendees << QJsonObject{{QStringLiteral("worker"), a.workerName},
                                 {QStringLiteral("score"), a.score},
                                 {QStringLiteral("comment"), a.comment}};
    QJsonArray materials;
    for (const gd::TrainingMaterial &m : s.materials)
        materials << QJsonObject{
            {QStringLiteral("id"), m.id}, {QStringLiteral("name"), m.name}, {QStringLiteral("bytes"), m.bytes}};
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("date"), s.date.toString(Qt::ISODate)},
            {QStringLiteral("topic"), s.topic},
            {QStringLiteral("expert"), s.expert},
            {QStringLiteral("unit"), s.trainerUnit},
            {QStringLiteral("needs"), QJsonArray::fromStringList(s.needNames)},
            {QStringLiteral("attendees"), attendees},
            {QStringLiteral("materials"), materials}};
}

} // namespace

int addTrainingNeed(const Invocation &call)
{
    int code = Ok;
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    auto id = gd::training::needNamed(*db, call.value(QStringLiteral("name")));
    if (!id)
        return refusedByCore(id.error(), {{QStringLiteral("need"), QStringLiteral("--name")}},
                             QStringLiteral("--name"));
    printId(call, *id);
    return Ok;
}

int listTrainingNeeds(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    int year = 0;
    if (!db || !yearOption(call, thisYear(*db), &year, &code))
        return code;
    auto needs = gd::training::needs(*db, false);
    auto demand = gd::training::demand(*db, year);
    if (!needs || !demand)
        return fail(DataError, !needs ? needs.message() : demand.message());
    QHash<QString, gd::NeedDemand> byNeed;
    for (const gd::NeedDemand &d : std::as_const(*demand))
        byNeed.insert(d.needId, d);
    if (call.json) {
        QJsonArray out;
        for (const gd::TrainingNeed &n : std::as_const(*needs)) {
            const gd::NeedDemand d = byNeed.value(n.id);
            out << QJsonObject{{QStringLiteral("id"), n.id},
                               {QStringLiteral("name"), n.name},
                               {QStringLiteral("active"), n.active},
                               {QStringLiteral("orders"), d.orders},
                               {QStringLiteral("sessions"), d.sessions},
                               {QStringLiteral("covered"), d.covered()}};
        }
        printJson(out);
        return Ok;
    }
    QList<QStringList> rows;
    for (const gd::TrainingNeed &n : std::as_const(*needs)) {
        const gd::NeedDemand d = byNeed.value(n.id);
        rows << QStringList{n.name, QString::number(d.orders), QString::number(d.sessions),
                            d.orders > 0 && !d.covered() ? QCoreApplication::translate("gdcli", "not yet") : QString(),
                            n.active ? QString() : QCoreApplication::translate("gdcli", "retired")};
    }
    printLine(QCoreApplication::translate("gdcli", "Training needs in %1:").arg(year));
    printTable({QCoreApplication::translate("gdcli", "Need"), QCoreApplication::translate("gdcli", "Orders"),
                QCoreApplication::translate("gdcli", "Sessions"), QCoreApplication::translate("gdcli", "Covered"),
                QCoreApplication::translate("gdcli", "State")},
               rows);
    return Ok;
}

int addTrainingOrder(const Invocation &call)
{
    int code = Ok;
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    gd::TrainingOrder o;
    if (!workerOption(*db, call, QStringLiteral("worker"), &o.workerId, &code))
        return code;
    o.needName = call.value(QStringLiteral("need"));
    o.note = call.value(QStringLiteral("note"));
    o.orderedOn = call.has(QStringLiteral("date"))
                      ? QDate::fromString(call.value(QStringLiteral("date")).trimmed(), Qt::ISODate)
                      : QDateTime::fromMSecsSinceEpoch(db->nowMs(), gd::WorkCalendar::zone()).date();
    auto id = gd::training::placeOrder(*db, o);
    if (!id)
        return refusedByCore(id.error(), trainingOptions());
    printId(call, *id);
    return Ok;
}

int listTrainingOrders(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    int year = 0;
    gd::CaseFilter places;
    if (!db || !yearOption(call, thisYear(*db), &year, &code) || !resolvePlaces(*db, call, &places, &code))
        return code;
    auto orders = gd::training::orders(*db, year, places.communityId);
    if (!orders)
        return fail(exitCodeFor(orders.error()), orders.message());
    if (call.json) {
        QJsonArray out;
        for (const gd::TrainingOrder &o : std::as_const(*orders))
            out << QJsonObject{{QStringLiteral("id"), o.id},
                               {QStringLiteral("date"), o.orderedOn.toString(Qt::ISODate)},
                               {QStringLiteral("worker"), o.workerName},
                               {QStringLiteral("community"), o.communityName},
                               {QStringLiteral("need"), o.needName},
                               {QStringLiteral("note"), o.note}};
        printJson(out);
        return Ok;
    }
    QList<QStringList> rows;
    for (const gd::TrainingOrder &o : std::as_const(*orders))
        rows << QStringList{o.orderedOn.toString(Qt::ISODate), o.workerName, o.communityName, o.needName, o.note};
    printTable({QCoreApplication::translate("gdcli", "Day"), QCoreApplication::translate("gdcli", "Worker"),
                QCoreApplication::translate("gdcli", "Community"), QCoreApplication::translate("gdcli", "Need"),
                QCoreApplication::translate("gdcli", "Note")},
               rows);
    return Ok;
}

int addTrainingSession(const Invocation &call)
{
    int code = Ok;
    // The materials are read before anything is written: a file that cannot be read writes nothing.
    QList<QPair<QString, QByteArray>> materials;
    for (const QString &path : call.values(QStringLiteral("material"))) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(
                UserError,
                QCoreApplication::translate("gdcli", "--material: %1 cannot be read: %2").arg(path, f.errorString()));
        materials << qMakePair(QFileInfo(path).fileName(), f.readAll());
    }
    auto db = openSignedIn(call, &code);
    if (!db)
        return code;
    gd::TrainingSession session;
    session.date = QDate::fromString(call.value(QStringLiteral("date")).trimmed(), Qt::ISODate);
    session.topic = call.value(QStringLiteral("topic"));
    session.expert = call.value(QStringLiteral("expert"));
    session.trainerUnit = call.value(QStringLiteral("unit"));
    session.note = call.value(QStringLiteral("note"));
    // One transaction for the needs named, the session and its materials: a refusal writes none.
    gd::Transaction tx(*db);
    if (!tx.started())
        return fail(exitCodeFor(tx.startError()), tx.startError().message);
    if (!workersOption(*db, call, &session.workerIds, &code) || !needsOption(*db, call, &session.needIds, &code))
        return code;
    auto id = gd::training::recordSession(*db, session);
    if (!id)
        return refusedByCore(id.error(), trainingOptions());
    for (const auto &m : std::as_const(materials))
        if (auto added = gd::training::attachMaterial(*db, *id, m.first, m.second); !added)
            return refusedByCore(added.error(), trainingOptions(), QStringLiteral("--material"));
    if (gd::Status s = tx.commit(); !s)
        return fail(exitCodeFor(s.error()), s.message());
    if (call.json) {
        auto stored = gd::training::session(*db, *id);
        if (stored)
            printJson(sessionJson(*stored));
        return Ok;
    }
    printLine(QCoreApplication::translate("gdcli", "Training recorded: %1, %2, %n attendee(s).", nullptr,
                                          int(session.workerIds.size()))
                  .arg(session.date.toString(Qt::ISODate), session.topic));
    printLine(*id);
    return Ok;
}

int listTrainingSessions(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    int year = 0;
    if (!db || !yearOption(call, thisYear(*db), &year, &code))
        return code;
    auto sessions = gd::training::sessionsBetween(*db, QDate(year, 1, 1), QDate(year, 12, 31));
    if (!sessions)
        return fail(exitCodeFor(sessions.error()), sessions.message());
    if (call.json) {
        QJsonArray out;
        for (const gd::TrainingSession &s : std::as_const(*sessions))
            out << sessionJson(s);
        printJson(out);
        return Ok;
    }
    QList<QStringList> rows;
    for (const gd::TrainingSession &s : std::as_const(*sessions)) {
        int scored = 0, sum = 0;
        for (const gd::TrainingAttendance &a : s.attendees)
            if (a.score > 0) {
                ++scored;
                sum += a.score;
            }
        rows << QStringList{s.date.toString(Qt::ISODate),
                            s.topic,
                            s.needNames.join(QStringLiteral("、")),
                            s.expert,
                            s.trainerUnit,
                            QString::number(s.attendees.size()),
                            scored ? QString::number(double(sum) / scored, 'f', 1) : QString(),
                            s.id};
    }
    printTable({QCoreApplication::translate("gdcli", "Day"), QCoreApplication::translate("gdcli", "Topic"),
                QCoreApplication::translate("gdcli", "Needs"), QCoreApplication::translate("gdcli", "Expert"),
                QCoreApplication::translate("gdcli", "Unit"), QCoreApplication::translate("gdcli", "Attended"),
                QCoreApplication::translate("gdcli", "Evaluation"), QCoreApplication::translate("gdcli", "Id")},
               rows);
    return Ok;
}

int evaluateTraining(const Invocation &call)
{
    int code = Ok;
    auto db = openSignedIn(call, &code);
    QString worker;
    if (!db || !workerOption(*db, call, QStringLiteral("worker"), &worker, &code))
        return code;
    if (call.value(QStringLiteral("session")).trimmed().isEmpty())
        return fail(UserError, QCoreApplication::translate("gdcli", "--session is missing: the session's id (training "
                                                                    "sessions list shows it)."));
    bool ok = false;
    const int score = call.value(QStringLiteral("score")).trimmed().toInt(&ok);
    if (!ok)
        return fail(UserError, QCoreApplication::translate("gdcli", "--score: a number from 1 to 5, not '%1'.")
                                   .arg(call.value(QStringLiteral("score"))));
    if (gd::Status s = gd::training::evaluate(*db, call.value(QStringLiteral("session")).trimmed(), worker, score,
                                              call.value(QStringLiteral("text")));
        !s)
        return refusedByCore(s.error(), trainingOptions());
    printLine(QCoreApplication::translate("gdcli", "Evaluation recorded."));
    return Ok;
}

int trainingHistory(const Invocation &call)
{
    int code = Ok;
    QDate from, to;
    if (!statementPeriod(call, &from, &to, &code))
        return code;
    auto db = openForReading(call.db, &code);
    QString workerId;
    if (!db || !workerOption(*db, call, QStringLiteral("worker"), &workerId, &code))
        return code;
    if (workerId.isEmpty())
        return fail(UserError, QCoreApplication::translate("gdcli", "--worker is missing: the worker's phone or id."));
    auto history = gd::training::historyOf(*db, workerId, from, to);
    if (!history)
        return refusedByCore(history.error(), trainingOptions());
    const QString pdf = call.value(QStringLiteral("pdf")).trimmed();
    if (!pdf.isEmpty())
        if (gd::Status s = gd::training::writeHistoryPdf(pdf, *history); !s)
            return fail(exitCodeFor(s.error()), s.message());
    if (call.json) {
        QJsonArray lines;
        for (const gd::training::HistoryLine &l : history->lines)
            lines << QJsonObject{{QStringLiteral("date"), l.date.toString(Qt::ISODate)},
                                 {QStringLiteral("topic"), l.topic},
                                 {QStringLiteral("needs"), l.needs},
                                 {QStringLiteral("score"), l.score}};
        printJson(QJsonObject{{QStringLiteral("worker"), history->workerName},
                              {QStringLiteral("sessions"), lines},
                              {QStringLiteral("ordered"), QJsonArray::fromStringList(history->ordered)},
                              {QStringLiteral("pdf"), pdf}});
        return Ok;
    }
    printLine(
        QCoreApplication::translate("gdcli", "%1: %n session(s) from %2 to %3.", nullptr, int(history->lines.size()))
            .arg(history->workerName, from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    return Ok;
}

} // namespace gdcli
