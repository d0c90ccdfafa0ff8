// The month's dispute ledger (disputes/DisputeLedger.h): exactly the disputes worked in the month
// (found in it, or found before and open at its start or ended in it) against a brute-force pass,
// for the office and a grid; the parties masked unless an administrator asks, which staff are
// refused and which is recorded when written; the PDF on A4 landscape saying every row, and the
// workbook holding them.
#include "ToolOutput.h"
#include "disputes/DisputeLedger.h"
#include "disputes/DisputeService.h"
#include "test_exchange_fixture.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace gd;
using namespace gdtest;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

} // namespace

TEST_CASE("the ledger holds exactly the disputes worked in the month, the parties masked unless an administrator asks",
          "[disputes][ledger]")
{
    CaseWorld w;
    DisputeService service(*w.t);
    QRandomGenerator rng(5);
    const qint64 now = w.t.clock->nowMs(); // 2026-03-02 10:00
    struct Made {
        QString summary;
        qint64 found, ended;
    };
    QList<Made> made;
    for (int i = 0; i < 40; ++i) {
        Dispute d;
        d.gridId = w.grid;
        d.foundMs = now - qint64(1 + rng.bounded(100u)) * kDay;
        d.summary = QStringLiteral("纠纷%1").arg(i);
        d.parties << DisputeParty{
            {}, QStringLiteral("赵建国"), QStringLiteral("13900001111"), QStringLiteral("书香家园49号楼2单元301")};
        d.mediators << DisputeMediator{{}, QStringLiteral("worker"), w.worker, {}};
        const QString id = must(service.record(d));
        qint64 ended = 0;
        if (rng.bounded(3) != 0) {
            ended = qMin(now, d.foundMs + qint64(rng.bounded(40u)) * kDay);
            REQUIRE(
                service.addSession(id, {{}, ended, QStringLiteral("社区调解室"), QStringLiteral("agreed"), {}}).ok());
            REQUIRE(service.settle(id, ended, QStringLiteral("赔偿800元"), {}).ok());
        }
        made << Made{d.summary, d.foundMs, ended};
    }
    const QDate month(2026, 2, 1);
    const qint64 from = cases::dayStartMs(month), to = cases::dayStartMs(month.addMonths(1));
    QStringList expected;
    std::sort(made.begin(), made.end(), [](const Made &a, const Made &b) { return a.found < b.found; });
    for (const Made &m : made)
        if (m.found < to && (m.ended == 0 || m.ended >= from))
            expected << m.summary;
    auto ledger = disputeledger::gather(*w.t, QStringLiteral("2026-02"), {});
    REQUIRE(ledger.ok());
    QStringList got;
    for (int i = 0; i < ledger->rows.size(); ++i) {
        got << ledger->rows.at(i).summary;
        if (i > 0)
            CHECK(ledger->rows.at(i - 1).foundMs <= ledger->rows.at(i).foundMs); // the earliest found first
    }
    expected.sort();
    got.sort();
    CHECK(got == expected);
    REQUIRE_FALSE(ledger->rows.isEmpty());
    CHECK(ledger->rows.first().number == 1);
    CHECK(ledger->rows.first().parties == QStringLiteral("赵** 139****1111 书香家园49号楼***"));
    CHECK(ledger->rows.first().mediators.contains(QStringLiteral("陈姝夷")));
    CHECK(disputeledger::gather(*w.t, QStringLiteral("2026-02"), {stats::StatsScope::Grid, w.grid})->rows.size() ==
          expected.size());
    CHECK(disputeledger::gather(*w.t, QStringLiteral("2026-13"), {}).error().field == QStringLiteral("month"));

    // In full: refused to staff, given to an administrator and recorded when written.
    w.signInAs(Role::Staff);
    auto refused = disputeledger::gather(*w.t, QStringLiteral("2026-02"), {}, true);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Permission);
    w.signInAs(Role::Admin);
    auto full = disputeledger::gather(*w.t, QStringLiteral("2026-02"), {}, true);
    REQUIRE(full.ok());
    CHECK(full->rows.first().parties == QStringLiteral("赵建国 13900001111 书香家园49号楼2单元301"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("ledger.pdf")), xlsx = dir.filePath(QStringLiteral("ledger.xlsx"));
    int pages = 0;
    REQUIRE(disputeledger::writePdf(*w.t, pdf, *full, &pages).ok());
    REQUIRE(disputeledger::writeWorkbook(*w.t, xlsx, *full).ok());
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_full_phones' AND "
                                      "table_name = 'disputes'")) == 2);

    // On paper: landscape A4, every row's summary; the workbook holds every row.
    const QString masked = dir.filePath(QStringLiteral("masked.pdf"));
    REQUIRE(disputeledger::writePdf(*w.t, masked, *ledger, &pages).ok());
    CHECK(pages >= 1);
    const QString text = pdfText(masked);
    for (const QString &s : expected)
        CHECK(text.contains(s));
    CHECK_FALSE(text.contains(QStringLiteral("13900001111")));
    CHECK(run(QStringLiteral("pdfinfo"), {masked}).contains(QStringLiteral("842 x 595 pts (A4)")));
    const QString strings = xlsxMember(xlsx, QStringLiteral("xl/sharedStrings.xml"));
    for (const QString &s : expected)
        CHECK(strings.contains(s));
    // Nothing is written where it cannot be.
    CHECK_FALSE(disputeledger::writePdf(*w.t, dir.filePath(QStringLiteral("no/such/ledger.pdf")), *ledger).ok());
}
