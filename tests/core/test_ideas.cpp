// Good ideas and observation visits (ideas/): an idea, a visit or an adoption is refused by the
// field that is wrong with nothing written; an idea keeps its visits and adoptions, a street
// adopts it once (again: the day and note change) and never its own; the ideas are listed by year
// newest first and the adoptions of a period by day; only supervisors record them; two offices
// adopting one idea for one street keep one adoption; and a street's package carries every idea
// and training session but only its own area's exemplary write-ups and training orders.
#include "exemplary/ExemplaryService.h"
#include "ideas/IdeaService.h"
#include "test_exchange_fixture.h"
#include "training/TrainingNeeds.h"
#include "training/TrainingSessions.h"

#include <QSqlQuery>

using namespace gd;
using namespace gdtest;

namespace {

struct IdeaWorld : CaseWorld {
    QString street, street2, street3, community2, grid2, worker2;
    IdeaWorld()
    {
        street = text(*t, QStringLiteral("SELECT id FROM streets"));
        street2 = addStreet(*t, QStringLiteral("370202003"), QStringLiteral("湛山街道"));
        street3 = addStreet(*t, QStringLiteral("370202004"), QStringLiteral("香港中路街道"));
        community2 = addCommunity(*t, street2, QStringLiteral("370202003001"), QStringLiteral("湛山社区"));
        worker2 = addWorker(*t, QStringLiteral("王晓梅"), QStringLiteral("13953200007"));
        grid2 = addGrid(*t, community2, QStringLiteral("370202003001001"), QStringLiteral("湛山社区第1网格"), worker2);
    }
    Idea idea(const QString &by, const QDate &on = QDate(2026, 1, 15)) const
    {
        Idea i;
        i.streetId = by;
        i.title = QStringLiteral("逢二聚格");
        i.description = QStringLiteral("每月逢二日，网格员、楼长、物业在网格内集中议事。\n问题当场认领。");
        i.usedWhere = QStringLiteral("红岛路社区");
        i.proposedOn = on;
        return i;
    }
    IdeaAdoption adoption(const QString &ideaId, const QString &by, const QDate &on = QDate(2026, 2, 20)) const
    {
        IdeaAdoption a;
        a.ideaId = ideaId;
        a.streetId = by;
        a.adoptedOn = on;
        a.note = QStringLiteral("在3个社区试行");
        return a;
    }
    IdeaVisit visit(const QString &ideaId, const QString &by, const QDate &on = QDate(2026, 2, 10)) const
    {
        IdeaVisit v;
        v.ideaId = ideaId;
        v.streetId = by;
        v.visitedOn = on;
        v.visitors = QStringLiteral("湛山街道网格办5人");
        v.comments = QStringLiteral("议事记录要留痕");
        v.refinement = QStringLiteral("增加议事台账");
        return v;
    }
    qint64 rows(const char *table) { return scalar(*t, QStringLiteral("SELECT count(*) FROM %1").arg(table)); }
};

} // namespace

TEST_CASE("an idea or a visit or an adoption is refused by the field that is wrong and nothing is written", "[ideas]")
{
    IdeaWorld w;
    IdeaService ideas(*w.t);
    const auto refused = [](const auto &result) {
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == ErrorKind::Invalid);
        return result.error().field;
    };
    Idea i = w.idea(QString());
    CHECK(refused(ideas.save(i)) == QStringLiteral("street_id"));
    i.streetId = QStringLiteral("nowhere");
    CHECK(refused(ideas.save(i)) == QStringLiteral("street_id"));
    i = w.idea(w.street);
    i.title = QStringLiteral(" ");
    CHECK(refused(ideas.save(i)) == QStringLiteral("title"));
    i.title = QString(61, QChar(0x683C));
    CHECK(refused(ideas.save(i)) == QStringLiteral("title"));
    i = w.idea(w.street);
    i.description = QString(3001, QChar(0x683C));
    CHECK(refused(ideas.save(i)) == QStringLiteral("description"));
    i = w.idea(w.street);
    i.usedWhere = QString(201, QChar(0x683C));
    CHECK(refused(ideas.save(i)) == QStringLiteral("used_where"));
    for (const QDate &day : {QDate(), QDate(1999, 12, 31), QDate(2026, 3, 3)})
        CHECK(refused(ideas.save(w.idea(w.street, day))) == QStringLiteral("proposed_on"));
    i = w.idea(w.street);
    i.id = QStringLiteral("no-such-idea");
    CHECK(ideas.save(i).error().kind == ErrorKind::NotFound);
    CHECK(w.rows("ideas") == 0);

    const QString id = must(ideas.save(w.idea(w.street)));
    CHECK(ideas.addVisit(w.visit(QStringLiteral("no-such-idea"), w.street2)).error().kind == ErrorKind::NotFound);
    CHECK(refused(ideas.addVisit(w.visit(id, QStringLiteral("nowhere")))) == QStringLiteral("street_id"));
    for (const QDate &day : {QDate(), QDate(2026, 1, 14), QDate(2026, 3, 3)})
        CHECK(refused(ideas.addVisit(w.visit(id, w.street2, day))) == QStringLiteral("visited_on"));
    IdeaVisit v = w.visit(id, w.street2);
    v.visitors = QStringLiteral("  ");
    CHECK(refused(ideas.addVisit(v)) == QStringLiteral("visitors"));
    v = w.visit(id, w.street2);
    v.comments = QString(3001, QChar(0x8BAE));
    CHECK(refused(ideas.addVisit(v)) == QStringLiteral("comments"));
    v = w.visit(id, w.street2);
    v.refinement = QString(3001, QChar(0x8BAE));
    CHECK(refused(ideas.addVisit(v)) == QStringLiteral("refinement"));

    CHECK(ideas.adopt(w.adoption(QStringLiteral("no-such-idea"), w.street2)).error().kind == ErrorKind::NotFound);
    CHECK(refused(ideas.adopt(w.adoption(id, QString()))) == QStringLiteral("street_id"));
    CHECK(refused(ideas.adopt(w.adoption(id, QStringLiteral("nowhere")))) == QStringLiteral("street_id"));
    CHECK(refused(ideas.adopt(w.adoption(id, w.street))) == QStringLiteral("street_id")); // its own
    for (const QDate &day : {QDate(), QDate(2026, 1, 14), QDate(2026, 3, 3)})
        CHECK(refused(ideas.adopt(w.adoption(id, w.street2, day))) == QStringLiteral("adopted_on"));
    IdeaAdoption a = w.adoption(id, w.street2);
    a.note = QString(201, QChar(0x8BD5));
    CHECK(refused(ideas.adopt(a)) == QStringLiteral("note"));
    CHECK(ideas.withdrawAdoption(QStringLiteral("no-such-adoption")).error().kind == ErrorKind::NotFound);
    CHECK(ideas.remove(QStringLiteral("no-such-idea")).error().kind == ErrorKind::NotFound);
    CHECK(w.rows("ideas") == 1);
    CHECK(w.rows("idea_visits") == 0);
    CHECK(w.rows("idea_adoptions") == 0);
}

TEST_CASE("an idea keeps its visits and adoptions and a street adopts it once", "[ideas]")
{
    IdeaWorld w;
    IdeaService ideas(*w.t);
    const QString id = must(ideas.save(w.idea(w.street)));
    must(ideas.addVisit(w.visit(id, w.street2)));
    IdeaVisit leaders = w.visit(id, QString(), QDate(2026, 1, 15)); // the district's leaders, on the day
    leaders.visitors = QStringLiteral("区委政法委");
    must(ideas.addVisit(leaders));
    const QString adopted = must(ideas.adopt(w.adoption(id, w.street2)));
    IdeaAdoption again = w.adoption(id, w.street2, QDate(2026, 3, 1));
    again.note = QStringLiteral("全街道推开");
    CHECK(must(ideas.adopt(again)) == adopted);
    must(ideas.adopt(w.adoption(id, w.street3, QDate(2026, 2, 1))));

    Idea got = ideas.get(id).value();
    CHECK(got.streetName == QStringLiteral("八大关街道"));
    CHECK(got.description.contains(QLatin1Char('\n')));
    REQUIRE(got.visits.size() == 2);
    CHECK(got.visits.at(0).streetId.isEmpty()); // the earlier visit first
    CHECK(got.visits.at(0).visitors == QStringLiteral("区委政法委"));
    CHECK(got.visits.at(1).streetName == QStringLiteral("湛山街道"));
    CHECK(got.visits.at(1).refinement == QStringLiteral("增加议事台账"));
    REQUIRE(got.adoptions.size() == 2);
    CHECK(got.adoptions.at(0).streetName == QStringLiteral("香港中路街道"));
    CHECK(got.adoptions.at(1).id == adopted);
    CHECK(got.adoptions.at(1).adoptedOn == QDate(2026, 3, 1));
    CHECK(got.adoptions.at(1).note == QStringLiteral("全街道推开"));
    CHECK(w.rows("idea_adoptions") == 2);

    // Withdrawn, then adopted again: the same row back.
    REQUIRE(ideas.withdrawAdoption(adopted).ok());
    CHECK(ideas.get(id)->adoptions.size() == 1);
    CHECK(ideas.withdrawAdoption(adopted).error().kind == ErrorKind::NotFound);
    CHECK(must(ideas.adopt(w.adoption(id, w.street2))) == adopted);
    CHECK(ideas.get(id)->adoptions.size() == 2);
    CHECK(w.rows("idea_adoptions") == 2);

    // A visit recorded by mistake is taken back; the idea and its other visit stay.
    REQUIRE(ideas.removeVisit(got.visits.at(0).id).ok());
    CHECK(ideas.get(id)->visits.size() == 1);
    CHECK(ideas.removeVisit(got.visits.at(0).id).error().kind == ErrorKind::NotFound);
    got.visits.removeFirst();

    // Changed in place; removed with what it holds.
    got.title = QStringLiteral("逢二聚格工作法");
    CHECK(must(ideas.save(got)) == id);
    CHECK(ideas.get(id)->title == QStringLiteral("逢二聚格工作法"));
    CHECK(ideas.get(id)->visits.size() == 1);
    REQUIRE(ideas.remove(id).ok());
    CHECK(ideas.get(id).error().kind == ErrorKind::NotFound);
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM idea_visits WHERE deleted = 0")) == 0);
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM idea_adoptions WHERE deleted = 0")) == 0);
    CHECK(ideas.adoptedIn(QDate(2026, 1, 1), QDate(2026, 12, 31))->isEmpty());
}

TEST_CASE("the ideas are listed by year newest first and the adoptions of a period by day", "[ideas]")
{
    IdeaWorld w;
    IdeaService ideas(*w.t);
    Idea old = w.idea(w.street2, QDate(2025, 5, 10));
    old.title = QStringLiteral("警格+网格");
    const QString first = must(ideas.save(old));
    Idea mid = w.idea(w.street, QDate(2025, 11, 2));
    mid.title = QStringLiteral("五微工作法");
    const QString second = must(ideas.save(mid));
    const QString third = must(ideas.save(w.idea(w.street, QDate(2026, 1, 15))));
    must(ideas.adopt(w.adoption(first, w.street, QDate(2025, 12, 31))));
    must(ideas.adopt(w.adoption(first, w.street3, QDate(2026, 2, 3))));
    must(ideas.adopt(w.adoption(second, w.street2, QDate(2026, 2, 3))));
    must(ideas.adopt(w.adoption(third, w.street3, QDate(2026, 3, 1))));

    const auto ids = [](const QList<Idea> &list) {
        QStringList out;
        for (const Idea &i : list)
            out << i.id;
        return out;
    };
    CHECK(ids(ideas.list().value()) == QStringList{third, second, first});
    CHECK(ids(ideas.list(2025).value()) == QStringList{second, first});
    CHECK(ids(ideas.list(2026).value()) == QStringList{third});
    CHECK(ideas.list(2024)->isEmpty());
    CHECK(ideas.list(2025)->at(1).adoptions.size() == 2);

    const auto february = ideas.adoptedIn(QDate(2026, 2, 1), QDate(2026, 2, 28)).value();
    REQUIRE(february.size() == 2);
    CHECK(february.at(0).ideaTitle == QStringLiteral("五微工作法")); // same day: by title
    CHECK(february.at(0).proposedBy == QStringLiteral("八大关街道"));
    CHECK(february.at(0).adoptedBy == QStringLiteral("湛山街道"));
    CHECK(february.at(1).ideaTitle == QStringLiteral("警格+网格"));
    CHECK(february.at(1).adoptedBy == QStringLiteral("香港中路街道"));
    CHECK(february.at(1).on == QDate(2026, 2, 3));
    const auto edges = ideas.adoptedIn(QDate(2025, 12, 31), QDate(2026, 3, 1)).value();
    REQUIRE(edges.size() == 4);
    CHECK(edges.first().on == QDate(2025, 12, 31));
    CHECK(edges.last().on == QDate(2026, 3, 1));
}

TEST_CASE("staff may not record ideas visits or adoptions", "[ideas]")
{
    IdeaWorld w;
    IdeaService ideas(*w.t);
    const QString id = must(ideas.save(w.idea(w.street)));
    w.signInAs(Role::Staff);
    CHECK(ideas.save(w.idea(w.street)).error().kind == ErrorKind::Permission);
    CHECK(ideas.addVisit(w.visit(id, w.street2)).error().kind == ErrorKind::Permission);
    CHECK(ideas.adopt(w.adoption(id, w.street2)).error().kind == ErrorKind::Permission);
    CHECK(ideas.remove(id).error().kind == ErrorKind::Permission);
    CHECK(ideas.list()->size() == 1); // reading is anyone's
    w.signInAs(Role::Supervisor);
    must(ideas.adopt(w.adoption(id, w.street2)));
    CHECK(w.rows("idea_adoptions") == 1);
}

TEST_CASE("two offices adopting one idea for one street keep one adoption", "[ideas][exchange]")
{
    IdeaWorld a;
    TestDb b;
    const QString id = must(IdeaService(*a.t).save(a.idea(a.street)));
    send(*a.t, *b, a.t.dir.path());
    b.clock->setMs(a.t.clock->nowMs() + 1000);
    a.t.clock->advance(500);
    // Each office marks 湛山 as adopting it, unaware of the other; 香港中路 only on B.
    const QString onA = must(IdeaService(*a.t).adopt(a.adoption(id, a.street2)));
    IdeaAdoption later = a.adoption(id, a.street2);
    later.note = QStringLiteral("在全部社区推开");
    const QString onB = must(IdeaService(*b).adopt(later));
    CHECK(onA == onB);
    must(IdeaService(*b).adopt(a.adoption(id, a.street3)));
    send(*a.t, *b, a.t.dir.path());
    send(*b, *a.t, a.t.dir.path());
    for (Database *db : {a.t.db.get(), b.db.get()}) {
        CHECK(scalar(*db,
                     QStringLiteral("SELECT count(*) FROM idea_adoptions WHERE street_id = '%1'").arg(a.street2)) == 1);
        const Idea merged = IdeaService(*db).get(id).value();
        REQUIRE(merged.adoptions.size() == 2);
        for (const IdeaAdoption &x : merged.adoptions)
            if (x.streetId == a.street2)
                CHECK(x.note == QStringLiteral("在全部社区推开")); // B's, the later
    }
    CHECK(digestOf(*a.t) == digestOf(*b));
}

TEST_CASE("a street's package carries every idea and training session but only its area's write-ups and orders",
          "[ideas][training][exemplary][exchange]")
{
    IdeaWorld a;
    IdeaService ideas(*a.t);
    // 八大关's own idea, and 湛山's that 八大关 adopted and 香港中路 visited.
    must(ideas.save(a.idea(a.street)));
    Idea theirs = a.idea(a.street2);
    theirs.title = QStringLiteral("警格+网格");
    const QString theirsId = must(ideas.save(theirs));
    must(ideas.adopt(a.adoption(theirsId, a.street)));
    must(ideas.addVisit(a.visit(theirsId, a.street3)));
    // A session both streets' workers attended, and an order from each street.
    const QString need = training::needs(*a.t).value().first().id;
    TrainingSession s;
    s.date = QDate(2026, 2, 26);
    s.topic = QStringLiteral("矛盾纠纷调解实务");
    s.needIds = {need};
    s.workerIds = {a.worker, a.worker2};
    must(training::recordSession(*a.t, s));
    for (const QString &worker : {a.worker, a.worker2}) {
        TrainingOrder o;
        o.workerId = worker;
        o.needId = need;
        o.orderedOn = QDate(2026, 2, 1);
        must(training::placeOrder(*a.t, o));
    }
    // A write-up of a request in each street.
    ExemplaryService exemplary(*a.t);
    for (const QString &grid : {a.grid, a.grid2}) {
        Case c = a.draft();
        c.channel = QStringLiteral("patrol");
        c.reporterName.clear();
        c.reporterPhone.clear();
        c.gridId = grid;
        if (grid != a.grid)
            c.buildingId.clear();
        ExemplaryCase e = exemplary.draftFrom(QStringLiteral("case"), must(CaseService(*a.t).registerCase(c))).value();
        e.actions = QStringLiteral("当天上门协调");
        must(exemplary.save(e));
    }

    TestDb street;
    exchange::ExportScope scope;
    scope.kind = exchange::ExportScope::Street;
    scope.code = QStringLiteral("370202002");
    send(*a.t, *street, a.t.dir.path(), false, scope);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM ideas")) == 2);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM idea_adoptions")) == 1);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM idea_visits")) == 1);
    CHECK(IdeaService(*street).get(theirsId)->adoptions.size() == 1);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM trainings")) == 1);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM training_session_needs")) == 1);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM training_needs")) == 1);
    CHECK(text(*street, QStringLiteral("SELECT group_concat(worker_id) FROM training_attendees")) == a.worker);
    CHECK(text(*street, QStringLiteral("SELECT group_concat(worker_id) FROM training_orders")) == a.worker);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM exemplary_cases")) == 1);
    CHECK(text(*street, QStringLiteral("SELECT grid_id FROM exemplary_cases")) == a.grid);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM workers WHERE id = '%1'").arg(a.worker2)) == 0);
    ExemplaryFilter f;
    f.text = QStringLiteral("当天上门");
    CHECK(ExemplaryService(*street).list(f)->size() == 1);

    // The street office visits 湛山's idea; its package, trusted for its own street only, is merged.
    street.clock->setMs(a.t.clock->nowMs() + 60000);
    IdeaVisit v = a.visit(theirsId, a.street, QDate(2026, 3, 2));
    v.visitors = QStringLiteral("八大关街道网格办");
    must(IdeaService(*street).addVisit(v));
    const QString back = a.t.dir.filePath(QStringLiteral("from-street.gdpkg"));
    REQUIRE(exchange::exportPackage(*street, back).ok());
    std::optional<exchange::TrustedOffice> sender = exchange::packageSender(back);
    REQUIRE(sender.has_value());
    sender->scope = exchange::TrustScope::parse(QStringLiteral("street:370202002")).value();
    REQUIRE(exchange::trustOffice(*a.t, *sender, sender->fingerprint).ok());
    a.t.clock->setMs(street.clock->nowMs());
    auto reader = exchange::PackageReader::open(back, *a.t);
    REQUIRE(reader.ok());
    const auto merged = exchange::mergePackage(*a.t, **reader, false);
    INFO(merged.message().toStdString());
    REQUIRE(merged.ok());
    CHECK(IdeaService(*a.t).get(theirsId)->visits.size() == 2);
}
