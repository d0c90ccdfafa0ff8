#pragma once
// Editing the working-day calendar (calendar_days): the shipped years come from the seed, and
// an administrator adds the next year here, one day at a time or from the State Council's
// notice typed into a CSV file (the format of resources/data/cn-calendar.csv).
//
// A day's id is uuid::v5("calendar_days/<date>"), the same as the seed's: two offices that
// enter or import the same day create the same row, so a merge never holds a date twice.
#include "storage/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gd {

class Database;

struct CalendarDay {
    QString id;
    QString date; // YYYY-MM-DD
    QString kind; // "holiday" (a day off) or "workday" (a weekend day that is worked)
    QString name; // 春节, 国庆节调休上班…
};

// What an import did.
struct CalendarImport {
    int added = 0;
    int changed = 0;   // the date was there with another kind or name
    int unchanged = 0; // the date was there exactly so
};

class CalendarService
{
public:
    explicit CalendarService(Database &db)
        : m_db(db)
    {}

    static constexpr int kMaxName = 30;
    static QString idFor(const QString &date);

    // Years that have at least one day, ascending.
    QList<int> years() const;
    // The days of a year, by date.
    QList<CalendarDay> days(int year) const;
    Result<CalendarDay> day(const QString &id) const;

    // Adds a day (empty id) or edits one. Editing a day's date moves it: the old date is
    // removed and the new one added, because the id follows the date. Returns the id.
    Result<QString> save(const CalendarDay &day);
    Status remove(const QString &id);
    Error validate(const CalendarDay &day) const;
    // The checks a day passes on its own (date, kind, name, a make-up day on a weekend), without
    // the database: for a form that collects several days before saving them.
    static Error checkDay(const CalendarDay &day);

    // All or nothing: every line is checked first; on any error nothing is written and the
    // message lists the bad lines by number. A date already present is updated to the file.
    Result<CalendarImport> importCsv(const QByteArray &csv);
    // The lines of a calendar CSV ("date,kind,name" header required), checked on their own
    // (not against the database); errors name the lines. Used by the import and the seed.
    static Result<QList<CalendarDay>> parseCsv(const QByteArray &csv);

private:
    Result<QString> put(const CalendarDay &day, bool *added, bool *changed);
    Database &m_db;
};

} // namespace gd
