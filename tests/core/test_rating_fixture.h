#pragma once
// What the review tests share: Beijing times, and a case of a worker with its outcome written
// straight into its derived columns (the workflow that sets them is tested on its own,
// test_workflow.cpp; the review tests only the month's arithmetic).
#include "rating/MonthReview.h"
#include "rating/ReviewSettings.h"
#include "test_case_world.h"

namespace gdtest {

inline qint64 beijing(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

inline void caseOf(CaseWorld &w, const QString &worker, qint64 completed, qint64 due, qint64 closed = 0,
                   const QString &satisfaction = {}, bool proactive = false, qint64 received = 0)
{
    gd::Case c = w.draft();
    c.proactive = proactive;
    if (proactive)
        c.channel = QStringLiteral("patrol");
    const QString id = must(gd::CaseService(*w.t).registerCase(c));
    QSqlQuery q(w.t->sql());
    q.prepare(
        QStringLiteral("UPDATE cases SET handler_worker_id = ?, completed_ms = ?, due_ms = ?, handler_due_ms = "
                       "NULL, closed_ms = ?, satisfaction = ?, received_ms = coalesce(?, received_ms) WHERE id = ?"));
    for (const QVariant &v :
         {QVariant(worker), completed ? QVariant(completed) : QVariant(), due ? QVariant(due) : QVariant(),
          closed ? QVariant(closed) : QVariant(), QVariant(satisfaction.isNull() ? QStringLiteral("") : satisfaction),
          received ? QVariant(received) : QVariant(), QVariant(id)})
        q.addBindValue(v);
    REQUIRE(q.exec());
}

// A signed-in operator of the role.
inline gd::Actor as(gd::Role role, const char *login)
{
    gd::Actor a;
    a.login = QLatin1String(login);
    a.displayName = a.login;
    a.role = role;
    a.signedIn = true;
    return a;
}

// The month's public notice over: its submission dated three weeks back.
inline void noticeOver(gd::Database &db, const QString &month)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("UPDATE rating_months SET submitted_ms = submitted_ms - 21 * 86400000 WHERE month = ?"));
    q.addBindValue(month);
    REQUIRE(q.exec());
}

// An office whose stars move every month, with no minimum time at a level: the tests of a single
// month's mechanics (approval, reopening, the quota) use it; test_star_periods.cpp tests the periods.
inline void monthlyStars(gd::Database &db)
{
    const gd::Actor was = db.actor();
    gd::Actor admin;
    admin.login = QStringLiteral("admin");
    admin.role = gd::Role::Admin;
    admin.signedIn = true;
    db.setActor(admin);
    gd::rating::ReviewRules rules = gd::rating::ReviewRules::load(db);
    rules.stars.cadence = gd::rating::Cadence::Monthly;
    rules.stars.minimumMonthsAtLevel = 0;
    REQUIRE(rules.save(db).ok());
    db.setActor(was);
}

// A month as the office approves it: submitted by its scorer (an administrator, "pingfen"), its
// public notice over (the submission dated three weeks back, test_appeals.cpp tests the notice), and
// approved by the supervisor zhuren, who is the actor afterwards.
inline gd::Result<gd::rating::MonthSheet> submitAndApprove(gd::Database &db, const QString &month)
{
    gd::Actor scorer, supervisor;
    scorer.login = QStringLiteral("pingfen");
    scorer.role = gd::Role::Admin;
    scorer.signedIn = true;
    supervisor.login = QStringLiteral("zhuren");
    supervisor.role = gd::Role::Supervisor;
    supervisor.signedIn = true;
    db.setActor(scorer);
    if (gd::Status s = gd::rating::submitMonth(db, month); !s)
        return s.error();
    noticeOver(db, month);
    db.setActor(supervisor);
    return gd::rating::approveMonth(db, month);
}

} // namespace gdtest
