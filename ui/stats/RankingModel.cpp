#include "RankingModel.h"

#include <QColor>

#include <limits>

namespace gdui {

RankingModel::RankingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RankingModel::setGroups(const QList<gd::stats::Figure> &figures, const QList<gd::stats::StatsGroup> &groups,
                             qint64 minimumSample)
{
    beginResetModel();
    m_minimumSample = minimumSample;
    m_figures = figures;
    m_groups = groups;
    endResetModel();
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int RankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size()) + 1;
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const gd::stats::StatsGroup &g = m_groups.at(index.row());
    if (role == KeyRole)
        return g.key;
    if (index.column() == 0) {
        const QString name = g.name.isEmpty() ? (g.key.isEmpty() ? tr("(none)") : g.key) : g.name;
        if (role == Qt::DisplayRole || role == SortRole)
            return name;
        return {};
    }
    const gd::stats::Figure &f = m_figures.at(index.column() - 1);
    const gd::stats::FigureValue v = gd::stats::evaluate(f, g.counts);
    const bool small = gd::stats::smallSample(f, v, m_minimumSample);
    switch (role) {
    case Qt::DisplayRole: return gd::stats::valueText(f, v);
    case SortRole:
        // Unranked (no value, or too few cases) sort below every ranked value.
        return v.defined() && !small ? v.value : -std::numeric_limits<double>::max();
    case Qt::ForegroundRole: return small ? QVariant(QColor(0x99, 0x99, 0x99)) : QVariant();
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (f.kind == gd::stats::FigureKind::Count)
            return f.description();
        return tr("%1 ÷ %2%3")
            .arg(v.numerator)
            .arg(v.denominator)
            .arg(small ? tr(" (fewer than %1 cases: not ranked)").arg(m_minimumSample) : QString());
    }
    return {};
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Name")) : QVariant();
    if (section - 1 >= m_figures.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_figures.at(section - 1).name();
    if (role == Qt::ToolTipRole)
        return m_figures.at(section - 1).description();
    return {};
}

} // namespace gdui
