#pragma once
// Workers matching the page's filter. A district has several hundred workers, so the model holds
// one query's result; it reruns the query when workers or their grids change.
#include "people/WorkerTypes.h"

#include <QAbstractTableModel>

namespace gd {
class Database;
}

namespace gdui {

class WorkerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        NameColumn,
        KindColumn,
        PhoneColumn,
        GridsColumn,
        CommunityColumn,
        StarColumn,
        StatusColumn,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit WorkerTableModel(gd::Database &db, QObject *parent = nullptr);
    void setQuery(const gd::WorkerQuery &query);
    const gd::WorkerQuery &query() const { return m_query; }
    int rowOf(const QString &workerId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    gd::Database &m_db;
    gd::WorkerQuery m_query;
    QList<gd::WorkerSummary> m_rows;
};

} // namespace gdui
