// The window's idle upkeep (shell/IdleUpkeep.h): the search index's segments a merge left unmerged
// are merged a step at a time when nobody uses the window, and a step says when nothing is left.
#include "UiFixture.h"
#include "shell/IdleUpkeep.h"

#include <QSqlQuery>
#include <QTest>

using namespace gduitest;

namespace {

qint64 segments(gd::Database &db)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(DISTINCT segid) FROM case_search_idx")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Five writes with merging off, as five merges leave the index: five more segments.
qint64 leaveSegments(gd::Database &db)
{
    const qint64 before = segments(db);
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO case_search(case_search, rank) VALUES('automerge', 0)")));
    for (int i = 1; i <= 5; ++i)
        REQUIRE(q.exec(QStringLiteral("INSERT INTO case_search(rowid, body, place, notes, phone) "
                                      "VALUES(%1, '楼道 灯坏', '三明 南路', '', '')")
                           .arg(qint64(1) << 50 | i)));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO case_search(case_search, rank) VALUES('automerge', 4)")));
    REQUIRE(segments(db) == before + 5);
    return segments(db);
}

} // namespace

TEST_CASE("idle upkeep merges the segments a merge left, one step at a time, and says when it is done")
{
    DemoDb db;
    leaveSegments(*db);
    gdui::IdleUpkeep upkeep(*db);
    int steps = 0;
    while (upkeep.step() && steps < 20)
        ++steps;
    CHECK(steps >= 1);
    CHECK(steps < 20);
    CHECK(segments(*db) == 1);
    CHECK_FALSE(upkeep.step());
}

TEST_CASE("idle upkeep runs by itself once the window has been idle long enough")
{
    DemoDb db;
    leaveSegments(*db);
    gdui::IdleUpkeep upkeep(*db);
    upkeep.setTiming(0, 10);
    CHECK(QTest::qWaitFor([&] { return segments(*db) == 1; }, 5000));
    CHECK(segments(*db) == 1);
}

TEST_CASE("idle upkeep waits while the user types, and goes on once the typing stops")
{
    DemoDb db;
    const qint64 left = leaveSegments(*db);
    gdui::IdleUpkeep upkeep(*db);
    upkeep.setTiming(400, 10);
    QWidget w;
    w.show();
    // Typing every 50 ms for a second: never 400 ms without input.
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(&w, Qt::Key_A);
        QTest::qWait(50);
    }
    CHECK(segments(*db) == left);
    CHECK(QTest::qWaitFor([&] { return segments(*db) == 1; }, 5000));
    CHECK(segments(*db) == 1);
}
