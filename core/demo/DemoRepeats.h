#pragma once
// The repeats a morning's 12345 import leaves in a demo office: a few new hotline orders about
// cases at work (the same resident calling again, or a neighbour) are registered and checked
// against the cases on file as the import checks them; the likeliest are merged into the case they
// repeat, the others wait in the review of suspected repeats (疑似重复), so neither is empty on the
// first start.
#include "storage/Result.h"

namespace gd {

class Database;

namespace demorepeats {

struct Made {
    int merged = 0;
    int suspected = 0;
};

// The demo office makes them from this many cases on.
constexpr int kMinCases = 1000;

// Inside the caller's transaction, as the caller's actor; looks at most `limit` cases.
Result<Made> link(Database &db, int limit = 8);

} // namespace demorepeats
} // namespace gd
