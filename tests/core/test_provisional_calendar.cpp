// The provisional calendar (issue 16 §1): a year the State Council has not published yet is
// counted on weekends plus the statutory holidays, their lunar dates from ICU; deadlines counted
// on it are marked provisional, and when the official notice arrives (imported, entered in the
// rules dialog, or merged from another office) every running case's provisional deadlines are
// counted again and moved by an event.
#include "calendar/CalendarService.h"
#include "calendar/NewMoon.h"
#include "calendar/StatutoryHolidays.h"
#include "calendar/WorkCalendar.h"
#include "cases/CalendarRecompute.h"
#include "cases/CaseService.h"
#include "cases/CaseSettings.h"
#include "cases/ReferenceSeed.h"
#include "cases/Workflow.h"
#include "test_exchange_fixture.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace gd;
using namespace gdtest;
namespace wf = gd::workflow;

namespace {

qint64 beijing(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

qint64 endOfDay(int y, int m, int d)
{
    return WorkCalendar::endOfDay(QDate(y, m, d)).toMSecsSinceEpoch();
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QStringList datesOf(const QList<holidays::Holiday> &days)
{
    QStringList out;
    for (const holidays::Holiday &h : days)
        out << iso(h.date);
    return out;
}

// An official 2027 for the tests: New Year's Day and, unlike the provisional calendar, Monday 4
// January off too, so a deadline counted across it moves by a day.
const QByteArray kOfficial2027 = "date,kind,name\n2027-01-01,holiday,元旦\n2027-01-04,holiday,元旦\n";

WorkCalendar shipped()
{
    WorkCalendar cal;
    auto days = CalendarService::parseCsv(QByteArray("date,kind,name\n2025-01-01,holiday,元旦\n"
                                                     "2026-01-01,holiday,元旦\n"));
    REQUIRE(days.ok());
    for (const CalendarDay &d : days.value())
        cal.setDay(QDate::fromString(d.date, Qt::ISODate), d.kind);
    return cal;
}

} // namespace

TEST_CASE("the statutory holidays of any year, the lunar ones from ICU's Chinese calendar", "[calendar]")
{
    // 2027: lunar new year on 6 February, Dragon Boat on 9 June, Mid-Autumn on 15 September.
    CHECK(iso(holidays::lunarDate(2027, 1, 1)) == QStringLiteral("2027-02-06"));
    CHECK(iso(holidays::lunarDate(2027, 5, 5)) == QStringLiteral("2027-06-09"));
    CHECK(iso(holidays::lunarDate(2027, 8, 15)) == QStringLiteral("2027-09-15"));
    CHECK(iso(holidays::lunarDate(2025, 1, 1)) == QStringLiteral("2025-01-29"));
    CHECK(iso(holidays::lunarDate(2026, 1, 1)) == QStringLiteral("2026-02-17"));
    CHECK(iso(holidays::qingming(2025)) == QStringLiteral("2025-04-04"));
    CHECK(iso(holidays::qingming(2026)) == QStringLiteral("2026-04-05"));
    CHECK(iso(holidays::qingming(2027)) == QStringLiteral("2027-04-05"));
    CHECK(iso(holidays::qingming(2008)) == QStringLiteral("2008-04-04"));
    CHECK_FALSE(holidays::lunarDate(2027, 13, 1).isValid());
    CHECK(holidays::statutory(1900).isEmpty());
    // Lunar new years from the Hong Kong Observatory's tables: 2027 is the one ICU 72 alone puts
    // a day late (the conjunction at 23:56 China time).
    const char *const newYears[] = {"2028-01-26", "2029-02-13", "2030-02-03", "2031-01-23", "2032-02-11",
                                    "2033-01-31", "2034-02-19", "2035-02-08", "2024-02-10", "2023-01-22"};
    for (const char *expected : newYears) {
        const int year = QString::fromLatin1(expected).left(4).toInt();
        CHECK(iso(holidays::lunarDate(year, 1, 1)) == QLatin1String(expected));
    }
    // The new moon itself, against the published instant (6 February 2027, 15:56 UTC).
    const QDateTime moon = holidays::newMoonNear(QDateTime(QDate(2027, 2, 7), QTime(12, 0), QTimeZone::utc()));
    CHECK(qAbs(moon.secsTo(QDateTime(QDate(2027, 2, 6), QTime(15, 56), QTimeZone::utc()))) < 120);

    const QStringList y2027 = datesOf(holidays::statutory(2027));
    CHECK(y2027.join(QLatin1Char(' ')) ==
          QStringLiteral("2027-01-01 2027-02-05 2027-02-06 2027-02-07 2027-02-08 2027-04-05 2027-05-01 2027-05-02 "
                         "2027-06-09 2027-09-15 2027-10-01 2027-10-02 2027-10-03"));
    // 13 days a year (the 2024 revision), one entry per day: when Mid-Autumn falls inside the
    // National Day holiday (2028: 3 October) the day is named after both and the year has 12.
    for (int year = 2024; year <= 2040; ++year) {
        const QList<holidays::Holiday> days = holidays::statutory(year);
        const QDate midAutumn = holidays::lunarDate(year, 8, 15);
        const bool shared = midAutumn >= QDate(year, 10, 1) && midAutumn <= QDate(year, 10, 3);
        INFO(year);
        CHECK(days.size() == (shared ? 12 : 13));
        for (int i = 1; i < days.size(); ++i)
            CHECK(days.at(i - 1).date < days.at(i).date);
    }
    const QList<holidays::Holiday> y2028 = holidays::statutory(2028);
    const auto oct3 = std::find_if(y2028.begin(), y2028.end(),
                                   [](const holidays::Holiday &h) { return h.date == QDate(2028, 10, 3); });
    REQUIRE(oct3 != y2028.end());
    CHECK(oct3->name == QStringLiteral("National Day and Mid-Autumn Festival"));

    // The oracle: every statutory day off of 2025 and 2026 is a day off in the State Council's
    // notices the program ships (which add bridging days and make-up working days around them).
    TestDb t;
    WorkCalendar official = WorkCalendar::load(*t);
    REQUIRE(official.years() == QList<int>{2025, 2026});
    for (int year : {2025, 2026})
        for (const holidays::Holiday &h : holidays::statutory(year)) {
            INFO(h.date.toString(Qt::ISODate).toStdString() << " " << h.name.toStdString());
            CHECK_FALSE(official.isWorkingDay(h.date));
        }
}

TEST_CASE("the two years after the last official one are provisional", "[calendar]")
{
    const WorkCalendar cal = shipped();
    CHECK(cal.lastOfficialYear() == 2026);
    CHECK(cal.isOfficial(2026));
    CHECK(cal.isProvisional(2027));
    CHECK(cal.isProvisional(2028));
    CHECK_FALSE(cal.isProvisional(2029));
    CHECK_FALSE(cal.isProvisional(2024)); // before the first official year nothing is guessed
    CHECK(cal.provisionalYears() == QList<int>{2027, 2028});
    CHECK(cal.covers(QDate(2028, 12, 31)));
    CHECK_FALSE(cal.covers(QDate(2029, 1, 1)));
    CHECK(cal.requireCovered(QDate(2029, 1, 1)).error().field == QLatin1String(WorkCalendar::kUncoveredField));
    CHECK_FALSE(cal.covers(QDate(2024, 12, 31)));

    CHECK_FALSE(cal.isWorkingDay(QDate(2027, 1, 1)));  // New Year's Day, a Friday
    CHECK_FALSE(cal.isWorkingDay(QDate(2027, 2, 8)));  // Spring Festival, a Monday
    CHECK_FALSE(cal.isWorkingDay(QDate(2027, 10, 1))); // National Day, a Friday
    CHECK(cal.isWorkingDay(QDate(2027, 10, 4)));       // no bridging day is guessed
    CHECK(cal.provisionalHolidays(2027).size() == 13);
    CHECK(cal.provisionalHolidays(2026).isEmpty());

    // Wednesday 30 December 2026: five working days skip New Year's Day and the weekend.
    auto due = cal.addWorkingDays(QDateTime::fromMSecsSinceEpoch(beijing(2026, 12, 30, 10), WorkCalendar::zone()), 5);
    REQUIRE(due.ok());
    CHECK(due->toMSecsSinceEpoch() == endOfDay(2027, 1, 7));
    CHECK(cal.isProvisionalDeadline(endOfDay(2027, 1, 7)));
    CHECK_FALSE(cal.isProvisionalDeadline(endOfDay(2026, 12, 31)));
    CHECK_FALSE(cal.isProvisionalDeadline(beijing(2027, 1, 1, 10))); // 24 hours: no calendar in it
    CHECK_FALSE(cal.isProvisionalDeadline(0));

    // A 2029 deadline is still refused, naming the year.
    auto far = cal.addWorkingDays(QDateTime::fromMSecsSinceEpoch(beijing(2028, 12, 29, 10), WorkCalendar::zone()), 5);
    REQUIRE_FALSE(far.ok());
    CHECK(far.message().contains(QStringLiteral("2029")));
}

TEST_CASE("the official calendar's import counts every running case's provisional deadlines again",
          "[calendar][deadlines][cases]")
{
    CaseWorld w;
    CaseService service(*w.t);
    // A case that stays in 2026, one due in January counted from December, one completed and
    // waiting for its callback, one already closed.
    w.t.clock->setMs(beijing(2026, 12, 1, 10));
    const QString inDecember = must(service.registerCase(w.draft()));
    w.t.clock->setMs(beijing(2026, 12, 28, 10));
    const QString completed = must(service.registerCase(w.draft()));
    REQUIRE(service.act(completed, {wf::Action::Dispatch, {}, wf::Handler{w.worker, {}}}).ok());
    REQUIRE(service.act(completed, {wf::Action::Sign}).ok());
    w.t.clock->setMs(beijing(2026, 12, 30, 10));
    const QString dispatched = must(service.registerCase(w.draft()));
    const QString closed = must(service.registerCase(w.draft()));
    REQUIRE(service.act(closed, {wf::Action::Refuse, QStringLiteral("不属于受理范围")}).ok());
    w.t.clock->setMs(beijing(2026, 12, 31, 10));
    REQUIRE(service.act(dispatched, {wf::Action::Dispatch, {}, wf::Handler{w.worker, {}}}).ok());
    w.t.clock->setMs(beijing(2026, 12, 31, 15));
    REQUIRE(service.act(completed, {wf::Action::Complete, QStringLiteral("已修复")}).ok());

    const Case before = service.caseById(dispatched).value();
    CHECK(before.dueMs == endOfDay(2027, 1, 7));
    CHECK(before.handlerDueMs == endOfDay(2027, 1, 7)); // capped at the case's
    CHECK(before.signByMs == endOfDay(2027, 1, 4));
    CHECK(service.caseById(completed)->callbackDueMs == endOfDay(2027, 1, 4));
    const qint64 decemberDue = service.caseById(inDecember)->dueMs;
    const qint64 closedDue = service.caseById(closed)->dueMs;

    auto imported = CaseSettings(*w.t).importCalendar(kOfficial2027);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->days.added == 2);
    const RecomputeReport &report = imported->moved;
    CHECK(report.years == QList<int>{2027});
    CHECK(report.moved == 2);

    const Case after = service.caseById(dispatched).value();
    CHECK(after.dueMs == endOfDay(2027, 1, 8));
    CHECK(after.handlerDueMs == endOfDay(2027, 1, 8));
    CHECK(after.signByMs == endOfDay(2027, 1, 5));
    CHECK(service.caseById(completed)->callbackDueMs == endOfDay(2027, 1, 5));
    CHECK(service.caseById(inDecember)->dueMs == decemberDue);
    CHECK(service.caseById(closed)->dueMs == closedDue);

    // The report lists each move; the timeline keeps the event, and a replay gives the same row.
    QStringList moves;
    for (const DeadlineMove &m : report.moves)
        moves
            << QStringLiteral("%1 %2 %3")
                   .arg(m.caseId == dispatched ? QStringLiteral("d") : QStringLiteral("c"), m.field,
                        QDateTime::fromMSecsSinceEpoch(m.toMs, WorkCalendar::zone()).toString(QStringLiteral("MM-dd")));
    moves.sort();
    INFO(moves.join(QLatin1Char(';')).toStdString());
    CHECK(moves == QStringList{QStringLiteral("c callback_due 01-05"), QStringLiteral("d due 01-08"),
                               QStringLiteral("d handler_due 01-08"), QStringLiteral("d sign_by 01-05")});
    const auto timeline = service.timeline(dispatched).value();
    REQUIRE(timeline.last().action == wf::Action::Reschedule);
    const auto &payload = std::get<wf::Rescheduling>(timeline.last().payload);
    CHECK(payload.dueMs == endOfDay(2027, 1, 8));
    CHECK(payload.callbackDueMs == 0);
    REQUIRE(service.recompute(dispatched).ok());
    CHECK(service.caseById(dispatched)->dueMs == endOfDay(2027, 1, 8));
    CHECK_FALSE(WorkCalendar::load(*w.t).isProvisionalDeadline(after.dueMs));

    // Importing it again moves nothing.
    auto again = CaseSettings(*w.t).importCalendar(kOfficial2027);
    REQUIRE(again.ok());
    CHECK(again->days.unchanged == 2);
    CHECK(again->moved.years.isEmpty());
    CHECK(service.timeline(dispatched)->size() == timeline.size());
}

TEST_CASE("a case received in the provisional year counts from its receipt, the rules dialog's edits count too",
          "[calendar][deadlines][cases]")
{
    CaseWorld w;
    CaseService service(*w.t);
    w.t.clock->setMs(beijing(2027, 1, 2, 10)); // a Saturday, in the provisional 2027
    const QString id = must(service.registerCase(w.draft()));
    CHECK(service.caseById(id)->dueMs == endOfDay(2027, 1, 8));

    CalendarChanges changes;
    changes.put << CalendarDay{{}, QStringLiteral("2027-01-01"), QStringLiteral("holiday"), QStringLiteral("元旦")}
                << CalendarDay{{}, QStringLiteral("2027-01-04"), QStringLiteral("holiday"), QStringLiteral("元旦")};
    RecomputeReport moved;
    REQUIRE(CaseSettings(*w.t)
                .save(DeadlineRules::load(*w.t), CaseSettings(*w.t).repeatWindowDays(), changes, &moved)
                .ok());
    CHECK(moved.years == QList<int>{2027});
    CHECK(moved.moved == 1);
    CHECK(service.caseById(id)->dueMs == endOfDay(2027, 1, 11));
}

TEST_CASE("a bad calendar file moves nothing", "[calendar][deadlines]")
{
    CaseWorld w;
    CaseService service(*w.t);
    w.t.clock->setMs(beijing(2026, 12, 30, 10));
    const QString id = must(service.registerCase(w.draft()));
    auto bad = CaseSettings(*w.t).importCalendar("date,kind,name\n2027-01-04,holiday,元旦\n2027-02-30,holiday,春节\n");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.message().contains(QStringLiteral("3")));
    CHECK(CalendarService(*w.t).days(2027).isEmpty());
    CHECK(service.caseById(id)->dueMs == endOfDay(2027, 1, 7));
    CHECK(service.timeline(id)->last().action == wf::Action::Register);
}

TEST_CASE("the official calendar merged from another office moves this office's cases once", "[calendar][exchange]")
{
    CaseWorld a;
    TestDb b;
    CaseService inA(*a.t);
    a.t.clock->setMs(beijing(2026, 12, 30, 10));
    b.clock->setMs(beijing(2026, 12, 30, 11));
    const QString shared = must(inA.registerCase(a.draft()));
    send(*a.t, *b, a.t.dir.path());
    const QString onlyA = must(inA.registerCase(a.draft()));

    // B imports the notice: the case it holds moves there.
    auto imported = CaseSettings(*b).importCalendar(kOfficial2027);
    REQUIRE(imported.ok());
    CHECK(imported->moved.moved == 1);
    CHECK(CaseService(*b).caseById(shared)->dueMs == endOfDay(2027, 1, 8));

    // A receives the days and B's event: the shared case takes B's date with no second event,
    // the case only A has moves here.
    a.t.clock->setMs(beijing(2026, 12, 30, 12));
    const exchange::MergeReport merged = send(*b, *a.t, a.t.dir.path());
    CHECK(merged.rescheduledCases == 1);
    CHECK(inA.caseById(shared)->dueMs == endOfDay(2027, 1, 8));
    CHECK(inA.caseById(onlyA)->dueMs == endOfDay(2027, 1, 8));
    int reschedules = 0;
    const QList<CaseEvent> events = inA.timeline(shared).value();
    for (const CaseEvent &e : events)
        reschedules += e.action == wf::Action::Reschedule ? 1 : 0;
    CHECK(reschedules == 1);
}
