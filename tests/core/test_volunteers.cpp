// Volunteer service (volunteers/): a team takes members who are volunteers, building leaders or
// party members, once; the kinds start with the defaults and a kind named twice is one; a service
// is refused by the field that is wrong with nothing written; the totals per team, person and kind
// and the hours given equal a brute-force pass; a volunteer's hours statement lists each service
// and prints; two offices' services converge and a street's package carries its own only.
#include "test_joint_world.h"
#include "volunteers/VolunteerHours.h"
#include "volunteers/VolunteerServices.h"
#include "volunteers/VolunteerTeams.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cmath>

using namespace gd;
using namespace gdtest;

namespace {

struct VolunteerWorld : JointWorld {
    QString team, kind;
    VolunteerWorld()
    {
        VolunteerTeam t;
        t.name = QStringLiteral("“兴”光暖格服务队");
        t.communityId = community;
        t.leaderId = head;
        team = must(VolunteerTeamService(*this->t).saveTeam(t));
        must(VolunteerTeamService(*this->t).addMember(team, volunteer));
        must(VolunteerTeamService(*this->t).addMember(team, leader));
        kind = must(VolunteerTeamService(*this->t).kindNamed(QStringLiteral("楼道灯维修")));
    }
    VolunteerService service(qint64 hoursAgo = 3) const
    {
        VolunteerService s;
        s.teamId = team;
        s.gridId = grid;
        s.kindId = kind;
        s.atMs = t.clock->nowMs() - hoursAgo * kJointHour;
        s.hours = 1.5;
        s.households = 2;
        s.summary = QStringLiteral("更换3号楼楼道灯");
        s.workerIds = {volunteer, leader};
        return s;
    }
};

} // namespace

TEST_CASE("a volunteer team takes volunteers, building leaders and party members once, and kinds are one list",
          "[volunteers]")
{
    VolunteerWorld w;
    VolunteerTeamService teams(*w.t);
    CHECK(teams.addMember(w.team, w.worker).error().field == QStringLiteral("worker_id"));    // a full-time worker
    CHECK(teams.addMember(w.team, w.volunteer).error().field == QStringLiteral("worker_id")); // once
    REQUIRE(teams.addMember(w.team, w.partyMember).ok());
    CHECK(teams.team(w.team)->members.size() == 3);
    VolunteerTeam t;
    t.name = QStringLiteral("“兴”光暖格服务队");
    t.communityId = w.community;
    CHECK(teams.saveTeam(t).error().field == QStringLiteral("name")); // taken in the community
    t.name = QStringLiteral("第二服务队");
    t.gridId = w.unpaired;
    t.communityId = QStringLiteral("nowhere");
    CHECK(teams.saveTeam(t).error().field == QStringLiteral("community_id"));

    // The kinds: the office's list once it has one; a name given twice is one kind.
    const auto kinds = teams.kinds();
    REQUIRE(kinds.ok());
    CHECK(kinds->size() == 1);
    CHECK(must(teams.kindNamed(QStringLiteral(" 楼道灯维修 "))) == w.kind);
    const QString doors = must(teams.kindNamed(QStringLiteral("单元门维修")));
    REQUIRE(teams.setKindActive(doors, false).ok());
    CHECK(teams.kinds()->size() == 1);
    CHECK(teams.kinds(false)->size() == 2);
    CHECK(teams.kindNamed(QStringLiteral("  ")).error().field == QStringLiteral("kind"));
}

TEST_CASE("a volunteer service is refused by the field that is wrong, and nothing is written", "[volunteers]")
{
    VolunteerWorld w;
    VolunteerServiceLog log(*w.t);
    const auto refused = [&](const VolunteerService &s) {
        auto r = log.record(s);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Invalid);
        return r.error().field;
    };
    VolunteerService s = w.service();
    s.teamId = QStringLiteral("none");
    CHECK(refused(s) == QStringLiteral("team_id"));
    s = w.service();
    s.kindId.clear();
    CHECK(refused(s) == QStringLiteral("kind_id"));
    s = w.service();
    s.gridId.clear();
    CHECK(refused(s) == QStringLiteral("grid_id"));
    s = w.service();
    s.atMs = w.t.clock->nowMs() + 24 * kJointHour;
    CHECK(refused(s) == QStringLiteral("at_ms"));
    for (double hours : {0.0, 0.25, 1.2, 25.0}) {
        s = w.service();
        s.hours = hours;
        CHECK(refused(s) == QStringLiteral("hours"));
    }
    s = w.service();
    s.households = -1;
    CHECK(refused(s) == QStringLiteral("households"));
    s = w.service();
    s.workerIds.clear();
    CHECK(refused(s) == QStringLiteral("workers"));
    s.workerIds = {QStringLiteral("nobody")};
    CHECK(refused(s) == QStringLiteral("workers"));
    s = w.service();
    s.summary = QStringLiteral("换灯") + QChar(0x202E);
    CHECK(refused(s) == QStringLiteral("summary"));
    // A grid's team serves its own grid only.
    VolunteerTeam gridTeam;
    gridTeam.name = QStringLiteral("第2网格服务队");
    gridTeam.communityId = w.community;
    gridTeam.gridId = w.grid2;
    s = w.service();
    s.teamId = must(VolunteerTeamService(*w.t).saveTeam(gridTeam));
    CHECK(refused(s) == QStringLiteral("grid_id"));
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM volunteer_services")) == 0);
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM volunteer_service_people")) == 0);
}

TEST_CASE("the volunteers' totals and hours equal a brute-force pass, and the hours statement prints", "[volunteers]")
{
    VolunteerWorld w;
    VolunteerServiceLog log(*w.t);
    const QString lights = w.kind;
    const QString doors = must(VolunteerTeamService(*w.t).kindNamed(QStringLiteral("单元门维修")));
    QRandomGenerator rng(17);
    struct Made {
        QString kind;
        QStringList people;
        double hours;
        int households;
        qint64 atMs;
    };
    QList<Made> made;
    for (int i = 0; i < 40; ++i) {
        VolunteerService s = w.service(1 + int(rng.bounded(500)));
        s.kindId = rng.bounded(3) == 0 ? doors : lights;
        s.hours = 0.5 * (1 + rng.bounded(8));
        s.households = int(rng.bounded(5));
        s.workerIds = rng.bounded(2) ? QStringList{w.volunteer} : QStringList{w.volunteer, w.leader};
        REQUIRE(log.record(s).ok());
        made << Made{s.kindId, s.workerIds, s.hours, s.households, s.atMs};
    }
    VolunteerFilter f;
    f.fromMs = w.t.clock->nowMs() - 300 * kJointHour;
    QHash<QString, double> byPerson, byKind;
    QHash<QString, int> servicesOf;
    double hours = 0;
    int count = 0;
    for (const Made &m : made) {
        if (m.atMs < f.fromMs)
            continue;
        ++count;
        hours += m.hours * m.people.size();
        byKind[m.kind] += m.hours * m.people.size();
        for (const QString &p : m.people) {
            byPerson[p] += m.hours;
            ++servicesOf[p];
        }
    }
    CHECK(log.count(f).value() == count);
    CHECK(log.hours(f).value() == Approx(hours));
    for (const VolunteerTotal &t : log.totals(f, VolunteerServiceLog::By::Person).value()) {
        CHECK(t.hours == Approx(byPerson.value(t.id)));
        CHECK(t.services == servicesOf.value(t.id));
    }
    for (const VolunteerTotal &t : log.totals(f, VolunteerServiceLog::By::Kind).value())
        CHECK(t.hours == Approx(byKind.value(t.id)));
    const auto teams = log.totals(f, VolunteerServiceLog::By::Team).value();
    REQUIRE(teams.size() == 1);
    CHECK(teams.at(0).hours == Approx(hours));
    CHECK(teams.at(0).name == QStringLiteral("“兴”光暖格服务队"));

    // The leader's statement: each of their services, the total, on paper.
    const QDate today = QDateTime::fromMSecsSinceEpoch(w.t.clock->nowMs(), QTimeZone(8 * 3600)).date();
    auto statement = volunteerhours::gather(*w.t, w.leader, today.addDays(-30), today);
    REQUIRE(statement.ok());
    double theirs = 0;
    int lines = 0;
    for (const Made &m : made)
        if (m.people.contains(w.leader) && m.atMs >= cases::dayStartMs(today.addDays(-30)))
            theirs += m.hours, ++lines;
    CHECK(statement->lines.size() == lines);
    CHECK(statement->total == Approx(theirs));
    CHECK(volunteerhours::html(*statement).contains(QStringLiteral("牛楼长")));
    QTemporaryDir dir;
    int pages = 0;
    REQUIRE(volunteerhours::writePdf(dir.filePath(QStringLiteral("hours.pdf")), *statement, &pages).ok());
    CHECK(pages >= 1);
    CHECK(volunteerhours::gather(*w.t, QStringLiteral("nobody"), today, today).error().field ==
          QStringLiteral("worker_id"));
    CHECK(volunteerhours::gather(*w.t, w.leader, today, today.addDays(-1)).error().field == QStringLiteral("period"));
}

TEST_CASE("two offices' volunteer services converge, and a street's package carries its own only",
          "[volunteers][exchange]")
{
    VolunteerWorld a;
    TestDb b;
    const QString id = must(VolunteerServiceLog(*a.t).record(a.service()));
    send(*a.t, *b, a.t.dir.path());
    b.clock->setMs(a.t.clock->nowMs() + 1000);
    a.t.clock->advance(500);
    // A adds a volunteer to the service, B corrects the households; both add the same member and kind.
    VolunteerService onA = *VolunteerServiceLog(*a.t).open(id);
    onA.workerIds << a.partyMember;
    REQUIRE(VolunteerServiceLog(*a.t).edit(onA).ok());
    VolunteerService onB = *VolunteerServiceLog(*b).open(id);
    onB.households = 5;
    REQUIRE(VolunteerServiceLog(*b).edit(onB).ok());
    must(VolunteerTeamService(*a.t).addMember(a.team, a.partyMember));
    must(VolunteerTeamService(*b).addMember(a.team, a.partyMember));
    must(VolunteerTeamService(*a.t).kindNamed(QStringLiteral("陪伴关爱")));
    must(VolunteerTeamService(*b).kindNamed(QStringLiteral("陪伴关爱")));
    send(*a.t, *b, a.t.dir.path());
    send(*b, *a.t, a.t.dir.path());
    for (Database *db : {a.t.db.get(), b.db.get()}) {
        const VolunteerService merged = *VolunteerServiceLog(*db).open(id);
        CHECK(merged.workerIds.size() == 3);
        CHECK(merged.households == 5);
        CHECK(VolunteerTeamService(*db).team(a.team)->members.size() == 3);
        CHECK(VolunteerTeamService(*db).kinds()->size() == 2);
    }
    CHECK(digestOf(*a.t) == digestOf(*b));

    const QString street2 = addStreet(*a.t, QStringLiteral("370202003"), QStringLiteral("湛山街道"));
    const QString community2 = addCommunity(*a.t, street2, QStringLiteral("370202003001"), QStringLiteral("湛山社区"));
    const QString grid3 =
        addGrid(*a.t, community2, QStringLiteral("370202003001001"), QStringLiteral("湛山社区第1网格"), a.worker);
    VolunteerTeam theirs;
    theirs.name = QStringLiteral("湛山服务队");
    theirs.communityId = community2;
    VolunteerService there = a.service();
    there.teamId = must(VolunteerTeamService(*a.t).saveTeam(theirs));
    there.gridId = grid3;
    must(VolunteerServiceLog(*a.t).record(there));
    TestDb street;
    exchange::ExportScope scope;
    scope.kind = exchange::ExportScope::Street;
    scope.code = QStringLiteral("370202002");
    send(*a.t, *street, a.t.dir.path(), false, scope);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM volunteer_services")) == 1);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM volunteer_teams")) == 1);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM volunteer_service_people WHERE deleted = 0")) == 3);
}
