// Three offices whose PC clocks disagree by hours (within the tolerance), that lose some of the
// packages of changes they send each other and act on the same cases concurrently: once the next
// packages of changes (export --since-last-to) arrive, every office holds the same content, and
// every case two offices moved on from the same state lists its branching everywhere (issue 15).
// Property test over fixed seeds; the seed is printed on failure.
#include "test_convergence_fixture.h"

using namespace gd;
using namespace gdtest;
using namespace gdtest::convergence;
namespace wf = gd::workflow;

namespace {

constexpr qint64 kHour = 3600LL * 1000;

QString peerName(int i)
{
    return QStringLiteral("office-%1").arg(QLatin1Char('a' + i));
}

// A package of what `peer` has not confirmed having, from `from`.
QString deltaFor(Office &from, int peer, const QString &path)
{
    exchange::ExportScope scope;
    scope.sinceLastTo = peerName(peer);
    auto written = exchange::exportPackage(*from.db, path, scope);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    return path;
}

// Merged as the receiving office would: its PC clock left as it is (skewed), the sender trusted.
void receive(Office &into, const QString &path)
{
    gdtest::trustSignerOf(*into.db, path);
    auto reader = exchange::PackageReader::open(path, *into.db);
    INFO(path.toStdString() << ": " << reader.message().toStdString());
    REQUIRE(reader.ok());
    auto merged = exchange::mergePackage(*into.db, **reader, false);
    INFO(merged.message().toStdString());
    REQUIRE(merged.ok());
    CHECK_FALSE(merged->clockCapped);
    into.clock->advance(1500); // the undo file is named by the second
}

QSet<QString> branchedCases(Database &db)
{
    QSet<QString> out;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM cases WHERE branches > 0")));
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

} // namespace

TEST_CASE("offices with skewed clocks that lose packages end equal once the next deltas arrive",
          "[exchange][merge][convergence]")
{
    Base base;
    int lost = 0, branched = 0;
    const qint64 skew[3] = {0, 3 * kHour, -5 * kHour};
    for (quint32 seed = 1; seed <= 8; ++seed) {
        INFO("seed " << seed);
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        QRandomGenerator rng(seed);
        Office offices[3];
        for (int i = 0; i < 3; ++i) {
            const QString file = dir.filePath(QStringLiteral("%1.griddesk").arg(peerName(i)));
            REQUIRE(QFile::copy(base.paths[i], file));
            offices[i].clock = std::make_shared<ManualClock>(base.startMs + skew[i]);
            offices[i].db = openFile(file, offices[i].clock);
            offices[i].cases = base.cases;
        }
        int n = 0;
        const auto path = [&] { return dir.filePath(QStringLiteral("p%1.gdpkg").arg(++n)); };

        // Round 1: edits and concurrent actions; each office sends each other one its changes,
        // and about a third of those packages are lost on the way.
        for (int k = 0; k < 2; ++k) {
            const int x = int(rng.bounded(3)), y = (x + 1 + int(rng.bounded(2))) % 3;
            concurrentEdit(offices[x], offices[y], base, rng);
        }
        // Two offices sign for the base's dispatched case unaware of each other.
        {
            const int x = int(rng.bounded(3)), y = (x + 1 + int(rng.bounded(2))) % 3;
            for (const int i : {x, y})
                REQUIRE(CaseService(*offices[i].db).act(base.cases.at(1), {wf::Action::Sign}).ok());
        }
        for (int step = 0; step < 24; ++step)
            randomEdit(offices[rng.bounded(3)], base, rng);
        QList<QPair<int, QString>> delivered;
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                if (i != j) {
                    const QString p = deltaFor(offices[i], j, path());
                    if (rng.bounded(3) == 0)
                        ++lost;
                    else
                        delivered << qMakePair(j, p);
                }
        for (const auto &[j, p] : std::as_const(delivered))
            receive(offices[j], p);

        // Round 2: a few more edits, then the next packages of changes, every one delivered.
        for (int step = 0; step < 8; ++step)
            randomEdit(offices[rng.bounded(3)], base, rng);
        delivered.clear();
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                if (i != j)
                    delivered << qMakePair(j, deltaFor(offices[i], j, path()));
        for (const auto &[j, p] : std::as_const(delivered))
            receive(offices[j], p);

        const QByteArray first = digestOf(*offices[0].db);
        CHECK(digestOf(*offices[1].db).toHex().toStdString() == first.toHex().toStdString());
        CHECK(digestOf(*offices[2].db).toHex().toStdString() == first.toHex().toStdString());
        const QSet<QString> listed = branchedCases(*offices[0].db);
        CHECK(branchedCases(*offices[1].db) == listed);
        CHECK(branchedCases(*offices[2].db) == listed);
        branched += int(listed.size());
    }
    // The scripts did lose packages and make branchings (the test is not vacuous).
    CHECK(lost >= 5);
    CHECK(branched >= 8);
}
