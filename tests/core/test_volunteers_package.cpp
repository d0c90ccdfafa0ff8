// A package carrying volunteer service is checked like every other (exchange/PackageReader.h): a
// team's name with a line break, a service's summary with a bidi override, a service before 2000
// are each refused with the reason, and the receiving office's file is left as it was.
#include "TrustSender.h"
#include "test_package_tamper.h"
#include "volunteers/VolunteerServices.h"
#include "volunteers/VolunteerTeams.h"

using namespace gd;
using namespace gdtest;

TEST_CASE("a package's volunteer service is checked: a line break in a name, a bidi override, a year before 2000",
          "[volunteers][exchange]")
{
    Exchange x;
    Database &db = *x.sender.t;
    VolunteerTeam team;
    team.name = QStringLiteral("暖格服务队");
    team.communityId = text(db, QStringLiteral("SELECT community_id FROM grids WHERE id = '%1'").arg(x.sender.grid));
    VolunteerService s;
    s.teamId = must(VolunteerTeamService(db).saveTeam(team));
    s.gridId = x.sender.grid;
    s.kindName = QStringLiteral("楼道灯维修");
    s.atMs = db.nowMs() - 3600000;
    s.hours = 1.5;
    s.summary = QStringLiteral("更换楼道灯\n两盏");
    s.workerIds = {x.sender.worker};
    must(VolunteerServiceLog(db).record(s));
    QFile::remove(x.package);
    REQUIRE(exchange::exportPackage(db, x.package).ok());
    const auto refused = [&](const char *name, const char *sql, const char *reason) {
        gdtest::receiveFrom(*x.receiver, x.package);
        refusedWith(x, x.tampered(QLatin1String(name), [sql](sqlite3 *raw) { run(raw, sql); }), QLatin1String(reason));
    };
    refused("team.gdpkg", "UPDATE volunteer_teams SET name = '暖格' || char(10) || '服务队'", "name");
    refused("summary.gdpkg", "UPDATE volunteer_services SET summary = '更换' || char(8238) || '楼道灯'", "summary");
    refused("at.gdpkg", "UPDATE volunteer_services SET at_ms = 915148800000", "before 2000");
    gdtest::receiveFrom(*x.receiver, x.package);
    auto reader = exchange::PackageReader::open(x.package, *x.receiver);
    REQUIRE(reader.ok());
}
