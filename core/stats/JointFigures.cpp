#include "JointFigures.h"

#include "cases/CaseTypes.h"
#include "joint/JointActivities.h"
#include "joint/JointMeetings.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd::stats {

Result<JointWorkTable> jointWorkTable(const ReadSource &source, const StatsScope &scope, const QDate &from,
                                      const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(
            QStringLiteral("period"),
            QCoreApplication::translate("gd::gridwork", "The period's last day is before its first."));
    JointWorkTable out;
    out.kinds = joint::activityKinds();
    out.perKind = QList<qint64>(out.kinds.size(), 0);
    JointActivityFilter f;
    setPlace(&f, scope);
    f.fromMs = cases::dayStartMs(from);
    f.toMs = cases::dayStartMs(to.addDays(1));
    QVariantList binds;
    const QString where = jointActivityWhere(f, &binds);
    QSqlQuery q(source.db);
    q.prepare(source.statement(
        // By the police grid's code: 第2警格 before 第10警格, as the codes number them.
        QStringLiteral("SELECT a.police_grid_id, coalesce(p.name, ''), a.kind, count(*), coalesce(p.code, '') FROM "
                       "joint_activities a LEFT JOIN police_grids p ON p.id = a.police_grid_id WHERE %1 GROUP BY 1, 2, "
                       "3, 5 ORDER BY 5, 1")
            .arg(where)));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (Status failed = exec(q); !failed)
        return failed.error();
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (out.lines.isEmpty() || out.lines.last().policeGridId != id)
            out.lines << JointWorkTable::Line{id, q.value(1).toString(), QList<qint64>(out.kinds.size(), 0), 0};
        const qint64 n = q.value(3).toLongLong();
        const int k = int(out.kinds.indexOf(q.value(2).toString()));
        if (k >= 0) { // a kind a newer office wrote counts in the total only
            out.lines.last().perKind[k] += n;
            out.perKind[k] += n;
        }
        out.lines.last().total += n;
        out.total += n;
    }
    for (const QString &level : joint::levels()) {
        JointMeetingFilter m;
        setPlace(&m, scope);
        m.level = level;
        m.fromMs = f.fromMs;
        m.toMs = f.toMs;
        auto n = JointMeetingService::countIn(source, m);
        if (!n)
            return n.error();
        out.meetings << *n;
    }
    return out;
}

Result<JointWorkTable> jointWorkTable(Database &db, const StatsScope &scope, const QDate &from, const QDate &to)
{
    return jointWorkTable(ReadSource::of(db), scope, from, to);
}

} // namespace gd::stats
