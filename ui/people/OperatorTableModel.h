#pragma once
// The office's operators with their role, status, last sign-in and linked grid worker. An office
// has a handful, so the model holds them all and rereads them when the operators change.
#include "access/OperatorService.h"

#include <QAbstractTableModel>

namespace gd {
class Database;
}

namespace gdui {

class OperatorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { LoginColumn, NameColumn, RoleColumn, StatusColumn, LastSignInColumn, WorkerColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, ActiveRole };

    explicit OperatorTableModel(gd::Database &db, QObject *parent = nullptr);
    int rowOf(const QString &operatorId) const;
    gd::Operator operatorAt(int row) const { return m_rows.value(row); }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    gd::Database &m_db;
    QList<gd::Operator> m_rows;
};

} // namespace gdui
