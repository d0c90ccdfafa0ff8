#pragma once
// What the convergence property tests share: a base of three offices with the same exchanged
// content, offices on their own clocks, and the random edits each makes through the real services
// (renames, worker and grid fields, tombstones and restores, new cases and workflow actions).
#include "TestDb.h"
#include "TrustSender.h"
#include "exchange/ContentDigest.h"
#include "exchange/MergeEngine.h"
#include "exchange/PackageExport.h"
#include "exchange/RowMerge.h"
#include "org/PoliceGridService.h"
#include "schema/Tables.h"
#include "storage/RowStore.h"
#include "storage/SqliteHandle.h"
#include "storage/Transaction.h"
#include "test_case_world.h"

#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace gdtest::convergence {

using namespace gd;
namespace wf = gd::workflow;

inline QByteArray digestOf(Database &db)
{
    auto d = exchange::digestContent(sqliteHandle(db.sql()));
    INFO(d.message().toStdString());
    REQUIRE(d.ok());
    return d->sha256;
}

// A self-contained copy of an open file (its WAL included), as the merge's own backup makes.
inline void snapshot(Database &db, const QString &path)
{
    QFile::remove(path);
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    INFO(path.toStdString());
    REQUIRE(q.exec());
}

inline std::unique_ptr<Database> openFile(const QString &path, const std::shared_ptr<ManualClock> &clock)
{
    Database::Options o;
    o.create = false;
    o.clock = clock;
    auto r = Database::open(path, o);
    INFO(path.toStdString() << ": " << r.message().toStdString());
    REQUIRE(r.ok());
    std::unique_ptr<Database> db = std::move(r.value());
    db->setActor(Actor::system());
    return db;
}

inline exchange::MergeReport merge(Database &into, const QString &package)
{
    gdtest::receiveFrom(into, package);
    auto reader = exchange::PackageReader::open(package, into);
    INFO(package.toStdString() << ": " << reader.message().toStdString());
    REQUIRE(reader.ok());
    auto merged = exchange::mergePackage(into, **reader, false);
    INFO(merged.message().toStdString());
    REQUIRE(merged.ok());
    return *merged;
}

inline void exportTo(Database &db, const QString &path)
{
    auto exported = exchange::exportPackage(db, path);
    INFO(exported.message().toStdString());
    REQUIRE(exported.ok());
}

// The tables whose fields the scripts edit, and the pseudo-field of the tombstone.
const QList<const TableDef *> kEdited{&tables::streets(), &tables::communities(), &tables::workers(), &tables::grids()};
const QString kDeleted = QStringLiteral("deleted");

// One field of one row as a file holds it: its value as merge_conflicts writes it, and the edit
// that set it.
struct FieldState {
    QString text;
    bool isNull = false;
    exchange::FieldStamp stamp;
};
// "table|id|field" → state.
using FieldMap = QHash<QString, FieldState>;

inline QString keyOf(const QString &table, const QString &id, const QString &field)
{
    return table + QLatin1Char('|') + id + QLatin1Char('|') + field;
}

inline FieldMap readFields(Database &db)
{
    FieldMap out;
    for (const TableDef *t : kEdited) {
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT id, origin_site, created_hlc, fstamps, deleted, %1 FROM %2")
                           .arg(t->fields.join(QStringLiteral(", ")), t->name)));
        while (q.next()) {
            const QString id = q.value(0).toString();
            exchange::RowVersion v;
            v.originSite = q.value(1).toString();
            v.createdHlc = q.value(2).toLongLong();
            v.fstamps = exchange::parseFieldStamps(q.value(3).toString());
            const bool deleted = q.value(4).toLongLong() != 0;
            // The merge writes a lost tombstone as the text of a bool.
            out.insert(
                keyOf(t->name, id, kDeleted),
                FieldState{deleted ? QStringLiteral("true") : QStringLiteral("false"), false, v.stampOf(kDeleted)});
            for (int i = 0; i < t->fields.size(); ++i) {
                const QVariant value = q.value(5 + i);
                out.insert(keyOf(t->name, id, t->fields.at(i)),
                           FieldState{value.isNull() ? QString() : value.toString(), value.isNull(),
                                      v.stampOf(t->fields.at(i))});
            }
        }
    }
    return out;
}

inline qint64 countOf(Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

inline bool hasLost(Database &db, const QString &key, const FieldState &lost)
{
    const QStringList parts = key.split(QLatin1Char('|'));
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM merge_conflicts WHERE table_name = ? AND row_id = ? AND field = ? "
                             "AND lost_value IS ?"));
    q.addBindValue(parts.at(0));
    q.addBindValue(parts.at(1));
    q.addBindValue(parts.at(2));
    q.addBindValue(lost.isNull ? QVariant() : QVariant(lost.text));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt() > 0;
}

// The shared base: CaseWorld's street, community, grid, worker, building and unit, a second
// street with its community, worker and grid, and two cases (one registered, one dispatched).
// A's content is merged into B and C, so the three files start with the same exchanged content.
struct Base {
    CaseWorld a;
    TestDb b, c;
    QStringList streets, communities, workers, grids, cases, policeGrids; // policeGrids[i] paired with grids[i]
    QString paths[3];
    qint64 startMs = 0;

    Base()
    {
        Database &db = *a.t;
        const QString street2 = addStreet(db, QStringLiteral("370202003"), QStringLiteral("湛山街道"));
        const QString community2 =
            addCommunity(db, street2, QStringLiteral("370202003001"), QStringLiteral("湛山社区"));
        const QString worker2 = addWorker(db, QStringLiteral("王晓梅"), QStringLiteral("13953200007"));
        addGrid(db, community2, QStringLiteral("370202003001001"), QStringLiteral("湛山社区第1网格"), worker2);
        CaseService service(db);
        cases << must(service.registerCase(a.draft()));
        const QString second = must(service.registerCase(a.draft()));
        REQUIRE(service.act(second, {wf::Action::Accept}).ok());
        REQUIRE(service.act(second, {wf::Action::Dispatch, {}, wf::Handler{a.worker, {}}}).ok());
        cases << second;
        for (auto [list, table] : {std::pair{&streets, "streets"}, std::pair{&communities, "communities"},
                                   std::pair{&workers, "workers"}, std::pair{&grids, "grids"}}) {
            QSqlQuery q(db.sql());
            REQUIRE(q.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(QLatin1String(table))));
            while (q.next())
                *list << q.value(0).toString();
        }
        REQUIRE(streets.size() == 2);
        REQUIRE(workers.size() == 2);
        // A police grid paired with each grid, for the offices' joint work.
        for (const QString &grid : std::as_const(grids)) {
            PoliceGrid p;
            p.streetId = text(db, QStringLiteral("SELECT c.street_id FROM grids g JOIN communities c ON c.id = "
                                                 "g.community_id WHERE g.id = '%1'")
                                      .arg(grid));
            p.code = QStringLiteral("JW%1").arg(policeGrids.size() + 1);
            p.name = QStringLiteral("第%1警格").arg(policeGrids.size() + 1);
            policeGrids << must(PoliceGridService(db).save(p, {grid}));
        }

        startMs = a.t.clock->nowMs() + 60000;
        for (TestDb *t : {&b, &c})
            t->clock->setMs(a.t.clock->nowMs());
        const QString pkg = a.t.dir.filePath(QStringLiteral("base.gdpkg"));
        exportTo(db, pkg);
        merge(*b, pkg);
        merge(*c, pkg);
        REQUIRE(digestOf(*b) == digestOf(db));
        REQUIRE(digestOf(*c) == digestOf(db));
        int i = 0;
        for (TestDb *t : {&a.t, &b, &c}) {
            paths[i] = a.t.dir.filePath(QStringLiteral("base-%1.griddesk").arg(QLatin1Char('a' + i)));
            snapshot(**t, paths[i]);
            ++i;
        }
    }
};

// One office during a script: its file, its clock, and the cases it knows.
struct Office {
    std::shared_ptr<ManualClock> clock;
    std::unique_ptr<Database> db;
    QStringList cases;
    QStringList visits, households, disputes, activities, meetings, councils, services; // recorded here
    int edits = 0;
};

// Renames and other field edits draw from a few values, so two offices sometimes type the same.
const char *const kSuffixes[] = {"（甲）", "（乙）", "（丙）"};

inline void renameStreet(Office &o, const Base &base, int which, int value)
{
    HierarchyService h(*o.db);
    auto found = h.street(base.streets.at(which));
    if (!found)
        return; // tombstoned here
    Street s = *found;
    s.name =
        (which == 0 ? QStringLiteral("八大关街道") : QStringLiteral("湛山街道")) + QString::fromUtf8(kSuffixes[value]);
    if (h.saveStreet(s).ok())
        ++o.edits;
}

inline void editCommunity(Office &o, const Base &base, int which, int field, int value)
{
    HierarchyService h(*o.db);
    auto found = h.community(base.communities.at(which));
    if (!found)
        return;
    Community c = *found;
    if (field == 0)
        c.name = (which == 0 ? QStringLiteral("红岛路社区") : QStringLiteral("湛山社区")) +
                 QString::fromUtf8(kSuffixes[value]);
    else
        c.phone = QStringLiteral("0532-8287000%1").arg(value);
    if (h.saveCommunity(c).ok())
        ++o.edits;
}

inline void editWorker(Office &o, const Base &base, int which, int field, int value)
{
    WorkerService service(*o.db);
    auto found = service.worker(base.workers.at(which));
    if (!found)
        return;
    Worker w = *found;
    if (field == 0)
        w.name =
            (which == 0 ? QStringLiteral("陈姝夷") : QStringLiteral("王晓梅")) + QString::fromUtf8(kSuffixes[value]);
    else if (field == 1)
        w.phone = QStringLiteral("139532%1%2").arg(which + 10).arg(value, 3, 10, QLatin1Char('0'));
    else
        w.star = value + 1;
    if (service.save(w).ok())
        ++o.edits;
}

inline void editGrid(Office &o, const Base &base, int which, int field, int value)
{
    GridService service(*o.db);
    auto found = service.grid(base.grids.at(which));
    if (!found)
        return;
    Grid g = *found;
    if (field == 0)
        g.households = 120 + 30 * value;
    else
        g.elderlyPercent = QList<double>{12.5, 20.25, 33.3}.at(value);
    if (service.save(g).ok())
        ++o.edits;
}

// Deletes a live row, brings a tombstoned one back.
inline void toggleRow(Office &o, const TableDef &table, const QString &id)
{
    RowStore rows(*o.db);
    Transaction tx(*o.db);
    REQUIRE(tx.started());
    const Status s = rows.exists(table, id) ? rows.tombstone(table, id) : rows.restore(table, id);
    INFO(s.message().toStdString());
    REQUIRE(s.ok());
    REQUIRE(tx.commit().ok());
    ++o.edits;
}

inline void registerCase(Office &o, const CaseWorld &world)
{
    auto id = CaseService(*o.db).registerCase(world.draft());
    if (id.ok()) { // refused when this office deleted the building's grid or the worker
        o.cases << *id;
        ++o.edits;
    }
}

// The next step of a case's workflow that its state allows (a refusal by the guard is fine too).
inline void actOnCase(Office &o, const QString &caseId, const QString &worker, quint32 pick)
{
    CaseService service(*o.db);
    auto c = service.caseById(caseId);
    REQUIRE(c.ok());
    const QString state = c->state;
    using wf::Action;
    const wf::Handler toWorker{worker, {}};
    const auto note = [](const char *text) { return QString::fromUtf8(text); };
    QList<wf::Step> steps;
    if (state == QLatin1String("registered") || state == QLatin1String("accepted"))
        steps << wf::Step{Action::Accept} << wf::Step{Action::Dispatch, {}, toWorker}
              << wf::Step{Action::Refuse, note("不属本办职责")};
    else if (state == QLatin1String("dispatched"))
        steps << wf::Step{Action::Sign}
              << wf::Step{Action::Return, note("非本网格"), wf::ReturnReason{QStringLiteral("wrong_area")}};
    else if (state == QLatin1String("returned"))
        steps << wf::Step{Action::DecideReturn, {}, toWorker};
    else if (state == QLatin1String("signed") || state == QLatin1String("in_progress"))
        steps << wf::Step{Action::Complete, note("已处理完毕")};
    else if (state == QLatin1String("completed"))
        steps << wf::Step{Action::Callback, {}, wf::CallbackOutcome{QStringLiteral("satisfied"), true}};
    else if (state == QLatin1String("callback_done"))
        steps << wf::Step{Action::Archive} << wf::Step{Action::Reopen, note("居民再次来电")};
    steps << wf::Step{Action::Note, note("已电话联系居民")}
          << wf::Step{
                 Action::Supervise, {}, wf::Supervision{pick % 2 ? QStringLiteral("yellow") : QStringLiteral("red")}};
    if (service.act(caseId, steps.at(int(pick % quint32(steps.size())))).ok())
        ++o.edits;
}

} // namespace gdtest::convergence

#include "test_convergence_gridwork.h"

namespace gdtest::convergence {

// One random edit on office o.
inline void randomEdit(Office &o, const Base &base, QRandomGenerator &rng)
{
    o.clock->advance(1 + rng.bounded(3000)); // offices' stamps interleave, sometimes within one ms
    const int which = int(rng.bounded(2)), value = int(rng.bounded(3));
    switch (rng.bounded(16)) {
    case 0: renameStreet(o, base, which, value); break;
    case 1: editCommunity(o, base, which, int(rng.bounded(2)), value); break;
    case 2:
    case 3: editWorker(o, base, which, int(rng.bounded(3)), value); break;
    case 4: editGrid(o, base, which, int(rng.bounded(2)), value); break;
    case 5: {
        const TableDef *t = kEdited.at(int(rng.bounded(4)));
        const QStringList &ids = t == &tables::streets()       ? base.streets
                                 : t == &tables::communities() ? base.communities
                                 : t == &tables::workers()     ? base.workers
                                                               : base.grids;
        toggleRow(o, *t, ids.at(which));
        break;
    }
    case 6: registerCase(o, base.a); break;
    case 7: recordVisit(o, base, which, rng); break;
    case 8: editCare(o, base, which, value); break;
    case 9: removeVisit(o, rng); break;
    case 10: disputeWork(o, base, which, rng); break;
    case 11: jointWork(o, base, which, rng); break;
    case 12: councilWork(o, base, which, rng); break;
    case 13: volunteerWork(o, base, which, rng); break;
    default: {
        const QString caseId = o.cases.at(int(rng.bounded(quint32(o.cases.size()))));
        actOnCase(o, caseId, base.workers.at(which), rng.generate());
    }
    }
}

// The same field of the same row set to different values on two offices, unaware of each other.
inline void concurrentEdit(Office &x, Office &y, const Base &base, QRandomGenerator &rng)
{
    const int which = int(rng.bounded(2));
    const int vx = int(rng.bounded(3)), vy = (vx + 1 + int(rng.bounded(2))) % 3;
    switch (rng.bounded(4)) {
    case 0:
        x.clock->advance(1 + rng.bounded(2000));
        renameStreet(x, base, which, vx);
        y.clock->advance(1 + rng.bounded(2000));
        renameStreet(y, base, which, vy);
        break;
    case 1: {
        const int field = int(rng.bounded(2));
        x.clock->advance(1 + rng.bounded(2000));
        editCommunity(x, base, which, field, vx);
        y.clock->advance(1 + rng.bounded(2000));
        editCommunity(y, base, which, field, vy);
        break;
    }
    case 2: {
        const int field = int(rng.bounded(3));
        x.clock->advance(1 + rng.bounded(2000));
        editWorker(x, base, which, field, vx);
        y.clock->advance(1 + rng.bounded(2000));
        editWorker(y, base, which, field, vy);
        break;
    }
    default: {
        const int field = int(rng.bounded(2));
        x.clock->advance(1 + rng.bounded(2000));
        editGrid(x, base, which, field, vx);
        y.clock->advance(1 + rng.bounded(2000));
        editGrid(y, base, which, field, vy);
    }
    }
}

} // namespace gdtest::convergence
