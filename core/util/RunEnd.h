#pragma once
// The end of a run of taken numbers: docs handed out from a second's first slot up, case numbers
// handed out one after another in a day. Found by doubling, then halving, from a number known to be
// taken: a few lookups however long the run (one lookup per number cost O(n²) for a file of orders
// received in one second). A hole inside the run may be passed over; the number returned is free.
#include <QtGlobal>

#include <functional>

namespace gd {

// The first number after `from` (taken) that `taken` says is free, looking no further than `last`;
// last + 1 when `last` is taken too. A lookup that fails may answer "free": its caller keeps the
// error and checks it after.
inline qint64 firstFreeAfter(qint64 from, qint64 last, const std::function<bool(qint64)> &taken)
{
    qint64 lo = from, step = 1; // lo taken
    while (lo + step <= last && taken(lo + step)) {
        lo += step;
        step *= 2;
    }
    qint64 hi = lo + step; // the first one tried that may be free
    if (hi > last) {
        if (lo == last || taken(last))
            return last + 1;
        hi = last;
    }
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        (taken(mid) ? lo : hi) = mid;
    }
    return hi;
}

} // namespace gd
