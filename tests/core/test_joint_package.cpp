// A package carrying joint work is checked like every other (exchange/PackageReader.h): an agenda
// with a line break, a person's name with a bidi override, an activity or a meeting before 2000
// are each refused with the reason, and the receiving office's file is left as it was; the
// package as sent — its several-line issues and summary included — is taken.
#include "TrustSender.h"
#include "joint/JointActivities.h"
#include "joint/JointTasks.h"
#include "org/PoliceGridService.h"
#include "test_package_tamper.h"

using namespace gd;
using namespace gdtest;

TEST_CASE("a package's joint work is checked: a line break in an agenda, a bidi override, a year before 2000",
          "[joint][exchange]")
{
    Exchange x;
    Database &db = *x.sender.t;
    PoliceGrid p;
    p.streetId = text(db, QStringLiteral("SELECT id FROM streets LIMIT 1"));
    p.code = QStringLiteral("JW01");
    p.name = QStringLiteral("第一警格");
    const QString police = must(PoliceGridService(db).save(p, {x.sender.grid}));
    JointActivity a;
    a.policeGridId = police;
    a.gridIds = {x.sender.grid};
    a.atMs = db.nowMs() - 3600000;
    a.summary = QStringLiteral("夜间联合巡逻\n检查消防通道"); // several lines where several lines belong
    a.people << JointPerson{{}, {}, QStringLiteral("李调解员")};
    must(JointActivityService(db).record(a));
    JointMeeting m;
    m.level = QStringLiteral("grid");
    m.gridId = x.sender.grid;
    m.atMs = db.nowMs() - 7200000;
    m.topic = QStringLiteral("警网联席会商");
    m.issues = QStringLiteral("电动车充电\n群租房");
    m.tasks << JointTask{{}, {}, QStringLiteral("清理楼道"), x.sender.worker, {}, db.nowMs() + 86400000, 0, {}, {}, {}};
    must(JointMeetingService(db).record(m));
    QFile::remove(x.package);
    REQUIRE(exchange::exportPackage(db, x.package).ok());
    const auto refused = [&](const char *name, const char *sql, const char *reason) {
        gdtest::receiveFrom(*x.receiver, x.package);
        refusedWith(x, x.tampered(QLatin1String(name), [sql](sqlite3 *raw) { run(raw, sql); }), QLatin1String(reason));
    };
    refused("topic.gdpkg", "UPDATE joint_meetings SET topic = '警网' || char(10) || '会商'", "topic");
    refused("person.gdpkg", "UPDATE joint_activity_people SET name = '李' || char(8238) || '调解员' WHERE name <> ''",
            "name");
    refused("activity.gdpkg", "UPDATE joint_activities SET at_ms = 915148800000", "before 2000");
    refused("meeting.gdpkg", "UPDATE joint_meetings SET at_ms = 915148800000", "before 2000");
    // The package as sent is taken, its several lines and all.
    gdtest::receiveFrom(*x.receiver, x.package);
    auto reader = exchange::PackageReader::open(x.package, *x.receiver);
    REQUIRE(reader.ok());
}
