#include "Appeals.h"

#include "ReviewSettings.h"
#include "access/Permissions.h"
#include "calendar/WorkCalendar.h"
#include "schema/Tables.h"
#include "storage/Database.h"
#include "storage/RowStore.h"
#include "storage/ServiceSupport.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace gd::rating {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::rating)
};

constexpr int kMaxText = 2000;

} // namespace

Result<qint64> noticeEnds(Database &db, const MonthStatus &status)
{
    if (status.state != MonthState::Submitted || status.submittedMs <= 0)
        return Error::invalid(QStringLiteral("month"),
                              Text::tr("The review of %1 is not submitted: it is not on notice.").arg(status.month));
    const int days = ReviewRules::load(db).noticeDays;
    auto ends = WorkCalendar::load(db).addWorkingDays(
        QDateTime::fromMSecsSinceEpoch(status.submittedMs, WorkCalendar::zone()), days);
    if (!ends)
        return ends.error();
    return ends->toMSecsSinceEpoch();
}

Result<QString> fileAppeal(Database &db, const QString &month, const QString &workerId, const QString &text)
{
    return writeTransaction<QString>(db, Permission::ScoreReviews, [&]() -> Result<QString> {
        if (Error e = check::requiredText(QStringLiteral("text"), Text::tr("Appeal"), text, kMaxText, true);
            e.isError())
            return e;
        auto st = monthStatus(db, month);
        if (!st)
            return st.error();
        auto ends = noticeEnds(db, *st);
        if (!ends)
            return ends.error();
        if (db.nowMs() >= *ends && ReviewRules::load(db).noticeDays > 0)
            return Error::invalid(QStringLiteral("month"),
                                  Text::tr("The public notice of %1 ended on %2: appeals are recorded during it.")
                                      .arg(month, QDateTime::fromMSecsSinceEpoch(*ends, WorkCalendar::zone())
                                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        auto sheet = computeMonth(db, month);
        if (!sheet)
            return sheet.error();
        bool reviewed = false;
        for (const SheetRow &r : std::as_const(sheet->rows))
            reviewed = reviewed || r.workerId == workerId;
        if (!reviewed)
            return Error::invalid(
                QStringLiteral("worker"),
                Text::tr("Worker: not in the review of %1, so there is nothing to appeal.").arg(month));
        return RowStore(db).insert(tables::ratingAppeals(), {{QStringLiteral("month"), month},
                                                             {QStringLiteral("worker_id"), workerId},
                                                             {QStringLiteral("text"), text.trimmed()},
                                                             {QStringLiteral("filed_by"), db.actor().login},
                                                             {QStringLiteral("filed_ms"), db.nowMs()}});
    });
}

Status answerAppeal(Database &db, const QString &appealId, const QString &answer)
{
    return writeTransaction<bool>(
               db, Permission::ApproveReviews,
               [&]() -> Result<bool> {
                   if (Error e =
                           check::requiredText(QStringLiteral("answer"), Text::tr("Answer"), answer, kMaxText, true);
                       e.isError())
                       return e;
                   QSqlQuery q(db.sql());
                   q.prepare(QStringLiteral("SELECT answered_ms FROM rating_appeals WHERE id = ? "
                                            "AND deleted = 0"));
                   q.addBindValue(appealId);
                   if (Status failed = exec(q); !failed)
                       return failed.error();
                   if (!q.next())
                       return Error::invalid(QStringLiteral("appeal"),
                                             Text::tr("There is no appeal %1.").arg(appealId));
                   if (q.value(0).toLongLong() > 0)
                       return Error::invalid(QStringLiteral("appeal"), Text::tr("The appeal is answered already."));
                   q.finish();
                   if (Status s = RowStore(db).update(tables::ratingAppeals(), appealId,
                                                      {{QStringLiteral("answer"), answer.trimmed()},
                                                       {QStringLiteral("answered_by"), db.actor().login},
                                                       {QStringLiteral("answered_ms"), db.nowMs()}});
                       !s)
                       return s.error();
                   return true;
               })
        .status();
}

Result<QList<Appeal>> appeals(Database &db, const QString &month)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT a.id, a.month, a.worker_id, w.name, a.text, a.filed_by, a.filed_ms, a.answer, "
                             "a.answered_by, coalesce(a.answered_ms, 0) FROM rating_appeals a LEFT JOIN workers w ON "
                             "w.id = a.worker_id WHERE a.month = ? AND a.deleted = 0 ORDER BY a.filed_ms, a.id"));
    q.addBindValue(month);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<Appeal> out;
    while (q.next()) {
        Appeal a;
        a.id = q.value(0).toString();
        a.month = q.value(1).toString();
        a.workerId = q.value(2).toString();
        a.workerName = q.value(3).toString();
        a.text = q.value(4).toString();
        a.filedBy = q.value(5).toString();
        a.filedMs = q.value(6).toLongLong();
        a.answer = q.value(7).toString();
        a.answeredBy = q.value(8).toString();
        a.answeredMs = q.value(9).toLongLong();
        out << a;
    }
    return out;
}

int unansweredAppeals(const QList<Appeal> &list)
{
    int open = 0;
    for (const Appeal &a : list)
        open += a.answered() ? 0 : 1;
    return open;
}

} // namespace gd::rating
