#pragma once
// The dashboard's charts (Qt Charts) from an Overview: the monthly trend of received and completed
// cases with the satisfaction rate, a bar per place one level down, the categories that grew most,
// and the channel mix. A click on a bar or slice names the group it stands for.
#include "stats/Overview.h"

#include <QObject>

class QChartView;
class QWidget;

namespace gdui {

class StatsCharts : public QObject
{
    Q_OBJECT
public:
    explicit StatsCharts(QWidget *parent);
    QChartView *trend() const { return m_trend; }
    QChartView *places() const { return m_places; }
    QChartView *growing() const { return m_growing; }
    QChartView *channels() const { return m_channels; }
    void show(const gd::stats::Overview &o);
    // A category axis's labels for the groups, each distinct: the axis keeps one of equal labels,
    // and the bars would then stand under the wrong names (grids of two communities are often both
    // 第一网格). Names past 8 characters are cut; a cut name two groups share is written whole,
    // and a name still shared is numbered.
    static QStringList axisLabels(const QList<gd::stats::StatsGroup> &groups);

Q_SIGNALS:
    // A bar or slice: the cases of the group, received (figure "received") or done ("completed").
    void groupClicked(gd::stats::Breakdown by, const QString &key, const QString &figure);

private:
    QChartView *m_trend, *m_places, *m_growing, *m_channels;
};

} // namespace gdui
