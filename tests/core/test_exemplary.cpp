// Exemplary cases (exemplary/): a write-up drafted from each of the four kinds of source takes the
// source's area, day, category, worker and text; a bad write-up is refused by the field that is
// wrong with nothing written, and a source is written up once; the worker's name and star are
// those when it was written; only a supervisor approves, and an edit sends an approved one back to
// draft; the search finds 1-, 2- and 3-character Chinese terms and folded digits exactly as a
// brute-force substring scan does, and is rebuilt after a raw change or a merge; the list filters
// by year, street, community and state; the booklet prints a cover, contents whose page numbers
// are the PDF's pages, and each write-up on its page; it is also written as an OpenDocument text.
#include "ToolOutput.h"
#include "cases/SearchText.h"
#include "councils/CouncilService.h"
#include "disputes/DisputeService.h"
#include "exemplary/ExemplaryBooklet.h"
#include "exemplary/ExemplarySearch.h"
#include "exemplary/ExemplaryService.h"
#include "test_joint_world.h"
#include "test_rating_fixture.h"
#include "volunteers/VolunteerServices.h"
#include "volunteers/VolunteerTeams.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>

using namespace gd;
using namespace gdtest;

namespace {

QByteArray png(int width = 240, int height = 160)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0x33, 0x88, 0xcc));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

struct ExemplaryWorld : JointWorld {
    QString otherCommunity, otherGrid, team, kind;
    ExemplaryWorld()
    {
        const QString street2 = addStreet(*t, QStringLiteral("370202003"), QStringLiteral("湛山街道"));
        otherCommunity = addCommunity(*t, street2, QStringLiteral("370202003001"), QStringLiteral("湛山社区"));
        otherGrid = addGrid(*t, otherCommunity, QStringLiteral("370202003001001"), QStringLiteral("湛山社区第1网格"),
                            addWorker(*t, QStringLiteral("王晓梅"), QStringLiteral("13953200007")));
        VolunteerTeam v;
        v.name = QStringLiteral("“兴”光暖格服务队");
        v.communityId = community;
        v.leaderId = head;
        team = must(VolunteerTeamService(*t).saveTeam(v));
        must(VolunteerTeamService(*t).addMember(team, volunteer));
        kind = must(VolunteerTeamService(*t).kindNamed(QStringLiteral("楼道灯维修")));
    }
    QString patrolCase(const QString &onGrid = {}, qint64 receivedMs = 0)
    {
        Case c = draft();
        c.channel = QStringLiteral("patrol");
        c.reporterName.clear();
        c.reporterPhone.clear();
        if (!onGrid.isEmpty() && onGrid != grid) {
            c.gridId = onGrid;
            c.buildingId.clear();
        }
        if (receivedMs)
            c.receivedMs = receivedMs;
        return must(CaseService(*t).registerCase(c));
    }
    QString dispute()
    {
        Dispute d;
        d.gridId = grid;
        d.kind = QStringLiteral("neighbour");
        d.foundMs = t.clock->nowMs() - 5 * kJointHour;
        d.foundBy = worker;
        d.summary = QStringLiteral("楼上漏水，楼下住户要求赔偿");
        d.parties << DisputeParty{{}, QStringLiteral("赵建国"), QStringLiteral("13900001111"), QStringLiteral("301")}
                  << DisputeParty{{}, QStringLiteral("钱丽"), QStringLiteral("13900002222"), QStringLiteral("401")};
        d.mediators << DisputeMediator{{}, QStringLiteral("worker"), worker, {}};
        return must(DisputeService(*t).record(d));
    }
    QString council()
    {
        Council c;
        c.communityId = community;
        c.atMs = t.clock->nowMs() - 4 * kJointHour;
        c.topic = QStringLiteral("3号楼加装电梯");
        c.attendance.residents = 18;
        c.positions = QStringLiteral("一楼住户担心采光");
        c.resolution = QStringLiteral("按楼层分摊费用，一楼免摊");
        return must(CouncilService(*t).record(c));
    }
    QString service()
    {
        VolunteerService s;
        s.teamId = team;
        s.gridId = grid;
        s.kindId = kind;
        s.atMs = t.clock->nowMs() - 3 * kJointHour;
        s.hours = 1.5;
        s.households = 2;
        s.summary = QStringLiteral("更换3号楼楼道灯");
        s.workerIds = {volunteer};
        return must(VolunteerServiceLog(*t).record(s));
    }
    // A source's draft with what the worker did written in.
    ExemplaryCase writeUp(const QString &kind, const QString &sourceId, const QString &title = {})
    {
        auto d = ExemplaryService(*t).draftFrom(kind, sourceId);
        INFO(d.message().toStdString());
        REQUIRE(d.ok());
        ExemplaryCase w = *d;
        if (!title.isEmpty())
            w.title = title;
        w.actions = QStringLiteral("上门走访，耐心倾听，联合物业现场查看");
        w.lessons = QStringLiteral("早发现、早介入");
        return w;
    }
    qint64 rows(const char *table) { return scalar(*t, QStringLiteral("SELECT count(*) FROM %1").arg(table)); }
};

QString page(const QString &pdf, int n, bool layout = false)
{
    QStringList args = QStringLiteral("-enc UTF-8 -f %1 -l %1").arg(n).split(QLatin1Char(' '));
    return run(QStringLiteral("pdftotext"),
               args << (layout ? QStringLiteral("-layout") : QStringLiteral("-q")) << pdf << QStringLiteral("-"));
}

// The footer "- n -" on its own line (pdftotext leaves out the spaces around the number).
bool hasFooter(const QString &pageText, int n)
{
    return pageText.contains(QRegularExpression(QStringLiteral("(^|\\n)\\s*-\\s*%1\\s*-\\s*(\\n|$)").arg(n)));
}

QSet<QString> idsOf(const QList<ExemplaryCase> &list)
{
    QSet<QString> out;
    for (const ExemplaryCase &w : list)
        out.insert(w.id);
    return out;
}

} // namespace

TEST_CASE("a write-up is drafted from a request a dispute a council or a volunteer service", "[exemplary]")
{
    ExemplaryWorld w;
    ExemplaryService service(*w.t);
    const QString caseId = w.patrolCase();
    const ExemplaryCase fromCase = service.draftFrom(QStringLiteral("case"), caseId).value();
    CHECK(fromCase.communityId == w.community);
    CHECK(fromCase.gridId == w.grid);
    CHECK(fromCase.happenedOn == QDate(2026, 3, 2));
    CHECK(fromCase.category ==
          text(*w.t, QStringLiteral("SELECT name FROM categories WHERE id = '%1'").arg(w.category)));
    CHECK(fromCase.title == QStringLiteral("一楼住户圈占公共院子，狗不拴绳，老人经过常被吓到"));
    CHECK(fromCase.background.contains(QStringLiteral("拆除违章铁门")));
    CHECK(fromCase.workerId == w.worker);
    CHECK(fromCase.workerName == QStringLiteral("陈姝夷"));
    CHECK(fromCase.state == QStringLiteral("draft"));

    const ExemplaryCase fromDispute = service.draftFrom(QStringLiteral("dispute"), w.dispute()).value();
    CHECK(fromDispute.category == QStringLiteral("矛盾纠纷化解"));
    CHECK(fromDispute.title == QStringLiteral("楼上漏水，楼下住户要求赔偿"));
    CHECK(fromDispute.workerId == w.worker);
    CHECK(fromDispute.gridId == w.grid);

    const ExemplaryCase fromCouncil = service.draftFrom(QStringLiteral("council"), w.council()).value();
    CHECK(fromCouncil.category == QStringLiteral("居民议事"));
    CHECK(fromCouncil.communityId == w.community);
    CHECK(fromCouncil.gridId.isEmpty());
    CHECK(fromCouncil.workerId.isEmpty()); // a council credits no one worker
    CHECK(fromCouncil.background == QStringLiteral("3号楼加装电梯\n一楼住户担心采光"));
    CHECK(fromCouncil.effect == QStringLiteral("按楼层分摊费用，一楼免摊"));

    const ExemplaryCase fromService = service.draftFrom(QStringLiteral("volunteer_service"), w.service()).value();
    CHECK(fromService.category == QStringLiteral("志愿服务"));
    CHECK(fromService.title == QStringLiteral("更换3号楼楼道灯"));
    CHECK(fromService.workerId == w.head); // the team's leader
    CHECK(fromService.workerName == QStringLiteral("刘海燕"));

    CHECK(service.draftFrom(QStringLiteral("visit"), caseId).error().field == QStringLiteral("source_kind"));
    CHECK(service.draftFrom(QStringLiteral("dispute"), caseId).error().kind == ErrorKind::NotFound);
    CHECK(service.draftFrom(QStringLiteral("case"), QString()).error().kind == ErrorKind::NotFound);
    CHECK(w.rows("exemplary_cases") == 0);
}

TEST_CASE("a bad write-up is refused by the field that is wrong and a source is written up once", "[exemplary]")
{
    ExemplaryWorld w;
    ExemplaryService service(*w.t);
    const QString caseId = w.patrolCase();
    const auto refused = [&](const ExemplaryCase &e) {
        auto r = service.save(e);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Invalid);
        return r.error().field;
    };
    // Each refused with its field, from a good write-up changed in one way.
    const auto changed = [&](const std::function<void(ExemplaryCase &)> &change) {
        ExemplaryCase e = w.writeUp(QStringLiteral("case"), caseId);
        change(e);
        return refused(e);
    };
    const QString tooLong(exemplary::kMaxPartChars + 1, QChar(0x6C34));
    CHECK(changed([](ExemplaryCase &e) { e.title = QStringLiteral("  "); }) == QStringLiteral("title"));
    CHECK(changed([](ExemplaryCase &e) { e.category.clear(); }) == QStringLiteral("category"));
    CHECK(changed([](ExemplaryCase &e) { e.actions = QStringLiteral(" "); }) == QStringLiteral("actions"));
    CHECK(changed([&](ExemplaryCase &e) { e.background = tooLong; }) == QStringLiteral("background"));
    CHECK(changed([&](ExemplaryCase &e) { e.actions = tooLong; }) == QStringLiteral("actions"));
    CHECK(changed([&](ExemplaryCase &e) { e.effect = tooLong; }) == QStringLiteral("effect"));
    CHECK(changed([&](ExemplaryCase &e) { e.lessons = tooLong; }) == QStringLiteral("lessons"));
    CHECK(changed([](ExemplaryCase &e) {
              e.photos << ExemplaryPhoto{{}, QByteArray("GIF89a not a photo"), {}};
          }) == QStringLiteral("photos"));
    CHECK(changed([](ExemplaryCase &e) {
              for (int i = 0; i <= exemplary::kMaxPhotos; ++i)
                  e.photos << ExemplaryPhoto{{}, png(), QStringLiteral("现场%1").arg(i)};
          }) == QStringLiteral("photos"));
    CHECK(changed([](ExemplaryCase &e) { e.sourceKind = QStringLiteral("visit"); }) == QStringLiteral("source_kind"));
    CHECK(changed([](ExemplaryCase &e) { e.sourceId = QStringLiteral("nothing"); }) == QStringLiteral("source_id"));
    ExemplaryCase e = w.writeUp(QStringLiteral("council"), w.council());
    e.workerId = QStringLiteral("nobody");
    CHECK(refused(e) == QStringLiteral("worker_id"));
    CHECK(w.rows("exemplary_cases") == 0);
    CHECK(w.rows("exemplary_photos") == 0);

    e = w.writeUp(QStringLiteral("case"), caseId);
    e.photos << ExemplaryPhoto{{}, png(), QStringLiteral("现场")};
    const QString id = must(service.save(e));
    CHECK(refused(w.writeUp(QStringLiteral("case"), caseId)) == QStringLiteral("source_id")); // once
    CHECK(service.ofSource(caseId).value() == id);
    CHECK(w.rows("exemplary_cases") == 1);
    const ExemplaryCase back = service.get(id).value();
    REQUIRE(back.photos.size() == 1);
    CHECK(back.photos.first().image == png());
    CHECK(back.photos.first().caption == QStringLiteral("现场"));

    // Removed, the source can be written up again.
    REQUIRE(service.remove(id).ok());
    CHECK(service.get(id).error().kind == ErrorKind::NotFound);
    CHECK(w.rows("exemplary_photos") == 1);
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM exemplary_photos WHERE deleted = 0")) == 0);
    must(service.save(w.writeUp(QStringLiteral("case"), caseId)));
}

TEST_CASE("a write-up keeps the worker's name and star from when it was written", "[exemplary]")
{
    ExemplaryWorld w;
    ExemplaryService service(*w.t);
    Worker chen = WorkerService(*w.t).worker(w.worker).value();
    chen.star = 2;
    must(WorkerService(*w.t).save(chen));
    ExemplaryCase e = w.writeUp(QStringLiteral("case"), w.patrolCase());
    CHECK(e.workerStar == 2);
    // What a new write-up says of its area and worker is the source's, whatever the caller wrote.
    e.communityId = w.otherCommunity;
    e.gridId = w.otherGrid;
    e.workerName = QStringLiteral("冒名");
    e.workerStar = 5;
    e.happenedOn = QDate(2020, 1, 1);
    const QString id = must(service.save(e));
    chen.star = 4;
    chen.name = QStringLiteral("陈姝夷（调岗）");
    must(WorkerService(*w.t).save(chen));
    const ExemplaryCase got = service.get(id).value();
    CHECK(got.workerId == w.worker);
    CHECK(got.workerName == QStringLiteral("陈姝夷"));
    CHECK(got.workerStar == 2);
    CHECK(got.communityId == w.community);
    CHECK(got.gridId == w.grid);
    CHECK(got.communityName == QStringLiteral("红岛路社区"));
    CHECK(got.streetId == w.street);
    CHECK(got.happenedOn == QDate(2026, 3, 2));
    CHECK(service.draftFrom(QStringLiteral("case"), got.sourceId)->workerStar == 4); // a draft is of now

    // A council credits the worker the supervisor names.
    ExemplaryCase council = w.writeUp(QStringLiteral("council"), w.council());
    council.workerId = w.head;
    const ExemplaryCase named = service.get(must(service.save(council))).value();
    CHECK(named.workerName == QStringLiteral("刘海燕"));
    CHECK(named.gridId.isEmpty());
}

TEST_CASE("only a supervisor approves and an edit sends an approved write-up back to draft", "[exemplary]")
{
    ExemplaryWorld w;
    ExemplaryService service(*w.t);
    const QString id = must(service.save(w.writeUp(QStringLiteral("dispute"), w.dispute())));
    w.signInAs(Role::Staff);
    CHECK(service.approve(id).error().kind == ErrorKind::Permission);
    CHECK(service.save(w.writeUp(QStringLiteral("council"), w.council())).error().kind == ErrorKind::Permission);
    w.signInAs(Role::Admin);
    CHECK(service.approve(id).error().kind == ErrorKind::Permission);
    CHECK(service.get(id)->state == QStringLiteral("draft"));
    w.signInAs(Role::Supervisor);
    REQUIRE(service.approve(id).ok());
    ExemplaryCase got = service.get(id).value();
    CHECK(got.state == QStringLiteral("approved"));
    CHECK(got.approvedBy == QStringLiteral("张三"));
    CHECK(got.approvedMs == w.t.clock->nowMs());
    CHECK(service.approve(id).error().field == QStringLiteral("state"));
    CHECK(service.approve(QStringLiteral("nothing")).error().kind == ErrorKind::NotFound);

    // Saved unchanged: still approved. Edited: back to draft, to be approved again.
    REQUIRE(service.save(got).ok());
    CHECK(service.get(id)->state == QStringLiteral("approved"));
    got.effect = QStringLiteral("双方签订调解协议，赔偿到位");
    REQUIRE(service.save(got).ok());
    got = service.get(id).value();
    CHECK(got.state == QStringLiteral("draft"));
    CHECK(got.approvedBy.isEmpty());
    CHECK(got.approvedMs == 0);
    CHECK(got.effect == QStringLiteral("双方签订调解协议，赔偿到位"));
    REQUIRE(service.approve(id).ok());
    // A photo added to an approved write-up is an edit too.
    got = service.get(id).value();
    got.photos << ExemplaryPhoto{{}, png(), QStringLiteral("调解现场")};
    REQUIRE(service.save(got).ok());
    CHECK(service.get(id)->state == QStringLiteral("draft"));
    CHECK(service.get(id)->photos.size() == 1);
}

TEST_CASE("the search finds what a brute-force substring scan finds", "[exemplary]")
{
    ExemplaryWorld w;
    ExemplaryService service(*w.t);
    QRandomGenerator rng(40);
    const QString alphabet = QStringLiteral("漏水调解物业楼道电梯居民加装停车纠纷志愿服务三号");
    const auto randomText = [&](int least, int most) {
        QString s;
        const int n = least + int(rng.bounded(most - least + 1));
        for (int i = 0; i < n; ++i)
            s += alphabet.at(int(rng.bounded(alphabet.size())));
        return s;
    };
    const QStringList grids{w.grid, w.grid2, w.otherGrid};
    for (int i = 0; i < 24; ++i) {
        ExemplaryCase e = w.writeUp(QStringLiteral("case"), w.patrolCase(grids.at(i % 3)));
        e.title = randomText(3, 12);
        e.background = randomText(0, 20);
        e.actions = randomText(1, 20);
        e.effect = randomText(0, 10);
        e.lessons = randomText(0, 10);
        must(service.save(e));
    }
    ExemplaryCase wide = w.writeUp(QStringLiteral("dispute"), w.dispute(), QStringLiteral("３号楼漏水调解"));
    const QString fullWidth = must(service.save(wide));
    const QString halfWidth =
        must(service.save(w.writeUp(QStringLiteral("council"), w.council(), QStringLiteral("3号楼加装电梯"))));

    QList<ExemplaryCase> all = service.list({}).value();
    std::sort(all.begin(), all.end(), [](auto &x, auto &y) { return x.title + x.actions < y.title + y.actions; });
    REQUIRE(all.size() == 26);
    const auto expected = [&](const QString &query) {
        const QStringList terms = search::terms(query);
        QSet<QString> out;
        for (const ExemplaryCase &e : all) {
            const QStringList texts{e.title,   e.category,   e.background,    e.actions, e.effect,
                                    e.lessons, e.workerName, e.communityName, e.gridName};
            if (std::all_of(terms.begin(), terms.end(), [&](const QString &t) {
                    return std::any_of(texts.begin(), texts.end(),
                                       [&](const QString &x) { return search::containsTerm(x, t); });
                }))
                out.insert(e.id);
        }
        return out;
    };
    QStringList queries{QStringLiteral("漏"),      QStringLiteral("漏水"),     QStringLiteral("楼道电"),
                        QStringLiteral("3号"),     QStringLiteral("３号"),     QStringLiteral("红岛路"),
                        QStringLiteral("湛山"),    QStringLiteral("陈姝夷"),   QStringLiteral("王晓梅 纠纷"),
                        QStringLiteral("第2网格"), QStringLiteral("水 梯 号"), QStringLiteral("不存在的词")};
    for (int i = 0; i < 40; ++i) {
        const ExemplaryCase &e = all.at(int(rng.bounded(all.size())));
        const QString source = rng.bounded(2) ? e.title : e.actions;
        const int len = 1 + int(rng.bounded(3));
        if (source.size() >= len)
            queries << source.mid(int(rng.bounded(source.size() - len + 1)), len);
        queries << randomText(1, 3);
    }
    int found = 0;
    for (const QString &q : std::as_const(queries)) {
        INFO(q.toStdString());
        ExemplaryFilter f;
        f.text = q;
        const QSet<QString> want = expected(q);
        CHECK(idsOf(service.list(f).value()) == want);
        CHECK(exemplary::search(*w.t, q).value() == want);
        found += want.isEmpty() ? 0 : 1;
    }
    CHECK(found > queries.size() / 2);
    for (const char *q : {"3号楼", "３号楼"}) {
        ExemplaryFilter f;
        f.text = QString::fromUtf8(q);
        CHECK(idsOf(service.list(f).value()) == QSet<QString>{fullWidth, halfWidth});
    }
}

TEST_CASE("the search index is rebuilt after a raw change to the write-ups and after a merge", "[exemplary]")
{
    ExemplaryWorld w;
    ExemplaryService service(*w.t);
    const QString id =
        must(service.save(w.writeUp(QStringLiteral("dispute"), w.dispute(), QStringLiteral("漏水赔偿"))));
    const QString other = must(service.save(w.writeUp(QStringLiteral("council"), w.council())));
    ExemplaryFilter f;
    f.text = QStringLiteral("赔偿");
    CHECK(idsOf(service.list(f).value()) == QSet<QString>{id});
    CHECK(exemplary::indexCurrent(*w.t).value());

    // Changed behind the service's back, its stamp moved as any write moves it.
    QSqlQuery q(w.t->sql());
    REQUIRE(q.exec(
        QStringLiteral("UPDATE exemplary_cases SET title = '暖心电梯', hlc = hlc + 1 WHERE id = '%1'").arg(other)));
    CHECK_FALSE(exemplary::indexCurrent(*w.t).value());
    f.text = QStringLiteral("暖心");
    CHECK(idsOf(service.list(f).value()) == QSet<QString>{other});
    CHECK(exemplary::indexCurrent(*w.t).value());
    f.text = QStringLiteral("3号楼加装");
    CHECK(idsOf(service.list(f).value()).contains(other)); // the background still says it

    // Another office takes the write-ups by a package and finds them; a later change comes too.
    TestDb b;
    send(*w.t, *b, w.t.dir.path());
    f.text = QStringLiteral("赔偿");
    CHECK(idsOf(ExemplaryService(*b).list(f).value()) == QSet<QString>{id});
    w.t.clock->advance(1000);
    b.clock->setMs(w.t.clock->nowMs() + 1000);
    ExemplaryCase changed = service.get(id).value();
    changed.title = QStringLiteral("楼上楼下握手言和");
    REQUIRE(service.save(changed).ok());
    send(*w.t, *b, w.t.dir.path());
    CHECK(idsOf(ExemplaryService(*b).list(f).value()) == QSet<QString>{id}); // 赔偿 is still in the summary
    f.text = QStringLiteral("握手言和");
    CHECK(idsOf(ExemplaryService(*b).list(f).value()) == QSet<QString>{id});
    f.text = QStringLiteral("漏水赔偿");
    CHECK(idsOf(ExemplaryService(*b).list(f).value()).isEmpty());
    CHECK(digestOf(*w.t) == digestOf(*b));
}

TEST_CASE("the write-ups are listed newest first and filtered by year street community and state", "[exemplary]")
{
    ExemplaryWorld w;
    ExemplaryService service(*w.t);
    QRandomGenerator rng(41);
    struct Made {
        QString id, street, community, state;
        QDate on;
    };
    QList<Made> made;
    w.signInAs(Role::Supervisor);
    for (int i = 0; i < 20; ++i) {
        const bool other = rng.bounded(3) == 0;
        const qint64 received = rng.bounded(2) ? beijing(2025, 1 + int(rng.bounded(12)), 1 + int(rng.bounded(28)), 9, 0)
                                               : beijing(2026, 1 + int(rng.bounded(2)), 1 + int(rng.bounded(28)), 9, 0);
        const QString id =
            must(service.save(w.writeUp(QStringLiteral("case"), w.patrolCase(other ? w.otherGrid : w.grid, received))));
        const bool approved = rng.bounded(2) == 0;
        if (approved)
            REQUIRE(service.approve(id).ok());
        const ExemplaryCase got = service.get(id, false).value();
        made << Made{id, got.streetId, got.communityId, approved ? QStringLiteral("approved") : QStringLiteral("draft"),
                     got.happenedOn};
    }
    std::sort(made.begin(), made.end(),
              [](const Made &a, const Made &b) { return a.on != b.on ? a.on > b.on : a.id > b.id; });
    for (int variant = 0; variant < 5; ++variant) {
        ExemplaryFilter f;
        if (variant == 1)
            f.year = 2025;
        if (variant == 2)
            f.streetId = w.street;
        if (variant == 3)
            f.communityId = w.otherCommunity;
        if (variant == 4) {
            f.state = QStringLiteral("approved");
            f.year = 2026;
        }
        QStringList expected;
        for (const Made &m : made)
            if ((!f.year || m.on.year() == f.year) && (f.streetId.isEmpty() || m.street == f.streetId) &&
                (f.communityId.isEmpty() || m.community == f.communityId) && (f.state.isEmpty() || m.state == f.state))
                expected << m.id;
        QStringList got;
        for (const ExemplaryCase &e : service.list(f).value())
            got << e.id;
        INFO(variant);
        CHECK(got == expected);
    }
    CHECK(service.list({}, 5)->size() == 5);
}

TEST_CASE("the booklet prints its contents with the pages each write-up is on and is written as odt", "[exemplary]")
{
    ExemplaryWorld w;
    ExemplaryService service(*w.t);
    w.signInAs(Role::Supervisor);
    QStringList titles{QStringLiteral("院子里的铁门"), QStringLiteral("文明养犬进楼道"), QStringLiteral("楼上漏水调解"),
                       QStringLiteral("三号楼加装电梯"), QStringLiteral("楼道灯亮了")};
    QList<ExemplaryCase> drafts{w.writeUp(QStringLiteral("case"), w.patrolCase(), titles.at(0)),
                                w.writeUp(QStringLiteral("case"), w.patrolCase(w.grid2), titles.at(1)),
                                w.writeUp(QStringLiteral("dispute"), w.dispute(), titles.at(2)),
                                w.writeUp(QStringLiteral("council"), w.council(), titles.at(3)),
                                w.writeUp(QStringLiteral("volunteer_service"), w.service(), titles.at(4))};
    drafts[0].photos << ExemplaryPhoto{{}, png(800, 600), QStringLiteral("整改后的院子")};
    // A long one: more than a page.
    drafts[2].background =
        QStringLiteral("楼上卫生间防水层老化，楼下天花板多处渗水发霉，双方多次争吵。\n").repeated(45);
    drafts[2].actions = QStringLiteral("多次上门，分别做双方工作，请律师讲解相邻关系的法律规定。\n").repeated(45);
    for (const ExemplaryCase &e : drafts)
        REQUIRE(service.approve(must(service.save(e))).ok());
    // Neither a draft nor last year's write-up is printed.
    must(service.save(w.writeUp(QStringLiteral("case"), w.patrolCase(), QStringLiteral("草稿不印"))));
    const QString lastYear = w.patrolCase(w.grid, beijing(2025, 8, 1, 9, 0));
    REQUIRE(service.approve(must(service.save(w.writeUp(QStringLiteral("case"), lastYear)))).ok());

    auto gathered = booklet::gather(*w.t, 2026);
    REQUIRE(gathered.ok());
    const Booklet b = *gathered;
    REQUIRE(b.cases.size() == 5);
    for (int i = 1; i < b.cases.size(); ++i)
        CHECK(b.cases.at(i - 1).category <= b.cases.at(i).category);
    CHECK(booklet::gather(*w.t, 2026, {}, w.otherCommunity)->cases.isEmpty());
    CHECK(booklet::gather(*w.t, 2026, w.street)->cases.size() == 5);
    CHECK(booklet::gather(*w.t, 2025)->cases.size() == 1);
    CHECK(booklet::gather(*w.t, 1999).error().field == QStringLiteral("year"));
    CHECK(booklet::gather(*w.t, 2026, QStringLiteral("nowhere")).error().field == QStringLiteral("street"));
    CHECK(booklet::gather(*w.t, 2026, {}, QStringLiteral("nowhere")).error().field == QStringLiteral("community"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("booklet.pdf"));
    QList<BookletEntry> contents;
    int pages = 0;
    REQUIRE(booklet::writePdf(pdf, b, &contents, &pages).ok());
    REQUIRE(contents.size() == 5);
    CHECK(pages > 7); // the cover, the contents, five write-ups, the long one on two pages or more
    const QRegularExpressionMatch count =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    REQUIRE(count.hasMatch());
    CHECK(count.captured(1).toInt() == pages);

    CHECK(page(pdf, 1).contains(booklet::title(b)));
    const QString contentsPage = page(pdf, 2, true);
    CHECK(contentsPage.contains(QStringLiteral("Contents")));
    CHECK(hasFooter(contentsPage, 2));
    for (int i = 0; i < contents.size(); ++i) {
        const BookletEntry &entry = contents.at(i);
        INFO(entry.title.toStdString() << " on page " << entry.page);
        CHECK(titles.contains(entry.title));
        CHECK(entry.page >= 3);
        if (i > 0)
            CHECK(entry.page > contents.at(i - 1).page);
        bool listed = false;
        for (const QString &line : contentsPage.split(QLatin1Char('\n')))
            if (line.contains(entry.title))
                listed = line.trimmed().endsWith(QStringLiteral(" %1").arg(entry.page));
        CHECK(listed);
        const QString itsPage = page(pdf, entry.page);
        CHECK(itsPage.contains(entry.title));
        CHECK(hasFooter(itsPage, entry.page));
        CHECK(itsPage.contains(booklet::title(b))); // the running header
    }
    CHECK(hasFooter(page(pdf, pages), pages));
    // The photo is printed once, at most three quarters of the text's width (170 mm): its 800
    // pixels at 150 dpi or more, not spread over pages.
    const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                   .mid(2);
    REQUIRE(images.size() == 1);
    const QStringList columns = images.first().simplified().split(QLatin1Char(' '));
    REQUIRE(columns.size() > 13);
    CHECK(columns.at(3).toInt() == 800);
    CHECK(columns.at(12).toInt() >= 150);
    CHECK_FALSE(pdfText(pdf).contains(QStringLiteral("草稿不印")));

    const QString odt = dir.filePath(QStringLiteral("booklet.odt"));
    REQUIRE(booklet::writeOdt(odt, b).ok());
    QFile file(odt);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("PK"));
    CHECK(bytes.size() > 1000);
    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        const QString content = xlsxMember(odt, QStringLiteral("content.xml"));
        for (const QString &t : std::as_const(titles))
            CHECK(content.contains(t));
    }
}
