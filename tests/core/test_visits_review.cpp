// The review's home-visit item counted from the visits (rating/MonthSheet.h, kind "records",
// source "visits"): the home visits a worker made in the month, Beijing time at its edges, patrols
// and deleted visits left out, points per visit up to the item's maximum; typed values still serve
// where the office keeps the item typed in.
#include "rating/MonthSheet.h"
#include "rating/RatingEntries.h"
#include "rating/TemplateEditor.h"
#include "test_rating_fixture.h"
#include "visits/VisitService.h"

using namespace gd;
using namespace gdtest;

namespace {

rating::SheetValue visitsOf(const rating::MonthSheet &s, const QString &worker)
{
    for (const rating::SheetRow &r : s.rows)
        if (r.workerId == worker)
            return r.values.value(QStringLiteral("visits"));
    FAIL("no row for the worker");
    return {};
}

} // namespace

TEST_CASE("the home-visit item counts the month's home visits when the office counts it from the visits",
          "[rating][visits]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 11, 20, 10, 0));
    // Typed in by default: a value typed in is the item's value (September).
    REQUIRE(rating::enterValue(*w.t, QStringLiteral("2026-09"), w.worker, QStringLiteral("visits"), 9).ok());
    auto typed = rating::computeMonth(*w.t, QStringLiteral("2026-09"));
    REQUIRE(typed.ok());
    CHECK(visitsOf(*typed, w.worker).points == 9);

    // The office counts it from the visits from October on: 3 points a visit, at most 15.
    auto items = rating::itemsForMonth(*w.t, QStringLiteral("2026-10"));
    REQUIRE(items.ok());
    for (rating::RatingItem &i : *items)
        if (i.code == QLatin1String("visits")) {
            i.kind = QStringLiteral("records");
            i.source = QStringLiteral("visits");
            i.params = QJsonObject{{QStringLiteral("per_visit"), 3}};
        }
    const Status saved = rating::saveTemplate(*w.t, QStringLiteral("2026-10"), *items);
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());

    VisitService visits(*w.t);
    const auto visit = [&](qint64 at, const char *kind = "visit") {
        Visit v;
        v.workerId = w.worker;
        v.gridId = w.grid;
        v.buildingId = w.building;
        v.kind = QLatin1String(kind);
        v.atMs = at;
        return must(visits.record(v));
    };
    visit(beijing(2026, 9, 30, 23, 59)); // September, Beijing time
    visit(beijing(2026, 10, 1, 0, 0));
    visit(beijing(2026, 10, 15, 9, 0));
    visit(beijing(2026, 10, 31, 23, 59));
    visit(beijing(2026, 10, 20, 9, 0), "patrol"); // a patrol is not a home visit
    const QString gone = visit(beijing(2026, 10, 21, 9, 0));
    REQUIRE(visits.remove(gone).ok()); // a visit taken back counts no more
    visit(beijing(2026, 11, 1, 0, 0));
    auto sheet = rating::computeMonth(*w.t, QStringLiteral("2026-10"));
    REQUIRE(sheet.ok());
    CHECK(visitsOf(*sheet, w.worker).raw == 3);
    // September keeps its typed value: the template's version holds from October only.
    typed = rating::computeMonth(*w.t, QStringLiteral("2026-09"));
    REQUIRE(typed.ok());
    CHECK(visitsOf(*typed, w.worker).points == 9);
    CHECK(visitsOf(*sheet, w.worker).points == 9);
    CHECK(sheet->formulas.value(QStringLiteral("visits")).contains(QStringLiteral("per home visit")));
    // Past the maximum, the maximum.
    for (int d = 2; d <= 4; ++d)
        visit(beijing(2026, 10, d, 10, 0));
    sheet = rating::computeMonth(*w.t, QStringLiteral("2026-10"));
    REQUIRE(sheet.ok());
    CHECK(visitsOf(*sheet, w.worker).raw == 6);
    CHECK(visitsOf(*sheet, w.worker).points == 15);
    // A value typed in no longer stands in for the count.
    CHECK(rating::enterValue(*w.t, QStringLiteral("2026-10"), w.worker, QStringLiteral("visits"), 1).error().kind ==
          ErrorKind::Invalid);
}
