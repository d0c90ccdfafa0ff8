#pragma once
// The buildings of one grid (a few dozen at most), refreshed when buildings change.
#include "org/OrgTypes.h"

#include <QAbstractTableModel>

namespace gd {
class Database;
}

namespace gdui {

class BuildingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { NameColumn, AddressColumn, CompoundColumn, HouseholdsColumn, StatusColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit BuildingTableModel(gd::Database &db, QObject *parent = nullptr);
    void setGrid(const QString &gridId);
    gd::Building building(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    gd::Database &m_db;
    QString m_gridId;
    QList<gd::Building> m_rows;
};

} // namespace gdui
