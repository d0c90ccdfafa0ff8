#pragma once
// A bounded queue that hands work from one thread to another: the bulk loads (the search index,
// the demo generator) keep the database on their own thread and let a second one prepare what
// they write. Bounded, so the faster side waits instead of piling up memory; closable, so either
// side can stop the other (a cancel, an error) without leaving it blocked.
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace gd {

template <typename T> class HandoffQueue
{
public:
    explicit HandoffQueue(size_t capacity)
        : m_capacity(capacity)
    {}

    // Waits while the queue is full; false (and the item dropped) once the queue is closed.
    bool push(T item)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }

    // Waits for an item; nothing once the queue is closed and empty.
    std::optional<T> pop()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_items.empty(); });
        return take();
    }

    // An item if one is waiting, without waiting.
    std::optional<T> tryPop()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return take();
    }

    // No more pushes; what is queued can still be popped.
    void close()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    std::optional<T> take()
    {
        if (m_items.empty())
            return std::nullopt;
        std::optional<T> item(std::move(m_items.front()));
        m_items.pop_front();
        m_changed.notify_all();
        return item;
    }

    const size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    bool m_closed = false;
};

} // namespace gd
