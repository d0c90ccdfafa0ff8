// Scenario "demo-office": what a first start builds (demo/DemoOffice.h) into a fresh file — the
// demo district, a year of 20,000 cases, the eleven past months' star reviews typed in and
// approved, and a street office's package merged with a conflict left — timed whole, as the
// first start's progress dialog shows it; the target is under 10 s. No baseline: the parts have
// theirs in the scenarios "demo" (the district) and "cases" (generating cases).
#include "Bench.h"
#include "demo/DemoOffice.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

namespace {

bench::Outcome runDemoOffice(const bench::Options &options)
{
    bench::Outcome out;
    QTemporaryDir temporary;
    const QString dir = options.dir.isEmpty() ? temporary.path() : options.dir;
    gd::DemoOfficeSummary last;
    double districtShare = 0, casesShare = 0, reviewShare = 0;
    for (int run = 0; run < options.runs; ++run) {
        const QString path = QDir(dir).filePath(QStringLiteral("office-run-%1.griddesk").arg(run + 1));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        auto db = gd::Database::open(path);
        if (!db)
            return {{}, {}, {}, db.message()};
        QElapsedTimer stages;
        gd::DemoOfficeOptions o;
        o.workDir = dir;
        // The stages' ends, read from the progress the build reports (0.15, 0.7, 0.9).
        double mark = 0;
        o.progress = [&](double f) {
            const double ms = double(stages.nsecsElapsed()) / 1e6;
            if (mark < 0.15 && f >= 0.15)
                districtShare = ms;
            if (mark < 0.7 && f >= 0.7)
                casesShare = ms;
            if (mark < 0.9 && f >= 0.9)
                reviewShare = ms;
            mark = f;
            return true;
        };
        const bench::Stopwatch watch;
        stages.start();
        auto built = gd::DemoOffice::build(*db.value(), o);
        out.ms << watch.ms();
        if (!built)
            return {{}, {}, {}, built.message()};
        last = built.value();
    }
    out.notes << QStringLiteral("%1 cases, %2 events, %3 open (%4 overdue); %5 months reviewed and approved (%6 "
                                "values typed); %7 conflict(s) to settle")
                     .arg(last.cases.cases)
                     .arg(last.cases.events)
                     .arg(last.cases.open)
                     .arg(last.cases.overdue)
                     .arg(last.approvedMonths.size())
                     .arg(last.entries)
                     .arg(last.conflicts);
    out.notes << QStringLiteral("last run by stage: district until %1 ms, cases until %2 ms, reviews until %3 ms, "
                                "then the street office's package")
                     .arg(districtShare, 0, 'f', 0)
                     .arg(casesShare, 0, 'f', 0)
                     .arg(reviewShare, 0, 'f', 0);
    return out;
}

const bench::Registrar demoOfficeScenario({QStringLiteral("demo-office"),
                                           QStringLiteral("what a first start builds: the district, a year of "
                                                          "cases, the past reviews approved, a merged package "
                                                          "(target under 10 s)"),
                                           runDemoOffice});

} // namespace
