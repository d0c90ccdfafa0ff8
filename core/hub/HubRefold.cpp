#include "HubRefold.h"

#include "HubConnection.h"
#include "cases/CaseRecord.h"
#include "cases/CaseService.h"

#include <QSqlQuery>

namespace gd::hub {

Result<int> refoldHubCases(HubConnection &hub, const QSet<QString> &caseIds)
{
    int refolded = 0;
    if (caseIds.isEmpty())
        return refolded;
    if (Status s = hub.tempIds(QStringLiteral("hub_refold"), QStringList(caseIds.cbegin(), caseIds.cend())); !s)
        return s.error();
    QHash<QString, QList<CaseEvent>> timelines;
    {
        auto q = hub.run(caserecord::eventSelect() +
                         QStringLiteral("WHERE case_id IN (SELECT id FROM hub_refold) ORDER BY hlc, id COLLATE \"C\""));
        if (!q)
            return q.error();
        while (q->next()) {
            CaseEvent e = caserecord::eventFrom(*q);
            timelines[e.caseId] << e;
        }
    }
    QList<QPair<Case, bool>> rows;
    {
        auto q = hub.run(caserecord::caseSelect(QStringLiteral("0")) +
                         QStringLiteral("WHERE id IN (SELECT id FROM hub_refold)"));
        if (!q)
            return q.error();
        while (q->next()) {
            bool deleted = false;
            Case c = caserecord::caseFrom(*q, &deleted);
            rows.append({c, deleted});
        }
    }
    QHash<quint32, QSqlQuery> updates;
    for (const auto &[stored, deleted] : std::as_const(rows)) {
        // A deleted case keeps its derived columns, as in an office.
        if (deleted)
            continue;
        const Case folded = workflow::fold(stored, timelines.value(stored.id)).c;
        const quint32 changed = CaseService::derivedChanges(stored, folded);
        if (!changed)
            continue;
        auto u = updates.find(changed);
        if (u == updates.end()) {
            QSqlQuery q(hub.sql());
            q.prepare(CaseService::derivedUpdate(changed, QStringLiteral("id")));
            u = updates.insert(changed, q);
        }
        CaseService::bindDerived(*u, changed, folded);
        u->addBindValue(stored.id);
        if (Status s = hub.exec(*u); !s)
            return s.error();
        ++refolded;
    }
    return refolded;
}

} // namespace gd::hub
