// The case list on a hub (cases/CaseQueries.h over a ReadSource) lists what the office lists for
// the same cases: every filter the window offers and the cases behind each figure, in each order,
// page after page with the keys the hub hands out, and the same counts.
#include "HubTestDb.h"
#include "cases/CaseQueries.h"
#include "hub/HubFigures.h"
#include "stats/FigureCases.h"
#include "test_stats_oracle.h"

using namespace gd;
using namespace gdtest;

namespace {

QString firstId(Database &db, const char *sql)
{
    const QStringList all = ids(db, sql);
    REQUIRE_FALSE(all.isEmpty());
    return all.first();
}

// Up to `pages` pages of 40, the ids in order, each page read after the last one's key.
QStringList walk(const CaseQueries &list, const CaseFilter &f, int pages)
{
    QStringList out;
    QString key;
    for (int i = 0; i < pages; ++i) {
        auto page = list.page(f, 40, key);
        INFO(page.message().toStdString());
        REQUIRE(page.ok());
        for (const CaseRow &r : page->rows)
            out << r.id + QLatin1Char('|') + r.number + QLatin1Char('|') + r.state + QLatin1Char('|') + r.gridName +
                       QLatin1Char('|') + r.handlerName + QLatin1Char('|') + QString::number(r.overdue) +
                       QLatin1Char('|') + QString::number(r.callbackDueMs);
        key = page->nextKey;
        if (key.isEmpty())
            break;
    }
    return out;
}

} // namespace

TEST_CASE("the hub lists and counts the cases of every filter and figure as the office does", "[hub][cases]")
{
    StatsDistrict d(900);
    Database &office = *d.t;
    HubDb h;
    ingestWhole(h, office, QDir(d.t.dir.path()));

    ReadSource atHub = hub::hubFigureSource(*h);
    atHub.nowMs = office.nowMs();
    const CaseQueries mine(office), theirs(atHub);
    QList<CaseFilter> filters;
    filters << CaseFilter();
    CaseFilter f;
    f.streetId = firstId(office, "SELECT street_id FROM communities ORDER BY code");
    filters << f;
    f = {};
    f.communityId = firstId(office, "SELECT community_id FROM grids ORDER BY code");
    f.states = QStringList{QStringLiteral("archived"), QStringLiteral("signed")};
    filters << f;
    f = {};
    f.gridId = firstId(office, "SELECT grid_id FROM cases GROUP BY grid_id ORDER BY count(*) DESC");
    filters << f;
    f = {};
    f.categoryId = firstId(office, "SELECT parent_id FROM categories WHERE parent_id IS NOT NULL ORDER BY code");
    f.channel = QStringLiteral("walk_in");
    filters << f;
    f = {};
    f.handlerWorkerId = firstId(office, "SELECT handler_worker_id FROM cases WHERE handler_worker_id <> '' GROUP BY 1 "
                                        "ORDER BY count(*) DESC");
    filters << f;
    for (const char *due : {"overdue", "due_soon", "late_sign", "callback", "callback_overdue"}) {
        f = {};
        f.due = QString::fromLatin1(due);
        filters << f;
    }
    f = {};
    f.fromMs = office.nowMs() - qint64(20) * 24 * 3600 * 1000;
    filters << f;
    // The cases behind each figure of the dashboard, for the office and one street.
    stats::StatsRequest r;
    r.from = QDate(2026, 3, 1);
    r.to = QDate(2026, 5, 31);
    for (const stats::Figure &figure : stats::figures())
        for (stats::FigurePart part : {stats::FigurePart::Numerator, stats::FigurePart::Denominator})
            if (stats::listable(figure, part))
                filters << stats::casesBehind(r, figure, part, {});
    r.view = stats::View::Completed;
    r.by = stats::Breakdown::Street;
    filters << stats::casesBehind(r, stats::figures().first(), stats::FigurePart::Numerator,
                                  firstId(office, "SELECT street_id FROM communities ORDER BY code"));

    int listed = 0;
    for (const CaseFilter &base : filters)
        for (const QString &sortKey : CaseQueries::sortKeys()) {
            CaseFilter one = base;
            REQUIRE(CaseQueries::sortFromKey(sortKey, &one.sort));
            const bool callbacks = one.due.startsWith(QLatin1String("callback"));
            if (one.sort == CaseSort::CallbackDueAsc && !callbacks)
                continue; // the callback order is for the callbacks waiting only
            INFO("filter due=" << one.due.toStdString() << " sort=" << sortKey.toStdString()
                               << " condition=" << one.condition.toStdString());
            auto n = mine.count(one), m = theirs.count(one);
            INFO(m.message().toStdString());
            REQUIRE(n.ok());
            REQUIRE(m.ok());
            CHECK(*m == *n);
            const QStringList expected = walk(mine, one, 3);
            CHECK(walk(theirs, one, 3).join(QLatin1Char('\n')).toStdString() ==
                  expected.join(QLatin1Char('\n')).toStdString());
            listed += int(expected.size());
        }
    CHECK(listed > 1000); // the filters found cases to compare

    // A page key from the hub is refused by another order, as the office's is.
    auto first = theirs.page({}, 10);
    REQUIRE(first.ok());
    REQUIRE_FALSE(first->nextKey.isEmpty());
    CaseFilter byDue;
    byDue.sort = CaseSort::DueAsc;
    auto wrong = theirs.page(byDue, 10, first->nextKey);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == QLatin1String("after_key"));
}
