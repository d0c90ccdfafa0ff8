#pragma once
// A month's review from draft to approved: draft → submitted → approved.
//   - submit: whoever scores (Permission::ScoreReviews);
//   - approve: a supervisor only (Permission::ApproveReviews). The sheet is computed once more
//     with each worker's poor streak and time at the level read from the months approved before,
//     frozen into rating_results, and every star that moves is written to its worker: one
//     transaction, stamped and audited. An approved month is locked: typing refuses it, and a
//     late change to a case no longer moves its numbers;
//   - reopen: a supervisor, with a reason, only the newest approved month (the months after it
//     build on it). The stars go back to where they were before it, its results are withdrawn,
//     the reason is kept and the reopen counted.
#include "MonthSheet.h"
#include "ReviewScope.h"

namespace gd::rating {

enum class MonthState { Draft, Submitted, Approved };

struct MonthStatus {
    QString month;
    MonthState state = MonthState::Draft;
    QString submittedBy, approvedBy, note;
    qint64 approvedMs = 0, submittedMs = 0;
    int reopenCount = 0;
    // Whose month (ReviewScope.h): as submitted, or for a draft the office's scope now.
    QString scope = QStringLiteral("district");
    QString recordScope;     // as the record holds it (empty when there is no record yet)
    ReviewScope reviewScope; // `scope` read (monthStatus refuses a scope it cannot read)
};

Result<MonthStatus> monthStatus(Database &db, const QString &month);
Status submitMonth(Database &db, const QString &month);
// Why the signed-in operator may not approve the month now (None when they may): it must be
// submitted, over (Beijing time), and — unless the review settings say otherwise — submitted by
// someone else. approveMonth checks it; the window asks it to say why before the button is pressed.
Error approvalRefused(Database &db, const QString &month, const MonthStatus &status);
// The sheet as approved (its results in the sheet's rows).
Result<MonthSheet> approveMonth(Database &db, const QString &month,
                                const std::optional<StarSettings> &settings = std::nullopt);
Status reopenMonth(Database &db, const QString &month, const QString &reason);

// A worker's star history: every approved month that moved the star, oldest first.
struct StarChange {
    QString month;
    int from = 0, to = 0;
    QString explanation;
};
Result<QList<StarChange>> starHistory(Database &db, const QString &workerId);

// The annual evaluation of a year: per worker reviewed that year, the months'
// approved totals combined (AnnualSettings) and the grade.
struct YearResult {
    QString workerId, name;
    QList<double> months; // January … December, -1 for a month without an approved review
    double score = -1;
    Grade grade = Grade::Fail;
};
Result<QList<YearResult>> yearResults(Database &db, int year,
                                      const std::optional<AnnualSettings> &settings = std::nullopt);

// The sheet of a month: as approved when it is, else computed now with the history before it; its
// rows in the order asked for (sortSheet).
Result<MonthSheet> reviewSheet(Database &db, const QString &month, SheetOrder order = SheetOrder::Place,
                               const std::optional<StarSettings> &settings = std::nullopt);

} // namespace gd::rating
