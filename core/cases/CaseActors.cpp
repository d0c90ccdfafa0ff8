// CaseService's checks on who takes an action, beyond the role the workflow table asks: the
// handler (or the operators linked to that worker or unit) signs for a case, and the callback is
// made by someone other than the handler when the office says so (DeadlineRules::callbackByOther).
// The same checks decide what the case page and the CLI offer, so nothing is offered that saving
// refuses.
#include "CaseService.h"
#include "CaseTypes.h"
#include "DeadlineRules.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CaseService)
};
} // namespace

Error CaseService::checkActor(const workflow::Folded &f, workflow::Action action) const
{
    using workflow::Action;
    if (m_db.actor().role == Role::System)
        return {};
    if (action == Action::Sign)
        return checkSigner(f.c);
    if (action == Action::Callback || action == Action::CallbackTry || action == Action::CallbackReport)
        return checkCaller(f);
    return {};
}

Error CaseService::checkSigner(const Case &c) const
{
    // The handler takes the case: its own operators, when it has some here; a handler that does not
    // use GridDesk (a unit or a worker without a login) has its sign-for recorded by the desk.
    const Actor &a = m_db.actor();
    const bool byWorker = !c.handlerWorkerId.isEmpty();
    if (byWorker ? a.workerId == c.handlerWorkerId : (c.handlerUnitId.isEmpty() || a.unitId == c.handlerUnitId))
        return {};
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

Error CaseService::checkCaller(const workflow::Folded &f) const
{
    auto read = DeadlineRules::read(m_db);
    if (!read)
        return read.error();
    const DeadlineRules &rules = read.value();
    const Actor &a = m_db.actor();
    const Case &c = f.c;
    const bool ownCase = (!c.handlerWorkerId.isEmpty() && a.workerId == c.handlerWorkerId) ||
                         (!c.handlerUnitId.isEmpty() && a.unitId == c.handlerUnitId);
    if (rules.callbackByOther && ownCase)
        return Error::make(ErrorKind::Permission,
                           Text::tr("Callback: the resident is called back by someone other than the handler; "
                                    "ask a colleague at the desk."));
    return {};
}

QList<workflow::Action> CaseService::offeredActions(const workflow::Folded &f) const
{
    QList<workflow::Action> out;
    for (const workflow::Action action : workflow::offeredActions(f, m_db.actor()))
        if (checkActor(f, action).kind != ErrorKind::Permission)
            out << action;
    return out;
}

} // namespace gd
