#pragma once
// The month's review on paper: the result sheet (考评结果表: every worker's items,
// total, star before and after, and why; landscape) and one statement per worker (个人告知单:
// the worker's items against their maxima, the total, the star decision in words, the reward
// of an approved month, and lines to sign; one A4 page each). Both are HTML for a
// QTextDocument, printed or written to PDF through common/PdfOutput.h.
#include "rating/MonthReview.h"
#include "rating/Payouts.h"

#include <QString>

namespace gdui {

struct ReviewPaper {
    QString office; // printed at the top
    gd::rating::MonthSheet sheet;
    gd::rating::MonthStatus status;
    QList<gd::rating::Payout> payouts; // empty until the month is approved
};

QString resultSheetHtml(const ReviewPaper &paper);
// One page per worker; workerIds limits it to those (all when empty).
QString statementsHtml(const ReviewPaper &paper, const QStringList &workerIds = {});

} // namespace gdui
