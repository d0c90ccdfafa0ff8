// The working-day calendar (core/calendar/WorkCalendar) on the shipped 2025–2026 data: make-up
// working weekends, the Spring Festival and National Day, where counting starts, and the clear
// refusal when a deadline needs a year nobody has entered yet.
#include "TestDb.h"
#include "calendar/CalendarService.h"
#include "calendar/WorkCalendar.h"
#include "cases/ReferenceSeed.h"
#include "storage/Transaction.h"

#include <QStringEncoder>

using namespace gd;
using namespace gdtest;

namespace {
WorkCalendar seededCalendar(TestDb &t)
{
    Transaction tx(*t);
    Status s = seedReferenceData(t->sql());
    INFO(s.message().toStdString());
    REQUIRE(s.ok());
    REQUIRE(tx.commit().ok());
    return WorkCalendar::load(*t);
}
QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}
// A moment in Beijing time, the zone the calendar counts in.
QDateTime bj(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), WorkCalendar::zone());
}
QDateTime endOf(int y, int m, int d)
{
    return WorkCalendar::endOfDay(QDate(y, m, d));
}
QDateTime plus(const WorkCalendar &cal, const QDateTime &from, int n)
{
    auto r = cal.addWorkingDays(from, n);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return *r;
}
int between(const WorkCalendar &cal, const QDate &a, const QDate &b)
{
    auto r = cal.workingDaysBetween(a, b);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return *r;
}
} // namespace

TEST_CASE("the calendar knows weekends, holidays and make-up working days", "[calendar]")
{
    TestDb t;
    const WorkCalendar cal = seededCalendar(t);
    CHECK(cal.years() == QList<int>{2025, 2026});
    CHECK(cal.covers(day(2025, 1, 1)));
    CHECK(cal.covers(day(2026, 12, 31)));
    CHECK_FALSE(cal.covers(day(2024, 12, 31)));
    CHECK(cal.covers(day(2027, 1, 1))); // provisional (test_provisional_calendar.cpp)
    CHECK_FALSE(cal.isOfficial(2027));
    CHECK_FALSE(cal.covers(day(2029, 1, 1)));

    CHECK(cal.isWorkingDay(day(2026, 2, 14)));       // Saturday, make-up working day
    CHECK_FALSE(cal.isWorkingDay(day(2026, 2, 16))); // Monday, Spring Festival
    CHECK_FALSE(cal.isWorkingDay(day(2026, 2, 21))); // Saturday inside the holiday
    CHECK_FALSE(cal.isWorkingDay(day(2026, 2, 23))); // Monday, last day of the holiday
    CHECK(cal.isWorkingDay(day(2026, 2, 24)));
    CHECK(cal.isWorkingDay(day(2026, 2, 28)));       // Saturday, make-up working day
    CHECK_FALSE(cal.isWorkingDay(day(2026, 3, 7)));  // an ordinary Saturday
    CHECK(cal.isWorkingDay(day(2025, 9, 28)));       // Sunday before National Day
    CHECK_FALSE(cal.isWorkingDay(day(2025, 10, 8))); // Wednesday, National Day + Mid-Autumn
    CHECK(cal.isWorkingDay(day(2025, 10, 9)));
    CHECK(cal.isWorkingDay(day(2025, 10, 11))); // Saturday, make-up working day
    CHECK(cal.requireCovered(day(2026, 6, 1)).ok());

    WorkCalendar empty;
    CHECK(empty.years().isEmpty());
    CHECK_FALSE(empty.covers(day(2026, 1, 5)));
}

TEST_CASE("working days across the 2026 Spring Festival", "[calendar]")
{
    TestDb t;
    const WorkCalendar cal = seededCalendar(t);
    // Friday evening before the holiday: Saturday 14th is worked, then nine days off.
    CHECK(plus(cal, bj(2026, 2, 13, 18, 30), 1) == endOf(2026, 2, 14));
    CHECK(plus(cal, bj(2026, 2, 13, 18, 30), 2) == endOf(2026, 2, 24));
    CHECK(plus(cal, bj(2026, 2, 13, 18, 30), 5) == endOf(2026, 2, 27));
    // Received on the make-up Saturday itself: counting starts on the next working day.
    CHECK(plus(cal, bj(2026, 2, 14, 10), 1) == endOf(2026, 2, 24));
    CHECK(plus(cal, bj(2026, 2, 14, 10), 5) == endOf(2026, 2, 28)); // the second make-up Saturday
    // Received on a holiday.
    CHECK(plus(cal, bj(2026, 2, 17, 9), 1) == endOf(2026, 2, 24));
    CHECK(plus(cal, bj(2026, 2, 17, 9), 2) == endOf(2026, 2, 25));
    CHECK(plus(cal, bj(2026, 2, 23, 23, 59), 5) == endOf(2026, 2, 28));

    CHECK(between(cal, day(2026, 2, 13), day(2026, 2, 27)) == 5);
    CHECK(between(cal, day(2026, 2, 27), day(2026, 2, 13)) == -5);
    CHECK(between(cal, day(2026, 2, 14), day(2026, 2, 23)) == 0);
    CHECK(between(cal, day(2026, 2, 14), day(2026, 2, 24)) == 1);
    CHECK(between(cal, day(2026, 2, 1), day(2026, 2, 1)) == 0);
}

TEST_CASE("working days across National Day 2025", "[calendar]")
{
    TestDb t;
    const WorkCalendar cal = seededCalendar(t);
    // Friday 26 September: the make-up Sunday 28th is day 1, then Monday and Tuesday.
    CHECK(plus(cal, bj(2025, 9, 26, 17), 1) == endOf(2025, 9, 28));
    CHECK(plus(cal, bj(2025, 9, 26, 17), 3) == endOf(2025, 9, 30));
    CHECK(plus(cal, bj(2025, 9, 26, 17), 5) == endOf(2025, 10, 10));
    CHECK(plus(cal, bj(2025, 9, 30, 15), 2) == endOf(2025, 10, 10));
    CHECK(plus(cal, bj(2025, 9, 30, 15), 3) == endOf(2025, 10, 11)); // make-up Saturday
    CHECK(plus(cal, bj(2025, 10, 3, 11), 1) == endOf(2025, 10, 9));  // received on a holiday
    CHECK(plus(cal, bj(2025, 10, 11, 9), 1) == endOf(2025, 10, 13)); // received on the make-up Saturday
    CHECK(between(cal, day(2025, 9, 26), day(2025, 10, 13)) == 7);
}

TEST_CASE("an ordinary Friday evening counts from Monday", "[calendar]")
{
    TestDb t;
    const WorkCalendar cal = seededCalendar(t);
    CHECK(plus(cal, bj(2026, 3, 6, 20), 1) == endOf(2026, 3, 9));
    CHECK(plus(cal, bj(2026, 3, 6, 20), 5) == endOf(2026, 3, 13));
    CHECK(plus(cal, bj(2026, 3, 6, 8), 5) == endOf(2026, 3, 13));  // the hour of arrival does not matter
    CHECK(plus(cal, bj(2026, 3, 7, 12), 5) == endOf(2026, 3, 13)); // nor does a Saturday arrival
    CHECK(plus(cal, bj(2026, 3, 6, 20), 0) == endOf(2026, 3, 6));
}

TEST_CASE("a day ends at 23:59:59.999 Beijing time, whatever zone the input is in", "[calendar]")
{
    TestDb t;
    const WorkCalendar cal = seededCalendar(t);
    CHECK(endOf(2026, 3, 9).toMSecsSinceEpoch() ==
          QDateTime(QDate(2026, 3, 9), QTime(15, 59, 59, 999), QTimeZone::utc()).toMSecsSinceEpoch());
    // 20:00 UTC on Thursday is already Friday 04:00 in Beijing: day 1 is the Monday.
    const QDateTime utcThursday(QDate(2026, 3, 5), QTime(20, 0), QTimeZone::utc());
    CHECK(WorkCalendar::dayOf(utcThursday) == day(2026, 3, 6));
    CHECK(plus(cal, utcThursday, 1) == endOf(2026, 3, 9));
}

TEST_CASE("a deadline past the provisional years is refused, not guessed", "[calendar]")
{
    TestDb t;
    WorkCalendar cal = seededCalendar(t);
    // 2027 and 2028 are provisional after the shipped 2026; 2029 has nothing.
    CHECK(plus(cal, bj(2028, 12, 25, 10), 3) == endOf(2028, 12, 28));
    auto r = cal.addWorkingDays(bj(2028, 12, 25, 10), 5);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Data);
    CHECK(r.message().contains(QStringLiteral("2029")));
    CHECK(r.message().contains(QStringLiteral("administrator")));
    auto b = cal.workingDaysBetween(day(2028, 12, 30), day(2029, 1, 5));
    REQUIRE_FALSE(b.ok());
    CHECK(b.error().kind == ErrorKind::Data);
    CHECK(b.message().contains(QStringLiteral("2029")));
    // Nothing before 2025 either.
    CHECK(cal.workingDaysBetween(day(2025, 1, 3), day(2024, 12, 30)).error().kind == ErrorKind::Data);
    CHECK(cal.requireCovered(day(2029, 2, 1)).error().kind == ErrorKind::Data);

    // One day of 2027 entered makes 2027 official and moves the provisional years on.
    WorkCalendar withNext = cal;
    withNext.setDay(day(2027, 1, 1), QStringLiteral("holiday"));
    CHECK(withNext.isOfficial(2027));
    CHECK(withNext.provisionalYears() == QList<int>{2028, 2029});
    CHECK(plus(withNext, bj(2026, 12, 28, 10), 5) == endOf(2027, 1, 5));
    CHECK(withNext.addWorkingDays(bj(2029, 12, 27, 10), 5).error().kind == ErrorKind::Data);
}

TEST_CASE("bad arguments are refused", "[calendar]")
{
    TestDb t;
    const WorkCalendar cal = seededCalendar(t);
    CHECK(cal.addWorkingDays(bj(2026, 3, 2, 9), -1).error().kind == ErrorKind::Invalid);
    CHECK(cal.addWorkingDays(bj(2026, 3, 2, 9), 10000).error().kind == ErrorKind::Invalid);
    CHECK(cal.addWorkingDays(QDateTime(), 1).error().kind == ErrorKind::Invalid);
    CHECK(cal.workingDaysBetween(QDate(), day(2026, 1, 5)).error().kind == ErrorKind::Invalid);
    CHECK(WorkCalendar::addHours(bj(2026, 3, 2, 9), -1).error().kind == ErrorKind::Invalid);
}

TEST_CASE("calendar hours ignore holidays and need no calendar data", "[calendar]")
{
    auto r = WorkCalendar::addHours(bj(2026, 2, 16, 22), 24);
    REQUIRE(r.ok());
    CHECK(*r == bj(2026, 2, 17, 22));
    auto late = WorkCalendar::addHours(bj(2027, 5, 1, 23, 30), 2);
    REQUIRE(late.ok());
    CHECK(*late == bj(2027, 5, 2, 1, 30));
}

TEST_CASE("adding and counting working days agree on every day of the data", "[calendar]")
{
    TestDb t;
    const WorkCalendar cal = seededCalendar(t);
    for (QDate d = day(2025, 1, 1); d <= day(2026, 12, 15); d = d.addDays(1)) {
        for (int n : {1, 2, 5}) {
            const QDateTime due = plus(cal, QDateTime(d, QTime(14, 0), WorkCalendar::zone()), n);
            INFO(d.toString(Qt::ISODate).toStdString() << " + " << n);
            REQUIRE(cal.isWorkingDay(due.date()));
            REQUIRE(between(cal, d, due.date()) == n);
        }
    }
}

TEST_CASE("the calendar reads only live rows", "[calendar]")
{
    TestDb t;
    seededCalendar(t);
    {
        Transaction tx(*t);
        QSqlQuery q(t->sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE calendar_days SET deleted = 1 WHERE date = '2026-02-14'")));
        REQUIRE(tx.commit().ok());
    }
    const WorkCalendar cal = WorkCalendar::load(*t);
    CHECK_FALSE(cal.isWorkingDay(day(2026, 2, 14))); // back to an ordinary Saturday
    CHECK(plus(cal, bj(2026, 2, 13, 18), 1) == endOf(2026, 2, 24));
}

// ---- Editing the calendar (core/calendar/CalendarService) ----

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}
int rows(TestDb &t, const QString &sql)
{
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
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
// The 2027 notice as an administrator would type it (the real one is not published yet: these
// lines exist only in this test).
const char *const kNext = "date,kind,name\n2027-01-01,holiday,元旦\n2027-01-02,holiday,元旦\n"
                          "2027-01-03,holiday,元旦\n";
} // namespace

TEST_CASE("calendar days are listed by year and validated", "[calendar]")
{
    TestDb t;
    seededCalendar(t);
    CalendarService cs(*t);
    CHECK(cs.days(2025).size() == 33);
    CHECK(cs.days(2026).size() == 39);
    CHECK(cs.days(2027).isEmpty());
    CHECK(cs.days(2026).first().date == u("2026-01-01"));

    auto field = [&](const CalendarDay &d) { return cs.save(d).error().field; };
    const CalendarDay good{{}, u("2027-01-01"), u("holiday"), u("元旦")};
    CalendarDay d = good;
    d.date = u("2027-13-01");
    CHECK(field(d) == u("date"));
    d.date = u("2027/01/01");
    CHECK(field(d) == u("date"));
    d.date.clear();
    CHECK(field(d) == u("date"));
    d = good;
    d.kind = u("day off");
    CHECK(field(d) == u("kind"));
    d = good;
    d.name = QString(31, QChar(0x8282));
    CHECK(field(d) == u("name"));
    d = good;
    d.date = u("2027-01-04"); // a Monday cannot be a make-up working day
    d.kind = u("workday");
    auto weekday = cs.save(d);
    CHECK(weekday.error().field == u("kind"));
    CHECK(weekday.message().contains(u("2027-01-04")));
    d = good;
    d.date = u("2026-10-01"); // already a holiday
    auto dup = cs.save(d);
    CHECK(dup.error().field == u("date"));
    CHECK(dup.message().contains(u("国庆节")));
    CHECK(cs.days(2027).isEmpty());
    CHECK(rows(t, u("SELECT count(*) FROM calendar_days")) == 72);
}

TEST_CASE("an administrator adds, edits and removes a day, staff may not", "[calendar]")
{
    TestDb t;
    seededCalendar(t);
    CalendarService cs(*t);
    const CalendarDay newYear{{}, u("2027-01-01"), u("holiday"), u("元旦")};
    for (Role role : {Role::Staff, Role::Supervisor}) {
        t->setActor(as(role));
        CHECK(cs.save(newYear).error().kind == ErrorKind::Permission);
        CHECK(cs.importCsv(QByteArray(kNext)).error().kind == ErrorKind::Permission);
        CHECK(cs.remove(CalendarService::idFor(u("2026-10-01"))).error().kind == ErrorKind::Permission);
    }
    CHECK(cs.days(2027).isEmpty());

    t->setActor(as(Role::Admin));
    const QString id = cs.save(newYear).value();
    CHECK(id == CalendarService::idFor(u("2027-01-01")));
    CHECK(WorkCalendar::load(*t).covers(day(2027, 6, 1)));

    CalendarDay edit = cs.day(id).value();
    edit.name = u("元旦节");
    CHECK(cs.save(edit).value() == id);
    CHECK(cs.day(id).value().name == u("元旦节"));
    // Moving the day to another date moves its identity with it.
    edit.date = u("2027-01-02");
    const QString moved = cs.save(edit).value();
    CHECK(moved == CalendarService::idFor(u("2027-01-02")));
    CHECK(cs.day(id).error().kind == ErrorKind::NotFound);
    CHECK(cs.days(2027).size() == 1);
    // Entered again after removal: the same row comes back, not a second one.
    REQUIRE(cs.save(newYear).ok());
    CHECK(rows(t, u("SELECT count(*) FROM calendar_days WHERE date = '2027-01-01'")) == 1);
    REQUIRE(cs.remove(moved).ok());
    CHECK(cs.remove(moved).error().kind == ErrorKind::NotFound);
    CHECK(cs.days(2027).size() == 1);
    CHECK(rows(t, u("SELECT count(*) FROM audit_log WHERE table_name = 'calendar_days'")) >= 5);
}

TEST_CASE("a calendar CSV is imported all or nothing, with errors naming the lines", "[calendar]")
{
    TestDb t;
    seededCalendar(t);
    CalendarService cs(*t);
    auto first = cs.importCsv(QByteArray(kNext));
    INFO(first.message().toStdString());
    REQUIRE(first.ok());
    CHECK(first->added == 3);
    CHECK(cs.days(2027).size() == 3);
    auto again = cs.importCsv(QByteArray(kNext));
    REQUIRE(again.ok());
    CHECK(again->added == 0);
    CHECK(again->unchanged == 3);
    // A correction: the same dates with another name, CRLF line ends and Excel's BOM.
    auto fixed =
        cs.importCsv(QByteArray("\xEF\xBB\xBF"
                                "date,kind,name\r\n2027-01-01,holiday,元旦\r\n2027-01-02,holiday,\"元旦, 休息\"\r\n"));
    REQUIRE(fixed.ok());
    CHECK(fixed->changed == 1);
    CHECK(fixed->unchanged == 1);
    CHECK(cs.day(CalendarService::idFor(u("2027-01-02"))).value().name == u("元旦, 休息"));

    const int before = rows(t, u("SELECT count(*) FROM calendar_days"));
    const int audits = rows(t, u("SELECT count(*) FROM audit_log"));
    auto noHeader = cs.importCsv(QByteArray("2027-02-06,holiday,春节\n"));
    REQUIRE_FALSE(noHeader.ok());
    CHECK(noHeader.message().contains(u("Line 1")));
    auto bad = cs.importCsv(QByteArray("date,kind,name\n"
                                       "2027-02-06,holiday,春节\n"     // line 2: fine
                                       "2027-02-30,holiday,春节\n"     // line 3: no such date
                                       "\n"                            // line 4: blank, skipped
                                       "2027-02-08,workday,春节调休\n" // line 5: a Monday
                                       "2027-02-09,off,春节\n"         // line 6: kind
                                       "2027-02-06,holiday,春节\n"     // line 7: repeats line 2
                                       "2027-02-10,holiday\n"));       // line 8: two values
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind == ErrorKind::Invalid);
    const QString m = bad.message();
    INFO(m.toStdString());
    for (const char *line : {"Line 3:", "Line 5:", "Line 6:", "Line 7:", "Line 8:"})
        CHECK(m.contains(u(line)));
    CHECK_FALSE(m.contains(u("Line 2:")));
    CHECK(m.contains(u("line 2"))); // the duplicate names the first occurrence
    CHECK(m.contains(u("2027-02-30")));
    CHECK(rows(t, u("SELECT count(*) FROM calendar_days")) == before);
    CHECK(rows(t, u("SELECT count(*) FROM audit_log")) == audits);
    CHECK(cs.importCsv(QByteArray("date,kind,name\n")).error().kind == ErrorKind::Invalid);
    CHECK(cs.importCsv(QByteArray()).error().kind == ErrorKind::Invalid);
    CHECK(cs.importCsv(QByteArray("date,kind,name\n2027-01-01,holiday,\xFF\xFF\xFF\n")).error().field == u("file"));
}

TEST_CASE("a calendar CSV saved by Excel on Chinese Windows (GB18030) is read", "[calendar]")
{
    QStringEncoder gb("GB18030");
    // Debian's Qt converts GB18030 through ICU; the import depends on it, so its absence fails.
    REQUIRE(gb.isValid());
    TestDb t;
    seededCalendar(t);
    CalendarService cs(*t);
    const QByteArray bytes = gb(u("date,kind,name\n2027-02-06,holiday,春节\n"));
    REQUIRE(bytes != u("date,kind,name\n2027-02-06,holiday,春节\n").toUtf8());
    auto r = cs.importCsv(bytes);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    CHECK(cs.days(2027).first().name == u("春节"));
}
