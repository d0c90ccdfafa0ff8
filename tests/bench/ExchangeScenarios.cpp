// Scenarios "exchange-merge", "exchange-again", "exchange-delta" and "exchange-export": offices
// exchanging packages (targets in docs/PERFORMANCE.md), on the million-case file (CaseWorkDb.h), each against the
// plain way measured in the same run:
//   exchange-merge   a package of another office with 100,000 new cases and their events (and
//                    its copy of the district's reference data) checked and merged into a copy of
//                    the million-case file, backup included, vs ATTACH + INSERT OR REPLACE of
//                    the same rows into another copy
//   exchange-again   the same package once more: answered from the ledger (what griddesk-cli
//                    merge does first) vs the plain way's INSERT OR REPLACE of it all again
//   exchange-delta   that office's next package, only what changed since the first (10,000
//                    progress notes: 10,000 events and the 10,000 cases they changed, half of them
//                    sent before in a package that was lost and so carried again), checked
//                    and merged vs the plain INSERT OR REPLACE of the same rows
//   exchange-export  the whole million-case file into a package vs the plain copy of the same
//                    tables (ATTACH + CREATE TABLE AS SELECT), no checksums
// The other office is made once per run, untimed: the demo district (seed 1, the same ids as the
// million-case file's) with 100,000 cases of another seed, in a file of its own site.
#include "BaselineDb.h"
#include "CaseWorkDb.h"
#include "MergeBench.h"
#include "cases/CaseService.h"
#include "demo/DemoCases.h"
#include "demo/DemoDistrict.h"
#include "exchange/ExchangeTables.h"
#include "exchange/MergeEngine.h"
#include "exchange/OfficeKey.h"
#include "exchange/PackageExport.h"
#include "exchange/PackageReader.h"
#include "exchange/PeerWatermarks.h"
#include "exchange/Trust.h"
#include "stats/StatsStore.h"
#include "storage/SqliteHandle.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>
#include <sqlite3.h>
#include <unistd.h>

namespace wf = gd::workflow;

namespace {

using namespace bench::merge;

constexpr int kPackageCases = 100000;
constexpr int kDeltaNotes = 10000;
const QString kPeer = QStringLiteral("市南区网格化服务管理中心");

// The other office and its two packages, made once.
struct OtherOffice {
    std::unique_ptr<QTemporaryDir> temporary;
    QString dir, file, package, delta;
    QString error;
    QStringList notes;
};

OtherOffice &otherOffice(const bench::Options &options)
{
    static OtherOffice office;
    if (!office.file.isEmpty() || !office.error.isEmpty())
        return office;
    if (options.dir.isEmpty())
        office.temporary = std::make_unique<QTemporaryDir>();
    office.dir = options.dir.isEmpty() ? office.temporary->path() : options.dir;
    office.file = QDir(office.dir).filePath(QStringLiteral("other-office.griddesk"));
    office.package = QDir(office.dir).filePath(QStringLiteral("other-office.gdpkg"));
    office.delta = QDir(office.dir).filePath(QStringLiteral("other-office-delta.gdpkg"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(office.file + QLatin1String(suffix));
    const bench::Stopwatch watch;
    auto opened = gd::Database::open(office.file);
    if (!opened) {
        office.error = opened.message();
        return office;
    }
    gd::Database &db = *opened.value();
    db.setActor(admin());
    auto run = [&]() -> QString {
        if (auto r = gd::DemoDistrict::generate(db, {}); !r)
            return r.message();
        gd::DemoCaseOptions cases;
        cases.count = kPackageCases;
        cases.seed = 2;
        if (auto r = gd::DemoCases::generate(db, cases); !r)
            return r.message();
        gd::exchange::ExportScope scope;
        scope.sinceLastTo = kPeer;
        auto first = gd::exchange::exportPackage(db, office.package, scope);
        if (!first)
            return first.message();
        {
            // The million-case office confirms it (its own package would name it as merged), so
            // the next package starts from there.
            gd::Transaction tx(db);
            if (gd::Status s = gd::exchange::applyAcks(db, {QString::fromLatin1(first->content.toHex())},
                                                       QStringLiteral("bench-million-office"));
                !s)
                return s.message();
            if (gd::Status s = tx.commit(); !s)
                return s.message();
        }
        // The next package: 10,000 progress notes, on the cases that take one (several each
        // when there are fewer than 10,000 of them).
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT id FROM cases WHERE state IN ('registered', 'accepted', 'dispatched', "
                              "'returned', 'signed', 'in_progress', 'completed') ORDER BY id LIMIT %1")
                   .arg(kDeltaNotes));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        q.finish();
        if (ids.isEmpty())
            return QStringLiteral("no case takes a note");
        gd::CaseService service(db);
        // Half the notes go in a package that is lost (never merged, so never confirmed); the next
        // package, the one merged, must carry both halves.
        const QString lost = QDir(office.dir).filePath(QStringLiteral("other-office-lost.gdpkg"));
        for (int i = 0; i < kDeltaNotes; ++i) {
            if (i == kDeltaNotes / 2)
                if (auto r = gd::exchange::exportPackage(db, lost, scope); !r)
                    return r.message();
            if (auto r = service.act(
                    ids.at(i % ids.size()),
                    {wf::Action::Note, QStringLiteral("第%1次电话联系居民，约定上门查看").arg(i / ids.size() + 1)});
                !r)
                return r.message();
        }
        if (auto r = gd::exchange::exportPackage(db, office.delta, scope); !r)
            return r.message();
        office.notes << QStringLiteral("other office: district + %1 cases made and exported in %2 s; delta after a "
                                       "lost one: %3 progress notes on %4 cases")
                            .arg(kPackageCases)
                            .arg(watch.ms() / 1000.0, 0, 'f', 1)
                            .arg(kDeltaNotes)
                            .arg(ids.size());
        return {};
    };
    office.error = run();
    return office;
}

// One timed merge of `package` (after `first`, when given) into a fresh copy, and the plain way
// into another; `again` times the second import of the same package instead.
bench::Outcome runMerge(const bench::Options &options, bool delta, bool again)
{
    bench::Outcome out;
    bench::CaseWorkDb *work = bench::caseWorkDb(options, &out);
    if (!work)
        return out;
    OtherOffice &office = otherOffice(options);
    if (!office.error.isEmpty()) {
        out.error = office.error;
        return out;
    }
    out.notes << office.notes;
    const QString dir = office.dir;
    for (int run = 0; run < options.runs; ++run) {
        const QString ours = copyOfWorkFile(work, dir, QStringLiteral("merge-target.griddesk"));
        const QString plain = copyOfWorkFile(work, dir, QStringLiteral("naive-target.griddesk"));
        if (ours.isEmpty() || plain.isEmpty()) {
            out.error = QStringLiteral("cannot copy %1").arg(work->path);
            return out;
        }
        double naiveMs = 0;
        if (delta || again) {
            if (QString e = naiveMerge(plain, office.package, &naiveMs); !e.isEmpty()) {
                out.error = e;
                return out;
            }
            settleWrites();
        }
        if (QString e = naiveMerge(plain, delta ? office.delta : office.package, &naiveMs); !e.isEmpty()) {
            out.error = e;
            return out;
        }
        Merged first = mergeInto(ours, office.package);
        if (!first.error.isEmpty()) {
            out.error = first.error;
            return out;
        }
        if (!delta && !again) {
            out.ms << first.ms;
            out.notes << QStringLiteral("run %1: %2").arg(run + 1).arg(totals(first.report));
        } else if (delta) {
            // The delta comes days later, to a file whose log was folded in when it was last
            // closed cleanly: the first merge's 2.5 GB log is folded here, untimed.
            if (QString e = foldLog(ours); !e.isEmpty()) {
                out.error = e;
                return out;
            }
            settleWrites();
            Merged second = mergeInto(ours, office.delta);
            if (!second.error.isEmpty()) {
                out.error = second.error;
                return out;
            }
            out.ms << second.ms;
            out.notes << QStringLiteral("run %1: %2").arg(run + 1).arg(totals(second.report));
        } else {
            // What griddesk-cli merge does first: the claim read and looked up in the ledger.
            auto opened = gd::Database::open(ours);
            if (!opened) {
                out.error = opened.message();
                return out;
            }
            const bench::Stopwatch watch;
            const auto claim = gd::exchange::PackageReader::claimed(office.package);
            const bool skipped = gd::exchange::wasMerged(*opened.value(), claim.content);
            out.ms << watch.ms();
            if (!skipped) {
                out.error = QStringLiteral("the package was not found in the ledger");
                return out;
            }
        }
        out.baselineMs << naiveMs;
        removeCopy(ours);
        removeCopy(plain);
    }
    return out;
}

bench::Outcome runExport(const bench::Options &options)
{
    bench::Outcome out;
    bench::CaseWorkDb *work = bench::caseWorkDb(options, &out);
    if (!work)
        return out;
    QTemporaryDir temporary;
    const QString dir = options.dir.isEmpty() ? temporary.path() : options.dir;
    const QString package = QDir(dir).filePath(QStringLiteral("million.gdpkg"));
    const QString plain = QDir(dir).filePath(QStringLiteral("million-plain.sqlite"));
    for (int run = 0; run < options.runs; ++run) {
        const bench::Stopwatch watch;
        auto report = gd::exchange::exportPackage(*work->db, package);
        out.ms << watch.ms();
        if (!report) {
            out.error = report.message();
            return out;
        }
        if (run == 0)
            out.notes << QStringLiteral("package of %1 MB").arg(double(report->bytes) / 1048576.0, 0, 'f', 0);
        QFile::remove(plain);
        QFile empty(plain); // an empty file is an empty database for the plain copy to fill
        if (!empty.open(QIODevice::WriteOnly)) {
            out.error = empty.errorString();
            return out;
        }
        empty.close();
        double naiveMs = 0;
        const QString e =
            plainSql(plain, work->path, QStringLiteral("CREATE TABLE main.%1 AS SELECT %2 FROM other.%1"), &naiveMs);
        out.baselineMs << naiveMs;
        QFile::remove(plain);
        QFile::remove(package);
        if (!e.isEmpty()) {
            out.error = e;
            return out;
        }
    }
    return out;
}

const bench::Registrar mergeScenario({QStringLiteral("exchange-merge"),
                                      QStringLiteral("merge a 100,000-case package into the million-case file (vs "
                                                     "ATTACH + INSERT OR REPLACE)"),
                                      [](const bench::Options &o) { return runMerge(o, false, false); }});
const bench::Registrar againScenario({QStringLiteral("exchange-again"),
                                      QStringLiteral("import a package already merged (vs INSERT OR REPLACE again)"),
                                      [](const bench::Options &o) { return runMerge(o, false, true); }});
const bench::Registrar deltaScenario({QStringLiteral("exchange-delta"),
                                      QStringLiteral("merge the next package: 10,000 notes (vs INSERT OR REPLACE)"),
                                      [](const bench::Options &o) { return runMerge(o, true, false); }});
const bench::Registrar exportScenario({QStringLiteral("exchange-export"),
                                       QStringLiteral("export the million-case file (vs a plain copy of its tables)"),
                                       runExport});

} // namespace
