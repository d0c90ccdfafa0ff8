// The administrator's case settings (core/cases/CaseSettings): the repeat window's writer and
// its bounds, the one-transaction save of rules, window and calendar edits, who may save, what
// is audited, and that cases registered after a save follow the new settings.
#include "calendar/WorkCalendar.h"
#include "cases/CaseSettings.h"
#include "cases/RepeatFinder.h"
#include "storage/Transaction.h"
#include "test_case_world.h"
#include "test_org_fixture.h"

using namespace gd;
using namespace gdtest;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}
int metaAudits(Database &db, const char *key)
{
    return count(db, u("SELECT count(*) FROM audit_log WHERE table_name = 'meta' AND row_id = ?"), {u(key)});
}
int calendarAudits(Database &db)
{
    return count(db, u("SELECT count(*) FROM audit_log WHERE table_name = 'calendar_days'"));
}
CalendarDay day(const char *date, const char *kind, const char *name)
{
    return {{}, u(date), u(kind), u(name)};
}
QString dayName(Database &db, const char *date)
{
    for (const CalendarDay &d : CalendarService(db).days(u(date).left(4).toInt()))
        if (d.date == u(date))
            return d.kind + u(":") + d.name;
    return {};
}
} // namespace

TEST_CASE("the repeat window is 30 days until an administrator sets it", "[case-settings]")
{
    TestDb t;
    CaseSettings settings(*t);
    CHECK(settings.repeatWindowDays() == 30);
    CHECK(t->meta(u("repeat_window_days")).isEmpty());
    t->setActor(actorAs(Role::Admin));
    REQUIRE(settings.setRepeatWindowDays(45).ok());
    CHECK(settings.repeatWindowDays() == 45);
    CHECK(RepeatFinder::windowDaysSetting(*t) == 45); // the reader the intake desk uses
    CHECK(t->meta(u("repeat_window_days")) == u("45"));
    CHECK(metaAudits(*t, "repeat_window_days") == 1);
    REQUIRE(settings.setRepeatWindowDays(45).ok()); // the same value: nothing to record
    CHECK(metaAudits(*t, "repeat_window_days") == 1);
    // Both ends of the range are accepted and read back as written.
    for (int days : {1, 365}) {
        REQUIRE(settings.setRepeatWindowDays(days).ok());
        CHECK(RepeatFinder::windowDaysSetting(*t) == days);
    }
    CHECK(metaAudits(*t, "repeat_window_days") == 3);
    // The last entry says who changed the window, from what to what.
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(u("SELECT operator_login, before_json, after_json FROM audit_log WHERE row_id = "
                     "'repeat_window_days' ORDER BY rowid DESC LIMIT 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u("admin"));
    CHECK(q.value(1).toString().contains(u("\"1\"")));
    CHECK(q.value(2).toString().contains(u("\"365\"")));
}

TEST_CASE("a repeat window outside 1 to 365 days is refused, naming the field", "[case-settings]")
{
    TestDb t;
    t->setActor(actorAs(Role::Admin));
    CaseSettings settings(*t);
    for (int days : {0, -5, 366, 100000}) {
        const Status s = settings.setRepeatWindowDays(days);
        CHECK(s.error().kind == ErrorKind::Invalid);
        CHECK(s.error().field == u("repeat_window_days"));
        CHECK(s.message().contains(u("Repeat window")));
        CHECK(s.message().contains(u("365")));
    }
    CHECK(t->meta(u("repeat_window_days")).isEmpty());
    CHECK(metaAudits(*t, "repeat_window_days") == 0);
    // A damaged value (typed into the file by hand) reads as the default, never as 0 days.
    for (const char *damaged : {"abc", "0", "366", "12.5", ""}) {
        Transaction tx(*t);
        REQUIRE(t->setMeta(u("repeat_window_days"), u(damaged)).ok());
        REQUIRE(tx.commit().ok());
        CHECK(settings.repeatWindowDays() == 30);
    }
}

TEST_CASE("staff and supervisors may not change the case settings", "[case-settings]")
{
    TestDb t;
    const int audits = auditRows(*t);
    DeadlineRules rules;
    rules.normalDays = 4;
    CalendarChanges calendar;
    calendar.put << day("2027-01-01", "holiday", "元旦");
    for (const Actor &a : {actorAs(Role::Staff), actorAs(Role::Supervisor), actorAs(Role::Admin, false)}) {
        t->setActor(a);
        CaseSettings settings(*t);
        CHECK(settings.setRepeatWindowDays(60).error().kind == ErrorKind::Permission);
        CHECK(settings.save(rules, 60, calendar).error().kind == ErrorKind::Permission);
        CHECK(settings.save(DeadlineRules(), 30).error().kind == ErrorKind::Permission);
    }
    CHECK(t->meta(u("repeat_window_days")).isEmpty());
    CHECK(t->meta(u("deadline_rules")).isEmpty());
    CHECK(CalendarService(*t).days(2027).isEmpty());
    CHECK(auditRows(*t) == audits);
}

TEST_CASE("OK on untouched settings records nothing, each changed part is audited", "[case-settings]")
{
    TestDb t;
    t->setActor(actorAs(Role::Admin));
    CaseSettings settings(*t);
    const int audits = auditRows(*t);
    REQUIRE(settings.save(DeadlineRules::load(*t), settings.repeatWindowDays()).ok());
    CHECK(auditRows(*t) == audits);
    CHECK(t->meta(u("deadline_rules")).isEmpty()); // the defaults stay implicit

    DeadlineRules rules;
    rules.normalDays = 6;
    rules.typeDays.insert(u("consultation"), 1);
    REQUIRE(settings.save(rules, 30).ok());
    CHECK(DeadlineRules::load(*t) == rules);
    CHECK(metaAudits(*t, "deadline_rules") == 1);
    CHECK(metaAudits(*t, "repeat_window_days") == 0);

    REQUIRE(settings.save(rules, 90).ok());
    CHECK(settings.repeatWindowDays() == 90);
    CHECK(metaAudits(*t, "deadline_rules") == 1);
    CHECK(metaAudits(*t, "repeat_window_days") == 1);
    CHECK(auditRows(*t) == audits + 2);
}

TEST_CASE("calendar edits add, change, move and remove days in the same save", "[case-settings]")
{
    TestDb t;
    t->setActor(actorAs(Role::Admin));
    CaseSettings settings(*t);
    CalendarService calendar(*t);
    REQUIRE(calendar.years() == QList<int>{2025, 2026});
    REQUIRE(dayName(*t, "2026-10-01") == u("holiday:国庆节"));
    const int before = calendarAudits(*t);

    CalendarChanges changes;
    changes.put << day("2027-01-01", "holiday", "元旦") << day("2027-02-20", "workday", "春节调休上班")
                << day("2026-10-01", "holiday", "国庆节（改名）");
    changes.removed << u("2026-10-10") << u("2030-01-01"); // the second was never there: ignored
    REQUIRE(settings.save(DeadlineRules(), 30, changes).ok());
    CHECK(calendar.years() == QList<int>{2025, 2026, 2027});
    CHECK(calendar.days(2027).size() == 2);
    CHECK(dayName(*t, "2026-10-01") == u("holiday:国庆节（改名）"));
    CHECK(dayName(*t, "2026-10-10").isEmpty());
    CHECK(WorkCalendar::load(*t).covers(QDate(2027, 6, 1)));
    CHECK(calendarAudits(*t) == before + 4); // two inserts, one update, one tombstone
    CHECK(metaAudits(*t, "deadline_rules") == 0);

    // A removed day entered again comes back as the same row, not a second one.
    CalendarChanges again;
    again.put << day("2026-10-10", "workday", "国庆节调休上班");
    REQUIRE(settings.save(DeadlineRules(), 30, again).ok());
    CHECK(dayName(*t, "2026-10-10") == u("workday:国庆节调休上班"));
    CHECK(count(*t, u("SELECT count(*) FROM calendar_days WHERE date = '2026-10-10'")) == 1);
}

TEST_CASE("a bad part refuses the whole save and names its field", "[case-settings]")
{
    TestDb t;
    t->setActor(actorAs(Role::Admin));
    CaseSettings settings(*t);
    const int audits = auditRows(*t);
    CalendarChanges good;
    good.put << day("2027-01-01", "holiday", "元旦");

    DeadlineRules rules;
    rules.urgentDays = 6; // longer than a normal case
    Status s = settings.save(rules, 60, good);
    CHECK(s.error().field == u("urgent_days"));
    rules = DeadlineRules();
    rules.typeDays.insert(u("complaint"), 31);
    CHECK(settings.save(rules, 60, good).error().field == u("type_days.complaint"));
    CHECK(settings.save(DeadlineRules(), 0, good).error().field == u("repeat_window_days"));

    // The calendar is checked day by day after the rules were written: the rollback undoes them.
    rules = DeadlineRules();
    rules.normalDays = 7;
    for (const CalendarDay &bad : {day("2027-01-04", "workday", "周一调休"), day("2027-13-01", "holiday", "x"),
                                   day("2027-01-05", "vacation", "x"),
                                   CalendarDay{{}, u("2027-01-06"), u("holiday"), QString(40, QChar(0x5047))}}) {
        CalendarChanges changes = good;
        changes.put << bad;
        s = settings.save(rules, 60, changes);
        INFO(s.message().toStdString());
        CHECK(s.error().kind == ErrorKind::Invalid);
        CHECK(s.error().field == u("calendar"));
        CHECK(s.message().startsWith(u("Calendar, ") + bad.date));
    }
    CHECK(t->meta(u("deadline_rules")).isEmpty());
    CHECK(t->meta(u("repeat_window_days")).isEmpty());
    CHECK(CalendarService(*t).days(2027).isEmpty());
    CHECK(auditRows(*t) == audits);
}

TEST_CASE("cases registered after a save follow the new rules, window and calendar", "[case-settings]")
{
    CaseWorld w; // Monday 2 March 2026, 10:00
    CaseService cases(*w.t);
    auto dueDay = [&] {
        const Case c = cases.caseById(must(cases.registerCase(w.draft()))).value();
        return WorkCalendar::dayOf(QDateTime::fromMSecsSinceEpoch(c.dueMs, WorkCalendar::zone()));
    };
    CHECK(dueDay() == QDate(2026, 3, 9)); // 5 working days

    w.t->setActor(actorAs(Role::Admin));
    DeadlineRules rules;
    rules.normalDays = 3;
    REQUIRE(CaseSettings(*w.t).save(rules, 7).ok());
    CHECK(dueDay() == QDate(2026, 3, 5));
    CHECK(RepeatFinder::windowDaysSetting(*w.t) == 7);

    // A day off added on Wednesday pushes the deadline by one working day.
    CalendarChanges changes;
    changes.put << day("2026-03-04", "holiday", "临时休假");
    REQUIRE(CaseSettings(*w.t).save(rules, 7, changes).ok());
    CHECK(dueDay() == QDate(2026, 3, 6));
}
