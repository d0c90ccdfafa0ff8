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
    // The folds that changed a derived column, written in one statement: a delta's notes change
    // thousands of cases (their last activity), and a statement each is a round trip each.
    QList<QVariantList> changedRows;
    for (const auto &[stored, deleted] : std::as_const(rows)) {
        // A deleted case keeps its derived columns, as in an office.
        if (deleted)
            continue;
        const Case folded = workflow::fold(stored, timelines.value(stored.id)).c;
        if (!CaseService::derivedChanges(stored, folded))
            continue;
        changedRows << (QVariantList{stored.id} + CaseService::derivedValues(folded));
    }
    if (changedRows.isEmpty())
        return refolded;
    const QStringList &columns = CaseService::derivedColumns();
    QStringList quoted, sets;
    for (const QString &c : columns) {
        quoted << pgIdentifier(c);
        sets << QStringLiteral("%1 = r.%1").arg(pgIdentifier(c));
    }
    if (Status s = hub.exec(QStringLiteral("DROP TABLE IF EXISTS pg_temp.hub_refolded")); !s)
        return s.error();
    if (Status s = hub.exec(QStringLiteral("CREATE TEMP TABLE hub_refolded ON COMMIT DROP AS SELECT id, %1 FROM cases "
                                           "WITH NO DATA")
                                .arg(quoted.join(QStringLiteral(", "))));
        !s)
        return s.error();
    int next = 0;
    if (Status s = hub.copyIn(QStringLiteral("hub_refolded"), QStringList{QStringLiteral("id")} + columns,
                              [&](QVariantList &values) {
                                  if (next >= changedRows.size())
                                      return false;
                                  values = changedRows.at(next++);
                                  return true;
                              });
        !s)
        return s.error();
    if (Status s = hub.exec(QStringLiteral("UPDATE cases c SET %1 FROM hub_refolded r WHERE c.id = r.id")
                                .arg(sets.join(QStringLiteral(", "))));
        !s)
        return s.error();
    refolded = int(changedRows.size());
    return refolded;
}

} // namespace gd::hub
