#pragma once
// The dashboard's ranking: one row per street, community, grid, worker or unit, one column per
// figure. Sorting by a column (SortRole) puts groups below the minimum sample last, whichever the
// order, and greys them: they are shown, never ranked.
#include "stats/FigureQuery.h"

#include <QAbstractTableModel>

namespace gdui {

class RankingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { SortRole = Qt::UserRole + 1, KeyRole };
    explicit RankingModel(QObject *parent = nullptr);
    void setGroups(const QList<gd::stats::Figure> &figures, const QList<gd::stats::StatsGroup> &groups,
                   qint64 minimumSample = gd::stats::kDefaultMinimumSample);
    const gd::stats::Figure &figureAt(int column) const { return m_figures.at(column - 1); }
    const QList<gd::stats::StatsGroup> &groups() const { return m_groups; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<gd::stats::Figure> m_figures;
    QList<gd::stats::StatsGroup> m_groups;
    qint64 m_minimumSample = gd::stats::kDefaultMinimumSample;
};

} // namespace gdui
