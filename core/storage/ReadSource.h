#pragma once
// A store read with the office's own statements: an office's file, or a hub's PostgreSQL database
// holding the same tables (hub/HubDialect.h), which reads each statement in its own words. The
// figures (stats/FigureQuery.h) and the case list (cases/CaseQueries.h) read through one, so the
// window shows a hub's cases and figures by the office's rules.
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace gd {

class Database;

struct ReadSource {
    QSqlDatabase db;
    qint64 nowMs = 0;                                // what "overdue now" is measured against
    std::function<QString(const QString &)> dialect; // the statement as the database reads it; none for SQLite
    QString fence; // what keeps a step of a nested query whole (stats::factsFromCases); none for SQLite
    // A table of the figures' facts of every case the store keeps (stats::caseFactsFromCases: the
    // hub's); none: the days of a cut month are worked out from the cases.
    QString caseFacts;

    QString statement(const QString &sqlite) const { return dialect ? dialect(sqlite) : sqlite; }
    bool isFile() const { return !dialect; }
    static ReadSource of(const Database &db); // the file, at its clock's now
};

} // namespace gd
