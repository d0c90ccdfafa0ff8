#pragma once
// The care register as a table (visits/CareRegister.h): each household with its grid, kind,
// interval, last visit and when the next is due, the late ones in red. Names, phones and addresses
// come masked from core for an operator who may not see them.
#include "visits/CareRegister.h"

#include <QAbstractTableModel>

namespace gdui {

class CareListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        NameColumn,
        KindColumn,
        GridColumn,
        AddressColumn,
        PhoneColumn,
        IntervalColumn,
        LastVisitColumn,
        DueColumn,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit CareListModel(gd::Database &db, QObject *parent = nullptr);
    gd::Status setFilter(const gd::CareFilter &filter);
    gd::Status reload() { return setFilter(m_filter); }
    const gd::CareRow *rowAt(int row) const;
    int lateCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    gd::Database &m_db;
    gd::CareFilter m_filter;
    QList<gd::CareRow> m_rows;
};

} // namespace gdui
