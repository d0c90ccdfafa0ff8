#pragma once
// Builds a plausible Shinan-like district into an empty GridDesk file: the 11 real street names
// and their communities, about 505 grids with buildings and addresses, 148 police grids paired
// with them, about 650 workers and volunteers with Chinese names and phones, handling units with
// phone numbers, and demo operators. The same seed gives the same district (same codes, names,
// phones and ids), so two offices made from one seed share their rows, as after a real hand-over.
#include "storage/Result.h"

#include <QString>

#include <functional>

namespace gd {

class Database;

struct DemoOptions {
    quint64 seed = 1;
    // Called now and then with a fraction 0..1; returning false cancels (nothing is written).
    std::function<bool(double)> progress;
};

struct DemoSummary {
    int streets = 0;
    int communities = 0;
    int grids = 0;
    int policeGrids = 0;
    int buildings = 0;
    int addresses = 0;
    int workers = 0;
    int units = 0;
    int operators = 0;
    int unitContacts = 0;
    int memberships = 0; // worker_grids rows
    int careerSteps = 0;
    int covers = 0; // part-time covers of vacant grids
    int rows = 0;   // rows of exchanged tables written (each with one audit entry)
};

// The demo operators (login / password) that the README lists.
struct DemoOperator {
    const char *login;
    const char *password;
    const char *displayName;
    const char *role; // staff, supervisor, admin
};
const DemoOperator *demoOperators(int *count);

class DemoDistrict
{
public:
    // Refuses a file that already holds organisation data. Runs as the system actor in one
    // transaction: a failure or a cancel leaves the file as it was.
    static Result<DemoSummary> generate(Database &db, const DemoOptions &options = {});
};

} // namespace gd
