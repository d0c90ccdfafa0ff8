// Three offices' random edits (the desktop's convergence script, test_convergence_fixture.h)
// taken by the hub in random orders: the hub ends with the digest of every office that merged
// the same packages, keeps the same losers as an office that merged them in the same order, and
// taking a package again changes nothing. Property test over fixed seeds.
#include "HubTestDb.h"
#include "hub/HubIngest.h"
#include "hub/HubTrust.h"
#include "test_convergence_fixture.h"

#include <QSet>

using namespace gd;
using namespace gdtest;
using namespace gdtest::convergence;

namespace {

QSet<QString> losersIn(QSqlQuery &q)
{
    QSet<QString> out;
    while (q.next())
        out.insert(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).isNull() ? QStringLiteral("<null>") : q.value(3).toString(),
                               q.value(4).toString(), q.value(5).toString()}
                       .join(QLatin1Char('|')));
    return out;
}

const QString kLosers = QStringLiteral("SELECT table_name, row_id, field, lost_value, lost_site, lost_stamp FROM "
                                       "merge_conflicts");

} // namespace

TEST_CASE("offices' random edits taken by the hub in any order: the offices' digest and losers", "[hub][convergence]")
{
    Base base;
    const QString basePackage = base.a.t.dir.filePath(QStringLiteral("base.gdpkg"));
    int conflicts = 0, refolded = 0;
    for (quint32 seed = 1; seed <= 8; ++seed) {
        INFO("seed " << seed);
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        QRandomGenerator rng(seed);
        Office offices[3];
        QString packages[3];
        for (int i = 0; i < 3; ++i) {
            const QString file = dir.filePath(QStringLiteral("office-%1.griddesk").arg(QLatin1Char('a' + i)));
            packages[i] = dir.filePath(QStringLiteral("office-%1.gdpkg").arg(QLatin1Char('a' + i)));
            REQUIRE(QFile::copy(base.paths[i], file));
            offices[i].clock = std::make_shared<ManualClock>(base.startMs);
            offices[i].db = openFile(file, offices[i].clock);
            offices[i].cases = base.cases;
        }
        for (int k = 0; k < 2; ++k) {
            const int x = int(rng.bounded(3)), y = (x + 1 + int(rng.bounded(2))) % 3;
            concurrentEdit(offices[x], offices[y], base, rng);
        }
        for (int step = 0; step < 36; ++step)
            randomEdit(offices[rng.bounded(3)], base, rng);
        qint64 endMs = 0;
        for (int i = 0; i < 3; ++i) {
            exportTo(*offices[i].db, packages[i]);
            endMs = std::max(endMs, offices[i].clock->nowMs());
        }
        QList<int> order{0, 1, 2};
        for (quint32 n = rng.bounded(6); n > 0; --n)
            std::next_permutation(order.begin(), order.end());
        INFO("order " << order[0] << order[1] << order[2]);

        HubDb h;
        for (const QString &p : {basePackage, packages[0], packages[1], packages[2]}) {
            const auto sender = exchange::packageSender(p);
            REQUIRE(sender.has_value());
            REQUIRE(hub::trustHubOffice(*h, *sender, sender->fingerprint).ok());
        }
        auto taken = hub::ingestPackage(*h, basePackage);
        REQUIRE(taken.ok());
        for (int i : order) {
            auto r = hub::ingestPackage(*h, packages[i]);
            INFO(r.message().toStdString());
            REQUIRE(r.ok());
            refolded += r->casesRefolded;
        }
        const QByteArray hubDigest = h.digest();

        // An office that merges the other two packages, in another order than the hub took them.
        Database &first = *offices[order[2]].db;
        offices[order[2]].clock->setMs(endMs + 1000);
        for (int k : {order[1], order[0]}) {
            offices[order[2]].clock->advance(1500);
            merge(first, packages[k]);
        }
        CHECK(hubDigest.toHex().toStdString() == digestOf(first).toHex().toStdString());

        // A new office taking the three packages in the hub's order keeps the hub's losers.
        TestDb fresh;
        fresh.clock->setMs(endMs + 2000);
        for (int i : order) {
            fresh.clock->advance(1500);
            merge(*fresh, packages[i]);
        }
        CHECK(hubDigest.toHex().toStdString() == digestOf(*fresh).toHex().toStdString());
        QSqlQuery office(fresh->sql());
        REQUIRE(office.exec(kLosers));
        auto hubLosers = h->run(kLosers);
        REQUIRE(hubLosers.ok());
        const QSet<QString> inHub = losersIn(*hubLosers);
        CHECK(inHub == losersIn(office));
        conflicts += int(inHub.size());

        // Taken again: nothing changes.
        for (int i : order) {
            auto again = hub::ingestPackage(*h, packages[i]);
            REQUIRE(again.ok());
            CHECK(again->alreadyTaken);
        }
        CHECK(h.digest() == hubDigest);
    }
    // The scripts did make conflicts and moved cases on (the test is not vacuous).
    CHECK(conflicts >= 8);
    CHECK(refolded > 0);
}
