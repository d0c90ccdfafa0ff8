#pragma once
// The contact people of one unit (a handful), refreshed when contacts change.
#include "org/OrgTypes.h"

#include <QAbstractTableModel>

namespace gd {
class Database;
}

namespace gdui {

class UnitContactTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { NameColumn, RoleColumn, PhoneColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit UnitContactTableModel(gd::Database &db, QObject *parent = nullptr);
    void setUnit(const QString &unitId);
    QString unitId() const { return m_unitId; }
    gd::UnitContact contact(int row) const { return m_rows.value(row); }
    int rowOf(const QString &contactId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    gd::Database &m_db;
    QString m_unitId;
    QList<gd::UnitContact> m_rows;
};

} // namespace gdui
