#include "CaseView.h"

#include "CaseRecord.h"
#include "storage/ReadSource.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CaseView)
};

// Names of what a case points to, each empty when it is gone; one statement for all of them.
const char kNames[] =
    "SELECT (SELECT g.code || ' ' || g.name FROM grids g WHERE g.id = ? AND g.deleted = 0), (SELECT w.name || ' ' "
    "|| coalesce(w.phone, '') FROM workers w WHERE w.id = ? AND w.deleted = 0), (SELECT u.name || ' ' || "
    "coalesce(u.service_phone, '') FROM "
    "units u WHERE u.id = ? AND u.deleted = 0), (SELECT k.name FROM categories k WHERE k.id = ? AND k.deleted = 0), "
    "(SELECT p.name FROM categories k JOIN categories p ON p.id = k.parent_id WHERE k.id = ? AND k.deleted = 0 AND "
    "p.deleted = 0), (SELECT w.name FROM workers w WHERE w.id = ? AND w.deleted = 0)";

Error failed(const QSqlQuery &q)
{
    return Error::make(ErrorKind::Internal, Text::tr("The case could not be read: %1").arg(q.lastError().text()));
}

} // namespace

Result<CaseView> caseView(const ReadSource &source, const QString &caseId)
{
    CaseView view;
    {
        // A hub's rows have no rowid; the sheet needs none.
        QSqlQuery q(source.db);
        q.prepare(source.statement(caserecord::caseSelect(QStringLiteral("0")) + QStringLiteral("WHERE id = ?")));
        q.addBindValue(caseId);
        if (!q.exec())
            return failed(q);
        if (!q.next())
            return Error::make(ErrorKind::NotFound, Text::tr("There is no case %1 here.").arg(caseId));
        view.c = caserecord::caseFrom(q, &view.deleted);
    }
    const Case &c = view.c;
    {
        QSqlQuery q(source.db);
        q.prepare(source.statement(QString::fromLatin1(kNames)));
        for (const QString &id :
             {c.gridId, c.handlerWorkerId, c.handlerUnitId, c.categoryId, c.categoryId, c.foundByWorkerId})
            q.addBindValue(id.isNull() ? QStringLiteral("") : id);
        if (!q.exec() || !q.next())
            return failed(q);
        view.grid = q.value(0).toString();
        view.handler = !q.value(1).isNull() ? q.value(1).toString() : q.value(2).toString();
        const QString name = q.value(3).toString(), parent = q.value(4).toString();
        view.category = parent.isEmpty() ? name : QStringLiteral("%1 / %2").arg(parent, name);
        view.finder = q.value(5).toString();
    }
    QSqlQuery q(source.db);
    q.prepare(source.statement(caserecord::eventSelect() + QStringLiteral("WHERE case_id = ? ORDER BY hlc, id")));
    q.addBindValue(caseId);
    if (!q.exec())
        return failed(q);
    while (q.next())
        view.events << caserecord::eventFrom(q);
    return view;
}

Result<QString> caseIdOfNumber(const ReadSource &source, const QString &number)
{
    QSqlQuery q(source.db);
    q.prepare(source.statement(QStringLiteral("SELECT id FROM cases WHERE number = ? ORDER BY deleted, state = "
                                              "'merged', id LIMIT 1")));
    q.addBindValue(number.trimmed());
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return Error::make(ErrorKind::NotFound, Text::tr("There is no case numbered %1 here.").arg(number.trimmed()));
    return q.value(0).toString();
}

} // namespace gd
