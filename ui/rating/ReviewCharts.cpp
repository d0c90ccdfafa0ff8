#include "ReviewCharts.h"

#include "common/MessageBox.h"
#include "rating/ReviewStats.h"
#include "rating/StarRules.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace gdui {

namespace {

QString monthsBefore(const QString &month, int back)
{
    return QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"))
        .addMonths(-back)
        .toString(QStringLiteral("yyyy-MM"));
}

QChartView *viewOf(QChart *chart, QWidget *parent)
{
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

} // namespace

ReviewChartsDialog::ReviewChartsDialog(gd::Database &db, const gd::rating::MonthSheet &sheet, const QString &workerId,
                                       QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_sheet(sheet)
{
    setObjectName(QStringLiteral("reviewChartsDialog"));
    setWindowTitle(tr("Review charts — %1").arg(sheet.month));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);
    const QString from = monthsBefore(sheet.month, 11);

    // 1. Star distribution over the approved months.
    auto *stars = new QChart;
    stars->setTitle(tr("Workers at each star after the review, %1 to %2").arg(from, sheet.month));
    auto *starSeries = new QStackedBarSeries(stars);
    QStringList months;
    auto distribution = gd::rating::starDistribution(db, from, sheet.month);
    if (!distribution)
        MessageBox::warning(this, windowTitle(), distribution.message());
    QList<QBarSet *> sets;
    for (int star = 0; star <= gd::rating::kMaxStar; ++star)
        sets << new QBarSet(gd::rating::starName(star), starSeries);
    for (const gd::rating::MonthStars &m : distribution ? *distribution : QList<gd::rating::MonthStars>()) {
        months << m.month;
        for (int star = 0; star <= gd::rating::kMaxStar; ++star)
            sets[star]->append(m.workers.value(star));
    }
    starSeries->append(sets);
    stars->addSeries(starSeries);
    auto *monthAxis = new QBarCategoryAxis(stars);
    monthAxis->append(months.isEmpty() ? QStringList{tr("no month approved yet")} : months);
    stars->addAxis(monthAxis, Qt::AlignBottom);
    starSeries->attachAxis(monthAxis);
    auto *countAxis = new QValueAxis(stars);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setTitleText(tr("Workers"));
    stars->addAxis(countAxis, Qt::AlignLeft);
    starSeries->attachAxis(countAxis);
    m_stars = viewOf(stars, m_tabs);
    m_tabs->addTab(m_stars, tr("Star distribution"));

    // 2. One worker's score history.
    auto *historyTab = new QWidget(m_tabs);
    auto *historyLayout = new QVBoxLayout(historyTab);
    auto *pick = new QHBoxLayout;
    m_worker = new QComboBox(historyTab);
    m_worker->setObjectName(QStringLiteral("chartWorker"));
    for (const gd::rating::SheetRow &r : sheet.rows)
        m_worker->addItem(r.name, r.workerId);
    m_worker->setCurrentIndex(qMax(0, m_worker->findData(workerId)));
    auto *pickLabel = new QLabel(tr("&Worker:"), historyTab);
    pickLabel->setBuddy(m_worker);
    pick->addWidget(pickLabel);
    pick->addWidget(m_worker, 1);
    historyLayout->addLayout(pick);
    m_history = viewOf(new QChart, historyTab);
    historyLayout->addWidget(m_history, 1);
    m_tabs->addTab(historyTab, tr("Score history"));
    connect(m_worker, &QComboBox::currentIndexChanged, this, &ReviewChartsDialog::showHistory);
    showHistory();

    // 3. The month's components, best total first.
    auto *parts = new QChart;
    parts->setTitle(tr("Points per item, %1").arg(sheet.month));
    auto *partSeries = new QHorizontalStackedBarSeries(parts);
    QList<gd::rating::SheetRow> ranked = sheet.rows;
    // Bars are drawn bottom up: the lowest total first puts the best at the top.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const gd::rating::SheetRow &a, const gd::rating::SheetRow &b) { return a.total < b.total; });
    QStringList names;
    for (const gd::rating::SheetRow &r : ranked)
        names << r.name;
    for (const gd::rating::RatingItem &item : sheet.items) {
        auto *set = new QBarSet(item.name, partSeries);
        for (const gd::rating::SheetRow &r : ranked)
            set->append(r.values.value(item.code).points);
        partSeries->append(set);
    }
    parts->addSeries(partSeries);
    auto *nameAxis = new QBarCategoryAxis(parts);
    nameAxis->append(names);
    parts->addAxis(nameAxis, Qt::AlignLeft);
    partSeries->attachAxis(nameAxis);
    auto *pointAxis = new QValueAxis(parts);
    pointAxis->setRange(0, 100);
    pointAxis->setTitleText(tr("Points"));
    parts->addAxis(pointAxis, Qt::AlignBottom);
    partSeries->attachAxis(pointAxis);
    m_components = viewOf(parts, m_tabs);
    parts->legend()->setAlignment(Qt::AlignTop); // the top stays in view as the chart scrolls
    // Every worker has a readable bar and name: the chart grows with the office and scrolls
    // (at 18 px a bar Qt Charts elided every name).
    QFont small = nameAxis->labelsFont();
    small.setPointSizeF(8);
    nameAxis->setLabelsFont(small);
    m_components->setMinimumHeight(140 + 26 * int(ranked.size()));
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_components);
    m_tabs->addTab(scroll, tr("This month's components"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(960, 620);
}

QChart *ReviewChartsDialog::starChart() const
{
    return m_stars->chart();
}

QChart *ReviewChartsDialog::historyChart() const
{
    return m_history->chart();
}

QChart *ReviewChartsDialog::componentChart() const
{
    return m_components->chart();
}

void ReviewChartsDialog::showHistory()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    const QString from = monthsBefore(m_sheet.month, 11);
    chart->setTitle(tr("%1: total each approved month, %2 to %3").arg(m_worker->currentText(), from, m_sheet.month));
    auto *line = new QLineSeries(chart);
    line->setName(tr("Total"));
    line->setPointsVisible(true);
    auto history = gd::rating::scoreHistory(m_db, m_worker->currentData().toString(), from, m_sheet.month);
    QStringList months;
    for (int back = 11; back >= 0; --back)
        months << monthsBefore(m_sheet.month, back);
    if (history)
        for (const gd::rating::MonthScore &m : *history)
            line->append(months.indexOf(m.month), m.total);
    chart->addSeries(line);
    auto *monthAxis = new QBarCategoryAxis(chart);
    monthAxis->append(months);
    chart->addAxis(monthAxis, Qt::AlignBottom);
    line->attachAxis(monthAxis);
    auto *scoreAxis = new QValueAxis(chart);
    scoreAxis->setRange(0, 100);
    scoreAxis->setTitleText(tr("Points"));
    chart->addAxis(scoreAxis, Qt::AlignLeft);
    line->attachAxis(scoreAxis);
    chart->legend()->hide();
    QChart *old = m_history->chart();
    m_history->setChart(chart);
    delete old;
}

} // namespace gdui
