#pragma once
// The public notice of a month's review (公示) and the workers' appeals (申诉), issue 17 §3.
// Between submission and approval the sheet is posted for the office's notice period (working
// days, a review setting): a worker who disputes the result appeals, whoever scores the month
// records it with the worker's words, and a supervisor answers it. The month is approved only once
// the notice is over and every appeal has its answer (MonthReview.h asks). Appeals stay with the
// month after approval or a reopening, as its record.
#include "MonthReview.h"

namespace gd::rating {

// The end of the month's notice: the end of the notice days' last working day after the day it
// was submitted. Invalid when the month is not submitted; the calendar's error when its year is
// not covered.
Result<qint64> noticeEnds(Database &db, const MonthStatus &status);

struct Appeal {
    QString id, month, workerId, workerName, text, filedBy, answer, answeredBy;
    qint64 filedMs = 0, answeredMs = 0;
    bool answered() const { return answeredMs > 0; }
};

// Permission::ScoreReviews. Refused unless the month is submitted and on notice, the worker is
// in its sheet, and the text says something (at most 2000 characters).
Result<QString> fileAppeal(Database &db, const QString &month, const QString &workerId, const QString &text);
// Permission::ApproveReviews; once, with an answer that says something (at most 2000 characters).
Status answerAppeal(Database &db, const QString &appealId, const QString &answer);
// The month's appeals, oldest first.
Result<QList<Appeal>> appeals(Database &db, const QString &month);
int unansweredAppeals(const QList<Appeal> &list);

} // namespace gd::rating
