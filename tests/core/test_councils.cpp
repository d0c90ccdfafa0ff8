// Residents' councils and grid self-management committees (councils/): a meeting refused by the
// field that is wrong with nothing written; kept with its attendance by role, its rule and the
// requests it settles, found from each of them; changed with its requests kept by value; the list
// paged newest first and filtered as a brute-force pass; two offices' meetings converging, and a
// street's package carrying its own communities' meetings only.
#include "councils/CouncilService.h"
#include "test_exchange_fixture.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

using namespace gd;
using namespace gdtest;

namespace {

constexpr qint64 kHour = 3600 * 1000;

struct CouncilWorld : CaseWorld {
    QString community, street, otherCommunity, otherGrid;
    CouncilWorld()
    {
        community = text(*t, QStringLiteral("SELECT community_id FROM grids WHERE id = '%1'").arg(grid));
        street = text(*t, QStringLiteral("SELECT street_id FROM communities WHERE id = '%1'").arg(community));
        const QString street2 = addStreet(*t, QStringLiteral("370202003"), QStringLiteral("湛山街道"));
        otherCommunity = addCommunity(*t, street2, QStringLiteral("370202003001"), QStringLiteral("湛山社区"));
        otherGrid = addGrid(*t, otherCommunity, QStringLiteral("370202003001001"), QStringLiteral("湛山社区第1网格"),
                            addWorker(*t, QStringLiteral("王晓梅"), QStringLiteral("13953200007")));
    }
    Council council(qint64 hoursAgo = 4) const
    {
        Council c;
        c.communityId = community;
        c.atMs = t.clock->nowMs() - hoursAgo * kHour;
        c.topic = QStringLiteral("3号楼加装电梯");
        c.place = QStringLiteral("社区议事厅");
        c.attendance.residents = 18;
        c.attendance.partyMembers = 3;
        c.attendance.property = 1;
        c.positions = QStringLiteral("一楼住户担心采光\n高层住户支持");
        c.resolution = QStringLiteral("按楼层分摊费用，一楼免摊");
        c.ruleTitle = QStringLiteral("湛山社区加装电梯议事规则");
        c.ruleText = QStringLiteral("一、征求全体业主意见；\n二、三分之二以上同意方可实施。");
        return c;
    }
};

} // namespace

TEST_CASE("a residents' council is refused by the field that is wrong, and nothing is written", "[councils]")
{
    CouncilWorld w;
    CouncilService service(*w.t);
    const auto refused = [&](const Council &c) {
        auto r = service.record(c);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Invalid);
        return r.error().field;
    };
    Council c = w.council();
    c.kind = QStringLiteral("assembly");
    CHECK(refused(c) == QStringLiteral("kind"));
    c = w.council();
    c.communityId.clear();
    CHECK(refused(c) == QStringLiteral("community_id"));
    c = w.council();
    c.gridId = w.otherGrid;
    CHECK(refused(c) == QStringLiteral("grid_id"));
    c = w.council();
    c.kind = QStringLiteral("self_management");
    CHECK(refused(c) == QStringLiteral("grid_id"));
    c = w.council();
    c.atMs = w.t.clock->nowMs() + 24 * kHour;
    CHECK(refused(c) == QStringLiteral("at_ms"));
    c = w.council();
    c.topic = QStringLiteral(" ");
    CHECK(refused(c) == QStringLiteral("topic"));
    c = w.council();
    c.attendance = {};
    CHECK(refused(c) == QStringLiteral("residents"));
    c = w.council();
    c.attendance.staff = -1;
    CHECK(refused(c) == QStringLiteral("staff"));
    c.attendance.staff = councils::kMaxAttendees + 1;
    CHECK(refused(c) == QStringLiteral("staff"));
    c = w.council();
    c.ruleText.clear();
    CHECK(refused(c) == QStringLiteral("rule_text"));
    c = w.council();
    c.ruleTitle.clear();
    CHECK(refused(c) == QStringLiteral("rule_title"));
    c = w.council();
    c.resolution = QStringLiteral("同意\u202E加装");
    CHECK(refused(c) == QStringLiteral("resolution"));
    Case other = w.draft();
    other.gridId = w.otherGrid;
    other.buildingId.clear();
    c = w.council();
    c.caseIds = {must(CaseService(*w.t).registerCase(other))};
    CHECK(refused(c) == QStringLiteral("case_id"));
    c.caseIds = {QStringLiteral("nothing")};
    CHECK(refused(c) == QStringLiteral("case_id"));
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM councils")) == 0);
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM council_cases")) == 0);
}

TEST_CASE("a council keeps its attendance, rule and the requests it settles, and is found from each request",
          "[councils]")
{
    CouncilWorld w;
    CouncilService service(*w.t);
    const QString first = must(CaseService(*w.t).registerCase(w.draft()));
    const QString second = must(CaseService(*w.t).registerCase(w.draft()));
    Council c = w.council();
    c.caseIds = {first, second};
    const QString id = must(service.record(c));
    const Council got = *service.open(id);
    CHECK(got.attendance.total() == 22);
    CHECK(got.attendance.partyMembers == 3);
    CHECK(got.ruleText.contains(QStringLiteral("三分之二")));
    CHECK(got.positions.contains(QLatin1Char('\n')));
    CHECK(got.caseIds.size() == 2);
    CHECK(service.ofCase(first)->size() == 1);
    CHECK(service.ofCase(first)->at(0).attendance == 22);

    // Changed: one request dropped, the other's row kept.
    const QString kept = text(*w.t, QStringLiteral("SELECT id FROM council_cases WHERE case_id = '%1'").arg(second));
    Council edit = got;
    edit.caseIds = {second};
    edit.kind = QStringLiteral("self_management");
    edit.gridId = w.grid;
    REQUIRE(service.edit(edit).ok());
    CHECK(service.ofCase(first)->isEmpty());
    CHECK(text(*w.t, QStringLiteral("SELECT id FROM council_cases WHERE case_id = '%1' AND deleted = 0").arg(second)) ==
          kept);
    CHECK(service.open(id)->gridId == w.grid);

    REQUIRE(service.remove(id).ok());
    CHECK(service.open(id).error().kind == ErrorKind::NotFound);
    CHECK(service.ofCase(second)->isEmpty());
}

TEST_CASE("the councils are paged newest first and filtered as a brute-force pass", "[councils]")
{
    CouncilWorld w;
    CouncilService service(*w.t);
    QRandomGenerator rng(13);
    struct Made {
        QString id, kind, community;
        bool rule;
        qint64 atMs;
    };
    QList<Made> made;
    for (int i = 0; i < 40; ++i) {
        Council c = w.council(1 + int(rng.bounded(600)));
        if (rng.bounded(3) == 0) {
            c.communityId = w.otherCommunity;
            c.gridId = w.otherGrid;
            c.kind = QStringLiteral("self_management");
        }
        if (rng.bounded(2) == 0)
            c.ruleTitle.clear(), c.ruleText.clear();
        made << Made{must(service.record(c)), c.kind, c.communityId, !c.ruleTitle.isEmpty(), c.atMs};
    }
    std::sort(made.begin(), made.end(),
              [](const Made &a, const Made &b) { return a.atMs != b.atMs ? a.atMs > b.atMs : a.id > b.id; });
    for (int variant = 0; variant < 4; ++variant) {
        CouncilFilter f;
        if (variant == 1)
            f.streetId = w.street;
        if (variant == 2)
            f.kind = QStringLiteral("self_management");
        if (variant == 3) {
            f.withRule = true;
            f.fromMs = w.t.clock->nowMs() - 400 * kHour;
            f.toMs = w.t.clock->nowMs() - 50 * kHour;
        }
        QStringList expected;
        for (const Made &m : made)
            if ((variant != 1 || m.community == w.community) && (f.kind.isEmpty() || m.kind == f.kind) &&
                (!f.withRule || m.rule) && (!f.fromMs || m.atMs >= f.fromMs) && (!f.toMs || m.atMs < f.toMs))
                expected << m.id;
        QStringList got;
        QString after;
        do {
            auto page = service.page(f, 7, after);
            REQUIRE(page.ok());
            for (const CouncilRow &r : page->rows)
                got << r.id;
            after = page->nextKey;
        } while (!after.isEmpty());
        CHECK(got == expected);
        CHECK(service.count(f).value() == expected.size());
    }
    CHECK(service.page({}, 0).error().field == QStringLiteral("limit"));
}

TEST_CASE("two offices' councils converge, and a street's package carries its own communities' councils only",
          "[councils][exchange]")
{
    CouncilWorld a;
    TestDb b;
    const QString caseId = must(CaseService(*a.t).registerCase(a.draft()));
    Council c = a.council();
    c.caseIds = {caseId};
    const QString id = must(CouncilService(*a.t).record(c));
    send(*a.t, *b, a.t.dir.path());
    b.clock->setMs(a.t.clock->nowMs() + 1000);
    a.t.clock->advance(500);
    // A changes the resolution, B the attendance: both kept, field by field.
    Council onA = *CouncilService(*a.t).open(id);
    onA.resolution = QStringLiteral("按楼层分摊，一楼免摊，二楼减半");
    REQUIRE(CouncilService(*a.t).edit(onA).ok());
    Council onB = *CouncilService(*b).open(id);
    onB.attendance.staff = 2;
    REQUIRE(CouncilService(*b).edit(onB).ok());
    send(*a.t, *b, a.t.dir.path());
    send(*b, *a.t, a.t.dir.path());
    for (Database *db : {a.t.db.get(), b.db.get()}) {
        const Council merged = *CouncilService(*db).open(id);
        CHECK(merged.resolution.contains(QStringLiteral("二楼减半")));
        CHECK(merged.attendance.staff == 2);
        CHECK(merged.caseIds == QStringList{caseId});
    }
    CHECK(digestOf(*a.t) == digestOf(*b));

    Council theirs = a.council();
    theirs.communityId = a.otherCommunity;
    theirs.ruleTitle.clear();
    theirs.ruleText.clear();
    must(CouncilService(*a.t).record(theirs));
    TestDb street;
    exchange::ExportScope scope;
    scope.kind = exchange::ExportScope::Street;
    scope.code = QStringLiteral("370202002");
    send(*a.t, *street, a.t.dir.path(), false, scope);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM councils")) == 1);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM council_cases")) == 1);

    // A grid's package: its community's councils and its own committee's, not another grid's.
    Council committee = a.council();
    committee.kind = QStringLiteral("self_management");
    committee.gridId =
        addGrid(*a.t, a.community, QStringLiteral("370202002001002"), QStringLiteral("红岛路社区第2网格"), a.worker);
    must(CouncilService(*a.t).record(committee));
    TestDb grid;
    scope.kind = exchange::ExportScope::Grid;
    scope.code = QStringLiteral("370202002001001");
    send(*a.t, *grid, a.t.dir.path(), false, scope);
    CHECK(scalar(*grid, QStringLiteral("SELECT count(*) FROM councils")) == 1);
}
