#include "HubRefold.h"

#include "HubConnection.h"
#include "cases/CaseRecord.h"
#include "cases/CaseService.h"
#include "storage/Logging.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>

namespace gd::hub {

Result<int> refoldHubCases(HubConnection &hub, const QSet<QString> &caseIds)
{
    int refolded = 0;
    if (caseIds.isEmpty())
        return refolded;
    if (Status s = hub.tempIds(QStringLiteral("hub_refold"), QStringList(caseIds.cbegin(), caseIds.cend())); !s)
        return s.error();
    // Each part's time in the log (griddesk.exchange.debug): the refold is a delta's largest step.
    QElapsedTimer watch;
    watch.start();
    QHash<QString, QList<CaseEvent>> timelines;
    {
        // Unsorted: sorting a delta's ~70,000 events in the server took as long as reading them;
        // each timeline is put in order below, a few dozen events at a time.
        auto q = hub.run(caserecord::eventSelect() + QStringLiteral("WHERE case_id IN (SELECT id FROM hub_refold)"));
        if (!q)
            return q.error();
        while (q->next()) {
            CaseEvent e = caserecord::eventFrom(*q);
            timelines[e.caseId] << e;
        }
    }
    // The timeline's order (hlc, then the id's bytes), as an office reads it.
    for (QList<CaseEvent> &timeline : timelines)
        std::sort(timeline.begin(), timeline.end(), [](const CaseEvent &a, const CaseEvent &b) {
            return a.hlc != b.hlc ? a.hlc < b.hlc : a.id.toUtf8() < b.id.toUtf8();
        });
    qCDebug(lcExchange) << "hub refold: timelines read" << watch.restart() << "ms";
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
    qCDebug(lcExchange) << "hub refold: cases read" << watch.restart() << "ms";
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
    qCDebug(lcExchange) << "hub refold: folded" << rows.size() << "cases," << changedRows.size() << "changed"
                        << watch.restart() << "ms";
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
    if (Status s =
            hub.copyRows(QStringLiteral("hub_refolded"), QStringList{QStringLiteral("id")} + columns, changedRows);
        !s)
        return s.error();
    if (Status s = hub.exec(QStringLiteral("UPDATE cases c SET %1 FROM hub_refolded r WHERE c.id = r.id")
                                .arg(sets.join(QStringLiteral(", "))));
        !s)
        return s.error();
    qCDebug(lcExchange) << "hub refold: written" << watch.restart() << "ms";
    refolded = int(changedRows.size());
    return refolded;
}

} // namespace gd::hub
