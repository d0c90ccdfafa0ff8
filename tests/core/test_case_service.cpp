// Registering cases and driving them through the workflow with the real services: the timeline
// is kept, the derived columns follow it, and refused actions write nothing.
#include "cases/CaseService.h"
#include "cases/DeadlineRules.h"
#include "org/BuildingService.h"
#include "org/UnitService.h"
#include "schema/Tables.h"
#include "storage/RowStore.h"
#include "storage/Transaction.h"
#include "storage/Uuid.h"
#include "test_case_world.h"
#include "test_org_fixture.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace wf = gd::workflow;

using namespace gd;
using namespace gdtest;

TEST_CASE("a case is registered with its grid, handler, lead, number and deadline", "[cases]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    const Case c = service.caseById(id).value();
    CHECK(c.gridId == w.grid);
    CHECK(c.handlerWorkerId == w.worker);
    CHECK(c.state == QStringLiteral("registered"));
    CHECK(c.reporterPhone == QStringLiteral("13953200002"));
    CHECK(c.receivedMs == w.t.clock->nowMs());
    CHECK(c.number.endsWith(QStringLiteral("-20260302-0001"))); // the office's code, the day, the first of it
    CHECK(c.dueMs > c.receivedMs);
    CHECK_FALSE(c.leadName.isEmpty());
    CHECK(service.caseByNumber(c.number)->id == id);
    const QList<CaseEvent> events = service.timeline(id).value();
    REQUIRE(events.size() == 1);
    CHECK(events.first().action == workflow::Action::Register);
}

TEST_CASE("intake is refused field by field and nothing is written", "[cases]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const int before = count(*w.t, QStringLiteral("SELECT count(*) FROM cases"));
    auto refused = [&](Case c, const char *field) {
        auto r = service.registerCase(c);
        INFO(field);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QLatin1String(field));
        CHECK_FALSE(r.message().isEmpty());
    };
    Case c = w.draft();
    c.channel = QStringLiteral("pigeon");
    refused(c, "channel");
    c = w.draft();
    c.categoryId.clear();
    refused(c, "category_id");
    c = w.draft();
    c.reporterName.clear();
    refused(c, "reporter_name");
    c = w.draft();
    c.reporterPhone = QStringLiteral("12345678901234");
    refused(c, "reporter_phone");
    c = w.draft();
    c.description = QStringLiteral("   ");
    refused(c, "description");
    c = w.draft();
    c.description = QString(CaseService::kMaxDescription + 1, QChar(0x5B57));
    refused(c, "description");
    c = w.draft();
    c.receivedMs = w.t.clock->nowMs() + 24 * 3600 * 1000;
    refused(c, "received_ms");
    CHECK(count(*w.t, QStringLiteral("SELECT count(*) FROM cases")) == before);
    CHECK(count(*w.t, QStringLiteral("SELECT count(*) FROM case_events")) == 0);

    SECTION("an anonymous report or a patrol finding needs no name")
    {
        c = w.draft();
        c.reporterName.clear();
        c.anonymous = true;
        CHECK(service.registerCase(c).ok());
        c.anonymous = false;
        c.channel = QStringLiteral("patrol");
        const QString id = must(service.registerCase(c));
        CHECK(service.caseById(id)->proactive);
    }
}

TEST_CASE("a case goes from dispatch to archive and every step is an event", "[cases]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    auto step = [&](const wf::Step &s) {
        w.t.clock->advance(3600 * 1000);
        auto r = service.act(id, s);
        INFO(wf::key(s.action) << ": " << r.message().toStdString());
        REQUIRE(r.ok());
        return r.value();
    };
    step({wf::Action::Accept});
    CHECK(step({wf::Action::Dispatch, {}, wf::Handler{{}, w.unit}}).handlerUnitId == w.unit);
    const Case signedFor = step({wf::Action::Sign});
    CHECK(signedFor.handlerDueMs > w.t.clock->nowMs());
    CHECK(step({wf::Action::Meeting, QStringLiteral("联席会：热力站、燃气公司、物业")}).state ==
          QStringLiteral("in_progress"));
    CHECK(step({wf::Action::Complete, QStringLiteral("铁门已拆除")}).state == QStringLiteral("completed"));
    const Case called = step({wf::Action::Callback, {}, wf::CallbackOutcome{QStringLiteral("satisfied"), true}});
    CHECK(called.satisfaction == QStringLiteral("satisfied"));
    CHECK(called.solved == 1);
    CHECK(step({wf::Action::Archive}).state == QStringLiteral("archived"));
    CHECK(service.timeline(id)->size() == 8);
    // The stored row is the fold of the timeline.
    const Case stored = service.caseById(id).value();
    CHECK(stored.state == QStringLiteral("archived"));
    CHECK(stored.closedMs == called.closedMs);
    REQUIRE(service.recompute(id));
    CHECK(service.caseById(id)->state == QStringLiteral("archived"));
}

TEST_CASE("a refused action writes no event", "[cases]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    CHECK_FALSE(service.act(id, {wf::Action::Complete, QStringLiteral("done")}).ok());
    CHECK(service.act(id, {wf::Action::Dispatch, {}, wf::Handler{uuid::v7(1), {}}}).error().field ==
          QStringLiteral("handler"));
    CHECK(service.act(id, {wf::Action::Dispatch}).error().field == QStringLiteral("handler"));
    // Details of another action's kind.
    CHECK(service.act(id, {wf::Action::Dispatch, {}, wf::Supervision{QStringLiteral("red")}}).error().kind ==
          ErrorKind::Invalid);
    w.t->setActor(actorAs(Role::Staff));
    CHECK(service.act(id, {wf::Action::Supervise, {}, wf::Supervision{QStringLiteral("red")}}).error().kind ==
          ErrorKind::Permission);
    CHECK(service.timeline(id)->size() == 1);
}

TEST_CASE("an approved extension moves the deadline by working days", "[cases]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    REQUIRE(service.act(id, {wf::Action::Dispatch, {}, wf::Handler{w.worker, {}}}).ok());
    REQUIRE(service.act(id, {wf::Action::Sign}).ok());
    const qint64 due = service.caseById(id)->dueMs;
    REQUIRE(service.act(id, {wf::Action::RequestExtension, QStringLiteral("等待配件"), wf::ExtensionRequest{3}}).ok());
    w.t->setActor(actorAs(Role::Supervisor));
    const Case after = service.act(id, {wf::Action::DecideExtension, {}, wf::ExtensionDecision{true}}).value();
    CHECK(after.dueMs > due);
    CHECK(after.dueMs - due >= 3LL * 24 * 3600 * 1000);
}

TEST_CASE("an extension longer than the office's rules is refused when asked", "[cases]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    REQUIRE(service.act(id, {wf::Action::Dispatch, {}, wf::Handler{w.worker, {}}}).ok());
    REQUIRE(service.act(id, {wf::Action::Sign}).ok());
    // The default rules: at most 10 working days.
    CHECK(service.act(id, {wf::Action::RequestExtension, QStringLiteral("等待配件"), wf::ExtensionRequest{11}})
              .error()
              .field == QStringLiteral("days"));
    DeadlineRules rules = DeadlineRules::load(*w.t);
    rules.extensionMaxDays = 5;
    REQUIRE(rules.save(*w.t).ok());
    const auto refused =
        service.act(id, {wf::Action::RequestExtension, QStringLiteral("等待配件"), wf::ExtensionRequest{6}});
    CHECK(refused.error().field == QStringLiteral("days"));
    CHECK(refused.message().contains(QStringLiteral("5")));
    CHECK(service.act(id, {wf::Action::RequestExtension, QStringLiteral("等待配件"), wf::ExtensionRequest{5}}).ok());
    rules.extensionMaxCount = 0;
    REQUIRE(rules.save(*w.t).ok());
    const QString other = must(service.registerCase(w.draft()));
    REQUIRE(service.act(other, {wf::Action::Dispatch, {}, wf::Handler{w.worker, {}}}).ok());
    REQUIRE(service.act(other, {wf::Action::Sign}).ok());
    CHECK_FALSE(
        service.act(other, {wf::Action::RequestExtension, QStringLiteral("等待配件"), wf::ExtensionRequest{1}}).ok());
}

TEST_CASE("a case has as many extensions as the office's rules grant", "[cases]")
{
    CaseWorld w;
    CaseService service(*w.t);
    auto extend = [&](const QString &id, int days) {
        w.t->setActor(Actor::system());
        auto asked =
            service.act(id, {wf::Action::RequestExtension, QStringLiteral("等待配件"), wf::ExtensionRequest{days}});
        if (!asked)
            return asked;
        return service.act(id, {wf::Action::DecideExtension, {}, wf::ExtensionDecision{true}});
    };
    const QString one = must(service.registerCase(w.draft()));
    REQUIRE(service.act(one, {wf::Action::Dispatch, {}, wf::Handler{w.worker, {}}}).ok());
    REQUIRE(service.act(one, {wf::Action::Sign}).ok());
    REQUIRE(extend(one, 2).ok());
    const auto second = extend(one, 2); // the default rules: one per case
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().field == QStringLiteral("days"));

    DeadlineRules rules = DeadlineRules::load(*w.t);
    rules.extensionMaxCount = 2;
    REQUIRE(rules.save(*w.t).ok());
    const qint64 before = service.caseById(one)->dueMs;
    const auto again = extend(one, 3);
    REQUIRE(again.ok());
    CHECK(again->dueMs > before);
    CHECK_FALSE(extend(one, 1).ok()); // the third
}

TEST_CASE("a wrong dispatch is returned within the office's window, not after", "[cases]")
{
    CaseWorld w; // Monday 2026-03-02 10:00
    CaseService service(*w.t);
    const QString late = must(service.registerCase(w.draft()));
    const QString inTime = must(service.registerCase(w.draft()));
    for (const QString &id : {late, inTime})
        REQUIRE(service.act(id, {wf::Action::Dispatch, {}, wf::Handler{w.worker, {}}}).ok());
    // Wednesday afternoon: inside two working days (they end on Wednesday at midnight).
    w.t.clock->setMs(w.t.clock->nowMs() + (2 * 24 + 6) * 3600 * 1000LL);
    CHECK(service
              .act(inTime,
                   {wf::Action::Return, QStringLiteral("不属于本网格"), wf::ReturnReason{QStringLiteral("wrong_area")}})
              .ok());
    // Thursday: too late, and the message says until when it could have been.
    w.t.clock->setMs(w.t.clock->nowMs() + 24 * 3600 * 1000LL);
    const auto refused = service.act(
        late, {wf::Action::Return, QStringLiteral("不属于本网格"), wf::ReturnReason{QStringLiteral("wrong_area")}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("reason"));
    CHECK(refused.message().contains(QStringLiteral("2026-03-04")));
    CHECK(service.caseById(late)->state == QStringLiteral("dispatched"));
}

TEST_CASE("a repeat joins the case's timeline and can be split back out", "[cases]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    Case neighbour = w.draft();
    neighbour.channel = QStringLiteral("hotline_12345");
    neighbour.reporterName = QStringLiteral("王女士");
    neighbour.reporterPhone = QStringLiteral("13953200003");
    neighbour.description = QStringLiteral("院子里的狗总是不拴绳");
    const QString report = must(service.attachReport(id, neighbour));
    CHECK(service.caseById(id)->reportCount == 2);
    CHECK(count(*w.t, QStringLiteral("SELECT count(*) FROM cases")) == 1); // one matter, counted once

    const QString split = must(service.splitReport(id, report));
    CHECK(service.caseById(id)->reportCount == 1);
    const Case own = service.caseById(split).value();
    CHECK(own.reporterName == QStringLiteral("王女士"));
    CHECK(own.channel == QStringLiteral("hotline_12345"));
    CHECK(own.gridId == w.grid);
    CHECK(service.splitReport(id, report).error().kind == ErrorKind::Invalid); // not twice
    CHECK(count(*w.t, QStringLiteral("SELECT count(*) FROM cases")) == 2);
}

TEST_CASE("a case whose deadline falls past the calendar is registered without one, and says why", "[cases]")
{
    CaseWorld w;
    // A file whose calendar lost its years (no official year, so no provisional one either): the
    // desk still registers the request, and the event says which year is missing.
    {
        Transaction tx(*w.t);
        QSqlQuery q(w.t->sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE calendar_days SET deleted = 1")));
        REQUIRE(tx.commit().ok());
    }
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    const Case c = service.caseById(id).value();
    CHECK(c.dueMs == 0);
    const auto *registration = std::get_if<workflow::Registration>(&service.timeline(id)->first().payload);
    REQUIRE(registration != nullptr);
    const QString note = registration->deadlineNote;
    CHECK(note.contains(QStringLiteral("2026")));
}

TEST_CASE("a case is never registered without a deadline because a rule or the calendar could not be read", "[cases]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const qint64 before = count(*w.t, QStringLiteral("SELECT count(*) FROM cases"));
    SECTION("damaged deadline rules: refused, naming them, nothing written")
    {
        Transaction tx(*w.t);
        REQUIRE(w.t->setMeta(QStringLiteral("deadline_rules"), QStringLiteral("{not json")).ok());
        REQUIRE(tx.commit().ok());
        const Result<QString> id = service.registerCase(w.draft());
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().field == QStringLiteral("deadline_rules"));
        CHECK(id.message().contains(QStringLiteral("Case rules")));
    }
    SECTION("a calendar that cannot be read: refused, not registered as if no year were covered")
    {
        QSqlQuery q(w.t->sql());
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE calendar_days RENAME TO calendar_days_gone")));
        const Result<QString> id = service.registerCase(w.draft());
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().kind == ErrorKind::Internal);
        CHECK(id.message().contains(QStringLiteral("calendar")));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE calendar_days_gone RENAME TO calendar_days")));
    }
    CHECK(count(*w.t, QStringLiteral("SELECT count(*) FROM cases")) == before);
}

TEST_CASE("what every case row needs is refused at entry as a merge refuses it", "[cases][entry]")
{
    CaseWorld w;
    CaseService service(*w.t);
    Case old = w.draft();
    old.receivedMs = QDateTime(QDate(1999, 12, 31), QTime(9, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
    const auto refused = service.registerCase(old);
    CHECK(refused.error().field == QLatin1String("received_ms"));
    CHECK(refused.message().contains(QStringLiteral("1999")));
    // The last net under every service: RowStore itself.
    Transaction tx(*w.t);
    const auto noName =
        RowStore(*w.t).insert(tables::streets(), {{QStringLiteral("code"), QStringLiteral("370202099")}});
    CHECK(noName.error().field == QLatin1String("name"));
    const auto blank = RowStore(*w.t).insert(tables::streets(), {{QStringLiteral("code"), QStringLiteral("370202099")},
                                                                 {QStringLiteral("name"), QStringLiteral("  ")}});
    CHECK(blank.error().field == QLatin1String("name"));
}
