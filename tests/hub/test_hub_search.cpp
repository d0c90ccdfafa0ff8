// Search on the hub (hub/HubSearch.h) finds what the office's search (cases/CaseSearch.h) finds for
// the same cases: terms of one, two and three characters from what happened, the addresses, the
// names and the notes, a phone's last digits, two terms at once and a case number — the same cases
// in the same tiers, newest first in each, page after page; and after a delta the new note is found.
#include "HubTestDb.h"
#include "cases/CaseSearch.h"
#include "cases/CaseService.h"
#include "exchange/PackageExport.h"
#include "hub/HubSearch.h"
#include "test_stats_oracle.h"

using namespace gd;
using namespace gdtest;

namespace {

struct Found {
    int tier;
    qint64 receivedMs;
    QString id;
    bool operator<(const Found &o) const
    {
        return std::tie(tier, o.receivedMs, id) < std::tie(o.tier, receivedMs, o.id);
    }
    bool operator==(const Found &o) const { return tier == o.tier && id == o.id; }
};

std::string text(const QList<Found> &found)
{
    QStringList out;
    for (const Found &f : found)
        out << QStringLiteral("%1:%2").arg(f.tier).arg(f.id);
    return out.join(QLatin1Char(' ')).toStdString();
}

// Every hit, page after page of `limit`.
template <typename Page> QList<Found> everyHit(Page page, int limit)
{
    QList<Found> out;
    QString key;
    for (int i = 0; i < 1000; ++i) {
        Result<SearchPage> p = page(limit, key);
        INFO(p.message().toStdString());
        REQUIRE(p.ok());
        for (const SearchHit &h : p->hits)
            out << Found{h.tier, h.row.receivedMs, h.row.id};
        key = p->nextKey;
        if (key.isEmpty())
            break;
    }
    return out;
}

// Pieces of the texts: one, two and three characters from the middle of each.
QStringList piecesOf(const QStringList &texts)
{
    QStringList out;
    for (const QString &t : texts) {
        const QString s = t.trimmed();
        if (s.size() < 4)
            continue;
        const int middle = int(s.size()) / 2;
        for (int n : {1, 2, 3})
            if (!s.mid(middle, n).contains(QLatin1Char(' ')))
                out << s.mid(middle, n);
    }
    out.removeDuplicates();
    return out;
}

void compare(Database &office, HubDb &h, const QString &query)
{
    INFO("query: " << query.toStdString());
    const QList<Found> mine =
        everyHit([&](int limit, const QString &key) { return CaseSearch(office).page(query, limit, key); }, 1000);
    const QList<Found> theirs = everyHit(
        [&](int limit, const QString &key) { return hub::searchHub(*h, query, limit, key, office.nowMs()); }, 1000);
    // Newest first within each tier on the hub (ties of a second may fall otherwise in the office).
    for (int i = 1; i < theirs.size(); ++i)
        if (theirs.at(i).tier == theirs.at(i - 1).tier)
            CHECK(theirs.at(i).receivedMs <= theirs.at(i - 1).receivedMs);
    QList<Found> a = mine, b = theirs;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    CHECK(text(b) == text(a));
    auto n = hub::countHubSearch(*h, query), m = CaseSearch(office).count(query);
    REQUIRE(n.ok());
    REQUIRE(m.ok());
    CHECK(*n == *m);
}

} // namespace

TEST_CASE("the hub's search finds what the office's finds, tier by tier", "[hub][search]")
{
    StatsDistrict d(500);
    Database &office = *d.t;
    HubDb h;
    ingestWhole(h, office, QDir(d.t.dir.path()));

    QStringList queries =
        piecesOf(ids(office, "SELECT description FROM cases ORDER BY id LIMIT 12") +
                 ids(office, "SELECT address FROM cases ORDER BY id DESC LIMIT 8") +
                 ids(office, "SELECT reporter_name FROM cases WHERE reporter_name <> '' ORDER BY id LIMIT 6") +
                 ids(office, "SELECT note FROM case_events WHERE note <> '' ORDER BY id LIMIT 10"));
    REQUIRE(queries.size() > 40);
    const QString phone =
        ids(office, "SELECT reporter_phone FROM cases WHERE length(reporter_phone) >= 11 LIMIT 1").first();
    queries << phone.right(4) << phone.right(6) << queries.at(1) + QLatin1Char(' ') + queries.at(4)
            << queries.at(2) + QStringLiteral("  ") + queries.at(20)
            << ids(office, "SELECT number FROM cases ORDER BY id LIMIT 1").first() << QStringLiteral("ＡＢ")
            << QStringLiteral("不会出现的词语");
    int found = 0;
    for (const QString &q : std::as_const(queries)) {
        compare(office, h, q);
        auto n = CaseSearch(office).count(q);
        found += n ? int(*n) : 0;
    }
    CHECK(found > 1000); // the terms found cases to compare

    // Pages of seven, read with the hub's keys, hold every hit once.
    const QString common = queries.first();
    const QList<Found> whole = everyHit(
        [&](int limit, const QString &key) { return hub::searchHub(*h, common, limit, key, office.nowMs()); }, 1000);
    const QList<Found> paged = everyHit(
        [&](int limit, const QString &key) { return hub::searchHub(*h, common, limit, key, office.nowMs()); }, 7);
    CHECK(text(paged) == text(whole));
    REQUIRE(whole.size() > 7);
    // Bad input is refused as the office refuses it.
    CHECK(hub::searchHub(*h, QStringLiteral("   "), 10, {}, 0).error().field == QLatin1String("query"));
    CHECK(hub::searchHub(*h, common, 0, {}, 0).error().field == QLatin1String("limit"));
    CHECK(hub::searchHub(*h, common, 10, QStringLiteral("x"), 0).error().field == QLatin1String("key"));

    // A note written in the office reaches the hub with its delta and is found there.
    exchange::ExportScope toHub;
    toHub.sinceLastTo = QStringLiteral("测试枢纽");
    const QString open = ids(office, "SELECT id FROM cases WHERE state = 'signed' ORDER BY id LIMIT 1").first();
    REQUIRE(CaseService(office).act(open, {workflow::Action::Note, QStringLiteral("居民反映楼顶水箱渗漏")}).ok());
    const QString delta = d.t.dir.filePath(QStringLiteral("delta.gdpkg"));
    REQUIRE(exchange::exportPackage(office, delta, {}).ok());
    trustAndIngest(h, delta);
    compare(office, h, QStringLiteral("水箱渗漏"));
    auto page = hub::searchHub(*h, QStringLiteral("水箱渗漏"), 10, {}, office.nowMs());
    REQUIRE(page.ok());
    REQUIRE(page->hits.size() == 1);
    CHECK(page->hits.first().row.id == open);
    CHECK(page->hits.first().tier == 3);
    CHECK(page->hits.first().field == QLatin1String("note"));
}

TEST_CASE("a hub of version 8 kept its search's grams as texts: the upgrade makes them numbers", "[hub][search]")
{
    StatsDistrict d(120);
    Database &office = *d.t;
    HubDb h;
    ingestWhole(h, office, QDir(d.t.dir.path()));
    // Version 8's table: the same columns, the grams as texts, and a row of the old form.
    for (const char *sql :
         {"DROP TABLE hub_search",
          "CREATE TABLE hub_search (case_id text PRIMARY KEY, received_ms bigint NOT NULL, own text NOT NULL, place "
          "text NOT NULL, notes text NOT NULL, phones text NOT NULL, own_grams text[] NOT NULL, all_grams text[] NOT "
          "NULL)",
          "INSERT INTO hub_search SELECT id, received_ms, '', '', '', '', '{\"x\"}', '{\"x\"}' FROM cases LIMIT 1",
          "UPDATE hub_meta SET value = '8' WHERE key = 'hub_schema'"})
        REQUIRE(h->exec(QString::fromLatin1(sql)).ok());
    requireUpgradedFrom(h, 8);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = 'hub_search' "
                                 "AND column_name LIKE '%_grams' AND udt_name = '_int8'")) == 2);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM hub_search")) ==
          h.count(QStringLiteral("SELECT count(*) FROM cases")));
    for (const QString &q : piecesOf(ids(office, "SELECT description FROM cases ORDER BY id LIMIT 4")))
        compare(office, h, q);
}

TEST_CASE("a delta's notes are added to a case's search on the hub, and a report coming or going makes its row again",
          "[hub][search]")
{
    StatsDistrict d(150);
    Database &office = *d.t;
    HubDb h;
    ingestWhole(h, office, QDir(d.t.dir.path()));
    const auto added = [&](const QString &caseId) {
        return h.count(QStringLiteral("SELECT count(*) FROM hub_search_added WHERE case_id = '%1'").arg(caseId));
    };
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM hub_search_added")) == 0);
    CaseService service(office);
    const QStringList open = ids(office, "SELECT id FROM cases WHERE state = 'signed' ORDER BY id LIMIT 2");
    REQUIRE(open.size() == 2);
    const auto note = [&](const QString &caseId, const char *text) {
        REQUIRE(service.act(caseId, {workflow::Action::Note, QString::fromUtf8(text)}).ok());
    };
    int round = 0;
    const auto send = [&] {
        const QString path = d.t.dir.filePath(QStringLiteral("delta-%1.gdpkg").arg(++round));
        REQUIRE(exchange::exportPackage(office, path, {}).ok());
        trustAndIngest(h, path);
    };
    const QString ownWord = service.caseById(open[0])->description.left(2);
    const QStringList queries{QStringLiteral("水箱渗漏"),
                              QStringLiteral("渗"),
                              QStringLiteral("周五"),
                              QStringLiteral("派人维修"),
                              ownWord + QStringLiteral(" 水箱"),
                              QStringLiteral("楼道灯"),
                              QStringLiteral("大狗"),
                              QStringLiteral("7766"),
                              QStringLiteral("赵阿姨"),
                              QStringLiteral("水箱 楼道灯")};

    // Notes alone: added beside the row. With a report in the same delta: the row made again.
    note(open[0], "居民反映楼顶水箱渗漏");
    note(open[0], "物业答复周五派人维修");
    note(open[1], "楼道灯不亮已报修");
    Case neighbour = *service.caseById(open[1]);
    neighbour.reporterName = QStringLiteral("赵阿姨");
    neighbour.reporterPhone = QStringLiteral("13853207766");
    neighbour.description = QStringLiteral("院子里的大狗半夜叫个不停");
    const QString report = *service.attachReport(open[1], neighbour);
    send();
    CHECK(added(open[0]) == 2);
    CHECK(added(open[1]) == 0);
    for (const QString &q : queries)
        compare(office, h, q);
    auto page = hub::searchHub(*h, QStringLiteral("水箱渗漏"), 10, {}, office.nowMs());
    REQUIRE(page.ok());
    REQUIRE(page->hits.size() == 1);
    CHECK(page->hits.first().row.id == open[0]);
    CHECK(page->hits.first().field == QLatin1String("note"));
    CHECK(page->hits.first().snippet.contains(QStringLiteral("水箱渗漏")));

    // The report split out again and one more note: the report's texts leave the case on the hub too.
    REQUIRE(service.splitReport(open[1], report).ok());
    note(open[0], "已修好水箱");
    send();
    CHECK(added(open[0]) == 3);
    for (const QString &q : queries + QStringList{QStringLiteral("修好")})
        compare(office, h, q);

    // A report attached to the first case: its row is made again with every note in it.
    neighbour.description = QStringLiteral("水箱盖子被风吹落");
    REQUIRE(service.attachReport(open[0], neighbour).ok());
    send();
    CHECK(added(open[0]) == 0);
    for (const QString &q : queries + QStringList{QStringLiteral("修好"), QStringLiteral("盖子")})
        compare(office, h, q);
}
