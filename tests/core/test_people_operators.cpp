// Operators and their passwords (core/access/OperatorService, Password): PBKDF2 against
// published vectors, the first administrator, logins, sign-in, passwords, deactivation.
#include "access/OperatorService.h"
#include "access/Password.h"
#include "test_org_fixture.h"

using namespace gd;
using namespace gdtest;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}
QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}
// A file with its first administrator signed in.
struct Office : TestDb {
    QString adminId;
    Office()
    {
        db->setActor(Actor());
        adminId = must(OperatorService(*db).create(u("admin"), u("管理员"), Role::Admin, u("secret-1")));
        auto a = OperatorService(*db).authenticate(u("admin"), u("secret-1"));
        REQUIRE(a.ok());
        db->setActor(a.value());
    }
};
} // namespace

TEST_CASE("PBKDF2-HMAC-SHA256 matches the published test vectors")
{
    using password::pbkdf2Sha256;
    CHECK(pbkdf2Sha256("password", "salt", 1, 32) ==
          hex("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"));
    CHECK(pbkdf2Sha256("password", "salt", 2, 32) ==
          hex("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"));
    CHECK(pbkdf2Sha256("password", "salt", 4096, 32) ==
          hex("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"));
    // Longer than one SHA-256 block: the second block's counter.
    CHECK(pbkdf2Sha256("passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 40) ==
          hex("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9"));
    CHECK(pbkdf2Sha256("password", "salt", 1, 16) == hex("120fb6cffcf8b32c43e7225256c4f837"));
}

TEST_CASE("password hashes: salted, UTF-8, verified in constant time")
{
    const QByteArray salt = password::newSalt();
    CHECK(salt.size() == password::kSaltBytes);
    CHECK(password::newSalt() != salt);
    // Chinese passwords are hashed as UTF-8.
    CHECK(password::hash(u("密码"), "salt", 3) ==
          hex("807e3bd2a362644a5584c4cd4d19f1f3cce23f6d6d5aac7e1700a153593743b6"));
    const QByteArray h = password::hash(u("secret-1"), salt, 10);
    CHECK(h.size() == password::kHashBytes);
    CHECK(password::verify(u("secret-1"), salt, h, 10));
    CHECK_FALSE(password::verify(u("secret-2"), salt, h, 10));
    CHECK_FALSE(password::verify(u("secret-1"), salt, h, 11));
    CHECK_FALSE(password::verify(u("secret-1"), password::newSalt(), h, 10));
    CHECK_FALSE(password::verify(u("secret-1"), salt, h.left(16), 10));
    CHECK_FALSE(password::verify(u("secret-1"), salt, QByteArray(), 10));
}

TEST_CASE("the first operator of a new file must be an administrator")
{
    TestDb t;
    t->setActor(Actor()); // nobody signed in yet
    OperatorService ops(*t);
    CHECK_FALSE(ops.hasOperators());
    for (Role r : {Role::Staff, Role::Supervisor}) {
        auto refused = ops.create(u("wang"), u("王芳"), r, u("secret-1"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Invalid);
        CHECK(refused.error().field == u("role"));
    }
    CHECK_FALSE(ops.hasOperators());
    const QString id = must(ops.create(u("admin"), u(" 管理员 "), Role::Admin, u("secret-1")));
    CHECK(ops.hasOperators());
    CHECK_FALSE(t->actor().signedIn); // creating does not sign anybody in
    const QList<Operator> list = ops.operators();
    REQUIRE(list.size() == 1);
    CHECK(list[0].id == id);
    CHECK(list[0].displayName == u("管理员"));
    CHECK(list[0].role == Role::Admin);
    CHECK(list[0].active);
    // The creation is audited, by the system, without the password.
    CHECK(count(*t,
                u("SELECT count(*) FROM audit_log WHERE table_name = 'operators' AND row_id = ? "
                  "AND operator_login = 'system' AND after_json NOT LIKE '%secret%'"),
                {id}) == 1);

    // The second needs someone allowed to manage operators.
    auto anon = ops.create(u("wang"), u("王芳"), Role::Staff, u("secret-1"));
    REQUIRE_FALSE(anon.ok());
    CHECK(anon.error().kind == ErrorKind::Permission);
}

TEST_CASE("operator fields: login format, name, role, password length, duplicates")
{
    Office o;
    OperatorService ops(*o);
    auto field = [&](const char *login, const char *name, Role role, const QString &pw) {
        return ops.create(u(login), u(name), role, pw).error().field;
    };
    for (const char *bad : {"", "w", "1wang", "_wang", "wang fang", "王芳", "wang@office", " wang",
                            "a123456789012345678901234567890123"}) {
        INFO(bad);
        CHECK(field(bad, "王芳", Role::Staff, u("secret-1")) == u("login"));
    }
    CHECK(field("wang", "  ", Role::Staff, u("secret-1")) == u("display_name"));
    CHECK(field("wang", "王芳", Role::System, u("secret-1")) == u("role"));
    CHECK(field("wang", "王芳", Role::Staff, u("12345")) == u("password"));
    CHECK(field("wang", "王芳", Role::Staff, QString(129, QLatin1Char('p'))) == u("password"));
    CHECK(field("admin", "王芳", Role::Staff, u("secret-1")) == u("login"));
    CHECK(field("ADMIN", "王芳", Role::Staff, u("secret-1")) == u("login")); // logins ignore case
    CHECK(ops.operators().size() == 1);

    for (const char *good : {"wa", "wang.fang", "wang-fang_2", "a1234567890123456789012345678901"}) {
        INFO(good);
        CHECK(ops.create(u(good), u("王芳"), Role::Staff, u("123456")).ok());
    }
    CHECK(ops.operators().size() == 5);
}

TEST_CASE("authenticate: right password in, anything else out with one message")
{
    Office o;
    OperatorService ops(*o);
    const QString staff = must(ops.create(u("wang"), u("王芳"), Role::Staff, u("secret-2")));
    o.clock->advance(60000);
    auto in = ops.authenticate(u(" wang "), u("secret-2"));
    REQUIRE(in.ok());
    CHECK(in->operatorId == staff);
    CHECK(in->role == Role::Staff);
    CHECK(in->displayName == u("王芳"));
    CHECK(in->signedIn);
    CHECK(raw(*o, u("operators"), u("last_sign_in_ms"), staff).toLongLong() == o.clock->nowMs());

    auto wrong = ops.authenticate(u("wang"), u("secret-3"));
    auto unknown = ops.authenticate(u("nobody"), u("secret-2"));
    auto empty = ops.authenticate(QString(), QString());
    REQUIRE_FALSE(wrong.ok());
    REQUIRE_FALSE(unknown.ok());
    REQUIRE_FALSE(empty.ok());
    CHECK(wrong.error().kind == ErrorKind::Permission);
    CHECK(unknown.error().kind == ErrorKind::Permission);
    CHECK(wrong.message() == unknown.message());
    CHECK(empty.message() == unknown.message());
    CHECK(wrong.error().field == unknown.error().field);
    CHECK(ops.authenticate(u("wang"), u("Secret-2")).message() == unknown.message());

    // Logins ignore case; the actor carries the login as stored, which the audit log records.
    auto upper = ops.authenticate(u("WANG"), u("secret-2"));
    REQUIRE(upper.ok());
    CHECK(upper->login == u("wang"));
}

TEST_CASE("a deactivated operator cannot sign in, and nobody deactivates themselves")
{
    Office o;
    OperatorService ops(*o);
    const QString staff = must(ops.create(u("wang"), u("王芳"), Role::Staff, u("secret-2")));
    REQUIRE(ops.setActive(staff, false).ok());
    auto refused = ops.authenticate(u("wang"), u("secret-2"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Permission);
    // A wrong password still gets the ordinary answer: deactivation is told only to the owner.
    CHECK(ops.authenticate(u("wang"), u("nope-nope")).message() == ops.authenticate(u("x"), u("y")).message());
    CHECK_FALSE(ops.operators().last().active);

    auto self = ops.setActive(o.adminId, false);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().field == u("active"));
    CHECK(ops.setActive(u("no-such-operator"), false).error().kind == ErrorKind::NotFound);

    REQUIRE(ops.setActive(staff, true).ok());
    CHECK(ops.authenticate(u("wang"), u("secret-2")).ok());
}

TEST_CASE("passwords: own or, for an administrator, anyone's")
{
    Office o;
    OperatorService ops(*o);
    const QString staff = must(ops.create(u("wang"), u("王芳"), Role::Staff, u("secret-2")));
    const QString other = must(ops.create(u("li"), u("李强"), Role::Staff, u("secret-3")));

    REQUIRE(ops.setPassword(staff, u("changed-2")).ok()); // the admin resets it
    CHECK(ops.authenticate(u("wang"), u("changed-2")).ok());
    CHECK_FALSE(ops.authenticate(u("wang"), u("secret-2")).ok());

    o->setActor(ops.authenticate(u("wang"), u("changed-2")).value());
    CHECK(ops.setPassword(staff, u("mine-123")).ok());
    CHECK(ops.setPassword(staff, u("short")).error().field == u("password"));
    auto foreign = ops.setPassword(other, u("hacked-1"));
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().kind == ErrorKind::Permission);
    CHECK(ops.authenticate(u("li"), u("secret-3")).ok());

    // A signed-out session keeps no rights, not even over its own password.
    Actor out = o->actor();
    out.signedIn = false;
    o->setActor(out);
    auto signedOut = ops.setPassword(staff, u("again-123"));
    REQUIRE_FALSE(signedOut.ok());
    CHECK(signedOut.error().kind == ErrorKind::Permission);
    CHECK(ops.authenticate(u("wang"), u("mine-123")).ok());

    o->setActor(ops.authenticate(u("admin"), u("secret-1")).value());
    CHECK(ops.setPassword(u("no-such-operator"), u("secret-9")).error().kind == ErrorKind::NotFound);
}
