// Police–grid joint work (joint/): the 1+1+N team taken from the grid, its police grid and the
// register, its residents fitting their roles; a joint activity refused by its field with nothing
// written, changed with its people kept by id and its grids and links by value; the list paged
// newest first and filtered as a brute-force pass.
#include "test_joint_world.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace gd;
using namespace gdtest;

TEST_CASE("a grid's 1+1+N team: its police grid's officer, its head, and residents who fit their roles", "[joint]")
{
    JointWorld w;
    JointTeamService teams(*w.t);
    REQUIRE(teams.addMember(w.grid, w.volunteer, QStringLiteral("volunteer")).ok());
    REQUIRE(teams.addMember(w.grid, w.leader, QStringLiteral("building_leader")).ok());
    REQUIRE(teams.addMember(w.grid, w.partyMember, QStringLiteral("party_member")).ok());
    const JointTeam team = *teams.team(w.grid);
    CHECK(team.officerName == QStringLiteral("孙警官"));
    CHECK(team.policeGridName == QStringLiteral("八大关第一警格"));
    CHECK(team.headName == QStringLiteral("刘海燕"));
    REQUIRE(team.members.size() == 3);

    // A volunteer is not a building leader, a worker who is not a party member is not one, a member
    // is on the team once, and the role and the person must be known.
    CHECK(teams.addMember(w.grid, w.volunteer, QStringLiteral("building_leader")).error().field ==
          QStringLiteral("role"));
    CHECK(teams.addMember(w.grid, w.worker, QStringLiteral("party_member")).error().field == QStringLiteral("role"));
    CHECK(teams.addMember(w.grid, w.volunteer, QStringLiteral("volunteer")).error().field ==
          QStringLiteral("worker_id"));
    CHECK(teams.addMember(w.grid, w.volunteer, QStringLiteral("captain")).error().field == QStringLiteral("role"));
    CHECK(teams.addMember(w.grid, QStringLiteral("nobody"), QStringLiteral("volunteer")).error().field ==
          QStringLiteral("worker_id"));
    CHECK(teams.addMember(QStringLiteral("nowhere"), w.volunteer, QStringLiteral("volunteer")).error().field ==
          QStringLiteral("grid_id"));

    // Removed and added again: one member, the same row.
    const QString first = team.members.at(0).id;
    REQUIRE(teams.removeMember(first).ok());
    CHECK(teams.team(w.grid)->members.size() == 2);
    const QString again = must(teams.addMember(w.grid, team.members.at(0).workerId, team.members.at(0).role));
    CHECK(again == first);
    CHECK(teams.team(w.grid)->members.size() == 3);
    CHECK(teams.removeMember(QStringLiteral("nobody")).error().kind == ErrorKind::NotFound);
}

TEST_CASE("a joint activity is refused by the field that is wrong, and nothing is written", "[joint]")
{
    JointWorld w;
    JointActivityService service(*w.t);
    const qint64 before = scalar(*w.t, QStringLiteral("SELECT count(*) FROM joint_activities"));
    const auto refused = [&](const JointActivity &a) {
        auto r = service.record(a);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Invalid);
        return r.error().field;
    };
    JointActivity a = w.activity();
    a.policeGridId.clear();
    CHECK(refused(a) == QStringLiteral("police_grid_id"));
    a = w.activity();
    a.kind = QStringLiteral("party");
    CHECK(refused(a) == QStringLiteral("kind"));
    a = w.activity();
    a.atMs = 0;
    CHECK(refused(a) == QStringLiteral("at_ms"));
    a.atMs = w.t.clock->nowMs() + 24 * kJointHour;
    CHECK(refused(a) == QStringLiteral("at_ms"));
    a = w.activity();
    a.summary = QStringLiteral("  ");
    CHECK(refused(a) == QStringLiteral("summary"));
    a.summary = QStringLiteral("巡逻\u202E反向");
    CHECK(refused(a) == QStringLiteral("summary"));
    a = w.activity();
    a.gridIds.clear();
    CHECK(refused(a) == QStringLiteral("grids"));
    a.gridIds = {w.unpaired};
    CHECK(refused(a) == QStringLiteral("grids"));
    a = w.activity();
    a.people << JointPerson{{}, QStringLiteral("nobody"), {}};
    CHECK(refused(a) == QStringLiteral("people"));
    a = w.activity();
    a.people << JointPerson{};
    CHECK(refused(a) == QStringLiteral("people"));
    a = w.activity();
    a.people << JointPerson{{}, {}, QStringLiteral("李\n四")};
    CHECK(refused(a) == QStringLiteral("people"));
    a = w.activity();
    a.recordedBy = QStringLiteral("nobody");
    CHECK(refused(a) == QStringLiteral("recorded_by"));
    // A case of a grid the activity was not held in.
    Case c = w.draft();
    const QString caseId = must(CaseService(*w.t).registerCase(c));
    a = w.activity();
    a.gridIds = {w.grid2};
    a.caseIds = {caseId};
    CHECK(refused(a) == QStringLiteral("case_id"));
    a.caseIds = {QStringLiteral("nothing")};
    CHECK(refused(a) == QStringLiteral("case_id"));
    a.caseIds.clear();
    a.disputeIds = {QStringLiteral("nothing")};
    CHECK(refused(a) == QStringLiteral("dispute_id"));
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM joint_activities")) == before);
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM joint_activity_people")) == 0);
}

TEST_CASE("a joint activity is kept with its grids, people and links, and a change keeps what stays", "[joint]")
{
    JointWorld w;
    JointActivityService service(*w.t);
    const QString caseId = must(CaseService(*w.t).registerCase(w.draft()));
    JointActivity a = w.activity();
    a.gridIds = {w.grid, w.grid2};
    a.caseIds = {caseId};
    const QString id = must(service.record(a));
    JointActivity got = *service.open(id);
    CHECK(got.gridIds.size() == 2);
    CHECK(got.caseIds == QStringList{caseId});
    REQUIRE(got.people.size() == 3);
    CHECK(got.people.at(0).name == QStringLiteral("孙警官")); // the register's name
    CHECK(got.people.at(2).name == QStringLiteral("李调解员"));

    const QString gridRow = text(*w.t, QStringLiteral("SELECT id FROM joint_activity_grids WHERE activity_id = '%1' "
                                                      "AND grid_id = '%2'")
                                           .arg(id, w.grid));
    got.gridIds = {w.grid};
    got.caseIds.clear();
    got.people.removeAt(1);
    got.people << JointPerson{{}, w.leader, {}};
    got.kind = QStringLiteral("screen");
    REQUIRE(service.edit(got).ok());
    const JointActivity after = *service.open(id);
    CHECK(after.kind == QStringLiteral("screen"));
    CHECK(after.gridIds == QStringList{w.grid});
    CHECK(after.caseIds.isEmpty());
    REQUIRE(after.people.size() == 3);
    CHECK(after.people.at(0).id == got.people.at(0).id);
    CHECK(after.people.at(2).name == QStringLiteral("牛楼长"));
    // The grid that stayed kept its row; the one dropped is a tombstone.
    CHECK(
        text(*w.t,
             QStringLiteral("SELECT id FROM joint_activity_grids WHERE activity_id = '%1' AND deleted = 0").arg(id)) ==
        gridRow);
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM joint_activity_grids WHERE deleted = 1")) == 1);

    REQUIRE(service.remove(id).ok());
    CHECK(service.open(id).error().kind == ErrorKind::NotFound);
    CHECK(service.count({}).value() == 0);
    CHECK(service.edit(got).error().kind == ErrorKind::NotFound);
}

TEST_CASE("the joint activities are paged newest first and filtered as a brute-force pass", "[joint]")
{
    JointWorld w;
    JointActivityService service(*w.t);
    QRandomGenerator rng(11);
    struct Made {
        QString id, kind;
        QStringList grids;
        qint64 atMs;
    };
    QList<Made> made;
    for (int i = 0; i < 50; ++i) {
        JointActivity a = w.activity(1 + int(rng.bounded(400)));
        a.kind = joint::activityKinds().at(int(rng.bounded(5)));
        a.gridIds = rng.bounded(3) == 0 ? QStringList{w.grid, w.grid2} : QStringList{rng.bounded(2) ? w.grid : w.grid2};
        made << Made{must(service.record(a)), a.kind, a.gridIds, a.atMs};
    }
    std::sort(made.begin(), made.end(),
              [](const Made &a, const Made &b) { return a.atMs != b.atMs ? a.atMs > b.atMs : a.id > b.id; });
    const qint64 from = w.t.clock->nowMs() - 300 * kJointHour, to = w.t.clock->nowMs() - 60 * kJointHour;
    for (int variant = 0; variant < 5; ++variant) {
        JointActivityFilter f;
        if (variant == 1)
            f.kind = QStringLiteral("mediate");
        if (variant == 2)
            f.gridId = w.grid2;
        if (variant == 3) {
            f.fromMs = from;
            f.toMs = to;
            f.communityId = w.community;
        }
        if (variant == 4)
            f.policeGridId = QStringLiteral("another");
        QStringList expected;
        for (const Made &m : made)
            if ((f.kind.isEmpty() || m.kind == f.kind) && (f.gridId.isEmpty() || m.grids.contains(f.gridId)) &&
                (!f.fromMs || m.atMs >= f.fromMs) && (!f.toMs || m.atMs < f.toMs) && variant != 4)
                expected << m.id;
        QStringList got;
        QString after;
        do {
            auto page = service.page(f, 6, after);
            REQUIRE(page.ok());
            for (const JointActivityRow &r : page->rows)
                got << r.id;
            after = page->nextKey;
        } while (!after.isEmpty());
        CHECK(got == expected);
        CHECK(service.count(f).value() == expected.size());
    }
    const JointActivityRow row = service.page({}, 1)->rows.at(0);
    CHECK(row.policeGridName == QStringLiteral("八大关第一警格"));
    CHECK(row.people == 3);
    CHECK(row.recordedByName == QStringLiteral("陈姝夷"));
    CHECK(service.page({}, 0).error().field == QStringLiteral("limit"));
    CHECK(service.page({}, 5, QStringLiteral("garbage")).error().field == QStringLiteral("after"));
}
