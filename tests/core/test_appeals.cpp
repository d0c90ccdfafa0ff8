// The public notice between submission and approval and the workers' appeals (rating/Appeals.h):
// the notice counted in working days, appeals recorded only during it by whoever scores, answered
// once by a supervisor, and the approval waiting for both; an office without a notice approves at once.
#include "TestDb.h"
#include "rating/Appeals.h"
#include "test_rating_fixture.h"

using namespace gd;
using namespace gdtest;

TEST_CASE("a month on public notice takes appeals, and is approved once the notice is over and each is answered",
          "[rating][appeals]")
{
    CaseWorld w;
    const QString m = QStringLiteral("2026-10");
    w.t.clock->setMs(beijing(2026, 11, 20, 10, 0)); // a Friday
    w.t->setActor(as(Role::Admin, "pingfen"));
    // A draft is not on notice: nothing to appeal yet.
    CHECK(rating::fileAppeal(*w.t, m, w.worker, QStringLiteral("回访记录有误")).error().field ==
          QStringLiteral("month"));
    REQUIRE(rating::submitMonth(*w.t, m).ok());
    auto st = rating::monthStatus(*w.t, m);
    REQUIRE(st.ok());
    CHECK(st->submittedMs == beijing(2026, 11, 20, 10, 0));
    // Five working days after the Friday: Monday 23 to Friday 27 November.
    auto ends = rating::noticeEnds(*w.t, *st);
    REQUIRE(ends.ok());
    CHECK(QDateTime::fromMSecsSinceEpoch(*ends, QTimeZone(8 * 3600)).date() == QDate(2026, 11, 27));
    w.t->setActor(as(Role::Supervisor, "zhuren"));
    const Error onNotice = rating::approveMonth(*w.t, m).error();
    CHECK(onNotice.field == QStringLiteral("month"));
    CHECK(onNotice.message.contains(QStringLiteral("public notice until 2026-11-27")));

    // Recorded by whoever scores, with the worker's words; staff may not, nor an empty text or a
    // worker the month does not review.
    w.t->setActor(as(Role::Staff, "wangfang"));
    CHECK(rating::fileAppeal(*w.t, m, w.worker, QStringLiteral("回访记录有误")).error().kind == ErrorKind::Permission);
    w.t->setActor(as(Role::Admin, "pingfen"));
    CHECK(rating::fileAppeal(*w.t, m, w.worker, QStringLiteral("  ")).error().field == QStringLiteral("text"));
    CHECK(rating::fileAppeal(*w.t, m, QStringLiteral("no-such-worker"), QStringLiteral("x")).error().field ==
          QStringLiteral("worker"));
    auto first = rating::fileAppeal(*w.t, m, w.worker, QStringLiteral("10月12日的诉求已按时办结，系统记为超期"));
    REQUIRE(first.ok());
    w.t.clock->setMs(beijing(2026, 11, 25, 9, 0));
    auto second = rating::fileAppeal(*w.t, m, w.worker, QStringLiteral("走访入户记录漏录3户"));
    REQUIRE(second.ok());
    auto list = rating::appeals(*w.t, m);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->first().workerName == QStringLiteral("陈姝夷"));
    CHECK(list->first().filedBy == QStringLiteral("pingfen"));
    CHECK(rating::unansweredAppeals(*list) == 2);

    // Answered by a supervisor, once, with an answer.
    CHECK(rating::answerAppeal(*w.t, *first, QStringLiteral("已核实")).error().kind == ErrorKind::Permission);
    w.t->setActor(as(Role::Supervisor, "zhuren"));
    CHECK(rating::answerAppeal(*w.t, *first, QString()).error().field == QStringLiteral("answer"));
    CHECK(rating::answerAppeal(*w.t, QStringLiteral("no-such-appeal"), QStringLiteral("x")).error().field ==
          QStringLiteral("appeal"));
    REQUIRE(rating::answerAppeal(*w.t, *first, QStringLiteral("已核实：该件按时办结，已更正。")).ok());
    CHECK(rating::answerAppeal(*w.t, *first, QStringLiteral("再答")).error().field == QStringLiteral("appeal"));

    // The notice over: no more appeals; the one unanswered holds the approval until answered.
    w.t.clock->setMs(beijing(2026, 11, 28, 9, 0));
    w.t->setActor(as(Role::Admin, "pingfen"));
    const Error late = rating::fileAppeal(*w.t, m, w.worker, QStringLiteral("补充申诉")).error();
    CHECK(late.field == QStringLiteral("month"));
    CHECK(late.message.contains(QStringLiteral("ended")));
    w.t->setActor(as(Role::Supervisor, "zhuren"));
    const Error waiting = rating::approveMonth(*w.t, m).error();
    CHECK(waiting.message.contains(QStringLiteral("1 appeal(s)")));
    REQUIRE(rating::answerAppeal(*w.t, *second, QStringLiteral("已补录，考评分相应调整。")).ok());
    auto approved = rating::approveMonth(*w.t, m);
    INFO(approved.message().toStdString());
    REQUIRE(approved.ok());
    // The appeals stay with the month as its record.
    list = rating::appeals(*w.t, m);
    REQUIRE(list->size() == 2);
    CHECK(list->at(1).answeredBy == QStringLiteral("zhuren"));
    CHECK(list->at(1).answer == QStringLiteral("已补录，考评分相应调整。"));
}

TEST_CASE("an office without a public notice approves as soon as the month is submitted and over", "[rating][appeals]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 11, 2, 10, 0));
    rating::ReviewRules rules = rating::ReviewRules::load(*w.t);
    CHECK(rules.noticeDays == 5);
    rules.noticeDays = 16;
    CHECK(rules.save(*w.t).error().field == QStringLiteral("notice_days"));
    rules.noticeDays = 0;
    REQUIRE(rules.save(*w.t).ok());
    w.t->setActor(as(Role::Admin, "pingfen"));
    REQUIRE(rating::submitMonth(*w.t, QStringLiteral("2026-10")).ok());
    // Appeals may still be recorded while it waits.
    REQUIRE(rating::fileAppeal(*w.t, QStringLiteral("2026-10"), w.worker, QStringLiteral("请复核")).ok());
    w.t->setActor(as(Role::Supervisor, "zhuren"));
    CHECK(rating::approveMonth(*w.t, QStringLiteral("2026-10")).error().message.contains(QStringLiteral("appeal")));
    auto list = rating::appeals(*w.t, QStringLiteral("2026-10"));
    REQUIRE(rating::answerAppeal(*w.t, list->first().id, QStringLiteral("已复核，维持原结果。")).ok());
    REQUIRE(rating::approveMonth(*w.t, QStringLiteral("2026-10")).ok());
}
