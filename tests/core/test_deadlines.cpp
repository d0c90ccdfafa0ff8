// The office's deadline rules (core/cases/DeadlineRules): the defaults from docs/domain.md over the
// real 2025–2026 calendar, emergencies and utilities in calendar hours, request-type overrides,
// extensions and returns, and saving the rules (validated, audited, administrators only).
#include "TestDb.h"
#include "calendar/WorkCalendar.h"
#include "cases/DeadlineRules.h"
#include "cases/ReferenceSeed.h"
#include "storage/RowStore.h"
#include "storage/Transaction.h"

using namespace gd;
using namespace gdtest;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}
WorkCalendar seededCalendar(TestDb &t)
{
    Transaction tx(*t);
    REQUIRE(seedReferenceData(t->sql()).ok());
    REQUIRE(tx.commit().ok());
    return WorkCalendar::load(*t);
}
qint64 bj(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), WorkCalendar::zone()).toMSecsSinceEpoch();
}
qint64 endOf(int y, int m, int d)
{
    return WorkCalendar::endOfDay(QDate(y, m, d)).toMSecsSinceEpoch();
}
std::string when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, WorkCalendar::zone()).toString(Qt::ISODateWithMs).toStdString();
}
// The due time as text, so a failure shows the two dates instead of two large numbers.
std::string due(const DeadlineRules &r, const WorkCalendar &cal, qint64 received, const char *urgency,
                const char *type = "help", const char *route = "")
{
    auto d = r.dueMs(cal, received, u(urgency), u(type), u(route));
    if (!d)
        return "error: " + d.message().toStdString();
    return when(*d);
}
Actor as(Role role)
{
    Actor a;
    a.operatorId = QStringLiteral("op-") + roleKey(role);
    a.login = roleKey(role);
    a.displayName = QStringLiteral("Test ") + roleKey(role);
    a.role = role;
    a.signedIn = true;
    return a;
}
int auditRows(TestDb &t)
{
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'meta' AND "
                                  "row_id = 'deadline_rules'")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}
} // namespace

TEST_CASE("the default rules are domain.md's", "[deadlines]")
{
    const DeadlineRules r;
    CHECK(r.normalDays == 5);
    CHECK(r.urgentDays == 2);
    CHECK(r.emergencyResponseHours == 2);
    CHECK(r.routeHours.value(u("utility")) == 24);
    CHECK(r.typeDays.isEmpty());
    CHECK(r.extensionMaxDays == 10);
    CHECK(r.extensionMaxCount == 1);
    CHECK(r.returnDays == 2);
    CHECK(r.validate().kind == ErrorKind::None);
    TestDb t;
    CHECK(DeadlineRules::load(*t) == r); // a new file has no setting: the defaults apply
}

TEST_CASE("normal and urgent cases count working days across the holidays", "[deadlines]")
{
    TestDb t;
    const WorkCalendar cal = seededCalendar(t);
    const DeadlineRules r;
    // Friday evening before the Spring Festival: the make-up Saturday counts, the holiday does not.
    CHECK(due(r, cal, bj(2026, 2, 13, 18, 30), "normal") == when(endOf(2026, 2, 27)));
    CHECK(due(r, cal, bj(2026, 2, 12, 10), "urgent") == when(endOf(2026, 2, 14)));
    CHECK(due(r, cal, bj(2026, 2, 13, 18, 30), "urgent") == when(endOf(2026, 2, 24)));
    // Received on a holiday, and on a make-up Saturday.
    CHECK(due(r, cal, bj(2026, 2, 18, 9), "normal") == when(endOf(2026, 2, 28)));
    CHECK(due(r, cal, bj(2026, 2, 14, 11), "normal") == when(endOf(2026, 2, 28)));
    // National Day 2025, with the make-up Sunday before and Saturday after.
    CHECK(due(r, cal, bj(2025, 9, 26, 17), "normal") == when(endOf(2025, 10, 10)));
    CHECK(due(r, cal, bj(2025, 9, 30, 9), "urgent") == when(endOf(2025, 10, 10)));
    CHECK(due(r, cal, bj(2025, 10, 5, 9), "normal") == when(endOf(2025, 10, 14)));
    // The public-order route changes who handles it, not how fast.
    CHECK(due(r, cal, bj(2026, 3, 6, 20), "normal", "report", "police") == when(endOf(2026, 3, 13)));
}

TEST_CASE("emergencies are due the same day, utilities within 24 hours, holidays or not", "[deadlines]")
{
    TestDb t;
    const WorkCalendar cal = seededCalendar(t);
    const DeadlineRules r;
    CHECK(due(r, cal, bj(2026, 2, 16, 10), "emergency") == when(endOf(2026, 2, 16)));
    CHECK(r.responseDueMs(bj(2026, 2, 16, 10), u("emergency"), {}) == bj(2026, 2, 16, 12));
    // Late in the evening the response time still applies.
    CHECK(due(r, cal, bj(2026, 2, 16, 23), "emergency") == when(bj(2026, 2, 17, 1)));
    // A category in the emergencies branch is an emergency whatever urgency was picked.
    CHECK(due(r, cal, bj(2026, 3, 6, 15), "normal", "report", "emergency") == when(endOf(2026, 3, 6)));
    CHECK(r.responseDueMs(bj(2026, 3, 6, 15), u("normal"), u("emergency")) == bj(2026, 3, 6, 17));
    CHECK(r.responseDueMs(bj(2026, 3, 6, 15), u("urgent"), {}) == 0);
    // Water, power, gas, heating: calendar hours, through a holiday weekend.
    CHECK(due(r, cal, bj(2026, 2, 21, 20), "normal", "help", "utility") == when(bj(2026, 2, 22, 20)));
    CHECK(due(r, cal, bj(2026, 2, 21, 20), "urgent", "help", "utility") == when(bj(2026, 2, 22, 20)));
    CHECK(due(r, cal, bj(2026, 2, 21, 20), "emergency", "help", "utility") == when(endOf(2026, 2, 21)));
    // Calendar hours need no calendar: they work in a year nobody has entered.
    CHECK(due(r, cal, bj(2027, 3, 1, 9), "emergency") == when(endOf(2027, 3, 1)));
    CHECK(due(r, cal, bj(2027, 3, 1, 9), "normal", "help", "utility") == when(bj(2027, 3, 2, 9)));
}

TEST_CASE("request types can override the working days", "[deadlines]")
{
    TestDb t;
    const WorkCalendar cal = seededCalendar(t);
    DeadlineRules r;
    r.typeDays.insert(u("consultation"), 1);
    r.typeDays.insert(u("suggestion"), 10);
    CHECK(due(r, cal, bj(2026, 3, 6, 20), "normal", "consultation") == when(endOf(2026, 3, 9)));
    CHECK(due(r, cal, bj(2026, 3, 6, 20), "urgent", "consultation") == when(endOf(2026, 3, 9)));
    CHECK(due(r, cal, bj(2026, 3, 6, 20), "normal", "suggestion") == when(endOf(2026, 3, 20)));
    CHECK(due(r, cal, bj(2026, 3, 6, 20), "urgent", "suggestion") == when(endOf(2026, 3, 10))); // shorter wins
    CHECK(due(r, cal, bj(2026, 3, 6, 20), "normal", "complaint") == when(endOf(2026, 3, 13)));
}

TEST_CASE("a deadline past the calendar, or a bad urgency, is an error", "[deadlines]")
{
    TestDb t;
    const WorkCalendar cal = seededCalendar(t);
    const DeadlineRules r;
    // Past the provisional years (2027 and 2028 after the shipped 2026).
    auto late = r.dueMs(cal, bj(2028, 12, 25, 10), u("normal"), u("help"), {});
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().kind == ErrorKind::Data);
    CHECK(late.message().contains(u("2029")));
    CHECK(due(r, cal, bj(2028, 12, 25, 10), "urgent") == when(endOf(2028, 12, 27)));
    // Into the provisional 2027: counted, New Year's Day off.
    CHECK(due(r, cal, bj(2026, 12, 28, 10), "normal") == when(endOf(2027, 1, 5)));
    auto bad = r.dueMs(cal, bj(2026, 3, 6, 10), u("whenever"), u("help"), {});
    CHECK(bad.error().kind == ErrorKind::Invalid);
    CHECK(bad.error().field == u("urgency"));
    CHECK(r.dueMs(WorkCalendar(), bj(2026, 3, 6, 10), u("normal"), u("help"), {}).error().kind == ErrorKind::Data);
}

TEST_CASE("one extension of at most 10 working days, returns within 2", "[deadlines]")
{
    TestDb t;
    const WorkCalendar cal = seededCalendar(t);
    const DeadlineRules r;
    auto ext = r.extendedDueMs(cal, endOf(2026, 2, 27), 10, 0);
    REQUIRE(ext.ok());
    CHECK(when(*ext) == when(endOf(2026, 3, 12))); // the make-up Saturday 28 February is day 1
    auto national = r.extendedDueMs(cal, endOf(2025, 9, 26), 10, 0);
    REQUIRE(national.ok());
    CHECK(when(*national) == when(endOf(2025, 10, 16)));
    CHECK(r.extendedDueMs(cal, endOf(2026, 2, 27), 11, 0).error().field == u("days"));
    CHECK(r.extendedDueMs(cal, endOf(2026, 2, 27), 0, 0).error().field == u("days"));
    auto twice = r.extendedDueMs(cal, endOf(2026, 2, 27), 3, 1);
    CHECK(twice.error().kind == ErrorKind::Invalid);
    CHECK(twice.error().field == u("extension"));
    CHECK(r.extendedDueMs(cal, endOf(2028, 12, 22), 10, 0).error().kind == ErrorKind::Data);

    auto back = r.returnDeadlineMs(cal, bj(2025, 9, 30, 15));
    REQUIRE(back.ok());
    CHECK(when(*back) == when(endOf(2025, 10, 10)));
    auto spring = r.returnDeadlineMs(cal, bj(2026, 2, 13, 16));
    REQUIRE(spring.ok());
    CHECK(when(*spring) == when(endOf(2026, 2, 24)));
}

TEST_CASE("deadline rules round-trip through the file and are audited", "[deadlines]")
{
    TestDb t;
    DeadlineRules r;
    r.normalDays = 6;
    r.urgentDays = 1;
    r.routeHours.insert(u("utility"), 12);
    r.typeDays.insert(u("consultation"), 1);
    r.extensionMaxCount = 2;
    auto parsed = DeadlineRules::fromJson(r.toJson());
    REQUIRE(parsed.ok());
    CHECK(*parsed == r);

    t->setActor(as(Role::Admin));
    const Status s = r.save(*t);
    INFO(s.message().toStdString());
    REQUIRE(s.ok());
    const DeadlineRules loaded = DeadlineRules::load(*t);
    CHECK(loaded == r);
    CHECK(loaded.normalDays == 6);
    CHECK(loaded.typeDays.value(u("consultation")) == 1);
    CHECK(t->meta(u("deadline_rules")) == r.toJson());
    CHECK(auditRows(t) == 1);
    REQUIRE(r.save(*t).ok()); // the same rules again: nothing to record
    CHECK(auditRows(t) == 1);
    REQUIRE(DeadlineRules().save(*t).ok());
    CHECK(DeadlineRules::load(*t) == DeadlineRules());
    CHECK(auditRows(t) == 2);

    // Settings written by a later version with a key this one does not know keep the rest.
    auto partial = DeadlineRules::fromJson(u("{\"normal_days\":7,\"future_rule\":3}"));
    REQUIRE(partial.ok());
    CHECK(partial->normalDays == 7);
    CHECK(partial->urgentDays == 2);
    CHECK(DeadlineRules::fromJson(u("not json")).error().kind == ErrorKind::Data);
    CHECK(DeadlineRules::fromJson(u("{\"normal_days\":\"five\"}")).error().kind == ErrorKind::Data);
    CHECK(DeadlineRules::fromJson(u("{\"type_days\":{\"consultation\":1.5}}")).error().kind == ErrorKind::Data);
    {
        Transaction tx(*t);
        REQUIRE(t->setMeta(u("deadline_rules"), u("{broken")).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(DeadlineRules::load(*t) == DeadlineRules()); // damaged: the defaults, never no deadline
}

TEST_CASE("only an administrator saves deadline rules, and only valid ones", "[deadlines]")
{
    TestDb t;
    DeadlineRules r;
    r.normalDays = 4;
    for (Role role : {Role::Staff, Role::Supervisor}) {
        t->setActor(as(role));
        const Status s = r.save(*t);
        CHECK(s.error().kind == ErrorKind::Permission);
    }
    CHECK(t->meta(u("deadline_rules")).isEmpty());
    CHECK(auditRows(t) == 0);

    t->setActor(as(Role::Admin));
    auto field = [&](const DeadlineRules &x) { return x.save(*t).error().field; };
    DeadlineRules bad;
    bad.normalDays = 0;
    CHECK(field(bad) == u("normal_days"));
    bad = DeadlineRules();
    bad.normalDays = 31;
    CHECK(field(bad) == u("normal_days"));
    bad = DeadlineRules();
    bad.urgentDays = 6;
    CHECK(field(bad) == u("urgent_days"));
    bad = DeadlineRules();
    bad.extensionMaxDays = 0;
    CHECK(field(bad) == u("extension_max_days"));
    bad = DeadlineRules();
    bad.returnDays = 11;
    CHECK(field(bad) == u("return_days"));
    bad = DeadlineRules();
    bad.emergencyResponseHours = 25;
    CHECK(field(bad) == u("emergency_response_hours"));
    bad = DeadlineRules();
    bad.routeHours.insert(u("utility"), 0);
    CHECK(field(bad) == u("route_hours.utility"));
    bad = DeadlineRules();
    bad.typeDays.insert(u("bakery"), 1);
    CHECK(field(bad) == u("type_days.bakery"));
    bad = DeadlineRules();
    bad.typeDays.insert(u("consultation"), 0);
    auto msg = bad.save(*t);
    CHECK(msg.error().field == u("type_days.consultation"));
    CHECK(msg.message().contains(u("Consultation")));
    CHECK(t->meta(u("deadline_rules")).isEmpty());
    CHECK(auditRows(t) == 0);
}
