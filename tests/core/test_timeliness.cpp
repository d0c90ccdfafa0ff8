// The one on-time rule (cases/Timeliness.h): the C++ test for one case and the SQL the grouped
// counts use agree on every kind of case, including the edges (completed at the deadline's last
// millisecond, no deadline, a closed case past its deadline).
#include "TestDb.h"
#include "cases/CaseTypes.h"
#include "cases/Timeliness.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace gd;

TEST_CASE("on time: completed by the case deadline in force, or without one", "[deadline]")
{
    CHECK(timeliness::onTime(100, 100));
    CHECK(timeliness::onTime(99, 100));
    CHECK_FALSE(timeliness::onTime(101, 100));
    CHECK(timeliness::onTime(101, 0));       // no deadline
    CHECK_FALSE(timeliness::onTime(0, 100)); // not completed
    CHECK(timeliness::overdue(QStringLiteral("in_progress"), 100, 101));
    CHECK_FALSE(timeliness::overdue(QStringLiteral("in_progress"), 100, 100));
    CHECK_FALSE(timeliness::overdue(QStringLiteral("completed"), 100, 101)); // a closed case is not late
    CHECK_FALSE(timeliness::overdue(QStringLiteral("in_progress"), 0, 101));
    CHECK_FALSE(timeliness::openStates().contains(QStringLiteral("archived")));
    CHECK(timeliness::openStates().contains(QStringLiteral("dispatched")));
}

TEST_CASE("the SQL of the on-time and overdue rules counts what the C++ rule says, case by case", "[deadline]")
{
    gdtest::TestDb t;
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TABLE judged(id INTEGER PRIMARY KEY, state TEXT, due_ms INTEGER, "
                                  "completed_ms INTEGER)")));
    const QStringList states = cases::states();
    QRandomGenerator rng(20261205);
    const qint64 now = 1000;
    struct Row {
        QString state;
        qint64 due, completed;
    };
    QList<Row> rows;
    for (int i = 0; i < 2000; ++i) {
        Row r{states.at(int(rng.bounded(int(states.size())))), rng.bounded(4) == 0 ? 0 : rng.bounded(2000),
              rng.bounded(3) == 0 ? 0 : rng.bounded(2000)};
        if (i < 3) // the edges: completed at the deadline, a deadline of now
            r = {QStringLiteral("completed"), 500, 500};
        rows << r;
        q.prepare(QStringLiteral("INSERT INTO judged(id, state, due_ms, completed_ms) VALUES(?, ?, ?, ?)"));
        q.addBindValue(i);
        q.addBindValue(r.state);
        q.addBindValue(r.due ? QVariant(r.due) : QVariant()); // no deadline is NULL, as the cases keep it
        q.addBindValue(r.completed ? QVariant(r.completed) : QVariant());
        REQUIRE(q.exec());
    }
    q.prepare(QStringLiteral("SELECT id, coalesce(%1, 0), coalesce(%2, 0) FROM judged j ORDER BY id")
                  .arg(timeliness::onTimeSql(QStringLiteral("j")), timeliness::overdueSql(QStringLiteral("j"))));
    q.addBindValue(now);
    REQUIRE(q.exec());
    int seen = 0, onTime = 0, late = 0;
    while (q.next()) {
        const Row &r = rows.at(q.value(0).toInt());
        CHECK(q.value(1).toBool() == timeliness::onTime(r.completed, r.due));
        // The SQL leaves the open states to the caller.
        CHECK((q.value(2).toBool() && timeliness::openStates().contains(r.state)) ==
              timeliness::overdue(r.state, r.due, now));
        onTime += q.value(1).toBool();
        late += q.value(2).toBool();
        ++seen;
    }
    CHECK(seen == rows.size());
    CHECK(onTime > 100); // both answers occur
    CHECK(late > 100);
}
