// Scenario "calendar-recount": the official calendar of a provisional year arrives and every case
// not yet closed has its deadlines counted again (cases/CalendarRecompute.h), on the million-case
// file (CaseWorkDb.h). The file's running cases are all due in its last official year, so, inside
// a transaction rolled back after each run, that year's days are taken out (it turns provisional),
// the calendar is read as the cases' "before", and the days are put back: the recount then checks
// every running case — more than a real January brings. Against reading the same cases' rows and
// timelines through the same index on a bare connection (no fold, no writes).
#include "BaselineDb.h"
#include "CaseWorkDb.h"
#include "calendar/WorkCalendar.h"
#include "cases/CalendarRecompute.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool exec(gd::Database &db, const QString &sql, QString *error)
{
    QSqlQuery q(db.sql());
    if (q.exec(sql))
        return true;
    *error = sql + QStringLiteral(": ") + q.lastError().text();
    return false;
}

bench::Outcome runRecount(const bench::Options &options)
{
    bench::Outcome out;
    sqlite3 *raw = nullptr;
    bench::CaseWorkDb *work = bench::caseWorkDbWithBaseline(options, &out, &raw);
    if (!work)
        return out;
    gd::Database &db = *work->db;
    const int last = gd::WorkCalendar::load(db).lastOfficialYear();
    const QString year = QString::number(last);
    int checked = 0, moved = 0;
    // The same cases' rows and events, through the same index (cases_state_due), read plainly.
    const qint64 from = QDateTime(QDate(last, 1, 1), QTime(0, 0), gd::WorkCalendar::zone()).toMSecsSinceEpoch();
    const QByteArray baseline =
        QStringLiteral("SELECT c.id, c.due_ms, c.handler_due_ms, c.sign_by_ms, c.callback_due_ms, e.action, e.data "
                       "FROM cases c JOIN case_events e ON e.case_id = c.id WHERE c.state IN ('registered', "
                       "'accepted', 'dispatched', 'returned', 'signed', 'in_progress', 'completed') AND c.due_ms >= %1")
            .arg(from)
            .toUtf8();
    for (int run = 0; run < options.runs && out.error.isEmpty(); ++run) {
        gd::Transaction tx(db); // never committed: the file stays as it was
        if (!exec(db, QStringLiteral("UPDATE calendar_days SET deleted = 1 WHERE date LIKE '%1-%'").arg(year),
                  &out.error))
            break;
        const gd::WorkCalendar before = gd::WorkCalendar::load(db);
        if (!exec(db, QStringLiteral("UPDATE calendar_days SET deleted = 0 WHERE date LIKE '%1-%'").arg(year),
                  &out.error))
            break;
        const bench::Stopwatch watch;
        auto report = gd::calendarrecompute::run(db, before);
        out.ms << watch.ms();
        if (!report) {
            out.error = report.message();
            break;
        }
        checked = report->checked;
        moved = report->moved;
        const bench::Stopwatch naive;
        bench::sampleRows(raw, baseline.constData(), 7);
        out.baselineMs << naive.ms();
    }
    sqlite3_close(raw);
    out.notes << QStringLiteral("%1 turned provisional and official again: %2 running cases checked, %3 moved")
                     .arg(year)
                     .arg(checked)
                     .arg(moved);
    return out;
}

const bench::Registrar recountScenario({QStringLiteral("calendar-recount"),
                                        QStringLiteral("every running case's provisional deadlines counted again "
                                                       "when the official calendar arrives (vs reading them plainly)"),
                                        runRecount});

} // namespace
