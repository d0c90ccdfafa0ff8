// Search over the cases: the same set as a plain substring scan for terms of one, two, three and
// more characters (on demo cases with their timelines), ranking in tiers, paging, phone tails,
// highlighting, and the index kept up to date by every write and by a rebuild.
#include "TestDb.h"
#include "cases/CaseSearch.h"
#include "cases/CaseSearchIndex.h"
#include "cases/CaseService.h"
#include "cases/SearchText.h"
#include "demo/DemoCases.h"
#include "demo/DemoDistrict.h"
#include "storage/Transaction.h"
#include "test_case_world.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

namespace wf = gd::workflow;

using namespace gd;
using namespace gdtest;

namespace {

QSet<QString> searchAll(Database &db, const QString &query)
{
    CaseSearch search(db);
    QSet<QString> ids;
    QString key;
    int pages = 0;
    do {
        auto page = search.page(query, 400, key);
        INFO(page.message().toStdString());
        REQUIRE(page.ok());
        for (const SearchHit &h : page->hits) {
            CHECK_FALSE(ids.contains(h.row.id)); // no case twice across pages and tiers
            ids.insert(h.row.id);
        }
        key = page->nextKey;
        REQUIRE(++pages < 1000);
    } while (!key.isEmpty());
    return ids;
}

// The meaning of a match, written independently of the index: whole-text NFKC + case folding
// and QString::contains, every text of the case and of the reports still attached.
struct Corpus {
    struct Doc {
        QString id;
        QStringList texts;
        QStringList phones;
    };
    QList<Doc> docs;

    static QString fold(const QString &s) { return s.normalized(QString::NormalizationForm_KC).toCaseFolded(); }

    explicit Corpus(Database &db)
    {
        QHash<QString, int> at;
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT id, description, request, address, reporter_name, reporter_phone FROM cases ORDER BY id")));
        while (q.next()) {
            Doc d;
            d.id = q.value(0).toString();
            for (int i = 1; i <= 4; ++i)
                d.texts << fold(q.value(i).toString());
            d.phones << q.value(5).toString();
            at.insert(d.id, int(docs.size()));
            docs << d;
        }
        QSet<QString> splitOut;
        REQUIRE(q.exec(QStringLiteral("SELECT data FROM case_events WHERE action = 'split'")));
        while (q.next())
            splitOut.insert(QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                                .object()
                                .value(QStringLiteral("report_event_id"))
                                .toString());
        REQUIRE(q.exec(QStringLiteral("SELECT case_id, id, action, note, data FROM case_events")));
        while (q.next()) {
            Doc &d = docs[at.value(q.value(0).toString())];
            d.texts << fold(q.value(3).toString());
            if (q.value(2).toString() == QLatin1String("report") && !splitOut.contains(q.value(1).toString())) {
                const QJsonObject data = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
                for (const char *key : {"description", "request", "address", "reporter_name"})
                    d.texts << fold(data.value(QLatin1String(key)).toString());
                d.phones << data.value(QStringLiteral("reporter_phone")).toString();
            }
        }
    }

    QSet<QString> scan(const QString &query) const
    {
        const QStringList terms = search::terms(query);
        QSet<QString> out;
        for (const Doc &d : docs) {
            bool all = true;
            for (const QString &t : terms) {
                bool found = false;
                for (const QString &text : d.texts)
                    found = found || text.contains(t);
                if (search::isPhoneTail(t))
                    for (const QString &p : d.phones)
                        found = found || p.endsWith(t);
                all = all && found;
            }
            if (all)
                out.insert(d.id);
        }
        return out;
    }

    // Substrings of `length` characters at random places of random texts (never spaces).
    QStringList sample(int length, int n, QRandomGenerator &rng) const
    {
        QStringList out;
        while (out.size() < n) {
            const Doc &d = docs.at(int(rng.bounded(quint32(docs.size()))));
            const QString &text = d.texts.at(int(rng.bounded(quint32(d.texts.size()))));
            if (text.size() < length)
                continue;
            const QString term = text.mid(int(rng.bounded(quint32(text.size() - length + 1))), length);
            if (term.size() == length && search::terms(term) == QStringList{term} && !out.contains(term))
                out << term;
        }
        return out;
    }
};

struct DemoSearchDb {
    TestDb t;
    DemoSearchDb()
    {
        t.clock->setMs(QDateTime(QDate(2026, 6, 16), QTime(15, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
        DemoOptions o;
        REQUIRE(DemoDistrict::generate(*t, o).ok());
        DemoCaseOptions c;
        c.count = 1500;
        c.seed = 3;
        auto r = DemoCases::generate(*t, c);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
    }
};

} // namespace

TEST_CASE("search finds exactly what a substring scan finds, for terms of 1, 2, 3 and more characters",
          "[search][slow]")
{
    DemoSearchDb d;
    const Corpus corpus(*d.t);
    QRandomGenerator rng(11);
    for (int length : {1, 2, 3, 5}) {
        for (const QString &term : corpus.sample(length, length == 1 ? 40 : 30, rng)) {
            INFO("term: " << term.toStdString());
            const QSet<QString> expected = corpus.scan(term);
            CHECK_FALSE(expected.isEmpty());
            CHECK(searchAll(*d.t, term) == expected);
            CHECK(CaseSearch(*d.t).count(term).value() == expected.size());
        }
    }
    // Two terms, a term that is nowhere, ASCII in either width and case, phone tails.
    for (const QString &query : {QStringLiteral("漏水 楼"), QStringLiteral("楼道 灯"), QStringLiteral("不存在的词语"),
                                 QStringLiteral("鱻"), QStringLiteral("ＫＴＶ"), QStringLiteral("ktv"),
                                 QStringLiteral("号楼 2单元 室"), QStringLiteral("1234"), QStringLiteral("0000")}) {
        INFO("query: " << query.toStdString());
        CHECK(searchAll(*d.t, query) == corpus.scan(query));
    }
}

TEST_CASE("search ranks the main text first, then place and phone, then notes, newest first in each", "[search]")
{
    CaseWorld w;
    CaseService service(*w.t);
    auto registerAt = [&](int minute, const QString &description, const QString &address, const QString &phone) {
        w.t.clock->setMs(QDateTime(QDate(2026, 3, 2), QTime(9, minute), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
        Case c = w.draft();
        c.receivedMs = 0;
        c.description = description;
        c.request.clear();
        c.address = address;
        c.reporterPhone = phone;
        return must(service.registerCase(c));
    };
    const QString oldBody = registerAt(1, QStringLiteral("井盖丢失"), QStringLiteral("三明南路2号"), {});
    const QString place = registerAt(2, QStringLiteral("路灯不亮"), QStringLiteral("井盖路3号"), {});
    const QString newBody = registerAt(3, QStringLiteral("小区井盖松动"), QStringLiteral("三明南路2号"), {});
    const QString noted = registerAt(4, QStringLiteral("垃圾满溢"), QStringLiteral("三明南路2号"), {});
    const QString phoned =
        registerAt(5, QStringLiteral("噪音扰民"), QStringLiteral("三明南路2号"), QStringLiteral("13953208877"));
    w.t.clock->setMs(w.t.clock->nowMs() + 60000);
    REQUIRE(service.act(noted, {wf::Action::Accept, QStringLiteral("现场发现井盖也坏了")}).ok());

    auto page = CaseSearch(*w.t).page(QStringLiteral("井盖"), 10);
    REQUIRE(page.ok());
    QStringList order;
    QList<int> tiers;
    for (const SearchHit &h : page->hits) {
        order << h.row.id;
        tiers << h.tier;
    }
    CHECK(order == QStringList{newBody, oldBody, place, noted});
    CHECK(tiers == QList<int>{1, 1, 2, 3});
    CHECK(page->hits[2].field == QStringLiteral("address"));
    CHECK(page->hits[3].field == QStringLiteral("note"));
    CHECK(page->nextKey.isEmpty());

    // Every page size walks the same order, across the tiers.
    for (int limit : {1, 2, 3}) {
        QStringList paged;
        QString key;
        do {
            auto p = CaseSearch(*w.t).page(QStringLiteral("井盖"), limit, key);
            REQUIRE(p.ok());
            for (const SearchHit &h : p->hits)
                paged << h.row.id;
            key = p->nextKey;
        } while (!key.isEmpty());
        CHECK(paged == order);
    }

    // A phone is found by its last digits, not by its middle.
    auto byPhone = CaseSearch(*w.t).page(QStringLiteral("8877"), 10);
    REQUIRE(byPhone.ok());
    REQUIRE(byPhone->hits.size() == 1);
    CHECK(byPhone->hits[0].row.id == phoned);
    CHECK(byPhone->hits[0].tier == 2);
    CHECK(byPhone->hits[0].field == QStringLiteral("reporter_phone"));
    CHECK(byPhone->hits[0].marks == QList<QPair<int, int>>{{7, 4}});
    CHECK(CaseSearch(*w.t).count(QStringLiteral("9532")).value() == 0);
    CHECK(CaseSearch(*w.t).count(QStringLiteral("13953208877")).value() == 1);
}

TEST_CASE("search snippets mark every match inside them", "[search]")
{
    CaseWorld w;
    CaseService service(*w.t);
    Case c = w.draft();
    c.description =
        QStringLiteral("这是一段很长的前言，用来把匹配的位置推到片段窗口的中间以后，然后才说到正题：三楼ＫＴＶ噪音，"
                       "每晚ktv开到两点，之后还有很多很多的文字说明情况。");
    must(service.registerCase(c));
    auto page = CaseSearch(*w.t).page(QStringLiteral("ktv"), 5);
    REQUIRE(page.ok());
    REQUIRE(page->hits.size() == 1);
    const SearchHit &hit = page->hits[0];
    CHECK(hit.field == QStringLiteral("description"));
    CHECK(hit.snippet.startsWith(QStringLiteral("…")));
    CHECK(hit.snippet.size() <= CaseSearch::kSnippetChars + 2);
    REQUIRE(hit.marks.size() == 2);
    CHECK(hit.snippet.mid(hit.marks[0].first, hit.marks[0].second) == QStringLiteral("ＫＴＶ"));
    CHECK(hit.snippet.mid(hit.marks[1].first, hit.marks[1].second) == QStringLiteral("ktv"));
}

TEST_CASE("search refuses an empty query, a bad limit and a foreign key", "[search]")
{
    CaseWorld w;
    CaseSearch search(*w.t);
    CHECK(search.page(QStringLiteral("   "), 10).error().kind == ErrorKind::Invalid);
    CHECK(search.page(QStringLiteral("   "), 10).error().field == QStringLiteral("query"));
    CHECK(search.count(QString()).error().kind == ErrorKind::Invalid);
    CHECK(search.page(QStringLiteral("水"), 0).error().field == QStringLiteral("limit"));
    CHECK(search.page(QStringLiteral("水"), CaseQueries::kMaxLimit + 1).error().field == QStringLiteral("limit"));
    for (const QString &key :
         {QStringLiteral("x"), QStringLiteral("4:1"), QStringLiteral("1:-5"), QStringLiteral("1:2:3")})
        CHECK(search.page(QStringLiteral("水"), 10, key).error().field == QStringLiteral("key"));
    // Quotes and FTS5 operators in a query are just characters.
    CHECK(search.page(QStringLiteral("\"a\" OR NOT * {body}:"), 10).ok());
}

TEST_CASE("notes, attached reports and splits keep the index up to date", "[search]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    CaseSearch search(*w.t);
    CHECK(search.count(QStringLiteral("铁门")).value() == 1);
    CHECK(search.count(QStringLiteral("物业已约谈")).value() == 0);
    REQUIRE(service.act(id, {wf::Action::Accept, QStringLiteral("物业已约谈")}).ok());
    CHECK(search.count(QStringLiteral("物业已约谈")).value() == 1);
    CHECK(search.count(QStringLiteral("铁门")).value() == 1); // the old text still found

    Case neighbour = w.draft();
    neighbour.reporterName = QStringLiteral("赵阿姨");
    neighbour.reporterPhone = QStringLiteral("13853207766");
    neighbour.description = QStringLiteral("院子里的大狗半夜叫个不停");
    const QString report = must(service.attachReport(id, neighbour));
    CHECK(search.count(QStringLiteral("大狗")).value() == 1);
    CHECK(search.count(QStringLiteral("7766")).value() == 1);
    CHECK(search.count(QStringLiteral("赵阿姨")).value() == 1);
    // Every hit shows where it matched, the attached report's phone and name included.
    for (const QString &q : {QStringLiteral("7766"), QStringLiteral("赵阿姨"), QStringLiteral("大狗")}) {
        auto hits = search.page(q, 5);
        REQUIRE(hits.ok());
        REQUIRE(hits->hits.size() == 1);
        CHECK(hits->hits[0].field == QStringLiteral("note"));
        CHECK_FALSE(hits->hits[0].marks.isEmpty());
    }

    const QString split = must(service.splitReport(id, report));
    // Now the report is a case of its own: still found once, as the new case.
    auto page = search.page(QStringLiteral("大狗"), 10);
    REQUIRE(page.ok());
    REQUIRE(page->hits.size() == 1);
    CHECK(page->hits[0].row.id == split);
    CHECK(search.page(QStringLiteral("7766"), 10)->hits.first().row.id == split);

    // A rebuild gives the same answers as the updates made one by one.
    const QStringList queries{QStringLiteral("大狗"), QStringLiteral("铁门"), QStringLiteral("物业"),
                              QStringLiteral("7766"), QStringLiteral("李"),   QStringLiteral("三明南路")};
    QList<QSet<QString>> before;
    for (const QString &q : queries)
        before << searchAll(*w.t, q);
    {
        Transaction tx(*w.t);
        REQUIRE(CaseSearchIndex(w.t->sql()).rebuild().ok());
        REQUIRE(tx.commit().ok());
    }
    for (int i = 0; i < queries.size(); ++i)
        CHECK(searchAll(*w.t, queries[i]) == before[i]);
    CHECK(CaseSearchIndex(w.t->sql()).indexedCount().value() == 2);
}

TEST_CASE("a refused action leaves the index as it was", "[search]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    // Archiving a registered case is not allowed: nothing is written, the note is not searchable.
    CHECK_FALSE(service.act(id, {wf::Action::Archive, QStringLiteral("误操作的备注")}).ok());
    CHECK(CaseSearch(*w.t).count(QStringLiteral("误操作")).value() == 0);
    CHECK(CaseSearch(*w.t).count(QStringLiteral("铁门")).value() == 1);
}
