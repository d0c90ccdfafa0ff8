#include "CaseCommandSupport.h"

#include "CliDatabase.h"
#include "CliOutput.h"
#include "OrgCodes.h"
#include "access/OperatorService.h"
#include "calendar/WorkCalendar.h"
#include "cases/CategoryService.h"
#include "cases/EventPayload.h"
#include "cases/Timeliness.h"
#include "cases/Workflow.h"
#include "org/BuildingService.h"
#include "org/GridService.h"
#include "org/HierarchyService.h"
#include "org/UnitService.h"
#include "people/WorkerService.h"
#include "storage/Database.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace gdcli {

namespace {

// The password stays off the command line, where `ps` and shell history would show it.
const char kPasswordVariable[] = "GRIDDESK_PASSWORD";

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(isoTime(ms)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString workerIdFor(gd::Database &db, const QString &text)
{
    gd::WorkerService workers(db);
    if (workers.worker(text.trimmed()))
        return text.trimmed();
    const QString phone = gd::check::normalizePhone(text);
    gd::WorkerQuery query;
    query.text = text.trimmed();
    for (const gd::WorkerSummary &s : workers.list(query))
        if (!s.worker.phone.isEmpty() && gd::check::normalizePhone(s.worker.phone) == phone)
            return s.worker.id;
    return {};
}

int refusedByCore(const gd::Error &error, const QHash<QString, QString> &options, const QString &fallback)
{
    const QString option = options.value(error.field, fallback);
    return fail(exitCodeFor(error), option.isEmpty() ? error.message : option + QStringLiteral(": ") + error.message);
}

bool checkCaseChoice(const Invocation &call, const QString &option, const QStringList &choices, int *code)
{
    if (!call.has(option) || choices.contains(call.value(option)))
        return true;
    *code = fail(UserError, QCoreApplication::translate("gdcli", "--%1: '%2' is not one of %3.")
                                .arg(option, call.value(option), choices.join(QStringLiteral(", "))));
    return false;
}

bool requireUser(const Invocation &call, int *code)
{
    if (call.value(QStringLiteral("user")).trimmed().isEmpty()) {
        *code = fail(UserError, QCoreApplication::translate("gdcli", "--user LOGIN is missing: '%1' writes to the "
                                                                     "file, so an operator must sign in.")
                                    .arg(call.command));
        return false;
    }
    if (qEnvironmentVariable(kPasswordVariable).isEmpty()) {
        *code = fail(UserError, QCoreApplication::translate("gdcli", "--user: put the operator's password in the "
                                                                     "environment variable %1; it is not taken from "
                                                                     "the command line.")
                                    .arg(QLatin1String(kPasswordVariable)));
        return false;
    }
    return true;
}

std::unique_ptr<gd::Database> openSignedIn(const Invocation &call, int *code)
{
    if (!requireUser(call, code))
        return nullptr;
    auto db = openForReading(call.db, code);
    if (!db || !signIn(*db, call, code))
        return nullptr;
    return db;
}

bool signIn(gd::Database &db, const Invocation &call, int *code)
{
    auto actor = gd::OperatorService(db).authenticate(call.value(QStringLiteral("user")),
                                                      qEnvironmentVariable(kPasswordVariable));
    if (!actor) {
        *code = fail(exitCodeFor(actor.error()), QStringLiteral("--user: ") + actor.message());
        return false;
    }
    db.setActor(actor.value());
    return true;
}

qint64 parseBeijingTime(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char('T'), QLatin1Char(' '));
    const QStringList parts = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return 0;
    const QDate day = QDate::fromString(parts.at(0), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(parts.at(1), QStringLiteral("HH:mm"));
    if (!day.isValid() || !time.isValid())
        return 0;
    return QDateTime(day, time, gd::WorkCalendar::zone()).toMSecsSinceEpoch();
}

qint64 startOfBeijingDay(const QDate &day)
{
    return gd::cases::dayStartMs(day);
}

QString shortTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, gd::WorkCalendar::zone())
                        .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  : QString();
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, gd::WorkCalendar::zone()).toString(Qt::ISODate);
}

bool workerOption(gd::Database &db, const Invocation &call, const QString &option, QString *workerId, int *code)
{
    if (!call.has(option))
        return true;
    const QString id = workerIdFor(db, call.value(option));
    if (id.isEmpty()) {
        *code = fail(UserError, QCoreApplication::translate("gdcli", "--%1: no worker has the phone or id '%2'.")
                                    .arg(option, call.value(option)));
        return false;
    }
    *workerId = id;
    return true;
}

bool gridOption(gd::Database &db, const Invocation &call, QString *gridId, int *code)
{
    if (!call.has(QStringLiteral("grid")))
        return true;
    const QString wanted = call.value(QStringLiteral("grid")).trimmed();
    auto grid = gd::GridService(db).gridByCode(wanted);
    if (!grid) {
        *code =
            fail(UserError,
                 QCoreApplication::translate("gdcli", "--grid: no grid in %1 has the code '%2'.").arg(call.db, wanted));
        return false;
    }
    *gridId = grid->id;
    return true;
}

bool buildingOption(gd::Database &db, const Invocation &call, QString *buildingId, QString *text, int *code)
{
    if (!call.has(QStringLiteral("building-address")))
        return true;
    *text = call.value(QStringLiteral("building-address")).trimmed();
    const QList<gd::AddressMatch> matches = gd::BuildingService(db).lookup(*text, 1);
    if (matches.isEmpty()) {
        *code = fail(
            UserError,
            QCoreApplication::translate("gdcli", "--building-address: no building on file matches '%1'.").arg(*text));
        return false;
    }
    *buildingId = matches.first().buildingId;
    return true;
}

bool resolvePlaces(gd::Database &db, const Invocation &call, gd::CaseFilter *filter, int *code)
{
    auto unknown = [&](const char *option, const QString &value) {
        *code = fail(UserError, QCoreApplication::translate("gdcli", "--%1: nothing in %2 has the code '%3'.")
                                    .arg(QLatin1String(option), call.db, value));
        return false;
    };
    gd::HierarchyService hierarchy(db);
    if (call.has(QStringLiteral("street"))) {
        const QString wanted = call.value(QStringLiteral("street")).trimmed();
        for (const gd::Street &s : hierarchy.streets())
            if (s.code == wanted)
                filter->streetId = s.id;
        if (filter->streetId.isEmpty())
            return unknown("street", wanted);
    }
    if (call.has(QStringLiteral("community"))) {
        const QString wanted = call.value(QStringLiteral("community")).trimmed();
        for (const gd::Community &c : hierarchy.communities())
            if (c.code == wanted)
                filter->communityId = c.id;
        if (filter->communityId.isEmpty())
            return unknown("community", wanted);
    }
    if (call.has(QStringLiteral("grid"))) {
        const QString wanted = call.value(QStringLiteral("grid")).trimmed();
        auto grid = gd::GridService(db).gridByCode(wanted);
        if (!grid)
            return unknown("grid", wanted);
        filter->gridId = grid->id;
    }
    if (call.has(QStringLiteral("category"))) {
        const QString wanted = call.value(QStringLiteral("category")).trimmed();
        auto category = gd::CategoryService(db).byCode(wanted);
        if (!category)
            return unknown("category", wanted);
        filter->categoryId = category->id;
    }
    return workerOption(db, call, QStringLiteral("handler"), &filter->handlerWorkerId, code);
}

bool resolveHandler(gd::Database &db, const Invocation &call, gd::workflow::Handler *handler, int *code)
{
    if (!workerOption(db, call, QStringLiteral("worker"), &handler->workerId, code))
        return false;
    if (call.has(QStringLiteral("unit"))) {
        const QString name = call.value(QStringLiteral("unit")).trimmed();
        for (const gd::Unit &u : gd::UnitService(db).units())
            if (u.name == name)
                handler->unitId = u.id;
        if (handler->unitId.isEmpty()) {
            *code = fail(UserError,
                         QCoreApplication::translate("gdcli", "--unit: no handling unit is named '%1'.").arg(name));
            return false;
        }
    }
    return true;
}

bool statementPeriod(const Invocation &call, QDate *from, QDate *to, int *code)
{
    *from = QDate::fromString(call.value(QStringLiteral("from")).trimmed(), Qt::ISODate);
    *to = QDate::fromString(call.value(QStringLiteral("to")).trimmed(), Qt::ISODate);
    if (from->isValid() && to->isValid())
        return true;
    *code = fail(UserError, QCoreApplication::translate("gdcli", "--from and --to: the period's first and last "
                                                                 "day, YYYY-MM-DD."));
    return false;
}

int thisYear(gd::Database &db)
{
    return QDateTime::fromMSecsSinceEpoch(db.nowMs(), gd::WorkCalendar::zone()).date().year();
}

bool yearOption(const Invocation &call, int fallback, int *year, int *code)
{
    *year = fallback;
    if (!call.has(QStringLiteral("year")))
        return true;
    bool ok = false;
    *year = call.value(QStringLiteral("year")).trimmed().toInt(&ok);
    if (ok && *year >= 2000 && *year <= 9999)
        return true;
    *code = fail(UserError, QCoreApplication::translate("gdcli", "--year: write a year such as 2026, not '%1'.")
                                .arg(call.value(QStringLiteral("year"))));
    return false;
}

void printId(const Invocation &call, const QString &id)
{
    if (call.json)
        printJson(QJsonObject{{QStringLiteral("id"), id}});
    else
        printLine(id);
}

gd::Result<gd::Case> findCase(gd::CaseService &service, const QString &idOrNumber)
{
    if (auto byId = service.caseById(idOrNumber.trimmed()))
        return byId;
    return service.caseByNumber(idOrNumber);
}

QJsonObject caseJson(gd::Database &db, const gd::Case &c)
{
    gd::CategoryService categories(db);
    const auto category = categories.category(c.categoryId);
    const auto grid = gd::GridService(db).grid(c.gridId);
    QJsonValue handler = QJsonValue::Null;
    if (!c.handlerWorkerId.isEmpty()) {
        const auto w = gd::WorkerService(db).worker(c.handlerWorkerId);
        handler = QJsonObject{{QStringLiteral("kind"), QStringLiteral("worker")},
                              {QStringLiteral("id"), c.handlerWorkerId},
                              {QStringLiteral("name"), w ? w->name : QString()},
                              {QStringLiteral("phone"), w ? textOrNull(w->phone) : QJsonValue()}};
    } else if (!c.handlerUnitId.isEmpty()) {
        const auto u = gd::UnitService(db).unit(c.handlerUnitId);
        handler = QJsonObject{{QStringLiteral("kind"), QStringLiteral("unit")},
                              {QStringLiteral("id"), c.handlerUnitId},
                              {QStringLiteral("name"), u ? u->name : QString()},
                              {QStringLiteral("phone"), u ? textOrNull(u->servicePhone) : QJsonValue()}};
    }
    QJsonValue foundBy = QJsonValue::Null;
    if (!c.foundByWorkerId.isEmpty()) {
        const auto w = gd::WorkerService(db).worker(c.foundByWorkerId);
        foundBy =
            QJsonObject{{QStringLiteral("id"), c.foundByWorkerId}, {QStringLiteral("name"), w ? w->name : QString()}};
    }
    const bool overdue = gd::timeliness::overdue(c.state, c.dueMs, db.nowMs());
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("number"), c.number},
            {QStringLiteral("state"), c.state},
            {QStringLiteral("state_name"), gd::cases::stateName(c.state)},
            {QStringLiteral("channel"), c.channel},
            {QStringLiteral("request_type"), c.requestType},
            {QStringLiteral("urgency"), c.urgency},
            {QStringLiteral("proactive"), c.proactive},
            {QStringLiteral("found_by"), foundBy},
            {QStringLiteral("category"), category ? QJsonValue(category->code) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("category_name"), categories.pathName(c.categoryId)},
            {QStringLiteral("grid_code"), grid ? QJsonValue(grid->code) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("grid_name"), grid ? QJsonValue(grid->name) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("building_id"), textOrNull(c.buildingId)},
            {QStringLiteral("address"), c.address},
            {QStringLiteral("reporter_name"), c.reporterName},
            {QStringLiteral("reporter_phone"), textOrNull(c.reporterPhone)},
            {QStringLiteral("anonymous"), c.anonymous},
            {QStringLiteral("description"), c.description},
            {QStringLiteral("request"), c.request},
            {QStringLiteral("hotline_order"), textOrNull(c.hotlineOrder)},
            {QStringLiteral("received_at"), timeOrNull(c.receivedMs)},
            {QStringLiteral("due_at"), timeOrNull(c.dueMs)},
            {QStringLiteral("handler_due_at"), timeOrNull(c.handlerDueMs)},
            {QStringLiteral("sign_by"), timeOrNull(c.signByMs)},
            {QStringLiteral("overdue"), overdue},
            {QStringLiteral("lead_unit"), c.leadName},
            {QStringLiteral("handler"), handler},
            {QStringLiteral("supervision"), c.supervision},
            {QStringLiteral("satisfaction"), textOrNull(c.satisfaction)},
            {QStringLiteral("solved"), c.solved < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(c.solved == 1)},
            {QStringLiteral("callback_result"), textOrNull(c.callbackResult)},
            {QStringLiteral("level"), c.level},
            {QStringLiteral("callback_due_at"), timeOrNull(c.callbackDueMs)},
            {QStringLiteral("completed_at"), timeOrNull(c.completedMs)},
            {QStringLiteral("closed_at"), timeOrNull(c.closedMs)},
            {QStringLiteral("reopen_count"), c.reopenCount},
            {QStringLiteral("report_count"), c.reportCount},
            {QStringLiteral("updated_at"), timeOrNull(c.updatedMs)}};
}

QJsonObject rowJson(const gd::CaseRow &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("number"), r.number},
            {QStringLiteral("state"), r.state},
            {QStringLiteral("channel"), r.channel},
            {QStringLiteral("urgency"), r.urgency},
            {QStringLiteral("category_name"), r.categoryName},
            {QStringLiteral("grid_code"), textOrNull(r.gridCode)},
            {QStringLiteral("grid_name"), textOrNull(r.gridName)},
            {QStringLiteral("address"), r.address},
            {QStringLiteral("reporter_name"), r.reporterName},
            {QStringLiteral("reporter_phone"), textOrNull(r.reporterPhone)},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("received_at"), timeOrNull(r.receivedMs)},
            {QStringLiteral("due_at"), timeOrNull(r.dueMs)},
            {QStringLiteral("updated_at"), timeOrNull(r.updatedMs)},
            {QStringLiteral("handler"), textOrNull(r.handlerName)},
            {QStringLiteral("lead_unit"), r.leadName},
            {QStringLiteral("supervision"), r.supervision},
            {QStringLiteral("report_count"), r.reportCount},
            {QStringLiteral("overdue"), r.overdue}};
}

QJsonObject eventJson(const gd::CaseEvent &e, bool stands)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("stands"), stands},
            {QStringLiteral("after"), e.after},
            {QStringLiteral("action"), gd::workflow::keyText(e.action)},
            {QStringLiteral("action_name"), gd::workflow::actionName(e.action)},
            {QStringLiteral("at"), timeOrNull(e.atMs)},
            {QStringLiteral("operator"), e.operatorName},
            {QStringLiteral("operator_login"), e.operatorLogin},
            {QStringLiteral("note"), e.note},
            {QStringLiteral("data"), gd::workflow::encode(e.payload)}};
}

void printCaseTable(const QList<gd::CaseRow> &rows)
{
    QList<QStringList> cells;
    for (const gd::CaseRow &r : rows) {
        QString state = gd::cases::stateName(r.state);
        if (r.overdue)
            state += QCoreApplication::translate("gdcli", " (overdue)");
        // A terminal row stays on one line: the description is cut to a glance.
        cells << QStringList{r.number,           state,          shortTime(r.receivedMs),
                             shortTime(r.dueMs), r.categoryName, r.gridName,
                             r.reporterName,     r.handlerName,  r.description.left(20).simplified()};
    }
    printTable({QCoreApplication::translate("gdcli", "Number"), QCoreApplication::translate("gdcli", "State"),
                QCoreApplication::translate("gdcli", "Received"), QCoreApplication::translate("gdcli", "Due"),
                QCoreApplication::translate("gdcli", "Category"), QCoreApplication::translate("gdcli", "Grid"),
                QCoreApplication::translate("gdcli", "Reporter"), QCoreApplication::translate("gdcli", "Handler"),
                QCoreApplication::translate("gdcli", "What happened")},
               cells);
}

void printCaseDetail(gd::Database &db, const gd::Case &c, const QList<gd::CaseEvent> &events)
{
    const QJsonObject j = caseJson(db, c);
    const QString handler = j.value(QStringLiteral("handler")).toObject().value(QStringLiteral("name")).toString();
    QList<QPair<QString, QString>> pairs{
        {QCoreApplication::translate("gdcli", "Number"), c.number},
        {QCoreApplication::translate("gdcli", "State"), gd::cases::stateName(c.state)},
        {QCoreApplication::translate("gdcli", "Channel"), gd::cases::channelName(c.channel)},
        {QCoreApplication::translate("gdcli", "Category"), j.value(QStringLiteral("category_name")).toString()},
        {QCoreApplication::translate("gdcli", "Urgency"), gd::cases::urgencyName(c.urgency)},
        {QCoreApplication::translate("gdcli", "Reporter"),
         (c.reporterName + QLatin1Char(' ') + c.reporterPhone).trimmed()},
        {QCoreApplication::translate("gdcli", "Address"), c.address},
        {QCoreApplication::translate("gdcli", "Grid"), j.value(QStringLiteral("grid_name")).toString()},
        {QCoreApplication::translate("gdcli", "What happened"), c.description.simplified()},
        {QCoreApplication::translate("gdcli", "Asks for"), c.request.simplified()},
        {QCoreApplication::translate("gdcli", "Received"), shortTime(c.receivedMs)},
        {QCoreApplication::translate("gdcli", "Due"), shortTime(c.dueMs)},
        {QCoreApplication::translate("gdcli", "Lead unit"), c.leadName},
        {QCoreApplication::translate("gdcli", "Handler"), handler}};
    if (const QJsonValue finder = j.value(QStringLiteral("found_by")); finder.isObject())
        pairs.insert(pairs.size() - 1, {QCoreApplication::translate("gdcli", "Found by"),
                                        finder.toObject().value(QStringLiteral("name")).toString()});
    printPairs(pairs);
    printLine(QString());
    // An action of a branch overridden by another office's concurrent one is marked, not hidden.
    const gd::workflow::Folded folded = gd::workflow::fold(c, events);
    QList<QStringList> rows;
    for (const gd::CaseEvent &e : events) {
        QString action = gd::workflow::actionName(e.action);
        if (folded.overridden.contains(e.id))
            action += QCoreApplication::translate("gdcli", " (does not count)");
        rows << QStringList{shortTime(e.atMs), action, e.operatorName, e.note.simplified()};
    }
    printTable({QCoreApplication::translate("gdcli", "When"), QCoreApplication::translate("gdcli", "Action"),
                QCoreApplication::translate("gdcli", "Operator"), QCoreApplication::translate("gdcli", "Note")},
               rows);
}

bool parseCaseFilter(const Invocation &call, gd::CaseFilter *filter, int *code)
{
    filter->states.clear();
    for (const QString &value : call.values(QStringLiteral("state")))
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            filter->states << part.trimmed();
    for (const QString &state : filter->states)
        if (!gd::cases::states().contains(state)) {
            *code = fail(UserError, QCoreApplication::translate("gdcli", "--state: '%1' is not one of %2.")
                                        .arg(state, gd::cases::states().join(QStringLiteral(", "))));
            return false;
        }
    if (!checkCaseChoice(call, QStringLiteral("due"),
                         {QStringLiteral("due_soon"), QStringLiteral("overdue"), QStringLiteral("late_sign"),
                          QStringLiteral("callback"), QStringLiteral("callback_overdue")},
                         code) ||
        !checkCaseChoice(call, QStringLiteral("channel"), gd::cases::channels(), code) ||
        !checkCaseChoice(call, QStringLiteral("sort"), gd::CaseQueries::sortKeys(), code))
        return false;
    filter->due = call.value(QStringLiteral("due"));
    filter->channel = call.value(QStringLiteral("channel"));
    if (call.has(QStringLiteral("sort")))
        gd::CaseQueries::sortFromKey(call.value(QStringLiteral("sort")), &filter->sort);
    if (!parseDayRange(call, &filter->fromMs, &filter->toMs, code))
        return false;
    if (filter->fromMs > 0 && filter->toMs > 0 && filter->toMs <= filter->fromMs) {
        *code = fail(UserError, QCoreApplication::translate("gdcli", "--to: the last day comes before --from."));
        return false;
    }
    return true;
}

bool parseLimit(const Invocation &call, int *limit, int *code)
{
    if (!call.has(QStringLiteral("limit")))
        return true;
    bool ok = false;
    *limit = call.value(QStringLiteral("limit")).trimmed().toInt(&ok);
    if (!ok || *limit < 0) {
        *code =
            fail(UserError, QCoreApplication::translate("gdcli", "--limit: '%1' is not a whole number of 0 or more.")
                                .arg(call.value(QStringLiteral("limit"))));
        return false;
    }
    return true;
}

bool parseDayRange(const Invocation &call, qint64 *fromMs, qint64 *toMs, int *code)
{
    for (const char *option : {"from", "to"}) {
        const QString name = QLatin1String(option);
        if (!call.has(name))
            continue;
        const QDate day = QDate::fromString(call.value(name).trimmed(), Qt::ISODate);
        if (!day.isValid()) {
            *code =
                fail(UserError, QCoreApplication::translate("gdcli", "--%1: '%2' is not a date written as YYYY-MM-DD.")
                                    .arg(name, call.value(name)));
            return false;
        }
        // --to names the last day listed: the bound is the start of the next one.
        if (name == QLatin1String("from"))
            *fromMs = startOfBeijingDay(day);
        else
            *toMs = startOfBeijingDay(day.addDays(1));
    }
    return true;
}

bool scopeOption(gd::Database &db, const Invocation &call, const QString &command, gd::stats::StatsScope *scope,
                 int *code)
{
    int given = 0;
    for (const char *option : {"street", "community", "grid"})
        given += call.has(QLatin1String(option)) ? 1 : 0;
    if (given > 1) {
        *code = fail(
            UserError,
            QCoreApplication::translate("gdcli", "%1: give one of --street, --community and --grid.").arg(command));
        return false;
    }
    *scope = {};
    if (call.has(QStringLiteral("grid"))) {
        scope->kind = gd::stats::StatsScope::Grid;
        return gridOption(db, call, &scope->id, code);
    }
    for (const auto &[option, kind] : {std::pair{"street", gd::stats::StatsScope::Street},
                                       std::pair{"community", gd::stats::StatsScope::Community}}) {
        if (!call.has(QLatin1String(option)))
            continue;
        *scope = {kind, orgIdForCode(db, call.db, QLatin1String(option), call.value(QLatin1String(option)))};
        if (scope->id.isEmpty()) {
            *code = UserError;
            return false;
        }
    }
    return true;
}

bool atOption(const Invocation &call, qint64 *ms, int *code)
{
    if (!call.has(QStringLiteral("at")))
        return true;
    *ms = parseBeijingTime(call.value(QStringLiteral("at")));
    if (*ms != 0)
        return true;
    *code = fail(UserError, QCoreApplication::translate("gdcli", "--at: '%1' is not a time written as \"YYYY-MM-DD "
                                                                 "HH:MM\".")
                                .arg(call.value(QStringLiteral("at"))));
    return false;
}

std::unique_ptr<gd::Database> openForList(const Invocation &call, int *limit, gd::CaseFilter *places, int *code)
{
    if (!parseLimit(call, limit, code) || !parseDayRange(call, &places->fromMs, &places->toMs, code))
        return nullptr;
    auto db = openForReading(call.db, code);
    if (!db || !resolvePlaces(*db, call, places, code))
        return nullptr;
    return db;
}

bool casesOption(gd::Database &db, const Invocation &call, QStringList *caseIds, int *code)
{
    gd::CaseService cases(db);
    for (const QString &number : call.values(QStringLiteral("case"))) {
        auto c = findCase(cases, number);
        if (!c) {
            *code =
                fail(UserError, QCoreApplication::translate("gdcli", "--case: there is no request '%1'.").arg(number));
            return false;
        }
        *caseIds << c->id;
    }
    return true;
}

} // namespace gdcli
