// The search index's docs (CaseSearchIndex.h): one per case, close together (the second received
// << 2, spilling over in a busy second), newest received first; the same index whether the demo
// generator builds it while it writes or a rebuild builds it afterwards; and the v7 upgrade that
// renumbers an index of the old millisecond docs.
#include "TestDb.h"
#include "cases/CaseSearch.h"
#include "cases/CaseSearchIndex.h"
#include "cases/CaseService.h"
#include "demo/DemoCases.h"
#include "demo/DemoDistrict.h"
#include "storage/SchemaLadder.h"
#include "storage/Transaction.h"
#include "test_case_world.h"

#include <QSqlQuery>

namespace wf = gd::workflow;

using namespace gd;
using namespace gdtest;

namespace {

QMap<QString, qint64> docsByCase(Database &db)
{
    QMap<QString, qint64> out;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT case_id, doc FROM case_search_map")));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

} // namespace

TEST_CASE("cases received in the same second each get a doc of their own, newest second first", "[search]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const qint64 second = w.t->nowMs() - 3600 * 1000;
    QStringList sameSecond;
    for (int i = 0; i < 7; ++i) { // more than a second's four slots
        Case c = w.draft();
        c.receivedMs = second + i * 100;
        c.description = QStringLiteral("同一秒收到的第%1件诉求：井盖松动").arg(i);
        sameSecond << must(service.registerCase(c));
    }
    Case later = w.draft();
    later.receivedMs = second + 60 * 1000;
    later.description = QStringLiteral("一分钟后又报井盖松动");
    const QString laterId = must(service.registerCase(later));

    const QMap<QString, qint64> docs = docsByCase(*w.t);
    REQUIRE(docs.size() == 8);
    QSet<qint64> distinct;
    for (const QString &id : sameSecond) {
        const qint64 doc = docs.value(id);
        CHECK(doc >= CaseSearchIndex::docBase(second));
        CHECK(doc < CaseSearchIndex::docBase(second) + 64); // spilled over a few docs, no further
        distinct.insert(doc);
    }
    CHECK(distinct.size() == 7);
    CHECK(docs.value(laterId) == CaseSearchIndex::docBase(later.receivedMs));

    auto page = CaseSearch(*w.t).page(QStringLiteral("井盖"), 20);
    REQUIRE(page.ok());
    REQUIRE(page->hits.size() == 8);
    CHECK(page->hits.first().row.id == laterId); // the newest second first

    // Changing the received time moves the doc; editing anything else keeps it.
    const qint64 before = docs.value(sameSecond.first());
    REQUIRE(service.act(sameSecond.first(), {wf::Action::Accept, QStringLiteral("已受理，联系市政")}).ok());
    CHECK(docsByCase(*w.t).value(sameSecond.first()) == before);
}

TEST_CASE("a file of orders all received in one second gives each case its own doc, in a run from the second",
          "[search]")
{
    // A hotline file that gives only the day: every line is received at midnight.
    CaseWorld w;
    CaseService service(*w.t);
    const qint64 midnight = w.t->nowMs() - 10 * 3600 * 1000;
    const int n = 600;
    {
        Transaction tx(*w.t);
        REQUIRE(tx.started());
        for (int i = 0; i < n; ++i) {
            Case c = w.draft();
            c.receivedMs = midnight;
            c.description = QStringLiteral("同一天的第%1张工单：路灯不亮").arg(i);
            must(service.registerCase(c));
        }
        REQUIRE(tx.commit().ok());
    }
    const QMap<QString, qint64> docs = docsByCase(*w.t);
    REQUIRE(docs.size() == n);
    QSet<qint64> distinct;
    for (qint64 doc : docs)
        distinct.insert(doc);
    CHECK(distinct.size() == n);
    // Handed out from the second up with no gap: the run ends right after the last one.
    CHECK(*std::min_element(distinct.begin(), distinct.end()) == CaseSearchIndex::docBase(midnight));
    CHECK(*std::max_element(distinct.begin(), distinct.end()) == CaseSearchIndex::docBase(midnight) + n - 1);
    CHECK(CaseSearch(*w.t).count(QStringLiteral("路灯")).value() == n);
}

TEST_CASE("a doc's base is the second received times four, never below zero", "[search]")
{
    CHECK(CaseSearchIndex::docBase(0) == 0);
    CHECK(CaseSearchIndex::docBase(-5000) == 0);
    CHECK(CaseSearchIndex::docBase(999) == 0);
    CHECK(CaseSearchIndex::docBase(1000) == 4);
    CHECK(CaseSearchIndex::docBase(1767225600123) == 1767225600LL * 4);
}

TEST_CASE("the demo generator's search index is the one a rebuild makes", "[search][slow]")
{
    TestDb t;
    t.clock->setMs(QDateTime(QDate(2026, 6, 16), QTime(15, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
    REQUIRE(DemoDistrict::generate(*t, DemoOptions()).ok());
    DemoCaseOptions o;
    o.count = 600;
    o.seed = 5;
    auto made = DemoCases::generate(*t, o);
    INFO(made.message().toStdString());
    REQUIRE(made.ok());
    CHECK(CaseSearchIndex(t->sql()).indexedCount().value() == 600);

    const QStringList built = indexContent(*t);
    CHECK(built.size() > 600 * 50);
    {
        Transaction tx(*t);
        REQUIRE(CaseSearchIndex(t->sql()).rebuild().ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(indexContent(*t) == built);
    CHECK(CaseSearchIndex(t->sql()).indexedCount().value() == 600);
}

TEST_CASE("the v7 upgrade renumbers an index of millisecond docs and search still finds every case", "[search]")
{
    // Cases on a file, then put back to a v6 file whose index map used the old docs.
    CaseWorld w;
    CaseService service(*w.t);
    const QString a = must(service.registerCase(w.draft()));
    Case other = w.draft();
    other.description = QStringLiteral("楼道灯坏了三天");
    const QString b = must(service.registerCase(other));
    {
        QSqlQuery q(w.t->sql());
        // The old scheme: received_ms << 20. The FTS rows keep their rowids; only the map is
        // renumbered here, which the upgrade must repair as well.
        REQUIRE(q.exec(QStringLiteral("UPDATE case_search_map SET doc = doc * 262144 + 1")));
        // What the steps after v6 create goes too, so that they can run again (v9: merging).
        REQUIRE(q.exec(QStringLiteral("DROP TABLE exchange_ledger")));
        REQUIRE(q.exec(QStringLiteral("DROP TABLE merge_conflicts")));
        REQUIRE(q.exec(QStringLiteral("DROP TABLE exchange_peers")));
        for (const char *later : {"DROP TRIGGER stats_cases_insert",
                                  "DROP TRIGGER stats_cases_update",
                                  "DROP TRIGGER stats_cases_delete",
                                  "DROP TRIGGER stats_grids_insert",
                                  "DROP TRIGGER stats_grids_update",
                                  "DROP TABLE training_attendees",
                                  "DROP TABLE trainings",
                                  "DROP TABLE rating_results",
                                  "DROP TABLE rating_entries",
                                  "DROP TABLE rating_months",
                                  "DROP TABLE rating_items",
                                  "DROP INDEX cases_completed",
                                  "DROP INDEX cases_closed",
                                  "DROP INDEX cases_proactive",
                                  "DROP INDEX grids_property",
                                  "ALTER TABLE grids DROP COLUMN property_unit_id",
                                  "DROP TABLE trusted_offices",
                                  "DROP TABLE exchange_sent",
                                  "DROP INDEX cases_branches",
                                  "ALTER TABLE cases DROP COLUMN branches",
                                  "ALTER TABLE case_events DROP COLUMN after_event",
                                  "DROP INDEX cases_sign_by",
                                  "ALTER TABLE cases DROP COLUMN sign_by_ms",
                                  "DROP INDEX cases_callback_due",
                                  "ALTER TABLE cases DROP COLUMN callback_due_ms",
                                  "ALTER TABLE cases DROP COLUMN callback_result",
                                  "ALTER TABLE cases DROP COLUMN level",
                                  "ALTER TABLE operators DROP COLUMN unit_id",
                                  "DROP INDEX cases_repeat_review",
                                  "ALTER TABLE cases DROP COLUMN repeat_of",
                                  "ALTER TABLE cases DROP COLUMN repeat_review",
                                  "DROP INDEX cases_building_category",
                                  "DROP INDEX cases_grid_category"})
            REQUIRE(q.exec(QLatin1String(later)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version=6")));
    }
    w.t.reopen(); // upgraded to the latest version on the way
    Database &db = *w.t;
    CHECK(db.schemaVersion() == schema::latestVersion());
    const QMap<QString, qint64> docs = docsByCase(db);
    REQUIRE(docs.size() == 2);
    CHECK(docs.value(a) < (db.nowMs() / 1000 + 1) * 4);
    CHECK(CaseSearch(db).count(QStringLiteral("楼道灯")).value() == 1);
    CHECK(CaseSearch(db).count(QStringLiteral("三明南路")).value() == 2);
    CHECK(CaseSearch(db).page(QStringLiteral("楼道灯"), 5)->hits.first().row.id == b);
}
