#include "BuildingTableModel.h"

#include "org/BuildingService.h"
#include "storage/Database.h"

namespace gdui {

BuildingTableModel::BuildingTableModel(gd::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    connect(&m_db, &gd::Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("buildings")))
            reload();
    });
}

void BuildingTableModel::setGrid(const QString &gridId)
{
    m_gridId = gridId;
    reload();
}

void BuildingTableModel::reload()
{
    beginResetModel();
    m_rows = m_gridId.isEmpty() ? QList<gd::Building>() : gd::BuildingService(m_db).buildings(m_gridId);
    endResetModel();
}

int BuildingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BuildingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BuildingTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const gd::Building &b = m_rows.at(index.row());
    if (role == IdRole)
        return b.id;
    if (role == Qt::TextAlignmentRole && index.column() == HouseholdsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return b.name;
    case AddressColumn: return b.address;
    case CompoundColumn: return b.compound;
    case HouseholdsColumn: return b.households;
    case StatusColumn: return b.active ? tr("Active") : tr("Deactivated");
    }
    return {};
}

QVariant BuildingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Building");
    case AddressColumn: return tr("Address");
    case CompoundColumn: return tr("Compound");
    case HouseholdsColumn: return tr("Households");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace gdui
