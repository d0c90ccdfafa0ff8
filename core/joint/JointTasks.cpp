#include "JointTasks.h"

#include "cases/CaseService.h"
#include "schema/Tables.h"
#include "storage/KeysetPage.h"
#include "storage/ServiceSupport.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::JointTaskService)
};

const char kTaskSql[] =
    "SELECT t.id, t.meeting_id, t.text, t.owner_id, coalesce(w.name, ''), t.due_ms, t.done_ms, t.done_note, "
    "coalesce(t.case_id, ''), coalesce(c.number, '') FROM joint_tasks t JOIN joint_meetings m ON m.id = t.meeting_id "
    "LEFT JOIN workers w ON w.id = t.owner_id LEFT JOIN cases c ON c.id = t.case_id";

} // namespace

qint64 JointTaskService::dueEndMs(const QDate &day)
{
    return cases::dayStartMs(day.addDays(1)) - 1;
}

Error JointTaskService::validate(const JointTask &t, qint64 meetingMs) const
{
    if (Error e = check::requiredText(QStringLiteral("text"), Text::tr("The task"), t.text, 200); e.isError())
        return e;
    if (t.ownerId.isEmpty() || !RowStore(m_db).exists(tables::workers(), t.ownerId))
        return Error::invalid(QStringLiteral("owner_id"),
                              Text::tr("Choose who owns the task \"%1\" from the people register.").arg(t.text));
    if (t.dueMs <= 0)
        return Error::invalid(QStringLiteral("due_ms"), Text::tr("Give the day the task \"%1\" is due.").arg(t.text));
    if (t.dueMs < meetingMs)
        return Error::invalid(QStringLiteral("due_ms"),
                              Text::tr("The task \"%1\" is due before the meeting that set it.").arg(t.text));
    return {};
}

Result<QString> JointTaskService::add(const QString &meetingId, const JointTask &t)
{
    return writeTransaction<QString>(m_db, Permission::RecordGridWork, [&]() -> Result<QString> {
        auto meeting = RowStore(m_db).fetch(tables::jointMeetings(), meetingId);
        if (!meeting)
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such joint meeting."));
        if (Error e = validate(t, meeting->value(QStringLiteral("at_ms")).toLongLong()); e.isError())
            return e;
        if (selectRows(m_db, tables::jointTasks(), QStringLiteral("meeting_id = ?"), {meetingId}).size() >=
            joint::kMaxTasks)
            return Error::invalid(QStringLiteral("tasks"),
                                  Text::tr("A meeting sets at most %1 tasks.").arg(joint::kMaxTasks));
        return RowStore(m_db).insert(tables::jointTasks(), {{QStringLiteral("meeting_id"), meetingId},
                                                            {QStringLiteral("text"), t.text.trimmed()},
                                                            {QStringLiteral("owner_id"), t.ownerId},
                                                            {QStringLiteral("due_ms"), t.dueMs}});
    });
}

Status JointTaskService::complete(const QString &taskId, qint64 atMs, const QString &note)
{
    return writeStatus(m_db, Permission::RecordGridWork, [&]() -> Status {
        RowStore rows(m_db);
        auto task = rows.fetch(tables::jointTasks(), taskId);
        if (!task)
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such task."));
        if (task->value(QStringLiteral("done_ms")).toLongLong() > 0)
            return Error::invalid(QStringLiteral("done_ms"), Text::tr("The task is done already."));
        if (Error e = check::happened(QStringLiteral("done_ms"), atMs, m_db.nowMs(), tables::kEarliestMs,
                                      Text::tr("the task was done"));
            e.isError())
            return e;
        auto meeting = rows.fetch(tables::jointMeetings(), task->value(QStringLiteral("meeting_id")).toString());
        if (meeting && atMs < meeting->value(QStringLiteral("at_ms")).toLongLong())
            return Error::invalid(QStringLiteral("done_ms"), Text::tr("The task is done before the meeting set it."));
        if (Error e = check::optionalText(QStringLiteral("done_note"), Text::tr("The note"), note, 2000, true);
            e.isError())
            return e;
        return rows.update(tables::jointTasks(), taskId,
                           {{QStringLiteral("done_ms"), atMs}, {QStringLiteral("done_note"), note.trimmed()}});
    });
}

Result<QString> JointTaskService::toCase(const QString &taskId, const Case &draft)
{
    return writeTransaction<QString>(m_db, Permission::RecordGridWork, [&]() -> Result<QString> {
        RowStore rows(m_db);
        auto task = rows.fetch(tables::jointTasks(), taskId);
        if (!task)
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such task."));
        if (!task->value(QStringLiteral("case_id")).toString().isEmpty())
            return Error::invalid(QStringLiteral("case_id"), Text::tr("This task is a request already."));
        auto meeting = rows.fetch(tables::jointMeetings(), task->value(QStringLiteral("meeting_id")).toString());
        if (!meeting)
            return meeting.error();
        Case c = draft;
        c.channel = QStringLiteral("patrol");
        c.proactive = true;
        c.foundByWorkerId = task->value(QStringLiteral("owner_id")).toString();
        const QString meetingGrid = meeting->value(QStringLiteral("grid_id")).toString();
        if (c.gridId.isEmpty())
            c.gridId = meetingGrid;
        if (c.description.trimmed().isEmpty())
            c.description = task->value(QStringLiteral("text")).toString();
        // In the meeting's area, so every office that holds the meeting can hold the request.
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT 1 FROM grids g JOIN communities c ON c.id = g.community_id WHERE g.id = ? AND "
                                 "g.deleted = 0 AND CASE ? WHEN 'street' THEN c.street_id = ? WHEN 'community' THEN "
                                 "g.community_id = ? ELSE g.id = ? END"));
        q.addBindValue(c.gridId);
        q.addBindValue(meeting->value(QStringLiteral("level")));
        q.addBindValue(meeting->value(QStringLiteral("street_id")));
        q.addBindValue(meeting->value(QStringLiteral("community_id")));
        q.addBindValue(meetingGrid);
        if (Status failed = exec(q); !failed)
            return failed.error();
        if (!q.next())
            return Error::invalid(QStringLiteral("grid_id"),
                                  Text::tr("Choose a grid in the area of the meeting that set the task."));
        auto caseId = CaseService(m_db).registerCase(c); // nests in this transaction: both or neither
        if (!caseId)
            return caseId.error();
        if (Status s = rows.update(tables::jointTasks(), taskId, {{QStringLiteral("case_id"), *caseId}}); !s)
            return s.error();
        return *caseId;
    });
}

QString JointTaskService::filterSql(const JointTaskFilter &f, QVariantList *binds)
{
    QStringList where{QStringLiteral("t.deleted = 0"), jointMeetingPlaceSql(f.meetings, binds)};
    const auto add = [&](const QString &sql, const QVariant &value) {
        where << sql;
        *binds << value;
    };
    if (!f.meetingId.isEmpty())
        add(QStringLiteral("t.meeting_id = ?"), f.meetingId);
    if (!f.ownerId.isEmpty())
        add(QStringLiteral("t.owner_id = ?"), f.ownerId);
    if (f.dueFromMs > 0)
        add(QStringLiteral("t.due_ms >= ?"), f.dueFromMs);
    if (f.dueToMs > 0)
        add(QStringLiteral("t.due_ms < ?"), f.dueToMs);
    if (f.openOnly)
        where << QStringLiteral("t.done_ms = 0");
    if (f.onTimeOnly)
        where << QStringLiteral("t.done_ms > 0 AND t.done_ms <= t.due_ms");
    return where.join(QStringLiteral(" AND "));
}

Result<QList<JointTask>> JointTaskService::list(const JointTaskFilter &f, int limit) const
{
    QVariantList binds;
    const QString where = filterSql(f, &binds);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("%1 WHERE %2 ORDER BY t.due_ms, t.id LIMIT %3")
                  .arg(QString::fromUtf8(kTaskSql), where)
                  .arg(qBound(1, limit, 10000)));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<JointTask> out;
    while (q.next()) {
        JointTask t;
        t.id = q.value(0).toString();
        t.meetingId = q.value(1).toString();
        t.text = q.value(2).toString();
        t.ownerId = q.value(3).toString();
        t.ownerName = q.value(4).toString();
        t.dueMs = q.value(5).toLongLong();
        t.doneMs = q.value(6).toLongLong();
        t.doneNote = q.value(7).toString();
        t.caseId = q.value(8).toString();
        t.caseNumber = q.value(9).toString();
        out << t;
    }
    return out;
}

Result<int> JointTaskService::count(const JointTaskFilter &f) const
{
    return countIn(ReadSource::of(m_db), f);
}

Result<int> JointTaskService::countIn(const ReadSource &source, const JointTaskFilter &f)
{
    QVariantList binds;
    const QString where = filterSql(f, &binds);
    return keyset::countRows(source, QStringLiteral("joint_tasks t JOIN joint_meetings m ON m.id = t.meeting_id"),
                             where, binds);
}

} // namespace gd
