// Training by order (training/): a bad order or session is refused by the field that is wrong with
// nothing written; the needs start with the seventeen of the starting list, a need has one id by
// its name and is stored on first use; an order is one per worker, need and year; the demand per
// need and per community equals a brute-force count over random orders and sessions; a session
// keeps its needs, expert, attendees and their evaluations (those of attendees still listed when
// it is recorded again), its materials within their limits; supervisors record sessions, the desk
// orders and evaluates; the year's summary counts January to its last day only; a worker's history
// prints; and the review's training item still counts attendance.
#include "ToolOutput.h"
#include "rating/MonthSheet.h"
#include "test_rating_fixture.h"
#include "training/TrainingHistory.h"
#include "training/TrainingNeeds.h"
#include "training/TrainingSessions.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <map>

using namespace gd;
using namespace gdtest;

namespace {

struct TrainingWorld : CaseWorld {
    QString community, community2, a1, a2, b1;
    TrainingWorld()
    {
        t.clock->setMs(beijing(2026, 11, 20, 10, 0));
        community = text(*t, QStringLiteral("SELECT community_id FROM grids WHERE id = '%1'").arg(grid));
        const QString street =
            text(*t, QStringLiteral("SELECT street_id FROM communities WHERE id = '%1'").arg(community));
        community2 = addCommunity(*t, street, QStringLiteral("370202002002"), QStringLiteral("太平角社区"));
        const auto add = [&](const char *name, const char *phone, const QString &in) {
            return addWorker(*t, QString::fromUtf8(name), QLatin1String(phone), QStringLiteral("full_time"), {}, in);
        };
        a1 = add("李娜", "13953200011", community);
        a2 = add("王芳", "13953200012", community);
        b1 = add("赵磊", "13953200013", community2);
    }
    TrainingSession session(const QDate &day = QDate(2026, 11, 3)) const
    {
        TrainingSession s;
        s.date = day;
        s.topic = QStringLiteral("物业纠纷调处实务");
        s.expert = QStringLiteral("孙律师");
        s.trainerUnit = QStringLiteral("区司法局");
        s.workerIds = {a1, a2};
        return s;
    }
    TrainingOrder order(const QString &worker, const QString &need, const QDate &day = QDate(2026, 3, 5)) const
    {
        TrainingOrder o;
        o.workerId = worker;
        o.needId = need;
        o.orderedOn = day;
        o.note = QStringLiteral("想学调解技巧");
        return o;
    }
    qint64 rows(const QString &from) { return scalar(*t, QStringLiteral("SELECT count(*) FROM ") + from); }
};

QString defaultNeed(Database &db, const QString &name)
{
    for (const TrainingNeed &n : training::needs(db).value())
        if (n.name == name)
            return n.id;
    FAIL("no such need");
    return {};
}

const NeedDemand *demandOf(const QList<NeedDemand> &list, const QString &needId)
{
    for (const NeedDemand &d : list)
        if (d.needId == needId)
            return &d;
    return nullptr;
}

} // namespace

TEST_CASE("a bad training order or session is refused by the field that is wrong and nothing is written", "[training]")
{
    TrainingWorld w;
    const QString need = defaultNeed(*w.t, QStringLiteral("物业纠纷"));
    // Each refused with its field, from a good order or session changed in one way.
    const auto order = [&](const std::function<void(TrainingOrder &)> &change) {
        TrainingOrder o = w.order(w.a1, need);
        change(o);
        auto r = training::placeOrder(*w.t, o);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Invalid);
        return r.error().field;
    };
    CHECK(order([](TrainingOrder &o) { o.workerId.clear(); }) == QStringLiteral("worker_id"));
    CHECK(order([](TrainingOrder &o) { o.workerId = QStringLiteral("nobody"); }) == QStringLiteral("worker_id"));
    CHECK(order([](TrainingOrder &o) { o.needId.clear(), o.needName = QStringLiteral("  "); }) ==
          QStringLiteral("need"));
    CHECK(order([](TrainingOrder &o) { o.needId.clear(), o.needName = QString(training::kMaxNeedChars + 1, 'x'); }) ==
          QStringLiteral("need"));
    CHECK(order([](TrainingOrder &o) { o.needId = QStringLiteral("no-such-need"); }) == QStringLiteral("need"));
    for (const QDate &day : {QDate(), QDate(1999, 12, 31), QDate(2026, 11, 21)})
        CHECK(order([&](TrainingOrder &o) { o.orderedOn = day; }) == QStringLiteral("ordered_on"));
    // A need by its name is stored with the order, so it goes when the order is refused.
    CHECK(order([](TrainingOrder &o) {
              o.needId.clear(), o.needName = QStringLiteral("新的需要"), o.note = QString(201, QLatin1Char('x'));
          }) == QStringLiteral("note"));

    const auto session = [&](const std::function<void(TrainingSession &)> &change) {
        TrainingSession s = w.session();
        change(s);
        auto r = training::recordSession(*w.t, s);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Invalid);
        return r.error().field;
    };
    for (const QDate &day : {QDate(), QDate(1999, 6, 1), QDate(2026, 11, 21)})
        CHECK(session([&](TrainingSession &s) { s.date = day; }) == QStringLiteral("date"));
    CHECK(session([](TrainingSession &s) { s.topic = QStringLiteral(" "); }) == QStringLiteral("topic"));
    CHECK(session([](TrainingSession &s) { s.topic = QString(101, QLatin1Char('t')); }) == QStringLiteral("topic"));
    CHECK(session([](TrainingSession &s) { s.expert = QString(101, QLatin1Char('e')); }) == QStringLiteral("expert"));
    CHECK(session([](TrainingSession &s) { s.trainerUnit = QString(101, QLatin1Char('u')); }) ==
          QStringLiteral("trainer_unit"));
    CHECK(session([](TrainingSession &s) { s.workerIds.clear(); }) == QStringLiteral("workers"));
    CHECK(session([](TrainingSession &s) { s.workerIds = {QStringLiteral("nobody")}; }) == QStringLiteral("workers"));
    CHECK(session([](TrainingSession &s) {
              s.workerIds.clear();
              for (int i = 0; i <= training::kMaxAttendees; ++i)
                  s.workerIds << QStringLiteral("w%1").arg(i);
          }) == QStringLiteral("workers"));
    CHECK(session([&](TrainingSession &s) {
              s.needIds = {need, QStringLiteral("no-such-need")};
          }) == QStringLiteral("needs"));
    TrainingSession missing = w.session();
    missing.id = QStringLiteral("no-such-session");
    CHECK(training::recordSession(*w.t, missing).error().kind == ErrorKind::NotFound);

    for (const char *table : {"training_needs", "training_orders", "trainings", "training_attendees",
                              "training_session_needs", "training_materials"}) {
        INFO(table);
        CHECK(w.rows(table) == 0);
    }
}

TEST_CASE("the needs start with the default list and a need has one id by its name", "[training]")
{
    TrainingWorld w;
    CHECK(training::needs(*w.t)->size() == 17);
    CHECK(training::defaultNeeds().size() == 17);
    CHECK(w.rows("training_needs") == 0); // shown, not stored
    const QString dogs = defaultNeed(*w.t, QStringLiteral("居民养犬"));

    // A default need named is the listed one, stored now; named twice it stays one.
    CHECK(must(training::needNamed(*w.t, QStringLiteral(" 居民养犬 "))) == dogs);
    CHECK(must(training::needNamed(*w.t, QStringLiteral("居民养犬"))) == dogs);
    CHECK(w.rows("training_needs") == 1);
    CHECK(training::needs(*w.t)->size() == 17);

    // A new need: one id for its name, listed with the others.
    const QString lift = must(training::needNamed(*w.t, QStringLiteral("加装电梯政策")));
    CHECK(must(training::needNamed(*w.t, QStringLiteral("加装电梯政策 "))) == lift);
    CHECK(training::needs(*w.t)->size() == 18);
    CHECK(training::needNamed(*w.t, QStringLiteral("")).error().field == QStringLiteral("need"));

    // A default need retired before it was ever used: stored, hidden from the active list.
    const QString fire = defaultNeed(*w.t, QStringLiteral("消防安全隐患排查"));
    REQUIRE(training::setNeedActive(*w.t, fire, false).ok());
    CHECK(w.rows("training_needs") == 3);
    const auto active = training::needs(*w.t).value();
    CHECK(active.size() == 17);
    CHECK(std::none_of(active.begin(), active.end(), [&](const TrainingNeed &n) { return n.id == fire; }));
    const auto every = training::needs(*w.t, false).value();
    CHECK(every.size() == 18);
    CHECK(std::any_of(every.begin(), every.end(), [&](const TrainingNeed &n) { return n.id == fire && !n.active; }));
    CHECK(std::is_sorted(every.begin(), every.end(),
                         [](const TrainingNeed &a, const TrainingNeed &b) { return a.name < b.name; }));
    // Named again: refused to the desk with the reason, brought back by a supervisor.
    const Actor supervisor = w.t->actor();
    Actor staff;
    staff.login = QStringLiteral("wangfang");
    staff.role = Role::Staff;
    staff.signedIn = true;
    w.t->setActor(staff);
    const Error retired = training::needNamed(*w.t, QStringLiteral("消防安全隐患排查")).error();
    CHECK(retired.field == QStringLiteral("need"));
    CHECK(retired.message.contains(QStringLiteral("消防安全隐患排查")));
    w.t->setActor(supervisor);
    CHECK(must(training::needNamed(*w.t, QStringLiteral("消防安全隐患排查"))) == fire);
    CHECK(training::needs(*w.t)->size() == 18);
    REQUIRE(training::setNeedActive(*w.t, fire, true).ok());
    CHECK(training::needs(*w.t)->size() == 18);
    CHECK(training::setNeedActive(*w.t, QStringLiteral("no-such-need"), false).error().kind == ErrorKind::NotFound);
}

TEST_CASE("an order is one per worker and need and year and ordering again changes its note", "[training]")
{
    TrainingWorld w;
    const QString need = defaultNeed(*w.t, QStringLiteral("矛盾纠纷调解"));
    const QString first = must(training::placeOrder(*w.t, w.order(w.a1, need)));
    CHECK(w.rows("training_needs") == 1); // the default need stored on its first order
    TrainingOrder again = w.order(w.a1, need, QDate(2026, 6, 1));
    again.note = QStringLiteral("尤其是邻里漏水纠纷");
    CHECK(must(training::placeOrder(*w.t, again)) == first);
    const auto orders = training::orders(*w.t, 2026).value();
    REQUIRE(orders.size() == 1);
    CHECK(orders.first().note == QStringLiteral("尤其是邻里漏水纠纷"));
    CHECK(orders.first().orderedOn == QDate(2026, 6, 1));
    CHECK(orders.first().workerName == QStringLiteral("李娜"));
    CHECK(orders.first().communityName == QStringLiteral("红岛路社区"));
    CHECK(orders.first().needName == QStringLiteral("矛盾纠纷调解"));

    // Another year is another order; a need by its name is added with the order.
    const QString lastYear = must(training::placeOrder(*w.t, w.order(w.a1, need, QDate(2025, 9, 1))));
    CHECK(lastYear != first);
    TrainingOrder named = w.order(w.b1, QString());
    named.needName = QStringLiteral("加装电梯政策");
    must(training::placeOrder(*w.t, named));
    CHECK(training::orders(*w.t, 2026)->size() == 2);
    CHECK(training::orders(*w.t, 2025)->size() == 1);
    CHECK(training::orders(*w.t, 2026, w.community2)->size() == 1);
    CHECK(training::orders(*w.t, 2026, w.community)->first().id == first);
    CHECK(w.rows("training_orders") == 3);

    REQUIRE(training::removeOrder(*w.t, first).ok());
    CHECK(training::orders(*w.t, 2026, w.community)->isEmpty());
    CHECK(training::removeOrder(*w.t, first).error().kind == ErrorKind::NotFound);
    // Ordered again after removal: the same row back.
    CHECK(must(training::placeOrder(*w.t, w.order(w.a1, need))) == first);
    CHECK(w.rows("training_orders") == 3);
}

TEST_CASE("the demand per need counts orders and sessions and names the needs no session answered", "[training]")
{
    TrainingWorld w;
    const QString dispute = defaultNeed(*w.t, QStringLiteral("矛盾纠纷调解"));
    const QString dogs = defaultNeed(*w.t, QStringLiteral("居民养犬"));
    const QString aid = defaultNeed(*w.t, QStringLiteral("社会救助政策"));
    for (const QString &worker : {w.a1, w.a2, w.b1})
        must(training::placeOrder(*w.t, w.order(worker, dispute)));
    must(training::placeOrder(*w.t, w.order(w.a1, dogs)));
    must(training::placeOrder(*w.t, w.order(w.b1, aid, QDate(2025, 4, 1)))); // last year's
    TrainingSession s = w.session(QDate(2026, 5, 8));
    s.needIds = {dispute, aid};
    s.workerIds = {w.a1, w.a2, w.b1};
    must(training::recordSession(*w.t, s));

    const auto demand = training::demand(*w.t, 2026).value();
    REQUIRE(demand.size() == 3);
    CHECK(demand.at(0).needId == dispute); // most ordered first
    CHECK(demand.at(0).orders == 3);
    CHECK(demand.at(0).sessions == 1);
    CHECK(demand.at(0).attendances == 3);
    CHECK(demand.at(0).covered());
    CHECK(demandOf(demand, dogs)->orders == 1);
    CHECK_FALSE(demandOf(demand, dogs)->covered());
    CHECK(demandOf(demand, aid)->orders == 0); // answered this year, ordered last year
    CHECK(demandOf(demand, aid)->sessions == 1);
    CHECK(training::demand(*w.t, 2025)->size() == 1);
    CHECK(training::demandBetween(*w.t, QDate(2026, 5, 9), QDate(2026, 12, 31))->isEmpty());

    CHECK(training::demandByCommunity(*w.t, 2026)->size() == 3); // the brute-force test below checks each
    const auto summary = training::yearSummary(*w.t, QDate(2026, 11, 20)).value();
    CHECK(summary.uncovered == QStringList{QStringLiteral("居民养犬")});
}

TEST_CASE("the demand equals a brute-force count over random orders and sessions", "[training]")
{
    TrainingWorld w;
    QRandomGenerator rng(39);
    QStringList needs;
    for (const char *name : {"城市管理", "物业纠纷", "居民养犬", "社会救助政策"})
        needs << defaultNeed(*w.t, QString::fromUtf8(name));
    needs << must(training::needNamed(*w.t, QStringLiteral("加装电梯政策")));
    const QStringList workers{w.a1, w.a2, w.b1, w.worker};
    QHash<QString, QString> communityOf;
    for (const QString &x : workers)
        communityOf[x] =
            text(*w.t, QStringLiteral("SELECT coalesce(community_id, '') FROM workers WHERE id = '%1'").arg(x));
    const auto randomDay = [&]() { return QDate(2025, 1, 1).addDays(rng.bounded(690)); }; // to 2026-11-21
    const QDate today(2026, 11, 20);
    std::map<std::tuple<QString, QString, int>, QDate> orders; // (worker, need, year) → day
    struct Made {
        QString id;
        QDate date;
        QStringList needs, workers;
    };
    QList<Made> sessions;
    for (int i = 0; i < 120; ++i) {
        const int what = int(rng.bounded(10));
        if (what < 6) {
            const QDate day = qMin(randomDay(), today);
            const QString worker = workers.at(int(rng.bounded(workers.size())));
            const QString need = needs.at(int(rng.bounded(needs.size())));
            must(training::placeOrder(*w.t, w.order(worker, need, day)));
            orders[{worker, need, day.year()}] = day;
        } else if (what < 9 || sessions.isEmpty()) {
            TrainingSession s = w.session(qMin(randomDay(), today));
            for (const QString &n : needs)
                if (rng.bounded(3) == 0)
                    s.needIds << n;
            s.workerIds.clear();
            for (const QString &x : workers)
                if (rng.bounded(2) == 0)
                    s.workerIds << x;
            if (s.workerIds.isEmpty())
                s.workerIds << w.a1;
            sessions << Made{must(training::recordSession(*w.t, s)), s.date, s.needIds, s.workerIds};
        } else {
            const int k = int(rng.bounded(sessions.size()));
            REQUIRE(training::removeSession(*w.t, sessions.at(k).id).ok());
            sessions.removeAt(k);
        }
    }
    const auto check = [&](const QDate &from, const QDate &to, const QList<NeedDemand> &got) {
        std::map<QString, NeedDemand> expected;
        for (const auto &[key, day] : orders)
            if (day >= from && day <= to)
                ++expected[std::get<1>(key)].orders;
        for (const Made &m : sessions)
            if (m.date >= from && m.date <= to)
                for (const QString &n : m.needs) {
                    ++expected[n].sessions;
                    expected[n].attendances += int(m.workers.size());
                }
        CHECK(got.size() == int(expected.size()));
        for (const NeedDemand &d : got) {
            INFO(d.needName.toStdString());
            CHECK(d.orders == expected[d.needId].orders);
            CHECK(d.sessions == expected[d.needId].sessions);
            CHECK(d.attendances == expected[d.needId].attendances);
        }
        CHECK(std::is_sorted(got.begin(), got.end(), [](const NeedDemand &a, const NeedDemand &b) {
            return a.orders != b.orders ? a.orders > b.orders : a.needName < b.needName;
        }));
    };
    for (int year : {2025, 2026})
        check(QDate(year, 1, 1), QDate(year, 12, 31), training::demand(*w.t, year).value());
    for (int i = 0; i < 6; ++i) {
        QDate from = randomDay(), to = randomDay();
        if (to < from)
            std::swap(from, to);
        check(from, to, training::demandBetween(*w.t, from, to).value());
    }
    std::map<std::pair<QString, QString>, int> byCommunity;
    for (const auto &[key, day] : orders)
        if (day.year() == 2026)
            ++byCommunity[{communityOf.value(std::get<0>(key)), std::get<1>(key)}];
    std::map<std::pair<QString, QString>, int> got;
    for (const CommunityDemand &c : training::demandByCommunity(*w.t, 2026).value())
        got[{c.communityId, c.needId}] = c.orders;
    CHECK(got == byCommunity);
}

TEST_CASE("a session recorded again keeps the evaluation of an attendee still listed and drops the others",
          "[training]")
{
    TrainingWorld w;
    const QString dispute = defaultNeed(*w.t, QStringLiteral("矛盾纠纷调解"));
    const QString lift = must(training::needNamed(*w.t, QStringLiteral("加装电梯政策")));
    TrainingSession s = w.session();
    s.needIds = {dispute, lift, dispute};
    s.workerIds = {w.a1, w.a2, w.a1};
    const QString id = must(training::recordSession(*w.t, s));
    TrainingSession got = training::session(*w.t, id).value();
    CHECK(got.expert == QStringLiteral("孙律师"));
    CHECK(got.trainerUnit == QStringLiteral("区司法局"));
    CHECK(got.needIds.size() == 2);
    CHECK(got.needNames.contains(QStringLiteral("加装电梯政策")));
    REQUIRE(got.attendees.size() == 2);
    CHECK(got.attendees.at(0).score == 0);

    REQUIRE(training::evaluate(*w.t, id, w.a1, 5, QStringLiteral("案例很实用")).ok());
    REQUIRE(training::evaluate(*w.t, id, w.a2, 3, QString()).ok());
    // Recorded again: 王芳 dropped, 赵磊 added, 李娜 keeps her evaluation; one need dropped.
    got.workerIds = {w.a1, w.b1};
    got.needIds = {lift};
    got.topic = QStringLiteral("物业纠纷调处实务（二）");
    CHECK(must(training::recordSession(*w.t, got)) == id);
    const TrainingSession again = training::session(*w.t, id).value();
    CHECK(again.topic == QStringLiteral("物业纠纷调处实务（二）"));
    CHECK(again.needIds == QStringList{lift});
    REQUIRE(again.attendees.size() == 2);
    for (const TrainingAttendance &a : again.attendees) {
        if (a.workerId == w.a1) {
            CHECK(a.score == 5);
            CHECK(a.comment == QStringLiteral("案例很实用"));
        } else {
            CHECK(a.workerId == w.b1);
            CHECK(a.score == 0);
        }
    }
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM training_attendees WHERE deleted = 1 AND worker_id = '%1'")
                           .arg(w.a2)) == 1);
    CHECK(training::evaluate(*w.t, id, w.a2, 4, {}).error().field == QStringLiteral("worker_id"));
    const auto november = training::sessionsOf(*w.t, QStringLiteral("2026-11")).value();
    REQUIRE(november.size() == 1);
    CHECK(november.first().attendees.size() == 2);
    CHECK(training::sessionsBetween(*w.t, QDate(2026, 11, 4), QDate(2026, 11, 30))->isEmpty());
    CHECK(training::sessionsBetween(*w.t, QDate(2026, 11, 3), QDate(2026, 11, 3))->size() == 1);
    CHECK(training::sessionsBetween(*w.t, QDate(2026, 11, 3), QDate(2026, 11, 2)).error().field ==
          QStringLiteral("to"));
    CHECK(training::sessionsOf(*w.t, QStringLiteral("2026-13")).error().field == QStringLiteral("month"));
}

TEST_CASE("an evaluation is a score of 1 to 5 with a short comment and staff evaluate but do not record sessions",
          "[training]")
{
    TrainingWorld w;
    const QString id = must(training::recordSession(*w.t, w.session()));
    const auto refused = [&](const QString &session, const QString &worker, int score, const QString &comment) {
        return training::evaluate(*w.t, session, worker, score, comment).error().field;
    };
    CHECK(refused(id, w.b1, 4, {}) == QStringLiteral("worker_id"));
    CHECK(refused(QStringLiteral("no-such-session"), w.a1, 4, {}) == QStringLiteral("session_id"));
    CHECK(refused(id, w.a1, 0, {}) == QStringLiteral("score"));
    CHECK(refused(id, w.a1, 6, {}) == QStringLiteral("score"));
    CHECK(refused(id, w.a1, 4, QString(201, QChar(0x597D))) == QStringLiteral("comment"));
    CHECK(w.rows("training_attendees WHERE score <> 0 OR comment <> ''") == 0);
    REQUIRE(training::evaluate(*w.t, id, w.a1, 1, QString(200, QChar(0x597D))).ok());
    REQUIRE(training::evaluate(*w.t, id, w.a2, 5, QStringLiteral(" 很好 ")).ok());
    const TrainingSession evaluated = training::session(*w.t, id).value();
    for (const TrainingAttendance &a : evaluated.attendees)
        CHECK(a.score == (a.workerId == w.a1 ? 1 : 5));
    CHECK(text(*w.t, QStringLiteral("SELECT comment FROM training_attendees WHERE worker_id = '%1'").arg(w.a2)) ==
          QStringLiteral("很好"));

    // Staff evaluate and order at the desk; sessions, materials and the needs' list are supervisors'.
    const QString need = defaultNeed(*w.t, QStringLiteral("城市管理"));
    w.signInAs(Role::Staff);
    REQUIRE(training::evaluate(*w.t, id, w.a1, 4, QStringLiteral("受益")).ok());
    REQUIRE(training::removeOrder(*w.t, must(training::placeOrder(*w.t, w.order(w.a1, need)))).ok());
    must(training::needNamed(*w.t, QStringLiteral("加装电梯政策")));
    CHECK(training::recordSession(*w.t, w.session()).error().kind == ErrorKind::Permission);
    CHECK(training::attachMaterial(*w.t, id, QStringLiteral("a.pdf"), "x").error().kind == ErrorKind::Permission);
    CHECK(training::removeSession(*w.t, id).error().kind == ErrorKind::Permission);
    CHECK(training::setNeedActive(*w.t, need, false).error().kind == ErrorKind::Permission);
    w.signInAs(Role::Supervisor);
    must(training::recordSession(*w.t, w.session(QDate(2026, 11, 5))));
    CHECK(w.rows("trainings") == 2);
}

TEST_CASE("a session's materials are kept within their limits and go with the session", "[training]")
{
    TrainingWorld w;
    TrainingSession with = w.session();
    with.needIds = {defaultNeed(*w.t, QStringLiteral("物业纠纷"))};
    const QString id = must(training::recordSession(*w.t, with));
    const auto attach = [&](const QString &session, const QString &name, const QByteArray &data) {
        return training::attachMaterial(*w.t, session, name, data);
    };
    CHECK(attach(id, QStringLiteral("课件.pptx"), {}).error().field == QStringLiteral("data"));
    CHECK(attach(id, QStringLiteral("课件.pptx"), QByteArray(training::kMaxMaterialBytes + 1, 'x')).error().field ==
          QStringLiteral("data"));
    CHECK(attach(id, QStringLiteral(" "), QByteArray("x")).error().field == QStringLiteral("name"));
    CHECK(attach(QStringLiteral("no-such-session"), QStringLiteral("a"), "x").error().kind == ErrorKind::NotFound);
    CHECK(w.rows("training_materials") == 0);

    QByteArray slides;
    for (int i = 0; i < 70000; ++i)
        slides.append(char(i * 7 % 256));
    const QString first = must(attach(id, QStringLiteral("调解课件.pptx"), slides));
    QStringList ids{first};
    for (int i = 1; i < training::kMaxMaterials; ++i)
        ids << must(attach(id, QStringLiteral("讲义%1.pdf").arg(i), QByteArray(i, 'p')));
    CHECK(attach(id, QStringLiteral("第十一份.pdf"), "p").error().field == QStringLiteral("data"));
    const TrainingMaterial back = training::material(*w.t, first).value();
    CHECK(back.name == QStringLiteral("调解课件.pptx"));
    CHECK(back.data == slides);
    CHECK(back.bytes == slides.size());
    const TrainingSession s = training::session(*w.t, id).value();
    REQUIRE(s.materials.size() == training::kMaxMaterials);
    for (const TrainingMaterial &m : s.materials) {
        CHECK(m.data.isEmpty()); // lists leave the bytes out
        CHECK(m.bytes == (m.id == first ? slides.size() : m.bytes));
    }
    REQUIRE(training::removeMaterial(*w.t, ids.last()).ok());
    CHECK(training::material(*w.t, ids.last()).error().kind == ErrorKind::NotFound);
    CHECK(training::removeMaterial(*w.t, ids.last()).error().kind == ErrorKind::NotFound);
    CHECK(training::session(*w.t, id)->materials.size() == training::kMaxMaterials - 1);
    must(attach(id, QStringLiteral("第十份.pdf"), "p")); // room again

    // The session removed, with its needs, attendees and materials; another session kept.
    const QString kept = must(training::recordSession(*w.t, w.session(QDate(2026, 11, 4))));
    REQUIRE(training::removeSession(*w.t, id).ok());
    CHECK(training::session(*w.t, id).error().kind == ErrorKind::NotFound);
    CHECK(training::removeSession(*w.t, id).error().kind == ErrorKind::NotFound);
    CHECK(training::sessionsOf(*w.t, QStringLiteral("2026-11"))->first().id == kept);
    for (const char *table : {"training_attendees", "training_session_needs", "training_materials"})
        CHECK(w.rows(QStringLiteral("%1 WHERE deleted = 0 AND training_id = '%2'").arg(QLatin1String(table), id)) == 0);
    CHECK(training::demand(*w.t, 2026)->isEmpty());
}

TEST_CASE("the year's summary counts January to its last day only", "[training]")
{
    TrainingWorld w;
    const QString dispute = defaultNeed(*w.t, QStringLiteral("矛盾纠纷调解"));
    const QString dogs = defaultNeed(*w.t, QStringLiteral("居民养犬"));
    must(training::placeOrder(*w.t, w.order(w.a1, dispute, QDate(2026, 1, 10))));
    must(training::placeOrder(*w.t, w.order(w.a2, dogs, QDate(2026, 2, 10))));
    must(training::placeOrder(*w.t, w.order(w.b1, dogs, QDate(2026, 4, 10))));     // after March
    must(training::placeOrder(*w.t, w.order(w.b1, dispute, QDate(2025, 12, 31)))); // last year
    TrainingSession feb = w.session(QDate(2026, 2, 20));
    feb.needIds = {dispute};
    const QString febId = must(training::recordSession(*w.t, feb));
    TrainingSession march = w.session(QDate(2026, 3, 31));
    march.workerIds = {w.a1, w.b1};
    const QString marchId = must(training::recordSession(*w.t, march));
    TrainingSession may = w.session(QDate(2026, 5, 6)); // after March: answers 居民养犬 too late
    may.needIds = {dogs};
    may.workerIds = {w.a1, w.a2, w.b1, w.worker};
    must(training::recordSession(*w.t, may));
    must(training::recordSession(*w.t, w.session(QDate(2025, 12, 30))));
    REQUIRE(training::evaluate(*w.t, febId, w.a1, 5, {}).ok());
    REQUIRE(training::evaluate(*w.t, marchId, w.b1, 2, {}).ok());

    const auto march31 = training::yearSummary(*w.t, QDate(2026, 3, 31)).value();
    CHECK(march31.year == 2026);
    CHECK(march31.sessions == 2);
    CHECK(march31.attendances == 4);
    CHECK(march31.workersTrained == 3);
    CHECK(march31.orders == 2);
    CHECK(march31.evaluations == 2);
    CHECK(march31.averageScore == Approx(3.5));
    CHECK(march31.uncovered == QStringList{QStringLiteral("居民养犬")});
    REQUIRE(march31.needs.size() == 2);

    const auto wholeYear = training::yearSummary(*w.t, QDate(2026, 12, 31)).value();
    CHECK(wholeYear.sessions == 3);
    CHECK(wholeYear.attendances == 8);
    CHECK(wholeYear.workersTrained == 4);
    CHECK(wholeYear.orders == 3);
    CHECK(wholeYear.uncovered.isEmpty());
    CHECK(training::yearSummary(*w.t, QDate()).error().field == QStringLiteral("to"));
}

TEST_CASE("a worker's training history lists the sessions attended and prints", "[training]")
{
    TrainingWorld w;
    const QString dispute = defaultNeed(*w.t, QStringLiteral("矛盾纠纷调解"));
    must(training::placeOrder(*w.t, w.order(w.a1, dispute, QDate(2026, 2, 1))));
    TrainingSession first = w.session(QDate(2026, 3, 12));
    first.topic = QStringLiteral("邻里纠纷调解技巧");
    first.needIds = {dispute};
    const QString firstId = must(training::recordSession(*w.t, first));
    REQUIRE(training::evaluate(*w.t, firstId, w.a1, 4, QStringLiteral("案例丰富")).ok());
    TrainingSession second = w.session(QDate(2026, 9, 2));
    second.topic = QStringLiteral("居民养犬管理规定解读");
    must(training::recordSession(*w.t, second));
    TrainingSession without = w.session(QDate(2026, 6, 2));
    without.workerIds = {w.b1};
    must(training::recordSession(*w.t, without));

    const auto history = training::historyOf(*w.t, w.a1, QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(history.ok());
    CHECK(history->workerName == QStringLiteral("李娜"));
    REQUIRE(history->lines.size() == 2);
    CHECK(history->lines.at(0).topic == QStringLiteral("邻里纠纷调解技巧"));
    CHECK(history->lines.at(0).needs == QStringLiteral("矛盾纠纷调解"));
    CHECK(history->lines.at(0).score == 4);
    CHECK(history->lines.at(0).comment == QStringLiteral("案例丰富"));
    CHECK(history->lines.at(1).expert == QStringLiteral("孙律师"));
    CHECK(history->ordered == QStringList{QStringLiteral("矛盾纠纷调解")});
    CHECK(training::historyOf(*w.t, w.a1, QDate(2026, 4, 1), QDate(2026, 12, 31))->lines.size() == 1);
    CHECK(training::historyHtml(*history).contains(QStringLiteral("邻里纠纷调解技巧")));
    CHECK(training::historyOf(*w.t, QStringLiteral("nobody"), QDate(2026, 1, 1), QDate(2026, 2, 1)).error().field ==
          QStringLiteral("worker_id"));
    CHECK(training::historyOf(*w.t, w.a1, QDate(2026, 2, 1), QDate(2026, 1, 1)).error().field ==
          QStringLiteral("period"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("history.pdf"));
    int pages = 0;
    REQUIRE(training::writeHistoryPdf(pdf, *history, &pages).ok());
    CHECK(pages >= 1);
    const QString printed = pdfText(pdf);
    for (const char *shown : {"李娜", "邻里纠纷调解技巧", "居民养犬管理规定解读"})
        CHECK(printed.contains(QString::fromUtf8(shown)));
    CHECK(run(QStringLiteral("pdfinfo"), {pdf})
              .contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))));
}

TEST_CASE("the review's training item counts the sessions attended whatever their needs and evaluations",
          "[training][rating]")
{
    TrainingWorld w;
    const QString dispute = defaultNeed(*w.t, QStringLiteral("矛盾纠纷调解"));
    for (int day : {5, 19}) {
        TrainingSession s = w.session(QDate(2026, 10, day));
        s.workerIds = {w.worker, w.a1};
        s.needIds = {dispute};
        const QString id = must(training::recordSession(*w.t, s));
        REQUIRE(training::evaluate(*w.t, id, w.worker, 5, QStringLiteral("有收获")).ok());
    }
    TrainingSession dropped = w.session(QDate(2026, 10, 26));
    dropped.workerIds = {w.worker, w.a1};
    dropped.id = must(training::recordSession(*w.t, dropped));
    dropped.workerIds = {w.a1}; // recorded again without 陈姝夷: not hers any more
    must(training::recordSession(*w.t, dropped));
    auto sheet = rating::computeMonth(*w.t, QStringLiteral("2026-10"));
    REQUIRE(sheet.ok());
    QHash<QString, rating::SheetValue> training;
    for (const rating::SheetRow &r : sheet->rows)
        training.insert(r.workerId, r.values.value(QStringLiteral("training")));
    REQUIRE(training.contains(w.worker));
    CHECK(training.value(w.worker).raw == 2);
    CHECK(training.value(w.worker).points == Approx(5));
    CHECK(training.value(w.a1).raw == 3);
}
