// The district's signed list of its offices' keys (issue 15 §2): an office that trusts the
// district takes the list whole, each office with its area; a changed list, one from an office
// not trusted, or from one trusted for an area only, is refused with nothing trusted.
#include "exchange/OfficeKey.h"
#include "exchange/OfficeList.h"
#include "exchange/Trust.h"
#include "test_exchange_fixture.h"
#include "test_org_fixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace gd;
using namespace gdtest;

namespace {

exchange::TrustedOffice officeOf(Database &db, const QString &name, const QString &scope)
{
    exchange::TrustedOffice o;
    o.publicKey = exchange::officeKey(db)->publicKey;
    o.fingerprint = exchange::fingerprint(o.publicKey);
    o.office = name;
    o.site = db.siteId();
    o.scope = exchange::TrustScope::parse(scope).value();
    return o;
}

void trust(Database &into, const exchange::TrustedOffice &o)
{
    REQUIRE(exchange::trustOffice(into, o, o.fingerprint).ok());
}

int trustedCount(Database &db)
{
    return int(exchange::trustedOffices(db)->size());
}

} // namespace

TEST_CASE("an office that trusts the district takes its signed list of offices, each with its area",
          "[exchange][trust][office-list]")
{
    TestDb district, street, community, newcomer;
    trust(*district, officeOf(*street, QStringLiteral("八大关街道办事处"), QStringLiteral("street:370202002")));
    trust(*district, officeOf(*community, QStringLiteral("红岛路社区"), QStringLiteral("community:370202002001")));
    trust(*district, officeOf(*newcomer, QStringLiteral("新单位"), QStringLiteral("district")));
    const QString list = district.dir.filePath(QStringLiteral("offices.json"));
    REQUIRE(exchange::writeOfficeList(*district, list).ok());

    SECTION("taken whole by an office that trusts the district")
    {
        trust(*newcomer, officeOf(*district, QStringLiteral("市南区"), QStringLiteral("district")));
        const auto taken = exchange::importOfficeList(*newcomer, list);
        INFO(taken.message().toStdString());
        REQUIRE(taken.ok());
        CHECK(taken->trusted == 2);
        CHECK(taken->skipped == 1); // itself
        const auto streetHere = exchange::trustedOffice(*newcomer, exchange::officeKey(*street)->publicKey).value();
        REQUIRE(streetHere.has_value());
        CHECK(streetHere->scope.text() == QStringLiteral("street:370202002"));
        CHECK(streetHere->site == street->siteId());
    }
    SECTION("refused from an office not trusted, or trusted for one area only")
    {
        const auto untrusted = exchange::importOfficeList(*newcomer, list);
        REQUIRE_FALSE(untrusted.ok());
        CHECK(untrusted.message().contains(exchange::fingerprint(exchange::officeKey(*district)->publicKey)));
        trust(*newcomer, officeOf(*district, QStringLiteral("市南区"), QStringLiteral("street:370202002")));
        CHECK_FALSE(exchange::importOfficeList(*newcomer, list).ok());
        CHECK(trustedCount(*newcomer) == 1);
    }
    SECTION("a list changed after it was signed is refused, nothing trusted")
    {
        trust(*newcomer, officeOf(*district, QStringLiteral("市南区"), QStringLiteral("district")));
        QFile f(list);
        REQUIRE(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        text.replace("street:370202002", "district");
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        const auto changed = exchange::importOfficeList(*newcomer, list);
        REQUIRE_FALSE(changed.ok());
        CHECK(changed.message().contains(QStringLiteral("signature")));
        CHECK(trustedCount(*newcomer) == 1);
    }
    SECTION("only an administrator writes or takes a list")
    {
        const Actor staff = actorAs(Role::Staff);
        district->setActor(staff);
        CHECK(exchange::writeOfficeList(*district, list).error().kind == ErrorKind::Permission);
        newcomer->setActor(staff);
        CHECK(exchange::importOfficeList(*newcomer, list).error().kind == ErrorKind::Permission);
    }
}
