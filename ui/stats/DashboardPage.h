#pragma once
// 数据看板: the office's figures for a scope and period (remembered from last time), as tiles with
// 环比 and 同比, Qt Charts (the monthly trend, the places one level down, the categories that grew
// most, the channel mix) and a ranking of streets, communities, grids, workers or units sortable by
// any figure. A click on a tile, bar, slice or ranking cell opens the case list on exactly the
// cases behind it. What is shown goes to Excel or the printer. The page counts again after every
// change of the cases (a merge included) while it is shown, and when it is shown next otherwise.
#include "FigureOrigin.h"
#include "common/AppContext.h"
#include "stats/FigureCases.h"
#include "stats/GridWorkFigures.h"
#include "stats/Overview.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace gdui {

class AppSettings;
class FigureTile;
class GridWorkStrip;
class RankingModel;
class StatsCharts;

class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(const AppContext &ctx, QWidget *parent = nullptr);
    // The figures of a hub (FigureOrigin::hub): read only, without the office's grid work and
    // monthly report.
    DashboardPage(const FigureOrigin &origin, QWidget *parent = nullptr);
    const gd::stats::Overview &overview() const { return m_overview; }
    QList<FigureTile *> tiles() const { return m_tiles; }
    QTableView *ranking() const { return m_ranking; }
    RankingModel *rankingModel() const { return m_rankingModel; }
    StatsCharts *charts() const { return m_charts; }
    GridWorkStrip *gridWork() const { return m_gridWork; }
    QComboBox *scopeCombo() const { return m_scope; }
    QComboBox *periodCombo() const { return m_period; }
    const FigureOrigin &origin() const { return m_origin; }
    QComboBox *rankingCombo() const { return m_rankBy; }
    // The request the pickers describe now.
    gd::stats::StatsRequest request() const;
    // Where the pickers are remembered between sessions (none: not remembered).
    void setSettings(AppSettings *settings);
    // What print() lays out: the figures and the ranking as shown.
    QString html() const;

public Q_SLOTS:
    void refresh();
    // Opens the cases behind a figure of the scope (an empty key) or of a group under `by`.
    void openFigure(const QString &code, gd::stats::FigurePart part, gd::stats::Breakdown by = {},
                    const QString &key = {});
    void exportWorkbook();
    void print();
    // The monthly report dialog, on the page's scope and, when a month is shown, that month.
    void openReport();

Q_SIGNALS:
    void openCases(const gd::CaseFilter &filter, const QString &title);
    // A grid-work count clicked: the visits, the care register or the disputes it counts.
    void openGridWork(const gd::stats::gridwork::Records &records, const QString &title);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillScopes();
    void periodChosen();
    void remember() const;
    void refreshRanking();
    QString scopeName() const;
    QString groupName(const QString &key) const; // as the page shows it
    QString settingsChoice() const;
    FigureOrigin m_origin;
    AppContext m_ctx; // the office's file and undo; none on a hub
    AppSettings *m_settings = nullptr;
    QComboBox *m_scope, *m_period, *m_view, *m_rankBy;
    QDateEdit *m_from, *m_to;
    QLabel *m_status;
    QList<FigureTile *> m_tiles;
    StatsCharts *m_charts;
    GridWorkStrip *m_gridWork;
    RankingModel *m_rankingModel;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_ranking;
    QTimer *m_changed;
    gd::stats::Overview m_overview;
    bool m_stale = true;
};

} // namespace gdui
