// Scenarios on a city's hub: "hub-figures" (the figures of a year, any scope), "hub-delta" (an
// office's 10,000 notes taken) and "hub-package" (the office's package after them), on a hub of
// GRIDDESK_BENCH_HUB_COPIES (default 10) districts of the office's size: 2,000,000 requests.
//
// Made once per invocation, untimed: a new hub database takes the office's package of everything
// (HubBench.h); the hub's first package for the office is written and confirmed (the hub's
// applyOfficeAcks, as the office's next package would), and the office confirms its own package
// (exchange::applyAcks, as the hub's package would); then the hub's streets, communities, grids
// and requests are copied in SQL as nine more districts (new ids, the same stamps) and the
// figures' aggregate is counted again from all of them.
//
// hub-figures, per run, each of eight requests once (a sample each): the last year's whole months
// for the city, by street, grid, category and handler, a street by community, a grid by month,
// and a cut period by street. Baseline: the same period counted straight from the cases table
// (cases, done, on time, by grid) with one GROUP BY.
// hub-delta, per run: the office writes 10,000 notes on its open requests and sends what the hub
// has not confirmed (untimed); timed: ingestPackage. Baseline: naiveLoad of the same package.
// hub-package, per run after hub-delta: timed: writePackageFor the office. Baseline: the same
// rows (past the office's confirmed watermarks) read with a plain SELECT per table.
#include "HubCity.h"
#include "cases/CaseService.h"
#include "exchange/ExchangeTables.h"
#include "exchange/PackageExport.h"
#include "exchange/PeerWatermarks.h"
#include "exchange/Trust.h"
#include "hub/HubFigures.h"
#include "hub/HubIngest.h"
#include "hub/HubOffices.h"
#include "hub/HubPackage.h"
#include "hub/HubSchema.h"
#include "hub/HubTrust.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QTimeZone>

namespace hubbench {

namespace {

int copiesWanted()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("GRIDDESK_BENCH_HUB_COPIES", &ok);
    return ok && n > 0 ? n : 10;
}

// The columns of a hub table, each as written for copy k: the ids (and what names a copied row)
// suffixed with k, the rest as they are.
QString copiedColumns(gd::hub::HubConnection &hub, const QString &table, const QStringList &suffixed, QString *columns,
                      QString *error)
{
    auto q = hub.run(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                    "current_schema() AND table_name = ? ORDER BY ordinal_position"),
                     {table});
    if (!q) {
        *error = q.message();
        return {};
    }
    QStringList names, values;
    while (q->next()) {
        const QString c = gd::hub::pgIdentifier(q->value(0).toString());
        names << c;
        values << (suffixed.contains(q->value(0).toString()) ? QStringLiteral("%1 || '~' || k").arg(c) : c);
    }
    *columns = names.join(QStringLiteral(", "));
    return values.join(QStringLiteral(", "));
}

QString build(City &c, const bench::Options &options)
{
    Office &o = office(options);
    if (!o.error.isEmpty())
        return o.error;
    QString error;
    const QString server = hubbench::server(&error);
    if (server.isEmpty())
        return error;
    c.dir = QFileInfo(o.package).absolutePath();
    const bench::Stopwatch watch;
    c.db = std::make_unique<Scratch>(server);
    if (!c.db->error.isEmpty())
        return c.db->error;
    gd::hub::HubConnection &hub = *c.db->hub;
    const auto sender = gd::exchange::packageSender(o.package);
    if (gd::Status s = gd::hub::trustHubOffice(hub, *sender, sender->fingerprint); !s)
        return s.message();
    auto taken = gd::hub::ingestPackage(hub, o.package);
    if (!taken)
        return taken.message();
    c.officeSite = taken->sourceSite;
    auto id = gd::hub::hubIdentity(hub);
    if (!id)
        return id.message();
    c.hubSite = id->siteId;
    // Each side confirms the other's package, as their next packages would.
    auto first = gd::hub::writePackageFor(hub, c.officeSite, QDir(c.dir).filePath(QStringLiteral("hub-first.gdpkg")));
    if (!first)
        return first.message();
    if (gd::Status s = gd::hub::applyOfficeAcks(hub, {QString::fromLatin1(first->content.toHex())}, c.officeSite); !s)
        return s.message();
    auto opened = gd::Database::open(o.file);
    if (!opened)
        return opened.message();
    c.office = std::move(opened.value());
    c.office->setActor(gd::Actor::system());
    {
        gd::Transaction tx(*c.office);
        if (gd::Status s = gd::exchange::applyAcks(*c.office, {o.content}, c.hubSite); !s)
            return s.message();
        if (gd::Status s = tx.commit(); !s)
            return s.message();
    }
    // Nine more districts: copies of the places and requests under new ids, the same stamps.
    const int copies = copiesWanted();
    const struct {
        const char *table;
        QStringList suffixed;
    } copied[] = {
        {"streets", {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name")}},
        {"communities", {QStringLiteral("id"), QStringLiteral("street_id"), QStringLiteral("code")}},
        {"grids", {QStringLiteral("id"), QStringLiteral("community_id"), QStringLiteral("code")}},
        {"cases", {QStringLiteral("id"), QStringLiteral("grid_id"), QStringLiteral("number")}},
        {"hub_search", {QStringLiteral("case_id")}},
    };
    if (gd::Status s = hub.exec(QStringLiteral("BEGIN")); !s)
        return s.message();
    for (const auto &t : copied) {
        QString columns;
        const QString values = copiedColumns(hub, QLatin1String(t.table), t.suffixed, &columns, &error);
        if (values.isEmpty())
            return error;
        if (gd::Status s = hub.exec(QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %1, generate_series(1, %4) AS k")
                                        .arg(QLatin1String(t.table), columns, values)
                                        .arg(copies - 1));
            !s)
            return s.message();
    }
    if (gd::Status s = hub.exec(QStringLiteral("UPDATE hub_meta SET value = '' WHERE key = 'stats_definition'")); !s)
        return s.message();
    if (gd::Status s = hub.exec(QStringLiteral("COMMIT")); !s)
        return s.message();
    const bench::Stopwatch figures;
    if (auto upgraded = gd::hub::initHub(hub, QString()); !upgraded)
        return upgraded.message();
    c.figuresMs = figures.ms();
    if (gd::Status s = hub.exec(QStringLiteral("ANALYZE")); !s)
        return s.message();
    auto n = hub.scalar(QStringLiteral("SELECT count(*) FROM cases"));
    if (!n)
        return n.message();
    c.cases = n->toLongLong();
    c.buildMs = watch.ms();
    return {};
}

// The last year's whole months the cases reach, and a cut period inside it.
QPair<QDate, QDate> lastYear(gd::hub::HubConnection &hub)
{
    auto newest = hub.scalar(QStringLiteral("SELECT max(received_ms) FROM cases"));
    const QDate last = QDateTime::fromMSecsSinceEpoch(newest ? newest->toLongLong() : 0, QTimeZone(8 * 3600)).date();
    const QDate end = QDate(last.year(), last.month(), 1).addDays(-1);
    return {QDate(end.year(), end.month(), 1).addMonths(-11), end};
}

bench::Outcome figuresScenario(const bench::Options &options)
{
    bench::Outcome out;
    City *made = city(options, &out);
    if (!made)
        return out;
    City &c = *made;
    gd::hub::HubConnection &hub = *c.db->hub;
    const auto [from, to] = lastYear(hub);
    using gd::stats::Breakdown;
    using gd::stats::StatsScope;
    const StatsScope city{},
        street{StatsScope::Street, firstValue(hub, "SELECT id FROM streets ORDER BY code LIMIT 1")},
        grid{StatsScope::Grid, firstValue(hub, "SELECT grid_id FROM cases GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")};
    QList<gd::stats::StatsRequest> requests;
    for (const auto &[scope, by] :
         {std::pair{city, Breakdown::None}, std::pair{city, Breakdown::Street}, std::pair{city, Breakdown::Grid},
          std::pair{city, Breakdown::Category}, std::pair{city, Breakdown::Handler},
          std::pair{street, Breakdown::Community}, std::pair{grid, Breakdown::Month}})
        requests << gd::stats::StatsRequest{scope, from, to, gd::stats::View::Received, by};
    requests << gd::stats::StatsRequest{city, from.addMonths(2).addDays(9), to.addMonths(-1).addDays(-10),
                                        gd::stats::View::Completed, Breakdown::Street};
    const gd::stats::FigureSource source = gd::hub::hubFigureSource(hub);
    qint64 counted = 0;
    QList<QList<double>> perRequest(requests.size());
    for (int run = 0; run < options.runs; ++run)
        for (int i = 0; i < requests.size(); ++i) {
            const gd::stats::StatsRequest &r = requests.at(i);
            const bench::Stopwatch watch;
            auto t = gd::stats::count(source, r);
            out.ms << watch.ms();
            perRequest[i] << out.ms.last();
            if (!t) {
                out.error = t.message();
                return out;
            }
            counted = qMax(counted, t->total[QStringLiteral("n")]);
            const qint64 fromMs = QDateTime(r.from, QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
            const qint64 toMs = QDateTime(r.to.addDays(1), QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
            const bench::Stopwatch naive;
            auto q = hub.run(QStringLiteral("SELECT grid_id, count(*), sum(CASE WHEN completed_ms > 0 THEN 1 ELSE 0 "
                                            "END), sum(CASE WHEN completed_ms > 0 AND (coalesce(due_ms, 0) <= 0 OR "
                                            "completed_ms <= due_ms) THEN 1 ELSE 0 END) FROM cases WHERE deleted = 0 "
                                            "AND state <> 'merged' AND received_ms >= ? AND received_ms < ? GROUP BY "
                                            "grid_id"),
                             {fromMs, toMs});
            if (!q) {
                out.error = q.message();
                return out;
            }
            while (q->next()) {
            }
            out.baselineMs << naive.ms();
        }
    out.notes << QStringLiteral("hub-figures: %1 requests in the hub (%2 districts), the city's year %3 to %4 holding "
                                "%5; made in %6 s, of which the figures' aggregate %7 s; each sample one of %8 "
                                "requests; baseline: the same period's cases, done and on time by grid with one "
                                "GROUP BY over the cases")
                     .arg(c.cases)
                     .arg(copiesWanted())
                     .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                     .arg(counted)
                     .arg(c.buildMs / 1000, 0, 'f', 0)
                     .arg(c.figuresMs / 1000, 0, 'f', 0)
                     .arg(requests.size());
    QStringList each;
    for (int i = 0; i < requests.size(); ++i)
        each << QStringLiteral("%1%2 %3 ms")
                    .arg(gd::stats::breakdownKeys().at(int(requests.at(i).by)))
                    .arg(requests.at(i).from.day() == 1 ? QString() : QStringLiteral(" (cut)"))
                    .arg(bench::percentile(perRequest.at(i), 50), 0, 'f', 0);
    out.notes << QStringLiteral("hub-figures medians: ") + each.join(QStringLiteral(", "));
    return out;
}

// The office's `count` notes on its open requests, sent as what the hub has not confirmed.
QString writeDelta(City &c, int count, QString *path, qint64 *rows)
{
    QSqlQuery q(c.office->sql());
    // The same open requests each time (a note is a new event however many a case has).
    if (!q.exec(QStringLiteral("SELECT id FROM cases WHERE deleted = 0 AND state IN ('registered', 'accepted', "
                               "'dispatched', 'returned', 'signed', 'in_progress', 'completed') ORDER BY id LIMIT %1")
                    .arg(count)))
        return QStringLiteral("cannot list the office's requests");
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    gd::CaseService service(*c.office);
    {
        gd::Transaction tx(*c.office);
        // A district's open requests are fewer than the notes: each takes several.
        if (ids.isEmpty())
            return QStringLiteral("the office has no request that takes a note");
        for (int i = 0; i < count; ++i)
            if (auto done = service.act(ids.at(i % ids.size()),
                                        {gd::workflow::Action::Note, QStringLiteral("已电话联系居民，约定上门时间")});
                !done)
                return done.message();
        if (gd::Status s = tx.commit(); !s)
            return s.message();
    }
    *path = QDir(c.dir).filePath(QStringLiteral("hub-delta-%1.gdpkg").arg(++c.deltas));
    gd::exchange::ExportScope toHub;
    toHub.sinceLastTo = QLatin1String(kPeer);
    auto written = gd::exchange::exportPackage(*c.office, *path, toHub);
    if (!written)
        return written.message();
    *rows = 0;
    for (const gd::exchange::TableDigest &t : written->tables)
        *rows += t.rows;
    // Confirmed at once, as the hub's next package would: the next delta carries only its notes.
    gd::Transaction tx(*c.office);
    if (gd::Status s = gd::exchange::applyAcks(*c.office, {QString::fromLatin1(written->content.toHex())}, c.hubSite);
        !s)
        return s.message();
    return tx.commit().ok() ? QString() : QStringLiteral("cannot record the acknowledgement");
}

// The rows a package for the office carries, read plainly: past its confirmed watermarks.
QString naivePackageRead(City &c, qint64 *rows)
{
    gd::hub::HubConnection &hub = *c.db->hub;
    auto marks = gd::hub::officeMarks(hub, c.officeSite);
    if (!marks)
        return marks.message();
    QStringList known;
    for (auto it = marks->cbegin(); it != marks->cend(); ++it)
        known << QStringLiteral("(site = '%1' AND hlc <= %2)").arg(it.key()).arg(it.value());
    const QString past = known.isEmpty() ? QStringLiteral("true") : QStringLiteral("NOT (%1)").arg(known.join(" OR "));
    *rows = 0;
    for (const gd::exchange::ExchangeTable &t : gd::exchange::exchangeTables()) {
        auto q = hub.run(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(gd::hub::pgIdentifier(t.name), past));
        if (!q)
            return q.message();
        while (q->next())
            ++*rows;
    }
    return {};
}

bench::Outcome deltaScenario(const bench::Options &options, bool package)
{
    bench::Outcome out;
    City *made = city(options, &out);
    if (!made)
        return out;
    City &c = *made;
    gd::hub::HubConnection &hub = *c.db->hub;
    constexpr int kNotes = 10000;
    qint64 deltaRows = 0, packageRows = 0, naiveRows = 0;
    for (int run = 0; run < options.runs; ++run) {
        QString path;
        if (QString e = writeDelta(c, kNotes, &path, &deltaRows); !e.isEmpty()) {
            out.error = e;
            return out;
        }
        const bench::Stopwatch ingest;
        auto taken = gd::hub::ingestPackage(hub, path);
        const double ingestMs = ingest.ms();
        if (!taken) {
            out.error = taken.message();
            return out;
        }
        const bench::Stopwatch write;
        auto written = gd::hub::writePackageFor(hub, c.officeSite,
                                                QDir(c.dir).filePath(QStringLiteral("hub-after-%1.gdpkg").arg(run)));
        const double writeMs = write.ms();
        if (!written) {
            out.error = written.message();
            return out;
        }
        packageRows = written->rows;
        const bench::Stopwatch naive;
        const QString e = package ? naivePackageRead(c, &naiveRows) : naiveLoad(hub, path);
        out.baselineMs << naive.ms();
        if (!e.isEmpty()) {
            out.error = e;
            return out;
        }
        out.ms << (package ? writeMs : ingestMs);
        // The office merged it, as far as the hub knows: the next package starts after it.
        if (gd::Status s = gd::hub::applyOfficeAcks(hub, {QString::fromLatin1(written->content.toHex())}, c.officeSite);
            !s) {
            out.error = s.message();
            return out;
        }
    }
    if (package)
        out.notes << QStringLiteral("hub-package: the package for the office after each delta, %1 rows; baseline: "
                                    "the %2 rows past its watermarks read with a plain SELECT per table")
                         .arg(packageRows)
                         .arg(naiveRows);
    else
        out.notes << QStringLiteral("hub-delta: %1 notes from the office (%2 rows) into the hub of %3 requests; "
                                    "baseline: COPY + upsert of the same package")
                         .arg(kNotes)
                         .arg(deltaRows)
                         .arg(c.cases);
    return out;
}

const bench::Registrar figures({QStringLiteral("hub-figures"),
                                QStringLiteral("the figures of a city's year on the hub, any scope, against one "
                                               "GROUP BY over the cases"),
                                figuresScenario});
const bench::Registrar delta({QStringLiteral("hub-delta"),
                              QStringLiteral("an office's 10,000 notes taken by a city's hub, against COPY and an "
                                             "upsert of the same package"),
                              [](const bench::Options &o) { return deltaScenario(o, false); }});
const bench::Registrar package({QStringLiteral("hub-package"),
                                QStringLiteral("the package for an office after its 10,000 notes, against reading "
                                               "the same rows"),
                                [](const bench::Options &o) { return deltaScenario(o, true); }});

} // namespace

City *city(const bench::Options &options, bench::Outcome *out)
{
    static City c;
    static bool built = false;
    if (!built) {
        built = true;
        // Closed with the application: Qt's register of connections is gone by the time statics go.
        qAddPostRoutine([] {
            c.office.reset();
            c.db.reset();
        });
        c.error = build(c, options);
    }
    if (!c.error.isEmpty()) {
        out->error = c.error;
        return nullptr;
    }
    return &c;
}

} // namespace hubbench
