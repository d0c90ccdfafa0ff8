// The case list: every filter and sort against a brute-force filter of all cases, paged through
// with small limits (the pages must join into exactly the expected list), the deadline filters
// against dates worked out by hand from the 2026 calendar, and the query plans at scale.
#include "cases/CaseQueries.h"
#include "cases/CaseService.h"
#include "cases/WorkCalendar.h"
#include "cases/Workflow.h"
#include "org/UnitService.h"
#include "test_org_fixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace gd;
using namespace gdtest;

namespace {

qint64 beijing(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

qint64 endOfDay(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(23, 59, 59, 999), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

QString categoryId(Database &db, const QString &code)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id FROM categories WHERE code = ?"));
    q.addBindValue(code);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

// Two streets, three communities, five grids (grid 5 vacant), two units, and about fifty cases
// spread over seven weeks, in every state, some received at the same millisecond.
struct CaseList : TestDb {
    QString street1, street2, communityA, communityB, communityC;
    QStringList grids, workers, units;
    QHash<QString, QString> communityOfGrid, streetOfCommunity, parentOfCategory;
    QStringList categories; // 01 (top level), 0101, 0102, 0301, 0701
    QStringList ids;

    Case draft(int i) const
    {
        Case c;
        c.channel = cases::channels().at(i % 5);
        c.requestType = QStringLiteral("help");
        c.urgency = i % 7 == 0 ? QStringLiteral("urgent") : QStringLiteral("normal");
        c.categoryId = categories.at((i * 3) % categories.size());
        c.reporterName = QStringLiteral("居民%1").arg(i);
        c.reporterPhone = QStringLiteral("139532%1").arg(10000 + i);
        c.gridId = grids.at((i * 7) % grids.size());
        c.address = QStringLiteral("三明南路%1号").arg(i);
        c.description = QStringLiteral("楼道灯不亮，第%1次反映。").arg(i) + QString(i % 9 == 0 ? 100 : 0, QChar(0x706F));
        c.leadOrgId = i % 3 == 0 ? units.at(0) : QString();
        return c;
    }

    CaseList()
    {
        clock->setMs(beijing(2026, 3, 2, 8));
        street1 = addStreet(*db, QStringLiteral("370202002"), QStringLiteral("八大关"));
        street2 = addStreet(*db, QStringLiteral("370202003"), QStringLiteral("湛山"));
        communityA = addCommunity(*db, street1, QStringLiteral("370202002001"), QStringLiteral("红岛路"));
        communityB = addCommunity(*db, street1, QStringLiteral("370202002002"), QStringLiteral("三明路"));
        communityC = addCommunity(*db, street2, QStringLiteral("370202003001"), QStringLiteral("湛山"));
        for (int i = 0; i < 4; ++i)
            workers << addWorker(*db, QStringLiteral("网格员%1").arg(i), QStringLiteral("1395320000%1").arg(i));
        const QString communityOf[] = {communityA, communityA, communityB, communityC, communityC};
        for (int i = 0; i < 5; ++i) {
            const QString code = QStringLiteral("%1%2").arg(i < 2 ? QStringLiteral("370202002001") : i == 2 ? QStringLiteral("370202002002") : QStringLiteral("370202003001")).arg(i + 1, 3, 10, QLatin1Char('0'));
            grids << addGrid(*db, communityOf[i], code, QStringLiteral("第%1网格").arg(i + 1), i < 4 ? workers.at(i) : QString());
            communityOfGrid.insert(grids.last(), communityOf[i]);
        }
        streetOfCommunity = {{communityA, street1}, {communityB, street1}, {communityC, street2}};
        for (const char *name : {"市南热力站", "燃气公司"}) {
            Unit u;
            u.name = QString::fromUtf8(name);
            u.kind = QStringLiteral("heating");
            u.servicePhone = QStringLiteral("0532-82870000");
            units << must(UnitService(*db).save(u));
        }
        for (const char *code : {"01", "0101", "0102", "0301", "0701"})
            categories << categoryId(*db, QString::fromLatin1(code));
        QSqlQuery q(db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT id, COALESCE(parent_id, '') FROM categories")));
        while (q.next())
            parentOfCategory.insert(q.value(0).toString(), q.value(1).toString());

        CaseService service(*db);
        QRandomGenerator random(20260302);
        int i = 0;
        for (int group = 0; i < 50; ++group) {
            // Groups of one to three cases share their received time: the id settles their order.
            QStringList batch;
            for (int k = 0; k <= group % 3 && i < 50; ++k, ++i)
                batch << must(service.registerCase(draft(i)));
            for (const QString &id : batch) {
                drive(service, id, int(ids.size()));
                ids << id;
            }
            clock->advance(qint64(random.bounded(2, 30)) * 3600 * 1000);
        }
        Case repeat = draft(1);
        must(service.attachReport(ids.at(4), repeat));
        // A case without a deadline (its year past the calendar, or merged from such an office),
        // one open and one closed, and a deleted case that no list may show.
        REQUIRE(q.exec(QStringLiteral("UPDATE cases SET due_ms = NULL WHERE id IN ('%1', '%2')").arg(ids.at(10), ids.at(17))));
        REQUIRE(q.exec(QStringLiteral("UPDATE cases SET deleted = 1 WHERE id = '%1'").arg(ids.at(23))));
    }

    // Case n ends in one of ten states; the clock moves a minute per step, except between
    // steps of the cases numbered 3 mod 4, so some share their updated time too.
    void drive(CaseService &service, const QString &id, int n)
    {
        auto step = [&](const char *action, const QString &note = {}, const QJsonObject &data = {}) {
            if (n % 4 != 3)
                clock->advance(60 * 1000);
            auto r = service.act(id, QString::fromLatin1(action), note, data);
            INFO(action << ": " << r.message().toStdString());
            REQUIRE(r.ok());
        };
        const int end = n % 10;
        const QJsonObject toUnit{{QStringLiteral("unit_id"), units.at(n % 2)}};
        if (end == 1)
            step("accept");
        if (end == 8)
            step("refuse", QStringLiteral("属110职责"));
        if (end == 2)
            step("dispatch", {}, {{QStringLiteral("worker_id"), workers.at(n % 4)}});
        if (end >= 3 && end <= 7) {
            step("dispatch", {}, toUnit);
            step("sign");
        }
        if (end == 9) {
            step("dispatch", {}, toUnit);
            step("return", QStringLiteral("不属本单位"), {{QStringLiteral("reason"), QStringLiteral("wrong_area")}});
        }
        if (end == 4) {
            step("note", QStringLiteral("已联系物业"));
            step("supervise", {}, {{QStringLiteral("level"), QStringLiteral("yellow")}});
        }
        if (end >= 5 && end <= 7)
            step("complete", QStringLiteral("已修复"));
        if (end >= 6 && end <= 7)
            step("callback", {}, {{QStringLiteral("satisfaction"), QStringLiteral("satisfied")}, {QStringLiteral("solved"), true}});
        if (end == 7)
            step("archive");
    }

    QList<Case> all()
    {
        QList<Case> out;
        CaseService service(*db);
        for (const QString &id : ids)
            if (auto c = service.caseById(id))
                out << c.value();
        return out;
    }

    bool matches(const Case &c, const CaseFilter &f, qint64 now, qint64 soonEnd) const
    {
        const QString community = communityOfGrid.value(c.gridId);
        const bool open = workflow::isOpen(c.state);
        if (!f.states.isEmpty() && !f.states.contains(c.state))
            return false;
        if (f.due == QLatin1String("overdue") && !(open && c.dueMs > 0 && c.dueMs < now))
            return false;
        if (f.due == QLatin1String("due_soon") && !(open && c.dueMs >= now && c.dueMs <= soonEnd))
            return false;
        if (!f.streetId.isEmpty() && streetOfCommunity.value(community) != f.streetId)
            return false;
        if (!f.communityId.isEmpty() && community != f.communityId)
            return false;
        if (!f.gridId.isEmpty() && c.gridId != f.gridId)
            return false;
        if (!f.categoryId.isEmpty() && c.categoryId != f.categoryId && parentOfCategory.value(c.categoryId) != f.categoryId)
            return false;
        if (!f.channel.isEmpty() && c.channel != f.channel)
            return false;
        if (!f.handlerWorkerId.isEmpty() && c.handlerWorkerId != f.handlerWorkerId)
            return false;
        if (!f.handlerUnitId.isEmpty() && c.handlerUnitId != f.handlerUnitId)
            return false;
        if (!f.leadOrgId.isEmpty() && c.leadOrgId != f.leadOrgId)
            return false;
        return (f.fromMs == 0 || c.receivedMs >= f.fromMs) && (f.toMs == 0 || c.receivedMs < f.toMs);
    }

    QStringList expected(const CaseFilter &f)
    {
        const qint64 now = f.nowMs ? f.nowMs : db->nowMs();
        const qint64 soonEnd =
            WorkCalendar::load(*db).addWorkingDays(QDateTime::fromMSecsSinceEpoch(now), 1)->toMSecsSinceEpoch();
        QList<Case> rows;
        for (const Case &c : all())
            if (matches(c, f, now, soonEnd))
                rows << c;
        auto value = [&](const Case &c) {
            return f.sort == CaseSort::DueAsc ? c.dueMs : f.sort == CaseSort::UpdatedDesc ? c.updatedMs : c.receivedMs;
        };
        const bool desc = f.sort == CaseSort::ReceivedDesc || f.sort == CaseSort::UpdatedDesc;
        std::sort(rows.begin(), rows.end(), [&](const Case &a, const Case &b) {
            if (f.sort == CaseSort::DueAsc && (a.dueMs == 0) != (b.dueMs == 0))
                return b.dueMs == 0; // no deadline: last
            if (value(a) != value(b))
                return desc ? value(a) > value(b) : value(a) < value(b);
            return desc ? a.id > b.id : a.id < b.id;
        });
        QStringList out;
        for (const Case &c : rows)
            out << c.id;
        return out;
    }
};

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
    add([](CaseFilter &f) { f.states = {QStringLiteral("registered"), QStringLiteral("dispatched"), QStringLiteral("returned")}; });
    add([](CaseFilter &f) { f.due = QStringLiteral("overdue"); });
    add([](CaseFilter &f) { f.due = QStringLiteral("due_soon"); });
    add([](CaseFilter &f) { f.due = QStringLiteral("overdue"), f.states = {QStringLiteral("registered"), QStringLiteral("archived")}; });
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
        f.streetId = w.street1, f.states = {QStringLiteral("signed"), QStringLiteral("in_progress"), QStringLiteral("archived")},
        f.channel = QStringLiteral("walk_in");
    });
    add([&](CaseFilter &f) { f.categoryId = w.categories.at(0), f.due = QStringLiteral("overdue"), f.fromMs = beijing(2026, 3, 5); });
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
    SECTION("with the indexes of schema v3") { compareAll(w); }
    SECTION("with the recommended indexes (the merge by state takes over)")
    {
        for (const QString &sql : CaseQueries::recommendedIndexes())
            REQUIRE(exec(w.db->sql(), sql));
        compareAll(w);
    }
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
        CHECK(r.overdue == (workflow::isOpen(c.state) && c.dueMs > 0 && c.dueMs < w.clock->nowMs()));
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
        QStringList out;
        for (const CaseRow &r : queries.page(f, 50)->rows)
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
    REQUIRE(service.act(d, QStringLiteral("refuse"), QStringLiteral("属12345重复件")).ok());
    CHECK(ids("due_soon", beijing(2026, 3, 6)) == L{a});
    CHECK(ids("overdue", beijing(2026, 3, 6)) == L{e, c, b});
    CaseFilter late;
    late.due = QStringLiteral("overdue");
    late.nowMs = beijing(2026, 3, 6);
    late.states = {QStringLiteral("refused")};
    CHECK(queries.page(late, 10)->rows.isEmpty());
    late.states.clear();
    CHECK(queries.count(late).value() == 3);
    for (const CaseRow &r : queries.page(late, 10)->rows)
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
    f.nowMs = beijing(2027, 6, 1);
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
        const char *index; // must appear in the plan of the cases table
    };
    auto with = [](auto set) {
        CaseFilter f;
        set(f);
        return f;
    };
    const QList<Expect> expectations = {
        {"no filter", {}, "cases_received"},
        {"open state", with([](CaseFilter &f) { f.states = {QStringLiteral("signed")}; }), "cases_state_due"},
        {"archived", with([](CaseFilter &f) { f.states = {QStringLiteral("archived")}; }), "cases_received"},
        {"grid", with([&](CaseFilter &f) { f.gridId = w.grids.at(0); }), "cases_grid (grid_id=?"},
        {"street", with([&](CaseFilter &f) { f.streetId = w.street1; }), "cases_grid (grid_id=?"},
        {"community", with([&](CaseFilter &f) { f.communityId = w.communityA; }), "cases_grid (grid_id=?"},
        {"category", with([&](CaseFilter &f) { f.categoryId = w.categories.at(0); }), "cases_category (category_id=?"},
        {"handler", with([&](CaseFilter &f) { f.handlerWorkerId = w.workers.at(0); }), "cases_handler (handler_worker_id=?"},
        {"received range", with([](CaseFilter &f) { f.fromMs = beijing(2026, 3, 9), f.toMs = beijing(2026, 3, 20); }),
         "cases_received (received_ms>? AND received_ms<?)"},
        {"overdue", with([](CaseFilter &f) { f.due = QStringLiteral("overdue"); }), "cases_state_due (state=? AND due_ms<?)"},
        {"due soon", with([](CaseFilter &f) { f.due = QStringLiteral("due_soon"); }), "cases_state_due (state=? AND due_ms>?"},
        {"overdue by deadline", with([](CaseFilter &f) { f.due = QStringLiteral("overdue"), f.sort = CaseSort::DueAsc; }),
         "cases_state_due (state=? AND due_ms>? AND due_ms<?)"},
        {"by deadline", with([](CaseFilter &f) { f.sort = CaseSort::DueAsc; }), "cases_state_due (state=?"},
        {"grid by deadline", with([&](CaseFilter &f) { f.gridId = w.grids.at(0), f.sort = CaseSort::DueAsc; }), "INDEX"},
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
            CHECK(plan.join('\n').contains(QLatin1String(e.index)));
        }
    }
    // "updated desc" needs cases_updated: without it the order is a full scan, which the
    // recommendation exists for; with it, an index walk.
    CaseFilter updated;
    updated.sort = CaseSort::UpdatedDesc;
    for (const QString &sql : CaseQueries::recommendedIndexes())
        REQUIRE(exec(w.db->sql(), sql));
    CHECK(queries.queryPlan(updated).join('\n').contains(QLatin1String("cases_updated")));
    CaseFilter archived;
    archived.states = {QStringLiteral("archived"), QStringLiteral("callback_done")};
    CHECK(queries.queryPlan(archived).join('\n').contains(QLatin1String("cases_state_received (state=?)")));
}
