// A month's review sheet (rating/MonthSheet.h): the seeded template and its versions by month,
// the items computed from the cases of the month (Beijing time, at its edges), the values typed
// in and their checks, a veto, the total and the star proposed with its explanation.
#include "people/WorkerService.h"
#include "rating/MonthSheet.h"
#include "rating/RatingEntries.h"
#include "schema/Tables.h"
#include "storage/RowStore.h"
#include "storage/Transaction.h"
#include "test_rating_fixture.h"
#include "training/TrainingSessions.h"

using namespace gd;
using namespace gdtest;

namespace {

const rating::SheetRow &rowOf(const rating::MonthSheet &s, const QString &worker)
{
    for (const rating::SheetRow &r : s.rows)
        if (r.workerId == worker)
            return r;
    FAIL("no row for the worker");
    return s.rows.first();
}

} // namespace

TEST_CASE("the default template is seeded out of 100, and a month must be one", "[rating]")
{
    TestDb t;
    auto items = rating::itemsForMonth(*t, QStringLiteral("2026-10"));
    REQUIRE(items.ok());
    CHECK(items->size() == 10);
    double sum = 0;
    for (const rating::RatingItem &i : *items)
        if (i.kind != QLatin1String("bonus") && i.kind != QLatin1String("veto"))
            sum += i.maxPoints;
    CHECK(sum == Approx(100));
    CHECK(items->first().code == QStringLiteral("handled"));
    for (const char *bad : {"2026-13", "2026-1", "十月", ""})
        CHECK(rating::itemsForMonth(*t, QString::fromUtf8(bad)).error().kind == ErrorKind::Invalid);
}

TEST_CASE("the sheet computes the month's items from the cases and adds what was typed in", "[rating]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 11, 20, 10, 0));
    const QString other = addWorker(*w.t, QStringLiteral("李娜"), QStringLiteral("13953200055"));
    addWorker(*w.t, QStringLiteral("兼职老王"), QStringLiteral("13953200056"), QStringLiteral("part_time"));
    // October for 陈姝夷: three completed (two on time), one closed satisfied and one basically,
    // one found on patrol; one completed in September and one on 1 November 00:10 do not count.
    caseOf(w, w.worker, beijing(2026, 10, 5, 9, 0), beijing(2026, 10, 6, 0, 0));
    caseOf(w, w.worker, beijing(2026, 10, 31, 23, 30), beijing(2026, 11, 2, 0, 0), beijing(2026, 10, 31, 23, 50),
           QStringLiteral("satisfied"));
    caseOf(w, w.worker, beijing(2026, 10, 20, 9, 0), beijing(2026, 10, 10, 0, 0), beijing(2026, 10, 25, 9, 0),
           QStringLiteral("basic"));
    caseOf(w, w.worker, beijing(2026, 9, 30, 9, 0), beijing(2026, 10, 1, 0, 0));
    caseOf(w, w.worker, beijing(2026, 11, 1, 0, 10), beijing(2026, 11, 2, 0, 0));
    caseOf(w, w.worker, 0, 0, 0, {}, true, beijing(2026, 10, 12, 8, 0));
    for (const auto &[code, value] : {std::pair{"visits", 12.0}, {"information", 10.0}, std::pair{"judgement", 8.0}})
        REQUIRE(rating::enterValue(*w.t, QStringLiteral("2026-10"), w.worker, QLatin1String(code), value).ok());

    // Two training sessions in October (and one in September) for the training item.
    for (const QDate &day : {QDate(2026, 10, 9), QDate(2026, 10, 23), QDate(2026, 9, 30)}) {
        TrainingSession s;
        s.date = day;
        s.topic = QStringLiteral("物业纠纷");
        s.trainerUnit = QStringLiteral("区住房城乡建设局");
        s.workerIds = {w.worker};
        REQUIRE(training::recordSession(*w.t, s).ok());
    }

    auto sheet = rating::computeMonth(*w.t, QStringLiteral("2026-10"));
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rows.size() == 2); // full-time and active only
    const rating::SheetRow &r = rowOf(*sheet, w.worker);
    CHECK(r.values.value(QStringLiteral("handled")).raw == 3);
    CHECK(r.values.value(QStringLiteral("handled")).points == Approx(6));
    CHECK(r.values.value(QStringLiteral("on_time")).points == Approx(10)); // 2 of 3 of 15
    // Due in October: the 5th (done on time), the 10th (done late) and the 1st (done on 30 September).
    CHECK(r.values.value(QStringLiteral("on_time")).raw == Approx(2.0 / 3));
    CHECK(r.values.value(QStringLiteral("satisfaction")).points == Approx(15)); // 满意 and 基本满意 count 1
    CHECK(r.values.value(QStringLiteral("proactive")).points == Approx(2.5));
    CHECK(r.values.value(QStringLiteral("visits")).points == Approx(12));
    CHECK(r.values.value(QStringLiteral("training")).raw == 2);
    CHECK(r.values.value(QStringLiteral("training")).points == Approx(5));
    CHECK(r.total == Approx(68.5)); // 6 + 10 + 15 + 2.5 + 12 + 10 + 5 + 8
    // October does not close the default half-year: the month counts toward it, no star moves.
    CHECK(r.decision.reason == rating::StarDecision::PeriodOpen);
    CHECK(r.decision.explanation.contains(QStringLiteral("Score 68.5 counts toward the second half of 2026")));
    CHECK(r.decision.explanation.contains(QStringLiteral("2026-12")));
    // Behind each computed number, its cases: the same ones the count took, in the order done.
    auto itemNamed = [&](const char *code) {
        for (const rating::RatingItem &i : sheet->items)
            if (i.code == QLatin1String(code))
                return i;
        FAIL("no item");
        return rating::RatingItem();
    };
    auto handled = rating::casesBehind(*w.t, QStringLiteral("2026-10"), w.worker, itemNamed("handled"));
    REQUIRE(handled.ok());
    REQUIRE(handled->size() == 3);
    CHECK(handled->at(0).onTime);
    CHECK_FALSE(handled->at(1).onTime); // completed 20 October, due the 10th
    CHECK(handled->at(2).onTime);
    auto due = rating::casesBehind(*w.t, QStringLiteral("2026-10"), w.worker, itemNamed("on_time"));
    REQUIRE(due.ok());
    REQUIRE(due->size() == 3); // due 1, 6 and 10 October, in that order
    CHECK(due->at(0).onTime);
    CHECK(due->at(1).onTime);
    CHECK_FALSE(due->at(2).onTime);
    CHECK(rating::casesBehind(*w.t, QStringLiteral("2026-10"), w.worker, itemNamed("satisfaction"))->size() == 2);
    CHECK(rating::casesBehind(*w.t, QStringLiteral("2026-10"), w.worker, itemNamed("proactive"))->size() == 1);
    CHECK(rating::casesBehind(*w.t, QStringLiteral("2026-10"), w.worker, itemNamed("visits"))->isEmpty());
    CHECK(rating::casesBehind(*w.t, QStringLiteral("2026-10"), other, itemNamed("handled"))->isEmpty());

    // Nothing in October for 李娜: zero, and every item there; on time and satisfaction had nothing
    // to judge.
    CHECK(rowOf(*sheet, other).total == 0);
    CHECK(rowOf(*sheet, other).values.size() == 10);
    CHECK(rowOf(*sheet, other).values.value(QStringLiteral("on_time")).notApplicable);
    CHECK(rowOf(*sheet, other).values.value(QStringLiteral("satisfaction")).notApplicable);
    CHECK_FALSE(rowOf(*sheet, other).values.value(QStringLiteral("handled")).notApplicable);
    CHECK(rating::valueText(itemNamed("on_time"), rowOf(*sheet, other).values.value(QStringLiteral("on_time"))) ==
          QStringLiteral("n/a"));

    // Typing again replaces the value; a veto zeroes the month and takes a star.
    REQUIRE(rating::enterValue(*w.t, QStringLiteral("2026-10"), w.worker, QStringLiteral("visits"), 15).ok());
    REQUIRE(rating::enterValue(*w.t, QStringLiteral("2026-10"), w.worker, QStringLiteral("veto"), 1).ok());
    auto vetoed = rating::computeMonth(*w.t, QStringLiteral("2026-10"));
    REQUIRE(vetoed.ok());
    CHECK(rowOf(*vetoed, w.worker).values.value(QStringLiteral("visits")).raw == 15);
    CHECK(rowOf(*vetoed, w.worker).total == 0);
    CHECK(rowOf(*vetoed, w.worker).decision.reason == rating::StarDecision::Vetoed);
}

TEST_CASE("typed-in values are checked, and only a supervisor types them", "[rating]")
{
    CaseWorld w;
    const QString m = QStringLiteral("2026-10");
    CHECK(rating::enterValue(*w.t, m, w.worker, QStringLiteral("handled"), 5).error().field == QStringLiteral("item"));
    CHECK(rating::enterValue(*w.t, m, w.worker, QStringLiteral("nothing"), 5).error().field == QStringLiteral("item"));
    CHECK(rating::enterValue(*w.t, m, w.worker, QStringLiteral("visits"), 16).error().field == QStringLiteral("value"));
    CHECK(rating::enterValue(*w.t, m, w.worker, QStringLiteral("visits"), -1).error().field == QStringLiteral("value"));
    CHECK(rating::enterValue(*w.t, m, w.worker, QStringLiteral("veto"), 2).error().field == QStringLiteral("value"));
    CHECK(rating::enterValue(*w.t, m, QStringLiteral("no-such-worker"), QStringLiteral("visits"), 5).error().field ==
          QStringLiteral("worker"));
    CHECK(rating::enterValue(*w.t, QStringLiteral("2026-00"), w.worker, QStringLiteral("visits"), 5).error().field ==
          QStringLiteral("month"));
    Actor staff;
    staff.login = QStringLiteral("wangfang");
    staff.role = Role::Staff;
    staff.signedIn = true;
    w.t->setActor(staff);
    CHECK(rating::enterValue(*w.t, m, w.worker, QStringLiteral("visits"), 5).error().kind == ErrorKind::Permission);
}

TEST_CASE("a new version of an item holds from its month on, earlier months keep the old one", "[rating]")
{
    CaseWorld w;
    auto october = rating::itemsForMonth(*w.t, QStringLiteral("2026-10"));
    REQUIRE(october.ok());
    QString visits;
    for (const rating::RatingItem &i : *october)
        if (i.code == QLatin1String("visits"))
            visits = i.id;
    {
        Transaction tx(*w.t);
        RowStore rows(*w.t);
        REQUIRE(
            rows.update(tables::ratingItems(), visits, {{QStringLiteral("to_month"), QStringLiteral("2026-10")}}).ok());
        REQUIRE(rows.insert(tables::ratingItems(), {{QStringLiteral("code"), QStringLiteral("visits")},
                                                    {QStringLiteral("name"), QStringLiteral("走访入户")},
                                                    {QStringLiteral("kind"), QStringLiteral("entered")},
                                                    {QStringLiteral("source"), QString()},
                                                    {QStringLiteral("max_points"), 20},
                                                    {QStringLiteral("params"), QStringLiteral("{}")},
                                                    {QStringLiteral("from_month"), QStringLiteral("2026-11")},
                                                    {QStringLiteral("to_month"), QString()},
                                                    {QStringLiteral("sort"), 50}})
                    .ok());
        REQUIRE(tx.commit().ok());
    }
    auto max = [&](const QString &month) {
        const auto items = rating::itemsForMonth(*w.t, month);
        REQUIRE(items.ok());
        for (const rating::RatingItem &i : *items)
            if (i.code == QLatin1String("visits"))
                return i.maxPoints;
        return -1.0;
    };
    CHECK(max(QStringLiteral("2026-10")) == 15);
    CHECK(max(QStringLiteral("2026-11")) == 20);
    CHECK(rating::enterValue(*w.t, QStringLiteral("2026-10"), w.worker, QStringLiteral("visits"), 18).error().field ==
          QStringLiteral("value"));
    CHECK(rating::enterValue(*w.t, QStringLiteral("2026-11"), w.worker, QStringLiteral("visits"), 18).ok());
}

TEST_CASE("training sessions are recorded with their attendees, and checked", "[rating]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 11, 20, 10, 0));
    TrainingSession s;
    s.date = QDate(2026, 11, 3);
    s.topic = QStringLiteral("居民养犬");
    s.trainerUnit = QStringLiteral("市公安局市南分局");
    s.workerIds = {w.worker, w.worker};
    const auto recorded = training::recordSession(*w.t, s);
    INFO(recorded.message().toStdString());
    REQUIRE(recorded.ok());
    auto november = training::sessionsOf(*w.t, QStringLiteral("2026-11"));
    REQUIRE(november.ok());
    REQUIRE(november->size() == 1);
    CHECK(november->first().workerIds == QStringList{w.worker}); // once, however often named
    CHECK(training::defaultNeeds().contains(QStringLiteral("居民养犬")));
    CHECK(training::sessionsOf(*w.t, QStringLiteral("2026-10"))->isEmpty());
    // The training item is counted, not typed.
    CHECK(rating::enterValue(*w.t, QStringLiteral("2026-11"), w.worker, QStringLiteral("training"), 5).error().field ==
          QStringLiteral("item"));

    TrainingSession bad = s;
    bad.date = QDate(2026, 11, 21);
    CHECK(training::recordSession(*w.t, bad).error().field == QStringLiteral("date"));
    bad = s;
    bad.date = QDate();
    CHECK(training::recordSession(*w.t, bad).error().field == QStringLiteral("date"));
    bad = s;
    bad.topic = QStringLiteral("  ");
    CHECK(training::recordSession(*w.t, bad).error().field == QStringLiteral("topic"));
    bad.topic = QString(101, QLatin1Char('x'));
    CHECK(training::recordSession(*w.t, bad).error().field == QStringLiteral("topic"));
    bad = s;
    bad.workerIds.clear();
    CHECK(training::recordSession(*w.t, bad).error().field == QStringLiteral("workers"));
    bad.workerIds = {QStringLiteral("nobody")};
    CHECK(training::recordSession(*w.t, bad).error().field == QStringLiteral("workers"));
    Actor staff;
    staff.login = QStringLiteral("wangfang");
    staff.role = Role::Staff;
    staff.signedIn = true;
    w.t->setActor(staff);
    CHECK(training::recordSession(*w.t, s).error().kind == ErrorKind::Permission);
}

TEST_CASE("on time is judged on the cases due in the month, satisfaction on reached callbacks with the office's "
          "weights, and an item with nothing to judge is carried or full",
          "[rating]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 10, 20, 12, 0)); // during October: a case due later is not judged yet
    // Due in October: done on time, done late, open past its deadline, open and due on the 25th.
    caseOf(w, w.worker, beijing(2026, 10, 5, 9, 0), beijing(2026, 10, 6, 0, 0));
    caseOf(w, w.worker, beijing(2026, 10, 12, 9, 0), beijing(2026, 10, 10, 0, 0));
    caseOf(w, w.worker, 0, beijing(2026, 10, 15, 0, 0));
    caseOf(w, w.worker, 0, beijing(2026, 10, 25, 0, 0));
    // Callbacks closed in October: reached and dissatisfied, reached and basically satisfied, and
    // one that reached nobody (no answer to weigh).
    caseOf(w, w.worker, beijing(2026, 9, 28, 9, 0), 0, beijing(2026, 10, 3, 9, 0), QStringLiteral("dissatisfied"));
    caseOf(w, w.worker, beijing(2026, 9, 28, 9, 0), 0, beijing(2026, 10, 4, 9, 0), QStringLiteral("basic"));
    caseOf(w, w.worker, beijing(2026, 9, 28, 9, 0), 0, beijing(2026, 10, 5, 9, 0), QStringLiteral("satisfied"));
    {
        QSqlQuery q(w.t->sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE cases SET callback_result = 'unreachable' WHERE closed_ms = %1")
                           .arg(beijing(2026, 10, 5, 9, 0))));
    }

    auto sheet = rating::computeMonth(*w.t, QStringLiteral("2026-10"));
    REQUIRE(sheet.ok());
    const rating::SheetRow &r = rowOf(*sheet, w.worker);
    CHECK(r.values.value(QStringLiteral("on_time")).raw == Approx(1.0 / 3));  // 1 of the 3 judged
    CHECK(r.values.value(QStringLiteral("satisfaction")).raw == Approx(0.5)); // (0 + 1) / 2 reached
    CHECK(sheet->formulas.value(QStringLiteral("satisfaction")).contains(QStringLiteral("basically satisfied × 1")));
    CHECK(sheet->formulas.value(QStringLiteral("on_time")).contains(QStringLiteral("cases due in the month")));

    // After the month every case due in it is judged: the one due on the 25th and still open too.
    w.t.clock->setMs(beijing(2026, 11, 2, 9, 0));
    CHECK(rowOf(*rating::computeMonth(*w.t, QStringLiteral("2026-10")), w.worker)
              .values.value(QStringLiteral("on_time"))
              .raw == Approx(1.0 / 4));

    // The office's weights: 基本满意 counts half.
    rating::ReviewRules rules = rating::ReviewRules::load(*w.t);
    rules.satisfaction.basic = 0.5;
    REQUIRE(rules.save(*w.t).ok());
    auto weighed = rating::computeMonth(*w.t, QStringLiteral("2026-10"));
    CHECK(rowOf(*weighed, w.worker).values.value(QStringLiteral("satisfaction")).raw == Approx(0.25));
    CHECK(
        weighed->formulas.value(QStringLiteral("satisfaction")).contains(QStringLiteral("basically satisfied × 0.5")));

    // November: typed items only (35 of the 70 points that could be judged). Carried: 50; in full: 65.
    for (const auto &[code, value] : {std::pair{"visits", 15.0}, {"information", 10.0}, std::pair{"judgement", 10.0}})
        REQUIRE(rating::enterValue(*w.t, QStringLiteral("2026-11"), w.worker, QLatin1String(code), value).ok());
    CHECK(rowOf(*rating::computeMonth(*w.t, QStringLiteral("2026-11")), w.worker).total == Approx(50));
    rules.notApplicable = rating::NotApplicable::Full;
    REQUIRE(rules.save(*w.t).ok());
    auto full = rating::computeMonth(*w.t, QStringLiteral("2026-11"));
    const rating::SheetRow &f = rowOf(*full, w.worker);
    CHECK(f.total == Approx(65));
    CHECK(f.values.value(QStringLiteral("on_time")).notApplicable);
    CHECK(f.values.value(QStringLiteral("on_time")).points == Approx(15));
    CHECK(full->formulas.value(QStringLiteral("on_time")).contains(QStringLiteral("scored in full")));
}

TEST_CASE("a worker who stepped up the career ladder leaves the review from the day of the step", "[rating]")
{
    CaseWorld w;
    const QString other = addWorker(*w.t, QStringLiteral("李娜"), QStringLiteral("13953200055"));
    CareerStep step;
    step.workerId = other;
    step.stage = QStringLiteral("community_worker"); // 社区工作者
    step.date = QStringLiteral("2026-10-15");
    REQUIRE(WorkerService(*w.t).saveCareerStep(step).ok());
    auto names = [&](const char *month) {
        QStringList out;
        const auto sheet = rating::computeMonth(*w.t, QLatin1String(month)); // kept: the rows live in it
        REQUIRE(sheet.ok());
        for (const rating::SheetRow &r : sheet->rows)
            out << r.name;
        return out;
    };
    CHECK(names("2026-10").size() == 2); // a grid worker for half of October: reviewed
    CHECK(names("2026-11") == QStringList{QStringLiteral("陈姝夷")});
    // A step on the first of a month: that month is not hers to be reviewed in.
    step.date = QStringLiteral("2026-10-01");
    REQUIRE(WorkerService(*w.t).saveCareerStep(step).ok());
    CHECK(names("2026-10") == QStringList{QStringLiteral("陈姝夷")});
    CHECK(names("2026-09").size() == 2);
}

TEST_CASE("the volume item can count per 100 households of the worker's grids", "[rating]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 11, 20, 10, 0));
    for (int day : {5, 6, 7})
        caseOf(w, w.worker, beijing(2026, 10, day, 9, 0), beijing(2026, 10, 20, 0, 0));
    {
        QSqlQuery q(w.t->sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE grids SET households = 600")));
    }
    auto volume = [&] {
        return rowOf(*rating::computeMonth(*w.t, QStringLiteral("2026-10")), w.worker)
            .values.value(QStringLiteral("handled"));
    };
    CHECK(volume().raw == 3); // cases, by default
    rating::ReviewRules rules = rating::ReviewRules::load(*w.t);
    rules.volumePerHouseholds = true;
    REQUIRE(rules.save(*w.t).ok());
    CHECK(volume().raw == Approx(0.5));  // 3 cases for 600 households
    CHECK(volume().points == Approx(1)); // 2 points per case per 100 households
    CHECK(rating::computeMonth(*w.t, QStringLiteral("2026-10"))
              ->formulas.value(QStringLiteral("handled"))
              .contains(QStringLiteral("per 100 households")));
    // Grids without households recorded: nothing to divide by.
    {
        QSqlQuery q(w.t->sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE grids SET households = 0")));
    }
    CHECK(volume().notApplicable);
}
