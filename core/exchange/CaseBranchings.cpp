#include "CaseBranchings.h"

#include "MergeConflicts.h"
#include "cases/CaseService.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace gd::exchange {

namespace {

// The case's branchings no supervisor has settled, with the offices named from `names`.
Result<QList<CaseBranching>> branchingsOf(Database &db, const QString &caseId, const QHash<QString, QString> &names)
{
    CaseService service(db);
    auto c = service.caseById(caseId);
    if (!c)
        return c.error();
    auto events = service.timeline(caseId);
    if (!events)
        return events.error();
    const workflow::Folded f = workflow::fold(*c, *events);
    QHash<QString, const CaseEvent *> byId;
    for (const CaseEvent &e : *events)
        byId.insert(e.id, &e);
    QList<CaseBranching> out;
    for (const workflow::Branching &b : f.branchings) {
        if (b.settled)
            continue;
        CaseBranching row{caseId, c->number, b.after, {}};
        for (const QString &head : b.heads) {
            const CaseEvent *e = byId.value(head);
            if (!e)
                continue;
            BranchHead h{e->id,           e->action, e->note,
                         e->operatorName, e->site,   names.value(e->site, e->site.left(8)),
                         e->atMs,         0,         head == b.standing};
            // The branch's moves: its head and every move taken after one of them (in fold order,
            // so a move's `after` is always seen before it).
            QSet<QString> members{head};
            for (const CaseEvent &later : *events)
                if (workflow::isMove(later.action) && members.contains(later.after))
                    members.insert(later.id);
            h.moves = int(members.size());
            row.heads << h;
        }
        out << row;
    }
    return out;
}

} // namespace

Result<QList<CaseBranching>> caseBranchings(Database &db, const QString &caseId)
{
    return branchingsOf(db, caseId, officeNamesBySite(db));
}

Result<QList<CaseBranching>> openBranchings(Database &db)
{
    QStringList ids;
    {
        QSqlQuery q(db.sql());
        if (Status failed = exec(q, QStringLiteral("SELECT id FROM cases WHERE branches > 0 AND deleted = 0 ORDER BY "
                                                   "received_ms, id"));
            !failed)
            return failed.error();
        while (q.next())
            ids << q.value(0).toString();
    }
    const QHash<QString, QString> names = officeNamesBySite(db);
    QList<CaseBranching> out;
    for (const QString &id : std::as_const(ids)) {
        auto one = branchingsOf(db, id, names);
        if (!one)
            return one.error();
        out << *one;
    }
    return out;
}

Status settleBranching(Database &db, const QString &caseId, const QString &after, const QString &keepEventId,
                       const QString &note)
{
    return CaseService(db)
        .act(caseId, {workflow::Action::Settle, note, workflow::BranchChoice{after, keepEventId}})
        .status();
}

} // namespace gd::exchange
