#pragma once
// Injectable wall clock: services never call QDateTime::currentDateTime() directly, so tests
// can move time (deadlines, months, the hybrid logical clock).
#include <QDateTime>
#include <QtGlobal>

#include <atomic>

namespace gd {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs()); }
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 ms = 0)
        : m_ms(ms)
    {}
    qint64 nowMs() const override { return m_ms.load(); }
    void setMs(qint64 ms) { m_ms = ms; }
    void advance(qint64 ms) { m_ms += ms; }

private:
    std::atomic<qint64> m_ms;
};

} // namespace gd
