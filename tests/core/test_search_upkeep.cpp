// The search index is never merged inside a write (schema v15: automerge off, the crisis threshold
// at 200 segments a level): a desk's save adds its own small segment and nothing else, however many
// segments are waiting, and the bounded steps between writes (tidySearchIndex, tidyAfterWrite)
// merge them with every hit kept.
#include "cases/CaseSearch.h"
#include "cases/CaseSearchIndex.h"
#include "cases/CaseService.h"
#include "storage/Transaction.h"
#include "test_case_world.h"

using namespace gd;
using namespace gdtest;

namespace {

qint64 segments(Database &db)
{
    return scalar(db, QStringLiteral("SELECT count(DISTINCT segid) FROM case_search_idx"));
}

QString config(Database &db, const char *key)
{
    return text(db, QStringLiteral("SELECT v FROM case_search_config WHERE k = '%1'").arg(QLatin1String(key)));
}

} // namespace

TEST_CASE("a new file's search index merges nothing inside a write", "[cases][search][upkeep]")
{
    CaseWorld w;
    CHECK(config(*w.t, "automerge") == QStringLiteral("0"));
    CHECK(config(*w.t, "crisismerge") == QStringLiteral("200"));
}

TEST_CASE("saves add one segment each and merge nothing, steps between writes merge them, every hit kept",
          "[cases][search][upkeep]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const qint64 start = segments(*w.t);
    // Past FTS5's default crisis threshold (16 a level): before v15 the 16th save merged the level.
    const int saves = 40;
    QStringList ids;
    for (int i = 0; i < saves; ++i) {
        Case c = w.draft();
        c.description = QStringLiteral("楼道灯坏了 qqz%1").arg(QChar(u'a' + i % 26)) + QString::number(i / 26);
        ids << must(service.registerCase(c));
        CHECK(segments(*w.t) == start + i + 1);
    }
    const qint64 found = CaseSearch(*w.t).count(QStringLiteral("楼道灯")).value();
    CHECK(found >= saves);

    int steps = 0;
    for (;;) {
        const Result<bool> more = tidySearchIndex(*w.t, kTidyStepPages);
        REQUIRE(more.ok());
        if (!more.value())
            break;
        REQUIRE(++steps < 100);
    }
    CHECK(steps >= 1);
    CHECK(segments(*w.t) < start + saves / 4);
    CHECK(CaseSearch(*w.t).count(QStringLiteral("楼道灯")).value() == found);
    CHECK(CaseSearch(*w.t).count(QStringLiteral("qqzb0")).value() == 1);
    requireIndexSound(*w.t);
}

TEST_CASE("the step after a write runs only after a commit that changed cases, and outside any transaction",
          "[cases][search][upkeep]")
{
    CaseWorld w;
    CaseService service(*w.t);
    for (int i = 0; i < 8; ++i)
        must(service.registerCase(w.draft()));
    const qint64 waiting = segments(*w.t);
    tidyAfterWrite(*w.t, {QStringLiteral("units")}); // nothing the index holds changed
    CHECK(segments(*w.t) == waiting);
    {
        Transaction tx(*w.t);
        REQUIRE(tx.started());
        tidyAfterWrite(*w.t, {QStringLiteral("cases")}); // never inside a write
        CHECK(segments(*w.t) == waiting);
    }
    tidyAfterWrite(*w.t, {QStringLiteral("case_events")});
    CHECK(segments(*w.t) < waiting);
}
