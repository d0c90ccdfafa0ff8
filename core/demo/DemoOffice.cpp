#include "DemoOffice.h"

#include "DemoRepeats.h"
#include "DemoRows.h"
#include "exchange/MergeConflicts.h"
#include "exchange/MergeEngine.h"
#include "exchange/OfficeKey.h"
#include "exchange/PackageExport.h"
#include "exchange/PackageReader.h"
#include "exchange/Trust.h"
#include "org/HierarchyService.h"
#include "org/OfficeSettings.h"
#include "people/WorkerService.h"
#include "rating/Appeals.h"
#include "rating/MonthReview.h"
#include "rating/RatingEntries.h"
#include "rating/RatingTemplate.h"
#include "rating/ReviewSettings.h"
#include "rating/TemplateEditor.h"
#include "schema/Tables.h"
#include "storage/Database.h"
#include "storage/RowStore.h"
#include "storage/Transaction.h"
#include "training/TrainingNeeds.h"
#include "training/TrainingSessions.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::DemoOffice)
};

QDate beijingDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).date();
}

// The whole months of the cases' period before the current one: the months a real office would
// have reviewed and approved by now.
QStringList pastMonths(qint64 fromMs, qint64 nowMs)
{
    QDate first = beijingDate(fromMs);
    if (first.day() != 1)
        first = QDate(first.year(), first.month(), 1).addMonths(1);
    const QDate current = beijingDate(nowMs);
    const QDate stop(current.year(), current.month(), 1);
    QStringList months;
    for (QDate m(first.year(), first.month(), 1); m < stop; m = m.addMonths(1))
        months << m.toString(QStringLiteral("yyyy-MM"));
    return months;
}

// The month as it happened: submitted the morning after it ended, its public notice running since.
Status submittedAsItHappened(Database &db, const QString &month)
{
    const qint64 at =
        QDateTime(QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd")).addMonths(1),
                  QTime(9, 0), QTimeZone(8 * 3600))
            .toMSecsSinceEpoch();
    if (at >= db.nowMs())
        return {};
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id FROM rating_months WHERE month = ? AND origin_site = ? AND deleted = 0"));
    q.addBindValue(month);
    q.addBindValue(db.siteId());
    if (!q.exec() || !q.next())
        return Error::make(ErrorKind::Internal, QStringLiteral("the submitted month %1 has no record").arg(month));
    const QString id = q.value(0).toString();
    q.finish();
    return RowStore(db).update(tables::ratingMonths(), id, {{QStringLiteral("submitted_ms"), at}});
}

// The demo office handles a tenth of the district's 200,000 cases a year, about four a month per
// grid worker: its criteria count a handled case 8 points and a problem found on patrol 12 (the
// default 2 and 2.5 suit the full volume), as an office sets its own from its first month. A
// smaller demo (a test's) counts a case for more, so that one and a half of its average month
// reach the item's maximum.
Status fitCriteria(Database &db, const QString &month, double casesPerWorkerMonth)
{
    const double perCase = std::clamp(20 / qMax(0.05, 1.5 * casesPerWorkerMonth), 8.0, 20.0);
    auto items = rating::itemsForMonth(db, month);
    if (!items)
        return items.error();
    QList<rating::RatingItem> fitted = items.value();
    for (rating::RatingItem &item : fitted) {
        if (item.source == QLatin1String("handled"))
            item.params.insert(QStringLiteral("per_case"), std::round(perCase));
        else if (item.source == QLatin1String("proactive"))
            item.params.insert(QStringLiteral("per_case"), 12);
        // The home visits counted from the visits recorded (a point each), as an office that
        // records them does; no longer typed in.
        if (item.code == QLatin1String("visits")) {
            item.kind = QStringLiteral("records");
            item.source = QStringLiteral("visits");
            item.params = QJsonObject{{QStringLiteral("per_visit"), 1.35}};
        }
    }
    if (Status s = rating::saveTemplate(db, month, fitted); !s)
        return s;
    // Its thresholds fit that volume (a month without a case handled scores low): a star from a
    // half-year averaging 80, a poor month below 45, so some go up, most stay and a few go down.
    rating::ReviewRules rules = rating::ReviewRules::load(db);
    rules.stars.promotionScore = 80;
    rules.stars.poorScore = 45;
    return rules.save(db);
}

// A supervisor's month of typed values for every full-time worker: each worker's entered items
// around their own steady level (some do more visits than others), a bonus now and then, and
// one veto in the whole year.
Result<int> typeMonth(Database &db, const QString &month, int monthIndex, const QList<Worker> &workers,
                      const QList<double> &levels, QRandomGenerator &random)
{
    auto items = rating::itemsForMonth(db, month);
    if (!items)
        return items.error();
    QList<rating::EnteredValue> values;
    for (int w = 0; w < workers.size(); ++w) {
        for (const rating::RatingItem &item : items.value()) {
            if (item.kind == QLatin1String("entered")) {
                const double share = std::clamp(levels.at(w) + 0.15 * (random.generateDouble() - 0.5), 0.0, 1.0);
                values.append({workers.at(w).id, item.code, qRound(item.maxPoints * share * 2) / 2.0, {}});
            } else if (item.kind == QLatin1String("bonus") && random.bounded(100) < 12) {
                values.append({workers.at(w).id, item.code, double(1 + random.bounded(int(item.maxPoints))),
                               QStringLiteral("表彰")});
            } else if (item.kind == QLatin1String("veto") && monthIndex == 3 && w == 7) {
                values.append({workers.at(w).id, item.code, 1, QStringLiteral("群众有效投诉，核实属实")});
            }
        }
    }
    if (Status s = rating::enterValues(db, month, values); !s)
        return s.error();
    // The month's training: a session mid-month most attend, and now and then a second.
    // Each answers one of the needs the workers ordered, taught by an expert of the unit that
    // deals with it (the district's article: experts of 11 departments).
    auto needs = training::needs(db);
    if (!needs)
        return needs.error();
    static const char *const kUnits[] = {"区城市管理局", "区住房和城乡建设局", "区信访局",        "区司法局",
                                         "区公安分局",   "区民政局",           "区应急管理局",    "区退役军人事务局",
                                         "区残联",       "区消防救援大队",     "区网格化服务中心"};
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    for (int session = 0; session < (random.bounded(100) < 40 ? 2 : 1); ++session) {
        TrainingSession t;
        t.date = first.addDays(session == 0 ? 14 : 24);
        const TrainingNeed &need = needs->at(int(random.bounded(quint32(needs->size()))));
        t.topic = need.name;
        t.needIds << need.id;
        // The unit and expert from a generator of their own: the month's scores draw from `random`
        // as they did before sessions named them, so the demo's stars stay as they were.
        QRandomGenerator teacher(quint32(first.toJulianDay() * 31 + session));
        t.trainerUnit = QString::fromUtf8(kUnits[teacher.bounded(quint32(std::size(kUnits)))]);
        t.expert = demo::personName(teacher);
        for (int w = 0; w < workers.size(); ++w)
            if (random.bounded(100) < (session == 0 ? 85 : 50) && workers.at(w).status == QLatin1String("active"))
                t.workerIds << workers.at(w).id;
        if (!t.workerIds.isEmpty())
            if (auto recorded = training::recordSession(db, t); !recorded)
                return recorded.error();
    }
    return int(values.size());
}

// The demo's first operator of a role (the supervisor 王主任, the administrator who scores) as the
// actor, or the system when the file has no such operator.
Actor demoOperator(Database &db, Role role, const char *roleKey)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id, login, display_name FROM operators WHERE role = ? AND active = 1 "
                             "ORDER BY created_ms LIMIT 1"));
    q.addBindValue(QLatin1String(roleKey));
    if (!q.exec() || !q.next())
        return Actor::system();
    Actor a;
    a.operatorId = q.value(0).toString();
    a.login = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = role;
    a.signedIn = true;
    return a;
}

Status setField(Database &db, const TableDef &table, const QString &id, const QString &field, const QVariant &value)
{
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    if (Status s = RowStore(db).update(table, id, {{field, value}}); !s)
        return s;
    return tx.commit();
}

// The two demo offices trust each other's keys, as their administrators would after reading the
// fingerprints to each other.
Status trustEachOther(Database &a, Database &b)
{
    for (auto [trusting, trusted] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
        auto key = exchange::officeKey(*trusted);
        if (!key)
            return key.status();
        exchange::TrustedOffice office;
        office.publicKey = key->publicKey;
        office.office = trusted->meta(QStringLiteral("office_name"));
        office.site = trusted->siteId();
        if (Status s = exchange::trustOffice(*trusting, office, exchange::fingerprint(key->publicKey)); !s)
            return s;
    }
    return {};
}

Status sendPackage(Database &from, Database &into, const QString &path, const exchange::ExportScope &scope)
{
    auto written = exchange::exportPackage(from, path, scope);
    if (!written)
        return written.status();
    auto package = exchange::PackageReader::open(path, into);
    if (!package)
        return package.status();
    return exchange::mergePackage(into, **package, false).status();
}

// A street office that took one grid's package from this office, changed the grid's households
// while this office changed them too, and sent its package back: the merge keeps the later
// value and sets the other aside as a conflict to settle.
Result<int> streetOfficeConflict(Database &db, const QString &workDir)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT g.id, g.code, g.households, s.name FROM grids g JOIN communities c ON "
                               "c.id = g.community_id JOIN streets s ON s.id = c.street_id WHERE g.deleted = 0 AND "
                               "g.worker_id IS NOT NULL ORDER BY g.code LIMIT 1")) ||
        !q.next())
        return Error::make(ErrorKind::Data, Text::tr("The demo district has no grid with a worker."));
    const QString gridId = q.value(0).toString(), code = q.value(1).toString(), street = q.value(3).toString();
    const int households = q.value(2).toInt();
    q.finish();

    // The street office is the demo's own throwaway: one left by an earlier demo is made anew.
    const QString path = QDir(workDir).filePath(QStringLiteral("street-office.griddesk"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    Database::Options options;
    options.create = true;
    options.clock = db.sharedClock(); // the same moment as the office, whatever the PC's clock says
    auto opened = Database::open(path, options);
    if (!opened)
        return opened.error();
    Database &office = *opened.value();
    office.setActor(Actor::system());
    OfficeIdentity identity = OfficeSettings(office).load();
    identity.name = street + QStringLiteral("办事处");
    identity.districtCode = QStringLiteral("370202");
    if (Status s = OfficeSettings(office).save(identity); !s)
        return s.error();

    if (Status s = trustEachOther(db, office); !s)
        return s.error();
    exchange::ExportScope scope;
    scope.kind = exchange::ExportScope::Grid;
    scope.code = code;
    if (Status s = sendPackage(db, office, QDir(workDir).filePath(QStringLiteral("to-street.gdpkg")), scope); !s)
        return s.error();
    if (Status s = setField(db, tables::grids(), gridId, QStringLiteral("households"), households + 6); !s)
        return s.error();
    if (Status s = setField(office, tables::grids(), gridId, QStringLiteral("households"), households + 11); !s)
        return s.error();
    if (Status s = sendPackage(office, db, QDir(workDir).filePath(QStringLiteral("from-street.gdpkg")), scope); !s)
        return s.error();
    auto open = exchange::openConflicts(db);
    if (!open)
        return open.error();
    return int(open->size());
}

} // namespace

Result<DemoOfficeSummary> DemoOffice::build(Database &db, const DemoOfficeOptions &options)
{
    auto stage = [&options](double from, double to) {
        return [&options, from, to](double fraction) {
            return !options.progress || options.progress(from + (to - from) * fraction);
        };
    };
    DemoOfficeSummary summary;
    {
        // The office is one transaction. The district with cases alone (--cases N, up to millions)
        // is not: the case generator loads fastest with no transaction open around it (it swaps
        // the WAL for a rollback journal), and each part is all-or-nothing by itself.
        std::optional<Transaction> tx;
        if (options.reviews) {
            tx.emplace(db);
            if (!tx->started())
                return tx->startError();
        }
        ScopedActor system(db, Actor::system());

        DemoOptions district;
        district.seed = options.seed;
        district.progress = stage(0, 0.15);
        auto built = DemoDistrict::generate(db, district);
        if (!built)
            return built.error();
        summary.district = built.value();

        if (options.cases > 0) {
            DemoCaseOptions cases;
            cases.seed = options.seed;
            cases.count = options.cases;
            cases.days = options.days;
            cases.progress = stage(0.15, 0.7);
            auto made = DemoCases::generate(db, cases);
            if (!made)
                return made.error();
            summary.cases = made.value();
            // The morning's 12345 import, in an office with a history behind it and cases that end
            // about now (its events are stamped now); a small file for a script stays as asked.
            if (options.cases >= demorepeats::kMinCases && made->toMs >= db.nowMs() - 3600000) {
                auto repeats = demorepeats::link(db);
                if (!repeats)
                    return repeats.error();
                summary.repeats = repeats.value();
            }
        }
        if (options.cases > 0 && options.reviews) {
            // The year's visits before the reviews that count them.
            auto visits = demovisits::generate(db, summary.cases.fromMs, db.nowMs(), options.seed);
            if (!visits)
                return visits.error();
            summary.visits = visits.value();
            auto disputes = demodisputes::generate(db, summary.cases.fromMs, db.nowMs(), options.seed);
            if (!disputes)
                return disputes.error();
            summary.disputes = disputes.value();
            auto joint = demojoint::generate(db, summary.cases.fromMs, db.nowMs(), options.seed);
            if (!joint)
                return joint.error();
            summary.joint = joint.value();
            auto councils = democouncils::generate(db, summary.cases.fromMs, db.nowMs(), options.seed);
            if (!councils)
                return councils.error();
            summary.councils = councils.value();
            auto volunteers = demovolunteers::generate(db, summary.cases.fromMs, db.nowMs(), options.seed);
            if (!volunteers)
                return volunteers.error();
            summary.volunteers = volunteers.value();
            const QList<Worker> workers = WorkerService(db).ofKind(QStringLiteral("full_time"));
            QRandomGenerator random(quint32(options.seed * 7919 + 17));
            QList<double> levels;
            for (int w = 0; w < workers.size(); ++w)
                levels << 0.72 + 0.28 * random.generateDouble();
            const QStringList months = pastMonths(summary.cases.fromMs, db.nowMs());
            if (!months.isEmpty())
                if (Status s =
                        fitCriteria(db, months.first(), double(options.cases) / qMax(1.0, double(workers.size()) * 12));
                    !s)
                    return s.error();
            // The months are scored and submitted by the administrator and approved by the supervisor:
            // two people, as the review settings ask.
            const Actor supervisor = demoOperator(db, Role::Supervisor, "supervisor");
            const Actor scorer = demoOperator(db, Role::Admin, "admin");
            for (int i = 0; i < months.size(); ++i) {
                {
                    ScopedActor scoring(db, scorer);
                    auto typed = typeMonth(db, months.at(i), i, workers, levels, random);
                    if (!typed)
                        return typed.error();
                    summary.entries += typed.value();
                    if (Status s = rating::submitMonth(db, months.at(i)); !s)
                        return s.error();
                }
                if (Status s = submittedAsItHappened(db, months.at(i)); !s)
                    return s.error();
                // The newest month may still be on public notice: a worker has appealed, unanswered yet.
                auto status = rating::monthStatus(db, months.at(i));
                if (!status)
                    return status.error();
                auto ends = rating::noticeEnds(db, *status);
                if (!ends)
                    return ends.error();
                if (db.nowMs() < *ends) {
                    ScopedActor scoring(db, scorer);
                    const auto active = std::find_if(workers.cbegin(), workers.cend(), [](const Worker &w) {
                        return w.status == QLatin1String("active");
                    });
                    if (active != workers.cend())
                        if (auto appeal = rating::fileAppeal(db, months.at(i), active->id,
                                                             Text::tr("The callback of one case was recorded as "
                                                                      "dissatisfied; the resident says she was "
                                                                      "satisfied. Please check the recording."));
                            !appeal)
                            return appeal.error();
                    summary.onNotice = months.at(i);
                    break;
                }
                ScopedActor approving(db, supervisor);
                auto approved = rating::approveMonth(db, months.at(i));
                if (!approved)
                    return approved.error();
                summary.approvedMonths << months.at(i);
                for (const rating::SheetRow &r : approved->rows) {
                    summary.promoted += r.decision.to > r.star ? 1 : 0;
                    summary.demoted += r.decision.to < r.star ? 1 : 0;
                }
                if (!stage(0.7, 0.9)(double(i + 1) / months.size()))
                    return Error::cancelled();
            }
        }
        if (options.cases > 0 && options.reviews) {
            // After the months: their sessions are there to evaluate; the supervisor writes up and approves.
            ScopedActor supervising(db, demoOperator(db, Role::Supervisor, "supervisor"));
            auto growth = demogrowth::generate(db, summary.cases.fromMs, db.nowMs(), options.seed);
            if (!growth)
                return growth.error();
            summary.growth = growth.value();
        }
        if (tx)
            if (Status s = tx->commit(); !s)
                return s.error();
    }

    if (options.withPackage) {
        ScopedActor system(db, Actor::system());
        QTemporaryDir temporary;
        const QString dir = options.workDir.isEmpty() ? temporary.path() : options.workDir;
        auto conflicts = streetOfficeConflict(db, dir);
        if (conflicts)
            summary.conflicts = conflicts.value();
        else
            summary.packageError = conflicts.message();
    }
    if (options.progress)
        options.progress(1.0);
    return summary;
}

} // namespace gd
