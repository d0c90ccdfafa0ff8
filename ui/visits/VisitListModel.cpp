#include "VisitListModel.h"

#include "cases/CaseTypes.h"

namespace gdui {

VisitListModel::VisitListModel(gd::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

gd::Status VisitListModel::setFilter(const gd::VisitFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_nextKey.clear();
    auto page = gd::VisitService(m_db).page(filter, kPageSize);
    if (page) {
        m_rows = page->rows;
        m_nextKey = page->nextKey;
    }
    endResetModel();
    return page ? gd::Status() : gd::Status(page.error());
}

const gd::VisitRow *VisitListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int VisitListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int VisitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VisitListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitListModel::data(const QModelIndex &index, int role) const
{
    const gd::VisitRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role == CaseIdRole)
        return r->caseId;
    if (role == Qt::ToolTipRole && index.column() == FoundColumn)
        return r->found;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return gd::cases::timeText(r->atMs);
    case KindColumn: return gd::visits::kindName(r->kind);
    case WorkerColumn: return r->workerName;
    case GridColumn: return r->gridName;
    case PlaceColumn:
        return r->householdName.isEmpty() ? r->place
                                          : tr("%1 (care household %2)").arg(r->place, r->householdName).trimmed();
    case FoundColumn: {
        QString found = r->found.section(QLatin1Char('\n'), 0, 0);
        if (r->photos > 0)
            found = tr("[%n photo(s)] ", nullptr, r->photos) + found;
        return found;
    }
    case CaseColumn: return r->caseNumber;
    }
    return {};
}

QVariant VisitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case KindColumn: return tr("Kind");
    case WorkerColumn: return tr("Worker");
    case GridColumn: return tr("Grid");
    case PlaceColumn: return tr("Where");
    case FoundColumn: return tr("Found");
    case CaseColumn: return tr("Case");
    }
    return {};
}

bool VisitListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_nextKey.isEmpty();
}

void VisitListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = gd::VisitService(m_db).page(m_filter, kPageSize, m_nextKey);
    if (!page || page->rows.isEmpty()) {
        m_nextKey.clear();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size()) - 1);
    m_rows += page->rows;
    m_nextKey = page->nextKey;
    endInsertRows();
}

} // namespace gdui
