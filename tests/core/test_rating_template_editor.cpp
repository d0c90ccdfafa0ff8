// A new version of the review's criteria (rating/TemplateEditor.h): in force from its month,
// earlier months as they were; unchanged items keep their rows; a month approved or with values
// typed for an item it would end is refused; a bad item list is refused with the field named;
// administrators only.
#include "rating/MonthReview.h"
#include "rating/RatingEntries.h"
#include "rating/TemplateEditor.h"
#include "test_rating_fixture.h"

using namespace gd;
using namespace gdtest;

namespace {

QList<rating::RatingItem> itemsOf(CaseWorld &w, const char *month)
{
    auto items = rating::itemsForMonth(*w.t, QLatin1String(month));
    REQUIRE(items.ok());
    return *items;
}

rating::RatingItem *byCode(QList<rating::RatingItem> &items, const char *code)
{
    for (rating::RatingItem &i : items)
        if (i.code == QLatin1String(code))
            return &i;
    FAIL("no such item");
    return nullptr;
}

} // namespace

TEST_CASE("a new template version holds from its month on, earlier months as they were", "[rating][template]")
{
    CaseWorld w;
    QList<rating::RatingItem> items = itemsOf(w, "2026-11");
    const QString visitsId = byCode(items, "visits")->id, handledId = byCode(items, "handled")->id;
    // Home visits worth 10 instead of 15, the 5 points to a new item typed in.
    byCode(items, "visits")->maxPoints = 10;
    rating::RatingItem safety;
    safety.code = QStringLiteral("safety");
    safety.name = QStringLiteral("安全隐患排查");
    safety.kind = QStringLiteral("entered");
    safety.maxPoints = 5;
    safety.sort = 200;
    items << safety;
    REQUIRE(rating::saveTemplate(*w.t, QStringLiteral("2026-12"), items).ok());

    QList<rating::RatingItem> november = itemsOf(w, "2026-11"), december = itemsOf(w, "2026-12");
    CHECK(november.size() == 10);
    CHECK(byCode(november, "visits")->maxPoints == 15);
    CHECK(byCode(november, "visits")->toMonth == QStringLiteral("2026-11"));
    CHECK(december.size() == 11);
    CHECK(byCode(december, "visits")->maxPoints == 10);
    CHECK(byCode(december, "visits")->id != visitsId);
    CHECK(byCode(december, "handled")->id == handledId); // unchanged: the same row
    CHECK(byCode(december, "safety")->fromMonth == QStringLiteral("2026-12"));

    // Saved again from the same month: the version is replaced, not stacked.
    byCode(december, "safety")->maxPoints = 4;
    byCode(december, "bonus")->maxPoints = 6;
    byCode(december, "visits")->maxPoints = 11;
    REQUIRE(rating::saveTemplate(*w.t, QStringLiteral("2026-12"), december).ok());
    QList<rating::RatingItem> again = itemsOf(w, "2026-12");
    CHECK(again.size() == 11);
    CHECK(byCode(again, "safety")->maxPoints == 4);
    CHECK(itemsOf(w, "2026-11").size() == 10);
}

TEST_CASE("a template version is refused for an approved month or one with values it would hide", "[rating][template]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 11, 20, 10, 0)); // October is over, to approve
    Actor supervisor;
    supervisor.login = QStringLiteral("zhuren");
    supervisor.role = Role::Supervisor;
    supervisor.signedIn = true;
    const Actor admin = w.t->actor();
    REQUIRE(submitAndApprove(*w.t, QStringLiteral("2026-10")).ok());
    w.t->setActor(supervisor);
    QList<rating::RatingItem> items = itemsOf(w, "2026-11");
    REQUIRE(rating::enterValue(*w.t, QStringLiteral("2026-11"), w.worker, QStringLiteral("visits"), 12).ok());
    // Staff and supervisors do not change the template.
    byCode(items, "visits")->maxPoints = 10;
    byCode(items, "bonus")->maxPoints = 5;
    byCode(items, "judgement")->maxPoints = 15;
    CHECK(rating::saveTemplate(*w.t, QStringLiteral("2026-12"), items).error().kind == ErrorKind::Permission);
    w.t->setActor(admin);

    const Status approved = rating::saveTemplate(*w.t, QStringLiteral("2026-10"), items);
    CHECK(approved.error().field == QStringLiteral("month"));
    CHECK(approved.message().contains(QStringLiteral("2026-11")));
    const Status hidden = rating::saveTemplate(*w.t, QStringLiteral("2026-11"), items);
    CHECK(hidden.error().field == QStringLiteral("month"));
    CHECK(hidden.message().contains(QStringLiteral("2026-11")));
    CHECK(itemsOf(w, "2026-11").size() == 10);
    QList<rating::RatingItem> december = itemsOf(w, "2026-12");
    CHECK(byCode(december, "visits")->maxPoints == 15);
    // From December, where nothing is typed yet: taken.
    REQUIRE(rating::saveTemplate(*w.t, QStringLiteral("2026-12"), items).ok());
}

TEST_CASE("a template that does not add up is refused with the field named", "[rating][template]")
{
    CaseWorld w;
    const QList<rating::RatingItem> good = itemsOf(w, "2026-11");
    REQUIRE(rating::checkTemplate(good).kind == ErrorKind::None);
    struct Bad {
        const char *field;
        std::function<void(QList<rating::RatingItem> &)> spoil;
    };
    const QList<Bad> bad{
        {"code", [](QList<rating::RatingItem> &l) { l[0].code = QStringLiteral("办结"); }},
        {"code", [](QList<rating::RatingItem> &l) { l[1].code = l[0].code; }},
        {"name", [](QList<rating::RatingItem> &l) { l[0].name = QStringLiteral("  "); }},
        {"kind", [](QList<rating::RatingItem> &l) { l[0].kind = QStringLiteral("guess"); }},
        {"source", [](QList<rating::RatingItem> &l) { l[0].source = QStringLiteral("visits"); }},
        {"max_points", [](QList<rating::RatingItem> &l) { l[0].maxPoints = 120; }},
        {"max_points", [](QList<rating::RatingItem> &l) { l[0].maxPoints = 19; }}, // 99 in all
        {"rate", [](QList<rating::RatingItem> &l) { l[0].params = {}; }},          // handled: points per case
    };
    for (const Bad &b : bad) {
        QList<rating::RatingItem> items = good;
        b.spoil(items);
        INFO(b.field);
        const Status s = rating::saveTemplate(*w.t, QStringLiteral("2026-12"), items);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == QLatin1String(b.field));
        CHECK_FALSE(s.message().isEmpty());
    }
    CHECK(itemsOf(w, "2026-12").size() == 10);
    CHECK(rating::saveTemplate(*w.t, QStringLiteral("2026-13"), good).error().field == QStringLiteral("month"));
}
