#include "JointMeetings.h"

#include "JointActivities.h"
#include "JointTasks.h"
#include "schema/Tables.h"
#include "storage/KeysetPage.h"
#include "storage/ServiceSupport.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::JointMeetingService)
};

QVariant orNull(const QString &id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

const char kRowSql[] =
    "SELECT m.id, m.level, CASE m.level WHEN 'street' THEN coalesce(s.name, '') WHEN 'community' THEN "
    "coalesce(c.name, '') ELSE coalesce(g.name, '') END, m.topic, m.at_ms, (SELECT count(*) FROM "
    "joint_meeting_people mp WHERE mp.meeting_id = m.id AND mp.deleted = 0), (SELECT count(*) FROM joint_tasks t "
    "WHERE t.meeting_id = m.id AND t.deleted = 0), (SELECT count(*) FROM joint_tasks t WHERE t.meeting_id = m.id AND "
    "t.deleted = 0 AND t.done_ms = 0) FROM joint_meetings m LEFT JOIN streets s ON s.id = m.street_id LEFT JOIN "
    "communities c ON c.id = m.community_id LEFT JOIN grids g ON g.id = m.grid_id";

JointMeetingRow rowOf(const QSqlQuery &q)
{
    JointMeetingRow r;
    r.id = q.value(0).toString();
    r.level = q.value(1).toString();
    r.placeName = q.value(2).toString();
    r.topic = q.value(3).toString();
    r.atMs = q.value(4).toLongLong();
    r.attendees = q.value(5).toInt();
    r.tasks = q.value(6).toInt();
    r.tasksOpen = q.value(7).toInt();
    return r;
}

} // namespace

QString jointMeetingPlaceSql(const JointMeetingFilter &f, QVariantList *binds)
{
    QStringList where{QStringLiteral("m.deleted = 0")};
    const auto add = [&](const QString &sql, const QVariant &value) {
        where << sql;
        *binds << value;
    };
    if (!f.streetId.isEmpty())
        add(QStringLiteral("m.street_id = ?"), f.streetId);
    if (!f.communityId.isEmpty())
        add(QStringLiteral("m.community_id = ?"), f.communityId);
    if (!f.gridId.isEmpty())
        add(QStringLiteral("m.grid_id = ?"), f.gridId);
    if (!f.level.isEmpty())
        add(QStringLiteral("m.level = ?"), f.level);
    if (f.fromMs > 0)
        add(QStringLiteral("m.at_ms >= ?"), f.fromMs);
    if (f.toMs > 0)
        add(QStringLiteral("m.at_ms < ?"), f.toMs);
    return where.join(QStringLiteral(" AND "));
}

Error JointMeetingService::placeOf(JointMeeting *m) const
{
    RowStore rows(m_db);
    if (m->level == QLatin1String("grid")) {
        auto grid = rows.fetch(tables::grids(), m->gridId);
        if (m->gridId.isEmpty() || !grid)
            return Error::invalid(QStringLiteral("grid_id"), Text::tr("Choose the grid that held the meeting."));
        m->communityId = grid->value(QStringLiteral("community_id")).toString();
    } else {
        m->gridId.clear();
    }
    if (m->level != QLatin1String("street")) {
        auto community = rows.fetch(tables::communities(), m->communityId);
        if (m->communityId.isEmpty() || !community)
            return Error::invalid(QStringLiteral("community_id"),
                                  Text::tr("Choose the community that held the meeting."));
        m->streetId = community->value(QStringLiteral("street_id")).toString();
    } else {
        m->communityId.clear();
    }
    if (m->streetId.isEmpty() || !rows.exists(tables::streets(), m->streetId))
        return Error::invalid(QStringLiteral("street_id"), Text::tr("Choose the street that held the meeting."));
    return {};
}

Error JointMeetingService::validate(const JointMeeting &meeting) const
{
    if (!joint::levels().contains(meeting.level))
        return Error::invalid(QStringLiteral("level"),
                              Text::tr("'%1' is not a level of joint meetings.").arg(meeting.level));
    JointMeeting m = meeting;
    if (Error e = placeOf(&m); e.isError())
        return e;
    if (Error e = check::happened(QStringLiteral("at_ms"), m.atMs, m_db.nowMs(), tables::kEarliestMs,
                                  Text::tr("the meeting was held"));
        e.isError())
        return e;
    if (Error e = check::requiredText(QStringLiteral("topic"), Text::tr("The agenda"), m.topic, 200); e.isError())
        return e;
    for (const auto &[field, label, value] : {std::tuple{"issues", Text::tr("The issues judged"), m.issues},
                                              std::tuple{"decisions", Text::tr("The decisions"), m.decisions},
                                              std::tuple{"note", Text::tr("The note"), m.note}})
        if (Error e = check::optionalText(QLatin1String(field), label, value, 4000, true); e.isError())
            return e;
    if (Error e = checkJointPeople(m_db, m.attendees); e.isError())
        return e;
    if (m.tasks.size() > joint::kMaxTasks)
        return Error::invalid(QStringLiteral("tasks"),
                              Text::tr("A meeting sets at most %1 tasks.").arg(joint::kMaxTasks));
    JointTaskService tasks(m_db);
    for (const JointTask &t : m.tasks)
        if (Error e = tasks.validate(t, m.atMs); e.isError())
            return e;
    return {};
}

QVariantMap JointMeetingService::fieldsOf(const JointMeeting &m) const
{
    return {{QStringLiteral("level"), m.level},
            {QStringLiteral("street_id"), m.streetId},
            {QStringLiteral("community_id"), orNull(m.communityId)},
            {QStringLiteral("grid_id"), orNull(m.gridId)},
            {QStringLiteral("at_ms"), m.atMs},
            {QStringLiteral("topic"), m.topic.trimmed()},
            {QStringLiteral("issues"), m.issues.trimmed()},
            {QStringLiteral("decisions"), m.decisions.trimmed()},
            {QStringLiteral("note"), m.note.trimmed()}};
}

namespace {
Status writeAttendees(Database &db, const QString &meetingId, const QList<JointPerson> &people, bool replace)
{
    return writeChildren(db, tables::jointMeetingPeople(), QStringLiteral("meeting_id"), meetingId, people, replace,
                         [](const QString &id, const JointPerson &p) -> QVariantMap {
                             return {{QStringLiteral("meeting_id"), id},
                                     {QStringLiteral("worker_id"), orNull(p.workerId)},
                                     {QStringLiteral("name"), p.workerId.isEmpty() ? p.name.trimmed() : QString()}};
                         });
}
} // namespace

Result<QString> JointMeetingService::record(const JointMeeting &meeting)
{
    return writeTransaction<QString>(m_db, Permission::RecordGridWork, [&]() -> Result<QString> {
        if (Error e = validate(meeting); e.isError())
            return e;
        JointMeeting m = meeting;
        if (Error e = placeOf(&m); e.isError())
            return e;
        auto id = RowStore(m_db).insert(tables::jointMeetings(), fieldsOf(m), m.id);
        if (!id)
            return id.error();
        if (Status s = writeAttendees(m_db, *id, m.attendees, false); !s)
            return s.error();
        JointTaskService tasks(m_db);
        for (const JointTask &t : std::as_const(m.tasks))
            if (auto added = tasks.add(*id, t); !added)
                return added.error();
        return *id;
    });
}

Status JointMeetingService::edit(const JointMeeting &meeting)
{
    return writeStatus(m_db, Permission::RecordGridWork, [&]() -> Status {
        if (!RowStore(m_db).exists(tables::jointMeetings(), meeting.id))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such joint meeting."));
        JointMeeting m = meeting;
        m.tasks.clear(); // changed one by one through JointTaskService
        if (Error e = validate(m); e.isError())
            return e;
        if (Error e = placeOf(&m); e.isError())
            return e;
        if (Status s = RowStore(m_db).update(tables::jointMeetings(), m.id, fieldsOf(m)); !s)
            return s;
        return writeAttendees(m_db, m.id, m.attendees, true);
    });
}

Status JointMeetingService::remove(const QString &id)
{
    return writeStatus(m_db, Permission::RecordGridWork, [&]() -> Status {
        if (!RowStore(m_db).exists(tables::jointMeetings(), id))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such joint meeting."));
        return RowStore(m_db).tombstone(tables::jointMeetings(), id);
    });
}

Result<JointMeeting> JointMeetingService::open(const QString &id) const
{
    auto row = RowStore(m_db).fetch(tables::jointMeetings(), id);
    if (!row)
        return Error::make(ErrorKind::NotFound, Text::tr("There is no such joint meeting."));
    const auto text = [&row](const char *f) { return row->value(QLatin1String(f)).toString(); };
    JointMeeting m;
    m.id = id;
    m.level = text("level");
    m.streetId = text("street_id");
    m.communityId = text("community_id");
    m.gridId = text("grid_id");
    m.atMs = row->value(QStringLiteral("at_ms")).toLongLong();
    m.topic = text("topic");
    m.issues = text("issues");
    m.decisions = text("decisions");
    m.note = text("note");
    m.attendees = jointPeopleOf(m_db, tables::jointMeetingPeople(), QStringLiteral("meeting_id"), id);
    JointTaskFilter f;
    f.meetingId = id;
    auto tasks = JointTaskService(m_db).list(f);
    if (!tasks)
        return tasks.error();
    m.tasks = *tasks;
    return m;
}

Result<JointMeetingPage> JointMeetingService::page(const JointMeetingFilter &f, int limit,
                                                   const QString &afterKey) const
{
    if (limit < 1 || limit > kMaxLimit)
        return Error::invalid(QStringLiteral("limit"),
                              Text::tr("Ask for 1 to %1 joint meetings at a time.").arg(kMaxLimit));
    QVariantList binds;
    const QString where = jointMeetingPlaceSql(f, &binds);
    return keyset::readPage<JointMeetingPage>(m_db, QString::fromUtf8(kRowSql), where, binds, QStringLiteral("m.at_ms"),
                                              QStringLiteral("m.id"), limit, afterKey, rowOf,
                                              [](const JointMeetingRow &r) { return keyset::keyOf(r.atMs, r.id); });
}

Result<int> JointMeetingService::count(const JointMeetingFilter &f) const
{
    return countIn(ReadSource::of(m_db), f);
}

Result<int> JointMeetingService::countIn(const ReadSource &source, const JointMeetingFilter &f)
{
    QVariantList binds;
    const QString where = jointMeetingPlaceSql(f, &binds);
    return keyset::countRows(source, QStringLiteral("joint_meetings m"), where, binds);
}

} // namespace gd
