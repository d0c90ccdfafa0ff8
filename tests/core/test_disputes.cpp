// The dispute ledger (disputes/): every bad input refused by its field with nothing written; the
// outcome reached once, in order (sessions while open, settled with its agreement, referred with
// where to, withdrawn, the follow-up only after settling); a high-risk dispute waiting for its
// review by a supervisor or the paired police officer and no one else; the parties shown in full
// only to the grid's worker, head, paired officer and supervisors — masked for others, audited
// when opened; the list paged newest first and filtered as a brute-force pass; two offices'
// parties and sessions converging, and a street's package carrying only its grids' disputes.
#include "cases/CaseService.h"
#include "disputes/DisputeList.h"
#include "disputes/DisputeService.h"
#include "org/PoliceGridService.h"
#include "test_exchange_fixture.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

using namespace gd;
using namespace gdtest;

namespace {

constexpr qint64 kHour = 3600 * 1000;

struct DisputeWorld : CaseWorld {
    QString head, officer, stranger, policeGrid;
    DisputeWorld()
    {
        head = addWorker(*t, QStringLiteral("刘海燕"), QStringLiteral("13953200003"), QStringLiteral("grid_head"));
        officer = addWorker(*t, QStringLiteral("孙警官"), QStringLiteral("13953200004"), QStringLiteral("police"));
        stranger = addWorker(*t, QStringLiteral("周强"), QStringLiteral("13953200005"));
        Grid g = *GridService(*t).grid(grid);
        g.headId = head;
        must(GridService(*t).save(g));
        QSqlQuery q(t->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM streets LIMIT 1")));
        REQUIRE(q.next());
        PoliceGrid p;
        p.streetId = q.value(0).toString();
        p.code = QStringLiteral("JW01");
        p.name = QStringLiteral("八大关第一警格");
        p.station = QStringLiteral("八大关派出所");
        p.officerId = officer;
        policeGrid = must(PoliceGridService(*t).save(p, {grid}));
    }
    Dispute dispute(qint64 hoursAgo = 5) const
    {
        Dispute d;
        d.gridId = grid;
        d.kind = QStringLiteral("neighbour");
        d.foundMs = t.clock->nowMs() - hoursAgo * kHour;
        d.foundBy = worker;
        d.summary = QStringLiteral("楼上漏水，楼下住户要求赔偿");
        d.parties << DisputeParty{{},
                                  QStringLiteral("赵建国"),
                                  QStringLiteral("13900001111"),
                                  QStringLiteral("书香家园49号楼2单元301")}
                  << DisputeParty{{},
                                  QStringLiteral("钱丽"),
                                  QStringLiteral("13900002222"),
                                  QStringLiteral("书香家园49号楼2单元401")};
        d.mediators << DisputeMediator{{}, QStringLiteral("worker"), worker, {}}
                    << DisputeMediator{{}, QStringLiteral("lawyer"), {}, QStringLiteral("王律师")};
        return d;
    }
    qint64 rows(const char *table) { return scalar(*t, QStringLiteral("SELECT count(*) FROM %1").arg(table)); }
};

} // namespace

TEST_CASE("a dispute is refused by the field that is wrong, and nothing is written", "[disputes]")
{
    DisputeWorld w;
    DisputeService service(*w.t);
    const auto refused = [&](const Dispute &d) {
        auto r = service.record(d);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Invalid);
        return r.error().field;
    };
    Dispute d = w.dispute();
    d.gridId = QStringLiteral("nope");
    CHECK(refused(d) == QStringLiteral("grid_id"));
    d = w.dispute();
    d.source = QStringLiteral("rumour");
    CHECK(refused(d) == QStringLiteral("source"));
    d = w.dispute();
    d.source = QStringLiteral("case");
    CHECK(refused(d) == QStringLiteral("case_id"));
    d = w.dispute();
    d.kind = QStringLiteral("feud");
    CHECK(refused(d) == QStringLiteral("kind"));
    d = w.dispute();
    d.risk = QStringLiteral("extreme");
    CHECK(refused(d) == QStringLiteral("risk"));
    d = w.dispute();
    d.foundMs = 0;
    CHECK(refused(d) == QStringLiteral("found_ms"));
    d.foundMs = w.t.clock->nowMs() + 24 * kHour;
    CHECK(refused(d) == QStringLiteral("found_ms"));
    d = w.dispute();
    d.foundBy = QStringLiteral("ghost");
    CHECK(refused(d) == QStringLiteral("found_by"));
    d = w.dispute();
    d.summary = QStringLiteral("   ");
    CHECK(refused(d) == QStringLiteral("summary"));
    d.summary = QString(2001, QChar(u'字'));
    CHECK(refused(d) == QStringLiteral("summary"));
    d = w.dispute();
    d.parties.clear();
    CHECK(refused(d) == QStringLiteral("parties"));
    d = w.dispute();
    d.parties[1].name.clear();
    CHECK(refused(d) == QStringLiteral("parties"));
    d = w.dispute();
    d.parties[0].name = QStringLiteral("赵\n建国"); // a line break in a one-line text: another office refuses it
    CHECK(refused(d) == QStringLiteral("parties"));
    d = w.dispute();
    d.summary = QStringLiteral("漏水\u202E偿赔"); // shown reversed: refused
    CHECK(refused(d) == QStringLiteral("summary"));
    d = w.dispute();
    d.parties[0].phone = QString(31, QLatin1Char('1'));
    CHECK(refused(d) == QStringLiteral("parties"));
    d = w.dispute();
    d.mediators[0].kind = QStringLiteral("judge");
    CHECK(refused(d) == QStringLiteral("mediators"));
    d = w.dispute();
    d.mediators[1].name.clear();
    CHECK(refused(d) == QStringLiteral("mediators"));
    // A request of another grid is not this dispute's.
    DisputeWorld other;
    Case c = w.draft();
    const QString caseId = must(CaseService(*w.t).registerCase(c));
    d = w.dispute();
    d.source = QStringLiteral("case");
    d.caseId = caseId;
    d.gridId = must(GridService(*w.t).save([&] {
        Grid g;
        g.communityId = GridService(*w.t).grid(w.grid)->communityId;
        g.code = QStringLiteral("370202002001009");
        g.name = QStringLiteral("第9网格");
        return g;
    }()));
    CHECK(refused(d) == QStringLiteral("case_id"));
    CHECK(w.rows("disputes") == 0);
    CHECK(w.rows("dispute_parties") == 0);
    CHECK(w.rows("dispute_mediators") == 0);

    d.gridId = w.grid;
    const QString id = must(service.record(d));
    auto opened = service.open(id);
    REQUIRE(opened.ok());
    CHECK(opened->caseId == caseId);
    CHECK(opened->outcome == QStringLiteral("open"));
    CHECK(opened->parties.size() == 2);
    CHECK(opened->mediators.size() == 2);
    CHECK(opened->mediators.at(1).name == QStringLiteral("王律师"));
}

TEST_CASE("a dispute is mediated while open and ends once: settled, referred or withdrawn", "[disputes]")
{
    DisputeWorld w;
    DisputeService service(*w.t);
    const qint64 now = w.t.clock->nowMs();
    const QString id = must(service.record(w.dispute(10)));

    // Sessions: not before the dispute was found, not in the future, a known result.
    CHECK(service.addSession(id, {{}, now - 11 * kHour, {}, QStringLiteral("continue"), {}}).error().field ==
          QStringLiteral("at_ms"));
    CHECK(service.addSession(id, {{}, now + kHour, {}, QStringLiteral("continue"), {}}).error().field ==
          QStringLiteral("at_ms"));
    CHECK(service.addSession(id, {{}, now - 2 * kHour, {}, QStringLiteral("maybe"), {}}).error().field ==
          QStringLiteral("result"));
    must(service.addSession(id, {{}, now - 8 * kHour, QStringLiteral("社区调解室"), QStringLiteral("continue"), {}}));
    must(service.addSession(id, {{}, now - 2 * kHour, QStringLiteral("社区调解室"), QStringLiteral("agreed"), {}}));
    CHECK(service.sessions(id)->size() == 2);
    CHECK(service.sessions(id)->first().atMs == now - 8 * kHour);

    // Followed up only after settling; settled with its agreement, not before the last session.
    CHECK(service.followUp(id, now, QStringLiteral("协议履行")).error().field == QStringLiteral("followup_ms"));
    CHECK(service.settle(id, now, QStringLiteral("  "), {}).error().field == QStringLiteral("agreement"));
    CHECK(service.settle(id, now - 3 * kHour, QStringLiteral("赔偿800元"), {}).error().field ==
          QStringLiteral("outcome_ms"));
    CHECK(service.settle(id, now, {}, {DisputeFile{{}, QStringLiteral("协议.txt"), "just text"}}).error().field ==
          QStringLiteral("data"));
    CHECK(service.open(id)->outcome == QStringLiteral("open")); // the refused file left nothing behind
    CHECK(w.rows("dispute_files") == 0);
    const QByteArray pdf("%PDF-1.4\n% a scanned agreement\n");
    REQUIRE(service
                .settle(id, now - kHour, QStringLiteral("赔偿800元，两周内修好管道"),
                        {DisputeFile{{}, QStringLiteral("协议.pdf"), pdf}})
                .ok());
    Dispute settled = *service.open(id);
    CHECK(settled.outcome == QStringLiteral("settled"));
    CHECK(settled.outcomeMs == now - kHour);
    CHECK(service.files(id)->size() == 1);
    CHECK(service.files(id)->first().data == pdf);
    // Once: no second outcome, no more sessions.
    CHECK(service.withdraw(id, now).error().field == QStringLiteral("outcome"));
    CHECK(service.addSession(id, {{}, now, {}, QStringLiteral("continue"), {}}).error().field ==
          QStringLiteral("outcome"));
    CHECK(service.followUp(id, now - 2 * kHour, QStringLiteral("x")).error().field == QStringLiteral("followup_ms"));
    CHECK(service.followUp(id, now, QStringLiteral(" ")).error().field == QStringLiteral("followup_note"));
    REQUIRE(service.followUp(id, now, QStringLiteral("协议已履行，双方满意")).ok());
    CHECK(service.open(id)->followupMs == now);

    const QString referred = must(service.record(w.dispute(3)));
    CHECK(service.refer(referred, now, QStringLiteral("mayor")).error().field == QStringLiteral("referred_to"));
    REQUIRE(service.refer(referred, now, QStringLiteral("court"), QStringLiteral("当事人起诉")).ok());
    CHECK(service.open(referred)->referredTo == QStringLiteral("court"));
    const QString withdrawn = must(service.record(w.dispute(3)));
    REQUIRE(service.withdraw(withdrawn, now, QStringLiteral("双方自行和解")).ok());
    CHECK(service.open(withdrawn)->outcome == QStringLiteral("withdrawn"));

    // Each write is audited.
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'dispute_sessions'")) == 2);
}

TEST_CASE("a high-risk dispute waits on the due board for a supervisor or the paired police officer", "[disputes]")
{
    DisputeWorld w;
    DisputeService service(*w.t);
    DisputeList list(*w.t);
    Dispute d = w.dispute();
    d.risk = QStringLiteral("high");
    const QString high = must(service.record(d));
    const QString low = must(service.record(w.dispute()));
    REQUIRE(list.awaitingReview()->size() == 1);
    CHECK(list.awaitingReview()->first().id == high);
    CHECK(list.awaitingReview()->first().policeGridName == QStringLiteral("八大关第一警格"));
    DisputeFilter paired;
    paired.policeGridId = w.policeGrid;
    CHECK(list.count(paired).value() == 2);

    CHECK(service.review(low, QStringLiteral("看过")).error().field == QStringLiteral("risk"));
    for (const QString &who : {w.worker, w.head, w.stranger}) {
        w.signInAs(Role::Staff, who);
        auto r = service.review(high, QStringLiteral("已研判"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Permission);
    }
    w.signInAs(Role::Staff, w.officer);
    CHECK(service.review(high, QStringLiteral(" ")).error().field == QStringLiteral("review_note"));
    REQUIRE(service.review(high, QStringLiteral("已联合研判，派出所跟进")).ok());
    CHECK(list.awaitingReview()->isEmpty());
    CHECK(service.open(high)->reviewedBy == QStringLiteral("张三"));
    w.signInAs(Role::Supervisor);
    CHECK(service.review(high, QStringLiteral("再看")).error().field == QStringLiteral("reviewed_ms"));
}

TEST_CASE("a dispute's parties are shown in full only to those who keep the grid, and opening them is audited",
          "[disputes][privacy]")
{
    DisputeWorld w;
    DisputeService service(*w.t);
    const QString id = must(service.record(w.dispute()));
    const auto audits = [&] {
        return scalar(
            *w.t,
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'open_personal' AND row_id = '%1'").arg(id));
    };
    for (const QString &who : {w.worker, w.head, w.officer}) {
        w.signInAs(Role::Staff, who);
        auto d = service.open(id);
        REQUIRE(d.ok());
        CHECK(d->parties.first().name == QStringLiteral("赵建国"));
        CHECK(d->parties.first().phone == QStringLiteral("13900001111"));
        auto row = DisputeList(*w.t).page({}, 10);
        REQUIRE(row->rows.size() == 1);
        CHECK(row->rows.first().shown);
        CHECK(row->rows.first().parties == QStringLiteral("赵建国、钱丽"));
    }
    CHECK(audits() == 3);
    w.signInAs(Role::Staff, w.stranger);
    auto masked = service.open(id);
    REQUIRE(masked.ok());
    CHECK(masked->parties.first().name == QStringLiteral("赵**"));
    CHECK(masked->parties.first().phone == QStringLiteral("139****1111"));
    CHECK(masked->parties.first().address == QStringLiteral("书香家园49号楼***"));
    CHECK(masked->summary.isEmpty()); // it names the parties as often as not
    CHECK(audits() == 3);             // nothing personal was shown
    auto row = DisputeList(*w.t).page({}, 10);
    CHECK_FALSE(row->rows.first().shown);
    CHECK(row->rows.first().parties == QStringLiteral("赵**、钱*"));
    CHECK(row->rows.first().summary.isEmpty());
    // Who may not see the parties may not change them either.
    Dispute edit = *masked;
    edit.risk = QStringLiteral("medium");
    auto refused = service.edit(edit);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Permission);
    // The grid's worker edits: a party changed, one removed, one added; a mediator kept.
    w.signInAs(Role::Staff, w.worker);
    edit = *service.open(id);
    edit.parties[0].phone = QStringLiteral("13900009999");
    edit.parties.removeAt(1);
    edit.parties << DisputeParty{{}, QStringLiteral("孙敏"), {}, {}};
    REQUIRE(service.edit(edit).ok());
    const Dispute after = *service.open(id);
    REQUIRE(after.parties.size() == 2);
    CHECK(after.parties.at(0).id == edit.parties.at(0).id);
    CHECK(after.parties.at(0).phone == QStringLiteral("13900009999"));
    CHECK(after.parties.at(1).name == QStringLiteral("孙敏"));
    CHECK(w.rows("dispute_parties") == 3); // the one removed is a tombstone
}

TEST_CASE("the dispute list is paged newest first and filtered as a brute-force pass", "[disputes]")
{
    DisputeWorld w;
    DisputeService service(*w.t);
    QRandomGenerator rng(7);
    struct Made {
        QString id, kind, risk, outcome;
        qint64 foundMs;
    };
    QList<Made> made;
    for (int i = 0; i < 60; ++i) {
        Dispute d = w.dispute(1 + int(rng.bounded(500)));
        d.kind = disputes::kinds().at(int(rng.bounded(quint32(disputes::kinds().size()))));
        d.risk = disputes::risks().at(int(rng.bounded(3)));
        const QString id = must(service.record(d));
        QString outcome = QStringLiteral("open");
        if (rng.bounded(3) == 0) {
            REQUIRE(service.withdraw(id, w.t.clock->nowMs()).ok());
            outcome = QStringLiteral("withdrawn");
        }
        made << Made{id, d.kind, d.risk, outcome, d.foundMs};
    }
    std::sort(made.begin(), made.end(), [](const Made &a, const Made &b) {
        return a.foundMs != b.foundMs ? a.foundMs > b.foundMs : a.id > b.id;
    });
    const qint64 from = w.t.clock->nowMs() - 300 * kHour, to = w.t.clock->nowMs() - 50 * kHour;
    for (int variant = 0; variant < 4; ++variant) {
        DisputeFilter f;
        if (variant == 1)
            f.risk = QStringLiteral("high");
        if (variant == 2)
            f.outcome = QStringLiteral("withdrawn");
        if (variant == 3) {
            f.fromMs = from;
            f.toMs = to;
            f.kind = QStringLiteral("family");
        }
        QStringList expected;
        for (const Made &m : made)
            if ((f.risk.isEmpty() || m.risk == f.risk) && (f.outcome.isEmpty() || m.outcome == f.outcome) &&
                (f.kind.isEmpty() || m.kind == f.kind) && (!f.fromMs || m.foundMs >= f.fromMs) &&
                (!f.toMs || m.foundMs < f.toMs))
                expected << m.id;
        QStringList got;
        QString after;
        do {
            auto page = DisputeList(*w.t).page(f, 7, after);
            REQUIRE(page.ok());
            for (const DisputeRow &r : page->rows)
                got << r.id;
            after = page->nextKey;
        } while (!after.isEmpty());
        CHECK(got == expected);
        CHECK(DisputeList(*w.t).count(f).value() == expected.size());
    }
    CHECK(DisputeList(*w.t).page({}, 0).error().field == QStringLiteral("limit"));
    CHECK(DisputeList(*w.t).page({}, 5, QStringLiteral("garbage")).error().field == QStringLiteral("after"));
}

TEST_CASE("two offices' parties and sessions of one dispute both survive a merge, and a street's package carries "
          "only its grids' disputes",
          "[disputes][exchange]")
{
    DisputeWorld a;
    TestDb b;
    const QString id = must(DisputeService(*a.t).record(a.dispute()));
    send(*a.t, *b, a.t.dir.path());
    b.clock->setMs(a.t.clock->nowMs() + 1000);
    a.t.clock->advance(500);
    must(DisputeService(*a.t).addSession(id, {{}, a.t.clock->nowMs(), {}, QStringLiteral("continue"), {}}));
    must(DisputeService(*b).addSession(id, {{}, b.clock->nowMs(), {}, QStringLiteral("agreed"), {}}));
    Dispute onB = *DisputeService(*b).open(id);
    onB.parties << DisputeParty{{}, QStringLiteral("孙敏"), {}, {}};
    REQUIRE(DisputeService(*b).edit(onB).ok());
    send(*a.t, *b, a.t.dir.path());
    send(*b, *a.t, a.t.dir.path());
    for (Database *db : {a.t.db.get(), b.db.get()}) {
        CHECK(DisputeService(*db).sessions(id)->size() == 2);
        CHECK(DisputeService(*db).open(id)->parties.size() == 3);
    }
    CHECK(digestOf(*a.t) == digestOf(*b));

    // Another street's dispute stays home.
    const QString street2 = addStreet(*a.t, QStringLiteral("370202003"), QStringLiteral("湛山街道"));
    const QString community2 = addCommunity(*a.t, street2, QStringLiteral("370202003001"), QStringLiteral("湛山社区"));
    const QString worker2 = addWorker(*a.t, QStringLiteral("王晓梅"), QStringLiteral("13953200007"));
    Dispute theirs = a.dispute();
    theirs.gridId =
        addGrid(*a.t, community2, QStringLiteral("370202003001001"), QStringLiteral("湛山社区第1网格"), worker2);
    theirs.foundBy = worker2;
    theirs.mediators = {DisputeMediator{{}, QStringLiteral("worker"), worker2, {}}};
    must(DisputeService(*a.t).record(theirs));
    TestDb street;
    exchange::ExportScope scope;
    scope.kind = exchange::ExportScope::Street;
    scope.code = QStringLiteral("370202002");
    send(*a.t, *street, a.t.dir.path(), false, scope);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM disputes")) == 1);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM dispute_sessions")) == 2);
    CHECK(scalar(*street, QStringLiteral("SELECT count(*) FROM dispute_parties WHERE deleted = 0")) == 3);
}
