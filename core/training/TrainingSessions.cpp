#include "TrainingSessions.h"

#include "TrainingNeeds.h"
#include "calendar/WorkCalendar.h"
#include "rating/MonthReview.h"
#include "rating/RatingTemplate.h"
#include "schema/Tables.h"
#include "storage/ServiceSupport.h"
#include "storage/Uuid.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace gd::training {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::training)
};

const QString kDay = QStringLiteral("yyyy-MM-dd");

QString attendanceId(const QString &sessionId, const QString &workerId)
{
    return uuid::v5(QStringLiteral("training_attendees/%1/%2").arg(sessionId, workerId));
}

QDate today(Database &db)
{
    return QDateTime::fromMSecsSinceEpoch(db.nowMs(), WorkCalendar::zone()).date();
}

Error checkSession(Database &db, const TrainingSession &s, QStringList &workers)
{
    if (!s.date.isValid())
        return Error::invalid(QStringLiteral("date"), Text::tr("Give the date of the training."));
    if (s.date.year() < 2000)
        return Error::invalid(QStringLiteral("date"), Text::tr("A training is dated from 2000 on."));
    if (s.date > today(db))
        return Error::invalid(QStringLiteral("date"),
                              Text::tr("The training on %1 has not happened yet.").arg(s.date.toString(kDay)));
    if (Error e = check::requiredText(QStringLiteral("topic"), Text::tr("The topic of the training"), s.topic, 100);
        e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("expert"), Text::tr("The expert"), s.expert, 100); e.isError())
        return e;
    if (Error e =
            check::optionalText(QStringLiteral("trainer_unit"), Text::tr("The trainer's unit"), s.trainerUnit, 100);
        e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("note"), Text::tr("The note"), s.note, 2000, true); e.isError())
        return e;
    workers = s.workerIds;
    workers.removeDuplicates();
    workers.removeAll(QString());
    if (workers.isEmpty())
        return Error::invalid(QStringLiteral("workers"), Text::tr("Name at least one worker who attended."));
    if (workers.size() > kMaxAttendees)
        return Error::invalid(QStringLiteral("workers"),
                              Text::tr("A session has at most %1 attendees.").arg(kMaxAttendees));
    RowStore rows(db);
    for (const QString &w : std::as_const(workers))
        if (!rows.exists(tables::workers(), w))
            return Error::invalid(QStringLiteral("workers"), Text::tr("There is no such worker."));
    return {};
}

// Reads sessions found by `where` (on t, with binds) with their needs, attendees and materials.
Result<QList<TrainingSession>> readSessions(Database &db, const QString &where, const QVariantList &binds)
{
    QList<TrainingSession> out;
    QHash<QString, int> index;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT t.id, t.date, t.topic, t.expert, t.trainer_unit, t.note FROM trainings t WHERE "
                             "t.deleted = 0 AND ") +
              where + QStringLiteral(" ORDER BY t.date, t.id"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (Status failed = exec(q); !failed)
        return failed.error();
    while (q.next()) {
        TrainingSession s;
        s.id = q.value(0).toString();
        s.date = QDate::fromString(q.value(1).toString(), kDay);
        s.topic = q.value(2).toString();
        s.expert = q.value(3).toString();
        s.trainerUnit = q.value(4).toString();
        s.note = q.value(5).toString();
        index.insert(s.id, int(out.size()));
        out << s;
    }
    if (out.isEmpty())
        return out;
    const QString of = QStringLiteral(" IN (SELECT t.id FROM trainings t WHERE t.deleted = 0 AND %1)").arg(where);
    const auto each = [&](const QString &sql,
                          const std::function<void(TrainingSession &, QSqlQuery &)> &take) -> Status {
        QSqlQuery r(db.sql());
        r.prepare(sql.arg(of));
        for (const QVariant &b : binds)
            r.addBindValue(b);
        if (Status failed = exec(r); !failed)
            return failed;
        while (r.next())
            if (auto it = index.constFind(r.value(0).toString()); it != index.constEnd())
                take(out[*it], r);
        return {};
    };
    if (Status s = each(QStringLiteral("SELECT n.training_id, n.need_id, d.name FROM training_session_needs n JOIN "
                                       "training_needs d ON d.id = n.need_id WHERE n.deleted = 0 AND "
                                       "n.training_id%1 ORDER BY d.name"),
                        [](TrainingSession &s, QSqlQuery &r) {
                            // Two offices ticking one need keep a link each: the need is listed once.
                            if (s.needIds.contains(r.value(1).toString()))
                                return;
                            s.needIds << r.value(1).toString();
                            s.needNames << r.value(2).toString();
                        });
        !s)
        return s.error();
    if (Status s = each(QStringLiteral("SELECT a.training_id, a.id, a.worker_id, w.name, a.score, a.comment FROM "
                                       "training_attendees a JOIN workers w ON w.id = a.worker_id WHERE a.deleted = 0 "
                                       "AND a.training_id%1 ORDER BY w.name, a.id"),
                        [](TrainingSession &s, QSqlQuery &r) {
                            TrainingAttendance a;
                            a.id = r.value(1).toString();
                            a.workerId = r.value(2).toString();
                            a.workerName = r.value(3).toString();
                            a.score = r.value(4).toInt();
                            a.comment = r.value(5).toString();
                            s.workerIds << a.workerId;
                            s.attendees << a;
                        });
        !s)
        return s.error();
    if (Status s = each(QStringLiteral("SELECT training_id, id, name, length(data) FROM training_materials WHERE "
                                       "deleted = 0 AND training_id%1 ORDER BY name, id"),
                        [](TrainingSession &s, QSqlQuery &r) {
                            TrainingMaterial m;
                            m.id = r.value(1).toString();
                            m.name = r.value(2).toString();
                            m.bytes = r.value(3).toLongLong();
                            s.materials << m;
                        });
        !s)
        return s.error();
    return out;
}

// A session of a month whose review is approved is part of that locked review: its attendance was
// counted. Changing, adding or removing one then waits until the month is reopened.
Error lockedMonth(Database &db, const QDate &day)
{
    if (!day.isValid())
        return {};
    const QString month = day.toString(QStringLiteral("yyyy-MM"));
    auto status = rating::monthStatus(db, month);
    if (!status)
        return status.error();
    if (status->state == rating::MonthState::Approved)
        return Error::invalid(QStringLiteral("date"),
                              Text::tr("The review of %1 is approved and locked and counts this training; reopen "
                                       "it with a reason first.")
                                  .arg(month));
    return {};
}

} // namespace

Result<QString> recordSession(Database &db, const TrainingSession &s)
{
    return writeTransaction<QString>(db, Permission::ScoreReviews, [&]() -> Result<QString> {
        QStringList workers;
        if (Error e = checkSession(db, s, workers); e.isError())
            return e;
        QStringList needIds = s.needIds;
        needIds.removeDuplicates();
        needIds.removeAll(QString());
        for (const QString &n : std::as_const(needIds))
            if (Status known = ensureNeed(db, n); !known)
                return Error::invalid(QStringLiteral("needs"), Text::tr("There is no such training need."));
        RowStore rows(db);
        if (!s.id.isEmpty()) {
            auto before = rows.fetch(tables::trainings(), s.id);
            if (!before)
                return Error::make(ErrorKind::NotFound, Text::tr("There is no such training session."));
            if (Error e = lockedMonth(db, QDate::fromString(before->value(QStringLiteral("date")).toString(), kDay));
                e.isError())
                return e;
        }
        if (Error e = lockedMonth(db, s.date); e.isError())
            return e;
        auto id = saveRow(db, tables::trainings(), s.id,
                          {{QStringLiteral("date"), s.date.toString(kDay)},
                           {QStringLiteral("topic"), s.topic.trimmed()},
                           {QStringLiteral("expert"), s.expert.trimmed()},
                           {QStringLiteral("trainer_unit"), s.trainerUnit.trimmed()},
                           {QStringLiteral("note"), s.note.trimmed()}});
        if (!id)
            return id;
        if (Status n = syncLinks(db, tables::trainingSessionNeeds(), QStringLiteral("training_id"), *id,
                                 QStringLiteral("need_id"), needIds);
            !n)
            return n.error();
        // Attendees by their natural id: one still listed keeps its row and evaluation.
        QSet<QString> listed;
        for (const QString &w : std::as_const(workers)) {
            const QString aid = attendanceId(*id, w);
            listed.insert(aid);
            if (rows.exists(tables::trainingAttendees(), aid))
                continue;
            if (Status a = rows.put(tables::trainingAttendees(), aid,
                                    {{QStringLiteral("training_id"), *id}, {QStringLiteral("worker_id"), w}});
                !a)
                return a.error();
        }
        for (const Row &r : selectRows(db, tables::trainingAttendees(), QStringLiteral("training_id = ?"), {*id}))
            if (!listed.contains(r.first))
                if (Status gone = rows.tombstone(tables::trainingAttendees(), r.first); !gone)
                    return gone.error();
        return *id;
    });
}

Status removeSession(Database &db, const QString &id)
{
    return writeStatus(db, Permission::ScoreReviews, [&]() -> Status {
        RowStore rows(db);
        auto before = rows.fetch(tables::trainings(), id);
        if (!before)
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such training session."));
        if (Error e = lockedMonth(db, QDate::fromString(before->value(QStringLiteral("date")).toString(), kDay));
            e.isError())
            return e;
        for (const TableDef *child :
             {&tables::trainingAttendees(), &tables::trainingSessionNeeds(), &tables::trainingMaterials()})
            for (const Row &r : selectRows(db, *child, QStringLiteral("training_id = ?"), {id}))
                if (Status gone = rows.tombstone(*child, r.first); !gone)
                    return gone;
        return rows.tombstone(tables::trainings(), id);
    });
}

Result<TrainingSession> session(Database &db, const QString &id)
{
    auto found = readSessions(db, QStringLiteral("t.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(ErrorKind::NotFound, Text::tr("There is no such training session."));
    return found->first();
}

Result<QList<TrainingSession>> sessionsOf(Database &db, const QString &month)
{
    if (!rating::isMonth(month))
        return Error::invalid(QStringLiteral("month"), Text::tr("%1 is not a month (YYYY-MM).").arg(month));
    const auto days = rating::monthDays(month);
    return readSessions(db, QStringLiteral("t.date >= ? AND t.date < ?"), {days.first, days.pastLast});
}

Result<QList<TrainingSession>> sessionsBetween(Database &db, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(QStringLiteral("to"), Text::tr("The period ends before it starts."));
    return readSessions(db, QStringLiteral("t.date >= ? AND t.date <= ?"), {from.toString(kDay), to.toString(kDay)});
}

Status evaluate(Database &db, const QString &sessionId, const QString &workerId, int score, const QString &comment)
{
    return writeStatus(db, Permission::RecordGridWork, [&]() -> Status {
        const QString aid = attendanceId(sessionId, workerId);
        RowStore rows(db);
        if (sessionId.isEmpty() || !rows.exists(tables::trainings(), sessionId))
            return Error::invalid(QStringLiteral("session_id"), Text::tr("There is no such training session."));
        if (!rows.exists(tables::trainingAttendees(), aid))
            return Error::invalid(QStringLiteral("worker_id"), Text::tr("The worker did not attend this session."));
        if (score < 1 || score > 5)
            return Error::invalid(QStringLiteral("score"), Text::tr("The evaluation is a score from 1 to 5."));
        if (Error e = check::optionalText(QStringLiteral("comment"), Text::tr("The comment"), comment, 200);
            e.isError())
            return e;
        return rows.update(tables::trainingAttendees(), aid,
                           {{QStringLiteral("score"), score}, {QStringLiteral("comment"), comment.trimmed()}});
    });
}

Result<QString> attachMaterial(Database &db, const QString &sessionId, const QString &name, const QByteArray &data)
{
    return writeTransaction<QString>(db, Permission::ScoreReviews, [&]() -> Result<QString> {
        RowStore rows(db);
        if (!rows.exists(tables::trainings(), sessionId))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such training session."));
        if (Error e = check::requiredText(QStringLiteral("name"), Text::tr("The material's name"), name, 100);
            e.isError())
            return e;
        if (data.isEmpty())
            return Error::invalid(QStringLiteral("data"), Text::tr("The file %1 is empty.").arg(name.trimmed()));
        if (data.size() > kMaxMaterialBytes)
            return Error::invalid(QStringLiteral("data"), Text::tr("The file %1 is larger than %2 MB.")
                                                              .arg(name.trimmed())
                                                              .arg(kMaxMaterialBytes / (1024 * 1024)));
        QSqlQuery count(db.sql());
        count.prepare(QStringLiteral("SELECT count(*) FROM training_materials WHERE training_id = ? AND deleted = 0"));
        count.addBindValue(sessionId);
        if (Status failed = exec(count); !failed)
            return failed.error();
        if (count.next() && count.value(0).toInt() >= kMaxMaterials)
            return Error::invalid(QStringLiteral("data"),
                                  Text::tr("A session keeps at most %1 materials.").arg(kMaxMaterials));
        return rows.insert(tables::trainingMaterials(), {{QStringLiteral("training_id"), sessionId},
                                                         {QStringLiteral("name"), name.trimmed()},
                                                         {QStringLiteral("data"), data}});
    });
}

Result<TrainingMaterial> material(Database &db, const QString &id)
{
    auto row = RowStore(db).fetch(tables::trainingMaterials(), id);
    if (!row)
        return Error::make(ErrorKind::NotFound, Text::tr("There is no such material."));
    TrainingMaterial m;
    m.id = id;
    m.name = row->value(QStringLiteral("name")).toString();
    m.data = row->value(QStringLiteral("data")).toByteArray();
    m.bytes = m.data.size();
    return m;
}

Status removeMaterial(Database &db, const QString &id)
{
    return writeStatus(db, Permission::ScoreReviews, [&]() -> Status {
        if (!RowStore(db).exists(tables::trainingMaterials(), id))
            return Error::make(ErrorKind::NotFound, Text::tr("There is no such material."));
        return RowStore(db).tombstone(tables::trainingMaterials(), id);
    });
}

} // namespace gd::training
