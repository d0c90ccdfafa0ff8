#include "StatsCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSet>
#include <QValueAxis>

namespace gdui {

namespace {

QChartView *chartView(QWidget *parent, const QString &objectName)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->chart()->setAnimationOptions(QChart::NoAnimation);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

// A fresh chart in the view (the old one and its series go).
QChart *reset(QChartView *view, const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

qint64 measure(const gd::stats::StatsGroup &g, const char *name)
{
    return g.counts[QLatin1String(name)];
}

QString fullName(const gd::stats::StatsGroup &g)
{
    return g.name.isEmpty() ? (g.key.isEmpty() ? QObject::tr("(none)") : g.key) : g.name;
}

QString shortName(const gd::stats::StatsGroup &g)
{
    const QString name = fullName(g);
    return name.size() > 8 ? name.left(7) + QStringLiteral("…") : name;
}

} // namespace

StatsCharts::StatsCharts(QWidget *parent)
    : QObject(parent)
    , m_trend(chartView(parent, QStringLiteral("trendChart")))
    , m_places(chartView(parent, QStringLiteral("placesChart")))
    , m_growing(chartView(parent, QStringLiteral("growingChart")))
    , m_channels(chartView(parent, QStringLiteral("channelsChart")))
{}

void StatsCharts::show(const gd::stats::Overview &o)
{
    using gd::stats::Breakdown;
    // The trend: received and completed as bars, the satisfaction rate as a line on its own axis.
    {
        QChart *chart = reset(m_trend, tr("The last twelve months"));
        auto *received = new QBarSet(tr("Received"));
        auto *completed = new QBarSet(tr("Done"));
        auto *satisfaction = new QLineSeries;
        satisfaction->setName(tr("Satisfaction rate (%)"));
        QStringList months;
        gd::stats::Figure rate;
        for (const gd::stats::Figure &f : o.figures)
            if (f.code == QLatin1String("satisfaction_rate"))
                rate = f;
        for (int i = 0; i < o.months.size(); ++i) {
            const gd::stats::StatsGroup &m = o.months.at(i);
            months << m.key.mid(2); // 26-11
            *received << double(measure(m, "n"));
            *completed << double(measure(m, "done"));
            const gd::stats::FigureValue v = gd::stats::evaluate(rate, m.counts);
            if (v.defined())
                satisfaction->append(i, v.value * 100);
        }
        auto *bars = new QBarSeries;
        bars->append(received);
        bars->append(completed);
        chart->addSeries(bars);
        chart->addSeries(satisfaction);
        auto *x = new QBarCategoryAxis;
        x->append(months);
        chart->addAxis(x, Qt::AlignBottom);
        auto *y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(y, Qt::AlignLeft);
        auto *percent = new QValueAxis;
        percent->setRange(0, 100);
        percent->setLabelFormat(QStringLiteral("%d%%"));
        chart->addAxis(percent, Qt::AlignRight);
        bars->attachAxis(x);
        bars->attachAxis(y);
        satisfaction->attachAxis(x);
        satisfaction->attachAxis(percent);
        y->applyNiceNumbers();
        const QList<gd::stats::StatsGroup> monthsShown = o.months;
        connect(received, &QBarSet::clicked, this, [this, monthsShown](int i) {
            Q_EMIT groupClicked(Breakdown::Month, monthsShown.value(i).key, QStringLiteral("received"));
        });
        connect(completed, &QBarSet::clicked, this, [this, monthsShown](int i) {
            Q_EMIT groupClicked(Breakdown::Month, monthsShown.value(i).key, QStringLiteral("completion_rate"));
        });
    }
    // The places one level down, by cases received.
    {
        QChart *chart = reset(m_places, o.placesBy == Breakdown::Street      ? tr("Received by street")
                                        : o.placesBy == Breakdown::Community ? tr("Received by community")
                                                                             : tr("Received by grid"));
        auto *set = new QBarSet(tr("Received"));
        const QStringList names = axisLabels(o.places);
        for (const gd::stats::StatsGroup &g : o.places)
            *set << double(measure(g, "n"));
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(names);
        x->setLabelsAngle(names.size() > 8 ? -60 : 0);
        chart->addAxis(x, Qt::AlignBottom);
        auto *y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        y->applyNiceNumbers();
        chart->legend()->hide();
        const QList<gd::stats::StatsGroup> places = o.places;
        const Breakdown by = o.placesBy;
        connect(set, &QBarSet::clicked, this, [this, places, by](int i) {
            Q_EMIT groupClicked(by, places.value(i).key, QStringLiteral("received"));
        });
    }
    // The categories that grew most against the period before.
    {
        QChart *chart = reset(m_growing, tr("Categories that grew most (against the period before)"));
        auto *set = new QBarSet(tr("More cases than before"));
        QList<gd::stats::StatsGroup> groups;
        for (int i = int(o.growing.size()) - 1; i >= 0; --i) { // the most grown at the top
            groups << o.growing.at(i).group;
            *set << double(o.growing.at(i).growth());
        }
        const QStringList names = axisLabels(groups);
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *y = new QBarCategoryAxis;
        y->append(names);
        // The names are short already (shortName); left to itself the axis cut every one to "…"
        // whenever the bars ran left of zero (every category fewer than before).
        y->setTruncateLabels(false);
        chart->addAxis(y, Qt::AlignLeft);
        auto *x = new QValueAxis;
        x->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        series->attachAxis(y);
        x->applyNiceNumbers();
        chart->legend()->hide();
        QList<gd::stats::CategoryGrowth> growing = o.growing;
        std::reverse(growing.begin(), growing.end());
        connect(set, &QBarSet::clicked, this, [this, growing](int i) {
            Q_EMIT groupClicked(Breakdown::CategoryGroup, growing.value(i).group.key, QStringLiteral("received"));
        });
    }
    // The channel mix.
    {
        QChart *chart = reset(m_channels, tr("Channels"));
        auto *pie = new QPieSeries;
        for (const gd::stats::StatsGroup &g : o.channels) {
            QPieSlice *slice =
                pie->append(QStringLiteral("%1 %2").arg(g.name).arg(measure(g, "n")), double(measure(g, "n")));
            const QString key = g.key;
            connect(slice, &QPieSlice::clicked, this,
                    [this, key] { Q_EMIT groupClicked(Breakdown::Channel, key, QStringLiteral("received")); });
        }
        pie->setLabelsVisible(true);
        chart->addSeries(pie);
        chart->legend()->setAlignment(Qt::AlignRight);
    }
}

QStringList StatsCharts::axisLabels(const QList<gd::stats::StatsGroup> &groups)
{
    QHash<QString, int> shared;
    for (const gd::stats::StatsGroup &g : groups)
        ++shared[shortName(g)];
    QStringList out;
    QSet<QString> taken;
    for (const gd::stats::StatsGroup &g : groups) {
        QString name = shared.value(shortName(g)) > 1 ? fullName(g) : shortName(g);
        const QString base = name;
        for (int n = 2; taken.contains(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        taken.insert(name);
        out << name;
    }
    return out;
}

} // namespace gdui
