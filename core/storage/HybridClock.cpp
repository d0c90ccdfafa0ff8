#include "HybridClock.h"

#include "Logging.h"

namespace gd {

qint64 HybridClock::tick()
{
    const qint64 wall = pack(m_wall->nowMs(), 0);
    m_last = wall > m_last ? wall : m_last + 1;
    return m_last;
}

qint64 HybridClock::receive(qint64 remote, bool *capped)
{
    const qint64 limit = pack(m_wall->nowMs() + kMaxDriftMs, 0);
    const bool tooFar = remote > limit;
    if (capped)
        *capped = tooFar;
    const qint64 kept = tooFar ? limit : remote;
    if (tooFar)
        qCWarning(lcStorage) << "a stamp" << (physicalMs(remote) - m_wall->nowMs()) / 1000
                             << "seconds ahead of this PC's clock was capped; the other office's clock is wrong";
    if (kept > m_last)
        m_last = kept;
    return kept;
}

bool HybridClock::aheadOfWall() const
{
    return physicalMs(m_last) > m_wall->nowMs() + kMaxDriftMs;
}

} // namespace gd
