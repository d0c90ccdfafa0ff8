#pragma once
// Training sessions (点单式培训, docs/grid-work.md): a session's day, topic, the expert and the unit
// they come from, the needs it answers, who attended — each attendance with the attendee's
// evaluation — and the materials handed out. The review's training item counts the sessions a
// worker attended in the month (rating/MonthSheet.cpp), sessions recorded before v39 included.
// Sessions and materials are recorded by supervisors (Permission::ScoreReviews: they feed the
// review); an attendee's evaluation is typed at the desk (Permission::RecordGridWork). One
// transaction a write, stamped and audited; an attendance is uuid v5 of (session, worker), so
// two offices adding one attendee keep one row and its evaluation.
#include "TrainingTypes.h"
#include "storage/Result.h"

namespace gd {
class Database;
}

namespace gd::training {

// Added when the id is empty, else changed (attendees still listed keep their evaluation).
// Refused with the field named: no date, one before 2000 or in the future; no topic or one over
// 100 characters; an expert or unit over 100; nobody attending or more than kMaxAttendees; a
// worker or need that does not exist.
Result<QString> recordSession(Database &db, const TrainingSession &session);
// The session with its needs, attendees and materials, when deleted with everything it holds.
Status removeSession(Database &db, const QString &id);
Result<TrainingSession> session(Database &db, const QString &id); // materials without their bytes

// The sessions of a month ("YYYY-MM"), or of the days from..to (both included), oldest first, with
// needs, attendees and materials (without bytes).
Result<QList<TrainingSession>> sessionsOf(Database &db, const QString &month);
Result<QList<TrainingSession>> sessionsBetween(Database &db, const QDate &from, const QDate &to);

// An attendee's evaluation: a score of 1 to 5 and a comment of at most 200 characters.
Status evaluate(Database &db, const QString &sessionId, const QString &workerId, int score, const QString &comment);

// A file handed out (slides, a handbook: any kind, at most kMaxMaterialBytes, kMaxMaterials a
// session); named as the office will see it.
Result<QString> attachMaterial(Database &db, const QString &sessionId, const QString &name, const QByteArray &data);
Result<TrainingMaterial> material(Database &db, const QString &id);
Status removeMaterial(Database &db, const QString &id);

} // namespace gd::training
