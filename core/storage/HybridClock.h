#pragma once
// Hybrid logical clock: physical milliseconds in the high 48 bits, a logical counter in the
// low 16. Stamps never go backwards, even when the PC clock does; a stamp from another office
// that lies far ahead of our wall clock is capped rather than trusted (a wrong PC clock there
// must not win every later merge here).
#include "Clock.h"

#include <QtGlobal>

namespace gd {

class HybridClock
{
public:
    static constexpr qint64 kMaxDriftMs = 24LL * 3600 * 1000;

    explicit HybridClock(const Clock *wall, qint64 last = 0)
        : m_wall(wall)
        , m_last(last)
    {}

    static qint64 pack(qint64 physicalMs, int logical) { return (physicalMs << 16) | (logical & 0xFFFF); }
    static qint64 physicalMs(qint64 stamp) { return stamp >> 16; }
    static int logical(qint64 stamp) { return int(stamp & 0xFFFF); }

    // A stamp for a local event, strictly greater than every stamp seen so far.
    qint64 tick();
    // Observe a stamp from another office. Returns the stamp to keep for it: the stamp itself,
    // or, when it lies more than kMaxDriftMs ahead of our wall clock, the capped value (and
    // *capped is set). The local clock advances past whatever is kept.
    qint64 receive(qint64 remote, bool *capped = nullptr);

    qint64 last() const { return m_last; }
    void setWall(const Clock *wall) { m_wall = wall; }
    // True when the persisted clock is already far ahead of the wall clock (it was run with a
    // wrong date once): stamps keep increasing from there, and the caller logs it.
    bool aheadOfWall() const;

private:
    const Clock *m_wall;
    qint64 m_last;
};

} // namespace gd
