// A month's review from draft to approved and back (rating/MonthReview.h): who may submit,
// approve and reopen; stars written at approval and put back at a reopen; an approved month
// locked against typing and against late case changes; poor months counted across months.
#include "TestDb.h"
#include "demo/DemoDistrict.h"
#include "rating/MonthReview.h"
#include "rating/RatingEntries.h"
#include "rating/ReviewSettings.h"
#include "rating/ReviewStats.h"
#include "schema/Tables.h"
#include "storage/RowStore.h"
#include "storage/Transaction.h"
#include "test_rating_fixture.h"
#include "training/TrainingSessions.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

using namespace gd;
using namespace gdtest;

namespace {

int starOf(Database &db, const QString &worker)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT star FROM workers WHERE id = ?"));
    q.addBindValue(worker);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// A month the worker earns 100: ten cases done on time and closed satisfied, four found on
// patrol, two training sessions, every typed-in item at its maximum.
void strongMonth(CaseWorld &w, int month)
{
    for (int i = 0; i < 10; ++i)
        caseOf(w, w.worker, beijing(2026, month, 3 + i, 9, 0), beijing(2026, month, 20, 0, 0),
               beijing(2026, month, 3 + i, 12, 0), QStringLiteral("satisfied"));
    for (int i = 0; i < 4; ++i)
        caseOf(w, w.worker, 0, 0, 0, {}, true, beijing(2026, month, 5 + i, 8, 0));
    for (int day : {6, 20}) {
        TrainingSession s;
        s.date = QDate(2026, month, day);
        s.topic = QStringLiteral("居民诉求办理");
        s.workerIds = {w.worker};
        REQUIRE(training::recordSession(*w.t, s).ok());
    }
    const QString m = QStringLiteral("2026-%1").arg(month, 2, 10, QLatin1Char('0'));
    for (const auto &[code, value] : {std::pair{"visits", 15.0}, {"information", 10.0}, std::pair{"judgement", 10.0}})
        REQUIRE(rating::enterValue(*w.t, m, w.worker, QLatin1String(code), value).ok());
}

} // namespace

TEST_CASE("a supervisor approves the month: stars move, results freeze, the month locks", "[rating]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 11, 20, 10, 0));
    monthlyStars(*w.t);
    strongMonth(w, 10);
    const QString m = QStringLiteral("2026-10");

    // Staff may not submit, an administrator may not approve: a supervisor does, once it is
    // submitted, by someone else.
    w.t->setActor(as(Role::Supervisor, "zhuren"));
    CHECK(rating::approveMonth(*w.t, m).error().message.contains(QStringLiteral("not submitted"))); // a draft
    w.t->setActor(as(Role::Staff, "wangfang"));
    CHECK(rating::submitMonth(*w.t, m).error().kind == ErrorKind::Permission);
    w.t->setActor(as(Role::Supervisor, "zhuren"));
    REQUIRE(rating::submitMonth(*w.t, m).ok());
    CHECK(rating::monthStatus(*w.t, m)->state == rating::MonthState::Submitted);
    const Error same = rating::approveMonth(*w.t, m).error(); // the one who submitted
    CHECK(same.kind == ErrorKind::Permission);
    CHECK(same.message.contains(QStringLiteral("zhuren")));
    w.t->setActor(as(Role::Admin, "admin"));
    REQUIRE(rating::submitMonth(*w.t, m).ok()); // submitted again, now by the administrator
    CHECK(rating::approveMonth(*w.t, m).error().kind == ErrorKind::Permission);
    w.t->setActor(as(Role::Supervisor, "zhuren"));
    noticeOver(*w.t, m);
    auto approved = rating::approveMonth(*w.t, m);
    INFO(approved.message().toStdString());
    REQUIRE(approved.ok());
    REQUIRE(approved->rows.size() == 1);
    CHECK(approved->rows.first().total == Approx(100));
    CHECK(approved->rows.first().decision.to == 1);
    CHECK(starOf(*w.t, w.worker) == 1);
    const rating::MonthStatus st = *rating::monthStatus(*w.t, m);
    CHECK(st.state == rating::MonthState::Approved);
    CHECK(st.approvedBy == QStringLiteral("zhuren"));
    CHECK(rating::approveMonth(*w.t, m).error().field == QStringLiteral("month")); // once

    // Locked: no typing; a late case change moves the live computation, not the approved sheet.
    CHECK(rating::enterValue(*w.t, m, w.worker, QStringLiteral("visits"), 1).error().field == QStringLiteral("month"));
    // Nor a training session of the month: recorded, changed, moved out of it or removed.
    {
        TrainingSession late;
        late.date = QDate(2026, 10, 28);
        late.topic = QStringLiteral("补录培训");
        late.workerIds = {w.worker};
        CHECK(training::recordSession(*w.t, late).error().field == QStringLiteral("date"));
        const auto october = training::sessionsOf(*w.t, m);
        REQUIRE(october.ok());
        REQUIRE_FALSE(october->isEmpty());
        TrainingSession moved = october->first();
        moved.date = QDate(2026, 11, 2);
        CHECK(training::recordSession(*w.t, moved).error().field == QStringLiteral("date"));
        CHECK(training::removeSession(*w.t, moved.id).error().field == QStringLiteral("date"));
        CHECK(training::sessionsOf(*w.t, m)->size() == october->size());
    }
    {
        QSqlQuery q(w.t->sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE cases SET satisfaction = 'dissatisfied'")));
    }
    CHECK(rating::computeMonth(*w.t, m)->rows.first().total < 100);
    auto frozen = rating::reviewSheet(*w.t, m);
    REQUIRE(frozen.ok());
    CHECK(frozen->rows.first().total == Approx(100));
    CHECK(frozen->rows.first().values.value(QStringLiteral("satisfaction")).points == Approx(15));
    CHECK(frozen->rows.first().decision.explanation.contains(QStringLiteral("promoted to one star")));

    // Reopened with a reason: the star goes back, the month is a draft again, the reopen logged.
    CHECK(rating::reopenMonth(*w.t, m, QStringLiteral(" ")).error().field == QStringLiteral("reason"));
    REQUIRE(rating::reopenMonth(*w.t, m, QStringLiteral("满意度回访记录有误")).ok());
    CHECK(starOf(*w.t, w.worker) == 0);
    const rating::MonthStatus again = *rating::monthStatus(*w.t, m);
    CHECK(again.state == rating::MonthState::Draft);
    CHECK(again.reopenCount == 1);
    CHECK(again.note == QStringLiteral("满意度回访记录有误"));
    QSqlQuery audit(w.t->sql());
    REQUIRE(audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reopen'")));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toInt() == 1);
    audit.finish();
    CHECK(rating::reopenMonth(*w.t, m, QStringLiteral("再次")).error().field == QStringLiteral("month"));
    // Approved again with what the cases say now.
    auto second = submitAndApprove(*w.t, m);
    REQUIRE(second.ok());
    CHECK(second->rows.first().total < 100);
}

TEST_CASE("poor months are counted across approved months, and only the newest month reopens", "[rating]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 12, 20, 10, 0));
    monthlyStars(*w.t);
    {
        Transaction tx(*w.t);
        REQUIRE(RowStore(*w.t).update(tables::workers(), w.worker, {{QStringLiteral("star"), 2}}).ok());
        REQUIRE(tx.commit().ok());
    }
    w.t->setActor(as(Role::Supervisor, "zhuren"));
    // September: 50 (typed only, 35 of the 70 points judged: no case due, no callback, carried): poor,
    // the first; October: poor again: down a star.
    for (const char *month : {"2026-09", "2026-10"})
        for (const auto &[code, value] :
             {std::pair{"visits", 15.0}, {"information", 10.0}, std::pair{"judgement", 10.0}})
            REQUIRE(rating::enterValue(*w.t, QLatin1String(month), w.worker, QLatin1String(code), value).ok());
    auto september = submitAndApprove(*w.t, QStringLiteral("2026-09"));
    REQUIRE(september.ok());
    CHECK(september->rows.first().decision.to == 2);
    auto october = submitAndApprove(*w.t, QStringLiteral("2026-10"));
    REQUIRE(october.ok());
    CHECK(october->rows.first().decision.reason == rating::StarDecision::PoorStreak);
    CHECK(october->rows.first().decision.explanation.contains(QStringLiteral("2 poor months in a row")));
    CHECK(starOf(*w.t, w.worker) == 1);
    // The history keeps the months that moved the star; the year combines what was approved.
    auto history = rating::starHistory(*w.t, w.worker);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().month == QStringLiteral("2026-10"));
    CHECK(history->first().from == 2);
    CHECK(history->first().to == 1);
    auto year = rating::yearResults(*w.t, 2026);
    REQUIRE(year.ok());
    REQUIRE(year->size() == 1);
    CHECK(year->first().months.at(8) == Approx(50));
    CHECK(year->first().months.at(0) == -1);
    CHECK(year->first().score == Approx(50)); // the second half alone
    CHECK(year->first().grade == rating::Grade::Fail);
    CHECK(rating::yearResults(*w.t, 2025)->isEmpty());
    // September cannot be reopened while October stands on it.
    CHECK(rating::reopenMonth(*w.t, QStringLiteral("2026-09"), QStringLiteral("核对")).error().field ==
          QStringLiteral("month"));
    REQUIRE(rating::reopenMonth(*w.t, QStringLiteral("2026-10"), QStringLiteral("核对")).ok());
    CHECK(starOf(*w.t, w.worker) == 2);
    REQUIRE(rating::reopenMonth(*w.t, QStringLiteral("2026-09"), QStringLiteral("核对")).ok());
}

TEST_CASE("the charts' queries count the approved months and refuse a range that is not one", "[rating]")
{
    CaseWorld w;
    caseOf(w, w.worker, beijing(2026, 10, 9, 10, 0), beijing(2026, 10, 20, 18, 0));
    w.t.clock->setMs(beijing(2026, 11, 20, 10, 0)); // both months over
    w.t->setActor(as(Role::Supervisor, "zhuren"));
    for (const char *m : {"2026-09", "2026-10"})
        REQUIRE(submitAndApprove(*w.t, QLatin1String(m)).ok());
    auto stars = rating::starDistribution(*w.t, QStringLiteral("2026-01"), QStringLiteral("2026-12"));
    REQUIRE(stars.ok());
    REQUIRE(stars->size() == 2);
    CHECK(stars->at(1).month == QStringLiteral("2026-10"));
    int reviewed = 0;
    for (int n : stars->at(1).workers)
        reviewed += n;
    CHECK(reviewed == rating::reviewSheet(*w.t, QStringLiteral("2026-10"))->rows.size()); // everyone reviewed
    auto history = rating::scoreHistory(*w.t, w.worker, QStringLiteral("2026-01"), QStringLiteral("2026-12"));
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(1).total > history->at(0).total); // October had the completed case

    for (auto [from, to] :
         {std::pair{"2026-10", "2026-09"}, std::pair{"2026-13", "2026-12"}, std::pair{"", "2026-12"}}) {
        INFO(from << " " << to);
        auto bad = rating::starDistribution(*w.t, QLatin1String(from), QLatin1String(to));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().field == QStringLiteral("month"));
        CHECK(rating::scoreHistory(*w.t, w.worker, QLatin1String(from), QLatin1String(to)).error().kind ==
              ErrorKind::Invalid);
    }
}

TEST_CASE("counted cases with unsettled concurrent actions are marked in the sheet, the drill-down and after approval",
          "[rating][branch]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 11, 20, 10, 0));
    const qint64 done = beijing(2026, 10, 5, 9, 0), later = beijing(2026, 11, 3, 9, 0);
    caseOf(w, w.worker, done, beijing(2026, 10, 6, 0, 0));
    caseOf(w, w.worker, beijing(2026, 10, 7, 9, 0), beijing(2026, 10, 8, 0, 0));
    caseOf(w, w.worker, later, beijing(2026, 11, 4, 0, 0)); // counted in November, not October
    caseOf(w, w.worker, 0, 0);                              // counted nowhere: still open
    // Two offices acted on the first, third and fourth cases from the same state (the fold that
    // sets the count is test_case_branches.cpp's; here only what the review does with it).
    QSqlQuery q(w.t->sql());
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET branches = 1 WHERE completed_ms = %1 OR completed_ms = %2 OR "
                                  "completed_ms IS NULL")
                       .arg(done)
                       .arg(later)));
    CHECK(q.numRowsAffected() == 3);

    const QString october = QStringLiteral("2026-10");
    auto marked = rating::unsettledCounted(*w.t, october);
    REQUIRE(marked.ok());
    CHECK(*marked == QHash<QString, int>{{w.worker, 1}});
    auto sheet = rating::computeMonth(*w.t, october);
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rows.size() == 1);
    CHECK(sheet->rows.first().unsettled == 1);

    auto handled = rating::itemsForMonth(*w.t, october);
    REQUIRE(handled.ok());
    auto behind = rating::casesBehind(*w.t, october, w.worker, handled->first()); // "handled"
    REQUIRE(behind.ok());
    REQUIRE(behind->size() == 2);
    CHECK(behind->at(0).unsettled);
    CHECK_FALSE(behind->at(1).unsettled);

    // Approved: the numbers are frozen, the mark still tells what they rest on; settled, it goes.
    REQUIRE(submitAndApprove(*w.t, october).ok());
    auto frozen = rating::reviewSheet(*w.t, october);
    REQUIRE(frozen.ok());
    CHECK(frozen->rows.first().unsettled == 1);
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET branches = 0")));
    CHECK(rating::reviewSheet(*w.t, october)->rows.first().unsettled == 0);
    CHECK(rating::computeMonth(*w.t, QStringLiteral("2026-11"))->rows.first().unsettled == 0);
}

TEST_CASE("a sheet value reads as yes or no for a veto item and as points for the others", "[rating]")
{
    gd::rating::RatingItem veto, visits;
    veto.kind = QStringLiteral("veto");
    visits.kind = QStringLiteral("entered");
    CHECK(gd::rating::valueText(veto, {1, 0}) == QStringLiteral("Yes"));
    CHECK(gd::rating::valueText(veto, {0, 0}) == QStringLiteral("No"));
    CHECK(gd::rating::valueText(visits, {12, 12}) == QStringLiteral("12.0"));
    CHECK(gd::rating::valueText(visits, {0.25, 3.75}) == QStringLiteral("3.8"));
}

TEST_CASE("the sheet lists workers by community and grid, or by name in pinyin order", "[rating]")
{
    TestDb t;
    t.clock->setMs(beijing(2026, 11, 20, 10, 0));
    REQUIRE(DemoDistrict::generate(*t, DemoOptions()).ok());
    const QString month = QStringLiteral("2026-10");

    auto byName = rating::reviewSheet(*t, month, rating::SheetOrder::Name);
    REQUIRE(byName.ok());
    REQUIRE(byName->rows.size() > 100);
    QStringList names;
    for (const rating::SheetRow &r : byName->rows)
        names << r.name;
    QCollator pinyin{QLocale(QLocale::Chinese, QLocale::China)};
    for (int i = 1; i < names.size(); ++i)
        CHECK(pinyin.compare(names.at(i - 1), names.at(i)) <= 0);
    QStringList codePoints = names;
    std::sort(codePoints.begin(), codePoints.end());
    CHECK(names != codePoints); // 王 (wáng) before 于 (yú), though U+738B > U+4E8E
    CHECK(pinyin.compare(QStringLiteral("王"), QStringLiteral("于")) < 0);
    CHECK(pinyin.compare(QStringLiteral("丁"), QStringLiteral("王")) < 0);

    // By place: the community and grid codes of each worker's grids, read apart from the sheet.
    QHash<QString, QString> place;
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT g.worker_id, c.code || '/' || g.code FROM grids g JOIN communities c ON "
                                  "c.id = g.community_id WHERE g.deleted = 0 AND g.worker_id IS NOT NULL")));
    while (q.next())
        if (!place.contains(q.value(0).toString()) || q.value(1).toString() < place.value(q.value(0).toString()))
            place.insert(q.value(0).toString(), q.value(1).toString());
    REQUIRE(q.exec(QStringLiteral("SELECT wg.worker_id, c.code || '/' || g.code FROM worker_grids wg JOIN grids g ON "
                                  "g.id = wg.grid_id JOIN communities c ON c.id = g.community_id WHERE wg.deleted = 0 "
                                  "AND g.deleted = 0")));
    while (q.next())
        if (!place.contains(q.value(0).toString()) || q.value(1).toString() < place.value(q.value(0).toString()))
            place.insert(q.value(0).toString(), q.value(1).toString());
    auto byPlace = rating::reviewSheet(*t, month); // the default
    REQUIRE(byPlace.ok());
    REQUIRE(byPlace->rows.size() == byName->rows.size());
    bool unplaced = false;
    for (int i = 0; i < byPlace->rows.size(); ++i) {
        const QString here = place.value(byPlace->rows.at(i).workerId);
        if (here.isEmpty()) {
            unplaced = true; // the rest have no grid either
            continue;
        }
        CHECK_FALSE(unplaced);
        if (i > 0 && !place.value(byPlace->rows.at(i - 1).workerId).isEmpty())
            CHECK(place.value(byPlace->rows.at(i - 1).workerId) <= here);
    }
    CHECK(rating::sheetOrderFromKey(QStringLiteral("name")) == rating::SheetOrder::Name);
    CHECK(rating::sheetOrderFromKey(QStringLiteral("place")) == rating::SheetOrder::Place);
    CHECK_FALSE(rating::sheetOrderFromKey(QStringLiteral("code")).has_value());
}

TEST_CASE("a month is approved once it is over, by someone other than who submitted it unless the office says so",
          "[rating]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 10, 31, 23, 0)); // the last hour of October
    const QString m = QStringLiteral("2026-10");
    w.t->setActor(as(Role::Admin, "admin"));
    REQUIRE(rating::submitMonth(*w.t, m).ok());
    noticeOver(*w.t, m);
    w.t->setActor(as(Role::Supervisor, "zhuren"));
    const Error early = rating::approveMonth(*w.t, m).error();
    CHECK(early.field == QStringLiteral("month"));
    CHECK(early.message.contains(QStringLiteral("2026-11-01")));
    w.t.clock->setMs(beijing(2026, 11, 1, 0, 0));
    CHECK(rating::approvalRefused(*w.t, m, *rating::monthStatus(*w.t, m)).kind == ErrorKind::None);

    // The office may let one supervisor submit and approve (a community with one).
    const QString n = QStringLiteral("2026-09");
    REQUIRE(rating::submitMonth(*w.t, n).ok());
    noticeOver(*w.t, n);
    CHECK(rating::approveMonth(*w.t, n).error().kind == ErrorKind::Permission);
    w.t->setActor(as(Role::Admin, "admin"));
    rating::ReviewRules rules = rating::ReviewRules::load(*w.t);
    CHECK(rules.approverNotSubmitter);
    rules.approverNotSubmitter = false;
    REQUIRE(rules.save(*w.t).ok());
    CHECK_FALSE(rating::ReviewRules::load(*w.t).approverNotSubmitter);
    w.t->setActor(as(Role::Supervisor, "zhuren"));
    REQUIRE(rating::approveMonth(*w.t, n).ok());
}

TEST_CASE("the sheet names the typed-in items nobody has a value for", "[rating]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 11, 20, 10, 0));
    w.t->setActor(as(Role::Supervisor, "zhuren"));
    const QString m = QStringLiteral("2026-10");
    auto before = rating::computeMonth(*w.t, m);
    REQUIRE(before.ok());
    QStringList typed;
    for (const rating::RatingItem &item : before->items)
        if (item.kind == QLatin1String("entered"))
            typed << item.name;
    REQUIRE(typed.size() == 3); // visits, information, judgement
    CHECK(before->emptyTyped == typed);
    REQUIRE(rating::enterValue(*w.t, m, w.worker, QStringLiteral("visits"), 0).ok()); // a zero typed is a value
    auto after = rating::computeMonth(*w.t, m);
    REQUIRE(after.ok());
    CHECK(after->emptyTyped.size() == 2);
    CHECK_FALSE(after->emptyTyped.contains(typed.first()));
}
