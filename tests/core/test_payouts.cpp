// The month's rewards (rating/Payouts.h): paid only on an approved month, by the star the review
// gave, at the office's amounts (checked when saved, administrators only); and the workbook of
// the sheet and the payouts, written whole or not at all.
#include "people/WorkerService.h"
#include "rating/MonthReview.h"
#include "rating/Payouts.h"
#include "rating/RatingEntries.h"
#include "schema/Tables.h"
#include "storage/RowStore.h"
#include "storage/Transaction.h"
#include "test_rating_fixture.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace gd;
using namespace gdtest;

TEST_CASE("rewards are paid on the approved month by the star it gave", "[rating]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 11, 20, 10, 0));
    {
        Transaction tx(*w.t);
        REQUIRE(RowStore(*w.t).update(tables::workers(), w.worker, {{QStringLiteral("star"), 2}}).ok());
        REQUIRE(tx.commit().ok());
    }
    const QString m = QStringLiteral("2026-10");
    CHECK(rating::payouts(*w.t, m).error().field == QStringLiteral("month"));
    Actor supervisor = Actor::system();
    supervisor.login = QStringLiteral("zhuren");
    supervisor.role = Role::Supervisor;
    w.t->setActor(supervisor);
    REQUIRE(rating::enterValue(*w.t, m, w.worker, QStringLiteral("visits"), 15).ok());
    REQUIRE(submitAndApprove(*w.t, m).ok());
    auto paid = rating::payouts(*w.t, m);
    REQUIRE(paid.ok());
    REQUIRE(paid->size() == 1);
    CHECK(paid->first().star == 2);
    CHECK(paid->first().amount == 400); // the default: 200 a star

    // The office's amounts: six, none below zero, set by an administrator.
    rating::RewardSettings rewards;
    rewards.perStar = {0, 150, 300, 450, 600, 750};
    CHECK(rewards.save(*w.t).error().kind == ErrorKind::Permission);
    w.t->setActor(Actor::system());
    REQUIRE(rewards.save(*w.t).ok());
    // Audited as every office setting is, once per change.
    CHECK(scalar(*w.t, QStringLiteral(
                           "SELECT count(*) FROM audit_log WHERE table_name = 'meta' AND row_id = 'star_rewards'")) ==
          1);
    REQUIRE(rewards.save(*w.t).ok());
    CHECK(scalar(*w.t, QStringLiteral(
                           "SELECT count(*) FROM audit_log WHERE table_name = 'meta' AND row_id = 'star_rewards'")) ==
          1);
    CHECK(rating::payouts(*w.t, m)->first().amount == 300);
    rewards.perStar = {0, 150, 300};
    CHECK(rewards.save(*w.t).error().field == QStringLiteral("rewards"));
    rewards.perStar = {0, -1, 300, 450, 600, 750};
    CHECK(rewards.save(*w.t).error().field == QStringLiteral("rewards"));
    CHECK(rating::RewardSettings::load(*w.t).perStar.value(1) == 150);

    // A star the month gave pays from the next month (the default), or for the month that earned it.
    {
        QSqlQuery q(w.t->sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE rating_results SET star_after = 3"))); // promoted that month
    }
    CHECK_FALSE(rating::RewardSettings::load(*w.t).newStarPaysSameMonth);
    CHECK(rating::payouts(*w.t, m)->first().star == 2);
    CHECK(rating::payouts(*w.t, m)->first().amount == 300);
    rewards.perStar = {0, 150, 300, 450, 600, 750};
    rewards.newStarPaysSameMonth = true;
    REQUIRE(rewards.save(*w.t).ok());
    CHECK(rating::RewardSettings::load(*w.t).newStarPaysSameMonth);
    CHECK(rating::payouts(*w.t, m)->first().star == 3);
    CHECK(rating::payouts(*w.t, m)->first().amount == 450);

    // The workbook: a zip with both sheets and the worker in it; an impossible path leaves nothing.
    auto sheet = rating::reviewSheet(*w.t, m);
    REQUIRE(sheet.ok());
    const QString path = w.t.dir.filePath(QStringLiteral("review.xlsx"));
    REQUIRE(rating::writeReviewXlsx(path, *sheet, *rating::payouts(*w.t, m)).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(2) == QByteArray("PK"));
    f.close();
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")});
    REQUIRE(unzip.waitForStarted(5000)); // griddesk.sh installs unzip
    REQUIRE(unzip.waitForFinished(10000));
    const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
    CHECK(strings.contains(QStringLiteral("陈姝夷")));
    CHECK(strings.contains(QStringLiteral("走访入户")));
    const QString nowhere = w.t.dir.filePath(QStringLiteral("no/such/folder/review.xlsx"));
    CHECK_FALSE(rating::writeReviewXlsx(nowhere, *sheet, *rating::payouts(*w.t, m)).ok());
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("a note with a control character pasted into it still gives a workbook Excel can open", "[rating][payouts]")
{
    // The review's explanation and a worker's name as a copy from a web page or a chat brings
    // them: a vertical tab, a bell, a form feed. XML 1.0 cannot hold them; written as they were,
    // Excel refused the whole file. Tab and line feed are kept.
    rating::MonthSheet sheet;
    sheet.month = QStringLiteral("2026-10");
    rating::SheetRow r;
    r.workerId = QStringLiteral("w1");
    r.name = QStringLiteral("陈\x0b姝夷");
    r.total = 88;
    r.decision.explanation = QStringLiteral("第一行\x07\x0c\n第二行\t完");
    sheet.rows << r;
    const QList<rating::Payout> paid{
        {QStringLiteral("w1"), QStringLiteral("陈\x1f姝夷"), 1, 150, QStringLiteral("\x01备注")}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.xlsx"));
    REQUIRE(rating::writeReviewXlsx(path, sheet, paid).ok());
    QProcess test;
    test.start(QStringLiteral("unzip"), {QStringLiteral("-tq"), path}); // every member's CRC
    REQUIRE(test.waitForFinished(10000));
    CHECK(test.exitCode() == 0);
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")});
    REQUIRE(unzip.waitForFinished(10000));
    const QByteArray xml = unzip.readAllStandardOutput();
    for (char bad : {'\x07', '\x0b', '\x0c', '\x1f'})
        CHECK_FALSE(xml.contains(bad));
    const QString strings = QString::fromUtf8(xml);
    CHECK(strings.contains(QStringLiteral("陈姝夷")));
    CHECK(strings.contains(QStringLiteral("第一行\n第二行\t完")));
    // The XML parses: Qt's reader stops at the first character XML does not allow.
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    CHECK_FALSE(reader.hasError());
}

TEST_CASE("the payouts list the part-time cover subsidies beside the star rewards, for the days covered", "[rating]")
{
    CaseWorld w;
    w.t.clock->setMs(beijing(2026, 11, 20, 10, 0));
    const QString community = text(*w.t, QStringLiteral("SELECT community_id FROM grids LIMIT 1"));
    const QString vacant =
        addGrid(*w.t, community, QStringLiteral("370202002001002"), QStringLiteral("红岛路社区第2网格"));
    const QString other =
        addGrid(*w.t, community, QStringLiteral("370202002001003"), QStringLiteral("红岛路社区第3网格"));
    const QString partTime =
        addWorker(*w.t, QStringLiteral("王兼职"), QStringLiteral("13953200077"), QStringLiteral("part_time"));
    auto cover = [&](const QString &grid, const char *from, const char *to, int subsidy) {
        GridCover c;
        c.gridId = grid;
        c.workerId = partTime;
        c.startDate = QLatin1String(from);
        c.endDate = QLatin1String(to);
        c.monthlySubsidy = subsidy;
        REQUIRE(WorkerService(*w.t).saveCover(c).ok());
    };
    cover(vacant, "2026-10-16", "", 600);          // from the 16th: 16 of 31 days
    cover(other, "2026-09-01", "2026-10-10", 300); // to the 10th: 10 of 31 days
    cover(other, "2026-08-01", "2026-09-30", 900); // over before October: nothing
    REQUIRE(submitAndApprove(*w.t, QStringLiteral("2026-10")).ok());
    auto paid = rating::payouts(*w.t, QStringLiteral("2026-10"));
    REQUIRE(paid.ok());
    REQUIRE(paid->size() == 3); // the full-time worker's star reward, then the two covers
    CHECK(paid->at(0).kind == rating::Payout::StarReward);
    QList<rating::Payout> covers{paid->at(1), paid->at(2)};
    std::sort(covers.begin(), covers.end(),
              [](const rating::Payout &a, const rating::Payout &b) { return a.amount < b.amount; });
    CHECK(covers.at(0).kind == rating::Payout::CoverSubsidy);
    CHECK(covers.at(0).workerId == partTime);
    CHECK(covers.at(0).amount == 97); // 300 × 10 / 31, to the yuan
    CHECK(covers.at(0).note.contains(QStringLiteral("红岛路社区第3网格")));
    CHECK(covers.at(0).note.contains(QStringLiteral("10 of 31 days")));
    CHECK(covers.at(1).amount == 310); // 600 × 16 / 31
    CHECK(rating::payoutKindName(rating::Payout::CoverSubsidy) != rating::payoutKindName(rating::Payout::StarReward));
}
