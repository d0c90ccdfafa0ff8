#include "DemoCases.h"

#include "DemoCaseStream.h"
#include "DemoCaseTimeline.h"
#include "DemoCaseWriter.h"
#include "DemoPlan.h"
#include "org/OfficeSettings.h"
#include "stats/StatsStore.h"
#include "storage/Database.h"
#include "storage/Logging.h"
#include "storage/RowStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace gd {

namespace {

using namespace demo;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::DemoCases)
};

// Shinan's merged platform: about 200,000 requests a year, 550 a day over 11 streets.
constexpr double kCasesPerDay = 550;
constexpr int kShortestPeriodDays = 60; // enough for a realistic share of archived cases
constexpr int kLongestPeriodDays = 365;
constexpr int kReportEvery = 1024; // cases between progress calls

// For the load, when no transaction is open yet (the settings cannot change inside one): no
// foreign-key checks (every reference comes from the live rows DemoOrg read; the test checks
// the result with PRAGMA foreign_key_check), and a rollback journal instead of the WAL, so the
// new pages are written once into the file instead of into the WAL and then again by the
// checkpoint at commit. The journal still makes a cancel or a failure roll everything back.
// Switching needs the file to itself; when another connection holds it, the WAL stays. Both
// settings are given back afterwards, after the transaction ended. Temporary storage goes to
// files for the load: with temp_store=MEMORY (Database's setting) SQLite sorts each CREATE INDEX
// as one list on one thread; with files it sorts runs on helper threads and merges them.
class BulkLoadScope
{
public:
    explicit BulkLoadScope(Database &db)
        : m_db(db)
    {
        if (db.inTransaction())
            return;
        m_foreignKeys = pragma(QStringLiteral("foreign_keys")) == QLatin1String("1");
        if (m_foreignKeys)
            logFailure(exec(db.sql(), QStringLiteral("PRAGMA foreign_keys=OFF")), "foreign keys off for a bulk load");
        if (pragma(QStringLiteral("journal_mode")) == QLatin1String("wal"))
            m_wal = pragma(QStringLiteral("journal_mode=DELETE")) == QLatin1String("delete");
        m_tempStore = pragma(QStringLiteral("temp_store"));
        if (m_tempStore != QLatin1String("1"))
            logFailure(exec(db.sql(), QStringLiteral("PRAGMA temp_store=FILE")), "temp store in a file");
    }
    ~BulkLoadScope()
    {
        if (!m_tempStore.isEmpty() && m_tempStore != QLatin1String("1"))
            logFailure(exec(m_db.sql(), QStringLiteral("PRAGMA temp_store=") + m_tempStore), "temp store put back");
        if (m_wal)
            pragma(QStringLiteral("journal_mode=WAL"));
        if (m_foreignKeys)
            logFailure(exec(m_db.sql(), QStringLiteral("PRAGMA foreign_keys=ON")), "foreign keys back on");
    }

private:
    QString pragma(const QString &text)
    {
        QSqlQuery q(m_db.sql());
        return q.exec(QStringLiteral("PRAGMA ") + text) && q.next() ? q.value(0).toString() : QString();
    }
    Database &m_db;
    bool m_foreignKeys = false;
    bool m_wal = false;
    QString m_tempStore; // empty: left alone
};

bool holdsRows(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next();
}

struct Period {
    qint64 fromMs = 0, toMs = 0;
};

// The receive times: endMs back over the period the count calls for, clamped to the years the
// working-day calendar covers so that every deadline can be counted (see DemoCases.h).
Result<Period> periodFor(const WorkCalendar &calendar, const DeadlineRules &rules, qint64 endMs, int count,
                         int wantedDays)
{
    const QList<int> years = calendar.years();
    auto uncovered = [] {
        return Error::make(ErrorKind::Data,
                           Text::tr("The working-day calendar covers no time in which demo cases could be received. An "
                                    "administrator must add the official holidays and make-up working days first."));
    };
    if (years.isEmpty())
        return uncovered();
    int firstYear = years.last();
    while (years.contains(firstYear - 1))
        --firstYear;
    // The longest chain of working days an open case may still need: its deadline, then one
    // extension (the handler's deadline starts at sign-for, no later than endMs).
    int longest = std::max(rules.normalDays, rules.urgentDays);
    for (const int days : rules.typeDays)
        longest = std::max(longest, days);
    const int needed = longest + rules.extensionMaxDays + 1;
    QDate last(years.last(), 12, 31);
    for (int counted = 0; counted < needed && last.year() >= firstYear; last = last.addDays(-1))
        if (calendar.isWorkingDay(last))
            ++counted;
    const qint64 latest = WorkCalendar::endOfDay(last).toMSecsSinceEpoch();
    const qint64 earliest = WorkCalendar::endOfDay(QDate(firstYear, 1, 1).addDays(-1)).toMSecsSinceEpoch() + 1;

    Period p;
    p.toMs = std::min(endMs, latest);
    const int days = wantedDays > 0
                         ? std::min(wantedDays, kLongestPeriodDays)
                         : std::clamp(int(std::ceil(count / kCasesPerDay)), kShortestPeriodDays, kLongestPeriodDays);
    p.fromMs = std::max(chinaDayStartMs(chinaDay(p.toMs) - days + 1), earliest);
    if (p.fromMs >= p.toMs)
        return uncovered();
    return p;
}

// Fewer requests on weekends and holidays, a few more in the heating season.
double dayWeight(const WorkCalendar &calendar, qint64 day)
{
    const QDate date = QDate::fromJulianDay(day + 2440588); // 1970-01-01 is Julian day 2440588
    double w = calendar.isWorkingDay(date) ? 1.0 : 0.55;
    const int month = date.month();
    if (month == 12 || month <= 2 || (month == 11 && date.day() >= 15) || (month == 3 && date.day() <= 15))
        w *= 1.1;
    return w;
}

// Splits total over the weights, largest remainders first (ties to the earlier day).
std::vector<int> apportion(int total, const std::vector<double> &weights)
{
    double sum = 0;
    for (const double w : weights)
        sum += w;
    std::vector<int> parts(weights.size());
    std::vector<std::pair<double, size_t>> remainders;
    int given = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        const double exact = total * weights[i] / sum;
        parts[i] = int(std::floor(exact));
        given += parts[i];
        remainders.emplace_back(exact - parts[i], i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int k = 0; k < total - given; ++k)
        ++parts[remainders[size_t(k) % remainders.size()].second];
    return parts;
}

// Channel mix (walk-in, phone, 12345, online, patrol) and when in the day each one arrives.
int drawChannel(Rng &rng)
{
    const double x = rng.unit();
    return x < 0.17 ? WalkIn : x < 0.37 ? Phone : x < 0.73 ? Hotline : x < 0.90 ? Online : Patrol;
}

qint64 drawTimeOfDay(Rng &rng, int channel)
{
    switch (channel) {
    case WalkIn: return rng.between(8 * kHourMs + 30 * kMinuteMs, 17 * kHourMs + 30 * kMinuteMs);
    case Phone: return rng.between(8 * kHourMs, 20 * kHourMs);
    case Patrol: return rng.between(8 * kHourMs + 30 * kMinuteMs, 17 * kHourMs);
    default: break;
    }
    // The hotline and the platform take requests around the clock, mostly in the daytime.
    static const double hours[24] = {0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 4, 4, 4,   4,
                                     3,   3,   4,   4,   4,   4,   3,   3,   3, 3, 1.5, 0.8};
    static const double total = [] {
        double t = 0;
        for (const double h : hours)
            t += h;
        return t;
    }();
    double x = rng.unit() * total;
    int hour = 0;
    while (hour < 23 && x >= hours[hour])
        x -= hours[hour++];
    return hour * kHourMs + rng.between(0, kHourMs);
}

} // namespace

Result<DemoCaseSummary> DemoCases::generate(Database &db, const DemoCaseOptions &options)
{
    if (options.count < 1 || options.count > kMaxCount)
        return Error::invalid(QStringLiteral("count"),
                              Text::tr("Number of demo cases: between 1 and %1.").arg(QLocale().toString(kMaxCount)));
    ScopedActor asSystem(db, Actor::system());
    BulkLoadScope bulk(db);
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    auto progress = [&](double fraction) -> Status {
        if (options.progress && !options.progress(fraction))
            return Error::cancelled();
        return {};
    };
    if (Status s = progress(0.0); !s)
        return s.error();
    // Checked under the write lock. Any case row, deleted ones included: the ids would collide.
    if (holdsRows(db, QStringLiteral("SELECT 1 FROM cases LIMIT 1")))
        return Error::make(ErrorKind::Invalid,
                           Text::tr("This file already holds cases. Demo cases can only be generated "
                                    "into a file that has none."));
    auto org = DemoOrg::load(db);
    if (!org)
        return org.error();
    if (org->buildings.empty())
        return Error::make(ErrorKind::Invalid, Text::tr("This file has no grids with buildings. Generate the demo "
                                                        "district first: demo cases are placed in its buildings."));

    const DeadlineRules rules = DeadlineRules::load(db);
    const WorkCalendar calendar = WorkCalendar::load(db);
    const qint64 now = db.nowMs();
    auto period =
        periodFor(calendar, rules, options.endMs > 0 ? std::min(options.endMs, now) : now, options.count, options.days);
    if (!period)
        return period.error();

    // A stream of its own: the same seed makes the district and its cases independently.
    Rng rng(options.seed ^ 0xC0FFEE5EED0CA5E5ULL);
    CaseSimulator simulator(*org, rules, calendar, options.seed, period->toMs, rng);
    simulator.setCaseCode(OfficeSettings(db).load().caseCode);
    if (Status s = simulator.prepare(); !s)
        return s.error();

    // About 4 KiB of pages per case while loading, at most 1 GiB (the primary-key indexes of
    // cases and case_events are what must stay in memory).
    const qint64 cacheKiB = std::clamp<qint64>(qint64(options.count) * 4, 2000, 1024 * 1024);
    CaseBulkWriter writer(db);
    if (Status s = writer.open(*org, cacheKiB, options.count); !s)
        return s.error();
    if (Status s = writer.dropIndexes(); !s)
        return s.error();
    // The figures' aggregate is counted once at the end, not case by case as its triggers would.
    if (Status s = stats::suspendTriggers(db.sql()); !s)
        return s.error();
    // Of the progress: the rows with their search entries, then the indexes, then the merge of
    // the search index.
    const double loadShare = 0.8, indexShare = 0.1;

    const qint64 firstDay = chinaDay(period->fromMs), lastDay = chinaDay(period->toMs);
    std::vector<double> weights;
    for (qint64 day = firstDay; day <= lastDay; ++day)
        weights.push_back(dayWeight(calendar, day));
    const qint64 lastDayStart = chinaDayStartMs(lastDay);
    const double elapsed = double(period->toMs - lastDayStart - 7 * kHourMs) / double(13 * kHourMs);
    weights.back() *= std::clamp(elapsed, 0.02, 1.0);
    const std::vector<int> perDay = apportion(options.count, weights);

    // The receive times, day by day in order, drawn on the stream's thread as the cases are made.
    qint64 day = firstDay - 1;
    std::vector<std::pair<qint64, int>> today;
    size_t next = 0;
    auto make = [&](int ordinal, CaseRecord &record) -> Status {
        while (next == today.size()) {
            if (++day > lastDay) // perDay adds up to the count: never, unless a bug
                return Error::make(ErrorKind::Internal, QStringLiteral("demo cases: more cases than days hold"));
            const qint64 start = chinaDayStartMs(day);
            today.clear();
            next = 0;
            for (int k = 0; k < perDay[size_t(day - firstDay)]; ++k) {
                const int channel = drawChannel(rng);
                qint64 at = start + drawTimeOfDay(rng, channel);
                if (at > period->toMs) // the last day: squeezed into the part already gone
                    at = start + qint64(double(at - start) * double(period->toMs - start) / double(kDayMs));
                today.emplace_back(std::max(at, period->fromMs), channel);
            }
            std::sort(today.begin(), today.end());
        }
        const auto [at, channel] = today[next++];
        return simulator.make(ordinal, at, channel, record);
    };

    DemoCaseSummary sum;
    sum.fromMs = period->fromMs;
    sum.toMs = period->toMs;
    QElapsedTimer clock;
    clock.start();
    {
        CaseStream stream(options.count, make);
        int ordinal = 0;
        while (const CaseRecord *record = stream.next()) {
            if (Status s = writer.write(*record); !s)
                return s.error();
            ++ordinal;
            ++sum.cases;
            sum.events += record->eventCount;
            const bool open = isOpen(record->state);
            sum.open += open ? 1 : 0;
            sum.overdue += open && record->dueMs > 0 && record->dueMs < period->toMs ? 1 : 0;
            sum.repeated += record->reportCount > 1 ? 1 : 0;
            sum.reports += record->reportCount - 1;
            sum.proactive += record->proactive ? 1 : 0;
            if (ordinal % kReportEvery == 0)
                if (Status s = progress(loadShare * ordinal / options.count); !s)
                    return s.error();
        }
        if (Status s = stream.error(); !s)
            return s.error();
    }
    if (Status s = writer.flush(); !s)
        return s.error();
    qCDebug(lcCases) << "demo cases: made and wrote" << sum.cases << "cases in" << clock.restart() << "ms";
    if (Status s = writer.createIndexes([&](double f) { return progress(loadShare + indexShare * f); }); !s)
        return s.error();
    qCDebug(lcCases) << "demo cases: indexes made in" << clock.restart() << "ms";
    if (Status s = writer.finishSearch(); !s)
        return s.error();
    qCDebug(lcCases) << "demo cases: search index merged in" << clock.restart() << "ms";
    if (Status s = stats::rebuild(db.sql()); !s)
        return s.error();
    qCDebug(lcCases) << "demo cases: figures counted in" << clock.restart() << "ms";

    // One audit entry for the whole generation, not one per row (a million cases would double
    // the file for no reader).
    const QVariantMap after{{QStringLiteral("count"), sum.cases},
                            {QStringLiteral("events"), sum.events},
                            {QStringLiteral("seed"), options.seed < (1ULL << 53)
                                                         ? QVariant(qint64(options.seed))
                                                         : QVariant(QString::number(options.seed))},
                            {QStringLiteral("from_ms"), sum.fromMs},
                            {QStringLiteral("to_ms"), sum.toMs}};
    if (Status s = audit::record(db, db.nextStamp(), QStringLiteral("demo_cases"), QStringLiteral("cases"),
                                 demoId(options.seed, QStringLiteral("cases")), {}, after);
        !s)
        return s.error();
    db.noteChanged(QStringLiteral("cases"));
    db.noteChanged(QStringLiteral("case_events"));
    if (Status s = progress(1.0); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return sum;
}

} // namespace gd
