// Workers (core/people/WorkerService): validation against the injected clock, the grids a
// save assigns, the list filters and removal (ladder and cover: test_people_career.cpp).
#include "org/PoliceGridService.h"
#include "people/Membership.h"
#include "test_people_fixture.h"

using namespace gd;
using namespace gdtest;

namespace {
QByteArray png(int size = 64)
{
    QByteArray b("\x89PNG\r\n\x1A\n", 8);
    b.append(QByteArray(size - 8, 'x'));
    return b;
}
QStringList names(const QList<WorkerSummary> &list)
{
    QStringList out;
    for (const WorkerSummary &s : list)
        out << s.worker.name;
    return out;
}
QStringList names(const QList<Worker> &list)
{
    QStringList out;
    for (const Worker &w : list)
        out << w.name;
    return out;
}
WorkerQuery query(const QString &text, const QString &kind = {}, const QString &status = {},
                  const QString &communityId = {})
{
    WorkerQuery q;
    q.text = text;
    q.kind = kind;
    q.status = status;
    q.communityId = communityId;
    return q;
}
} // namespace

TEST_CASE("worker validation: fields one by one, nothing written")
{
    District d;
    WorkerService ws(*d);
    const int audits = auditRows(*d);
    auto field = [&](const Worker &w) { return ws.save(w).error().field; };
    Worker w;

    w = fullTime();
    w.name = u("  ");
    CHECK(field(w) == u("name"));
    w.name = QString(21, QChar(0x738B));
    CHECK(field(w) == u("name"));
    w = fullTime();
    w.kind = u("boss");
    CHECK(field(w) == u("kind"));
    w = fullTime();
    w.sex = u("X");
    CHECK(field(w) == u("sex"));
    w = fullTime();
    w.status = u("retired");
    CHECK(field(w) == u("status"));
    w = fullTime();
    w.startDate = u("2024/03/01");
    CHECK(field(w) == u("start_date"));
    w = fullTime();
    w.communityId = u("missing");
    CHECK(field(w) == u("community_id"));
    w = fullTime();
    w.gridIds = {u("missing")};
    CHECK(field(w) == u("grids"));
    for (int star : {-1, 6}) {
        w = fullTime();
        w.star = star;
        CHECK(field(w) == u("star"));
    }
    CHECK(auditRows(*d) == audits);
    CHECK(allRows(*d, u("workers")) == 0);

    for (int star : {0, 5}) {
        w = fullTime(star ? "五星" : "零星", star ? "13800000005" : "13800000006");
        w.star = star;
        CHECK(ws.save(w).ok());
    }
}

TEST_CASE("a phone is required for grid workers, optional for volunteers and building leaders")
{
    District d;
    WorkerService ws(*d);
    for (const char *kind : {"full_time", "part_time", "grid_head", "police"}) {
        INFO(kind);
        Worker w = fullTime();
        w.kind = u(kind);
        w.phone.clear();
        auto r = ws.save(w);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == u("phone"));
        CHECK(r.message().startsWith(u("Phone")));
    }
    for (const char *kind : {"volunteer", "building_leader"}) {
        INFO(kind);
        Worker w = fullTime(kind);
        w.kind = u(kind);
        w.phone.clear();
        w.startDate.clear();
        const QString id = must(ws.save(w));
        CHECK(raw(*d, u("workers"), u("phone"), id).toString() == QString());
        CHECK_FALSE(raw(*d, u("workers"), u("phone"), id).isNull()); // '' in a NOT NULL column
        w.name += u("2");
        w.phone = u("12345678"); // optional, but if given it must be a number
        CHECK(ws.save(w).error().field == u("phone"));
    }
    Worker w = fullTime();
    w.phone = u("１３８ ００００ ０００１");
    const QString id = must(ws.save(w));
    CHECK(ws.worker(id)->phone == u("13800000001"));
}

TEST_CASE("two active workers may not share a phone")
{
    District d;
    WorkerService ws(*d);
    const QString first = must(ws.save(fullTime("王芳", "13800000001")));
    const int audits = auditRows(*d);
    auto dup = ws.save(fullTime("李强", "138-0000-0001"));
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().kind == ErrorKind::Invalid);
    CHECK(dup.error().field == u("phone"));
    CHECK(dup.message().contains(u("13800000001")));
    CHECK(auditRows(*d) == audits);

    // Saving the worker itself is no clash.
    Worker self = ws.worker(first).value();
    self.star = 1;
    CHECK(ws.save(self).ok());

    // Once the first has left, the number may go to someone else.
    self.status = u("left");
    REQUIRE(ws.save(self).ok());
    CHECK(ws.save(fullTime("李强", "138-0000-0001")).ok());
}

TEST_CASE("a start date in the future is refused, measured on the injected clock")
{
    District d; // the clock says 2026-01-01
    WorkerService ws(*d);
    Worker w = fullTime();
    w.startDate = u("2026-01-02");
    auto r = ws.save(w);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == u("start_date"));
    CHECK(r.message().contains(u("2026-01-02")));
    w.startDate = u("2026-01-01");
    CHECK(ws.save(w).ok());

    d.clock->advance(24LL * 3600 * 1000);
    Worker later = fullTime("李强", "13800000002");
    later.startDate = u("2026-01-02");
    CHECK(ws.save(later).ok());
}

TEST_CASE("photo: a JPEG or PNG of at most 2 MB")
{
    District d;
    WorkerService ws(*d);
    Worker w = fullTime();
    w.photo = QByteArray("GIF89a......");
    CHECK(ws.save(w).error().field == u("photo"));
    w.photo = QByteArray("\xFF\xD8", 2); // cut short
    CHECK(ws.save(w).error().field == u("photo"));
    w.photo = png(WorkerService::kMaxPhotoBytes + 1);
    auto big = ws.save(w);
    REQUIRE_FALSE(big.ok());
    CHECK(big.error().field == u("photo"));
    CHECK(big.message().contains(u("2 MB")));

    w.photo = png(WorkerService::kMaxPhotoBytes);
    const QString id = must(ws.save(w));
    CHECK(ws.worker(id)->photo == w.photo);
    // The audit log records the photo's size, not its bytes.
    CHECK(count(*d, u("SELECT max(length(after_json)) FROM audit_log WHERE row_id = ?"), {id}) < 2000);

    Worker jpeg = fullTime("李强", "13800000002");
    jpeg.photo = QByteArray("\xFF\xD8\xFF\xE0JFIF", 8);
    CHECK(ws.save(jpeg).ok());
}

TEST_CASE("saving a full-time worker with grids makes them the grids' worker")
{
    District d;
    WorkerService ws(*d);
    GridService gs(*d);
    const QString g1 = addGrid(*d, d.community, d.gridCode(1), u("一"));
    const QString g2 = addGrid(*d, d.community, d.gridCode(2), u("二"));
    Worker w = fullTime();
    w.gridIds = {g1, g2};
    const QString id = must(ws.save(w));
    CHECK(gs.grid(g1)->workerId == id);
    CHECK(gs.grid(g2)->workerId == id);
    CHECK(gs.grid(g1)->headId.isEmpty());
    CHECK(member(*d, id, g1));
    QStringList ids = ws.worker(id)->gridIds;
    ids.sort();
    QStringList want{g1, g2};
    want.sort();
    CHECK(ids == want);

    // Taking a grid off the list clears it, and the membership goes.
    Worker edit = ws.worker(id).value();
    edit.gridIds = {g2};
    REQUIRE(ws.save(edit).ok());
    CHECK(gs.grid(g1)->workerId.isEmpty());
    CHECK(raw(*d, u("grids"), u("worker_id"), g1).isNull());
    CHECK(gs.grid(g2)->workerId == id);
    CHECK_FALSE(member(*d, id, g1));
    CHECK(ws.worker(id)->gridIds == QStringList{g2});
}

TEST_CASE("a grid head becomes the grids' head, other kinds only join")
{
    District d;
    WorkerService ws(*d);
    GridService gs(*d);
    const QString g = addGrid(*d, d.community, d.gridCode(1), u("一"));
    const QString worker = addWorker(*d, u("王芳"), u("13800000001"), u("full_time"), {g});
    const QString head = addWorker(*d, u("张伟"), u("13800000003"), u("grid_head"), {g});
    const QString helper = addWorker(*d, u("李阿姨"), QString(), u("building_leader"), {g});
    const Grid grid = gs.grid(g).value();
    CHECK(grid.workerId == worker);
    CHECK(grid.headId == head);
    CHECK(member(*d, helper, g));

    Worker h = ws.worker(head).value();
    h.gridIds.clear();
    REQUIRE(ws.save(h).ok());
    CHECK(gs.grid(g)->headId.isEmpty());
    CHECK(gs.grid(g)->workerId == worker); // the other slot is not touched
}

TEST_CASE("a full-time worker taking over a grid displaces the previous worker")
{
    District d;
    WorkerService ws(*d);
    GridService gs(*d);
    const QString g = addGrid(*d, d.community, d.gridCode(1), u("一"));
    const QString a = addWorker(*d, u("王芳"), u("13800000001"), u("full_time"), {g});
    const QString b = addWorker(*d, u("李强"), u("13800000002"), u("full_time"), {g});
    CHECK(gs.grid(g)->workerId == b);
    CHECK(member(*d, b, g));
    // A no longer serves the grid: the lists must not show it under both.
    CHECK_FALSE(member(*d, a, g));
    CHECK(ws.worker(a)->gridIds.isEmpty());

    // A later edit of A (without the grid) does not clear B from it.
    Worker edit = ws.worker(a).value();
    edit.star = 2;
    REQUIRE(ws.save(edit).ok());
    CHECK(gs.grid(g)->workerId == b);
}

TEST_CASE("a worker who changes kind gives up the role the old kind held")
{
    District d;
    WorkerService ws(*d);
    GridService gs(*d);
    const QString g = addGrid(*d, d.community, d.gridCode(1), u("一"));
    const QString a = addWorker(*d, u("王芳"), u("13800000001"), u("full_time"), {g});

    SECTION("leaving the grid at the same time")
    {
        Worker edit = ws.worker(a).value();
        edit.kind = u("volunteer");
        edit.gridIds.clear();
        REQUIRE(ws.save(edit).ok());
        CHECK(gs.grid(g)->workerId.isEmpty());
        CHECK_FALSE(member(*d, a, g));
    }
    SECTION("staying on the grid in the new role")
    {
        Worker edit = ws.worker(a).value();
        edit.kind = u("grid_head");
        REQUIRE(ws.save(edit).ok());
        CHECK(gs.grid(g)->headId == a);
        CHECK(gs.grid(g)->workerId.isEmpty());
        CHECK(member(*d, a, g));
    }
}

TEST_CASE("list() filters by kind, status, community and text")
{
    District d;
    WorkerService ws(*d);
    const QString g1 = addGrid(*d, d.community, d.gridCode(1), u("红岛路第一网格"));
    const QString g2 = addGrid(*d, d.community2, u("370202003001001"), u("湛山第一网格"));
    const QString wang = addWorker(*d, u("王芳"), u("13812345678"), u("full_time"), {g1}, d.community);
    addWorker(*d, u("王小明"), u("0532-82871234"), u("grid_head"), {g1}, d.community);
    const QString li = addWorker(*d, u("李强"), u("13800000002"), u("full_time"), {g2}, d.community2);
    addWorker(*d, u("赵敏"), QString(), u("volunteer"), {}, d.community2);
    Worker left = ws.worker(li).value();
    left.status = u("left");
    REQUIRE(ws.save(left).ok());

    CHECK(ws.list().size() == 4);
    CHECK(names(ws.list(query({}, u("full_time")))) == QStringList{u("李强"), u("王芳")}); // by name
    CHECK(ws.list(query({}, u("full_time"), u("active"))).size() == 1);
    CHECK(names(ws.list(query({}, {}, u("left")))) == QStringList{u("李强")});
    CHECK(ws.list(query({}, {}, {}, d.community)).size() == 2);
    CHECK(ws.list(query({}, u("volunteer"), {}, d.community)).isEmpty());

    SECTION("text: part of a name")
    {
        CHECK(ws.list(query(u("王"))).size() == 2);
        CHECK(names(ws.list(query(u(" 小明 ")))) == QStringList{u("王小明")});
        CHECK(ws.list(query(u("钱"))).isEmpty());
    }
    SECTION("text: phone digits, however typed")
    {
        CHECK(names(ws.list(query(u("5678")))) == QStringList{u("王芳")});
        CHECK(names(ws.list(query(u("138 1234 5678")))) == QStringList{u("王芳")});
        CHECK(names(ws.list(query(u("１３８１２３４５６７８")))) == QStringList{u("王芳")});
        CHECK(names(ws.list(query(u("82871234")))) == QStringList{u("王小明")});
        CHECK(names(ws.list(query(u("053282871234")))) == QStringList{u("王小明")});
        CHECK(names(ws.list(query(u("0532-82871234")))) == QStringList{u("王小明")});
    }
    SECTION("text: a grid's code or name")
    {
        CHECK(ws.list(query(d.gridCode(1))).size() == 2);
        CHECK(names(ws.list(query(u("370202003001001")))) == QStringList{u("李强")});
        CHECK(ws.list(query(u("湛山第一"))).size() == 1);
        CHECK(ws.list(query(d.gridCode(1), u("grid_head"))).size() == 1);
    }
    SECTION("the summary carries the community name and grid codes, not the photo")
    {
        const QList<WorkerSummary> l = ws.list(query(u("王芳")));
        REQUIRE(l.size() == 1);
        CHECK(l[0].worker.id == wang);
        CHECK(l[0].communityName == u("红岛路"));
        CHECK(l[0].gridCodes == QStringList{d.gridCode(1)});
        CHECK(l[0].worker.photo.isEmpty());
    }
    CHECK(names(ws.ofKind(u("full_time"))) == QStringList{u("王芳")}); // active only
}

TEST_CASE("removing a worker: left while still referenced, deleted otherwise")
{
    District d;
    WorkerService ws(*d);
    GridService gs(*d);
    const QString g = addGrid(*d, d.community, d.gridCode(1), u("一"));

    SECTION("the worker of a grid")
    {
        const QString a = addWorker(*d, u("王芳"), u("13800000001"), u("full_time"), {g});
        auto r = ws.remove(a);
        REQUIRE(r.ok());
        CHECK(r.value() == RemoveOutcome::Deactivated);
        CHECK(ws.worker(a)->status == u("left"));
        CHECK(raw(*d, u("workers"), u("deleted"), a).toInt() == 0);
    }
    SECTION("the officer of a police grid")
    {
        const QString p = addWorker(*d, u("刘警官"), u("13800000009"), u("police"));
        PoliceGrid pg{{}, d.street, u("JG-001"), u("一警格"), {}, p};
        must(PoliceGridService(*d).save(pg));
        CHECK(ws.remove(p).value() == RemoveOutcome::Deactivated);
    }
    SECTION("a full-time worker entered by mistake, on no grid")
    {
        const QString a = addWorker(*d, u("王芳"), u("13800000001"));
        REQUIRE(ws.careerSteps(a).size() == 1); // their own ladder does not keep them
        auto r = ws.remove(a);
        REQUIRE(r.ok());
        CHECK(r.value() == RemoveOutcome::Deleted);
        CHECK(ws.worker(a).error().kind == ErrorKind::NotFound);
        CHECK(count(*d, u("SELECT count(*) FROM career_steps WHERE worker_id = ? AND deleted = 0"), {a}) == 0);
    }
    SECTION("a volunteer")
    {
        const QString v = addWorker(*d, u("赵敏"), QString(), u("volunteer"));
        CHECK(ws.remove(v).value() == RemoveOutcome::Deleted);
        CHECK(raw(*d, u("workers"), u("deleted"), v).toInt() == 1);
    }
    SECTION("unknown")
    {
        CHECK(ws.remove(u("missing")).error().kind == ErrorKind::NotFound);
    }
}
