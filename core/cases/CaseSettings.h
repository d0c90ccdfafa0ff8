#pragma once
// The administrator's settings for cases as one unit: the deadline rules, the repeat window and
// the edits to the working-day calendar that the case-rules dialog collects. They are saved in
// one transaction, so pressing OK writes all of them or none. This is also the only writer of the
// repeat window (RepeatFinder::windowDaysSetting reads it).
#include "CalendarRecompute.h"
#include "DeadlineRules.h"
#include "RepeatFinder.h"
#include "calendar/CalendarService.h"
#include "storage/Result.h"

#include <QList>
#include <QStringList>

namespace gd {

class Database;

// Calendar edits collected before saving: days to add or change (keyed by their date) and the
// dates to take out. A date is in at most one of the two lists.
struct CalendarChanges {
    QList<CalendarDay> put;
    QStringList removed; // YYYY-MM-DD
    bool isEmpty() const { return put.isEmpty() && removed.isEmpty(); }
};

class CaseSettings
{
public:
    explicit CaseSettings(Database &db)
        : m_db(db)
    {}

    // The bounds RepeatFinder::windowDaysSetting accepts when it reads the value back.
    static constexpr int kMinRepeatWindowDays = 1;
    static constexpr int kMaxRepeatWindowDays = 365;
    // The error field of the window, also its meta key (RepeatFinder::kWindowMetaKey).
    static constexpr const char *kRepeatWindowField = "repeat_window_days";

    // The window in force: the stored value, or RepeatFinder::kDefaultWindowDays.
    int repeatWindowDays() const;
    static Error validateRepeatWindow(int days);
    // Needs Permission::EditSettings; validated and audited. Storing the value already stored
    // records nothing.
    Status setRepeatWindowDays(int days);

    // Everything the case-rules dialog edits, in one transaction (EditSettings). Each part is
    // validated before anything is written; a part equal to what is in force is not written, so
    // OK on an untouched dialog leaves no audit entry. A calendar error is reported with the
    // field "calendar" and a message that starts with the day's date.
    // When the changes make a provisional year official, the deadlines counted on it are counted
    // again in the same transaction (CalendarRecompute.h); `moved` receives what moved.
    Status save(const DeadlineRules &rules, int repeatWindowDays, const CalendarChanges &calendar = {},
                RecomputeReport *moved = nullptr);
    // The same with the repeat scores of the 12345 import (RepeatFinder::scoresSetting): each within
    // 1…RepeatFinder::kMaxScore, the review score not above the attach score (fields below).
    Status save(const DeadlineRules &rules, int repeatWindowDays, const RepeatScores &scores,
                const CalendarChanges &calendar = {}, RecomputeReport *moved = nullptr);
    static Error validateScores(const RepeatScores &scores);

    // The State Council's notice as a calendar CSV (CalendarService::parseCsv), all or nothing,
    // with the deadlines counted on a provisional year counted again (EditSettings).
    struct CalendarImportReport {
        CalendarImport days;
        RecomputeReport moved;
    };
    Result<CalendarImportReport> importCalendar(const QByteArray &csv,
                                                const std::function<bool(qint64, qint64)> &progress = {});

private:
    Result<bool> writeRepeatWindow(int days); // inside the caller's transaction
    Result<bool> writeScores(const RepeatScores &scores);
    Result<bool> writeCalendar(const CalendarChanges &calendar);
    Database &m_db;
};

} // namespace gd
