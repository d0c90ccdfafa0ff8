#pragma once
// 考评图表 (review charts): three charts over the same core queries as the sheet.
//   - Star distribution: workers at each star after each approved month of the twelve up to the
//     month shown (rating::starDistribution), stacked by star.
//   - Score history: one worker's total month by month (rating::scoreHistory); the worker is
//     chosen in the dialog, the sheet's selected worker first.
//   - The month's components: each worker's points per item as stacked bars, best total first,
//     from the month's sheet itself (MonthSheet), so the chart and the table agree.
#include "rating/MonthSheet.h"

#include <QDialog>

class QChart;
class QChartView;
class QComboBox;
class QTabWidget;

namespace gd {
class Database;
}

namespace gdui {

class ReviewChartsDialog : public QDialog
{
    Q_OBJECT
public:
    ReviewChartsDialog(gd::Database &db, const gd::rating::MonthSheet &sheet, const QString &workerId,
                       QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QChart *starChart() const;
    QChart *historyChart() const;
    QChart *componentChart() const;
    QComboBox *workerCombo() const { return m_worker; }

private:
    void showHistory();
    gd::Database &m_db;
    gd::rating::MonthSheet m_sheet;
    QTabWidget *m_tabs;
    QChartView *m_stars, *m_history, *m_components;
    QComboBox *m_worker;
};

} // namespace gdui
