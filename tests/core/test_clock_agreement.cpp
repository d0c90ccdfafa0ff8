// This PC's clock against the file's (issue 15 §3): far behind or far ahead, every write is
// refused until an administrator confirms the clock, and a PC that falls further behind is asked
// about again.
#include "TestDb.h"
#include "access/ClockAgreement.h"
#include "org/HierarchyService.h"
#include "test_org_fixture.h"

#include <catch2/catch.hpp>

using namespace gd;
using namespace gdtest;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

} // namespace

TEST_CASE("a PC clock far behind the file's newest change holds every write until an administrator confirms it",
          "[clock]")
{
    TestDb t;
    CHECK_FALSE(clockAgreement(*t).holdsWrites()); // a new file: nothing to disagree with
    addStreet(*t, QStringLiteral("370202001"), QStringLiteral("八大关街道"));
    const qint64 written = t.clock->nowMs();

    // Back by two days (a PC whose battery reset its date, say): refused, saying which is off.
    t.clock->setMs(written - 2 * kDay);
    const ClockAgreement behind = clockAgreement(*t);
    CHECK(behind.behind);
    CHECK(behind.fileMs >= written);
    Street s;
    s.code = QStringLiteral("370202002");
    s.name = QStringLiteral("湛山街道");
    const auto refused = HierarchyService(*t).saveStreet(s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QLatin1String("clock"));
    CHECK(refused.message().contains(QStringLiteral("behind")));

    // Only an administrator confirms; then writing works, and the confirmation is audited.
    t->setActor(actorAs(Role::Supervisor));
    CHECK(confirmClock(*t).error().kind == ErrorKind::Permission);
    t->setActor(actorAs(Role::Admin));
    REQUIRE(confirmClock(*t).ok());
    CHECK_FALSE(clockAgreement(*t).holdsWrites());
    CHECK(HierarchyService(*t).saveStreet(s).ok());

    // Within the gap accepted it stays accepted; further behind it is held again.
    t.clock->advance(kDay);
    CHECK_FALSE(clockAgreement(*t).holdsWrites());
    t.clock->setMs(written - 5 * kDay);
    CHECK(clockAgreement(*t).behind);
}

TEST_CASE("a PC clock more than a year ahead holds writes, confirming moves the file's clock to it", "[clock]")
{
    TestDb t;
    addStreet(*t, QStringLiteral("370202001"), QStringLiteral("八大关街道"));
    // Months later (a file left unused) is no reason to stop the desk.
    t.clock->advance(200 * kDay);
    CHECK_FALSE(clockAgreement(*t).holdsWrites());
    t.clock->advance(200 * kDay);
    const ClockAgreement ahead = clockAgreement(*t);
    CHECK(ahead.ahead);
    CHECK(ahead.message().contains(QStringLiteral("ahead")));
    CHECK(requireClockAgreement(*t).error().field == QLatin1String("clock"));
    REQUIRE(confirmClock(*t).ok());
    CHECK_FALSE(clockAgreement(*t).holdsWrites());
    CHECK(clockAgreement(*t).fileMs == t.clock->nowMs());
}

TEST_CASE("the clock tolerance an office sets for packages is how far behind its own PC may be", "[clock]")
{
    TestDb t;
    addStreet(*t, QStringLiteral("370202001"), QStringLiteral("八大关街道"));
    REQUIRE(setClockToleranceHours(*t, 72).ok());
    t.clock->advance(-2 * kDay); // what a package stamped two days ahead leaves, with 72 hours allowed
    CHECK_FALSE(clockAgreement(*t).holdsWrites());
    t.clock->advance(-2 * kDay);
    CHECK(clockAgreement(*t).behind);
    CHECK(setClockToleranceHours(*t, 0).error().field == QLatin1String("clock_tolerance"));
}
