#pragma once
// One figure on the dashboard: its name, its value, the counts it rests on, and its change against
// the period before (环比) and a year earlier (同比) with an arrow. The value opens the cases behind
// the numerator (for a time: the cases done), the counts the cases behind the denominator. A
// figure below the minimum sample is greyed.
#include "stats/Figures.h"

#include <QFrame>

class QLabel;

namespace gdui {

class FigureTile : public QFrame
{
    Q_OBJECT
public:
    FigureTile(const gd::stats::Figure &figure, QWidget *parent = nullptr);
    void show(const gd::stats::Counts &now, const gd::stats::Counts &before, const gd::stats::Counts &yearBefore,
              qint64 minimumSample = gd::stats::kDefaultMinimumSample);
    const gd::stats::Figure &figure() const { return m_figure; }
    QString valueText() const;
    QString countsText() const;

Q_SIGNALS:
    void numeratorClicked(); // the cases the figure counts (a time: the cases done)
    void denominatorClicked();

private:
    gd::stats::Figure m_figure;
    QLabel *m_name, *m_value, *m_counts, *m_change;
};

} // namespace gdui
