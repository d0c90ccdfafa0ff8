#pragma once
// Training sessions (training by order, 点单式培训: docs/domain.md): a session's date,
// topic, the trainer's unit and who attended. The review's training item counts the sessions a
// worker attended in the month. Recorded by supervisors (Permission::ScoreReviews), one
// transaction a session, stamped and audited; an attendance is uuid v5 of (session, worker).
#include "storage/Result.h"

#include <QDate>
#include <QStringList>

namespace gd {
class Database;
}

namespace gd::rating {

struct TrainingSession {
    QString id;
    QDate date;
    QString topic, trainerUnit, note;
    QStringList workerIds;
};

// The training needs the district's article names (six of its seventeen): offered as topics,
// any other topic may be typed.
QStringList namedTrainingNeeds();

// Refused with the field named: no date or one in the future, no topic or one over 100
// characters, a unit over 100, nobody attending, a worker that does not exist.
Result<QString> recordTraining(Database &db, const TrainingSession &session);
// The sessions of a month ("YYYY-MM"), oldest first, with their attendees.
Result<QList<TrainingSession>> trainingsOf(Database &db, const QString &month);

} // namespace gd::rating
