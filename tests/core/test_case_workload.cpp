// The due board (CaseWorkload): counts per handler and per grid against a brute force over the
// case-list fixture at several "now"s (before a holiday, before a make-up working Saturday, the
// edges of a day), the index it reads, and the time extension requests waited for a decision.
#include "cases/CaseWorkload.h"
#include "test_case_list_fixture.h"
#include "test_case_world.h"

#include <QHash>
#include <QRegularExpression>

namespace wf = gd::workflow;

using namespace gd;
using namespace gdtest;
using namespace gdtest::caselist;

namespace {

struct Counts {
    int open = 0, dueSoon = 0, overdue = 0;
    bool operator==(const Counts &o) const { return open == o.open && dueSoon == o.dueSoon && overdue == o.overdue; }
};

struct Expected {
    QHash<QString, Counts> handlers, grids; // keyed as the board's rows: id, "" for none
    Counts total;
};

// Straight from the table, tombstones included, so the board's own filters are checked too.
// soonEnd is written out by each scenario from the official calendar, not computed.
Expected bruteForce(Database &db, qint64 now, qint64 soonEnd)
{
    Expected e;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT state, due_ms, COALESCE(handler_worker_id, ''), "
                                  "COALESCE(handler_unit_id, ''), COALESCE(grid_id, ''), deleted FROM cases")));
    while (q.next()) {
        if (q.value(5).toInt() != 0 || !workflow::isOpen(q.value(0).toString()))
            continue;
        const qint64 due = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        const QString handler = !q.value(2).toString().isEmpty() ? q.value(2).toString() : q.value(3).toString();
        Counts one;
        one.open = 1;
        one.overdue = due > 0 && due < now;
        one.dueSoon = due > 0 && due >= now && due <= soonEnd;
        for (Counts *c : {&e.handlers[handler], &e.grids[q.value(4).toString()], &e.total}) {
            c->open += one.open;
            c->overdue += one.overdue;
            c->dueSoon += one.dueSoon;
        }
    }
    return e;
}

Counts countsOf(const WorkloadRow &r)
{
    return {r.open, r.dueSoon, r.overdue};
}

void setDue(Database &db, const QString &id, qint64 due)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("UPDATE cases SET due_ms = ? WHERE id = ?"));
    q.addBindValue(due);
    q.addBindValue(id);
    REQUIRE(q.exec());
}

// The fixture's deadlines spread over the ten days from `first`, at several times of day, so
// every scenario has cases on each side of its edges; one falls due exactly at `now`.
void spreadDeadlines(CaseList &w, const QDate &first, qint64 now)
{
    const QTime times[] = {QTime(9, 0), QTime(17, 30), QTime(23, 59, 59, 999)};
    for (int i = 0; i < w.ids.size(); ++i) {
        if (i == 10 || i == 17)
            continue; // the fixture's cases without a deadline stay so
        const QDate d = first.addDays(i % 10);
        setDue(*w.db, w.ids.at(i), QDateTime(d, times[i % 3], QTimeZone(8 * 3600)).toMSecsSinceEpoch());
    }
    // Case 2 is open (accepted): due at this very millisecond is still "due soon", not overdue.
    setDue(*w.db, w.ids.at(1), now);
}

void checkBoard(CaseList &w, qint64 now, qint64 soonEnd)
{
    auto board = CaseWorkload(*w.db).load(now);
    INFO(board.message().toStdString());
    REQUIRE(board.ok());
    CHECK(board->nowMs == now);
    CHECK(board->dueSoonEndMs == soonEnd);
    const Expected e = bruteForce(*w.db, now, soonEnd);
    CHECK(countsOf(board->total) == e.total);
    CHECK(e.total.dueSoon > 0); // each scenario has something on both sides
    CHECK(e.total.overdue > 0);
    for (const auto &[rows, expected] : {std::pair{board->handlers, e.handlers}, std::pair{board->grids, e.grids}}) {
        REQUIRE(rows.size() == expected.size());
        QSet<QString> seen;
        for (int i = 0; i < rows.size(); ++i) {
            const WorkloadRow &r = rows.at(i);
            INFO("row " << r.kind.toStdString() << " " << r.name.toStdString());
            CHECK(expected.contains(r.id));
            CHECK(countsOf(r) == expected.value(r.id));
            seen.insert(r.id);
            if (i > 0) { // most overdue first, then most due soon
                const WorkloadRow &p = rows.at(i - 1);
                CHECK((p.overdue > r.overdue || (p.overdue == r.overdue && p.dueSoon >= r.dueSoon)));
            }
            // Each number is the length of the list it opens.
            bool ok = false;
            for (const QString &due : {QString(), QStringLiteral("due_soon"), QStringLiteral("overdue")}) {
                CaseFilter f = CaseWorkload::filterFor(r, due, &ok);
                if (!ok)
                    break;
                f.nowMs = now;
                auto n = CaseQueries(*w.db).count(f);
                REQUIRE(n.ok());
                CHECK(n.value() == (due.isEmpty() ? r.open : due == QLatin1String("due_soon") ? r.dueSoon : r.overdue));
            }
            CHECK(ok == !r.id.isEmpty());
        }
        CHECK(seen.size() == rows.size());
    }
}

qint64 at(const QDate &d, int h, int m = 0)
{
    return QDateTime(d, QTime(h, m), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

} // namespace

TEST_CASE("the due board counts open, soon due and overdue cases per handler and grid", "[workload]")
{
    CaseList w;
    // Names and kinds: the fixture's four workers, two units, the vacant grid's handler-less cases.
    {
        auto board = CaseWorkload(*w.db).load();
        REQUIRE(board.ok());
        QSet<QString> kinds;
        for (const WorkloadRow &r : board->handlers) {
            kinds.insert(r.kind);
            if (r.kind == QLatin1String("worker"))
                CHECK(r.name.startsWith(QStringLiteral("网格员")));
            if (r.kind == QLatin1String("unit"))
                CHECK((r.name == QStringLiteral("市南热力站") || r.name == QStringLiteral("燃气公司")));
        }
        CHECK(kinds == QSet<QString>{QStringLiteral("worker"), QStringLiteral("unit"), QString()});
        for (const WorkloadRow &r : board->grids)
            if (!r.id.isEmpty()) {
                CHECK(r.code.startsWith(QStringLiteral("37020200")));
                CHECK(r.communityId == w.communityOfGrid.value(r.id));
                CHECK_FALSE(r.communityName.isEmpty());
            }
    }

    SECTION("Thursday before Qingming: the next working day is Friday")
    {
        const qint64 now = at(QDate(2026, 4, 2), 10);
        spreadDeadlines(w, QDate(2026, 3, 30), now);
        checkBoard(w, now, endOfDay(2026, 4, 3));
    }
    SECTION("Friday before Qingming: Saturday to Monday are days off, so Tuesday")
    {
        const qint64 now = at(QDate(2026, 4, 3), 16, 45);
        spreadDeadlines(w, QDate(2026, 3, 31), now);
        checkBoard(w, now, endOfDay(2026, 4, 7));
    }
    SECTION("Thursday before Labour Day: the holiday runs to Tuesday, so Wednesday")
    {
        const qint64 now = at(QDate(2026, 4, 30), 9);
        spreadDeadlines(w, QDate(2026, 4, 27), now);
        checkBoard(w, now, endOfDay(2026, 5, 6));
    }
    SECTION("Friday before a make-up working Saturday: the Saturday")
    {
        const qint64 now = at(QDate(2026, 5, 8), 11);
        spreadDeadlines(w, QDate(2026, 5, 5), now);
        checkBoard(w, now, endOfDay(2026, 5, 9));
    }
    SECTION("the make-up Saturday itself: the next working day is Monday")
    {
        const qint64 now = at(QDate(2026, 5, 9), 23, 59);
        spreadDeadlines(w, QDate(2026, 5, 6), now);
        checkBoard(w, now, endOfDay(2026, 5, 11));
    }
}

TEST_CASE("the due board reads only the open states of cases_state_due", "[workload]")
{
    CaseList w;
    const QStringList plan = CaseWorkload(*w.db).queryPlan();
    INFO(plan.join(QLatin1Char('\n')).toStdString());
    REQUIRE_FALSE(plan.isEmpty());
    CHECK(plan.filter(QStringLiteral("USING INDEX cases_state_due (state=?)")).size() == 1);
    // No full pass over the cases, whatever the archive holds.
    CHECK(plan.filter(QRegularExpression(QStringLiteral("^SCAN (c|cases)\\b"))).isEmpty());
}

TEST_CASE("the due board refuses a time the calendar does not cover, and counts an empty file", "[workload]")
{
    CaseList w;
    auto late = CaseWorkload(*w.db).load(at(QDate(2031, 3, 3), 10));
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().kind == ErrorKind::Data);
    CHECK(late.message().contains(QStringLiteral("2031")));

    TestDb empty;
    auto board = CaseWorkload(*empty).load(at(QDate(2026, 3, 3), 10));
    REQUIRE(board.ok());
    CHECK(board->handlers.isEmpty());
    CHECK(board->grids.isEmpty());
    CHECK(countsOf(board->total) == Counts{});
}

TEST_CASE("working time counts holidays out and make-up Saturdays in", "[workload]")
{
    TestDb t;
    const WorkCalendar cal = WorkCalendar::load(*t);
    const qint64 hour = ExtensionWait::kHourMs;
    auto span = [&](qint64 from, qint64 to) {
        auto r = CaseWorkload::workingTime(cal, from, to);
        REQUIRE(r.ok());
        return r.value();
    };
    // Saturday 2026-02-28 is a make-up working day; Sunday 03-01 is not.
    CHECK(span(at(QDate(2026, 2, 28), 0), at(QDate(2026, 3, 2), 0)) == 24 * hour);
    // The Spring Festival days off count nothing.
    CHECK(span(at(QDate(2026, 2, 16), 8), at(QDate(2026, 2, 18), 20)) == 0);
    // Friday 20:00 to Monday 02:00 is four hours of Friday and two of Monday.
    CHECK(span(at(QDate(2026, 3, 6), 20), at(QDate(2026, 3, 9), 2)) == 6 * hour);
    CHECK(span(at(QDate(2026, 3, 9), 10), at(QDate(2026, 3, 9), 10)) == 0);
    CHECK(span(at(QDate(2026, 3, 9), 10), at(QDate(2026, 3, 9), 9)) == 0);
    auto outside = CaseWorkload::workingTime(cal, at(QDate(2028, 12, 31), 10), at(QDate(2029, 1, 4), 10));
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().kind == ErrorKind::Data);
    CHECK(ExtensionWait::days(30 * hour) == 1);
    CHECK(ExtensionWait::hours(30 * hour + 59 * 60 * 1000) == 6);
}

TEST_CASE("extension requests wait across a weekend, and a pending one waits until now", "[workload]")
{
    CaseWorld w;
    CaseService service(*w.t);
    auto setTime = [&](const QDate &d, int h) { w.t.clock->setMs(at(d, h)); };
    // Monday 2026-03-02: registered, dispatched and signed for.
    const QString id = must(service.registerCase(w.draft()));
    REQUIRE(service.act(id, {wf::Action::Dispatch, {}, wf::Handler{w.worker, {}}}).ok());
    REQUIRE(service.act(id, {wf::Action::Sign}).ok());
    CaseWorkload workload(*w.t);
    auto none = workload.extensionWait(id);
    REQUIRE(none.ok());
    CHECK(none->requests == 0);
    CHECK(none->workingMs == 0);
    CHECK_FALSE(none->pending);

    // Asked on Friday at 16:00, refused on Monday at 10:00: 8 + 10 hours of working days.
    setTime(QDate(2026, 3, 6), 16);
    REQUIRE(service.act(id, {wf::Action::RequestExtension, QStringLiteral("等待配件"), wf::ExtensionRequest{3}}).ok());
    setTime(QDate(2026, 3, 9), 10);
    w.t->setActor(actorAs(Role::Supervisor));
    REQUIRE(service.act(id, {wf::Action::DecideExtension, {}, wf::ExtensionDecision{false}}).ok());
    auto decided = workload.extensionWait(id);
    REQUIRE(decided.ok());
    CHECK(decided->requests == 1);
    CHECK_FALSE(decided->pending);
    CHECK(decided->elapsedMs == 66 * ExtensionWait::kHourMs);
    CHECK(decided->workingMs == 18 * ExtensionWait::kHourMs);
    CHECK(ExtensionWait::days(decided->workingMs) == 0);
    CHECK(ExtensionWait::hours(decided->workingMs) == 18);

    // Asked again on Thursday 2026-04-02 at 15:00 and still waiting on Tuesday 04-07 at 11:00:
    // 9 hours of Thursday, all of Friday, nothing of Qingming (Saturday to Monday), 11 of Tuesday.
    setTime(QDate(2026, 4, 2), 15);
    REQUIRE(
        service.act(id, {wf::Action::RequestExtension, QStringLiteral("配件仍未到"), wf::ExtensionRequest{2}}).ok());
    const qint64 tuesday = at(QDate(2026, 4, 7), 11);
    auto pending = workload.extensionWait(id, tuesday);
    REQUIRE(pending.ok());
    CHECK(pending->requests == 2);
    CHECK(pending->pending);
    CHECK(pending->pendingSinceMs == at(QDate(2026, 4, 2), 15));
    CHECK(pending->pendingWorkingMs == 44 * ExtensionWait::kHourMs);
    CHECK(ExtensionWait::days(pending->pendingWorkingMs) == 1);
    CHECK(ExtensionWait::hours(pending->pendingWorkingMs) == 20);
    CHECK(pending->workingMs == (18 + 44) * ExtensionWait::kHourMs);
    // Without a time: the database clock (still Thursday 15:00), so nothing waited yet.
    auto now = workload.extensionWait(id);
    REQUIRE(now.ok());
    CHECK(now->pendingWorkingMs == 0);
    // A "now" in a year without calendar data is refused, not guessed.
    CHECK(workload.extensionWait(id, at(QDate(2029, 2, 1), 10)).error().kind == ErrorKind::Data);

    // Completing the case drops the pending request: the wait ends there (Friday 10:00).
    setTime(QDate(2026, 4, 3), 10);
    REQUIRE(service.act(id, {wf::Action::Complete, QStringLiteral("已修复")}).ok());
    auto completed = workload.extensionWait(id, tuesday);
    REQUIRE(completed.ok());
    CHECK_FALSE(completed->pending);
    CHECK(completed->workingMs == (18 + 9 + 10) * ExtensionWait::kHourMs);

    CHECK(workload.extensionWait(QStringLiteral("no-such-case")).error().kind == ErrorKind::NotFound);
}

TEST_CASE("extension waits fold in timeline order and ignore a decision stamped too early", "[workload]")
{
    TestDb t;
    const WorkCalendar cal = WorkCalendar::load(*t);
    auto event = [](const char *action, qint64 hlc, qint64 atMs) {
        CaseEvent e;
        e.id = QStringLiteral("e%1").arg(hlc);
        e.hlc = hlc;
        e.atMs = atMs;
        e.action = workflow::actionFromKey(QString::fromLatin1(action)).value();
        return e;
    };
    const qint64 mon = at(QDate(2026, 3, 9), 10);
    // Given out of order: sorted by HLC as the fold sorts them.
    QList<CaseEvent> events{event("decide_extension", 3, mon + 5 * ExtensionWait::kHourMs),
                            event("request_extension", 2, mon)};
    auto w = CaseWorkload::extensionWait(cal, events, mon + 48 * ExtensionWait::kHourMs);
    REQUIRE(w.ok());
    CHECK(w->requests == 1);
    CHECK(w->workingMs == 5 * ExtensionWait::kHourMs);
    // Another office's clock stamped the decision before the request: it waited nothing.
    auto skewed = CaseWorkload::extensionWait(
        cal, {event("request_extension", 2, mon), event("decide_extension", 3, mon - ExtensionWait::kHourMs)}, mon);
    REQUIRE(skewed.ok());
    CHECK(skewed->workingMs == 0);
    CHECK(skewed->elapsedMs == 0);
    // A decision without a request changes nothing.
    auto stray = CaseWorkload::extensionWait(cal, {event("decide_extension", 3, mon)}, mon);
    REQUIRE(stray.ok());
    CHECK(stray->requests == 0);
    CHECK(stray->workingMs == 0);
}
