#include "CardCheckModel.h"

namespace gdui {

CardCheckModel::CardCheckModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CardCheckModel::setProblems(const QList<gd::CardProblem> &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

const gd::CardProblem *CardCheckModel::problemAt(int row) const
{
    return row >= 0 && row < m_problems.size() ? &m_problems.at(row) : nullptr;
}

int CardCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int CardCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CardCheckModel::data(const QModelIndex &index, int role) const
{
    const gd::CardProblem *p = index.isValid() ? problemAt(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == GridIdRole)
        return p->gridId;
    if (role == WorkerIdRole)
        return p->workerId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CodeColumn: return p->gridCode;
    case NameColumn: return p->gridName;
    case MissingColumn: {
        QStringList gaps;
        for (gd::CardGap g : p->gaps)
            gaps << gd::cards::gapText(g);
        return gaps.join(tr("; "));
    }
    }
    return {};
}

QVariant CardCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("Grid code");
    case NameColumn: return tr("Grid");
    case MissingColumn: return tr("Missing on the card");
    }
    return {};
}

} // namespace gdui
