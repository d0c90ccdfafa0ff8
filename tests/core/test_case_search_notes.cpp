// The notes' tokens of their own (SearchText.h: Space::Notes): a word written only in a note or an
// attached report has no posting in the case's own texts, so the passes over those texts never read
// it; search still finds it, ranked after the own texts; and the v23 upgrade rebuilds an index
// whose notes were tokenised like the own texts.
#include "TestDb.h"
#include "cases/CaseSearch.h"
#include "cases/CaseSearchIndex.h"
#include "cases/CaseService.h"
#include "cases/SearchText.h"
#include "storage/SchemaLadder.h"
#include "test_case_world.h"

#include <QSqlQuery>

namespace wf = gd::workflow;

using namespace gd;
using namespace gdtest;

namespace {

// Docs whose index holds the phrase, in any column, as the own texts write it.
qint64 plainPostings(Database &db, const QString &term)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH ?"));
    q.addBindValue(search::phrase(search::fold(term)));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("notes' tokens carry their mark before every bigram and character", "[search]")
{
    const QString m = QString(QChar(search::kNotesMark));
    const QString tokens = QString::fromUtf8(search::columnTokens({QStringLiteral("回访")}, search::Space::Notes));
    CHECK(tokens.split(QLatin1Char(' ')) == QStringList{m + QStringLiteral("回访"),
                                                        m + QStringLiteral("访") + QChar(0xE01F),
                                                        m + QStringLiteral("回"), m + QStringLiteral("访")});
    CHECK(search::phrase(QStringLiteral("回访"), false, search::Space::Notes) ==
          QLatin1Char('"') + m + QStringLiteral("回访\""));
    CHECK(search::phrase(QStringLiteral("楼道灯"), false, search::Space::Notes) ==
          QLatin1Char('"') + m + QStringLiteral("楼道 ") + m + QStringLiteral("道灯\""));
    // The own texts are written as before.
    CHECK(QString::fromUtf8(search::columnTokens({QStringLiteral("回")})) == QStringLiteral("回\uE01F 回"));
}

TEST_CASE("a word only in notes has no posting in the own texts and is found after them", "[search]")
{
    CaseWorld w;
    CaseService service(*w.t);
    Case first = w.draft();
    first.description = QStringLiteral("电话回访时居民说楼道灯又坏了");
    const QString own = must(service.registerCase(first));
    w.t.clock->advance(60'000);
    const QString noted = must(service.registerCase(w.draft()));
    REQUIRE(service.act(noted, {wf::Action::Accept, QStringLiteral("已电话回访居民")}).ok());
    w.t.clock->advance(60'000);
    const QString attached = must(service.registerCase(w.draft()));
    Case report = w.draft();
    report.description = QStringLiteral("居民再次反映铁门坏了");
    report.reporterPhone = QStringLiteral("13900001111");
    must(service.attachReport(attached, report));

    // Only the case that has 回访 in its own text posts it there.
    CHECK(plainPostings(*w.t, QStringLiteral("回访")) == 1);
    CHECK(plainPostings(*w.t, QStringLiteral("再次反映")) == 0);
    CHECK(plainPostings(*w.t, QStringLiteral("回")) == 1);

    CaseSearch search(*w.t);
    auto page = search.page(QStringLiteral("回访"), 10);
    REQUIRE(page.ok());
    REQUIRE(page->hits.size() == 2);
    CHECK(page->hits[0].row.id == own); // own text first, though older
    CHECK(page->hits[0].tier == 1);
    CHECK(page->hits[1].row.id == noted);
    CHECK(page->hits[1].tier == 3);
    CHECK(page->hits[1].field == QStringLiteral("note"));
    CHECK(search.count(QStringLiteral("回访")).value() == 2);

    // Terms spread over the own texts and the notes still need every term.
    CHECK(search.count(QStringLiteral("再次反映 铁门")).value() == 1);
    CHECK(search.count(QStringLiteral("再次反映 楼道灯")).value() == 0);
    CHECK(search.count(QStringLiteral("回访 楼道灯")).value() == 1);
    // The attached report's phone is still found by its end, ranked with the place.
    auto phone = search.page(QStringLiteral("1111"), 10);
    REQUIRE(phone.ok());
    REQUIRE(phone->hits.size() == 1);
    CHECK(phone->hits[0].row.id == attached);
    CHECK(phone->hits[0].tier == 2);
}

TEST_CASE("the v23 upgrade rebuilds an index whose notes were tokenised like the own texts", "[search]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    REQUIRE(service.act(id, {wf::Action::Accept, QStringLiteral("物业已约谈")}).ok());
    {
        // The entry as v22 wrote it: the note's tokens unmarked.
        CaseSearchIndex index(w.t->sql());
        CaseSearchIndex::Entry e = index.entry(id).value();
        e.notes = search::columnTokens({QStringLiteral("物业已约谈")});
        QSqlQuery q(w.t->sql());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO case_search(case_search) VALUES('delete-all')")));
        q.prepare(QStringLiteral("INSERT INTO case_search(rowid, body, place, notes, phone) VALUES(?, ?, ?, ?, ?)"));
        q.addBindValue(e.doc);
        for (const QByteArray *t : {&e.body, &e.place, &e.notes, &e.phone})
            q.addBindValue(QString::fromUtf8(*t));
        REQUIRE(q.exec());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version=22")));
        CHECK(plainPostings(*w.t, QStringLiteral("约谈")) == 1);
        CHECK(CaseSearch(*w.t).count(QStringLiteral("约谈")).value() == 0); // what v23's search would miss
    }
    w.t.reopen(); // upgraded to the latest version on the way
    Database &db = *w.t;
    CHECK(db.schemaVersion() == schema::latestVersion());
    CHECK(plainPostings(db, QStringLiteral("约谈")) == 0);
    CHECK(CaseSearch(db).count(QStringLiteral("约谈")).value() == 1);
    CHECK(CaseSearch(db).count(QStringLiteral("三明南路")).value() == 1);
}
