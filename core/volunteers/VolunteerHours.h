#pragma once
// A volunteer's hours statement (志愿服务时长证明): every service a person of the people register
// served in during a period — the day, the team, the grid, the kind, what was done and the hours —
// with the total, on A4 with the office's name (PagedHtml.h), for the volunteer to keep or the
// office to sign and stamp.
#include "storage/Result.h"

#include <QDate>

class QPagedPaintDevice;

namespace gd {

class Database;

struct HoursLine {
    qint64 atMs = 0;
    QString team, grid, kind, summary;
    double hours = 0;
};

struct HoursStatement {
    QString office, workerName;
    QDate from, to;         // both included
    QList<HoursLine> lines; // the earliest first
    double total = 0;
};

namespace volunteerhours {

// Refused: no such person, a period whose end is before its start.
Result<HoursStatement> gather(Database &db, const QString &workerId, const QDate &from, const QDate &to);
QString title(const HoursStatement &statement);
QString html(const HoursStatement &statement);
Status paint(QPagedPaintDevice &device, const HoursStatement &statement, int *pages = nullptr);
Status writePdf(const QString &path, const HoursStatement &statement, int *pages = nullptr);

} // namespace volunteerhours

} // namespace gd
