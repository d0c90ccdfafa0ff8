// The case list: every filter and sort against a brute-force filter of all cases, paged through
// with small limits (the pages must join into exactly the expected list), the deadline filters
// against dates worked out by hand from the 2026 calendar, and the query plans of the common lists.
#include "test_case_list_fixture.h"

#include <QRegularExpression>

namespace wf = gd::workflow;

using namespace gd;
using namespace gdtest;
using namespace gdtest::caselist;

namespace {

QStringList pageThrough(CaseQueries &queries, const CaseFilter &f, int limit)
{
    QStringList out;
    QString key;
    for (int guard = 0; guard < 200; ++guard) {
        auto page = queries.page(f, limit, key);
        INFO(page.message().toStdString());
        REQUIRE(page.ok());
        for (const CaseRow &r : page->rows)
            out << r.id;
        key = page->nextKey;
        if (key.isEmpty())
            return out;
        REQUIRE(page->rows.size() == limit); // only the last page is short
    }
    FAIL("paging did not end");
    return out;
}

QList<CaseFilter> filters(const CaseList &w)
{
    QList<CaseFilter> out;
    auto add = [&](auto set) {
        CaseFilter f;
        set(f);
        out << f;
    };
    add([](CaseFilter &) {});
    add([](CaseFilter &f) { f.states = {QStringLiteral("in_progress")}; });
    add([](CaseFilter &f) { f.states = {QStringLiteral("archived"), QStringLiteral("callback_done")}; });
    add([](CaseFilter &f) {
        f.states = {QStringLiteral("registered"), QStringLiteral("dispatched"), QStringLiteral("returned")};
    });
    add([](CaseFilter &f) { f.due = QStringLiteral("overdue"); });
    add([](CaseFilter &f) { f.due = QStringLiteral("due_soon"); });
    add([](CaseFilter &f) {
        f.due = QStringLiteral("overdue"), f.states = {QStringLiteral("registered"), QStringLiteral("archived")};
    });
    add([&](CaseFilter &f) { f.streetId = w.street1; });
    add([&](CaseFilter &f) { f.streetId = w.street2; });
    add([&](CaseFilter &f) { f.communityId = w.communityA; });
    add([&](CaseFilter &f) { f.communityId = w.communityB, f.gridId = w.grids.at(2); });
    add([&](CaseFilter &f) { f.streetId = w.street1, f.gridId = w.grids.at(4); }); // not in the street: nothing
    add([&](CaseFilter &f) { f.gridId = w.grids.at(3); });
    add([&](CaseFilter &f) { f.categoryId = w.categories.at(0); }); // 01 and its 0101, 0102
    add([&](CaseFilter &f) { f.categoryId = w.categories.at(1); });
    add([](CaseFilter &f) { f.channel = QStringLiteral("phone"); });
    add([&](CaseFilter &f) { f.handlerWorkerId = w.workers.at(1); });
    add([&](CaseFilter &f) { f.handlerUnitId = w.units.at(0); });
    add([&](CaseFilter &f) { f.leadOrgId = w.units.at(0); });
    add([](CaseFilter &f) { f.fromMs = beijing(2026, 3, 9), f.toMs = beijing(2026, 3, 20); });
    add([&](CaseFilter &f) {
        f.streetId = w.street1,
        f.states = {QStringLiteral("signed"), QStringLiteral("in_progress"), QStringLiteral("archived")},
        f.channel = QStringLiteral("walk_in");
    });
    add([&](CaseFilter &f) {
        f.categoryId = w.categories.at(0), f.due = QStringLiteral("overdue"), f.fromMs = beijing(2026, 3, 5);
    });
    return out;
}

void compareAll(CaseList &w)
{
    CaseQueries queries(*w.db);
    int nonEmpty = 0;
    for (CaseFilter f : filters(w)) {
        for (CaseSort sort : {CaseSort::ReceivedDesc, CaseSort::ReceivedAsc, CaseSort::DueAsc, CaseSort::UpdatedDesc}) {
            f.sort = sort;
            const QStringList want = w.expected(f);
            nonEmpty += want.isEmpty() ? 0 : 1;
            INFO("states " << f.states.join(',').toStdString() << " due " << f.due.toStdString() << " street "
                           << f.streetId.toStdString() << " grid " << f.gridId.toStdString() << " sort " << int(sort));
            for (int limit : {1, 3, 7, 100})
                CHECK(pageThrough(queries, f, limit) == want);
            CHECK(queries.count(f).value() == want.size());
        }
    }
    CHECK(nonEmpty > 70); // the filters do select something
}

} // namespace

TEST_CASE("every filter and sort pages through exactly the brute-force list", "[cases][queries]")
{
    CaseList w;
    w.clock->advance(2 * 24 * 3600 * 1000LL); // some deadlines pass, some come due
    compareAll(w);
}

TEST_CASE("a list row carries what the list shows", "[cases][queries]")
{
    CaseList w;
    CaseQueries queries(*w.db);
    CaseFilter f;
    auto page = queries.page(f, 100);
    REQUIRE(page.ok());
    QHash<QString, CaseRow> rows;
    for (const CaseRow &r : page->rows)
        rows.insert(r.id, r);
    CHECK(rows.size() == 49); // one of fifty is deleted
    CHECK_FALSE(rows.contains(w.ids.at(23)));
    int longText = 0, overdue = 0;
    for (const Case &c : w.all()) {
        if (c.id == w.ids.at(23))
            continue;
        const CaseRow r = rows.value(c.id);
        INFO(c.number.toStdString());
        CHECK(r.number == c.number);
        CHECK(r.state == c.state);
        CHECK(r.channel == c.channel);
        CHECK(r.urgency == c.urgency);
        CHECK(r.receivedMs == c.receivedMs);
        CHECK(r.dueMs == c.dueMs);
        CHECK(r.reporterName == c.reporterName);
        CHECK(r.reporterPhone == c.reporterPhone);
        CHECK(r.address == c.address);
        CHECK(r.description == c.description.left(80));
        CHECK(r.supervision == c.supervision);
        CHECK(r.reportCount == c.reportCount);
        CHECK(r.leadName == c.leadName);
        CHECK(r.gridCode == GridService(*w.db).grid(c.gridId)->code);
        CHECK_FALSE(r.categoryName.isEmpty());
        CHECK(r.overdue ==
              (workflow::isOpen(c.state) && c.dueMs > 0 && c.dueMs < w.clock->nowMs())); // the oracle, written out
        if (!c.handlerUnitId.isEmpty())
            CHECK(r.handlerName == UnitService(*w.db).unit(c.handlerUnitId)->name);
        else if (!c.handlerWorkerId.isEmpty())
            CHECK(r.handlerName == WorkerService(*w.db).worker(c.handlerWorkerId)->name);
        else
            CHECK(r.handlerName.isEmpty());
        longText += c.description.size() > 80 ? 1 : 0;
        overdue += r.overdue ? 1 : 0;
    }
    CHECK(longText > 0);
    CHECK(rows.value(w.ids.at(4)).reportCount == 2);
    CHECK(rows.value(w.ids.at(4)).supervision == QStringLiteral("yellow"));
    CHECK(rows.value(w.ids.at(3)).handlerName == QStringLiteral("燃气公司"));
    CHECK(rows.value(w.ids.at(2)).handlerName == QStringLiteral("网格员2"));
}

TEST_CASE("overdue and due soon follow the official calendar", "[cases][queries]")
{
    TestDb t;
    t->setActor(Actor::system());
    t.clock->setMs(beijing(2026, 2, 12, 9));
    const QString street = addStreet(*t, QStringLiteral("370202002"), QStringLiteral("八大关"));
    const QString community = addCommunity(*t, street, QStringLiteral("370202002001"), QStringLiteral("红岛路"));
    const QString grid = addGrid(*t, community, QStringLiteral("370202002001001"), QStringLiteral("第1网格"));
    CaseService service(*t);
    auto add = [&](qint64 at, const char *urgency) {
        t.clock->setMs(at);
        Case c;
        c.categoryId = categoryId(*t, QStringLiteral("0101")); // no hour-limited route
        c.urgency = QString::fromLatin1(urgency);
        c.reporterName = QStringLiteral("李先生");
        c.gridId = grid;
        c.description = QStringLiteral("邻里纠纷");
        return must(service.registerCase(c));
    };
    // Spring Festival 2026: Saturday 14 February is a make-up working day, 15–23 are off.
    const QString d = add(beijing(2026, 2, 12), "urgent"); // Fri 13, Sat 14 → due Sat 14
    const QString e = add(beijing(2026, 2, 13), "urgent"); // Sat 14, Tue 24 → due Tue 24
    const QString c = add(beijing(2026, 2, 13), "normal"); // 14, 24, 25, 26, 27 → due Fri 27
    const QString a = add(beijing(2026, 3, 2), "normal");  // 3, 4, 5, 6, 9 → due Mon 9 March
    const QString b = add(beijing(2026, 3, 2), "urgent");  // 3, 4 → due Wed 4 March
    CHECK(service.caseById(d)->dueMs == endOfDay(2026, 2, 14));
    CHECK(service.caseById(e)->dueMs == endOfDay(2026, 2, 24));
    CHECK(service.caseById(c)->dueMs == endOfDay(2026, 2, 27));
    CHECK(service.caseById(a)->dueMs == endOfDay(2026, 3, 9));
    CHECK(service.caseById(b)->dueMs == endOfDay(2026, 3, 4));

    CaseQueries queries(*t);
    auto ids = [&](const char *due, qint64 now) {
        CaseFilter f;
        f.due = QString::fromLatin1(due);
        f.nowMs = now;
        f.sort = CaseSort::DueAsc;
        auto page = queries.page(f, 50);
        INFO(page.message().toStdString());
        REQUIRE(page.ok());
        QStringList out;
        for (const CaseRow &r : page->rows)
            out << r.id;
        return out;
    };
    using L = QStringList;
    // Friday the 13th: the next working day is the make-up Saturday.
    CHECK(ids("due_soon", beijing(2026, 2, 13, 12)) == L{d});
    CHECK(ids("overdue", beijing(2026, 2, 13, 12)).isEmpty());
    // On that Saturday the next working day is Tuesday the 24th, after the holiday.
    CHECK(ids("due_soon", beijing(2026, 2, 14, 12)) == L{d, e});
    // A holiday Sunday: Saturday's case is late.
    CHECK(ids("due_soon", beijing(2026, 2, 15, 12)) == L{e});
    CHECK(ids("overdue", beijing(2026, 2, 15, 12)) == L{d});
    CHECK(ids("due_soon", beijing(2026, 2, 26, 12)) == L{c});
    CHECK(ids("overdue", beijing(2026, 2, 26, 12)) == L{d, e});
    CHECK(ids("due_soon", beijing(2026, 3, 3)) == L{b});
    CHECK(ids("overdue", beijing(2026, 3, 3)) == L{d, e, c});
    // A closed case is never late: refusing d takes it off the list.
    t.clock->setMs(beijing(2026, 3, 5));
    REQUIRE(service.act(d, {wf::Action::Refuse, QStringLiteral("属12345重复件")}).ok());
    CHECK(ids("due_soon", beijing(2026, 3, 6)) == L{a});
    CHECK(ids("overdue", beijing(2026, 3, 6)) == L{e, c, b});
    CaseFilter late;
    late.due = QStringLiteral("overdue");
    late.nowMs = beijing(2026, 3, 6);
    late.states = {QStringLiteral("refused")};
    CHECK(queries.page(late, 10)->rows.isEmpty());
    late.states.clear();
    CHECK(queries.count(late).value() == 3);
    const auto lateRows = queries.page(late, 10); // kept: a range-for over ->rows of a temporary dangles
    for (const CaseRow &r : lateRows->rows)
        CHECK(r.overdue);
}

TEST_CASE("bad arguments are refused, not guessed", "[cases][queries]")
{
    CaseList w;
    CaseQueries queries(*w.db);
    CaseFilter f;
    CHECK(queries.page(f, 0).error().field == QStringLiteral("limit"));
    CHECK(queries.page(f, CaseQueries::kMaxLimit + 1).error().field == QStringLiteral("limit"));
    f.states = {QStringLiteral("finished")};
    CHECK(queries.page(f, 10).error().field == QStringLiteral("states"));
    f.states.clear();
    f.due = QStringLiteral("tomorrow");
    CHECK(queries.count(f).error().field == QStringLiteral("due"));
    f.due.clear();
    const QString key = queries.page(f, 5)->nextKey;
    REQUIRE_FALSE(key.isEmpty());
    f.sort = CaseSort::DueAsc;
    CHECK(queries.page(f, 5, key).error().kind == ErrorKind::Invalid); // another order's key
    CHECK(queries.page(f, 5, QStringLiteral("not a key!")).error().kind == ErrorKind::Invalid);
    // Outside the calendar "due soon" cannot be counted, and says so.
    f.due = QStringLiteral("due_soon");
    f.nowMs = beijing(2029, 6, 1);
    CHECK(queries.page(f, 5).error().kind == ErrorKind::Data);
}

namespace {

// Plan lines that read the whole of a table without an index.
QStringList fullScans(const QStringList &plan)
{
    static const QRegularExpression scan(QStringLiteral("^SCAN (\\w+)$"));
    QStringList out;
    for (const QString &line : plan)
        if (scan.match(line).hasMatch())
            out << line;
    return out;
}

} // namespace

TEST_CASE("the common lists are read through an index", "[cases][queries]")
{
    CaseList w;
    CaseQueries queries(*w.db);
    struct Expect {
        const char *what;
        CaseFilter filter;
        const char *index; // must appear in the plan of the cases table; "a|b": one of them
    };
    auto with = [](auto set) {
        CaseFilter f;
        set(f);
        return f;
    };
    const QList<Expect> expectations = {
        {"no filter", {}, "cases_received"},
        {"open state", with([](CaseFilter &f) { f.states = {QStringLiteral("signed")}; }),
         "cases_state_received (state=?"},
        {"archived", with([](CaseFilter &f) {
             f.states = {QStringLiteral("archived"), QStringLiteral("callback_done")};
         }),
         "cases_state_received (state=?"},
        {"recently updated", with([](CaseFilter &f) { f.sort = CaseSort::UpdatedDesc; }), "cases_updated"},
        {"grid", with([&](CaseFilter &f) { f.gridId = w.grids.at(0); }), "cases_grid (grid_id=?"},
        {"street", with([&](CaseFilter &f) { f.streetId = w.street1; }), "cases_grid (grid_id=?"},
        {"community", with([&](CaseFilter &f) { f.communityId = w.communityA; }), "cases_grid (grid_id=?"},
        {"category", with([&](CaseFilter &f) { f.categoryId = w.categories.at(0); }), "cases_category (category_id=?"},
        {"handler", with([&](CaseFilter &f) { f.handlerWorkerId = w.workers.at(0); }),
         "cases_handler (handler_worker_id=?"},
        {"received range", with([](CaseFilter &f) { f.fromMs = beijing(2026, 3, 9), f.toMs = beijing(2026, 3, 20); }),
         "cases_received (received_ms>? AND received_ms<?)"},
        {"overdue", with([](CaseFilter &f) { f.due = QStringLiteral("overdue"); }),
         "cases_state_due (state=? AND due_ms>? AND due_ms<?)"},
        {"due soon", with([](CaseFilter &f) { f.due = QStringLiteral("due_soon"); }),
         "cases_state_due (state=? AND due_ms>?"},
        {"overdue by deadline",
         with([](CaseFilter &f) { f.due = QStringLiteral("overdue"), f.sort = CaseSort::DueAsc; }),
         "cases_state_due (state=? AND due_ms>? AND due_ms<?)"},
        {"by deadline", with([](CaseFilter &f) { f.sort = CaseSort::DueAsc; }), "cases_state_due (state=?"},
        {"grid by deadline", with([&](CaseFilter &f) { f.gridId = w.grids.at(0), f.sort = CaseSort::DueAsc; }),
         "cases_grid (grid_id=?)"},
        {"category in a street",
         with([&](CaseFilter &f) { f.categoryId = w.categories.at(0), f.streetId = w.street1; }),
         "cases_category (category_id=?"},
        {"street and a state",
         with([&](CaseFilter &f) { f.streetId = w.street1, f.states = {QStringLiteral("returned")}; }),
         "cases_state_received (state=?"},
        {"grid and a state",
         with([&](CaseFilter &f) { f.gridId = w.grids.at(1), f.states = {QStringLiteral("returned")}; }),
         "cases_grid (grid_id=?"},
        {"a worker's open cases", with([&](CaseFilter &f) {
             f.handlerWorkerId = w.workers.at(0), f.states = {QStringLiteral("registered"), QStringLiteral("signed")};
         }),
         "cases_handler (handler_worker_id=?"},
    };
    for (const Expect &e : expectations) {
        for (int pageNo : {1, 2}) { // the first page, and one after a key
            QString key;
            if (pageNo == 2) {
                key = queries.page(e.filter, 1)->nextKey;
                if (key.isEmpty())
                    continue;
            }
            const QStringList plan = queries.queryPlan(e.filter, key);
            INFO(e.what << " page " << pageNo << ":\n" << plan.join('\n').toStdString());
            CHECK(fullScans(plan).isEmpty());
            const QStringList allowed = QString::fromLatin1(e.index).split(QLatin1Char('|'));
            CHECK(std::any_of(allowed.begin(), allowed.end(),
                              [&](const QString &index) { return plan.join('\n').contains(index); }));
        }
    }
}
