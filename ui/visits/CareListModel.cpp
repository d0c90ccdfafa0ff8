#include "CareListModel.h"

#include "cases/CaseTypes.h"

#include <QBrush>

namespace gdui {

CareListModel::CareListModel(gd::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

gd::Status CareListModel::setFilter(const gd::CareFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    auto rows = gd::CareRegister(m_db).list(filter);
    m_rows = rows ? *rows : QList<gd::CareRow>();
    endResetModel();
    return rows ? gd::Status() : gd::Status(rows.error());
}

const gd::CareRow *CareListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CareListModel::lateCount() const
{
    int late = 0;
    for (const gd::CareRow &r : m_rows)
        late += r.late ? 1 : 0;
    return late;
}

int CareListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CareListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CareListModel::data(const QModelIndex &index, int role) const
{
    const gd::CareRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->household.id;
    if (role == Qt::ForegroundRole && r->late && index.column() == DueColumn)
        return QBrush(Qt::red);
    if (role == Qt::ToolTipRole && !r->shown && (index.column() == NameColumn || index.column() == PhoneColumn))
        return tr("Only the grid's worker, its grid head and supervisors see this household in full.");
    if (role != Qt::DisplayRole)
        return {};
    const gd::CareHousehold &h = r->household;
    switch (index.column()) {
    case NameColumn: return h.active ? h.name : tr("%1 (no longer cared for)").arg(h.name);
    case KindColumn: return gd::visits::careKindName(h.kind);
    case GridColumn: return r->gridName;
    case AddressColumn: return h.address.isEmpty() ? r->buildingName : h.address;
    case PhoneColumn: return h.phone;
    case IntervalColumn: return tr("every %n day(s)", nullptr, h.intervalDays);
    case LastVisitColumn: return r->lastVisitMs ? gd::cases::dayText(r->lastVisitMs) : tr("never");
    case DueColumn: return r->late ? tr("%1 (late)").arg(gd::cases::dayText(r->dueMs)) : gd::cases::dayText(r->dueMs);
    }
    return {};
}

QVariant CareListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Care for");
    case GridColumn: return tr("Grid");
    case AddressColumn: return tr("Address");
    case PhoneColumn: return tr("Phone");
    case IntervalColumn: return tr("Visit");
    case LastVisitColumn: return tr("Last visit");
    case DueColumn: return tr("Next visit due");
    }
    return {};
}

} // namespace gdui
