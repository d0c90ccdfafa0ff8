// `operators list | link`: the operators of this office's file, and which grid worker each one
// is (their cases are what `cases list --mine` shows). Linking runs as a signed-in
// administrator (--user, password from GRIDDESK_PASSWORD), through the same core rules as the window.
#include "OperatorCommands.h"

#include "CaseCommandSupport.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "access/OperatorService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gdcli {

namespace {

QJsonObject operatorJson(const gd::Operator &o)
{
    return {{QStringLiteral("id"), o.id},
            {QStringLiteral("login"), o.login},
            {QStringLiteral("name"), o.displayName},
            {QStringLiteral("role"), gd::roleKey(o.role)},
            {QStringLiteral("active"), o.active},
            {QStringLiteral("last_sign_in"), o.lastSignInMs > 0 ? QJsonValue(isoTime(o.lastSignInMs)) : QJsonValue()},
            {QStringLiteral("worker_id"), textOrNull(o.workerId)},
            {QStringLiteral("worker_name"), textOrNull(o.workerName)},
            {QStringLiteral("unit_id"), textOrNull(o.unitId)},
            {QStringLiteral("unit_name"), textOrNull(o.unitName)}};
}

QString activeText(bool active)
{
    return active ? QCoreApplication::translate("gdcli", "active") : QCoreApplication::translate("gdcli", "inactive");
}

} // namespace

bool checkMine(const Invocation &call, int *code)
{
    const bool mine = call.has(QStringLiteral("mine"));
    if (!mine && call.has(QStringLiteral("user"))) {
        *code = fail(UserError, QCoreApplication::translate("gdcli", "--user: '%1' reads only; it takes --user with "
                                                                     "--mine, to list that operator's cases.")
                                    .arg(call.command));
        return false;
    }
    if (!mine)
        return true;
    if (call.has(QStringLiteral("handler"))) {
        *code = fail(UserError, QCoreApplication::translate("gdcli", "--mine: the handler is the operator's own "
                                                                     "worker; leave out --handler."));
        return false;
    }
    if (call.value(QStringLiteral("user")).trimmed().isEmpty()) {
        *code = fail(UserError, QCoreApplication::translate("gdcli", "--mine: name the operator with --user LOGIN "
                                                                     "(password from GRIDDESK_PASSWORD)."));
        return false;
    }
    return requireUser(call, code); // the password's turn
}

bool applyMine(gd::Database &db, const Invocation &call, gd::CaseFilter *filter, int *code)
{
    if (!call.has(QStringLiteral("mine")))
        return true;
    if (!signIn(db, call, code))
        return false;
    const gd::Actor &me = db.actor();
    if (me.workerId.isEmpty()) {
        *code = fail(UserError, QCoreApplication::translate("gdcli", "--mine: %1 is not linked to a grid worker; an "
                                                                     "administrator links them with operators link.")
                                    .arg(me.login));
        return false;
    }
    filter->handlerWorkerId = me.workerId;
    return true;
}

int listOperators(const Invocation &call)
{
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;
    const QList<gd::Operator> operators = gd::OperatorService(*db).operators();
    if (call.json) {
        QJsonArray array;
        for (const gd::Operator &o : operators)
            array.append(operatorJson(o));
        printJson(array);
        return Ok;
    }
    QList<QStringList> rows;
    for (const gd::Operator &o : operators)
        rows << QStringList{o.login,
                            o.displayName,
                            gd::roleDisplayName(o.role),
                            activeText(o.active),
                            shortTime(o.lastSignInMs),
                            o.unitName.isEmpty()     ? o.workerName
                            : o.workerName.isEmpty() ? o.unitName
                                                     : o.workerName + QStringLiteral(" / ") + o.unitName};
    printTable({QCoreApplication::translate("gdcli", "Login"), QCoreApplication::translate("gdcli", "Name"),
                QCoreApplication::translate("gdcli", "Role"), QCoreApplication::translate("gdcli", "Status"),
                QCoreApplication::translate("gdcli", "Last sign-in"), QCoreApplication::translate("gdcli", "Worker")},
               rows);
    printLine(QCoreApplication::translate("gdcli", "%n operator(s)", nullptr, int(operators.size())));
    return Ok;
}

int linkOperator(const Invocation &call)
{
    int code = Ok;
    const bool worker = call.has(QStringLiteral("worker")), unit = call.has(QStringLiteral("unit"));
    if (!worker && !unit)
        return fail(UserError, QCoreApplication::translate("gdcli", "--worker PHONE|ID or --unit NAME is missing: name "
                                                                    "the grid worker this operator is or the unit "
                                                                    "they sign in for (an empty value unlinks)."));
    if (!requireUser(call, &code))
        return code;
    auto db = openForReading(call.db, &code);
    if (!db || !signIn(*db, call, &code))
        return code;
    gd::OperatorService service(*db);
    const QString login = call.arguments.value(0);
    auto target = service.byLogin(login);
    if (!target)
        return fail(exitCodeFor(target.error()),
                    target.error().kind == gd::ErrorKind::NotFound
                        ? QCoreApplication::translate("gdcli", "LOGIN: no operator has the login '%1'.").arg(login)
                        : target.message());
    // Each option that is given and not empty names a worker or a unit; an empty one unlinks.
    gd::workflow::Handler found;
    const bool naming = (worker && !call.value(QStringLiteral("worker")).trimmed().isEmpty()) ||
                        (unit && !call.value(QStringLiteral("unit")).trimmed().isEmpty());
    if (naming) {
        Invocation named = call;
        for (const char *option : {"worker", "unit"})
            if (named.value(QLatin1String(option)).trimmed().isEmpty())
                named.options.remove(QLatin1String(option));
        if (!resolveHandler(*db, named, &found, &code))
            return code;
    }
    const auto report = [](const gd::Status &s, const char *option) {
        return fail(exitCodeFor(s.error()), s.error().field.isEmpty() ? s.message()
                                                                      : QStringLiteral("--") + QLatin1String(option) +
                                                                            QStringLiteral(": ") + s.message());
    };
    if (worker)
        if (gd::Status s = service.linkWorker(target->id, found.workerId); !s)
            return report(s, "worker");
    if (unit)
        if (gd::Status s = service.linkUnit(target->id, found.unitId); !s)
            return report(s, "unit");
    auto after = service.byId(target->id);
    if (!after)
        return fail(exitCodeFor(after.error()), after.message());
    if (call.json) {
        printJson(operatorJson(after.value()));
        return Ok;
    }
    if (worker)
        printLine(after->workerId.isEmpty()
                      ? QCoreApplication::translate("gdcli", "%1 is not linked to a worker.").arg(after->login)
                      : QCoreApplication::translate("gdcli", "%1 is now linked to the worker %2.")
                            .arg(after->login, after->workerName));
    if (unit)
        printLine(after->unitId.isEmpty()
                      ? QCoreApplication::translate("gdcli", "%1 is not linked to a unit.").arg(after->login)
                      : QCoreApplication::translate("gdcli", "%1 now signs in for the unit %2.")
                            .arg(after->login, after->unitName));
    return Ok;
}

} // namespace gdcli
