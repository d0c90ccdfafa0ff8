// A package carrying the new records of training, exemplary cases and good ideas is checked like
// every other (exchange/PackageReader.h): a write-up's title with a line break, a bidi override in
// what the worker did or in an idea's refinement, an evaluation's comment with a control character,
// an empty training need are each refused with the reason and the receiving office's file left as
// it was; the package as sent — several-line parts included — is taken.
#include "TrustSender.h"
#include "councils/CouncilService.h"
#include "exemplary/ExemplaryService.h"
#include "ideas/IdeaService.h"
#include "test_package_tamper.h"
#include "training/TrainingNeeds.h"
#include "training/TrainingSessions.h"

using namespace gd;
using namespace gdtest;

TEST_CASE("a package's write-ups ideas and training are checked field by field",
          "[exemplary][ideas][training][exchange]")
{
    Exchange x;
    Database &db = *x.sender.t;
    const QString community =
        text(db, QStringLiteral("SELECT community_id FROM grids WHERE id = '%1'").arg(x.sender.grid));
    const QString street = text(db, QStringLiteral("SELECT street_id FROM communities WHERE id = '%1'").arg(community));
    Council c;
    c.communityId = community;
    c.atMs = db.nowMs() - 3600000;
    c.topic = QStringLiteral("3号楼加装电梯");
    c.attendance.residents = 12;
    const QString council = must(CouncilService(db).record(c));
    ExemplaryService exemplary(db);
    auto drafted = exemplary.draftFrom(QStringLiteral("council"), council);
    REQUIRE(drafted.ok());
    ExemplaryCase w = *drafted;
    w.actions = QStringLiteral("逐户走访\n召集议事会");
    w.lessons = QStringLiteral("先议后办");
    must(exemplary.save(w));
    Idea idea;
    idea.streetId = street;
    idea.title = QStringLiteral("逢二聚格");
    idea.description = QStringLiteral("每月逢二日\n集中议事");
    idea.proposedOn = QDateTime::fromMSecsSinceEpoch(db.nowMs()).date().addDays(-30);
    const QString ideaId = must(IdeaService(db).save(idea));
    IdeaVisit visit;
    visit.ideaId = ideaId;
    visit.visitedOn = idea.proposedOn.addDays(7);
    visit.visitors = QStringLiteral("区领导带队");
    visit.refinement = QStringLiteral("梳理为\n五步清单");
    must(IdeaService(db).addVisit(visit));
    TrainingSession s;
    s.date = idea.proposedOn;
    s.topic = QStringLiteral("物业纠纷调解");
    s.workerIds << x.sender.worker;
    const QString session = must(training::recordSession(db, s));
    REQUIRE(training::evaluate(db, session, x.sender.worker, 5, QStringLiteral("实用")).ok());
    REQUIRE(training::needNamed(db, QStringLiteral("物业纠纷")).ok());
    QFile::remove(x.package);
    REQUIRE(exchange::exportPackage(db, x.package).ok());
    const auto refused = [&](const char *name, const char *sql, const char *reason) {
        gdtest::receiveFrom(*x.receiver, x.package);
        refusedWith(x, x.tampered(QLatin1String(name), [sql](sqlite3 *raw) { run(raw, sql); }), QLatin1String(reason));
    };
    refused("title.gdpkg", "UPDATE exemplary_cases SET title = '加装' || char(10) || '电梯'", "title");
    refused("actions.gdpkg", "UPDATE exemplary_cases SET actions = '逐户' || char(8238) || '走访'", "actions");
    refused("refinement.gdpkg", "UPDATE idea_visits SET refinement = '梳理' || char(8238) || '清单'", "refinement");
    refused("comment.gdpkg", "UPDATE training_attendees SET comment = '实' || char(7) || '用'", "comment");
    refused("need.gdpkg", "UPDATE training_needs SET name = ''", "name");
    gdtest::receiveFrom(*x.receiver, x.package);
    auto reader = exchange::PackageReader::open(x.package, *x.receiver);
    REQUIRE(reader.ok());
}
