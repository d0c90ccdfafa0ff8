#include "ColumnSteps.h"
#include "GridWorkSteps.h"
#include "GrowthSteps.h"
#include "SchemaSql.h"
#include "cases/CaseSearchIndex.h"
#include "cases/ReferenceSeed.h"
#include "exchange/OfficeKey.h"
#include "rating/RatingTemplate.h"
#include "stats/StatsStore.h"
#include "storage/Database.h"
#include "storage/SchemaLadder.h"
#include "storage/Uuid.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace gd::schema {

namespace {

// Frozen: a step, once released, is never edited; changes go into a new step.
const char *const kStep1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
    "CREATE TABLE audit_log (id TEXT PRIMARY KEY NOT NULL, hlc INTEGER NOT NULL, site TEXT NOT NULL, "
    " at_ms INTEGER NOT NULL, operator_id TEXT, operator_login TEXT NOT NULL, action TEXT NOT NULL, "
    " table_name TEXT NOT NULL, row_id TEXT NOT NULL, before_json TEXT, after_json TEXT)",
    "CREATE INDEX audit_log_row ON audit_log(table_name, row_id, hlc)",
    "CREATE TABLE operators (id TEXT PRIMARY KEY NOT NULL, login TEXT NOT NULL UNIQUE COLLATE NOCASE, "
    " display_name TEXT NOT NULL, role TEXT NOT NULL, salt BLOB NOT NULL, hash BLOB NOT NULL, "
    " iterations INTEGER NOT NULL, active INTEGER NOT NULL DEFAULT 1, created_ms INTEGER NOT NULL, "
    " updated_ms INTEGER NOT NULL, last_sign_in_ms INTEGER)",
    "CREATE TABLE streets (" GD_META "code TEXT NOT NULL, name TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1)",
    "CREATE TABLE communities (" GD_META "street_id TEXT NOT NULL" GD_REF(
        "streets") ", code TEXT NOT NULL, "
                   " name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
                   " wechat TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1)",
    "CREATE INDEX communities_street ON communities(street_id)",
    "CREATE TABLE workers (" GD_META
    "name TEXT NOT NULL, sex TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
    " kind TEXT NOT NULL, community_id TEXT" GD_REF(
        "communities") ", start_date TEXT NOT NULL DEFAULT '', "
                       " status TEXT NOT NULL DEFAULT 'active', star INTEGER NOT NULL DEFAULT 0, photo BLOB)",
    "CREATE INDEX workers_name ON workers(name)",
    "CREATE INDEX workers_kind ON workers(kind, status)",
    "CREATE TABLE police_grids (" GD_META "street_id TEXT NOT NULL" GD_REF(
        "streets") ", code TEXT NOT NULL, "
                   " name TEXT NOT NULL, station TEXT NOT NULL DEFAULT '', officer_id TEXT" GD_REF(
                       "workers") ", "
                                  " active INTEGER NOT NULL DEFAULT 1)",
    "CREATE INDEX police_grids_street ON police_grids(street_id)",
    "CREATE TABLE grids (" GD_META "community_id TEXT NOT NULL" GD_REF(
        "communities") ", code TEXT NOT NULL, "
                       " name TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'basic', scope TEXT NOT NULL DEFAULT '', "
                       " households INTEGER NOT NULL DEFAULT 0, residents INTEGER NOT NULL DEFAULT 0, "
                       " elderly_percent REAL NOT NULL DEFAULT 0, worker_id TEXT" GD_REF(
                           "workers") ", "
                                      " head_id TEXT" GD_REF("workers") ", police_grid_id TEXT" GD_REF(
                                          "police_grids") ", "
                                                          " active INTEGER NOT NULL DEFAULT 1)",
    "CREATE INDEX grids_community ON grids(community_id)",
    "CREATE INDEX grids_code ON grids(code)",
    "CREATE INDEX grids_police ON grids(police_grid_id)",
    "CREATE INDEX grids_worker ON grids(worker_id)",
    "CREATE TABLE worker_grids (" GD_META
    "worker_id TEXT NOT NULL" GD_REF("workers") ", "
                                                " grid_id TEXT NOT NULL" GD_REF("grids") ")",
    "CREATE INDEX worker_grids_worker ON worker_grids(worker_id)",
    "CREATE INDEX worker_grids_grid ON worker_grids(grid_id)",
    "CREATE TABLE buildings (" GD_META "grid_id TEXT NOT NULL" GD_REF(
        "grids") ", name TEXT NOT NULL, "
                 " address TEXT NOT NULL, households INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1)",
    "CREATE INDEX buildings_grid ON buildings(grid_id)",
    "CREATE TABLE addresses (" GD_META "building_id TEXT NOT NULL" GD_REF(
        "buildings") ", "
                     " grid_id TEXT NOT NULL" GD_REF("grids") ", text TEXT NOT NULL, normalized TEXT NOT NULL)",
    "CREATE INDEX addresses_normalized ON addresses(normalized)",
    "CREATE INDEX addresses_building ON addresses(building_id)",
    "CREATE TABLE units (" GD_META "name TEXT NOT NULL, kind TEXT NOT NULL, service_phone TEXT NOT NULL DEFAULT '', "
    " address TEXT NOT NULL DEFAULT '', street_id TEXT" GD_REF("streets") ", active INTEGER NOT NULL DEFAULT 1)",
    "CREATE TABLE unit_contacts (" GD_META
    "unit_id TEXT NOT NULL" GD_REF("units") ", name TEXT NOT NULL, "
                                            " role TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL)",
    "CREATE INDEX unit_contacts_unit ON unit_contacts(unit_id)",
};

// v2: the career ladder and part-time cover of vacant grids get their own records. Every
// full-time worker already on file gets a first ladder step dated from their start.
const char *const kStep2[] = {
    "CREATE TABLE career_steps (" GD_META "worker_id TEXT NOT NULL" GD_REF(
        "workers") ", "
                   " stage TEXT NOT NULL, date TEXT NOT NULL, note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX career_steps_worker ON career_steps(worker_id, date)",
    "CREATE TABLE grid_covers (" GD_META "grid_id TEXT NOT NULL" GD_REF(
        "grids") ", "
                 " worker_id TEXT NOT NULL" GD_REF(
                     "workers") ", start_date TEXT NOT NULL, end_date TEXT NOT NULL DEFAULT '', "
                                " monthly_subsidy INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX grid_covers_grid ON grid_covers(grid_id)",
    "CREATE INDEX grid_covers_worker ON grid_covers(worker_id)",
};

// v3: resident requests. Reference data first (the working-day calendar and the category tree,
// both editable and exchanged), then cases and their append-only timeline. The columns after
// "handler_unit_id" are derived from the events and recomputed, never merged field by field.
const char *const kStep3[] = {
    "CREATE TABLE calendar_days (" GD_META "date TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX calendar_days_date ON calendar_days(date)",
    "CREATE TABLE categories (" GD_META "parent_id TEXT" GD_REF(
        "categories") ", code TEXT NOT NULL, "
                      " name TEXT NOT NULL, route TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1)",
    "CREATE INDEX categories_parent ON categories(parent_id)",
    "CREATE TABLE cases (" GD_META "number TEXT NOT NULL, hotline_order TEXT NOT NULL DEFAULT '', "
    " channel TEXT NOT NULL, request_type TEXT NOT NULL, category_id TEXT" GD_REF(
        "categories") ", "
                      " urgency TEXT NOT NULL, proactive INTEGER NOT NULL DEFAULT 0, reporter_name TEXT NOT NULL "
                      "DEFAULT '', "
                      " reporter_phone TEXT NOT NULL DEFAULT '', anonymous INTEGER NOT NULL DEFAULT 0, address TEXT "
                      "NOT NULL DEFAULT '', "
                      " building_id TEXT" GD_REF("buildings") ", grid_id TEXT" GD_REF(
                          "grids") ", description TEXT NOT NULL, "
                                   " request TEXT NOT NULL DEFAULT '', received_ms INTEGER NOT NULL, lead_org_id TEXT, "
                                   "lead_name TEXT NOT NULL, "
                                   " handler_worker_id TEXT" GD_REF("workers") ", handler_unit_id TEXT" GD_REF(
                                       "units") ", "
                                                " state TEXT NOT NULL DEFAULT 'registered', due_ms INTEGER, "
                                                "handler_due_ms INTEGER, "
                                                " supervision TEXT NOT NULL DEFAULT 'none', satisfaction TEXT NOT NULL "
                                                "DEFAULT '', solved INTEGER, "
                                                " completed_ms INTEGER, closed_ms INTEGER, reopen_count INTEGER NOT "
                                                "NULL DEFAULT 0, "
                                                " report_count INTEGER NOT NULL DEFAULT 1, updated_ms INTEGER NOT NULL "
                                                "DEFAULT 0)",
    "CREATE INDEX cases_received ON cases(received_ms)",
    "CREATE INDEX cases_state_due ON cases(state, due_ms)",
    "CREATE INDEX cases_grid ON cases(grid_id, received_ms)",
    "CREATE INDEX cases_category ON cases(category_id, received_ms)",
    "CREATE INDEX cases_building ON cases(building_id, received_ms)",
    "CREATE INDEX cases_phone ON cases(reporter_phone, received_ms)",
    "CREATE INDEX cases_handler ON cases(handler_worker_id, state)",
    "CREATE INDEX cases_hotline ON cases(hotline_order)",
    "CREATE INDEX cases_number ON cases(number)",
    // Immutable facts: merged as a set union, the case's state is derived from them.
    "CREATE TABLE case_events (id TEXT PRIMARY KEY NOT NULL, case_id TEXT NOT NULL" GD_REF(
        "cases") ", "
                 " hlc INTEGER NOT NULL, site TEXT NOT NULL, at_ms INTEGER NOT NULL, operator_id TEXT, "
                 " operator_login TEXT NOT NULL, operator_name TEXT NOT NULL DEFAULT '', action TEXT NOT NULL, "
                 " note TEXT NOT NULL DEFAULT '', data TEXT NOT NULL DEFAULT '{}')",
    "CREATE INDEX case_events_case ON case_events(case_id, at_ms, hlc)",
};

// v4: two more orders of the case list at a million cases: one state newest first (the archive),
// and the most recently changed first.
const char *const kStep4[] = {
    "CREATE INDEX cases_state_received ON cases(state, received_ms)",
    "CREATE INDEX cases_updated ON cases(updated_ms)",
};

// v5: full-text search over the cases (cases/CaseSearchIndex.h): local derived data, built from
// the cases already in the file; and the archive's last-changed order (CaseQueryPlan.cpp).
const char *const kStep5[] = {
    "CREATE INDEX cases_state_updated ON cases(state, updated_ms)",
    "CREATE TABLE case_search_map (doc INTEGER PRIMARY KEY, case_id TEXT NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE case_search USING fts5(body, place, notes, phone, content='', columnsize=0, "
    " tokenize='ascii')",
};

// v6: an operator may be a grid worker, whose own cases the case list can show ("my cases").
// Operators stay local to the office; the worker they point at is an exchanged row.
const char *const kStep6[] = {
    "ALTER TABLE operators ADD COLUMN worker_id TEXT REFERENCES workers(id)",
};

// v7: search docs by the second received instead of the millisecond << 20 (CaseSearchIndex.h):
// the index is built again. The statement empties the map: the mark that the index is stale,
// which the work after the ladder sees and rebuilds from (see afterLadder).
const char *const kStep7[] = {
    "DELETE FROM case_search_map",
};

// v8: a version vector holds per site the stamp of that site's newest edit, not a count of its
// edits (RowStore.h says why). No file has merged another office's rows yet, so every vv names
// one site, the row's last editor: its entry becomes that edit's stamp. Seeded rows ('{}') stay.
#define GD_VV_TO_STAMP(table) "UPDATE " table " SET vv = json_object(site, CAST(hlc AS TEXT)) WHERE vv <> '{}'"
const char *const kStep8[] = {
    GD_VV_TO_STAMP("streets"),       GD_VV_TO_STAMP("communities"),  GD_VV_TO_STAMP("workers"),
    GD_VV_TO_STAMP("police_grids"),  GD_VV_TO_STAMP("grids"),        GD_VV_TO_STAMP("worker_grids"),
    GD_VV_TO_STAMP("buildings"),     GD_VV_TO_STAMP("addresses"),    GD_VV_TO_STAMP("units"),
    GD_VV_TO_STAMP("unit_contacts"), GD_VV_TO_STAMP("career_steps"), GD_VV_TO_STAMP("grid_covers"),
    GD_VV_TO_STAMP("calendar_days"), GD_VV_TO_STAMP("categories"),   GD_VV_TO_STAMP("cases"),
};
#undef GD_VV_TO_STAMP

// v9: merging packages (exchange/MergeEngine.h). Both tables are local: the ledger of every
// package merged into this file, and the conflicts its merges found, until a user resolves them.
const char *const kStep9[] = {
    "CREATE TABLE exchange_ledger (content TEXT PRIMARY KEY NOT NULL, source_site TEXT NOT NULL, "
    " source_office TEXT NOT NULL DEFAULT '', file_name TEXT NOT NULL DEFAULT '', merged_ms INTEGER NOT NULL, "
    " operator_login TEXT NOT NULL, report TEXT NOT NULL DEFAULT '{}')",
    "CREATE TABLE merge_conflicts (id INTEGER PRIMARY KEY, table_name TEXT NOT NULL, row_id TEXT NOT NULL, "
    " field TEXT NOT NULL, kept_value TEXT, lost_value TEXT, kept_stamp TEXT NOT NULL, lost_stamp TEXT NOT NULL, "
    " lost_site TEXT NOT NULL, found_ms INTEGER NOT NULL, package TEXT NOT NULL, resolved_ms INTEGER, "
    " UNIQUE(table_name, row_id, field, lost_stamp, lost_site))",
    "CREATE INDEX merge_conflicts_open ON merge_conflicts(resolved_ms, table_name)",
};

// v10: per-peer watermarks for packages of "what changed since the last one sent to that office"
// (exchange/PeerWatermarks.h), local: what this office sent to whom; and the office whose value
// a conflict kept, shown beside the one it set aside (exchange/MergeConflicts.h).
const char *const kStep10[] = {
    "ALTER TABLE merge_conflicts ADD COLUMN kept_site TEXT NOT NULL DEFAULT ''",
    "CREATE TABLE exchange_peers (peer TEXT NOT NULL, scope TEXT NOT NULL, marks TEXT NOT NULL DEFAULT '{}', "
    " sent_ms INTEGER NOT NULL, content TEXT NOT NULL DEFAULT '', operator_login TEXT NOT NULL DEFAULT '', "
    " PRIMARY KEY(peer, scope))",
};

// v11: the monthly star review (rating/): the criteria, versioned by month (an item holds from
// a month until another takes its place), a month's state, the values typed in per worker and
// item; and the case indexes the computed items read a month of (completed, closed).
const char *const kStep11[] = {
    "CREATE TABLE rating_items (" GD_META "code TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, "
    " source TEXT NOT NULL DEFAULT '', max_points REAL NOT NULL, params TEXT NOT NULL DEFAULT '{}', "
    " from_month TEXT NOT NULL, to_month TEXT NOT NULL DEFAULT '', sort INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE rating_months (" GD_META "month TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'draft', "
    " submitted_by TEXT NOT NULL DEFAULT '', approved_by TEXT NOT NULL DEFAULT '', approved_ms INTEGER, "
    " reopen_count INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE rating_entries (" GD_META "month TEXT NOT NULL, worker_id TEXT NOT NULL" GD_REF(
        "workers") ", item_id TEXT NOT NULL" GD_REF("rating_items") ", value REAL NOT NULL DEFAULT 0, "
                                                                    " note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX rating_entries_month ON rating_entries(month, worker_id)",
    "CREATE INDEX cases_completed ON cases(completed_ms, handler_worker_id)",
    "CREATE INDEX cases_closed ON cases(closed_ms, handler_worker_id)",
    "CREATE INDEX cases_proactive ON cases(received_ms, handler_worker_id) WHERE proactive = 1",
};

// v12: a month's review as approved, one row per worker (rating/MonthReview.h): the total, the
// star before and after and why. Later months read their poor streaks and years from it.
const char *const kStep12[] = {
    "CREATE TABLE rating_results (" GD_META "month TEXT NOT NULL, worker_id TEXT NOT NULL" GD_REF(
        "workers") ", total REAL NOT NULL, veto INTEGER NOT NULL DEFAULT 0, star_before INTEGER NOT NULL, "
                   " star_after INTEGER NOT NULL, reason TEXT NOT NULL DEFAULT '', explanation TEXT NOT NULL "
                   "DEFAULT '', items TEXT NOT NULL DEFAULT '{}')",
    "CREATE INDEX rating_results_worker ON rating_results(worker_id, month)",
    "CREATE INDEX rating_results_month ON rating_results(month)",
};

// v13: training sessions and who attended (rating/Training.h), read by the review's training
// item; the seeded training item becomes computed from them where the office left it as shipped.
const char *const kStep13[] = {
    "CREATE TABLE trainings (" GD_META "date TEXT NOT NULL, topic TEXT NOT NULL, trainer_unit TEXT NOT NULL "
    "DEFAULT '', note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX trainings_date ON trainings(date)",
    "CREATE TABLE training_attendees (" GD_META
    "training_id TEXT NOT NULL" GD_REF("trainings") ", worker_id TEXT NOT NULL" GD_REF("workers") ")",
    "CREATE INDEX training_attendees_worker ON training_attendees(worker_id)",
    "CREATE INDEX training_attendees_training ON training_attendees(training_id)",
    "UPDATE rating_items SET kind = 'records', source = 'training', params = '{\"per_session\":2.5}' WHERE code = "
    "'training' AND kind = 'entered' AND site = '00000000-0000-0000-0000-000000000000' AND hlc = 0",
};

// v14: a grid's property company (物业), printed on its contact card (cards/). A unit of kind
// property; NULL where the grid has none (old estates without one, or not yet recorded).
const char *const kStep14[] = {
    "ALTER TABLE grids ADD COLUMN property_unit_id TEXT" GD_REF("units"),
    "CREATE INDEX grids_property ON grids(property_unit_id)",
};

// v15: the search index never merges its segments inside a write. FTS5 merges a little at every
// commit (automerge) and, once 16 segments pile up in a level, merges that whole level inside
// whichever commit added the 16th: on a million cases one desk save took 34 s rewriting the 1.1 GB
// index. With automerge off, a save only adds its own small segment; the merging is done between
// writes, in bounded steps (CaseSearchIndex::tidy: at idle in the window, after each commit in the
// command line). The crisis threshold goes up to 200 segments a level: when a desk never pauses,
// the 200th save merges 200 one-case segments (milliseconds), and a level holding the big segment
// would need 40,000 saves without a pause. Not higher: FTS5 refuses any write ("database or disk
// is full") once the index holds 2,000 segments in all.
const char *const kStep15[] = {
    "INSERT INTO case_search(case_search, rank) VALUES('automerge', 0)",
    "INSERT INTO case_search(case_search, rank) VALUES('crisismerge', 200)",
};

// v16: the offices whose signed packages this office merges (exchange/Trust.h), by the
// fingerprint of their public key. This office's own, never exchanged; a withdrawn trust keeps
// its row (withdrawn_ms) for the audit log to name. The office's own key pair is made after the
// ladder, in meta.
const char *const kStep16[] = {
    "CREATE TABLE trusted_offices (fingerprint TEXT PRIMARY KEY NOT NULL, public_key TEXT NOT NULL, "
    "office_name TEXT NOT NULL DEFAULT '', site TEXT NOT NULL DEFAULT '', scope TEXT NOT NULL DEFAULT 'district', "
    "added_ms INTEGER NOT NULL, added_by TEXT NOT NULL DEFAULT '', withdrawn_ms INTEGER)",
};

// v17: deltas that cannot be lost. A package of "what changed since" now starts from what the
// peer acknowledged having (acked_marks), never from what was sent: each package sent is kept
// with the watermarks it delivers until a package from the peer names it as merged (its
// manifest's acks); a lost or unmerged package is thus covered by the next one.
const char *const kStep17[] = {
    "ALTER TABLE exchange_peers ADD COLUMN acked_marks TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE exchange_peers ADD COLUMN acked_ms INTEGER",
    "CREATE TABLE exchange_sent (content TEXT PRIMARY KEY NOT NULL, peer TEXT NOT NULL, scope TEXT NOT NULL, "
    " marks TEXT NOT NULL, sent_ms INTEGER NOT NULL, acked_ms INTEGER, acked_by_site TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX exchange_sent_peer ON exchange_sent(peer, scope, acked_ms)",
};

// v18: concurrent work surfaced. Each timeline event records the move it was taken after (NULL for
// the events before, which keep their meaning); a case counts the branchings of concurrent moves no
// supervisor has settled (derived by the fold, so never stale after a merge).
const char *const kStep18[] = {
    "ALTER TABLE case_events ADD COLUMN after_event TEXT",
    "ALTER TABLE cases ADD COLUMN branches INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX cases_branches ON cases(branches) WHERE branches > 0",
};

// v19: the handler's deadline runs from the dispatch, signing for it and calling back have limits
// of their own. A
// dispatched case keeps the time by which its handler signs for it (derived by the fold from the
// dispatch; NULL for dispatches made before, which set no such limit).
const char *const kStep19[] = {
    "ALTER TABLE cases ADD COLUMN sign_by_ms INTEGER",
    "CREATE INDEX cases_sign_by ON cases(sign_by_ms) WHERE sign_by_ms IS NOT NULL",
    // A completed case keeps when it is to be called back by (NULL for completions before).
    "ALTER TABLE cases ADD COLUMN callback_due_ms INTEGER",
    "CREATE INDEX cases_callback_due ON cases(callback_due_ms) WHERE callback_due_ms IS NOT NULL",
};

// v20: every order answered. A closed case keeps how its callback ended (reached | unreachable |
// declined | not_needed; NULL before a callback and for callbacks recorded before, which were all
// reached), so the figures count reached callbacks apart from the others. An operator may be linked
// to the unit it signs in for, so only that unit's operators sign for the unit's cases. A case keeps
// the tier it is handled at (分级流转: grid, community, street, district), derived from its routes up
// and down; a case routed up before starts one tier up per route, as the fold reads it.
const char *const kStep20[] = {
    "ALTER TABLE cases ADD COLUMN callback_result TEXT",
    "ALTER TABLE cases ADD COLUMN level TEXT NOT NULL DEFAULT 'grid'",
    "UPDATE cases SET level = CASE min((SELECT count(*) FROM case_events e WHERE e.case_id = cases.id AND "
    "e.action = 'route_up'), 3) WHEN 0 THEN 'grid' WHEN 1 THEN 'community' WHEN 2 THEN 'street' ELSE 'district' END "
    "WHERE EXISTS(SELECT 1 FROM case_events e WHERE e.case_id = cases.id AND e.action = 'route_up')",
    "ALTER TABLE operators ADD COLUMN unit_id TEXT REFERENCES units(id)",
};

// v21: repeats caught on import. A case keeps the case the repeat finder found it may repeat (or it
// was merged into) and where a person's review of that pair stands (pending | confirmed | rejected),
// both derived from its timeline; the review queue (疑似重复) reads the pending ones.
const char *const kStep21[] = {
    "ALTER TABLE cases ADD COLUMN repeat_of TEXT",
    "ALTER TABLE cases ADD COLUMN repeat_review TEXT",
    "CREATE INDEX cases_repeat_review ON cases(repeat_review, received_ms) WHERE repeat_review IS NOT NULL",
};

// v22: the repeat finder's place lookups by place and category together. Through cases_grid /
// cases_building the category was a filter on each case's row: a grid's year of cases (1,300 on
// the million-case file) read to find the few of one category, for every line of a 12345 import.
const char *const kStep22[] = {
    "CREATE INDEX cases_building_category ON cases(building_id, category_id, received_ms)",
    "CREATE INDEX cases_grid_category ON cases(grid_id, category_id, received_ms)",
};

// v23: the notes' search tokens carry a mark of their own (cases/SearchText.h), so a word found
// only in notes is not read through by the passes over the case's own texts. Emptying the map marks
// the index stale; it is built again after the ladder (afterLadder), as for v7.
const char *const kStep23[] = {
    "DELETE FROM case_search_map",
};

// v24: the repeat finder's four lookups carry the state and the tombstone flag after the time, so
// "open cases of this grid in the last year" is judged on the index: before, each of a grid's
// year of cases (400 at most on the million-case file, nearly all closed) was read from the table
// to see its state, 4 ms a lookup. The leading columns stay, and so does every other use.
const char *const kStep24[] = {
    "DROP INDEX cases_phone",
    "CREATE INDEX cases_phone ON cases(reporter_phone, received_ms, state, deleted)",
    "DROP INDEX cases_building",
    "CREATE INDEX cases_building ON cases(building_id, received_ms, state, deleted)",
    "DROP INDEX cases_building_category",
    "CREATE INDEX cases_building_category ON cases(building_id, category_id, received_ms, state, deleted)",
    "DROP INDEX cases_grid_category",
    "CREATE INDEX cases_grid_category ON cases(grid_id, category_id, received_ms, state, deleted)",
};

// v25: the star review reads a month's cases on covering indexes: those completed (the volume), those
// due (on time is judged on the cases due in the month, done or not) and those closed after a reached
// callback (satisfaction), each grouped by handler without reading the case rows.
const char *const kStep25[] = {
    "DROP INDEX cases_completed",
    "CREATE INDEX cases_completed ON cases(completed_ms, handler_worker_id, deleted)",
    "DROP INDEX cases_closed",
    "CREATE INDEX cases_closed ON cases(closed_ms, handler_worker_id, satisfaction, callback_result, deleted)",
    "DROP INDEX IF EXISTS cases_due", // a file taken back a version by hand (the upgrade tests) has it
    "CREATE INDEX cases_due ON cases(due_ms, handler_worker_id, completed_ms, deleted)",
};

// v27: the public notice (公示) between submission and approval, with the workers' appeals (申诉)
// (rating/Appeals.h): when the month was submitted, and each appeal with its answer.
const char *const kStep27[] = {
    "CREATE TABLE IF NOT EXISTS rating_appeals (" GD_META "month TEXT NOT NULL, worker_id TEXT NOT NULL" GD_REF(
        "workers") ", text TEXT NOT NULL, filed_by TEXT NOT NULL DEFAULT '', filed_ms INTEGER NOT NULL DEFAULT 0, "
                   "answer TEXT NOT NULL DEFAULT '', answered_by TEXT NOT NULL DEFAULT '', answered_ms INTEGER)",
    "CREATE INDEX IF NOT EXISTS rating_appeals_month ON rating_appeals(month, worker_id)",
};

// A deterministic id per worker keeps two offices that migrate the same worker from
// inventing two different first steps.
Status firstCareerSteps(QSqlDatabase db)
{
    QSqlQuery workers(db);
    if (!workers.exec(QStringLiteral("SELECT id, origin_site, created_hlc, start_date FROM workers "
                                     "WHERE kind = 'full_time' AND deleted = 0")))
        return Error::make(ErrorKind::Internal, workers.lastError().text());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO career_steps(id, origin_site, created_hlc, site, hlc, vv, "
                                  "worker_id, stage, date, note) VALUES(?, ?, ?, ?, ?, json_object(?, 1), ?, "
                                  "'grid_worker', ?, '')"));
    while (workers.next()) {
        const QString id = workers.value(0).toString();
        const QString site = workers.value(1).toString();
        insert.addBindValue(uuid::v5(QStringLiteral("career_steps/first/") + id));
        insert.addBindValue(site);
        insert.addBindValue(workers.value(2));
        insert.addBindValue(site);
        insert.addBindValue(workers.value(2));
        insert.addBindValue(site);
        insert.addBindValue(id);
        insert.addBindValue(workers.value(3));
        if (!insert.exec())
            return Error::make(ErrorKind::Internal, insert.lastError().text());
    }
    return {};
}

struct Step {
    const char *const *statements;
    size_t count;
    Status (*data)(QSqlDatabase); // data migration run after the statements, same transaction
};

const Step kSteps[] = {
    {kStep1, sizeof(kStep1) / sizeof(kStep1[0]), nullptr},
    {kStep2, sizeof(kStep2) / sizeof(kStep2[0]), firstCareerSteps},
    {kStep3, sizeof(kStep3) / sizeof(kStep3[0]), nullptr}, // seeded after the ladder
    {kStep4, sizeof(kStep4) / sizeof(kStep4[0]), nullptr},
    // v5 made the search tables; v7 marks their content stale, rebuilt after the ladder.
    {kStep5, sizeof(kStep5) / sizeof(kStep5[0]), nullptr},
    {kStep6, sizeof(kStep6) / sizeof(kStep6[0]), nullptr},
    {kStep7, sizeof(kStep7) / sizeof(kStep7[0]), nullptr},
    {kStep8, sizeof(kStep8) / sizeof(kStep8[0]), nullptr},
    {kStep9, sizeof(kStep9) / sizeof(kStep9[0]), nullptr},
    {kStep10, sizeof(kStep10) / sizeof(kStep10[0]), nullptr},
    {kStep11, sizeof(kStep11) / sizeof(kStep11[0]), nullptr}, // seeded after the ladder
    {kStep12, sizeof(kStep12) / sizeof(kStep12[0]), nullptr},
    {kStep13, sizeof(kStep13) / sizeof(kStep13[0]), nullptr},
    {kStep14, sizeof(kStep14) / sizeof(kStep14[0]), nullptr},
    {kStep15, sizeof(kStep15) / sizeof(kStep15[0]), nullptr},
    {kStep16, sizeof(kStep16) / sizeof(kStep16[0]), nullptr},
    {kStep17, sizeof(kStep17) / sizeof(kStep17[0]), nullptr},
    {kStep18, sizeof(kStep18) / sizeof(kStep18[0]), nullptr},
    {kStep19, sizeof(kStep19) / sizeof(kStep19[0]), nullptr},
    {kStep20, sizeof(kStep20) / sizeof(kStep20[0]), nullptr},
    {kStep21, sizeof(kStep21) / sizeof(kStep21[0]), nullptr},
    {kStep22, sizeof(kStep22) / sizeof(kStep22[0]), nullptr},
    {kStep23, sizeof(kStep23) / sizeof(kStep23[0]), nullptr},
    {kStep24, sizeof(kStep24) / sizeof(kStep24[0]), nullptr},
    {kStep25, sizeof(kStep25) / sizeof(kStep25[0]), nullptr},
    {nullptr, 0, steps::addReviewScope},
    {kStep27, sizeof(kStep27) / sizeof(kStep27[0]), steps::addSubmittedMs},
    {nullptr, 0, steps::addNoProperty},
    {nullptr, 0, steps::addPartyAndPromise},
    {nullptr, 0, steps::addCommunityQr},
    {nullptr, 0, steps::addFinderAndCompounds},
    // v32: the aggregate of the office's figures (stats/StatsStore.h), built by upkeep() when the
    // file is opened, as it is whenever its definition changes.
    {nullptr, 0, nullptr},
    {nullptr, 0, steps::addVisits},
    {nullptr, 0, steps::addDisputes},
    {nullptr, 0, steps::coverGridWorkCounts},
    {nullptr, 0, steps::addJointWork},
    {nullptr, 0, steps::addCouncils},
    {nullptr, 0, steps::addVolunteers},
    {nullptr, 0, steps::addTrainingByOrder},
    {nullptr, 0, steps::addExemplaryCases},
    {nullptr, 0, steps::addGoodIdeas},
};

// What today's code does once the steps are done, in the last step's transaction (so a file at the
// latest version always has it): a step never runs module code, which changes after the step is
// released. The reference data and the review's default criteria are seeded idempotently (fixed
// ids, kept when present, tombstones included), whatever version the file came from; the search
// index is rebuilt when a step left its map empty (v7) while the file holds cases.
// Each part from the version its tables came with (a file made at an older version, as the
// upgrade tests make them, gets what a file of that version held).
Status afterLadder(QSqlDatabase db, int version)
{
    if (version >= 3)
        if (Status s = seedReferenceData(db); !s)
            return s;
    if (version >= 11)
        if (Status s = rating::seedDefaultTemplate(db); !s)
            return s;
    if (version >= 16)
        if (Status s = exchange::ensureOfficeKey(db); !s)
            return s;
    if (version < 7)
        return {};
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM case_search_map) = 0 AND EXISTS(SELECT 1 FROM cases)")) ||
        !q.next())
        return Error::make(ErrorKind::Internal, q.lastError().text());
    const bool stale = q.value(0).toBool();
    q.finish();
    return stale ? CaseSearchIndex(db).rebuild() : Status();
}

} // namespace

int latestVersion()
{
    return int(sizeof(kSteps) / sizeof(kSteps[0]));
}

Status migrate(QSqlDatabase db, int fromVersion, int toVersion)
{
    for (int v = fromVersion + 1; v <= toVersion; ++v) {
        const Step &step = kSteps[v - 1];
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Error::make(ErrorKind::Internal, q.lastError().text());
        for (size_t i = 0; i < step.count; ++i) {
            if (!q.exec(QString::fromUtf8(step.statements[i]))) {
                const QString why = q.lastError().text();
                q.exec(QStringLiteral("ROLLBACK"));
                return Error::make(ErrorKind::Internal, QCoreApplication::translate(
                                                            "gd::schema", "Upgrading the file to version %1 failed: %2")
                                                            .arg(v)
                                                            .arg(why));
            }
        }
        if (step.data) {
            Status s = step.data(db);
            if (!s) {
                q.exec(QStringLiteral("ROLLBACK"));
                return s;
            }
        }
        if (v == toVersion) {
            Status s = afterLadder(db, v);
            if (!s) {
                q.exec(QStringLiteral("ROLLBACK"));
                return s;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(v)) || !q.exec(QStringLiteral("COMMIT"))) {
            const QString why = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return Error::make(ErrorKind::Internal, why);
        }
    }
    return {};
}

Status upkeep(QSqlDatabase db)
{
    auto current = stats::isCurrent(db);
    if (!current)
        return current.status();
    if (*current)
        return {};
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error::make(ErrorKind::Internal, q.lastError().text());
    if (Status s = stats::ensureStore(db); !s) {
        q.exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString why = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return Error::make(ErrorKind::Internal, why);
    }
    return {};
}

} // namespace gd::schema
