#pragma once
// What the hub scenarios share (HubScenarios.cpp, HubCityScenarios.cpp): the district office
// they start from, a scratch database on the benchmark server, and the plain way of loading a
// package that the ingest is measured against.
#include "Bench.h"
#include "hub/HubConnection.h"

#include <QTemporaryDir>

#include <memory>

namespace hubbench {

// The name the office knows the hub by: its package of everything is recorded as sent to it.
constexpr char kPeer[] = "bench-hub";

int casesWanted(); // GRIDDESK_BENCH_HUB_CASES, 200,000 by default

// Made once per invocation, untimed: the demo district (seed 1) with casesWanted() demo requests
// and their timelines, and its package of everything sent to kPeer.
struct Office {
    std::unique_ptr<QTemporaryDir> temporary;
    QString file, package, content, error; // content: the package's, hex
    qint64 rows = 0;
};
Office &office(const bench::Options &options);

// The server of GRIDDESK_BENCH_PG; empty with *error set when none is given.
QString server(QString *error);

// A new hub database on the server (initialised), dropped with this.
struct Scratch {
    std::unique_ptr<gd::hub::HubConnection> admin, hub;
    QString name;
    QString error;
    explicit Scratch(const QString &server);
    ~Scratch();
};

// The plain way: per table, COPY into a temporary table and an upsert of every column, one
// transaction, no checks. An error message, or empty.
QString naiveLoad(gd::hub::HubConnection &hub, const QString &package);

} // namespace hubbench
