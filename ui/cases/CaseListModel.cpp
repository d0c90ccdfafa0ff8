#include "CaseListModel.h"

#include "cases/CaseTypes.h"
#include "storage/Database.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace gdui {

namespace {
QString when(qint64 ms)
{
    return gd::cases::timeText(ms);
}
} // namespace

CaseListModel::CaseListModel(gd::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    connect(&m_db, &gd::Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("cases")))
            setFilter(m_filter);
    });
}

gd::Status CaseListModel::setFilter(const gd::CaseFilter &filter)
{
    // Read the first page before the reset, so views see one consistent change.
    auto first = gd::CaseQueries(m_db).page(filter, kPageSize);
    beginResetModel();
    m_filter = filter;
    m_rows = first ? first->rows : QList<gd::CaseRow>();
    m_nextKey = first ? first->nextKey : QString();
    m_more = !m_nextKey.isEmpty();
    // Views (and QAbstractItemModelTester) react to modelReset by asking for more at once;
    // inserting rows while the reset is still being announced would interleave two changes.
    m_announcingReset = true;
    endResetModel();
    m_announcingReset = false;
    return first ? gd::Status() : gd::Status(first.error());
}

int CaseListModel::rowOf(const QString &caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == caseId)
            return i;
    return -1;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_announcingReset && !m_fetching;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_announcingReset || m_fetching)
        return;
    auto next = gd::CaseQueries(m_db).page(m_filter, kPageSize, m_nextKey);
    // Move the cursor before announcing the rows: whoever reacts to the announcement may ask
    // for more, and must get the page after these, not these again.
    m_nextKey = next ? next->nextKey : QString();
    m_more = !m_nextKey.isEmpty();
    if (!next || next->rows.isEmpty())
        return;
    m_fetching = true; // one page at a time, even when a listener asks again mid-insert
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + next->rows.size()) - 1);
    m_rows += next->rows;
    endInsertRows();
    m_fetching = false;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const gd::CaseRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == Qt::ForegroundRole && index.column() == DueColumn && r.overdue)
        return QBrush(QColor(0xB0, 0x00, 0x20));
    if (role == Qt::ToolTipRole && index.column() == DescriptionColumn)
        return r.description;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn: return r.reportCount > 1 ? tr("%1 (×%2)").arg(r.number).arg(r.reportCount) : r.number;
    case StateColumn: return gd::cases::stateName(r.state);
    case ReceivedColumn: return when(r.receivedMs);
    case DueColumn: return r.overdue ? tr("%1 overdue").arg(when(r.dueMs)) : when(r.dueMs);
    case CategoryColumn: return r.categoryName;
    case GridColumn: return r.gridName;
    case AddressColumn: return r.address;
    case DescriptionColumn: return r.description;
    case HandlerColumn: return r.handlerName;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Number");
    case StateColumn: return tr("State");
    case ReceivedColumn: return tr("Received");
    case DueColumn: return tr("Due");
    case CategoryColumn: return tr("Category");
    case GridColumn: return tr("Grid");
    case AddressColumn: return tr("Address");
    case DescriptionColumn: return tr("What happened");
    case HandlerColumn: return tr("Handler");
    }
    return {};
}

} // namespace gdui
