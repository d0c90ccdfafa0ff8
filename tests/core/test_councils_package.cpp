// A package carrying residents' councils is checked like every other (exchange/PackageReader.h): a
// topic with a line break, a rule's text with a bidi override, a meeting before 2000 are each
// refused with the reason, and the receiving office's file is left as it was; the package as sent
// — its several-line positions and rule included — is taken.
#include "TrustSender.h"
#include "councils/CouncilService.h"
#include "test_package_tamper.h"

using namespace gd;
using namespace gdtest;

TEST_CASE("a package's councils are checked: a line break in a topic, a bidi override, a year before 2000",
          "[councils][exchange]")
{
    Exchange x;
    Database &db = *x.sender.t;
    Council c;
    c.communityId = text(db, QStringLiteral("SELECT community_id FROM grids WHERE id = '%1'").arg(x.sender.grid));
    c.atMs = db.nowMs() - 3600000;
    c.topic = QStringLiteral("3号楼加装电梯");
    c.attendance.residents = 12;
    c.positions = QStringLiteral("一楼担心采光\n高层支持");
    c.ruleTitle = QStringLiteral("加装电梯议事规则");
    c.ruleText = QStringLiteral("一、征求意见；\n二、三分之二同意。");
    must(CouncilService(db).record(c));
    QFile::remove(x.package);
    REQUIRE(exchange::exportPackage(db, x.package).ok());
    const auto refused = [&](const char *name, const char *sql, const char *reason) {
        gdtest::receiveFrom(*x.receiver, x.package);
        refusedWith(x, x.tampered(QLatin1String(name), [sql](sqlite3 *raw) { run(raw, sql); }), QLatin1String(reason));
    };
    refused("topic.gdpkg", "UPDATE councils SET topic = '加装' || char(10) || '电梯'", "topic");
    refused("rule.gdpkg", "UPDATE councils SET rule_text = '一、' || char(8238) || '征求意见'", "rule_text");
    refused("at.gdpkg", "UPDATE councils SET at_ms = 915148800000", "before 2000");
    gdtest::receiveFrom(*x.receiver, x.package);
    auto reader = exchange::PackageReader::open(x.package, *x.receiver);
    REQUIRE(reader.ok());
}
