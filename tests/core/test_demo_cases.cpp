// The demo cases: a realistic mix over the demo district, every timeline a legal walk of the
// workflow whose fold gives the stored columns, deterministic per seed, refused where it must
// be, all-or-nothing, and one audit entry for the lot.
#include "TestDb.h"
#include "calendar/WorkCalendar.h"
#include "cases/CaseService.h"
#include "cases/DeadlineRules.h"
#include "cases/Workflow.h"
#include "demo/DemoCaseTexts.h"
#include "demo/DemoCases.h"
#include "demo/DemoDistrict.h"
#include "demo/DemoPlan.h"
#include "org/OfficeSettings.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

using namespace gd;

namespace {

constexpr quint64 kDistrictSeed = 1;
constexpr quint64 kCaseSeed = 7;
constexpr int kCount = 2000;

qint64 beijing(int y, int m, int d, int h = 15)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

int count(Database &db, const QString &sql)
{
    return scalar(db, sql).toInt();
}

QStringList column(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// A district file on a clock set to a Tuesday afternoon in June 2026 (inside the calendar).
struct DistrictDb {
    gdtest::TestDb t;
    explicit DistrictDb(qint64 now = beijing(2026, 6, 16))
    {
        t.clock->setMs(now);
        DemoOptions o;
        o.seed = kDistrictSeed;
        auto r = DemoDistrict::generate(*t, o);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
    }
};

DemoCaseSummary generate(Database &db, quint64 seed = kCaseSeed, int n = kCount)
{
    DemoCaseOptions o;
    o.count = n;
    o.seed = seed;
    auto r = DemoCases::generate(db, o);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

// The stored derived columns of a case, as one comparable line.
QString derived(const Case &c)
{
    return QStringList{c.handlerWorkerId,
                       c.handlerUnitId,
                       c.state,
                       QString::number(c.dueMs),
                       QString::number(c.handlerDueMs),
                       c.supervision,
                       c.satisfaction,
                       QString::number(c.solved),
                       QString::number(c.completedMs),
                       QString::number(c.closedMs),
                       QString::number(c.reopenCount),
                       QString::number(c.reportCount),
                       QString::number(c.updatedMs),
                       c.callbackResult,
                       c.level,
                       QString::number(c.callbackDueMs),
                       QString::number(c.signByMs)}
        .join(QLatin1Char('|'));
}

QString rowText(Database &db, const QString &id)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT * FROM cases WHERE id = ?"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    QStringList cells;
    for (int i = 0; i < q.record().count(); ++i)
        cells << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
    return cells.join(QLatin1Char('|'));
}

} // namespace

TEST_CASE("demo cases: 2,000 cases with a realistic mix over the district", "[demo][cases]")
{
    DistrictDb d;
    Database &db = *d.t;
    const int auditBefore = count(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    const int indexesBefore = count(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                                       "AND tbl_name IN ('cases', 'case_events')"));
    QList<double> reported;
    DemoCaseOptions o;
    o.count = kCount;
    o.seed = kCaseSeed;
    o.progress = [&](double f) {
        reported << f;
        return true;
    };
    auto r = DemoCases::generate(db, o);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    const DemoCaseSummary sum = r.value();

    CHECK(sum.cases == kCount);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases")) == kCount);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM case_events")) == sum.events);
    CHECK(sum.events > 5 * kCount);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                   "AND tbl_name IN ('cases', 'case_events')")) == indexesBefore);
    CHECK(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    CHECK(column(db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    // The load's settings are given back: the WAL and foreign-key checks.
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    REQUIRE_FALSE(reported.isEmpty());
    CHECK(reported.first() == 0.0);
    CHECK(reported.last() == 1.0);
    CHECK(std::is_sorted(reported.begin(), reported.end()));

    // Received over the period, the newest at the clock's now.
    CHECK(sum.toMs == db.nowMs());
    CHECK(sum.toMs - sum.fromMs >= 59LL * 86400000);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases WHERE received_ms < %1 OR received_ms > %2")
                        .arg(sum.fromMs)
                        .arg(sum.toMs)) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM case_events WHERE at_ms > %1").arg(sum.toMs)) == 0);

    // Every state of the workflow shows up (one rare side road may be missing in 2,000).
    const QStringList states = column(db, QStringLiteral("SELECT DISTINCT state FROM cases"));
    int missing = 0;
    // A case merged into another comes from the demo office's hotline import (DemoRepeats), not the simulator.
    for (const QString &s : cases::states())
        missing += states.contains(s) || s == QLatin1String("merged") ? 0 : 1;
    INFO(states.join(QLatin1Char(',')).toStdString());
    CHECK(missing <= 1);
    for (const QString &s : states)
        CHECK(cases::states().contains(s));
    // Recent cases are open more often than old ones, which are mostly archived.
    const qint64 week = 7LL * 86400000;
    const int recent =
        count(db, QStringLiteral("SELECT count(*) FROM cases WHERE received_ms > %1").arg(sum.toMs - week));
    const int recentOpen =
        count(db, QStringLiteral("SELECT count(*) FROM cases WHERE received_ms > %1 AND state NOT IN "
                                 "('completed','callback_done','archived','refused')")
                      .arg(sum.toMs - week));
    const int old =
        count(db, QStringLiteral("SELECT count(*) FROM cases WHERE received_ms < %1").arg(sum.toMs - 4 * week));
    const int oldArchived =
        count(db, QStringLiteral("SELECT count(*) FROM cases WHERE received_ms < %1 AND state = 'archived'")
                      .arg(sum.toMs - 4 * week));
    CHECK(recentOpen * 3 > recent);
    CHECK(oldArchived * 10 > old * 9);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases WHERE supervision = 'yellow'")) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases WHERE supervision = 'red'")) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases WHERE reopen_count > 0")) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM case_events WHERE action = 'return'")) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM case_events WHERE action = 'decide_extension'")) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM case_events WHERE action = 'route_up'")) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM case_events WHERE action = 'meeting'")) > 0);
    // Callbacks: mostly satisfied.
    const int called = count(db, QStringLiteral("SELECT count(*) FROM cases WHERE satisfaction <> ''"));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases WHERE satisfaction = 'satisfied'")) * 10 > called * 7);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases WHERE satisfaction = 'dissatisfied'")) > 0);

    // Overdue: open past the deadline.
    CHECK(sum.overdue > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases WHERE due_ms < %1 AND state NOT IN "
                                   "('completed','callback_done','archived','refused')")
                        .arg(sum.toMs)) == sum.overdue);

    // Repeats: report events, counted in report_count.
    CHECK(sum.repeated > 0);
    CHECK(sum.repeated * 100 >= kCount * 2);
    CHECK(sum.repeated * 100 <= kCount * 9);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases WHERE report_count > 1")) == sum.repeated);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases c WHERE report_count <> 1 + (SELECT count(*) FROM "
                                   "case_events e WHERE e.case_id = c.id AND e.action = 'report')")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM case_events WHERE action = 'report' AND "
                                   "json_extract(data, '$.channel') = 'hotline_12345' AND "
                                   "json_extract(data, '$.hotline_order') = ''")) == 0);

    // Channels and the proactive flag agree; the hotline's cases carry an order number.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases WHERE (channel = 'patrol') <> (proactive = 1)")) == 0);
    const int patrol = count(db, QStringLiteral("SELECT count(*) FROM cases WHERE proactive = 1"));
    CHECK(patrol == sum.proactive);
    CHECK(patrol * 100 > kCount * 6);
    CHECK(patrol * 100 < kCount * 14);
    for (const QString &channel : cases::channels())
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases WHERE channel = '%1'").arg(channel)) * 100 >
              kCount * 5);
    CHECK(count(db, QStringLiteral(
                        "SELECT count(*) FROM cases WHERE (channel = 'hotline_12345') <> (hotline_order <> '')")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT hotline_order) FROM cases WHERE hotline_order <> ''")) ==
          count(db, QStringLiteral("SELECT count(*) FROM cases WHERE hotline_order <> ''")));

    // Types, urgency, categories (leaves of the seeded tree, weighted toward the common ones).
    for (const QString &type : column(db, QStringLiteral("SELECT DISTINCT request_type FROM cases")))
        CHECK(cases::requestTypes().contains(type));
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT request_type) FROM cases")) >= 5);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases WHERE urgency = 'normal'")) * 100 > kCount * 85);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases WHERE urgency = 'urgent'")) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases c WHERE EXISTS (SELECT 1 FROM categories k "
                                   "WHERE k.parent_id = c.category_id)")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT category_id) FROM cases")) >= 30);
    const int common =
        count(db, QStringLiteral("SELECT count(*) FROM cases c JOIN categories k ON k.id = c.category_id "
                                 "WHERE substr(k.code, 1, 2) IN ('01', '04', '06', '07')"));
    CHECK(common * 2 > kCount);

    // Reporters: Chinese names and mobiles, a few anonymous; patrols name the grid worker.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases WHERE anonymous = 1")) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases WHERE anonymous = 1 AND (reporter_name <> '' OR "
                                   "reporter_phone <> '')")) == 0);
    const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    for (const QString &phone :
         column(db, QStringLiteral("SELECT reporter_phone FROM cases WHERE anonymous = 0 AND proactive = 0")))
        CHECK(mobile.match(phone).hasMatch());
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases WHERE anonymous = 0 AND length(reporter_name) < 2")) ==
          0);

    // Places: a real building, its grid, the grid's worker at registration, the community leads.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases c JOIN buildings b ON b.id = c.building_id "
                                   "WHERE b.grid_id = c.grid_id")) == kCount);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases c JOIN grids g ON g.id = c.grid_id "
                                   "JOIN communities m ON m.id = g.community_id "
                                   "WHERE c.lead_org_id = m.id AND c.lead_name = m.name")) == kCount);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id "
                                   "JOIN grids g ON g.id = c.grid_id WHERE e.action = 'register' AND "
                                   "ifnull(json_extract(e.data, '$.worker_id'), '') <> ifnull(g.worker_id, '')")) == 0);
    // Texts: varied and filled in.
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT description) FROM cases")) > kCount / 2);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases WHERE description LIKE '%{%' OR request LIKE '%{%' "
                                   "OR request = ''")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM case_events WHERE note LIKE '%{%'")) == 0);

    // Numbers "CODE-YYYYMMDD-NNNN" as the desk makes them (the office's code, the day of arrival in
    // Beijing time, the day's sequence), unique; ids are demoId's.
    const QString code = OfficeSettings(db).load().caseCode;
    const QRegularExpression numberForm(QStringLiteral("^%1-[0-9]{8}-[0-9]{4,5}$").arg(code));
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT number, received_ms FROM cases")));
    while (q.next()) {
        const QString number = q.value(0).toString();
        CHECK(numberForm.match(number).hasMatch());
        CHECK(number.mid(5, 8) == QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone(8 * 3600))
                                      .toString(QStringLiteral("yyyyMMdd")));
    }
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT number) FROM cases")) == kCount);
    CHECK(scalar(db, QStringLiteral("SELECT id FROM cases ORDER BY rowid LIMIT 1")).toString() ==
          demo::demoId(kCaseSeed, QStringLiteral("case/0")));
    CHECK(scalar(db, QStringLiteral("SELECT action || ' ' || case_id FROM case_events WHERE id = '%1'")
                         .arg(demo::demoId(kCaseSeed, QStringLiteral("case/0/0"))))
              .toString() == QStringLiteral("register ") + demo::demoId(kCaseSeed, QStringLiteral("case/0")));

    // Stamps: the site, the row before its events, each timeline in increasing HLC and time.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases WHERE site <> '%1' OR origin_site <> '%1' OR "
                                   "created_hlc <> hlc OR vv <> json_object('%1', CAST(hlc AS TEXT))")
                        .arg(db.siteId())) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id "
                                   "WHERE e.hlc <= c.created_hlc OR e.site <> c.site")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM case_events a JOIN case_events b ON b.case_id = a.case_id "
                                   "AND b.hlc > a.hlc WHERE b.at_ms < a.at_ms")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'hlc'")).toLongLong() ==
          scalar(db, QStringLiteral("SELECT max(hlc) FROM audit_log")).toLongLong());
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM case_events WHERE operator_login = 'wangfang'")) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM case_events WHERE operator_login = 'zhuren' AND action IN "
                                   "('supervise', 'decide_extension', 'decide_return')")) > 0);

    // One audit entry for the whole generation.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore + 1);
    q.exec(QStringLiteral("SELECT action, table_name, after_json FROM audit_log ORDER BY hlc DESC LIMIT 1"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("demo_cases"));
    CHECK(q.value(1).toString() == QStringLiteral("cases"));
    const QJsonObject after = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    CHECK(after.value(QStringLiteral("count")).toInt() == kCount);
    CHECK(after.value(QStringLiteral("seed")).toInt() == int(kCaseSeed));
}

TEST_CASE("demo cases: each timeline is a legal walk of the workflow and folds to the stored row", "[demo][cases]")
{
    DistrictDb d;
    Database &db = *d.t;
    generate(db);
    CaseService service(db);
    const DeadlineRules rules = DeadlineRules::load(db);
    const WorkCalendar calendar = WorkCalendar::load(db);
    QSqlQuery routes(db.sql());
    const QStringList ids = column(db, QStringLiteral("SELECT id FROM cases ORDER BY rowid"));
    REQUIRE(ids.size() == kCount);
    int checked = 0;
    for (const QString &id : ids) {
        auto stored = service.caseById(id);
        REQUIRE(stored.ok());
        const QList<CaseEvent> events = service.timeline(id).value();
        REQUIRE_FALSE(events.isEmpty());
        CHECK(events.first().action == workflow::Action::Register);
        // A fresh fold from the intake alone: none of the stored derived values carried over.
        Case intake = *stored;
        const Case blank;
        intake.handlerWorkerId = intake.handlerUnitId = QString();
        intake.state = blank.state;
        intake.dueMs = intake.handlerDueMs = intake.completedMs = intake.closedMs = 0;
        intake.supervision = blank.supervision;
        intake.satisfaction = QString();
        intake.callbackResult = QString();
        intake.level = blank.level;
        intake.solved = -1;
        const workflow::Folded folded = workflow::fold(intake, events);
        INFO(stored->number.toStdString());
        CHECK(derived(folded.c) == derived(*stored));

        // Every step is one the workflow allows at that point (the system actor may take any); the
        // demo writes events' details itself, fast, and this reads them back as the program does.
        workflow::Folded walk;
        walk.c = intake;
        walk.c.reportCount = 1;
        walk.c.reopenCount = 0;
        walk.c.updatedMs = 0;
        for (const CaseEvent &e : events) {
            const Error refused = workflow::guard(walk, e.step(), Actor::system());
            INFO(workflow::key(e.action) << " in state " << walk.c.state.toStdString() << ": "
                                         << refused.message.toStdString());
            CHECK_FALSE(refused.isError());
            workflow::apply(walk, e);
        }
        ++checked;
    }
    CHECK(checked == kCount);

    // The deadlines are the office's rules over the calendar, from arrival and from the dispatch
    // (never past the case's), and the sign-for limit from the dispatch.
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT c.received_ms, c.urgency, c.request_type, k.route, "
        "json_extract(e.data, '$.due_ms') FROM cases c JOIN categories k ON k.id = c.category_id "
        "LEFT JOIN categories p ON p.id = k.parent_id JOIN case_events e ON e.case_id = c.id AND e.action = 'register' "
        "ORDER BY c.rowid LIMIT 400")));
    while (q.next()) {
        auto due = rules.dueMs(calendar, q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString());
        REQUIRE(due.ok());
        CHECK(*due == q.value(4).toLongLong());
    }
    REQUIRE(q.exec(QStringLiteral(
        "SELECT e.at_ms, c.urgency, c.request_type, k.route, "
        "json_extract(e.data, '$.handler_due_ms'), json_extract(r.data, '$.due_ms'), "
        "json_extract(e.data, '$.sign_by_ms') FROM cases c JOIN categories k ON k.id = c.category_id "
        "LEFT JOIN categories p ON p.id = k.parent_id JOIN case_events e ON e.case_id = c.id AND e.action IN "
        "('dispatch', 'route_up', 'decide_return') JOIN case_events r ON r.case_id = c.id AND r.action = 'register' "
        "ORDER BY c.rowid LIMIT 400")));
    int dispatches = 0;
    while (q.next()) {
        auto due = rules.dueMs(calendar, q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString());
        REQUIRE(due.ok());
        CHECK(qMin(*due, q.value(5).toLongLong()) == q.value(4).toLongLong());
        auto signBy = rules.signByMs(calendar, q.value(0).toLongLong());
        REQUIRE(signBy.ok());
        CHECK(*signBy == q.value(6).toLongLong());
        ++dispatches;
    }
    CHECK(dispatches > 100);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM case_events WHERE action = 'sign' AND json_extract(data, "
                                  "'$.handler_due_ms') IS NOT NULL")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0); // signing for a case moves no deadline

    // The service's own replay changes nothing.
    for (int i = 0; i < ids.size(); i += 20) {
        const QString before = rowText(db, ids.at(i));
        {
            Transaction tx(db);
            REQUIRE(service.recompute(ids.at(i)).ok());
            REQUIRE(tx.commit().ok());
        }
        CHECK(rowText(db, ids.at(i)) == before);
    }
}

TEST_CASE("demo cases: the same seed gives the same cases, another seed others", "[demo][cases]")
{
    // A number opens with the office's code, which each file has its own of: the rest is the seed's.
    const QString fingerprint =
        QStringLiteral("SELECT group_concat(id || substr(number, 5) || state || description || report_count, ';') "
                       "FROM (SELECT * FROM cases ORDER BY id)");
    const QString events = QStringLiteral("SELECT group_concat(id || action || at_ms || data, ';') FROM "
                                          "(SELECT * FROM case_events ORDER BY id)");
    DistrictDb a, b, c;
    generate(*a.t, kCaseSeed, 500);
    generate(*b.t, kCaseSeed, 500);
    generate(*c.t, kCaseSeed + 1, 500);
    CHECK(scalar(*a.t, fingerprint).toString() == scalar(*b.t, fingerprint).toString());
    CHECK(scalar(*a.t, events).toString() == scalar(*b.t, events).toString());
    CHECK(column(*a.t, QStringLiteral("SELECT id FROM cases INTERSECT SELECT id FROM cases")).size() == 500);
    CHECK(scalar(*a.t, fingerprint).toString() != scalar(*c.t, fingerprint).toString());
}

TEST_CASE("demo cases: refused without a district or with cases already there", "[demo][cases]")
{
    SECTION("no grids")
    {
        gdtest::TestDb t;
        t.clock->setMs(beijing(2026, 6, 16));
        DemoCaseOptions o;
        o.count = 10;
        auto r = DemoCases::generate(*t, o);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Invalid);
        CHECK_FALSE(r.message().isEmpty());
        CHECK(count(*t, QStringLiteral("SELECT count(*) FROM cases")) == 0);
    }
    SECTION("cases already")
    {
        DistrictDb d;
        generate(*d.t, kCaseSeed, 50);
        DemoCaseOptions o;
        o.count = 10;
        o.seed = 99;
        auto r = DemoCases::generate(*d.t, o);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Invalid);
        CHECK(count(*d.t, QStringLiteral("SELECT count(*) FROM cases")) == 50);
        CHECK(count(*d.t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'demo_cases'")) == 1);
    }
    SECTION("a count out of range")
    {
        DistrictDb d;
        DemoCaseOptions o;
        o.count = 0;
        auto r = DemoCases::generate(*d.t, o);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("count"));
    }
}

TEST_CASE("demo cases: a cancel leaves the file as it was", "[demo][cases]")
{
    DistrictDb d;
    Database &db = *d.t;
    const int audit = count(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    const QStringList indexes = column(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' "
                                                          "AND tbl_name IN ('cases', 'case_events') ORDER BY name"));
    Actor desk;
    desk.login = QStringLiteral("wangfang");
    desk.role = Role::Staff;
    desk.signedIn = true;
    db.setActor(desk);
    DemoCaseOptions o;
    o.count = kCount;
    o.progress = [](double f) { return f < 0.3; };
    auto r = DemoCases::generate(db, o);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().isCancelled());
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cases")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM case_events")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log")) == audit);
    CHECK(column(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' "
                                    "AND tbl_name IN ('cases', 'case_events') ORDER BY name")) == indexes);
    CHECK(db.actor().login == QStringLiteral("wangfang")); // the caller's actor, back
    db.setActor(Actor::system());
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    // And the file still takes the cases afterwards.
    CHECK(generate(db, kCaseSeed, 100).cases == 100);
}

TEST_CASE("demo cases: the period stays inside the working-day calendar", "[demo][cases]")
{
    SECTION("late in the last covered year: the newest cases leave room for their deadlines")
    {
        DistrictDb d(beijing(2026, 12, 28));
        const DemoCaseSummary sum = generate(*d.t, kCaseSeed, 300);
        // 16 working days (5 for the deadline, 10 for an extension, 1 spare) before 31 December.
        CHECK(sum.toMs == WorkCalendar::endOfDay(QDate(2026, 12, 9)).toMSecsSinceEpoch());
        CHECK(count(*d.t, QStringLiteral("SELECT count(*) FROM cases WHERE due_ms IS NULL")) == 0);
        const qint64 yearEnd = WorkCalendar::endOfDay(QDate(2026, 12, 31)).toMSecsSinceEpoch();
        CHECK(count(*d.t, QStringLiteral("SELECT count(*) FROM case_events WHERE json_extract(data, '$.due_ms') > %1 "
                                         "OR json_extract(data, '$.handler_due_ms') > %1")
                              .arg(yearEnd)) == 0);
    }
    SECTION("early in the first covered year: nothing before it")
    {
        DistrictDb d(beijing(2025, 1, 20));
        const DemoCaseSummary sum = generate(*d.t, kCaseSeed, 300);
        CHECK(sum.fromMs >= beijing(2025, 1, 1, 0));
        CHECK(sum.toMs == beijing(2025, 1, 20));
    }
    SECTION("a given end before the clock's now")
    {
        DistrictDb d;
        DemoCaseOptions o;
        o.count = 200;
        o.endMs = beijing(2026, 4, 1, 11);
        auto r = DemoCases::generate(*d.t, o);
        REQUIRE(r.ok());
        CHECK(r->toMs == o.endMs);
        CHECK(count(*d.t, QStringLiteral("SELECT count(*) FROM cases WHERE received_ms > %1").arg(o.endMs)) == 0);
    }
    SECTION("a clock before the calendar's years")
    {
        DistrictDb d(beijing(2024, 6, 1));
        DemoCaseOptions o;
        o.count = 10;
        auto r = DemoCases::generate(*d.t, o);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Data);
    }
}

TEST_CASE("demo cases: the text templates fit the seeded category tree and the workflow's keys", "[demo][cases]")
{
    gdtest::TestDb t;
    const demo::List<demo::CaseTemplate> templates = demo::caseTemplates();
    CHECK(templates.count >= 40);
    QSet<QString> descriptions;
    const QRegularExpression slot(QStringLiteral("\\{([^}]*)\\}"));
    for (const demo::CaseTemplate &c : templates) {
        const QString description = QString::fromUtf8(c.description);
        INFO(description.toStdString());
        descriptions.insert(description);
        CHECK(count(*t, QStringLiteral("SELECT count(*) FROM categories k WHERE k.code = '%1' AND NOT EXISTS "
                                       "(SELECT 1 FROM categories x WHERE x.parent_id = k.id)")
                            .arg(QLatin1String(c.category))) == 1);
        for (const QString &type : QString::fromLatin1(c.types).split(QLatin1Char(',')))
            CHECK(cases::requestTypes().contains(type));
        CHECK(c.weight > 0);
        for (const QString &text : {description, QString::fromUtf8(c.request), QString::fromUtf8(c.done)}) {
            CHECK_FALSE(text.isEmpty());
            CHECK_FALSE(text.contains(QLatin1Char('"')));
            auto it = slot.globalMatch(text);
            while (it.hasNext())
                CHECK(QStringList({QStringLiteral("b"), QStringLiteral("r"), QStringLiteral("u"), QStringLiteral("f"),
                                   QStringLiteral("n"), QStringLiteral("d")})
                          .contains(it.next().captured(1)));
        }
    }
    CHECK(descriptions.size() == int(templates.count));
}
