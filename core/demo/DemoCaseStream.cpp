#include "DemoCaseStream.h"

namespace gd::demo {

namespace {

// Cases per batch and batches at once: a few thousand records in memory, reused.
constexpr int kBatchCases = 256;
constexpr size_t kBatches = 8;

} // namespace

CaseStream::CaseStream(int count, Maker make)
    : m_count(count)
    , m_make(std::move(make))
    , m_ready(kBatches)
    , m_spare(kBatches)
{
    for (size_t i = 0; i < kBatches; ++i) {
        auto batch = std::make_unique<Batch>();
        batch->records.resize(kBatchCases);
        for (CaseRecord &r : batch->records)
            r.events.reserve(64);
        m_spare.push(std::move(batch));
    }
    m_thread = std::thread([this] { run(); });
}

CaseStream::~CaseStream()
{
    m_ready.close();
    m_spare.close();
    m_thread.join();
}

void CaseStream::run()
{
    int ordinal = 0;
    while (ordinal < m_count) {
        std::optional<std::unique_ptr<Batch>> batch = m_spare.pop();
        if (!batch)
            break; // the caller stopped
        Batch &b = **batch;
        b.count = 0;
        while (b.count < kBatchCases && ordinal < m_count) {
            if (Status s = m_make(ordinal, b.records[size_t(b.count)]); !s) {
                m_error = s;
                m_ready.close();
                return;
            }
            ++ordinal;
            ++b.count;
        }
        if (!m_ready.push(std::move(*batch)))
            break;
    }
    m_ready.close();
}

const CaseRecord *CaseStream::next()
{
    if (m_current && m_at < m_current->count)
        return &m_current->records[size_t(m_at++)];
    if (m_current)
        m_spare.push(std::move(m_current));
    std::optional<std::unique_ptr<Batch>> batch = m_ready.pop();
    if (!batch)
        return nullptr;
    m_current = std::move(*batch);
    m_at = 0;
    return next();
}

Status CaseStream::error() const
{
    return m_error;
}

} // namespace gd::demo
