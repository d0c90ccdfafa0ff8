// The grid work's counts (stats/GridWorkFigures.h) against a brute-force pass over the rows: the
// visits of a period by kind, to care households and with a finding that became a case; the
// disputes found, screened and ended by outcome; the settlement rate leaving withdrawn ones out;
// the joint activities, meetings and meeting tasks (due, and done on time); the live counts; a
// street's counts holding only its grids; and each count equal to the size of the list its records
// open on. The joint table per police grid and kind against the rows, in the codes' order.
#include "stats/GridWorkFigures.h"
#include "stats/JointFigures.h"
#include "test_grid_work_world.h"

#include <QSqlQuery>

#include <cmath>

using namespace gd;
using namespace gdtest;

TEST_CASE("the grid work's counts are those of a brute-force pass over the rows, and of the lists they open",
          "[stats][gridwork]")
{
    WorkWorld w;
    QRandomGenerator rng(11);
    const qint64 now = w.t.clock->nowMs();
    recordGridWork(w, rng);
    VisitService visits(*w.t);
    JointActivityService activities(*w.t);
    JointMeetingService meetings(*w.t);
    JointTaskService tasks(*w.t);

    // The oracle: every row read plainly, counted in C++.
    struct V {
        QString grid, kind;
        qint64 at;
        bool care, found;
    };
    struct D {
        QString grid, source, outcome, risk;
        qint64 found, ended, reviewed;
    };
    QList<V> vs;
    QList<D> ds;
    QSqlQuery q(w.t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT grid_id, kind, at_ms, household_id IS NOT NULL, case_id IS NOT NULL FROM "
                                  "visits WHERE deleted = 0")));
    while (q.next())
        vs << V{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toBool(),
                q.value(4).toBool()};
    REQUIRE(q.exec(QStringLiteral("SELECT grid_id, source, outcome, risk, found_ms, outcome_ms, reviewed_ms FROM "
                                  "disputes WHERE deleted = 0")));
    while (q.next())
        ds << D{q.value(0).toString(),   q.value(1).toString(),   q.value(2).toString(),  q.value(3).toString(),
                q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong()};

    struct V2 {
        QString grid;
        double hours;
        qint64 at;
    };
    QList<V2> vs2;
    REQUIRE(q.exec(QStringLiteral("SELECT grid_id, hours * (SELECT count(*) FROM volunteer_service_people p WHERE "
                                  "p.service_id = s.id), at_ms FROM volunteer_services s WHERE deleted = 0")));
    while (q.next())
        vs2 << V2{q.value(0).toString(), q.value(1).toDouble(), q.value(2).toLongLong()};
    struct C {
        QString community, grid;
        bool rule;
        qint64 at;
    };
    QList<C> cs;
    REQUIRE(q.exec(QStringLiteral("SELECT community_id, coalesce(grid_id, ''), rule_title <> '', at_ms FROM councils "
                                  "WHERE deleted = 0")));
    while (q.next())
        cs << C{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(), q.value(3).toLongLong()};
    struct A {
        QString grid;
        qint64 at;
    };
    struct M {
        QString level, street, community, grid;
        qint64 at;
    };
    struct T {
        QString meeting;
        qint64 due, done;
    };
    QList<A> as;
    QHash<QString, M> ms;
    QList<T> ts;
    REQUIRE(q.exec(QStringLiteral("SELECT g.grid_id, a.at_ms FROM joint_activities a JOIN joint_activity_grids g ON "
                                  "g.activity_id = a.id WHERE a.deleted = 0 AND g.deleted = 0")));
    while (q.next())
        as << A{q.value(0).toString(), q.value(1).toLongLong()};
    REQUIRE(q.exec(QStringLiteral("SELECT id, level, street_id, coalesce(community_id, ''), coalesce(grid_id, ''), "
                                  "at_ms FROM joint_meetings WHERE deleted = 0")));
    while (q.next())
        ms.insert(q.value(0).toString(), M{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                           q.value(4).toString(), q.value(5).toLongLong()});
    REQUIRE(q.exec(QStringLiteral("SELECT meeting_id, due_ms, done_ms FROM joint_tasks WHERE deleted = 0")));
    while (q.next())
        ts << T{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};

    const QDate today = QDateTime::fromMSecsSinceEpoch(now, QTimeZone(8 * 3600)).date();
    for (int variant = 0; variant < 3; ++variant) {
        stats::StatsScope scope;
        if (variant == 1) {
            scope.kind = stats::StatsScope::Grid;
            scope.id = w.street2Grid;
        }
        if (variant == 2) {
            scope.kind = stats::StatsScope::Street;
            scope.id = text(*w.t, QStringLiteral("SELECT id FROM streets WHERE code = '370202002'"));
        }
        const auto inScope = [&](const QString &grid) {
            return variant == 0 || (variant == 1 && grid == w.street2Grid) || (variant == 2 && grid != w.street2Grid);
        };
        const QDate from = today.addDays(-45), to = today.addDays(-10);
        const qint64 f = cases::dayStartMs(from), t = cases::dayStartMs(to.addDays(1));
        QHash<QString, qint64> expected;
        for (const V &v : vs) {
            if (!inScope(v.grid) || v.at < f || v.at >= t)
                continue;
            ++expected[QStringLiteral("visits")];
            ++expected[v.kind == QLatin1String("visit") ? QStringLiteral("home_visits") : QStringLiteral("patrols")];
            expected[QStringLiteral("care_visits")] += v.care;
            expected[QStringLiteral("problems_found")] += v.found;
        }
        for (const D &d : ds) {
            if (!inScope(d.grid))
                continue;
            if (d.risk == QLatin1String("high") && d.reviewed == 0)
                ++expected[QStringLiteral("high_risk_waiting")];
            if (d.found >= f && d.found < t) {
                ++expected[QStringLiteral("disputes_found")];
                expected[QStringLiteral("disputes_screened")] += d.source == QLatin1String("screening");
            }
            if (d.outcome != QLatin1String("open") && d.ended >= f && d.ended < t)
                ++expected[QStringLiteral("disputes_") + d.outcome];
        }
        // A meeting is a place's when held there: a street's at any level, a grid's at its level.
        const auto meetingInScope = [&](const M &m) {
            return variant == 0 || (variant == 1 && m.grid == w.street2Grid) || (variant == 2 && m.street == w.street1);
        };
        double volunteerHours = 0;
        for (const V2 &v : vs2)
            if (inScope(v.grid) && v.at >= f && v.at < t) {
                ++expected[QStringLiteral("volunteer_services")];
                volunteerHours += v.hours;
            }
        expected[QStringLiteral("volunteer_hours")] = std::llround(volunteerHours);
        for (const C &c : cs) {
            const bool here = variant == 0 || (variant == 1 && c.grid == w.street2Grid) ||
                              (variant == 2 && c.community == w.community1);
            if (!here || c.at < f || c.at >= t)
                continue;
            ++expected[QStringLiteral("councils_held")];
            expected[QStringLiteral("council_rules")] += c.rule;
        }
        for (const A &a : as)
            expected[QStringLiteral("joint_activities")] += inScope(a.grid) && a.at >= f && a.at < t;
        for (const M &m : std::as_const(ms))
            expected[QStringLiteral("joint_meetings")] += meetingInScope(m) && m.at >= f && m.at < t;
        for (const T &task : ts) {
            if (!meetingInScope(ms.value(task.meeting)) || task.due < f || task.due >= t)
                continue;
            ++expected[QStringLiteral("joint_tasks_due")];
            expected[QStringLiteral("joint_tasks_on_time")] += task.done > 0 && task.done <= task.due;
        }
        auto counts = stats::gridWorkCounts(*w.t, scope, from, to);
        REQUIRE(counts.ok());
        for (const QString &key : stats::gridwork::keys()) {
            if (key == QLatin1String("care_late"))
                continue; // below, against the care register
            INFO(variant << " " << key.toStdString());
            CHECK(counts->value(key) == expected.value(key));
        }
        CHECK(expected.value(QStringLiteral("visits")) > 0);
        CHECK(expected.value(QStringLiteral("disputes_settled")) > 0);
        CHECK(expected.value(QStringLiteral("joint_activities")) > 0);
        if (variant == 0) // late and open tasks among them, not every one on time
            CHECK(expected.value(QStringLiteral("joint_tasks_due")) >
                  expected.value(QStringLiteral("joint_tasks_on_time")));
        if (const qint64 due = expected.value(QStringLiteral("joint_tasks_due")); due > 0)
            CHECK(counts->tasksOnTimeRate() ==
                  Approx(double(expected.value(QStringLiteral("joint_tasks_on_time"))) / double(due)));
        const qint64 settled = expected.value(QStringLiteral("disputes_settled")),
                     referred = expected.value(QStringLiteral("disputes_referred"));
        if (settled + referred > 0)
            CHECK(counts->settlementRate() == Approx(double(settled) / double(settled + referred)));
        else
            CHECK(std::isnan(counts->settlementRate()));
        // Each count is the size of the list its records open on.
        for (const QString &key : stats::gridwork::keys()) {
            const auto records = stats::gridwork::recordsOf(key, scope, f, t);
            qint64 listed = 0;
            if (records.kind == stats::gridwork::Records::Visits) {
                QString after;
                do {
                    auto page = visits.page(records.visits, 50, after);
                    REQUIRE(page.ok());
                    listed += page->rows.size();
                    after = page->nextKey;
                } while (!after.isEmpty());
            } else if (records.kind == stats::gridwork::Records::Disputes) {
                QString after;
                do {
                    auto page = DisputeList(*w.t).page(records.disputes, 50, after);
                    REQUIRE(page.ok());
                    listed += page->rows.size();
                    after = page->nextKey;
                } while (!after.isEmpty());
            } else if (records.kind == stats::gridwork::Records::JointActivities) {
                QString after;
                do {
                    auto page = activities.page(records.joint, 50, after);
                    REQUIRE(page.ok());
                    listed += page->rows.size();
                    after = page->nextKey;
                } while (!after.isEmpty());
            } else if (records.kind == stats::gridwork::Records::JointMeetings) {
                QString after;
                do {
                    auto page = meetings.page(records.meetings, 50, after);
                    REQUIRE(page.ok());
                    listed += page->rows.size();
                    after = page->nextKey;
                } while (!after.isEmpty());
            } else if (records.kind == stats::gridwork::Records::Volunteers) {
                QString after;
                do {
                    auto page = VolunteerServiceLog(*w.t).page(records.volunteers, 50, after);
                    REQUIRE(page.ok());
                    listed += page->rows.size();
                    after = page->nextKey;
                } while (!after.isEmpty());
                if (records.hours) // the hours are a sum over the services listed, not their count
                    listed = std::llround(VolunteerServiceLog(*w.t).hours(records.volunteers).value());
            } else if (records.kind == stats::gridwork::Records::Councils) {
                QString after;
                do {
                    auto page = CouncilService(*w.t).page(records.councils, 50, after);
                    REQUIRE(page.ok());
                    listed += page->rows.size();
                    after = page->nextKey;
                } while (!after.isEmpty());
            } else if (records.kind == stats::gridwork::Records::JointTasks) {
                listed = tasks.list(records.tasks)->size();
            } else {
                listed = CareRegister(*w.t).list(records.care)->size();
            }
            INFO(key.toStdString());
            CHECK(listed == counts->value(key));
        }
    }
    // Care households late now: none visited in the last week is late (interval 7 days).
    const auto late = stats::gridWorkCounts(*w.t, {}, today, today)->value(QStringLiteral("care_late"));
    CareFilter lateOnly;
    lateOnly.lateOnly = true;
    CHECK(late == CareRegister(*w.t).list(lateOnly)->size());
    // A period that ends before it starts is refused by its field.
    CHECK(stats::gridWorkCounts(*w.t, {}, today, today.addDays(-1)).error().field == QStringLiteral("period"));
    // 环比: the period just before.
    auto both = stats::gridWork(*w.t, {}, today.addDays(-29), today);
    REQUIRE(both.ok());
    CHECK(both->before.value(QStringLiteral("visits")) ==
          stats::gridWorkCounts(*w.t, {}, today.addDays(-59), today.addDays(-30))->value(QStringLiteral("visits")));
}

TEST_CASE("the joint table counts each police grid's activities by kind as the rows hold them, in the codes' order",
          "[stats][gridwork]")
{
    WorkWorld w;
    QRandomGenerator rng(31);
    recordGridWork(w, rng);
    // Two more police grids whose names sort otherwise than their codes (第10 before 第2 by name).
    const qint64 now = w.t.clock->nowMs();
    for (const auto &[code, name, gridCode] :
         {std::tuple{"PG-10", "第10警格", "370202002001091"}, std::tuple{"PG-02", "第2警格", "370202002001092"}}) {
        const QString grid = addGrid(*w.t, w.community1, QLatin1String(gridCode), QString::fromUtf8(name), w.worker);
        PoliceGrid p;
        p.streetId = w.street1;
        p.code = QLatin1String(code);
        p.name = QString::fromUtf8(name);
        const QString police = PoliceGridService(*w.t).save(p, {grid}).value();
        for (int i = 0; i < 4; ++i) {
            JointActivity a;
            a.policeGridId = police;
            a.gridIds = {grid};
            a.kind = joint::activityKinds().at(i % 2);
            a.atMs = now - qint64(1 + i) * kDay;
            a.summary = QStringLiteral("联合走访");
            REQUIRE(JointActivityService(*w.t).record(a).ok());
        }
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, QTimeZone(8 * 3600)).date();
    const QDate from = today.addDays(-60), to = today;
    const qint64 f = cases::dayStartMs(from), t = cases::dayStartMs(to.addDays(1));
    // The oracle: each activity's police grid and kind, read plainly.
    QHash<QString, QHash<QString, qint64>> byGrid;
    QHash<QString, QString> codeOf;
    QSqlQuery q(w.t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT a.police_grid_id, a.kind, a.at_ms, p.code FROM joint_activities a JOIN "
                                  "police_grids p ON p.id = a.police_grid_id WHERE a.deleted = 0")));
    qint64 total = 0;
    while (q.next()) {
        const qint64 at = q.value(2).toLongLong();
        if (at < f || at >= t)
            continue;
        ++byGrid[q.value(0).toString()][q.value(1).toString()];
        codeOf.insert(q.value(0).toString(), q.value(3).toString());
        ++total;
    }
    auto table = stats::jointWorkTable(*w.t, {}, from, to);
    REQUIRE(table.ok());
    CHECK(table->total == total);
    REQUIRE(table->lines.size() == byGrid.size());
    QStringList codes;
    for (const stats::JointWorkTable::Line &l : table->lines) {
        INFO(l.policeGridName.toStdString());
        codes << codeOf.value(l.policeGridId);
        qint64 sum = 0;
        for (int k = 0; k < table->kinds.size(); ++k) {
            CHECK(l.perKind.at(k) == byGrid.value(l.policeGridId).value(table->kinds.at(k)));
            sum += l.perKind.at(k);
        }
        CHECK(l.total == sum);
    }
    QStringList sorted = codes;
    sorted.sort();
    CHECK(codes == sorted);
    CHECK(codes.indexOf(QStringLiteral("PG-02")) < codes.indexOf(QStringLiteral("PG-10")));
    for (int k = 0; k < table->kinds.size(); ++k) {
        qint64 all = 0;
        for (const stats::JointWorkTable::Line &l : table->lines)
            all += l.perKind.at(k);
        CHECK(table->perKind.at(k) == all);
    }
    // The meetings per level are the meetings' list counted at each level.
    for (int i = 0; i < joint::levels().size(); ++i) {
        JointMeetingFilter m;
        m.level = joint::levels().at(i);
        m.fromMs = f;
        m.toMs = t;
        CHECK(table->meetings.at(i) == JointMeetingService(*w.t).count(m).value());
    }
}
