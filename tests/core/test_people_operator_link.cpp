// Operators linked to the grid worker they are (OperatorService::linkWorker, schema v6), their
// role changed, and the last active administrator kept: permissions, audit, the signed-in
// actor's worker ("my cases"), and a v5 file's operators carried over by the migration.
#include "access/OperatorService.h"
#include "access/Password.h"
#include "storage/SchemaLadder.h"
#include "test_people_fixture.h"

#include <QFile>
#include <QSqlDatabase>

#include <cstring>

using namespace gd;
using namespace gdtest;

namespace {
// A file with its first administrator signed in, a staff operator and two full-time workers.
struct Office : TestDb {
    QString adminId, staffId, workerId, otherWorkerId;
    Office()
    {
        db->setActor(Actor());
        OperatorService ops(*db);
        adminId = must(ops.create(u("admin"), u("管理员"), Role::Admin, u("secret-1")));
        signIn("admin", "secret-1");
        staffId = must(ops.create(u("wang"), u("王芳"), Role::Staff, u("secret-2")));
        workerId = must(WorkerService(*db).save(fullTime("王芳", "13800000001")));
        otherWorkerId = must(WorkerService(*db).save(fullTime("李强", "13800000002")));
    }
    void signIn(const char *login, const char *password)
    {
        auto a = OperatorService(*db).authenticate(u(login), u(password));
        INFO(a.message().toStdString());
        REQUIRE(a.ok());
        db->setActor(a.value());
    }
    int audits(const QString &operatorId)
    {
        return count(*db, u("SELECT count(*) FROM audit_log WHERE table_name = 'operators' AND row_id = ?"),
                     {operatorId});
    }
    Operator op(const QString &id) { return OperatorService(*db).byId(id).value(); }
};
} // namespace

TEST_CASE("an operator is linked to a worker, unlinked, and each change is audited")
{
    Office o;
    OperatorService ops(*o);
    CHECK(o.op(o.staffId).workerId.isEmpty());
    const int before = o.audits(o.staffId);

    REQUIRE(ops.linkWorker(o.staffId, o.workerId).ok());
    CHECK(o.op(o.staffId).workerId == o.workerId);
    CHECK(o.op(o.staffId).workerName == u("王芳"));
    CHECK(raw(*o, u("operators"), u("worker_id"), o.staffId).toString() == o.workerId);
    CHECK(o.audits(o.staffId) == before + 1);
    CHECK(count(*o,
                u("SELECT count(*) FROM audit_log WHERE row_id = ? AND action = 'update' AND operator_login = 'admin' "
                  "AND after_json LIKE ? AND before_json LIKE '%null%'"),
                {o.staffId, u("%") + o.workerId + u("%")}) == 1);
    // The list carries the link too.
    bool listed = false;
    for (const Operator &x : ops.operators())
        listed = listed || (x.id == o.staffId && x.workerName == u("王芳"));
    CHECK(listed);

    // The same link again changes nothing and leaves no audit entry.
    REQUIRE(ops.linkWorker(o.staffId, o.workerId).ok());
    CHECK(o.audits(o.staffId) == before + 1);

    REQUIRE(ops.linkWorker(o.staffId, o.otherWorkerId).ok());
    CHECK(o.op(o.staffId).workerName == u("李强"));
    REQUIRE(ops.linkWorker(o.staffId, QString()).ok()); // empty unlinks
    CHECK(o.op(o.staffId).workerId.isEmpty());
    CHECK(raw(*o, u("operators"), u("worker_id"), o.staffId).isNull());
    CHECK(o.audits(o.staffId) == before + 3);
}

TEST_CASE("linking needs an administrator: staff and supervisors are refused")
{
    Office o;
    OperatorService ops(*o);
    must(ops.create(u("zhuren"), u("王主任"), Role::Supervisor, u("secret-3")));
    for (const char *login : {"wang", "zhuren"}) {
        INFO(login);
        o.signIn(login, std::strcmp(login, "wang") == 0 ? "secret-2" : "secret-3");
        const int audit = auditRows(*o);
        auto refused = ops.linkWorker(o.staffId, o.workerId);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Permission);
        CHECK(ops.setRole(o.staffId, Role::Supervisor).error().kind == ErrorKind::Permission);
        CHECK(o.op(o.staffId).workerId.isEmpty());
        CHECK(auditRows(*o) == audit);
    }
    o->setActor(Actor()); // signed out
    CHECK(ops.linkWorker(o.staffId, o.workerId).error().kind == ErrorKind::Permission);
}

TEST_CASE("only an active worker on file can be linked")
{
    Office o;
    OperatorService ops(*o);
    Worker left = fullTime("赵敏", "13800000003");
    left.status = u("left");
    const QString leftId = must(WorkerService(*o).save(left));
    const int audit = auditRows(*o);

    auto gone = ops.linkWorker(o.staffId, leftId);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().kind == ErrorKind::Invalid);
    CHECK(gone.error().field == u("worker_id"));
    CHECK(gone.message().contains(u("赵敏")));

    auto unknown = ops.linkWorker(o.staffId, u("no-such-worker"));
    CHECK(unknown.error().field == u("worker_id"));
    CHECK(ops.linkWorker(u("no-such-operator"), o.workerId).error().kind == ErrorKind::NotFound);
    CHECK(ops.linkWorker(QString(), o.workerId).error().kind == ErrorKind::NotFound);

    // A removed worker (a tombstone) is no longer on file.
    const QString removedId = must(WorkerService(*o).save(fullTime("钱进", "13800000004")));
    REQUIRE(WorkerService(*o).remove(removedId).ok());
    CHECK(ops.linkWorker(o.staffId, removedId).error().field == u("worker_id"));
    CHECK(o.op(o.staffId).workerId.isEmpty());
    CHECK(auditRows(*o) > audit);    // only the worker's own save and removal wrote
    CHECK(o.audits(o.staffId) == 1); // its creation, nothing since
}

TEST_CASE("the signed-in actor carries the operator's worker: my cases")
{
    Office o;
    OperatorService ops(*o);
    REQUIRE(ops.linkWorker(o.staffId, o.workerId).ok());
    auto wang = ops.authenticate(u("wang"), u("secret-2"));
    REQUIRE(wang.ok());
    CHECK(wang->workerId == o.workerId);
    auto admin = ops.authenticate(u("admin"), u("secret-1"));
    REQUIRE(admin.ok());
    CHECK(admin->workerId.isEmpty());

    // An administrator who links themselves sees it at once, and the window hears of it.
    o->setActor(admin.value());
    int told = 0;
    QObject::connect(o.db.get(), &Database::actorChanged, [&told] { ++told; });
    REQUIRE(ops.linkWorker(o.adminId, o.otherWorkerId).ok());
    CHECK(o->actor().workerId == o.otherWorkerId);
    CHECK(told == 1);
    REQUIRE(ops.linkWorker(o.adminId, QString()).ok());
    CHECK(o->actor().workerId.isEmpty());
    CHECK(told == 2);
    // A refused link leaves the actor as it was.
    CHECK_FALSE(ops.linkWorker(o.adminId, u("no-such-worker")).ok());
    CHECK(o->actor().workerId.isEmpty());
    CHECK(told == 2);
}

TEST_CASE("roles change under the administrator's eye, never one's own")
{
    Office o;
    OperatorService ops(*o);
    const int before = o.audits(o.staffId);
    REQUIRE(ops.setRole(o.staffId, Role::Supervisor).ok());
    CHECK(o.op(o.staffId).role == Role::Supervisor);
    CHECK(count(*o,
                u("SELECT count(*) FROM audit_log WHERE row_id = ? AND before_json LIKE '%staff%' "
                  "AND after_json LIKE '%supervisor%'"),
                {o.staffId}) == 1);
    REQUIRE(ops.setRole(o.staffId, Role::Supervisor).ok()); // no change, no audit
    CHECK(o.audits(o.staffId) == before + 1);
    CHECK(ops.authenticate(u("wang"), u("secret-2"))->role == Role::Supervisor);

    CHECK(ops.setRole(o.staffId, Role::System).error().field == u("role"));
    CHECK(ops.setRole(u("no-such-operator"), Role::Staff).error().kind == ErrorKind::NotFound);
    auto own = ops.setRole(o.adminId, Role::Staff);
    REQUIRE_FALSE(own.ok());
    CHECK(own.error().field == u("role"));
    CHECK(o.op(o.adminId).role == Role::Admin);
}

TEST_CASE("the last active administrator can be neither demoted nor deactivated")
{
    Office o;
    OperatorService ops(*o);
    const QString second = must(ops.create(u("li"), u("李主任"), Role::Admin, u("secret-4")));
    const Actor first = o->actor();

    // Two administrators: the second signs in and deactivates the first.
    o.signIn("li", "secret-4");
    REQUIRE(ops.setActive(o.adminId, false).ok());
    // The first one's session is still open elsewhere; the second is now the last active one.
    o->setActor(first);
    auto demote = ops.setRole(second, Role::Supervisor);
    REQUIRE_FALSE(demote.ok());
    CHECK(demote.error().field == u("role"));
    CHECK(demote.message().contains(u("李主任")));
    auto deactivate = ops.setActive(second, false);
    REQUIRE_FALSE(deactivate.ok());
    CHECK(deactivate.error().field == u("active"));
    CHECK(o.op(second).role == Role::Admin);
    CHECK(o.op(second).active);

    // Nor from the system actor (a script, a repair).
    o->setActor(Actor::system());
    CHECK_FALSE(ops.setRole(second, Role::Staff).ok());
    CHECK_FALSE(ops.setActive(second, false).ok());
    // Demoting an inactive administrator takes nobody's rights away.
    REQUIRE(ops.setRole(o.adminId, Role::Staff).ok());
    // With another active administrator the rule lets go.
    REQUIRE(ops.setRole(o.adminId, Role::Admin).ok());
    REQUIRE(ops.setActive(o.adminId, true).ok());
    CHECK(ops.setRole(second, Role::Supervisor).ok());
    CHECK(ops.setActive(second, false).ok());
}

TEST_CASE("a v5 file keeps its operators through the v6 migration and can link them")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u("v5.griddesk"));
    const QByteArray salt = password::newSalt();
    {
        QSqlDatabase raw5 = QSqlDatabase::addDatabase(u("QSQLITE"), u("v5"));
        raw5.setDatabaseName(path);
        REQUIRE(raw5.open());
        QSqlQuery q(raw5);
        REQUIRE(q.exec(u("PRAGMA application_id=%1").arg(Database::kApplicationId)));
        REQUIRE(schema::migrate(raw5, 0, 5));
        REQUIRE(q.exec(u("INSERT INTO meta VALUES('site_id','0193e4a0-0000-7000-8000-000000000005')")));
        q.prepare(u("INSERT INTO operators(id, login, display_name, role, salt, hash, iterations, active, created_ms, "
                    "updated_ms, last_sign_in_ms) VALUES(?, 'wang', '王芳', 'staff', ?, ?, 1000, 1, 1, 1, 42)"));
        q.addBindValue(u("0193e4a0-0000-7000-8000-0000000000b1"));
        q.addBindValue(salt);
        q.addBindValue(password::hash(u("secret-2"), salt, 1000));
        REQUIRE(q.exec());
        REQUIRE(q.exec(u("INSERT INTO workers(id, origin_site, created_hlc, site, hlc, vv, name, kind, start_date) "
                         "VALUES('0193e4a0-0000-7000-8000-0000000000a1','s1',100,'s1',100,'{\"s1\":1}','王芳',"
                         "'full_time','2019-03-01')")));
        q.finish();
        raw5.close();
    }
    QSqlDatabase::removeDatabase(u("v5"));

    auto opened = Database::open(path);
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    CHECK(db.schemaVersion() == schema::latestVersion());
    CHECK(QFile::exists(db.lastBackupPath()));
    OperatorService ops(db);
    const QList<Operator> list = ops.operators();
    REQUIRE(list.size() == 1);
    CHECK(list[0].login == u("wang"));
    CHECK(list[0].displayName == u("王芳"));
    CHECK(list[0].lastSignInMs == 42);
    CHECK(list[0].workerId.isEmpty());
    auto wang = ops.authenticate(u("wang"), u("secret-2"));
    REQUIRE(wang.ok());
    CHECK(wang->workerId.isEmpty());

    db.setActor(Actor::system());
    REQUIRE(ops.linkWorker(list[0].id, u("0193e4a0-0000-7000-8000-0000000000a1")).ok());
    CHECK(ops.authenticate(u("wang"), u("secret-2"))->workerId == u("0193e4a0-0000-7000-8000-0000000000a1"));
}
