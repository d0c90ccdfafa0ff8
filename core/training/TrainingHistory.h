#pragma once
// A worker's training history (培训记录): every session the worker attended in a period — the day,
// the topic, the needs it answered, the expert and their unit, and the worker's own evaluation —
// on A4 with the office's name (PagedHtml.h), for the worker's file or a review's appeal.
#include "TrainingTypes.h"
#include "storage/Result.h"

class QPagedPaintDevice;

namespace gd {
class Database;
}

namespace gd::training {

struct HistoryLine {
    QDate date;
    QString topic, needs, expert, unit, comment;
    int score = 0;
};

struct History {
    QString office, workerName;
    QDate from, to;           // both included
    QList<HistoryLine> lines; // the earliest first
    QStringList ordered;      // the needs the worker ordered in the period, by name
};

// Refused: no such worker, a period whose end is before its start.
Result<History> historyOf(Database &db, const QString &workerId, const QDate &from, const QDate &to);
QString historyTitle(const History &history);
QString historyHtml(const History &history);
Status paintHistory(QPagedPaintDevice &device, const History &history, int *pages = nullptr);
Status writeHistoryPdf(const QString &path, const History &history, int *pages = nullptr);

// A year's training as the monthly report shows it, from January to the end of the report's month.
struct YearSummary {
    int year = 0;
    QDate to;
    int sessions = 0, attendances = 0, workersTrained = 0, orders = 0;
    double averageScore = 0; // of the evaluations given; 0 when none
    int evaluations = 0;
    QList<NeedDemand> needs; // ordered or answered, most ordered first
    QStringList uncovered;   // needs ordered that no session of the year answered
};
Result<YearSummary> yearSummary(Database &db, const QDate &to);

} // namespace gd::training
