#pragma once
// Fills a file that already holds a (demo) district with residents' requests: realistic cases
// over the last months, each with its full timeline of events (registered, dispatched, signed,
// completed, called back, archived; returns, extensions, supervision, reopenings and repeats on
// the side), so the case pages, the figures and the benchmarks have something to work on.
//
// What the cases look like:
// - Received over a period ending at endMs: 12 months at full scale (about 550 a day, Shinan's
//   200,000 a year), at least 60 days for small counts so that the mix of states stays
//   realistic (recent cases open, older ones archived). Fewer cases on weekends and holidays;
//   walk-ins and patrols in office hours, hotline and online at any hour.
// - The period is clamped to the years the working-day calendar covers (2025–2026 as seeded):
//   it starts no earlier than the first covered day, and ends early enough that every deadline
//   of an open case (5 working days, plus a 10-day extension) still falls inside the calendar,
//   so the generator never fails on a missing year: with the seeded calendar the newest case is
//   received no later than 9 December 2026 (16 working days before the year's end), whatever
//   the date, and none before 1 January 2025.
// - Channels walk-in, phone, 12345 hotline (with its order number), online and patrol (about
//   10%: proactive); leaf categories of the seeded tree weighted toward property services, city
//   appearance, utilities (heating in winter) and disputes; urgency mostly normal; reporters with
//   Chinese names and mobile phones, some anonymous; real buildings of the district; texts from
//   DemoCaseTexts (more than 60 templates).
// - Repeats (about 5%): a "report" event on the case from a neighbour, or from the same phone
//   through another channel, while the case is open; report_count counts them.
// - Deadlines come from DeadlineRules::load + WorkCalendar::load, exactly as CaseService computes
//   them; the derived columns of every case are the fold of its events (workflow::fold).
//
// Deterministic: the same seed (and the same district and endMs) gives the same ids (UUIDv5 of
// the seed and the case's ordinal, demo::demoId), numbers ("yyMMdd-XXXXXX", the day in UTC+8),
// texts and timelines. Rows and events are stamped with the database's HLC (db.nextStamp()) and
// site, the events of a case in increasing HLC order. Event operators are the file's first
// staff and supervisor operators (the demo's 王芳 and 王主任), or the system actor.
//
// Fast path (docs/PERFORMANCE.md, scenario "cases": a million cases and 7.5 million events in
// 75–100 s on a shared 2-core PC): one transaction; rows go through the SQLite C API with two
// statements prepared once and reused (sqlite3_bind_* / step / reset), built in memory without
// QString, QJsonDocument or QDateTime (the event data by a small JSON formatter, ids by a
// QString-free UUIDv5, deadlines cached per day); events are inserted in batches sorted by id,
// so their random primary key is filled page by page; the secondary indexes of cases and
// case_events are dropped inside the transaction and created again at the end (one sort each
// instead of a B-tree update per row); the page cache is enlarged for the load. When no
// transaction is open yet, foreign keys are not checked during the load (every reference comes
// from live rows) and the WAL is swapped for a rollback journal (pages written once, not again
// by a checkpoint); both settings are given back afterwards. A cancel or an error still rolls
// everything back.
// Audit: ONE audit_log entry for the whole generation (action "demo_cases", table "cases",
// after_json {count, events, seed, from_ms, to_ms}), not one per generated row.
#include "storage/Result.h"

#include <QString>

#include <functional>

namespace gd {

class Database;

struct DemoCaseOptions {
    int count = 10000;
    quint64 seed = 1;
    // Called now and then with a fraction 0..1; returning false cancels (nothing is written).
    std::function<bool(double)> progress;
    // The newest receive time (ms since the epoch); 0: the database clock's now. A later time than
    // the clock's now is taken as now (cases are never received in the future).
    qint64 endMs = 0;
    // Days the receive times spread over, ending at endMs; 0: what the count takes at the
    // district's rate of 550 a day (60 to 365 days). At most 365.
    int days = 0;
};

struct DemoCaseSummary {
    int cases = 0;
    qint64 events = 0;
    int open = 0;     // not completed, called back, archived or refused
    int overdue = 0;  // open and past due_ms at endMs
    int repeated = 0; // cases with report_count > 1
    int reports = 0;  // report events (repeats) attached to them
    int proactive = 0;
    qint64 fromMs = 0; // the period actually used, after clamping to the calendar
    qint64 toMs = 0;
};

class DemoCases
{
public:
    static constexpr int kMaxCount = 5000000;

    // Refuses (Invalid) a file without grids and buildings, or one that already holds cases.
    // Runs as the system actor in one transaction: an error or a cancel leaves the file as it was.
    static Result<DemoCaseSummary> generate(Database &db, const DemoCaseOptions &options = {});
};

} // namespace gd
