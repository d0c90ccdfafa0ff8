// The figures' aggregate through exchange: after a merge, the undo of a merge and a conflict
// resolution, every office's aggregate equals a recount of its cases (the triggers see every row a
// merge writes or takes back).
#include "cases/CaseService.h"
#include "exchange/CaseBranchings.h"
#include "exchange/MergeUndo.h"
#include "stats/FigureQuery.h"
#include "stats/StatsStore.h"
#include "test_exchange_fixture.h"
#include "test_stats_oracle.h"

using namespace gd;
using namespace gdtest;
namespace wf = gd::workflow;

namespace {

qint64 received(Database &db)
{
    stats::StatsRequest r;
    r.from = QDate(2026, 1, 1);
    r.to = QDate(2026, 12, 31);
    auto t = stats::count(db, r);
    REQUIRE(t.ok());
    return t->total[QStringLiteral("n")];
}

} // namespace

TEST_CASE("the aggregate equals a recount after merges both ways and the undo of a merge", "[stats][exchange]")
{
    CaseWorld a;
    CaseService atA(*a.t);
    QStringList ids;
    for (int i = 0; i < 4; ++i)
        ids << must(atA.registerCase(a.draft()));
    TestDb b;
    send(*a.t, *b, a.t.dir.path());
    requireNoDifferences(*b);
    CHECK(received(*b) == 4);

    // Both offices work on the cases: A completes one, B dispatches and completes another and
    // merges a third into the fourth.
    a.t.clock->advance(60 * 60 * 1000);
    b.clock->setMs(a.t.clock->nowMs() + 500);
    REQUIRE(atA.act(ids.at(0), {wf::Action::Dispatch, {}, wf::Handler{a.worker, {}}}).ok());
    REQUIRE(atA.act(ids.at(0), {wf::Action::Sign}).ok());
    REQUIRE(atA.act(ids.at(0), {wf::Action::Complete, QStringLiteral("已修复")}).ok());
    CaseService atB(*b);
    REQUIRE(atB.act(ids.at(1), {wf::Action::Dispatch, {}, wf::Handler{a.worker, {}}}).ok());
    REQUIRE(atB.act(ids.at(1), {wf::Action::Sign}).ok());
    REQUIRE(atB.act(ids.at(1), {wf::Action::Complete, QStringLiteral("已处理")}).ok());
    REQUIRE(atB.mergeInto(ids.at(2), ids.at(3)).ok());
    requireNoDifferences(*b);

    const exchange::MergeReport intoB = send(*a.t, *b, a.t.dir.path());
    send(*b, *a.t, a.t.dir.path());
    requireNoDifferences(*a.t);
    requireNoDifferences(*b);
    CHECK(received(*a.t) == 3);
    CHECK(received(*b) == 3);

    // B takes A's package back: its aggregate follows the rows the undo restores.
    auto undone = exchange::undoMerge(*b, intoB.backupPath);
    INFO(undone.message().toStdString());
    REQUIRE(undone.ok());
    requireNoDifferences(*b);
}

TEST_CASE("the aggregate equals a recount after concurrent moves are settled", "[stats][exchange]")
{
    CaseWorld a;
    CaseService atA(*a.t);
    const QString id = must(atA.registerCase(a.draft()));
    REQUIRE(atA.act(id, {wf::Action::Dispatch, {}, wf::Handler{a.worker, {}}}).ok());
    REQUIRE(atA.act(id, {wf::Action::Sign}).ok());
    TestDb b;
    send(*a.t, *b, a.t.dir.path());
    // A completes the case while B, unaware, returns it: two moves after the same sign-for.
    a.t.clock->advance(60 * 60 * 1000);
    b.clock->setMs(a.t.clock->nowMs() + 500);
    REQUIRE(atA.act(id, {wf::Action::Complete, QStringLiteral("已修复")}).ok());
    CaseService atB(*b);
    REQUIRE(atB.act(id, {wf::Action::Return, QStringLiteral("不属于本网格"),
                         wf::ReturnReason{QStringLiteral("wrong_area")}})
                .ok());
    send(*b, *a.t, a.t.dir.path());
    requireNoDifferences(*a.t);
    auto open = exchange::openBranchings(*a.t);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    // The supervisor lets the return stand: the completion no longer counts.
    QString keep;
    for (const exchange::BranchHead &h : open->first().heads)
        if (h.action == wf::Action::Return)
            keep = h.eventId;
    REQUIRE_FALSE(keep.isEmpty());
    REQUIRE(exchange::settleBranching(*a.t, id, open->first().after, keep, QStringLiteral("确属其他网格")).ok());
    requireNoDifferences(*a.t);
    stats::StatsRequest r;
    r.from = QDate(2026, 1, 1);
    r.to = QDate(2026, 12, 31);
    auto t = stats::count(*a.t, r);
    REQUIRE(t.ok());
    CHECK(t->total[QStringLiteral("done")] == 0);
}
