#pragma once
// The follow-up tasks a joint meeting sets (警网联席会商 的 跟踪任务): what to do, its owner and the
// day it is due; done with a note, or turned into a request (a case found proactively, credited to
// the owner, in the meeting's area) and linked to it. Open tasks stand on the due board until done.
// Writes need Permission::RecordGridWork, one transaction each, stamped and audited.
#include "JointMeetings.h"
#include "cases/CaseTypes.h"

namespace gd {

struct JointTaskFilter {
    JointMeetingFilter meetings; // the place of their meetings
    QString meetingId;           // one meeting's
    QString ownerId;
    qint64 dueFromMs = 0, dueToMs = 0; // due in [from, to); 0: no bound
    bool openOnly = false;             // not done yet
    bool onTimeOnly = false;           // done by the end of their due day
};

class JointTaskService
{
public:
    explicit JointTaskService(Database &db)
        : m_db(db)
    {}

    // Refused with the field named: no such meeting, no text or one too long, an owner not in the
    // register, no due day or one before the meeting, the meeting's tasks full.
    Result<QString> add(const QString &meetingId, const JointTask &task);
    Error validate(const JointTask &task, qint64 meetingMs) const;
    // Done at atMs (not before the meeting, not in the future), once.
    Status complete(const QString &taskId, qint64 atMs, const QString &note = {});
    // Registers the task as a request found proactively (channel patrol, found by its owner, the
    // description the task's text unless the draft says more) in a grid of the meeting's area —
    // the meeting's own grid when it is a grid's — and links the two; once.
    Result<QString> toCase(const QString &taskId, const Case &draft);

    Result<QList<JointTask>> list(const JointTaskFilter &filter, int limit = 1000) const; // soonest due first
    Result<int> count(const JointTaskFilter &filter) const;
    // The same count in any store read with the office's statements: a file, or a hub (the figures).
    static Result<int> countIn(const ReadSource &source, const JointTaskFilter &filter);
    // A due day's end in Beijing: tasks due on that day are on time until then.
    static qint64 dueEndMs(const QDate &day);

private:
    static QString filterSql(const JointTaskFilter &filter, QVariantList *binds);
    Database &m_db;
};

} // namespace gd
