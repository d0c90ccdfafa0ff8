#pragma once
// griddesk-bench's small framework: scenarios register themselves by name, each returns its
// timed runs (and those of a baseline doing the same work without GridDesk), and main()
// prints one table row per scenario. A new scenario is one .cpp file with a Registrar.
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace bench {

struct Options {
    int runs = 5;
    QString dir; // where the scenario's files go; a temporary folder when empty
};

struct Outcome {
    QList<double> ms;         // one entry per timed run
    QList<double> baselineMs; // the same work done the plain way; empty when there is none
    QStringList notes;        // printed under the table: what was measured, sizes
    QString error;            // set when the scenario could not run
};

struct Scenario {
    QString name;
    QString description;
    std::function<Outcome(const Options &)> run;
};

QList<Scenario> &registry();

struct Registrar {
    explicit Registrar(Scenario scenario) { registry().append(std::move(scenario)); }
};

// Linear interpolation between the closest ranks (as numpy's default), p in 0..100.
double percentile(QList<double> values, double p);

class Stopwatch
{
public:
    Stopwatch() { m_timer.start(); }
    double ms() const { return double(m_timer.nsecsElapsed()) / 1e6; }

private:
    QElapsedTimer m_timer;
};

} // namespace bench
