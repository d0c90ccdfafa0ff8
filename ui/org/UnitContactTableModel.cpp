#include "UnitContactTableModel.h"

#include "org/UnitService.h"
#include "storage/Database.h"

namespace gdui {

UnitContactTableModel::UnitContactTableModel(gd::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    connect(&m_db, &gd::Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("unit_contacts")))
            reload();
    });
}

void UnitContactTableModel::setUnit(const QString &unitId)
{
    m_unitId = unitId;
    reload();
}

void UnitContactTableModel::reload()
{
    beginResetModel();
    m_rows = m_unitId.isEmpty() ? QList<gd::UnitContact>() : gd::UnitService(m_db).contacts(m_unitId);
    endResetModel();
}

int UnitContactTableModel::rowOf(const QString &contactId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == contactId)
            return i;
    return -1;
}

int UnitContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnitContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const gd::UnitContact &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return c.name;
    case RoleColumn: return c.role;
    case PhoneColumn: return c.phone;
    }
    return {};
}

QVariant UnitContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Contact");
    case RoleColumn: return tr("Role");
    case PhoneColumn: return tr("Phone");
    }
    return {};
}

} // namespace gdui
