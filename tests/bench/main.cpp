// griddesk-bench: measured figures for docs/PERFORMANCE.md. Not part of the test run: timings
// depend on the machine and its load, so they are reported, never asserted.
//
//   griddesk-bench [--runs N] [--scenario NAME[,NAME…]] [--dir DIR]
#include "Bench.h"
#include "CaseWorkDb.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#ifdef GD_BENCH_UI
#include <QApplication>
#endif
#include <QDir>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

namespace bench {

QList<Scenario> &registry()
{
    static QList<Scenario> scenarios;
    return scenarios;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = (p / 100.0) * double(values.size() - 1);
    const int low = int(rank);
    const int high = qMin(low + 1, int(values.size()) - 1);
    return values.at(low) + (rank - low) * (values.at(high) - values.at(low));
}

} // namespace bench

namespace {

void print(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString cell(const QString &text, int width)
{
    return text.rightJustified(width);
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

// On a shared machine the figures mean little without the load they were taken under.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = file.readLine().split(' ');
    if (parts.size() < 3)
        return {};
    return QStringLiteral(", load average %1 %2 %3")
        .arg(QString::fromLatin1(parts.at(0)), QString::fromLatin1(parts.at(1)), QString::fromLatin1(parts.at(2)));
}

} // namespace

int main(int argc, char **argv)
{
    // The SQLite driver is a Qt plugin: it loads only with an application object. The cases
    // page scenario needs widgets: a QApplication, offscreen unless a platform is chosen.
#ifdef GD_BENCH_UI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("griddesk-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times GridDesk's core against bare SQLite doing the same work."));
    parser.addHelpOption();
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs per scenario (default 5)."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                      QStringLiteral("Run only these scenarios (names separated by commas)."),
                                      QStringLiteral("name"));
    QCommandLineOption dirOption(QStringLiteral("dir"),
                                 QStringLiteral("Keep the files made in DIR instead of a temporary folder."),
                                 QStringLiteral("DIR"));
    QCommandLineOption listOption(QStringLiteral("list"), QStringLiteral("List the scenarios and exit."));
    parser.addOptions({runsOption, scenarioOption, dirOption, listOption});
    parser.process(app);

    if (parser.isSet(listOption)) {
        for (const bench::Scenario &s : bench::registry())
            print(QStringLiteral("%1  %2").arg(s.name, s.description));
        return 0;
    }
    bench::Options options;
    bool ok = false;
    options.runs = parser.value(runsOption).toInt(&ok);
    if (!ok || options.runs < 1) {
        print(QStringLiteral("--runs needs a positive number"));
        return 2;
    }
    if (parser.isSet(dirOption)) {
        options.dir = QDir(parser.value(dirOption)).absolutePath();
        if (!QDir().mkpath(options.dir)) {
            print(QStringLiteral("cannot create %1").arg(options.dir));
            return 2;
        }
    }
    const QString only = parser.value(scenarioOption);
    const QStringList names = only.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QList<bench::Scenario> chosen;
    for (const bench::Scenario &s : bench::registry())
        if (names.isEmpty() || names.contains(s.name))
            chosen << s;
    if (chosen.isEmpty()) {
        print(QStringLiteral("no scenario called %1 (try --list)").arg(only));
        return 2;
    }

#ifdef NDEBUG
    const QString build = QStringLiteral("optimised build");
#else
    const QString build = QStringLiteral("debug build: figures are not representative");
#endif
    print(QStringLiteral("griddesk-bench: Qt %1, SQLite %2, %3, %4 CPUs%5")
              .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(sqlite3_libversion()), build)
              .arg(QThread::idealThreadCount())
              .arg(loadAverage()));
    const QList<int> widths = {10, 6, 11, 9, 9, 20, 7};
    const QStringList header = {QStringLiteral("scenario"),  QStringLiteral("runs"),
                                QStringLiteral("median ms"), QStringLiteral("p95 ms"),
                                QStringLiteral("max ms"),    QStringLiteral("baseline median ms"),
                                QStringLiteral("ratio")};
    QString headerLine;
    for (int i = 0; i < header.size(); ++i)
        headerLine += (i == 0 ? header.at(i).leftJustified(widths.at(i))
                              : QStringLiteral("  ") + cell(header.at(i), widths.at(i)));
    print(headerLine);

    int failures = 0;
    QStringList notes;
    for (const bench::Scenario &s : chosen) {
        const bench::Outcome out = s.run(options);
        if (!out.error.isEmpty()) {
            print(s.name.leftJustified(widths.at(0)) + QStringLiteral("  failed: ") + out.error);
            ++failures;
            continue;
        }
        const double median = bench::percentile(out.ms, 50);
        const bool hasBaseline = !out.baselineMs.isEmpty();
        const double baseline = bench::percentile(out.baselineMs, 50);
        const QStringList row = {
            s.name,
            QString::number(out.ms.size()),
            number(median),
            number(bench::percentile(out.ms, 95)),
            out.ms.isEmpty() ? QStringLiteral("-") : number(*std::max_element(out.ms.begin(), out.ms.end())),
            hasBaseline ? number(baseline) : QStringLiteral("-"),
            hasBaseline && baseline > 0 ? QString::number(median / baseline, 'f', 2) : QStringLiteral("-")};
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line +=
                (i == 0 ? row.at(i).leftJustified(widths.at(i)) : QStringLiteral("  ") + cell(row.at(i), widths.at(i)));
        print(line);
        for (const QString &n : out.notes)
            notes << s.name + QStringLiteral(": ") + n;
    }
    if (!notes.isEmpty()) {
        print(QString());
        for (const QString &n : notes)
            print(n);
    }
    bench::releaseCaseWorkDb();
    return failures == 0 ? 0 : 1;
}
