// The workflow's typed actions and their stored form: every action's key and details survive a
// write and a read, the keys every earlier version wrote are the ones read, and an action this
// version does not know is kept and shown but changes nothing.
#include "TestDb.h"
#include "cases/CaseService.h"
#include "cases/EventPayload.h"
#include "cases/Workflow.h"
#include "test_case_world.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace gd;
using namespace gd::workflow;
using namespace gdtest;

namespace {

QByteArray json(const Payload &p)
{
    return QJsonDocument(encode(p)).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("every action has one stored key, read back as the same action", "[workflow]")
{
    QSet<QString> keys;
    for (const Action a : actions()) {
        const QString key = keyText(a);
        INFO(key.toStdString());
        CHECK_FALSE(keys.contains(key));
        keys.insert(key);
        REQUIRE(actionFromKey(key).has_value());
        CHECK(*actionFromKey(key) == a);
        CHECK(actionName(a) != key); // a name for people, not the key
    }
    CHECK(keys.size() == int(Action::Unknown));
    CHECK_FALSE(actionFromKey(QStringLiteral("unknown")).has_value());
    CHECK_FALSE(actionFromKey(QString()).has_value());
    CHECK_FALSE(manualActions().contains(Action::Register));
    CHECK_FALSE(manualActions().contains(Action::Split));
}

TEST_CASE("each kind of detail survives encoding and decoding", "[workflow]")
{
    const QList<std::pair<Action, Payload>> cases{
        {Action::Register, Registration{{QStringLiteral("w1"), QStringLiteral("u1")}, 1767225600123LL, {}}},
        {Action::Register, Registration{{}, 0, QStringLiteral("The calendar does not cover 2027.")}},
        {Action::Dispatch, Handler{QStringLiteral("w1"), {}}},
        {Action::RouteUp, Handler{{}, QStringLiteral("u2")}},
        {Action::Sign, SignFor{1767312000000LL}},
        {Action::Return, ReturnReason{QStringLiteral("wrong_area")}},
        {Action::RequestExtension, ExtensionRequest{7}},
        {Action::DecideExtension, ExtensionDecision{true, 1767398400000LL, 1767398300000LL}},
        {Action::DecideExtension, ExtensionDecision{false, 0, 0}},
        {Action::Supervise, Supervision{QStringLiteral("yellow")}},
        {Action::Callback, CallbackOutcome{QStringLiteral("basic"), false}},
        {Action::Report,
         AttachedReport{QStringLiteral("李先生"), QStringLiteral("13953200002"), false, QStringLiteral("hotline_12345"),
                        QStringLiteral("complaint"), QStringLiteral("楼道灯坏了"), QStringLiteral("尽快修"),
                        QStringLiteral("三明南路2号"), 1767225600000LL, QStringLiteral("2026010100001")}},
        {Action::Split, SplitOut{QStringLiteral("e1"), QStringLiteral("c2")}},
    };
    for (const auto &[action, payload] : cases) {
        INFO(key(action) << " " << json(payload).toStdString());
        CHECK(payload.index() == emptyPayload(action).index());
        const Payload back = decode(action, json(payload));
        CHECK(json(back) == json(payload));
    }
    // Actions without details read none, whatever the stored JSON holds.
    CHECK(std::holds_alternative<std::monostate>(decode(Action::Accept, QByteArray("{\"x\":1}"))));
    CHECK(std::holds_alternative<std::monostate>(decode(Action::Unknown, QByteArray("{}"))));
}

TEST_CASE("the stored form is the one earlier versions wrote", "[workflow]")
{
    // Written by hand as files and packages of earlier versions hold them.
    const auto reg =
        std::get<Registration>(decode(Action::Register, QByteArray(R"({"due_ms":1767225600000,"worker_id":"w1"})")));
    CHECK(reg.dueMs == 1767225600000LL);
    CHECK(reg.handler.workerId == QStringLiteral("w1"));
    CHECK(reg.deadlineNote.isEmpty());
    const auto callback = std::get<CallbackOutcome>(
        decode(Action::Callback, QByteArray(R"({"satisfaction":"satisfied","solved":true})")));
    CHECK(callback.satisfaction == QStringLiteral("satisfied"));
    CHECK(callback.solved == std::optional<bool>(true));
    // A callback that never said whether it was solved reads as "not said", not as "no".
    CHECK_FALSE(std::get<CallbackOutcome>(decode(Action::Callback, QByteArray(R"({"satisfaction":"basic"})"))).solved);
    const auto decision = std::get<ExtensionDecision>(
        decode(Action::DecideExtension, QByteArray(R"({"approved":true,"due_ms":9000,"handler_due_ms":8000})")));
    CHECK(decision.approved);
    CHECK(decision.dueMs == 9000);
    CHECK(decision.handlerDueMs == 8000);
    // Damaged JSON reads as empty details, which the guard then refuses.
    CHECK(std::get<Handler>(decode(Action::Dispatch, QByteArray("{not json"))).workerId.isEmpty());
}

TEST_CASE("a step without details gets its action's empty details, which the guard asks to fill in", "[workflow]")
{
    const Step sign{Action::Sign};
    CHECK(std::holds_alternative<SignFor>(sign.payload));
    const Step dispatch{Action::Dispatch, QStringLiteral("派给热力站")};
    CHECK(std::holds_alternative<Handler>(dispatch.payload));
    // The service's refusals of such steps: test_case_service.cpp, "a refused action writes no event".
}

TEST_CASE("an event of an action a newer version added is kept, shown and folded as nothing", "[workflow]")
{
    CaseWorld w;
    CaseService service(*w.t);
    const QString id = must(service.registerCase(w.draft()));
    REQUIRE(service.act(id, {Action::Accept}).ok());
    // As a merge of a newer office's package would store it.
    QSqlQuery q(w.t->sql());
    q.prepare(
        QStringLiteral("INSERT INTO case_events(id, case_id, hlc, site, at_ms, operator_login, operator_name, action, "
                       "note, data) VALUES('ffffffff-0000-7000-8000-000000000001', ?, ?, ?, ?, 'clerk', '新办公室', "
                       "'ask_ai_assistant', "
                       "'当场解答', '{\"answer\":\"已答复\"}')"));
    q.addBindValue(id);
    q.addBindValue(w.t->nextStamp());
    q.addBindValue(w.t->siteId());
    q.addBindValue(w.t.clock->nowMs() + 1000);
    const bool stored = q.exec();
    INFO(q.lastError().text().toStdString());
    REQUIRE(stored);
    auto events = service.timeline(id);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 3);
    CHECK(events->last().action == Action::Unknown);
    CHECK(events->last().note == QStringLiteral("当场解答"));
    CHECK(actionName(Action::Unknown).contains(QStringLiteral("does not know")));
    REQUIRE(service.recompute(id));
    CHECK(service.caseById(id)->state == QStringLiteral("accepted"));
    // Nobody can take it from this version.
    CHECK(service.act(id, {Action::Unknown}).error().message.contains(QStringLiteral("not a workflow action")));
}
