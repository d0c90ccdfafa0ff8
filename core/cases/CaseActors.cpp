// Who a new case goes to and who found it (firstHandler, finder), and CaseService's checks on who
// takes an action and how, beyond the workflow table: the handler (the
// operators linked to that worker or unit) signs for a case; the callback is made by someone other
// than the handler when the office says so (DeadlineRules::callbackByOther), and is closed as
// unreachable only after the office's tries. The same checks decide what the case page and the
// CLI offer, so nothing is offered that saving refuses.
#include "CaseService.h"
#include "CaseTypes.h"
#include "DeadlineRules.h"
#include "org/GridService.h"
#include "org/PoliceGridService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CaseService)
};

// Whether the operator is the case's handler: the worker it is linked to, or the unit it signs in
// for. The one rule for signing for a case and for calling back one's own.
bool isHandler(const Actor &a, const Case &c)
{
    return (!c.handlerWorkerId.isEmpty() && a.workerId == c.handlerWorkerId) ||
           (!c.handlerUnitId.isEmpty() && a.unitId == c.handlerUnitId);
}
} // namespace

QString CaseService::finder(const Case &c) const
{
    // A grid worker registering a find at the desk found it; otherwise the grid's own worker, who
    // patrols it. Nobody (no grid, no worker) leaves it to the handler, as before v31.
    if (const QString me = m_db.actor().workerId; !me.isEmpty())
        return me;
    if (auto g = GridService(m_db).grid(c.gridId))
        return g->workerId;
    return {};
}

QString CaseService::firstHandler(const Case &c) const
{
    auto g = GridService(m_db).grid(c.gridId);
    if (!g)
        return {};
    // A public-order matter goes to the officer of the grid's paired police grid (警网融合).
    if (categoryRoute(c.categoryId) == QLatin1String("police") && !g->policeGridId.isEmpty())
        if (auto police = PoliceGridService(m_db).policeGrid(g->policeGridId); police && !police->officerId.isEmpty())
            return police->officerId;
    return g->workerId;
}

Error CaseService::checkActor(const workflow::Folded &f, const workflow::Step &step) const
{
    using workflow::Action;
    if (step.action == Action::Sign)
        return m_db.actor().role == Role::System ? Error() : checkSigner(f.c);
    if (step.action == Action::Callback || step.action == Action::CallbackTry || step.action == Action::CallbackReport)
        return checkCallback(f, step);
    return {};
}

Error CaseService::checkSigner(const Case &c) const
{
    // The handler takes the case: its own operators, when it has some here; a handler that does not
    // use GridDesk (a unit or a worker without a login) has its sign-for recorded by the desk.
    if ((c.handlerWorkerId.isEmpty() && c.handlerUnitId.isEmpty()) || isHandler(m_db.actor(), c))
        return {};
    const bool byWorker = !c.handlerWorkerId.isEmpty();
    QSqlQuery &q = m_db.prepared(
        byWorker ? QStringLiteral("SELECT o.login, w.name FROM operators o JOIN workers w ON w.id = o.worker_id "
                                  "WHERE o.worker_id = ? AND o.active = 1 ORDER BY o.login LIMIT 1")
                 : QStringLiteral("SELECT o.login, u.name FROM operators o JOIN units u ON u.id = o.unit_id "
                                  "WHERE o.unit_id = ? AND o.active = 1 ORDER BY o.login LIMIT 1"));
    q.addBindValue(byWorker ? c.handlerWorkerId : c.handlerUnitId);
    if (Status failed = exec(q); !failed)
        return failed.error();
    if (!q.next()) {
        q.finish();
        return {};
    }
    const QString login = q.value(0).toString(), handler = q.value(1).toString();
    q.finish();
    return Error::make(
        ErrorKind::Permission,
        byWorker ? Text::tr("Only the handler signs for this case: %1, who signs in as %2.").arg(handler, login)
                 : Text::tr("Only %1's operators sign for this case (for example %2).").arg(handler, login));
}

Error CaseService::checkCallback(const workflow::Folded &f, const workflow::Step &step) const
{
    auto read = DeadlineRules::read(m_db);
    if (!read)
        return read.error();
    const DeadlineRules &rules = read.value();
    if (rules.callbackByOther && m_db.actor().role != Role::System && isHandler(m_db.actor(), f.c))
        return Error::make(ErrorKind::Permission,
                           Text::tr("Callback: the resident is called back by someone other than the handler; "
                                    "ask a colleague at the desk."));
    // Unreachable only after the office's tries: the earlier ones are on the timeline.
    const auto *called = std::get_if<workflow::CallbackOutcome>(&step.payload);
    if (called && step.action == workflow::Action::Callback && called->result == QLatin1String("unreachable") &&
        f.callbackTries + 1 < rules.callbackTries)
        return Error::invalid(QStringLiteral("result"),
                              Text::tr("Unreachable: this office calls %1 times before a callback is closed as "
                                       "unreachable; %2 unanswered call(s) are recorded. Record this one as "
                                       "\"Callback not answered\" and call again later.")
                                  .arg(rules.callbackTries)
                                  .arg(f.callbackTries));
    // The same for an attached report's resident: that report's own tries.
    if (called && step.action == workflow::Action::CallbackReport && called->result == QLatin1String("unreachable")) {
        const int tries = f.reports.value(called->reportEventId).callbackTries;
        if (tries + 1 < rules.callbackTries)
            return Error::invalid(QStringLiteral("result"),
                                  Text::tr("Unreachable: this office calls %1 times before a callback is closed as "
                                           "unreachable; %2 unanswered call(s) to this report's resident are "
                                           "recorded. Record this one as \"Callback not answered\" for the report "
                                           "and call again later.")
                                      .arg(rules.callbackTries)
                                      .arg(tries));
    }
    return {};
}

QList<workflow::Action> CaseService::offeredActions(const workflow::Folded &f) const
{
    QList<workflow::Action> out;
    for (const workflow::Action action : workflow::offeredActions(f, m_db.actor()))
        if (checkActor(f, {action}).kind != ErrorKind::Permission)
            out << action;
    return out;
}

} // namespace gd
