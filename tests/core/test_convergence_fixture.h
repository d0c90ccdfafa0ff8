#pragma once
// What the convergence property tests share: a base of three offices with the same exchanged
// content, offices on their own clocks, and the random edits each makes through the real services
// (renames, worker and grid fields, tombstones and restores, new cases and workflow actions).
#include "TestDb.h"
#include "TrustSender.h"
#include "councils/CouncilService.h"
#include "disputes/DisputeService.h"
#include "exchange/ContentDigest.h"
#include "exchange/MergeEngine.h"
#include "exchange/PackageExport.h"
#include "exchange/RowMerge.h"
#include "joint/JointActivities.h"
#include "joint/JointTasks.h"
#include "org/PoliceGridService.h"
#include "schema/Tables.h"
#include "storage/RowStore.h"
#include "storage/SqliteHandle.h"
#include "storage/Transaction.h"
#include "test_case_world.h"
#include "visits/CareRegister.h"
#include "visits/VisitService.h"
#include "volunteers/VolunteerServices.h"
#include "volunteers/VolunteerTeams.h"

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

// A visit or patrol (a third with a photo, some to a care household of this office).
inline void recordVisit(Office &o, const Base &base, int which, QRandomGenerator &rng)
{
    Visit v;
    v.workerId = base.workers.at(which);
    v.gridId = base.grids.at(which);
    v.kind = rng.bounded(2) ? QStringLiteral("visit") : QStringLiteral("patrol");
    v.atMs = o.clock->nowMs() - 60000;
    v.place = QStringLiteral("小区北门");
    v.found = rng.bounded(2) ? QStringLiteral("井盖松动") : QString();
    if (rng.bounded(3) == 0) // a 1×1 PNG
        v.photos << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");
    if (!o.households.isEmpty() && rng.bounded(2))
        v.householdId = o.households.at(int(rng.bounded(quint32(o.households.size()))));
    if (auto id = VisitService(*o.db).record(v); id.ok()) { // refused when the grid or household is another's
        o.visits << *id;
        ++o.edits;
    }
}

// A household put on the care register, or one of this office's given another interval.
inline void editCare(Office &o, const Base &base, int which, int value)
{
    CareRegister care(*o.db);
    CareHousehold h;
    if (!o.households.isEmpty() && value > 0) {
        auto opened = care.open(o.households.at(which % o.households.size()));
        if (!opened)
            return; // deleted by a merge
        h = *opened;
        h.intervalDays = 7 * (value + 1);
    } else {
        h.gridId = base.grids.at(which);
        h.name = QStringLiteral("李秀英");
        h.kind = QStringLiteral("elderly_alone");
    }
    if (auto id = care.save(h); id.ok()) {
        if (h.id.isEmpty())
            o.households << *id;
        ++o.edits;
    }
}

inline void removeVisit(Office &o, QRandomGenerator &rng)
{
    if (o.visits.isEmpty())
        return;
    if (VisitService(*o.db).remove(o.visits.at(int(rng.bounded(quint32(o.visits.size()))))).ok())
        ++o.edits;
}

// A dispute recorded with a party and its grid worker as mediator, or one of this office's given a
// mediation session or settled.
inline void disputeWork(Office &o, const Base &base, int which, QRandomGenerator &rng)
{
    DisputeService service(*o.db);
    const qint64 at = o.clock->nowMs() - 60000;
    if (o.disputes.isEmpty() || rng.bounded(3) == 0) {
        Dispute d;
        d.gridId = base.grids.at(which);
        d.foundMs = at - 3600000;
        d.foundBy = base.workers.at(which);
        d.summary = QStringLiteral("楼上漏水");
        d.risk = rng.bounded(4) == 0 ? QStringLiteral("high") : QStringLiteral("low");
        d.parties << DisputeParty{{}, QStringLiteral("赵建国"), QStringLiteral("13900000001"), {}};
        d.mediators << DisputeMediator{{}, QStringLiteral("worker"), base.workers.at(which), {}};
        if (auto id = service.record(d); id.ok()) {
            o.disputes << *id;
            ++o.edits;
        }
        return;
    }
    const QString id = o.disputes.at(int(rng.bounded(quint32(o.disputes.size()))));
    const bool done =
        rng.bounded(2)
            ? service
                  .addSession(id, DisputeSession{{}, at, QStringLiteral("社区调解室"), QStringLiteral("continue"), {}})
                  .ok()
            : service.settle(id, at, QStringLiteral("协议：修好管道"), {}).ok();
    if (done)
        ++o.edits;
}

// Joint work: an activity of the grid's police grid, a meeting of its community with a task, or
// one of this office's given another person, or its meeting's first open task done.
inline void jointWork(Office &o, const Base &base, int which, QRandomGenerator &rng)
{
    const qint64 at = o.clock->nowMs() - 60000;
    const int roll = int(rng.bounded(4));
    if (roll == 0 || (roll == 2 && o.activities.isEmpty())) {
        JointActivity a;
        a.policeGridId = base.policeGrids.at(which);
        a.gridIds = {base.grids.at(which)};
        a.kind = joint::activityKinds().at(int(rng.bounded(5)));
        a.atMs = at;
        a.summary = QStringLiteral("联合巡逻");
        a.people << JointPerson{{}, base.workers.at(which), {}};
        if (auto id = JointActivityService(*o.db).record(a); id.ok()) {
            o.activities << *id;
            ++o.edits;
        }
    } else if (roll == 1 || (roll == 3 && o.meetings.isEmpty())) {
        JointMeeting m;
        m.level = QStringLiteral("grid");
        m.gridId = base.grids.at(which);
        m.atMs = at;
        m.topic = QStringLiteral("联席会商");
        m.tasks << JointTask{{}, {}, QStringLiteral("清理楼道"), base.workers.at(which), {}, at + 86400000, 0, {},
                             {}, {}};
        if (auto id = JointMeetingService(*o.db).record(m); id.ok()) {
            o.meetings << *id;
            ++o.edits;
        }
    } else if (roll == 2) {
        JointActivityService service(*o.db);
        auto a = service.open(o.activities.at(int(rng.bounded(quint32(o.activities.size())))));
        if (!a)
            return;
        a->people << JointPerson{{}, {}, QStringLiteral("志愿者%1").arg(rng.bounded(100))};
        if (service.edit(*a).ok())
            ++o.edits;
    } else {
        auto m = JointMeetingService(*o.db).open(o.meetings.at(int(rng.bounded(quint32(o.meetings.size())))));
        if (!m)
            return;
        for (const JointTask &t : std::as_const(m->tasks))
            if (t.doneMs == 0) {
                if (JointTaskService(*o.db).complete(t.id, at, QStringLiteral("已办结")).ok())
                    ++o.edits;
                return;
            }
    }
}

// A residents' council of the grid's community recorded, or one of this office's given another
// resolution or more attending.
inline void councilWork(Office &o, const Base &base, int which, QRandomGenerator &rng)
{
    CouncilService service(*o.db);
    if (o.councils.isEmpty() || rng.bounded(2) == 0) {
        Council c;
        c.communityId =
            text(*o.db, QStringLiteral("SELECT community_id FROM grids WHERE id = '%1'").arg(base.grids.at(which)));
        c.atMs = o.clock->nowMs() - 60000;
        c.topic = QStringLiteral("加装电梯");
        c.attendance.residents = 10;
        if (auto id = service.record(c); id.ok()) {
            o.councils << *id;
            ++o.edits;
        }
        return;
    }
    auto c = service.open(o.councils.at(int(rng.bounded(quint32(o.councils.size())))));
    if (!c)
        return;
    if (rng.bounded(2))
        c->resolution = QStringLiteral("同意加装（%1）").arg(rng.bounded(3));
    else
        c->attendance.staff += 1;
    if (service.edit(*c).ok())
        ++o.edits;
}

// A volunteer service by the grid's community team (made by whichever office first needs it: two
// offices' teams of one name stay two teams), or one of this office's given more households.
inline void volunteerWork(Office &o, const Base &base, int which, QRandomGenerator &rng)
{
    VolunteerServiceLog log(*o.db);
    if (o.services.isEmpty() || rng.bounded(2) == 0) {
        const QString community =
            text(*o.db, QStringLiteral("SELECT community_id FROM grids WHERE id = '%1'").arg(base.grids.at(which)));
        QString team;
        QSqlQuery q(o.db->sql());
        q.prepare(QStringLiteral("SELECT id FROM volunteer_teams WHERE community_id = ? AND deleted = 0 ORDER BY id "
                                 "LIMIT 1"));
        q.addBindValue(community);
        if (q.exec() && q.next())
            team = q.value(0).toString();
        if (team.isEmpty()) {
            VolunteerTeam t;
            t.name = QStringLiteral("服务队%1").arg(rng.bounded(1000));
            t.communityId = community;
            auto made = VolunteerTeamService(*o.db).saveTeam(t);
            if (!made)
                return;
            team = *made;
        }
        VolunteerService v;
        v.teamId = team;
        v.gridId = base.grids.at(which);
        v.kindName = QStringLiteral("楼道灯维修");
        v.atMs = o.clock->nowMs() - 60000;
        v.hours = 1;
        v.workerIds = {base.workers.at(which)};
        if (auto id = log.record(v); id.ok()) {
            o.services << *id;
            ++o.edits;
        }
        return;
    }
    auto v = log.open(o.services.at(int(rng.bounded(quint32(o.services.size())))));
    if (!v)
        return;
    v->households += 1;
    if (log.edit(*v).ok())
        ++o.edits;
}

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
