#pragma once
// The city's hub the city scenarios share (HubCityScenarios.cpp, HubCityCases.cpp): made once per
// invocation from the district office (HubBench.h) copied as GRIDDESK_BENCH_HUB_COPIES districts.
#include "HubBench.h"
#include "storage/Database.h"

namespace hubbench {

struct City {
    std::unique_ptr<Scratch> db;
    std::unique_ptr<gd::Database> office;
    QString officeSite, hubSite, dir, error;
    qint64 cases = 0;
    double buildMs = 0, figuresMs = 0;
    int deltas = 0;
};

// The first column of a statement's first row on the hub; empty when there is none.
inline QString firstValue(gd::hub::HubConnection &hub, const char *sql)
{
    auto v = hub.scalar(QString::fromLatin1(sql));
    return v ? v->toString() : QString();
}

// The city, made on first use; null with out->error set when it could not be made.
City *city(const bench::Options &options, bench::Outcome *out);

} // namespace hubbench
