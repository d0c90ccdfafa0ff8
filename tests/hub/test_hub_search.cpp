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
