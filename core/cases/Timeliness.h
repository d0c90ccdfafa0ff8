#pragma once
// Whether a case is on time: the one rule the due board, the case list and page, the star review
// and the figures share (docs/domain.md, "On time"), in C++ for one case and in SQL for a
// grouped count, side by side so that they cannot drift apart (test_timeliness.cpp compares them).
//
// - The deadline in force is the case's (due_ms): set at registration, moved only by an approved
//   extension, and set anew by a reopen. The handler's own deadline (handler_due_ms, never later
//   than the case's) drives the handler's board, not the judgement.
// - A completed case is on time when it was completed on or before that deadline; a case without
//   one is on time.
// - An open case is overdue when its deadline has passed; it is due soon when the deadline falls
//   between now and the end of the next working day's limit the caller gives.
#include <QString>
#include <QStringList>

namespace gd::timeliness {

bool onTime(qint64 completedMs, qint64 dueMs);
bool overdue(const QString &state, qint64 dueMs, qint64 nowMs);
// Dispatched and not signed for by the time the office's sign-for limit set (DeadlineRules).
bool lateToSign(const QString &state, qint64 signByMs, qint64 nowMs);

// Completed and not called back by the time the office's callback limit set (DeadlineRules).
bool callbackOverdue(const QString &state, qint64 callbackDueMs, qint64 nowMs);

// The open states (a deadline runs only while a case is in one).
QStringList openStates();

// The same rules over the cases table under `alias`. onTimeSql holds for a completed case (the
// caller selects completed_ms > 0 or a completion range); overdueSql takes one bound value, now,
// and holds for a case the caller keeps to openStates().
QString onTimeSql(const QString &alias = QStringLiteral("c"));
// The same over any two expressions: the instant the case was done and its deadline.
QString doneOnTimeSql(const QString &doneMs, const QString &dueMs);
QString overdueSql(const QString &alias = QStringLiteral("c"));
// One bound value, now; the caller keeps to the dispatched state.
QString lateToSignSql(const QString &alias = QStringLiteral("c"));

} // namespace gd::timeliness
