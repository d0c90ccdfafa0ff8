#pragma once
// Internal to the demo-case generator (DemoCases.h): makes the cases on a thread of its own,
// in the order they were received, while the caller's thread writes them (the database's work
// is most of the load; making the cases is the rest, and the two overlap on two cores).
#include "DemoCaseModel.h"
#include "storage/Result.h"
#include "util/HandoffQueue.h"

#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace gd::demo {

class CaseStream
{
public:
    // make(ordinal, record) fills the record of the case numbered `ordinal` (0, 1, 2, ...); it
    // runs on the stream's thread and must touch nothing the caller's thread uses meanwhile.
    using Maker = std::function<Status(int ordinal, CaseRecord &record)>;
    CaseStream(int count, Maker make);
    // Stops the thread, also when the caller gives up before the end.
    ~CaseStream();
    CaseStream(const CaseStream &) = delete;
    CaseStream &operator=(const CaseStream &) = delete;

    // The next case, or null after the last one or when making one failed (see error()).
    const CaseRecord *next();
    Status error() const;

private:
    struct Batch {
        std::vector<CaseRecord> records;
        int count = 0;
    };
    void run();

    const int m_count;
    Maker m_make;
    HandoffQueue<std::unique_ptr<Batch>> m_ready, m_spare;
    std::unique_ptr<Batch> m_current;
    int m_at = 0;
    Status m_error; // written by the thread before it closes m_ready
    std::thread m_thread;
};

} // namespace gd::demo
