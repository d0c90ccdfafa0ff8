// The career ladder and part-time cover of vacant grids (core/people/WorkerService): the
// first step of a new full-time worker, step validation, and who may cover which grid.
#include "people/Membership.h"
#include "test_people_fixture.h"

using namespace gd;
using namespace gdtest;

TEST_CASE("a new full-time worker gets the first step of the career ladder")
{
    District d;
    WorkerService ws(*d);
    const QString a = must(ws.save(fullTime()));
    QList<CareerStep> steps = ws.careerSteps(a);
    REQUIRE(steps.size() == 1);
    CHECK(steps[0].stage == u("grid_worker"));
    CHECK(steps[0].date == u("2024-03-01"));

    Worker noDate = fullTime("李强", "13800000002");
    noDate.startDate.clear();
    const QString b = must(ws.save(noDate));
    REQUIRE(ws.careerSteps(b).size() == 1);
    CHECK(ws.careerSteps(b)[0].date == u("2026-01-01")); // today on the injected clock

    // An edit adds no second first step; other kinds get none.
    Worker edit = ws.worker(a).value();
    edit.star = 3;
    REQUIRE(ws.save(edit).ok());
    CHECK(ws.careerSteps(a).size() == 1);
    const QString v = addWorker(*d, u("赵敏"), QString(), u("volunteer"));
    CHECK(ws.careerSteps(v).isEmpty());

    SECTION("more steps, validated, in date order")
    {
        CareerStep s{{}, a, u("community_worker"), u("2025-07-01"), u("考入社区专职工作者")};
        const QString sid = must(ws.saveCareerStep(s));
        CHECK(ws.saveCareerStep({{}, a, u("mayor"), u("2025-07-01"), {}}).error().field == u("stage"));
        CHECK(ws.saveCareerStep({{}, a, u("committee_member"), u("2025-13-01"), {}}).error().field == u("date"));
        CHECK(ws.saveCareerStep({{}, a, u("committee_member"), QString(), {}}).error().field == u("date"));
        CHECK(ws.saveCareerStep({{}, u("missing"), u("committee_member"), u("2025-08-01"), {}}).error().field ==
              u("worker_id"));
        CHECK(ws.saveCareerStep({{}, a, u("committee_member"), u("2025-08-01"), QString(201, QLatin1Char('n'))})
                  .error()
                  .field == u("note"));
        steps = ws.careerSteps(a);
        REQUIRE(steps.size() == 2);
        CHECK(steps[1].stage == u("community_worker"));
        REQUIRE(ws.removeCareerStep(sid).ok());
        CHECK(ws.careerSteps(a).size() == 1);
    }
}

TEST_CASE("cover: only a part-time worker, only on a vacant grid")
{
    District d;
    WorkerService ws(*d);
    const QString staffed = addGrid(*d, d.community, d.gridCode(1), u("一"));
    const QString vacant = addGrid(*d, d.community, d.gridCode(2), u("二"));
    addWorker(*d, u("王芳"), u("13800000001"), u("full_time"), {staffed});
    const QString ft = addWorker(*d, u("李强"), u("13800000002"));
    const QString pt = addWorker(*d, u("孙丽"), u("13800000003"), u("part_time"));
    const int audits = auditRows(*d);

    GridCover c{{}, vacant, pt, u("2025-10-01"), {}, 800};
    auto field = [&](const GridCover &x) { return ws.saveCover(x).error().field; };
    GridCover x = c;
    x.workerId = ft;
    CHECK(field(x) == u("worker_id"));
    x.workerId = u("missing");
    CHECK(field(x) == u("worker_id"));
    x = c;
    x.gridId = staffed;
    CHECK(field(x) == u("grid_id"));
    x.gridId = u("missing");
    CHECK(field(x) == u("grid_id"));
    x = c;
    x.startDate.clear();
    CHECK(field(x) == u("start_date"));
    x = c;
    x.endDate = u("2025-09-30");
    auto before = ws.saveCover(x);
    REQUIRE_FALSE(before.ok());
    CHECK(before.error().field == u("end_date"));
    x.endDate = u("2025/12/31");
    CHECK(field(x) == u("end_date"));
    x = c;
    x.monthlySubsidy = -1;
    CHECK(field(x) == u("monthly_subsidy"));
    CHECK(auditRows(*d) == audits);

    const QString id = must(ws.saveCover(c));
    CHECK(member(*d, pt, vacant));
    REQUIRE(ws.coversOfGrid(vacant).size() == 1);
    CHECK(ws.coversOfGrid(vacant)[0].id == id);
    CHECK(ws.coversOfGrid(vacant)[0].monthlySubsidy == 800);
    CHECK(ws.coversOfWorker(pt).size() == 1);
    CHECK(ws.coversOfGrid(staffed).isEmpty());

    c.id = id;
    c.endDate = u("2025-10-01"); // ends the day it starts: allowed
    CHECK(ws.saveCover(c).ok());
    CHECK(ws.remove(pt).value() == RemoveOutcome::Deactivated); // still named on a cover
}

TEST_CASE("worker kinds, statuses, stages and stars have names")
{
    CHECK(people::workerKinds() == QStringList{u("full_time"), u("part_time"), u("grid_head"), u("police"),
                                               u("volunteer"), u("building_leader")});
    CHECK(people::workerStatuses() == QStringList{u("active"), u("left"), u("transferred")});
    CHECK(people::careerStages() ==
          QStringList{u("grid_worker"), u("community_worker"), u("committee_member"), u("public_institution")});
    for (const QString &k : people::workerKinds())
        CHECK(people::workerKindName(k) != k);
    for (const QString &s : people::workerStatuses())
        CHECK(people::workerStatusName(s) != s);
    for (const QString &s : people::careerStages())
        CHECK(people::careerStageName(s) != s);
    CHECK(people::workerKindName(u("full_time")) == u("Full-time grid worker"));
    CHECK(people::workerStatusName(u("left")) == u("Left"));
    CHECK(people::careerStageName(u("committee_member")) == u("Community committee member"));
    CHECK(people::workerKindName(u("odd")) == u("odd"));
    CHECK(people::starText(0) == u("No star"));
    CHECK(people::starText(-1) == u("No star"));
    CHECK(people::starText(3) == u("★★★"));
}
