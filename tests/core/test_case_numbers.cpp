// Case numbers that can be read over the phone (issue 16 §5): digits only, the office's code, the
// day received and that day's sequence here (0117-20261205-0012), unique across offices without
// asking anyone; typed as bare digits they are found too, and older numbers stay valid.
#include "cases/CaseSearch.h"
#include "cases/CaseService.h"
#include "org/OfficeSettings.h"
#include "storage/Transaction.h"
#include "test_case_world.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace wf = gd::workflow;

using namespace gd;
using namespace gdtest;

TEST_CASE("a case number is the office's code, the day received and the day's sequence", "[cases][numbers]")
{
    CaseWorld w; // Monday 2026-03-02 10:00 Beijing
    CaseService service(*w.t);
    const QString code = OfficeSettings(*w.t).load().caseCode;
    REQUIRE(QRegularExpression(QStringLiteral("^[0-9]{4}$")).match(code).hasMatch());
    CHECK(code == OfficeSettings::defaultCaseCode(w.t->siteId()));

    const QString first = service.caseById(must(service.registerCase(w.draft())))->number;
    const QString second = service.caseById(must(service.registerCase(w.draft())))->number;
    CHECK(first == code + QStringLiteral("-20260302-0001"));
    CHECK(second == code + QStringLiteral("-20260302-0002"));
    // A case received yesterday (entered today) counts on its own day.
    Case late = w.draft();
    late.receivedMs = w.t.clock->nowMs() - 86400000;
    CHECK(service.caseById(must(service.registerCase(late)))->number == code + QStringLiteral("-20260301-0001"));

    // The administrator gives the office the district's code; the sequence is per code and day.
    OfficeIdentity office = OfficeSettings(*w.t).load();
    office.name = QStringLiteral("红岛路社区");
    office.caseCode = QStringLiteral("0117");
    REQUIRE(OfficeSettings(*w.t).save(office).ok());
    CHECK(service.caseById(must(service.registerCase(w.draft())))->number == QStringLiteral("0117-20260302-0001"));
    for (const char *bad : {"117", "01170", "01a7", ""}) {
        office.caseCode = QLatin1String(bad);
        const Status refused = OfficeSettings(*w.t).save(office);
        INFO(bad);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("case_code"));
    }
}

TEST_CASE("a day past 9999 cases goes on counting and never hands out a number twice", "[cases][numbers]")
{
    CaseWorld w; // Monday 2026-03-02 10:00 Beijing
    CaseService service(*w.t);
    const QString code = OfficeSettings(*w.t).load().caseCode;
    const QString id = must(service.registerCase(w.draft()));
    // The day's 9,999th case, as a busy day would leave it (set directly: 9,999 saves take too long).
    QSqlQuery q(w.t->sql());
    q.prepare(QStringLiteral("UPDATE cases SET number = ? WHERE id = ?"));
    q.addBindValue(code + QStringLiteral("-20260302-9999"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    CHECK(service.caseById(must(service.registerCase(w.draft())))->number == code + QStringLiteral("-20260302-10000"));
    CHECK(service.caseById(must(service.registerCase(w.draft())))->number == code + QStringLiteral("-20260302-10001"));

    // The service starts from the number it gave last; a registration refused after taking one
    // gives it back, and the next case takes it (no gap).
    Case refused = w.draft();
    refused.description.clear();
    REQUIRE_FALSE(service.registerCase(refused).ok());
    CHECK(service.caseById(must(service.registerCase(w.draft())))->number == code + QStringLiteral("-20260302-10002"));
    {
        Transaction tx(*w.t);
        REQUIRE(tx.started());
        must(service.registerCase(w.draft())); // 10003, rolled back below
    }
    CaseService other(*w.t); // another desk's service, with nothing remembered
    CHECK(other.caseById(must(other.registerCase(w.draft())))->number == code + QStringLiteral("-20260302-10003"));
    CHECK(service.caseById(must(service.registerCase(w.draft())))->number == code + QStringLiteral("-20260302-10004"));
}

TEST_CASE("a case number read out as digits finds its case, and older numbers still do", "[cases][numbers]")
{
    CaseWorld w;
    CaseService service(*w.t);
    OfficeIdentity office = OfficeSettings(*w.t).load();
    office.name = QStringLiteral("红岛路社区");
    office.caseCode = QStringLiteral("0117");
    REQUIRE(OfficeSettings(*w.t).save(office).ok());
    const QString id = must(service.registerCase(w.draft()));
    CHECK(service.caseByNumber(QStringLiteral("0117-20260302-0001"))->id == id);
    CHECK(service.caseByNumber(QStringLiteral("0117 2026 0302 0001"))->id == id);
    CHECK(service.caseByNumber(QStringLiteral(" 0117202603020001 "))->id == id);
    CHECK_FALSE(service.caseByNumber(QStringLiteral("0117202603020002")).ok());
    CHECK(CaseService::normalizeNumber(QStringLiteral("260302-7F3A9C")) == QStringLiteral("260302-7F3A9C"));

    // A number given before this rule (as an older version or another office wrote it) is found.
    QSqlQuery q(w.t->sql());
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET number = '260302-7F3A9C' WHERE id = '%1'").arg(id)));
    CHECK(service.caseByNumber(QStringLiteral("260302-7F3A9C"))->id == id);
    // Search finds a case by its number first, however it is written.
    for (const char *typed : {"260302-7F3A9C"}) {
        auto page = CaseSearch(*w.t).page(QLatin1String(typed), 10);
        REQUIRE(page.ok());
        REQUIRE_FALSE(page->hits.isEmpty());
        CHECK(page->hits.first().row.id == id);
        CHECK(page->hits.first().field == QStringLiteral("number"));
    }
    const QString newer = must(service.registerCase(w.draft()));
    auto page = CaseSearch(*w.t).page(QStringLiteral("0117 2026 0302 0001"), 10);
    REQUIRE(page.ok());
    REQUIRE_FALSE(page->hits.isEmpty());
    CHECK(page->hits.first().row.id == newer); // the next number of the day went to the newer case
    CHECK(page->hits.first().tier == 0);
}

TEST_CASE("a search by a case number keeps to the page size and pages through the rest once each",
          "[cases][numbers][search]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString numbered = must(service.registerCase(w.draft()));
    QSqlQuery q(w.t->sql());
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET number = '260302-7F3A9C' WHERE id = '%1'").arg(numbered)));
    // The number written in notes: of two other cases, and of the numbered case itself.
    QStringList others;
    for (int i = 0; i < 2; ++i) {
        w.t.clock->advance(60'000);
        others << must(service.registerCase(w.draft()));
        REQUIRE(service.act(others.last(), {wf::Action::Note, QStringLiteral("同260302-7F3A9C")}).ok());
    }
    REQUIRE(service.act(numbered, {wf::Action::Note, QStringLiteral("另见260302-7F3A9C")}).ok());

    for (int limit : {1, 2, 3, 10}) {
        INFO("limit " << limit);
        QStringList seen;
        QString key;
        int pages = 0;
        do {
            auto page = CaseSearch(*w.t).page(QStringLiteral("260302-7F3A9C"), limit, key);
            REQUIRE(page.ok());
            CHECK(page->hits.size() <= limit);
            if (pages == 0)
                CHECK(page->hits.first().row.id == numbered);
            for (const SearchHit &h : page->hits)
                seen << h.row.id;
            key = page->nextKey;
            REQUIRE(++pages < 10);
        } while (!key.isEmpty());
        CHECK(seen.size() == 3);
        CHECK(QSet<QString>(seen.begin(), seen.end()) == QSet<QString>{numbered, others[0], others[1]});
    }
}
