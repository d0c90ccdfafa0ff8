// firstFreeAfter (util/RunEnd.h), the search behind a second's next search doc and a day's next
// case number: against a brute-force walk on runs of every length up to 300, with and without a
// ceiling, and a few holes inside a run (any free number after `from` is an answer then).
#include "util/RunEnd.h"

#include <QRandomGenerator>
#include <QSet>

#include <catch2/catch.hpp>

using namespace gd;

TEST_CASE("the first free number after a run is the one a walk finds, within the ceiling", "[util]")
{
    for (qint64 from : {0, 5, 9999})
        for (qint64 length = 1; length <= 300; ++length) {
            // Taken: from … from + length - 1.
            int lookups = 0;
            auto taken = [&](qint64 n) {
                ++lookups;
                return n >= from && n < from + length;
            };
            INFO("from " << from << ", run of " << length);
            CHECK(firstFreeAfter(from, std::numeric_limits<qint64>::max() / 4, taken) == from + length);
            CHECK(lookups <= 4 * 10); // some 2·log2(length) lookups, never one per number
            for (qint64 ceiling : {from + 1, from + length - 1, from + length, from + 2 * length}) {
                if (ceiling < from)
                    continue;
                const qint64 walked = from + length <= ceiling ? from + length : ceiling + 1;
                CHECK(firstFreeAfter(from, ceiling, taken) == walked);
            }
        }
}

TEST_CASE("with holes inside the run the number found is free and after the start", "[util]")
{
    QRandomGenerator rng(7);
    for (int round = 0; round < 200; ++round) {
        QSet<qint64> used;
        const qint64 length = 1 + rng.bounded(500);
        for (qint64 n = 0; n < length; ++n)
            used.insert(n);
        for (int h = 0; h < 3; ++h)
            used.remove(1 + rng.bounded(int(length)));
        const qint64 found = firstFreeAfter(0, 1000, [&](qint64 n) { return used.contains(n); });
        INFO("round " << round);
        CHECK(found > 0);
        CHECK(found <= length);
        CHECK_FALSE(used.contains(found));
    }
}
