#include "Timeliness.h"

#include "CaseTypes.h"
#include "Workflow.h"

namespace gd::timeliness {

bool onTime(qint64 completedMs, qint64 dueMs)
{
    return completedMs > 0 && (dueMs <= 0 || completedMs <= dueMs);
}

bool overdue(const QString &state, qint64 dueMs, qint64 nowMs)
{
    return workflow::isOpen(state) && dueMs > 0 && dueMs < nowMs;
}

bool lateToSign(const QString &state, qint64 signByMs, qint64 nowMs)
{
    return state == QLatin1String("dispatched") && signByMs > 0 && signByMs < nowMs;
}

bool callbackOverdue(const QString &state, qint64 callbackDueMs, qint64 nowMs)
{
    return state == QLatin1String("completed") && callbackDueMs > 0 && callbackDueMs < nowMs;
}

QStringList openStates()
{
    QStringList out;
    for (const QString &s : cases::states())
        if (workflow::isOpen(s))
            out << s;
    return out;
}

QString onTimeSql(const QString &alias)
{
    return doneOnTimeSql(alias + QStringLiteral(".completed_ms"), alias + QStringLiteral(".due_ms"));
}

QString doneOnTimeSql(const QString &doneMs, const QString &dueMs)
{
    // A NULL or 0 deadline: no deadline, on time.
    return QStringLiteral("(%1 > 0 AND (coalesce(%2, 0) <= 0 OR %1 <= %2))").arg(doneMs, dueMs);
}

QString overdueSql(const QString &alias)
{
    return QStringLiteral("(%1.due_ms > 0 AND %1.due_ms < ?)").arg(alias);
}

QString lateToSignSql(const QString &alias)
{
    return QStringLiteral("(%1.sign_by_ms > 0 AND %1.sign_by_ms < ?)").arg(alias);
}

} // namespace gd::timeliness
