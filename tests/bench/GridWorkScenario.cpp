// Scenarios "gridwork-lists" and "gridwork-year": the grid's work beyond requests on the
// million-case file (CaseWorkDb.h), which is given a year of the demo office's visits, care
// register, dispute ledger and joint work first when it has none (untimed, kept in the file: about
// 60,000 visits, 5,000 disputes, 3,000 joint activities and 600 meetings, as the issue asks).
// "gridwork-lists" times a page of 100 rows of the visits list and of the dispute ledger — the
// first page and a page deep in the year, for the office and for a grid in turn — and the first
// page of the joint activities and meetings, against the bare SQLite read of the same rows by OFFSET.
// "gridwork-year" times the dashboard's grid-work counts for twelve months with the twelve before
// (stats/GridWorkFigures.h), scopes in turn, against one pass of sums over the rows.
// "gridwork-merge" merges another office's package holding a month of visits, disputes and joint work (and its
// copy of the district) into a copy of the file, against ATTACH + INSERT OR REPLACE of the same
// rows into another copy (MergeBench.h).
#include "BaselineDb.h"
#include "CaseWorkDb.h"
#include "MergeBench.h"
#include "demo/DemoCouncils.h"
#include "demo/DemoDisputes.h"
#include "demo/DemoDistrict.h"
#include "demo/DemoJoint.h"
#include "demo/DemoVisits.h"
#include "demo/DemoVolunteers.h"
#include "exchange/PackageExport.h"
#include "stats/GridWorkFigures.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {

constexpr qint64 kYearMs = 365LL * 24 * 3600 * 1000;

// A year of grid work in the file, made once: the visits and disputes, then the joint work (a
// file made before joint work existed is given its year of it).
QString ensureGridWork(bench::CaseWorkDb *work, sqlite3 *raw, QStringList *notes)
{
    const QList<QStringList> counted =
        bench::sampleRows(raw,
                          "SELECT CAST((SELECT count(*) FROM visits) AS TEXT), CAST((SELECT count(*) FROM disputes) AS "
                          "TEXT), CAST((SELECT count(*) FROM joint_activities) AS TEXT), CAST((SELECT count(*) FROM "
                          "joint_meetings) AS TEXT), CAST((SELECT count(*) FROM councils) AS TEXT), CAST((SELECT "
                          "count(*) FROM volunteer_services) AS TEXT)",
                          6);
    const auto held = [&counted](int column) {
        return !counted.isEmpty() && counted.first().at(column).toLongLong() > 0;
    };
    gd::Database &db = *work->db;
    const qint64 now = db.nowMs();
    const bench::Stopwatch watch;
    gd::Transaction tx(db);
    if (!tx.started())
        return tx.startError().message;
    QStringList made;
    if (!held(0) || !held(1)) {
        auto visits = gd::demovisits::generate(db, now - kYearMs, now, 1);
        if (!visits)
            return visits.message();
        auto disputes = gd::demodisputes::generate(db, now - kYearMs, now, 1);
        if (!disputes)
            return disputes.message();
        made << QStringLiteral("%1 visits, %2 disputes").arg(visits->visits).arg(disputes->disputes);
    }
    if (!held(2)) {
        auto joint = gd::demojoint::generate(db, now - kYearMs, now, 1);
        if (!joint)
            return joint.message();
        made << QStringLiteral("%1 joint activities, %2 meetings with %3 tasks")
                    .arg(joint->activities)
                    .arg(joint->meetings)
                    .arg(joint->tasks);
    }
    if (!held(4)) {
        auto councils = gd::democouncils::generate(db, now - kYearMs, now, 1);
        if (!councils)
            return councils.message();
        made << QStringLiteral("%1 residents' councils").arg(councils->councils);
    }
    if (!held(5)) {
        auto volunteers = gd::demovolunteers::generate(db, now - kYearMs, now, 1);
        if (!volunteers)
            return volunteers.message();
        made << QStringLiteral("%1 volunteer services").arg(volunteers->services);
    }
    if (gd::Status s = tx.commit(); !s)
        return s.message();
    if (made.isEmpty())
        notes->append(
            QStringLiteral("the file holds %1 visits, %2 disputes, %3 joint activities, %4 meetings, %5 councils and "
                           "%6 volunteer services")
                .arg(counted.first().at(0), counted.first().at(1), counted.first().at(2), counted.first().at(3),
                     counted.first().at(4), counted.first().at(5)));
    else
        notes->append(QStringLiteral("a year of grid work added to the file first (untimed, %1 s): %2")
                          .arg(watch.ms() / 1000, 0, 'f', 1)
                          .arg(made.join(QStringLiteral("; "))));
    return {};
}

// The million-case file with its year of grid work, and its bare second connection (*raw): null
// with out->error set.
bench::CaseWorkDb *gridWorkDb(const bench::Options &options, bench::Outcome *out, sqlite3 **raw)
{
    bench::CaseWorkDb *work = bench::caseWorkDbWithBaseline(options, out, raw);
    if (!work)
        return nullptr;
    if (QString e = ensureGridWork(work, *raw, &out->notes); !e.isEmpty()) {
        sqlite3_close(*raw);
        out->error = e;
        return nullptr;
    }
    return work;
}

QString firstGrid(sqlite3 *raw)
{
    const QList<QStringList> rows =
        bench::sampleRows(raw, "SELECT grid_id FROM visits GROUP BY grid_id ORDER BY count(*) DESC LIMIT 1", 1);
    return rows.isEmpty() ? QString() : rows.first().first();
}

// The bare read of a page by OFFSET: the same rows, no joins for names, no keyset.
bool rawPage(sqlite3 *raw, const char *table, const char *timeColumn, const QString &grid, int offset,
             bench::Outcome &out)
{
    const QByteArray sql =
        QStringLiteral("SELECT * FROM %1 WHERE deleted = 0%2 ORDER BY %3 DESC, id DESC LIMIT 100 "
                       "OFFSET %4")
            .arg(QLatin1String(table), grid.isEmpty() ? QString() : QStringLiteral(" AND grid_id = '%1'").arg(grid),
                 QLatin1String(timeColumn))
            .arg(offset)
            .toUtf8();
    const bench::Stopwatch watch;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(raw, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        out.error = bench::sqliteError(raw);
        return false;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
    }
    sqlite3_finalize(stmt);
    out.baselineMs << watch.ms();
    return true;
}

bench::Outcome runLists(const bench::Options &options)
{
    bench::Outcome out;
    sqlite3 *raw = nullptr;
    bench::CaseWorkDb *work = gridWorkDb(options, &out, &raw);
    if (!work)
        return out;
    const QString grid = firstGrid(raw);
    // Each run: the visits' and the disputes' first page and their 20th page (keyset: the pages
    // before are read untimed to find its key), the office's on even runs, the grid's on odd ones.
    const int runs = qMax(options.runs, 10);
    int visitRows = 0, disputeRows = 0, jointRows = 0;
    for (int run = 0; run < runs && out.error.isEmpty(); ++run) {
        const QString place = run % 2 ? grid : QString();
        gd::VisitFilter vf;
        vf.gridId = place;
        gd::DisputeFilter df;
        df.gridId = place;
        gd::JointActivityFilter jf;
        jf.gridId = place;
        gd::VisitService visits(*work->db);
        gd::DisputeList disputes(*work->db);
        gd::JointActivityService joint(*work->db);
        gd::JointMeetingService meetings(*work->db);
        for (int deep : {0, 19}) {
            QString vKey, dKey;
            for (int p = 0; p < deep; ++p) {
                auto vp = visits.page(vf, 100, vKey);
                auto dp = disputes.page(df, 100, dKey);
                if (vp && !vp->nextKey.isEmpty())
                    vKey = vp->nextKey;
                if (dp && !dp->nextKey.isEmpty())
                    dKey = dp->nextKey;
            }
            // The joint work's first page (a year of it is a few pages): activities, then meetings.
            if (deep == 0) {
                const bench::Stopwatch jointWatch;
                auto jp = joint.page(jf, 100);
                out.ms << jointWatch.ms();
                const bench::Stopwatch meetingWatch;
                auto mp = meetings.page({}, 100);
                out.ms << meetingWatch.ms();
                const bench::Stopwatch councilWatch;
                auto cp = gd::CouncilService(*work->db).page({}, 100);
                out.ms << councilWatch.ms();
                gd::VolunteerFilter vsf;
                vsf.gridId = place;
                const bench::Stopwatch serviceWatch;
                auto sp = gd::VolunteerServiceLog(*work->db).page(vsf, 100);
                out.ms << serviceWatch.ms();
                if (!jp || !mp || !cp || !sp) {
                    out.error = !jp ? jp.message() : !mp ? mp.message() : !cp ? cp.message() : sp.message();
                    break;
                }
                jointRows += int(jp->rows.size() + mp->rows.size() + cp->rows.size() + sp->rows.size());
                if (!rawPage(raw, "joint_activities", "at_ms", {}, 0, out) ||
                    !rawPage(raw, "joint_meetings", "at_ms", {}, 0, out) ||
                    !rawPage(raw, "councils", "at_ms", {}, 0, out) ||
                    !rawPage(raw, "volunteer_services", "at_ms", place, 0, out))
                    break;
            }
            const bench::Stopwatch watch;
            auto vp = visits.page(vf, 100, vKey);
            out.ms << watch.ms();
            const bench::Stopwatch second;
            auto dp = disputes.page(df, 100, dKey);
            out.ms << second.ms();
            if (!vp || !dp) {
                out.error = !vp ? vp.message() : dp.message();
                break;
            }
            visitRows += int(vp->rows.size());
            disputeRows += int(dp->rows.size());
            if (!rawPage(raw, "visits", "at_ms", place, deep * 100, out) ||
                !rawPage(raw, "disputes", "found_ms", place, deep * 100, out))
                break;
        }
    }
    sqlite3_close(raw);
    out.notes
        << QStringLiteral(
               "%1 runs, each a first and a 20th page of 100 of the visits and of the disputes, and "
               "a first page of the joint activities, joint meetings, councils and volunteer services (each page a "
               "timing), "
               "the office's and one grid's in turn: %2 visit rows, %3 dispute rows, %4 joint rows "
               "read; the baseline reads the same pages' bare rows by OFFSET")
               .arg(runs)
               .arg(visitRows)
               .arg(disputeRows)
               .arg(jointRows);
    return out;
}

bench::Outcome runYear(const bench::Options &options)
{
    bench::Outcome out;
    sqlite3 *raw = nullptr;
    bench::CaseWorkDb *work = gridWorkDb(options, &out, &raw);
    if (!work)
        return out;
    const QDate today = QDateTime::fromMSecsSinceEpoch(work->db->nowMs(), QTimeZone(8 * 3600)).date();
    const QDate to = QDate(today.year(), today.month(), 1).addDays(-1), from = to.addDays(1).addMonths(-12);
    QList<gd::stats::StatsScope> scopes{{gd::stats::StatsScope::Office, {}}};
    for (const QStringList &row : bench::sampleRows(raw, "SELECT id FROM streets ORDER BY code LIMIT 2", 1))
        scopes << gd::stats::StatsScope{gd::stats::StatsScope::Street, row.first()};
    scopes << gd::stats::StatsScope{gd::stats::StatsScope::Grid, firstGrid(raw)};
    const qint64 fromMs = QDateTime(from, QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(to.addDays(1), QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
    const QByteArray baseline =
        QStringLiteral(
            "SELECT (SELECT count(*) || ',' || sum(kind = 'visit') || ',' || sum(household_id IS NOT NULL) "
            "|| ',' || sum(case_id IS NOT NULL) FROM visits WHERE deleted = 0 AND at_ms >= %1 AND at_ms < "
            "%2), (SELECT count(*) || ',' || sum(outcome = 'settled') FROM disputes WHERE deleted = 0 AND "
            "found_ms >= %1 AND found_ms < %2), (SELECT count(*) FROM joint_activities WHERE deleted = 0 "
            "AND at_ms >= %1 AND at_ms < %2), (SELECT count(*) FROM joint_meetings WHERE deleted = 0 AND "
            "at_ms >= %1 AND at_ms < %2), (SELECT count(*) || ',' || sum(done_ms > 0 AND done_ms <= "
            "due_ms) FROM joint_tasks WHERE deleted = 0 AND due_ms >= %1 AND due_ms < %2), (SELECT count(*) || "
            "',' || sum(rule_title <> '') FROM councils WHERE deleted = 0 AND at_ms >= %1 AND at_ms < %2), "
            "(SELECT count(*) || ',' || sum(hours) FROM volunteer_services WHERE deleted = 0 AND at_ms >= %1 "
            "AND at_ms < %2)")
            .arg(fromMs)
            .arg(toMs)
            .toUtf8();
    qint64 visits = 0, disputes = 0;
    for (int run = 0; run < options.runs; ++run) {
        const bench::Stopwatch watch;
        auto work12 = gd::stats::gridWork(*work->db, scopes.at(run % scopes.size()), from, to);
        out.ms << watch.ms();
        if (!work12) {
            out.error = work12.message();
            break;
        }
        if (run == 0) {
            visits = work12->now.value(QStringLiteral("visits"));
            disputes = work12->now.value(QStringLiteral("disputes_found"));
        }
        const bench::Stopwatch plain;
        const QList<QStringList> sums = bench::sampleRows(raw, baseline.constData(), 2);
        out.baselineMs << plain.ms();
        if (sums.isEmpty()) {
            out.error = bench::sqliteError(raw);
            break;
        }
    }
    sqlite3_close(raw);
    out.notes << QStringLiteral("%1 to %2 with the twelve months before (环比), scopes in turn (the office, 2 streets, "
                                "a grid); the office: %3 visits, %4 disputes; the baseline sums the office's year in "
                                "one pass of each table")
                     .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                     .arg(visits)
                     .arg(disputes);
    return out;
}

// Another office of the district (seed 1's ids, a site of its own) with a month of visits and
// disputes, and its package; made once per run of griddesk-bench, untimed.
struct MonthOffice {
    std::unique_ptr<QTemporaryDir> temporary;
    QString dir, package, error;
    QStringList notes;
};

MonthOffice &monthOffice(const bench::Options &options)
{
    static MonthOffice office;
    if (!office.package.isEmpty() || !office.error.isEmpty())
        return office;
    if (options.dir.isEmpty())
        office.temporary = std::make_unique<QTemporaryDir>();
    office.dir = options.dir.isEmpty() ? office.temporary->path() : options.dir;
    const QString file = QDir(office.dir).filePath(QStringLiteral("month-office.griddesk"));
    office.package = QDir(office.dir).filePath(QStringLiteral("month-office.gdpkg"));
    for (const QString &f : {file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm"), office.package})
        QFile::remove(f);
    const bench::Stopwatch watch;
    auto opened = gd::Database::open(file);
    if (!opened) {
        office.error = opened.message();
        return office;
    }
    gd::Database &db = *opened.value();
    db.setActor(bench::merge::admin());
    office.error = [&]() -> QString {
        if (auto r = gd::DemoDistrict::generate(db, {}); !r)
            return r.message();
        const qint64 now = db.nowMs(), monthAgo = now - 30LL * 24 * 3600 * 1000;
        gd::Transaction tx(db);
        if (!tx.started())
            return tx.startError().message;
        auto visits = gd::demovisits::generate(db, monthAgo, now, 7);
        if (!visits)
            return visits.message();
        auto disputes = gd::demodisputes::generate(db, monthAgo, now, 7);
        if (!disputes)
            return disputes.message();
        auto joint = gd::demojoint::generate(db, monthAgo, now, 7);
        if (!joint)
            return joint.message();
        auto councils = gd::democouncils::generate(db, monthAgo, now, 7);
        if (!councils)
            return councils.message();
        auto volunteers = gd::demovolunteers::generate(db, monthAgo, now, 7);
        if (!volunteers)
            return volunteers.message();
        if (gd::Status s = tx.commit(); !s)
            return s.message();
        auto exported = gd::exchange::exportPackage(db, office.package);
        if (!exported)
            return exported.message();
        office.notes << QStringLiteral(
                            "the other office: the district and a month of grid work (%1 visits, %2 "
                            "disputes with %3 sessions, %4 care households, %5 joint activities, %6 "
                            "meetings with %7 tasks, %8 team members, %9 councils, %10 volunteer services) made "
                            "and exported in %11 s")
                            .arg(visits->visits)
                            .arg(disputes->disputes)
                            .arg(disputes->sessions)
                            .arg(visits->households)
                            .arg(joint->activities)
                            .arg(joint->meetings)
                            .arg(joint->tasks)
                            .arg(joint->members)
                            .arg(councils->councils)
                            .arg(volunteers->services)
                            .arg(watch.ms() / 1000, 0, 'f', 1);
        return {};
    }();
    return office;
}

bench::Outcome runMerge(const bench::Options &options)
{
    bench::Outcome out;
    bench::CaseWorkDb *work = bench::caseWorkDb(options, &out);
    if (!work)
        return out;
    MonthOffice &office = monthOffice(options);
    if (!office.error.isEmpty()) {
        out.error = office.error;
        return out;
    }
    out.notes << office.notes;
    for (int run = 0; run < options.runs; ++run) {
        const QString ours = bench::merge::copyOfWorkFile(work, office.dir, QStringLiteral("month-target.griddesk"));
        const QString plain = bench::merge::copyOfWorkFile(work, office.dir, QStringLiteral("month-naive.griddesk"));
        if (ours.isEmpty() || plain.isEmpty()) {
            out.error = QStringLiteral("cannot copy %1").arg(work->path);
            return out;
        }
        bench::merge::settleWrites();
        double naiveMs = 0;
        if (QString e = bench::merge::naiveMerge(plain, office.package, &naiveMs); !e.isEmpty()) {
            out.error = e;
            return out;
        }
        const bench::merge::Merged merged = bench::merge::mergeInto(ours, office.package);
        if (!merged.error.isEmpty()) {
            out.error = merged.error;
            return out;
        }
        out.ms << merged.ms;
        out.baselineMs << naiveMs;
        out.notes << QStringLiteral("run %1: %2").arg(run + 1).arg(bench::merge::totals(merged.report));
        bench::merge::removeCopy(ours);
        bench::merge::removeCopy(plain);
    }
    return out;
}

const bench::Registrar lists({QStringLiteral("gridwork-lists"),
                              QStringLiteral("a page of the visits and of the dispute ledger (vs the bare rows by "
                                             "OFFSET)"),
                              runLists});
const bench::Registrar year({QStringLiteral("gridwork-year"),
                             QStringLiteral("the dashboard's grid-work counts for a year and the year before (vs one "
                                            "pass of sums)"),
                             runYear});
const bench::Registrar
    merge({QStringLiteral("gridwork-merge"),
           QStringLiteral("another office's month of visits and disputes merged into the million-case "
                          "file (vs INSERT OR REPLACE of the same rows)"),
           runMerge});

} // namespace
