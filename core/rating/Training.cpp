#include "Training.h"

#include "RatingTemplate.h"
#include "access/Permissions.h"
#include "calendar/WorkCalendar.h"
#include "schema/Tables.h"
#include "storage/Database.h"
#include "storage/RowStore.h"
#include "storage/ServiceSupport.h"
#include "storage/Uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace gd::rating {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::rating)
};

} // namespace

QStringList namedTrainingNeeds()
{
    return {QStringLiteral("城市管理"), QStringLiteral("老旧小区改造"), QStringLiteral("居民诉求办理"),
            QStringLiteral("物业纠纷"), QStringLiteral("居民养犬"),     QStringLiteral("网格员考核评优")};
}

Result<QString> recordTraining(Database &db, const TrainingSession &s)
{
    return writeTransaction<QString>(db, Permission::ScoreReviews, [&]() -> Result<QString> {
        const QDate today = QDateTime::fromMSecsSinceEpoch(db.nowMs(), WorkCalendar::zone()).date();
        if (!s.date.isValid())
            return Error::invalid(QStringLiteral("date"), Text::tr("Give the date of the training."));
        if (s.date > today)
            return Error::invalid(QStringLiteral("date"), Text::tr("The training on %1 has not happened yet.")
                                                              .arg(s.date.toString(QStringLiteral("yyyy-MM-dd"))));
        const QString topic = s.topic.trimmed(), unit = s.trainerUnit.trimmed();
        if (topic.isEmpty())
            return Error::invalid(QStringLiteral("topic"), Text::tr("Give the topic of the training."));
        if (topic.size() > 100)
            return Error::invalid(QStringLiteral("topic"), Text::tr("The topic is at most 100 characters."));
        if (unit.size() > 100)
            return Error::invalid(QStringLiteral("trainer_unit"),
                                  Text::tr("The trainer's unit is at most 100 characters."));
        QStringList workers = s.workerIds;
        workers.removeDuplicates();
        if (workers.isEmpty())
            return Error::invalid(QStringLiteral("workers"), Text::tr("Name at least one worker who attended."));
        RowStore rows(db);
        for (const QString &w : std::as_const(workers))
            if (!rows.exists(tables::workers(), w))
                return Error::invalid(QStringLiteral("workers"), Text::tr("There is no such worker."));
        auto id =
            rows.insert(tables::trainings(), {{QStringLiteral("date"), s.date.toString(QStringLiteral("yyyy-MM-dd"))},
                                              {QStringLiteral("topic"), topic},
                                              {QStringLiteral("trainer_unit"), unit},
                                              {QStringLiteral("note"), s.note.trimmed()}});
        if (!id)
            return id.error();
        for (const QString &w : std::as_const(workers))
            if (auto a = rows.insert(tables::trainingAttendees(),
                                     {{QStringLiteral("training_id"), *id}, {QStringLiteral("worker_id"), w}},
                                     uuid::v5(QStringLiteral("training_attendees/%1/%2").arg(*id, w)));
                !a)
                return a.error();
        return *id;
    });
}

Result<QList<TrainingSession>> trainingsOf(Database &db, const QString &month)
{
    if (!isMonth(month))
        return Error::invalid(QStringLiteral("month"), Text::tr("%1 is not a month (YYYY-MM).").arg(month));
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT t.id, t.date, t.topic, t.trainer_unit, t.note, a.worker_id FROM trainings t "
                             "LEFT JOIN training_attendees a ON a.training_id = t.id AND a.deleted = 0 WHERE t.date "
                             ">= ? AND t.date < ? AND t.deleted = 0 ORDER BY t.date, t.id"));
    q.addBindValue(monthDays(month).first);
    q.addBindValue(monthDays(month).pastLast);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<TrainingSession> out;
    while (q.next()) {
        if (out.isEmpty() || out.last().id != q.value(0).toString()) {
            TrainingSession s;
            s.id = q.value(0).toString();
            s.date = QDate::fromString(q.value(1).toString(), QStringLiteral("yyyy-MM-dd"));
            s.topic = q.value(2).toString();
            s.trainerUnit = q.value(3).toString();
            s.note = q.value(4).toString();
            out << s;
        }
        if (!q.value(5).isNull())
            out.last().workerIds << q.value(5).toString();
    }
    return out;
}

} // namespace gd::rating
