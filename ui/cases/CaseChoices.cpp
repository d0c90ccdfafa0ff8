#include "CaseChoices.h"

#include "cases/CategoryService.h"
#include "org/GridService.h"
#include "people/WorkerService.h"

#include <QHash>
#include <QSet>

namespace gdui {

QList<Choice> categoryChoices(gd::Database &db)
{
    QList<Choice> categories;
    QHash<QString, QString> parents;
    const QList<gd::Category> tree = gd::CategoryService(db).tree();
    for (const gd::Category &c : tree)
        if (c.parentId.isEmpty())
            parents.insert(c.id, c.name);
    // Leaves only; a top-level category without children is a leaf too ("Other").
    QSet<QString> hasChildren;
    for (const gd::Category &c : tree)
        if (!c.parentId.isEmpty())
            hasChildren.insert(c.parentId);
    for (const gd::Category &c : tree) {
        if (!c.parentId.isEmpty())
            categories << Choice{c.id, QStringLiteral("%1 / %2").arg(parents.value(c.parentId), c.name)};
        else if (!hasChildren.contains(c.id))
            categories << Choice{c.id, c.name};
    }
    return categories;
}

QList<Choice> gridChoices(gd::Database &db)
{
    QList<Choice> grids;
    for (const gd::GridSummary &s : gd::GridService(db).summaries({}, {}, false))
        grids << Choice{s.grid.id, QStringLiteral("%1  %2").arg(s.grid.code, s.grid.name)};
    return grids;
}

QList<Choice> patrolWorkerChoices(gd::Database &db)
{
    QList<Choice> workers;
    gd::WorkerService service(db);
    for (const char *kind : {"full_time", "part_time", "grid_head"})
        for (const gd::Worker &w : service.ofKind(QString::fromLatin1(kind)))
            workers << Choice{w.id, QStringLiteral("%1（%2）").arg(w.name, gd::people::workerKindName(w.kind))};
    return workers;
}

QList<Choice> peopleChoices(gd::Database &db)
{
    QList<Choice> people;
    gd::WorkerService service(db);
    for (const QString &kind : gd::people::workerKinds())
        for (const gd::Worker &w : service.ofKind(kind))
            people << Choice{w.id, QStringLiteral("%1（%2）").arg(w.name, gd::people::workerKindName(w.kind))};
    return people;
}

} // namespace gdui
