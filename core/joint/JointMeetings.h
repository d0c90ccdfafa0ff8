#pragma once
// The three-level police–grid joint meetings (街道–社区–网格 警网联席会商): held by a street, a
// community or a grid on a date, with the agenda, the attendees, the issues judged, what was
// decided, and follow-up tasks (JointTasks.h); read a page at a time and counted for the figures.
// Writes need Permission::RecordGridWork, one transaction each, stamped and audited.
#include "JointTypes.h"
#include "storage/ReadSource.h"
#include "storage/Result.h"

namespace gd {

class Database;

struct JointMeetingFilter {
    // A street's meetings at every level, a community's at its level and its grids', a grid's.
    QString streetId, communityId, gridId;
    QString level;
    qint64 fromMs = 0, toMs = 0; // held in [from, to); 0: no bound
};

struct JointMeetingRow {
    QString id, level, placeName, topic;
    qint64 atMs = 0;
    int attendees = 0, tasks = 0, tasksOpen = 0;
};

struct JointMeetingPage {
    QList<JointMeetingRow> rows;
    QString nextKey; // pass to page() for the rows after these; empty at the end
};

class JointMeetingService
{
public:
    explicit JointMeetingService(Database &db)
        : m_db(db)
    {}
    static constexpr int kMaxLimit = 1000;

    // A meeting with its attendees and tasks. The place is given at the meeting's level (the
    // street's, the community's or the grid's id) and the levels above it are filled in. Refused
    // with the field named: a level not in the list, no place at its level or one not in the file,
    // no time or one before 2000 or in the future, no agenda, a text too long, an attendee neither
    // in the register nor named, a task refused as JointTaskService::add refuses it.
    Result<QString> record(const JointMeeting &meeting);
    // Changes what was recorded and the attendees; the tasks are changed through JointTaskService.
    Status edit(const JointMeeting &meeting);
    Status remove(const QString &id);
    Error validate(const JointMeeting &meeting) const;
    Result<JointMeeting> open(const QString &id) const; // with its attendees and tasks

    // Newest first; afterKey from the page before.
    Result<JointMeetingPage> page(const JointMeetingFilter &filter, int limit, const QString &afterKey = {}) const;
    Result<int> count(const JointMeetingFilter &filter) const;
    // The same count in any store read with the office's statements: a file, or a hub (the figures).
    static Result<int> countIn(const ReadSource &source, const JointMeetingFilter &filter);

private:
    // The meeting's place filled in above its level; an error naming the field when it has none.
    Error placeOf(JointMeeting *m) const;
    QVariantMap fieldsOf(const JointMeeting &m) const;
    Database &m_db;
};

// The place filter of the meetings (where the WHERE clause names the meeting "m"), shared by the
// meetings' list and the tasks' figures.
QString jointMeetingPlaceSql(const JointMeetingFilter &filter, QVariantList *binds);

} // namespace gd
